// Rochdale Borough Safeguarding Adults Board, Chapter 14 (policies/rochdale.json):
// hand-worked examples for the deadline engine. Every expected date below was
// counted by hand, day by day, from a paper calendar: none is computed with the
// library. Where a count passes over a weekend or a bank holiday it is named.
//
// The calendar used (England and Wales):
//   December 2026:  Wed 23, Thu 24, Fri 25 CHRISTMAS DAY, Sat 26, Sun 27,
//                   Mon 28 BOXING DAY (substitute day), Tue 29, Wed 30, Thu 31
//   January 2027:   Fri 1 NEW YEAR'S DAY, Sat 2, Sun 3, Mon 4 ... Fri 8, Sat 9,
//                   Sun 10, Mon 11 ... Fri 15, Sat 16, Sun 17, Mon 18 ... Fri 22,
//                   Sat 23, Sun 24, Mon 25 ... Fri 29, Sat 30, Sun 31
//   February 2027:  Mon 1 ... Fri 5, Sat 6, Sun 7, Mon 8, Tue 9, Wed 10
//   March 2027:     Wed 17, Thu 18, Fri 19, Sat 20, Sun 21, Mon 22 ... Thu 25,
//                   Fri 26 GOOD FRIDAY, Sat 27, Sun 28, Mon 29 EASTER MONDAY,
//                   Tue 30, Wed 31
//   April 2027:     Thu 1, Fri 2, Sat 3, Sun 4, Mon 5 ... Fri 9, Sat 10, Sun 11,
//                   Mon 12 ... Fri 16, Sat 17, Sun 18, Mon 19 ... Fri 23 ... Wed 28
//
// The policy's limits (rochdale.json), each from the stage's own start:
//   Stage 1: 5 WORKING days  (14.3.1 text: "Each individual stage (1-6) should be
//            completed within 5 working days"; the flowchart has no 5-day box here)
//   Stage 2: 5 CALENDAR days (flowchart: "Within 5 days of being alerted")
//   Stage 3: 5 CALENDAR days; its step "refer up ... without delay": immediately
//            (the same working day) from the start of Stage 3
//   Stage 4: 5 CALENDAR days
//   Stage 5: 5 WORKING days  (no level of its own in the flowchart)
//   Stage 6: 5 CALENDAR days
// The calendar-day stages keep 5 working days as an otherReading. In a schedule,
// each stage starts on the day the one before falls due (nothing resolved early).
// A policy-wide duty (14.1) falls due "on the same working day" the disagreement
// arises. There is no final body after Stage 6.
import { describe, expect, it } from "vitest";
import { acceptedCase, ids, scheduledStage } from "./helpers.js";
import { assess, createCalendar, parseCase, policies, schedule } from "../../src/index.js";
import type { Assessment, Case, Schedule, ScheduledStage } from "../../src/index.js";

const policy = policies.rochdale;
const accepted = (input: unknown): Case => acceptedCase(policy, input);
const stageOf = (plan: Schedule, key: string): ScheduledStage => scheduledStage(plan, key);


/** [id, start, due] for every stage. */
const starts = (plan: Schedule) => plan.stages.map((stage) => [stage.id, stage.start, stage.due]);
const stepDues = (plan: Schedule) => plan.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.due]));
const dutyDue = (plan: Schedule, id: string) => plan.duties.find((duty) => duty.id === id)?.due;


const escalateStage = (result: Assessment) => result.escalateTo?.stage?.id;

const LIFE_THREATENING = "life-threatening-notify-business-unit";
const SAME_DAY = "same-day-safeguarding-concern";
const MANAGER_QUOTE =
  "For a variety of reasons there may be a delay in managers at levels 1 and 2 responding to telephone calls or emails. When this occurs careful consideration should be given to involving managers at the next level of the management structure";

describe("the limits as encoded", () => {
  it("stages 2, 3, 4 and 6 run 5 calendar days from their own start; stages 1 and 5, 5 working days", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(plan.stages.map((stage) => [stage.id, stage.limit?.calendarDays, stage.limit?.workingDays])).toEqual([
      ["stage-1", undefined, 5],
      ["stage-2", 5, undefined],
      ["stage-3", 5, undefined],
      ["stage-4", 5, undefined],
      ["stage-5", undefined, 5],
      ["stage-6", 5, undefined],
    ]);
    expect(stageOf(plan, "stage-2").limit?.text).toBe("within 5 calendar days of the start of Stage 2 (First line managers / agency Safeguarding Leads)");
    expect(stageOf(plan, "stage-2").limit?.quote).toMatch(/Within 5 days of being alerted to the disagreement/);
  });

  it("records the text's 5 working days as the other reading of every calendar-day stage", () => {
    for (const id of ["stage-2", "stage-3", "stage-4", "stage-6"]) {
      const stage = policy.stages.find((candidate) => candidate.id === id);
      expect(stage?.limit?.calendarDays, id).toBe(5);
      const readings = stage?.limit?.otherReadings ?? [];
      expect(readings, id).toHaveLength(1);
      expect(readings[0]?.workingDays, id).toBe(5);
      expect(readings[0]?.source.quote, id).toBe("Each individual stage (1-6) should be completed within 5 working days.");
    }
    // Stages 1 and 5 have the text's reading only.
    expect(policy.stages[0]?.limit?.otherReadings).toBeUndefined();
    expect(policy.stages[4]?.limit?.otherReadings).toBeUndefined();
  });
});

describe("(1) raised just before Christmas: Wednesday 23 December 2026", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("lays out every stage", () => {
    // Stage 1, 5 working days strictly after Wed 23 Dec 2026 (the 23rd never counts):
    //   Thu 24 Dec = 1; Fri 25 Dec Christmas Day, Sat 26, Sun 27 (weekend),
    //   Mon 28 Dec Boxing Day (substitute day) passed over; Tue 29 = 2; Wed 30 = 3;
    //   Thu 31 = 4; Fri 1 Jan New Year's Day, Sat 2, Sun 3 (weekend) passed over;
    //   Mon 4 Jan 2027 = 5.                                      -> due Mon 4 Jan 2027
    // Stage 2 starts Mon 4 Jan; 5 calendar days: Tue 5, Wed 6, Thu 7, Fri 8, Sat 9.
    //                                                           -> due SAT 9 Jan 2027
    //   (a Saturday, and reported as such: calendar days count weekends)
    // Stage 3 starts Sat 9 Jan; 5 calendar days: 10, 11, 12, 13, 14 -> due Thu 14 Jan
    // Stage 4 starts Thu 14 Jan; 15, 16, 17, 18, 19                 -> due Tue 19 Jan
    // Stage 5 starts Tue 19 Jan; 5 working days: Wed 20 = 1, Thu 21 = 2, Fri 22 = 3,
    //   Sat 23 + Sun 24 passed over, Mon 25 = 4, Tue 26 = 5       -> due Tue 26 Jan
    // Stage 6 starts Tue 26 Jan; 5 calendar days: 27, 28, 29, 30, 31 -> due SUN 31 Jan
    expect(starts(plan)).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04"],
      ["stage-2", "2027-01-04", "2027-01-09"],
      ["stage-3", "2027-01-09", "2027-01-14"],
      ["stage-4", "2027-01-14", "2027-01-19"],
      ["stage-5", "2027-01-19", "2027-01-26"],
      ["stage-6", "2027-01-26", "2027-01-31"],
    ]);
    expect(plan.stages.every((stage) => !stage.skipped && stage.governedBy === "policy-limit")).toBe(true);
    expect(plan.final).toBeNull();
    expect(plan.routes).toEqual([]);
    expect(plan.calendar.confirmed).toBe(true);
  });

  it("gives the Stage 3 referral 'without delay' the next working day after a Saturday start", () => {
    // Stage 3 starts on Sat 9 Jan 2027, not a working day: "immediately" is then
    // the next working day, Mon 11 Jan 2027 (Sun 10 passed over).
    expect(stepDues(plan)).toEqual([["stage-3-refer-to-head-of-service", "2027-01-11"]]);
  });

  it("owes the same-working-day safeguarding concern on the day the disagreement arose", () => {
    // Wed 23 Dec 2026 is a working day, so "on the same working day" is that day.
    expect(dutyDue(plan, SAME_DAY)).toBe("2026-12-23");
    // The record-keeping duties set no time.
    expect(dutyDue(plan, "record-all-stages")).toBeNull();
    expect(dutyDue(plan, "confirm-agreed-outcome")).toBeNull();
  });

  it("reports the stage duties, which the text gives no time", () => {
    expect(stageOf(plan, "stage-2").duties.map((duty) => [duty.id, duty.due])).toEqual([
      ["stage-2-protocol-invoked", null],
      ["stage-2-formal-challenge", null],
    ]);
    expect(stageOf(plan, "stage-6").duties.map((duty) => [duty.id, duty.due])).toEqual([
      ["stage-6-business-unit-aware", null],
      ["stage-6-advise-other-organisation", null],
      ["stage-6-learning", null],
    ]);
  });

  it("is the same with the jurisdiction's calendar passed explicitly", () => {
    const explicit = schedule(policy, { raisedOn: "2026-12-23" }, createCalendar({ jurisdiction: "england-and-wales" }));
    expect(starts(explicit)).toEqual(starts(plan));
  });
});

describe("(2) raised just before Easter: Wednesday 24 March 2027", () => {
  const plan = schedule(policy, { raisedOn: "2027-03-24" });

  it("lays out every stage", () => {
    // Stage 1, 5 working days after Wed 24 Mar 2027: Thu 25 = 1; Fri 26 Good Friday,
    //   Sat 27, Sun 28 (weekend), Mon 29 Easter Monday passed over; Tue 30 = 2;
    //   Wed 31 = 3; Thu 1 Apr = 4; Fri 2 Apr = 5.               -> due Fri 2 Apr 2027
    // Stage 2 starts Fri 2 Apr; 3, 4, 5, 6, 7                    -> due Wed 7 Apr
    // Stage 3 starts Wed 7 Apr; 8, 9, 10, 11, 12                 -> due Mon 12 Apr
    // Stage 4 starts Mon 12 Apr; 13, 14, 15, 16, 17              -> due SAT 17 Apr
    // Stage 5 starts Sat 17 Apr; 5 working days strictly after: Sun 18 passed over,
    //   Mon 19 = 1, Tue 20 = 2, Wed 21 = 3, Thu 22 = 4, Fri 23 = 5 -> due Fri 23 Apr
    // Stage 6 starts Fri 23 Apr; 24, 25, 26, 27, 28              -> due Wed 28 Apr
    expect(starts(plan)).toEqual([
      ["stage-1", "2027-03-24", "2027-04-02"],
      ["stage-2", "2027-04-02", "2027-04-07"],
      ["stage-3", "2027-04-07", "2027-04-12"],
      ["stage-4", "2027-04-12", "2027-04-17"],
      ["stage-5", "2027-04-17", "2027-04-23"],
      ["stage-6", "2027-04-23", "2027-04-28"],
    ]);
    // Stage 3 starts on Wed 7 Apr, a working day: the referral is due that day.
    expect(stepDues(plan)).toEqual([["stage-3-refer-to-head-of-service", "2027-04-07"]]);
    expect(dutyDue(plan, SAME_DAY)).toBe("2027-03-24");
  });

  it("lets a calendar-day limit fall on Easter Monday, unadjusted", () => {
    // Raised Wed 17 Mar 2027. Stage 1: Thu 18 = 1, Fri 19 = 2, Sat 20 + Sun 21
    // passed over, Mon 22 = 3, Tue 23 = 4, Wed 24 = 5 -> due Wed 24 Mar 2027.
    // Stage 2 entered Wed 24 Mar; 5 calendar days: Thu 25, Fri 26 (Good Friday),
    // Sat 27, Sun 28, Mon 29 (Easter Monday) -> due Mon 29 Mar 2027, a bank holiday,
    // reported as that date.
    const record = accepted({ policy: "rochdale", raisedOn: "2027-03-17", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-03-24" }] });
    const thursday = assess(policy, record, "2027-03-25");
    expect(thursday.stage.id).toBe("stage-2");
    expect(thursday.due).toBe("2027-03-29");
    // Working days in (Thu 25, Mon 29]: Good Friday, the weekend and Easter Monday
    // are all non-working, so none; 0 <= 1 (the default window) and not yet the day.
    expect(thursday.workingDaysLeft).toBe(0);
    expect(thursday.state).toBe("due-soon");
    // On Tue 30 Mar: working days in (Mon 29, Tue 30] = Tue 30 = 1.
    const tuesday = assess(policy, record, "2027-03-30");
    expect(tuesday.state).toBe("overdue");
    expect(tuesday.workingDaysOverdue).toBe(1);
  });
});

describe("(3) raised on a weekend: Saturday 9 January 2027", () => {
  const plan = schedule(policy, { raisedOn: "2027-01-09" });

  it("lays out every stage", () => {
    // Stage 1 starts Sat 9 Jan; 5 working days strictly after: Sun 10 passed over,
    //   Mon 11 = 1, Tue 12 = 2, Wed 13 = 3, Thu 14 = 4, Fri 15 = 5 -> due Fri 15 Jan
    // Stage 2 starts Fri 15 Jan; 16, 17, 18, 19, 20              -> due Wed 20 Jan
    // Stage 3 starts Wed 20 Jan; 21, 22, 23, 24, 25              -> due Mon 25 Jan
    // Stage 4 starts Mon 25 Jan; 26, 27, 28, 29, 30              -> due SAT 30 Jan
    // Stage 5 starts Sat 30 Jan; Sun 31 passed over, Mon 1 Feb = 1, Tue 2 = 2,
    //   Wed 3 = 3, Thu 4 = 4, Fri 5 = 5                          -> due Fri 5 Feb
    // Stage 6 starts Fri 5 Feb; 6, 7, 8, 9, 10                   -> due Wed 10 Feb
    expect(starts(plan)).toEqual([
      ["stage-1", "2027-01-09", "2027-01-15"],
      ["stage-2", "2027-01-15", "2027-01-20"],
      ["stage-3", "2027-01-20", "2027-01-25"],
      ["stage-4", "2027-01-25", "2027-01-30"],
      ["stage-5", "2027-01-30", "2027-02-05"],
      ["stage-6", "2027-02-05", "2027-02-10"],
    ]);
    // Stage 3 starts on Wed 20 Jan, a working day.
    expect(stepDues(plan)).toEqual([["stage-3-refer-to-head-of-service", "2027-01-20"]]);
  });

  it("owes the same-working-day duty on the next working day, Monday 11 January", () => {
    // Sat 9 Jan is not a working day; Sun 10 is not; Mon 11 Jan 2027 is.
    expect(dutyDue(plan, SAME_DAY)).toBe("2027-01-11");
  });

  it("assesses on the Saturday itself as on track", () => {
    const record = accepted({ policy: "rochdale", raisedOn: "2027-01-09", events: [] });
    const result = assess(policy, record, "2027-01-09");
    expect(result.stage).toMatchObject({ id: "stage-1", start: "2027-01-09" });
    expect(result.due).toBe("2027-01-15");
    // Working days in (Sat 9, Fri 15]: Mon 11, Tue 12, Wed 13, Thu 14, Fri 15 = 5.
    expect(result.workingDaysLeft).toBe(5);
    expect(result.state).toBe("on-track");
  });
});

describe("(4) assess around a due date", () => {
  describe("Stage 1 (5 working days) across Christmas and New Year: raised Wed 23 Dec 2026, due Mon 4 Jan 2027", () => {
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: [] });

    it("is on track with 5, then 3 working days left", () => {
      // (Wed 23 Dec, Mon 4 Jan]: Thu 24, Tue 29, Wed 30, Thu 31, Mon 4 = 5
      // (Christmas Day, Boxing Day (substitute), New Year's Day and two weekends are not counted).
      const first = assess(policy, record, "2026-12-23");
      expect([first.state, first.workingDaysLeft, first.workingDaysOverdue]).toEqual(["on-track", 5, null]);
      // (Tue 29 Dec, Mon 4 Jan]: Wed 30, Thu 31, Mon 4 = 3
      const tuesday = assess(policy, record, "2026-12-29");
      expect(tuesday.stage.id).toBe("stage-1");
      expect(tuesday.due).toBe("2027-01-04");
      expect(tuesday.governedBy).toBe("policy-limit");
      expect([tuesday.state, tuesday.workingDaysLeft]).toEqual(["on-track", 3]);
      // Not overdue: Stage 2 is next, not yet required.
      expect(escalateStage(tuesday)).toBe("stage-2");
      expect(tuesday.escalateTo?.requiredNow).toBe(false);
      expect(tuesday.escalateTo?.reason).toBeNull();
      expect(tuesday.escalateTo?.by).toBeNull();
    });

    it("with dueSoonDays 3, 3 working days left is due soon", () => {
      expect(assess(policy, record, "2026-12-29", undefined, { dueSoonDays: 3 }).state).toBe("due-soon");
    });

    it("is due soon on Thu 31 Dec and on New Year's Day, with 1 working day left", () => {
      // (Thu 31 Dec, Mon 4 Jan]: Fri 1 Jan New Year's Day, Sat 2, Sun 3 not counted; Mon 4 = 1.
      const thursday = assess(policy, record, "2026-12-31");
      expect([thursday.state, thursday.workingDaysLeft]).toEqual(["due-soon", 1]);
      // (Fri 1 Jan, Mon 4 Jan]: Mon 4 = 1.
      const holiday = assess(policy, record, "2027-01-01");
      expect([holiday.state, holiday.workingDaysLeft]).toEqual(["due-soon", 1]);
    });

    it("is due today on Mon 4 Jan 2027", () => {
      const monday = assess(policy, record, "2027-01-04");
      expect([monday.state, monday.workingDaysLeft, monday.workingDaysOverdue]).toEqual(["due-today", 0, null]);
      expect(monday.escalateTo?.requiredNow).toBe(false);
    });

    it("is overdue from Tue 5 Jan, and Stage 2 is required now", () => {
      // (Mon 4, Tue 5] = Tue 5 = 1 working day overdue.
      const tuesday = assess(policy, record, "2027-01-05");
      expect([tuesday.state, tuesday.workingDaysLeft, tuesday.workingDaysOverdue]).toEqual(["overdue", null, 1]);
      expect(tuesday.escalateTo?.stage).toEqual({ id: "stage-2", number: 2, title: "First line managers / agency Safeguarding Leads" });
      expect(tuesday.escalateTo?.requiredNow).toBe(true);
      expect(tuesday.escalateTo?.reason).toBe("Stage 1 (Practitioner / case worker level) is overdue.");
      expect(tuesday.escalateTo?.by).toBe("2027-01-05");
      expect(ids(tuesday.escalateTo?.actors.receiving)).toEqual(["line-manager", "safeguarding-lead"]);
      // (Mon 4, Fri 8]: Tue 5, Wed 6, Thu 7, Fri 8 = 4.
      expect(assess(policy, record, "2027-01-08").workingDaysOverdue).toBe(4);
    });

    it("explains the count, naming the bank holidays passed over, and quotes the policy", () => {
      const text = assess(policy, record, "2026-12-29").explanation.join(" ");
      // 5 working days after Wed 23 Dec 2026: passes over Christmas Day (Fri 25),
      // Boxing Day's substitute (Mon 28), New Year's Day (Fri 1 Jan) and four
      // weekend days (Sat 26, Sun 27, Sat 2, Sun 3), giving Mon 4 Jan 2027.
      expect(text).toContain(
        "Counting 5 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 4 weekend days, gives Monday 4 January 2027.",
      );
      expect(text).toContain("Christmas Day");
      expect(text).toContain('"Each individual stage (1-6) should be completed within 5 working days."');
      expect(text).toContain("Stage 1 (Practitioner / case worker level) is due by the end of Monday 4 January 2027; on Tuesday 29 December 2026 3 working days remain (on-track).");
    });
  });

  describe("Stage 2 (5 calendar days) due on a Saturday: entered Mon 4 Jan 2027, due Sat 9 Jan 2027", () => {
    // Stage 2 entered Mon 4 Jan; 5 calendar days: Tue 5, Wed 6, Thu 7, Fri 8, Sat 9.
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] });

    it("reports the Saturday as the due date, with no adjustment", () => {
      const monday = assess(policy, record, "2027-01-04");
      expect(monday.stage).toMatchObject({ id: "stage-2", start: "2027-01-04" });
      expect(monday.due).toBe("2027-01-09");
      expect(monday.limit?.calendarDays).toBe(5);
      // (Mon 4, Sat 9]: Tue 5, Wed 6, Thu 7, Fri 8 = 4 working days.
      expect([monday.state, monday.workingDaysLeft]).toEqual(["on-track", 4]);
      expect(monday.explanation.join(" ")).toContain("Counting 5 calendar days from Monday 4 January 2027: weekends and bank holidays count.");
      expect(monday.explanation.join(" ")).toContain("is due by the end of Saturday 9 January 2027");
    });

    it("is due soon on Thu 7 and Fri 8 Jan", () => {
      // (Thu 7, Sat 9]: Fri 8 = 1.
      const thursday = assess(policy, record, "2027-01-07");
      expect([thursday.state, thursday.workingDaysLeft]).toEqual(["due-soon", 1]);
      // (Fri 8, Sat 9]: Sat 9 is not a working day = 0; not yet the due day.
      const friday = assess(policy, record, "2027-01-08");
      expect([friday.state, friday.workingDaysLeft]).toEqual(["due-soon", 0]);
    });

    it("is due today on the Saturday", () => {
      const saturday = assess(policy, record, "2027-01-09");
      expect([saturday.state, saturday.workingDaysLeft]).toEqual(["due-today", 0]);
    });

    it("is overdue on the Sunday (0 working days) and on Monday 11 Jan (1)", () => {
      // (Sat 9, Sun 10]: no working day; the date has passed, so overdue by 0 working days.
      const sunday = assess(policy, record, "2027-01-10");
      expect(sunday.state).toBe("overdue");
      expect(sunday.workingDaysOverdue).toBe(0);
      expect(sunday.escalateTo?.stage?.id).toBe("stage-3");
      expect(sunday.escalateTo?.requiredNow).toBe(true);
      expect(sunday.escalateTo?.reason).toBe("Stage 2 (First line managers / agency Safeguarding Leads) is overdue.");
      // (Sat 9, Mon 11]: Mon 11 = 1.
      const monday = assess(policy, record, "2027-01-11");
      expect([monday.state, monday.workingDaysOverdue]).toEqual(["overdue", 1]);
    });
  });

  describe("Stage 6, the last stage: nothing follows", () => {
    // Entered Stage 2 Mon 4 Jan, 3 Sat 9 Jan, 4 Thu 14 Jan, 5 Tue 19 Jan, 6 Tue 26 Jan 2027.
    // Stage 6: 5 calendar days from Tue 26 Jan: 27, 28, 29, 30, 31 -> due Sun 31 Jan 2027.
    const record = accepted({
      policy: "rochdale",
      raisedOn: "2026-12-23",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-09" },
        { type: "stage-entered", stage: "stage-4", on: "2027-01-14" },
        { type: "stage-entered", stage: "stage-5", on: "2027-01-19" },
        { type: "stage-entered", stage: "stage-6", on: "2027-01-26" },
      ],
    });

    it("is due on Sunday 31 January and has no body to escalate to", () => {
      const wednesday = assess(policy, record, "2027-01-27");
      expect(wednesday.stage.id).toBe("stage-6");
      expect(wednesday.due).toBe("2027-01-31");
      // (Wed 27, Sun 31]: Thu 28, Fri 29 = 2.
      expect([wednesday.state, wednesday.workingDaysLeft]).toEqual(["on-track", 2]);
      expect(wednesday.escalateTo).toBeNull();
      // Mon 1 Feb: (Sun 31, Mon 1] = 1 working day overdue; still nowhere to go.
      const monday = assess(policy, record, "2027-02-01");
      expect([monday.state, monday.workingDaysOverdue]).toEqual(["overdue", 1]);
      expect(monday.escalateTo).toBeNull();
    });
  });
});

describe("Stage 6 b): the RBSAB Chair, via the Business Manager, only where policy issues arise", () => {
  it("notifies the agency's Board member in every case, and the Chair only with raises-policy-issues", () => {
    const plain = schedule(policy, { raisedOn: "2026-12-23" });
    expect(ids(stageOf(plain, "stage-6").notify)).toEqual(["agency-board-member"]);
    const policyIssues = schedule(policy, { raisedOn: "2026-12-23", flags: ["raises-policy-issues"] });
    expect(ids(stageOf(policyIssues, "stage-6").notify)).toEqual(["agency-board-member", "rbsab-chair"]);
    // No other stage notifies anyone, and the flag moves no date.
    expect(policyIssues.stages.filter((stage) => stage.id !== "stage-6").every((stage) => stage.notify.length === 0)).toBe(true);
    expect(starts(policyIssues)).toEqual(starts(plain));
  });

  it("shows the same targets when a Stage 5 case is assessed", () => {
    const events = [
      { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
      { type: "stage-entered", stage: "stage-3", on: "2027-01-09" },
      { type: "stage-entered", stage: "stage-4", on: "2027-01-14" },
      { type: "stage-entered", stage: "stage-5", on: "2027-01-19" },
    ];
    // Stage 5 entered Tue 19 Jan: Wed 20 = 1, Thu 21 = 2, Fri 22 = 3, Mon 25 = 4, Tue 26 = 5.
    const plain = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", events }), "2027-01-20");
    expect(plain.due).toBe("2027-01-26");
    // (Wed 20, Tue 26]: Thu 21, Fri 22, Mon 25, Tue 26 = 4.
    expect([plain.state, plain.workingDaysLeft]).toEqual(["on-track", 4]);
    expect(escalateStage(plain)).toBe("stage-6");
    expect(ids(plain.escalateTo?.notify)).toEqual(["agency-board-member"]);
    const flagged = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", flags: ["raises-policy-issues"], events }), "2027-01-20");
    expect(ids(flagged.escalateTo?.notify)).toEqual(["agency-board-member", "rbsab-chair"]);
  });
});

describe("14.3.2 managers at levels 1 and 2 not responding", () => {
  it("at Stage 2 makes the next level required now, quoting the rule", () => {
    const record = accepted({
      policy: "rochdale",
      raisedOn: "2026-12-23",
      flags: ["manager-not-responding"],
      events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }],
    });
    const result = assess(policy, record, "2027-01-04");
    // Stage 2 is not overdue: due Sat 9 Jan, 4 working days left (Tue 5 to Fri 8).
    expect([result.state, result.due, result.workingDaysLeft]).toEqual(["on-track", "2027-01-09", 4]);
    expect(escalateStage(result)).toBe("stage-3");
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toContain("Managers at levels 1 and 2 not responding");
    expect(result.escalateTo?.reason).toContain(MANAGER_QUOTE);
  });

  it("at Stage 3 makes Stage 4 required now", () => {
    const record = accepted({
      policy: "rochdale",
      raisedOn: "2026-12-23",
      flags: ["manager-not-responding"],
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-11" },
      ],
    });
    const result = assess(policy, record, "2027-01-11");
    // Stage 3 entered Mon 11 Jan: 12, 13, 14, 15, 16 -> due Sat 16 Jan 2027.
    expect(result.due).toBe("2027-01-16");
    expect(escalateStage(result)).toBe("stage-4");
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toContain(MANAGER_QUOTE);
  });

  it("does not apply at Stage 1, the practitioner level", () => {
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", flags: ["manager-not-responding"], events: [] });
    const result = assess(policy, record, "2026-12-29");
    expect(escalateStage(result)).toBe("stage-2");
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.reason).toBeNull();
  });

  it("lets a case pass over the unresponsive level, Stage 3, from Stage 2 to Stage 4", () => {
    const json = {
      policy: "rochdale",
      raisedOn: "2026-12-23",
      flags: ["manager-not-responding"],
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-4", on: "2027-01-05" },
      ],
    };
    const result = parseCase(json, policy);
    expect(result.success).toBe(true);
    // Stage 4 entered Tue 5 Jan; 5 calendar days: 6, 7, 8, 9, 10 -> due Sun 10 Jan 2027.
    const assessed = assess(policy, accepted(json), "2027-01-05");
    expect(assessed.stage).toMatchObject({ id: "stage-4", start: "2027-01-05" });
    expect(assessed.due).toBe("2027-01-10");
    // (Tue 5, Sun 10]: Wed 6, Thu 7, Fri 8 = 3.
    expect([assessed.state, assessed.workingDaysLeft]).toEqual(["on-track", 3]);
    // The rule covers Stages 2 and 3 only: at Stage 4 the next stage is not yet required.
    expect(escalateStage(assessed)).toBe("stage-5");
    expect(assessed.escalateTo?.requiredNow).toBe(false);
  });

  it("refuses the same jump without the flag (stage-skipped)", () => {
    const result = parseCase(
      {
        policy: "rochdale",
        raisedOn: "2026-12-23",
        events: [
          { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
          { type: "stage-entered", stage: "stage-4", on: "2027-01-05" },
        ],
      },
      policy,
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => [error.code, error.path])).toEqual([["stage-skipped", ["events", 1, "stage"]]]);
  });

  it("refuses, even with the flag, a jump over two levels (Stage 2 to Stage 5)", () => {
    const result = parseCase(
      {
        policy: "rochdale",
        raisedOn: "2026-12-23",
        flags: ["manager-not-responding"],
        events: [
          { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
          { type: "stage-entered", stage: "stage-5", on: "2027-01-05" },
        ],
      },
      policy,
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => error.code)).toEqual(["stage-skipped"]);
  });
});

describe("14.3.2 life-threatening: inform the RBSAB Business Unit at the earliest opportunity", () => {
  it("is a route in the schedule, due the same working day the disagreement arose", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: ["life-threatening"] });
    expect(plan.routes.map((route) => [route.id, route.effect, ids(route.to), route.due])).toEqual([[LIFE_THREATENING, "notify", ["rbsab-business-unit"], "2026-12-23"]]);
    // It moves no stage.
    expect(starts(plan)).toEqual(starts(schedule(policy, { raisedOn: "2026-12-23" })));
  });

  it("is owed as an outstanding duty due that day, overdue the next, and gone once done", () => {
    const json = { policy: "rochdale", raisedOn: "2026-12-23", flags: ["life-threatening"], events: [] as unknown[] };
    const sameDay = assess(policy, accepted(json), "2026-12-23");
    const owed = sameDay.duties.find((duty) => duty.id === LIFE_THREATENING);
    expect(owed).toMatchObject({ kind: "notify", due: "2026-12-23", overdue: false });
    expect(ids(owed?.to)).toEqual(["rbsab-business-unit"]);
    // The 14.1 same-working-day duty is owed alongside it.
    expect(sameDay.duties.find((duty) => duty.id === SAME_DAY)).toMatchObject({ due: "2026-12-23", overdue: false });
    // Thu 24 Dec: the day has passed.
    const nextDay = assess(policy, accepted(json), "2026-12-24");
    expect(nextDay.duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ due: "2026-12-23", overdue: true });
    // Recorded as done on Wed 23 Dec: no longer owed.
    const done = assess(policy, accepted({ ...json, events: [{ type: "duty-done", duty: LIFE_THREATENING, on: "2026-12-23" }] }), "2026-12-24");
    expect(done.duties.map((duty) => duty.id)).not.toContain(LIFE_THREATENING);
  });

  it("raised on Saturday 9 January 2027, is due on Monday 11 January", () => {
    // Sat 9 and Sun 10 are not working days; the next is Mon 11 Jan 2027.
    const plan = schedule(policy, { raisedOn: "2027-01-09", flags: ["life-threatening"] });
    expect(plan.routes.map((route) => [route.id, route.due])).toEqual([[LIFE_THREATENING, "2027-01-11"]]);
    const result = assess(policy, accepted({ policy: "rochdale", raisedOn: "2027-01-09", flags: ["life-threatening"], events: [] }), "2027-01-09");
    expect(result.duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ due: "2027-01-11", overdue: false });
  });
});
