// Swindon's deadline engine, checked against dates worked out by hand.
//
// Every expected date below was counted on paper, day by day, from the
// England and Wales bank holidays (GOV.UK) and the policy text in
// policies/swindon.json and test/fixtures/seeds/swindon.txt. No expected value
// is computed with the library.
//
// The rule ("Working days: the contract", README): "within N working days of
// X" is the N-th working day strictly after X (X itself never counts);
// "immediately" / "the same working day" is X if X is a working day, else the
// next working day; calendar months are plain civil arithmetic.
//
// Swindon's ladder (policies/swindon.json):
//   Stage 1: 2 working days from the disagreement arising.
//   Stages 2, 3, 4: 5 working days each from the completion of the stage before.
//   Stage 4 is to be referred to "without delay" once Stage 3 fails (its escalateBy).
//   Stage 5: no limit of its own; the referral into it is due within 5 working
//   days of the completion of Stage 4 (its escalateBy). For that deadline, Stage 4
//   counts as complete on the day it ended or its due date, whichever is earlier.
//   So, with each stage running to its limit, Stages 1-4 end on working days
//   2, 7, 12 and 17 ("Day 17" of Appendix 1), and the referral to the Partnership
//   is due on working day 22, the latest day Stage 5 may begin.
//
// The calendars used (England and Wales):
//
//   December 2026 / January 2027, counting working days after Wed 23 Dec 2026:
//     Thu 24 Dec  1
//     Fri 25 Dec  -  Christmas Day
//     Sat 26, Sun 27 Dec  -  weekend
//     Mon 28 Dec  -  Boxing Day (substitute: 26 Dec is a Saturday)
//     Tue 29 Dec  2
//     Wed 30 Dec  3
//     Thu 31 Dec  4
//     Fri  1 Jan  -  New Year's Day
//     Sat  2, Sun 3 Jan  -  weekend
//     Mon  4 Jan  5     Tue  5 Jan  6     Wed  6 Jan  7     Thu  7 Jan  8     Fri  8 Jan  9
//     (Sat 9, Sun 10 weekend)
//     Mon 11 Jan 10     Tue 12 Jan 11     Wed 13 Jan 12     Thu 14 Jan 13     Fri 15 Jan 14
//     (Sat 16, Sun 17 weekend)
//     Mon 18 Jan 15     Tue 19 Jan 16     Wed 20 Jan 17     Thu 21 Jan 18     Fri 22 Jan 19
//     (Sat 23, Sun 24 weekend)
//     Mon 25 Jan 20     Tue 26 Jan 21     Wed 27 Jan 22
//
//   March / April 2027 (1 Jan 2027 is a Friday, so 1 Feb and 1 Mar 2027 are Mondays),
//   counting working days after Wed 24 Mar 2027:
//     Thu 25 Mar  1
//     Fri 26 Mar  -  Good Friday
//     Sat 27, Sun 28 Mar  -  weekend
//     Mon 29 Mar  -  Easter Monday
//     Tue 30 Mar  2     Wed 31 Mar  3     Thu  1 Apr  4     Fri  2 Apr  5
//     (Sat 3, Sun 4 weekend)
//     Mon  5 Apr  6     Tue  6 Apr  7     Wed  7 Apr  8     Thu  8 Apr  9     Fri  9 Apr 10
//     (Sat 10, Sun 11 weekend)
//     Mon 12 Apr 11     Tue 13 Apr 12     Wed 14 Apr 13     Thu 15 Apr 14     Fri 16 Apr 15
//     (Sat 17, Sun 18 weekend)
//     Mon 19 Apr 16     Tue 20 Apr 17     Wed 21 Apr 18     Thu 22 Apr 19     Fri 23 Apr 20
//     (Sat 24, Sun 25 weekend)
//     Mon 26 Apr 21     Tue 27 Apr 22
//
//   January / February 2027, counting working days after Sat 9 Jan 2027 (no bank holidays):
//     (Sat 9, Sun 10 weekend; the start day never counts)
//     Mon 11 Jan  1     Tue 12 Jan  2     Wed 13 Jan  3     Thu 14 Jan  4     Fri 15 Jan  5
//     Mon 18 Jan  6     Tue 19 Jan  7     Wed 20 Jan  8     Thu 21 Jan  9     Fri 22 Jan 10
//     Mon 25 Jan 11     Tue 26 Jan 12     Wed 27 Jan 13     Thu 28 Jan 14     Fri 29 Jan 15
//     Mon  1 Feb 16     Tue  2 Feb 17     Wed  3 Feb 18     Thu  4 Feb 19     Fri  5 Feb 20
//     Mon  8 Feb 21     Tue  9 Feb 22
import { describe, expect, it } from "vitest";
import { acceptedCase, ids, scheduledStage } from "./helpers.js";
import { assess, createCalendar, parseCase, policies, schedule, workingDaysBetween, type Case, type Schedule, type ScheduledStage } from "../../src/index.js";

const policy = policies.swindon;
const caseOf = (input: unknown): Case => acceptedCase(policy, input);
const stage = (plan: Schedule, key: number): ScheduledStage => scheduledStage(plan, key);
const england = createCalendar({ jurisdiction: "england-and-wales" });




describe("swindon: a disagreement raised on Wed 23 December 2026 (Christmas)", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("gives every stage's due date, each counted from the completion of the stage before", () => {
    // Stage 1: 2 working days after Wed 23 Dec: Thu 24 Dec (1); Fri 25 Christmas Day, Sat 26 and Sun 27
    //   weekend, Mon 28 Boxing Day (substitute) are passed over; Tue 29 Dec (2).           -> Tue 29 Dec 2026
    // Stage 2: 5 working days after Tue 29 Dec: Wed 30 (1), Thu 31 (2); Fri 1 Jan New Year's Day,
    //   Sat 2 and Sun 3 weekend passed over; Mon 4 (3), Tue 5 (4), Wed 6 Jan (5).         -> Wed 6 Jan 2027
    // Stage 3: 5 working days after Wed 6 Jan: Thu 7, Fri 8, (weekend 9-10), Mon 11, Tue 12, Wed 13. -> Wed 13 Jan
    // Stage 4: 5 working days after Wed 13 Jan: Thu 14, Fri 15, (weekend 16-17), Mon 18, Tue 19, Wed 20. -> Wed 20 Jan
    // Stage 5: no limit of its own ("the text sets the Partnership's own work no time").     -> none
    expect(plan.stages.map((s) => s.due)).toEqual(["2026-12-29", "2027-01-06", "2027-01-13", "2027-01-20", null]);
    // The referrals: Stage 4 "without delay" from Stage 3's completion, Wed 13 Jan (a working day);
    // Stage 5 5 working days after Stage 4's completion, Wed 20 Jan: Thu 21, Fri 22, (weekend 23-24), Mon 25,
    // Tue 26, Wed 27 Jan.
    expect(plan.stages.map((s) => s.escalateBy)).toEqual([null, null, null, "2027-01-13", "2027-01-27"]);
    expect(stage(plan, 5).escalateByLimit?.workingDays).toBe(5);
    // Each stage starts when the one before completes, or at the latest on its escalateBy date;
    // Stage 1 on the day the disagreement arose. Stage 5 at the latest on Wed 27 Jan, the referral's last day.
    expect(plan.stages.map((s) => s.start)).toEqual(["2026-12-23", "2026-12-29", "2027-01-06", "2027-01-13", "2027-01-27"]);
    expect(plan.stages.map((s) => s.skipped)).toEqual([false, false, false, false, false]);
    expect(plan.stages.map((s) => s.governedBy)).toEqual(["policy-limit", "policy-limit", "policy-limit", "policy-limit", null]);
    expect(stage(plan, 5).limit).toBeNull();
    expect(plan.raisedOn).toBe("2026-12-23");
    expect(plan.calendar.confirmed).toBe(true);
  });

  it("Stage 4 completes on Swindon's own \"Day 17\": the 17th working day after the disagreement arose", () => {
    // Appendix 1: "If you have not found a suitable resolution on completion of Stage 4 (Day 17)".
    // From the day-by-day count in the header: working day 17 after Wed 23 Dec 2026 is Wed 20 Jan 2027
    // (2 + 5 + 5 + 5 = 17, passing over Christmas Day, Boxing Day (substitute), New Year's Day and 4 weekends).
    expect(stage(plan, 4).due).toBe("2027-01-20");
    expect(workingDaysBetween("2026-12-23", "2027-01-20", england)).toBe(17);
    // The referral to the Partnership on day 22: Wed 27 Jan 2027.
    expect(stage(plan, 5).escalateBy).toBe("2027-01-27");
    expect(workingDaysBetween("2026-12-23", "2027-01-27", england)).toBe(22);
  });

  it("Stage 4's referral to Heads/Directors of Service is due without delay on Stage 3's completion", () => {
    // "referred without delay": immediately from completion of Stage 3 = Wed 13 Jan 2027, a working day.
    expect(stage(plan, 4).escalateBy).toBe("2027-01-13");
    expect(stage(plan, 4).escalateByLimit?.immediately).toBe(true);
    expect(stage(plan, 4).steps).toEqual([]);
  });

  it("the Appendix 1 Resolution Form has no date of its own (the referral's escalateBy is its time); the learning duty waits for the meeting", () => {
    // The form is the referral ("forward this completed form on to the Swindon Safeguarding Partnership"): its
    // five working days are Stage 5's escalateBy, Wed 27 Jan 2027, checked above.
    const duties = stage(plan, 5).duties;
    const form = duties.find((duty) => duty.id === "resolution-form");
    expect(form?.due).toBeNull();
    expect(form?.form).toBe("Appendix 1: Resolution Form (for use in Stage 5 of the process)");
    expect(ids(form?.to ?? [])).toEqual(["partnership"]);
    // "within one month of the meeting or review": the meeting has no time limit, so no date yet.
    expect(duties.find((duty) => duty.id === "disseminate-learning")?.due).toBeNull();
  });

  it("copies the Partnership into communication from Stage 2 onwards, not at Stage 1", () => {
    // "All communication between agencies, from Stage 2 onwards ... The Swindon Safeguarding Partnership must be
    // copied into any communication".
    expect(plan.stages.map((s) => ids(s.copyTo))).toEqual([[], ["partnership"], ["partnership"], ["partnership"], ["partnership"]]);
  });

  it("ends with the Resolution Panel, for which the text sets no time", () => {
    expect(plan.final?.title).toBe("Resolution Panel");
    expect(plan.final?.body.id).toBe("resolution-panel");
    expect(plan.final?.due).toBeNull();
  });

  it("without a flag, no route applies", () => {
    expect(plan.routes).toEqual([]);
  });
});

describe("swindon: a disagreement raised on Wed 24 March 2027 (Easter)", () => {
  it("passes over Good Friday and Easter Monday", () => {
    // Stage 1: Thu 25 Mar (1); Fri 26 Good Friday, Sat 27, Sun 28 weekend, Mon 29 Easter Monday; Tue 30 Mar (2).
    // Stage 2 (working day 7): 5 after Tue 30 Mar: Wed 31, Thu 1 Apr, Fri 2, (weekend 3-4), Mon 5, Tue 6 Apr.
    // Stage 3 (day 12): Wed 7, Thu 8, Fri 9, (weekend 10-11), Mon 12, Tue 13 Apr.
    // Stage 4 (day 17): Wed 14, Thu 15, Fri 16, (weekend 17-18), Mon 19, Tue 20 Apr.
    // Referral to Stage 5 (day 22): Wed 21, Thu 22, Fri 23, (weekend 24-25), Mon 26, Tue 27 Apr.
    const plan = schedule(policy, { raisedOn: "2027-03-24" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-03-30", "2027-04-06", "2027-04-13", "2027-04-20", null]);
    expect(plan.stages.map((s) => s.escalateBy)).toEqual([null, null, null, "2027-04-13", "2027-04-27"]);
  });
});

describe("swindon: a disagreement raised on Sat 9 January 2027 (a weekend)", () => {
  const plan = schedule(policy, { raisedOn: "2027-01-09" });

  it("never counts the Saturday: 'within two working days' of Saturday is Tuesday", () => {
    // Sat 9 is the start (never counts), Sun 10 weekend; Mon 11 (1), Tue 12 (2).
    // Stage 2 (day 7): Wed 13, Thu 14, Fri 15, (weekend 16-17), Mon 18, Tue 19 Jan.
    // Stage 3 (day 12): Wed 20, Thu 21, Fri 22, (weekend), Mon 25, Tue 26 Jan.
    // Stage 4 (day 17): Wed 27, Thu 28, Fri 29, (weekend 30-31), Mon 1 Feb, Tue 2 Feb.
    // Referral to Stage 5 (day 22): Wed 3, Thu 4, Fri 5, (weekend 6-7), Mon 8, Tue 9 Feb.
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-01-12", "2027-01-19", "2027-01-26", "2027-02-02", null]);
    expect(stage(plan, 5).escalateBy).toBe("2027-02-09");
    expect(stage(plan, 1).start).toBe("2027-01-09");
  });

  it("is on track on the Saturday itself, with 2 working days left", () => {
    // Working days in (Sat 9, Tue 12]: Mon 11, Tue 12 = 2.
    const result = assess(policy, caseOf({ policy: "swindon", raisedOn: "2027-01-09", events: [] }), "2027-01-09");
    expect(result.due).toBe("2027-01-12");
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(2);
  });
});

describe("swindon: assessing the Christmas case around Stage 1's due date (Tue 29 December 2026)", () => {
  const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events: [] });

  it("Wed 23 Dec: on track, 2 working days left", () => {
    // Working days in (Wed 23, Tue 29]: Thu 24, Tue 29 = 2 (Christmas Day, the weekend and Boxing Day don't count).
    const result = assess(policy, record, "2026-12-23");
    expect(result.stage).toEqual({ id: "stage-1", number: 1, title: "Internal Discussion", start: "2026-12-23" });
    expect(result.due).toBe("2026-12-29");
    expect(result.governedBy).toBe("policy-limit");
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(2);
    expect(result.workingDaysOverdue).toBeNull();
    // Not overdue: Stage 2 is next, but not required yet.
    expect(result.escalateTo?.stage).toEqual({ id: "stage-2", number: 2, title: "Inter-agency Discussion" });
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.reason).toBeNull();
    expect(result.escalateTo?.by).toBeNull();
    // Stage 2 copies the Partnership in.
    expect(ids(result.escalateTo?.copyTo ?? [])).toEqual(["partnership"]);
  });

  it("Thu 24 Dec: due soon, 1 working day left", () => {
    // Working days in (Thu 24, Tue 29]: only Tue 29 (25 Christmas Day, 26-27 weekend, 28 Boxing Day) = 1.
    const result = assess(policy, record, "2026-12-24");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });

  it("Mon 28 Dec (Boxing Day, substitute): still due soon, 1 working day left", () => {
    const result = assess(policy, record, "2026-12-28");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });

  it("Tue 29 Dec: due today, 0 working days left", () => {
    const result = assess(policy, record, "2026-12-29");
    expect(result.state).toBe("due-today");
    expect(result.workingDaysLeft).toBe(0);
    expect(result.workingDaysOverdue).toBeNull();
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("Wed 30 Dec: overdue by 1 working day; escalation to Stage 2 required now", () => {
    const result = assess(policy, record, "2026-12-30");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysLeft).toBeNull();
    expect(result.workingDaysOverdue).toBe(1);
    expect(result.escalateTo?.stage?.number).toBe(2);
    expect(result.escalateTo?.final).toBeNull();
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe("Stage 1 (Internal Discussion) is overdue.");
    expect(result.escalateTo?.by).toBe("2026-12-30");
  });

  it("Mon 4 Jan 2027: overdue by 3 working days (30 Dec, 31 Dec, 4 Jan; New Year's Day passed over)", () => {
    // Working days in (Tue 29 Dec, Mon 4 Jan]: Wed 30, Thu 31, (Fri 1 Jan New Year's Day, Sat 2, Sun 3), Mon 4 = 3.
    const result = assess(policy, record, "2027-01-04");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysOverdue).toBe(3);
  });

  it("the explanation names the bank holidays passed over and quotes the policy", () => {
    const text = assess(policy, record, "2026-12-30").explanation.join("\n");
    expect(text).toContain("The discussion should take place within two working days of the disagreement or concern arising.");
    expect(text).toContain("Christmas Day");
    expect(text).toContain("Boxing Day");
    // The counting sentence, as the engine words it, with the dates counted by hand above.
    expect(text).toContain(
      "Counting 2 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), 2 weekend days, gives Tuesday 29 December 2026.",
    );
    expect(text).toContain("on Wednesday 30 December 2026 it is overdue by 1 working day.");
  });
});

describe("swindon: immediate action with potentially no resolution sends the case to Stage 5 now", () => {
  // Introduction: "If there are significant concerns for the adult's well-being that requires immediate action at
  // any stage of this process and there is potentially no resolution, then the Swindon Safeguarding Partnership and
  // Swindon Safeguarding Partnership Executives must be informed immediately (Stage 5)." Both facts are needed:
  // immediate-risk AND no-resolution-in-prospect.
  const bothFlags = ["immediate-risk", "no-resolution-in-prospect"] as const;

  it("schedule: Stages 1-4 are passed over; Stage 5 starts the day the disagreement arose", () => {
    // Raised Thu 24 Dec 2026, a working day, so "immediately" is the same day, 24 Dec.
    const plan = schedule(policy, { raisedOn: "2026-12-24", flags: [...bothFlags] });
    expect(plan.stages.map((s) => s.skipped)).toEqual([true, true, true, true, false]);
    expect(plan.stages.slice(0, 4).map((s) => s.due)).toEqual([null, null, null, null]);
    expect(plan.stages.slice(0, 4).map((s) => s.start)).toEqual([null, null, null, null]);
    expect(stage(plan, 5).start).toBe("2026-12-24");
    // Stage 5 has no limit of its own, and the case starts there: no referral date either.
    expect(stage(plan, 5).due).toBeNull();
    expect(stage(plan, 5).escalateBy).toBeNull();
    // The routes: inform the Partnership and its Executives immediately; escalate the same working day.
    const routes = Object.fromEntries(plan.routes.map((route) => [route.id, route.due]));
    expect(routes).toEqual({ "immediate-risk-to-stage-5": "2026-12-24", "immediate-risk-same-day-escalation": "2026-12-24" });
    expect(ids(plan.routes.find((route) => route.id === "immediate-risk-to-stage-5")?.to ?? [])).toEqual(["partnership", "partnership-executives"]);
  });

  it("assess on Christmas Day: escalate to Stage 5 now, by the same working day, Tue 29 Dec 2026", () => {
    // Raised Fri 25 Dec 2026 (Christmas Day). The same working day: 25 Christmas Day, 26-27 weekend,
    // 28 Boxing Day (substitute) are not working days, so the next one, Tue 29 Dec.
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-25", flags: [...bothFlags], events: [] });
    const result = assess(policy, record, "2026-12-25");
    expect(result.stage.number).toBe(1);
    // Stage 1 itself: 2 working days after Fri 25 Dec: Tue 29 (1), Wed 30 (2).
    expect(result.due).toBe("2026-12-30");
    expect(result.escalateTo?.stage?.number).toBe(5);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.by).toBe("2026-12-29");
    expect(result.escalateTo?.overdue).toBe(false);
    expect(result.escalateTo?.reason).toContain("must be informed immediately (Stage 5)");
    expect(ids(result.escalateTo?.copyTo ?? [])).toEqual(["partnership"]);
    // The same-working-day escalation is owed too, by Tue 29 Dec.
    const sameDay = result.duties.find((duty) => duty.id === "immediate-risk-same-day-escalation");
    expect(sameDay?.due).toBe("2026-12-29");
    expect(sameDay?.overdue).toBe(false);
  });

  it("applies at any stage: a case at Stage 3 with both facts goes to Stage 5 now, not Stage 4", () => {
    // "at any stage of this process": raised Wed 23 Dec 2026, Stage 2 entered Tue 29 Dec, Stage 3 Wed 6 Jan 2027.
    const record = caseOf({
      policy: "swindon",
      raisedOn: "2026-12-23",
      flags: [...bothFlags],
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-06" },
      ],
    });
    const result = assess(policy, record, "2027-01-07");
    expect(result.stage.number).toBe(3);
    expect(result.escalateTo?.stage?.number).toBe(5);
    expect(result.escalateTo?.requiredNow).toBe(true);
  });

  it("assess on a Saturday: the same working day is the Monday", () => {
    // Raised Sat 9 Jan 2027; Sat 9 and Sun 10 are the weekend, so the same working day is Mon 11 Jan.
    const record = caseOf({ policy: "swindon", raisedOn: "2027-01-09", flags: [...bothFlags], events: [] });
    const result = assess(policy, record, "2027-01-09");
    expect(result.escalateTo?.stage?.number).toBe(5);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.by).toBe("2027-01-11");
  });

  it("parseCase accepts entering Stage 5 first with both facts, and refuses it with immediate risk alone", () => {
    const entering5 = (flags: readonly string[]) => ({ policy: "swindon", raisedOn: "2026-12-24", flags, events: [{ type: "stage-entered", stage: "stage-5", on: "2026-12-24" }] });
    expect(parseCase(entering5(bothFlags), policy).success).toBe(true);
    const refused = parseCase(entering5(["immediate-risk"]), policy);
    expect(refused.success ? [] : refused.errors.map((e) => [e.code, e.path])).toEqual([["stage-skipped", ["events", 0, "stage"]]]);
  });
});

describe("swindon: immediate risk alone does not send the case to Stage 5", () => {
  // Only the N/B applies: "If at any time if a professional considers an adult is at immediate risk of significant
  // harm then the professional must ensure that their concerns are escalated on the same working day using
  // established safeguarding procedure". Nothing says there is no resolution in prospect.

  it("schedule: no stage is passed over; only the same-working-day escalation applies", () => {
    // Raised Fri 25 Dec 2026 (Christmas Day): the same working day is Tue 29 Dec (25 Christmas Day, 26-27 weekend,
    // 28 Boxing Day, substitute). Stage 1: 2 working days after Fri 25 Dec: Tue 29 (1), Wed 30 Dec (2).
    const plan = schedule(policy, { raisedOn: "2026-12-25", flags: ["immediate-risk"] });
    expect(plan.stages.map((s) => s.skipped)).toEqual([false, false, false, false, false]);
    expect(stage(plan, 1).due).toBe("2026-12-30");
    expect(plan.routes.map((route) => [route.id, route.due])).toEqual([["immediate-risk-same-day-escalation", "2026-12-29"]]);
  });

  it("assess on day 1: the next stage is Stage 2, not required yet; the same-working-day escalation is owed", () => {
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-25", flags: ["immediate-risk"], events: [] });
    const result = assess(policy, record, "2026-12-25");
    expect(result.escalateTo?.stage?.number).toBe(2);
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.by).toBeNull();
    expect(result.duties.find((duty) => duty.id === "immediate-risk-same-day-escalation")).toMatchObject({ due: "2026-12-29", overdue: false });
  });

  it("no resolution in prospect alone brings no route at all", () => {
    expect(schedule(policy, { raisedOn: "2026-12-25", flags: ["no-resolution-in-prospect"] }).routes).toEqual([]);
  });
});

describe("swindon: the referral into Stage 4, 'without delay' after Stage 3 (Christmas 2026)", () => {
  // Raised Wed 23 Dec 2026; Stage 2 entered Tue 29 Dec, Stage 3 Wed 6 Jan 2027.
  // Stage 3: 5 working days after Wed 6 Jan: Thu 7, Fri 8, (weekend 9-10), Mon 11, Tue 12, Wed 13 Jan.
  // Stage 4's escalateBy: "without delay" from Stage 3's completion (its due, Wed 13 Jan, a working day) = Wed 13 Jan.
  const record = caseOf({
    policy: "swindon",
    raisedOn: "2026-12-23",
    events: [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-06" },
    ],
  });

  it("Wed 13 Jan: Stage 3 due today; the referral is due today too, not yet late", () => {
    const result = assess(policy, record, "2027-01-13");
    expect(result.state).toBe("due-today");
    expect(result.escalateTo?.stage?.number).toBe(4);
    expect(result.escalateTo?.by).toBe("2027-01-13");
    expect(result.escalateTo?.limit?.immediately).toBe(true);
    expect(result.escalateTo?.overdue).toBe(false);
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("Thu 14 Jan: the referral to Heads/Directors of Service is late, quoting 'referred without delay'", () => {
    const result = assess(policy, record, "2027-01-14");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysOverdue).toBe(1);
    expect(result.escalateTo?.by).toBe("2027-01-13");
    expect(result.escalateTo?.overdue).toBe(true);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe(
      'The time to escalate the case into Stage 4 (Heads / Leads / Directors of Service) has passed: "Where it is not possible to resolve the disagreement at second-tier management level (Stage 3), the matter should be referred without delay to Heads/Directors of Service." (4. Stages — Stage 4).',
    );
  });
});

describe("swindon: the referral into Stage 5, within five working days of the completion of Stage 4 (Easter 2027)", () => {
  // Raised Wed 24 Mar 2027; Stage 2 entered Tue 30 Mar, Stage 3 Tue 6 Apr, Stage 4 Tue 13 Apr.
  // Stage 3 was due 5 working days after Tue 6 Apr: Wed 7, Thu 8, Fri 9, (weekend 10-11), Mon 12, Tue 13 Apr;
  //   so Stage 4 (escalateBy: without delay from Stage 3's completion, Tue 13 Apr) was entered in time.
  // Stage 4: 5 working days after Stage 3's completion, Tue 13 Apr: Wed 14, Thu 15, Fri 16, (weekend 17-18),
  //   Mon 19, Tue 20 Apr.                                                           -> due Tue 20 Apr 2027
  // Stage 5's escalateBy: 5 working days after Stage 4's completion (not yet ended, so its due, Tue 20 Apr):
  //   Wed 21, Thu 22, Fri 23, (weekend 24-25), Mon 26, Tue 27 Apr.                  -> by Tue 27 Apr 2027
  const record = caseOf({
    policy: "swindon",
    raisedOn: "2027-03-24",
    events: [
      { type: "stage-entered", stage: "stage-2", on: "2027-03-30" },
      { type: "stage-entered", stage: "stage-3", on: "2027-04-06" },
      { type: "stage-entered", stage: "stage-4", on: "2027-04-13" },
    ],
  });
  const quote = "A referral should be made to the Safeguarding Partnership by or on behalf of the Heads/Directors of Service within five working days of the completion of Stage 4 above using the form at Appendix 1.";

  it("Mon 19 Apr: Stage 4 due soon; the referral to the Partnership is due by Tue 27 Apr", () => {
    // Working days in (Mon 19, Tue 20 Apr]: Tue 20 = 1.
    const result = assess(policy, record, "2027-04-19");
    expect([result.state, result.due, result.workingDaysLeft]).toEqual(["due-soon", "2027-04-20", 1]);
    expect(result.escalateTo?.stage?.number).toBe(5);
    expect(result.escalateTo?.by).toBe("2027-04-27");
    expect(result.escalateTo?.limit).toMatchObject({ workingDays: 5, quote });
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.overdue).toBe(false);
    expect(result.history.map((h) => [h.id, h.escalateBy, h.enteredOnTime])).toEqual([
      ["stage-1", null, null],
      ["stage-2", null, null],
      ["stage-3", null, null],
      ["stage-4", "2027-04-13", true],
    ]);
  });

  it("Wed 21 Apr: Stage 4 overdue, so escalation is required now, but the referral itself still has until Tue 27 Apr", () => {
    // Working days in (Tue 20, Wed 21 Apr]: Wed 21 = 1.
    const result = assess(policy, record, "2027-04-21");
    expect([result.state, result.workingDaysOverdue]).toEqual(["overdue", 1]);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe("Stage 4 (Heads / Leads / Directors of Service) is overdue.");
    expect(result.escalateTo?.by).toBe("2027-04-27");
    expect(result.escalateTo?.overdue).toBe(false);
  });

  it("Tue 27 Apr: the last day for the referral: not yet late", () => {
    // Working days in (Tue 20, Tue 27 Apr]: Wed 21, Thu 22, Fri 23, Mon 26, Tue 27 = 5.
    const result = assess(policy, record, "2027-04-27");
    expect(result.workingDaysOverdue).toBe(5);
    expect(result.escalateTo?.overdue).toBe(false);
  });

  it("Wed 28 Apr: the referral is late by 1 working day, and the reason quotes the Stage 5 text", () => {
    const result = assess(policy, record, "2027-04-28");
    expect(result.escalateTo?.overdue).toBe(true);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe(`The time to escalate the case into Stage 5 (Swindon Safeguarding Partnership) has passed: "${quote}" (4. Stages — Stage 5 (When)).`);
    const text = result.explanation.join("\n");
    expect(text).toContain("The escalation must be made by the end of Tuesday 27 April 2027");
    expect(text).toContain("the escalation is overdue by 1 working day.");
  });
});

describe("swindon: at Stage 5 (Christmas 2026), entered in time or late", () => {
  // Raised Wed 23 Dec 2026; Stage 2 entered Tue 29 Dec, Stage 3 Wed 6 Jan, Stage 4 Wed 13 Jan 2027.
  // Stage 2 due: 5 working days after Tue 29 Dec: Wed 30, Thu 31, (1 Jan New Year's Day, weekend 2-3), Mon 4, Tue 5, Wed 6 Jan.
  // Stage 3 due: 5 after Wed 6 Jan: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 Jan. Stage 4's escalateBy: Wed 13 Jan.
  // Stage 4 due: 5 after Wed 13 Jan: Thu 14, Fri 15, Mon 18, Tue 19, Wed 20 Jan.
  // Stage 5's escalateBy: 5 after Wed 20 Jan (Stage 4's end, or its due if earlier): Thu 21, Fri 22, Mon 25, Tue 26, Wed 27 Jan.
  const before = [
    { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
    { type: "stage-entered", stage: "stage-3", on: "2027-01-06" },
    { type: "stage-entered", stage: "stage-4", on: "2027-01-13" },
  ];

  it("referred on Stage 4's due date, Wed 20 Jan: every stage on time; Stage 5 has no due date, the Resolution Panel follows", () => {
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events: [...before, { type: "stage-entered", stage: "stage-5", on: "2027-01-20" }] });
    const result = assess(policy, record, "2027-01-21");
    expect(result.stage).toEqual({ id: "stage-5", number: 5, title: "Swindon Safeguarding Partnership", start: "2027-01-20" });
    expect([result.state, result.due, result.workingDaysLeft, result.workingDaysOverdue]).toEqual(["no-time-limit", null, null, null]);
    expect(result.history).toEqual([
      { id: "stage-1", number: 1, start: "2026-12-23", escalateBy: null, enteredOnTime: null, due: "2026-12-29", completed: "2026-12-29", onTime: true },
      { id: "stage-2", number: 2, start: "2026-12-29", escalateBy: null, enteredOnTime: null, due: "2027-01-06", completed: "2027-01-06", onTime: true },
      { id: "stage-3", number: 3, start: "2027-01-06", escalateBy: null, enteredOnTime: null, due: "2027-01-13", completed: "2027-01-13", onTime: true },
      { id: "stage-4", number: 4, start: "2027-01-13", escalateBy: "2027-01-13", enteredOnTime: true, due: "2027-01-20", completed: "2027-01-20", onTime: true },
      { id: "stage-5", number: 5, start: "2027-01-20", escalateBy: "2027-01-27", enteredOnTime: true, due: null, completed: null, onTime: null },
    ]);
    expect(result.escalateTo?.stage).toBeNull();
    expect(result.escalateTo?.final?.title).toBe("Resolution Panel");
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.by).toBeNull();
    // The form went with the referral: it has no date of its own.
    expect(result.duties.find((duty) => duty.id === "resolution-form")).toMatchObject({ due: null, overdue: false });
  });

  it("referred on Thu 28 Jan, a working day after the last day for it: entered late, and Stage 4 ran late", () => {
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events: [...before, { type: "stage-entered", stage: "stage-5", on: "2027-01-28" }] });
    const result = assess(policy, record, "2027-01-28");
    expect(result.history.at(-1)).toMatchObject({ id: "stage-5", start: "2027-01-28", escalateBy: "2027-01-27", enteredOnTime: false });
    expect(result.history.at(-2)).toMatchObject({ id: "stage-4", due: "2027-01-20", completed: "2027-01-28", onTime: false });
    expect(result.explanation.join("\n")).toContain("It was escalated into this stage late: the text gives until Wednesday 27 January 2027");
  });
});

describe("swindon: Stage 5, the Resolution Form and the learning from the resolution meeting", () => {
  // Raised Wed 23 Dec 2026; each stage entered in turn, Stage 5 early, on Mon 18 Jan 2027.
  const events = [
    { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
    { type: "stage-entered", stage: "stage-3", on: "2027-01-06" },
    { type: "stage-entered", stage: "stage-4", on: "2027-01-13" },
    { type: "stage-entered", stage: "stage-5", on: "2027-01-18" },
  ];

  it("Stage 5 has no due date; the resolution meeting is the step outstanding", () => {
    // Stage 4 ended Mon 18 Jan, before its due (Wed 20 Jan): the referral was due 5 working days after
    // Mon 18 Jan: Tue 19, Wed 20, Thu 21, Fri 22, Mon 25 Jan; it was made on Mon 18 Jan, in time.
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events });
    const result = assess(policy, record, "2027-01-19");
    expect(result.stage).toEqual({ id: "stage-5", number: 5, title: "Swindon Safeguarding Partnership", start: "2027-01-18" });
    expect(result.due).toBeNull();
    expect(result.state).toBe("no-time-limit");
    expect(result.history.at(-1)).toMatchObject({ escalateBy: "2027-01-25", enteredOnTime: true });
    // The meeting has not happened: the learning duty has no date yet.
    expect(result.duties.find((duty) => duty.id === "disseminate-learning")?.due).toBeNull();
    expect(result.step?.id).toBe("resolution-meeting");
    // At the last stage, the next step is the policy's final body: the Resolution Panel.
    expect(result.escalateTo?.stage).toBeNull();
    expect(result.escalateTo?.final?.title).toBe("Resolution Panel");
    expect(result.escalateTo?.final?.body.id).toBe("resolution-panel");
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("learning is due one calendar month after the meeting: Wed 10 Feb 2027 -> Wed 10 Mar 2027", () => {
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events: [...events, { type: "step-done", step: "resolution-meeting", on: "2027-02-10" }] });
    const result = assess(policy, record, "2027-02-10");
    const learning = result.duties.find((duty) => duty.id === "disseminate-learning");
    expect(learning?.due).toBe("2027-03-10");
    expect(learning?.overdue).toBe(false);
    // Until the reading changed, Stage 5 was due five working days after Stage 4 and was overdue here; it has no
    // limit of its own now ("A referral should be made ... within five working days" is the time to refer into it).
    expect(result.state).toBe("no-time-limit");
    expect(result.workingDaysOverdue).toBeNull();
    // The meeting is done, so no step is outstanding.
    expect(result.step).toBeNull();
    // Nothing is overdue at the last stage, so the Resolution Panel is not required yet: "If there is still no
    // resolution then a Resolution Panel should take place" gives no time.
    expect(result.escalateTo?.final?.title).toBe("Resolution Panel");
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.by).toBeNull();
  });

  it("one calendar month after Fri 29 Jan 2027 is Sun 28 Feb 2027 (no 29 Feb in 2027; calendar months ignore weekends)", () => {
    const record = caseOf({ policy: "swindon", raisedOn: "2026-12-23", events: [...events, { type: "step-done", step: "resolution-meeting", on: "2027-01-29" }] });
    const result = assess(policy, record, "2027-01-29");
    expect(result.duties.find((duty) => duty.id === "disseminate-learning")?.due).toBe("2027-02-28");
  });
});
