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
//   February 2027:  Mon 1 ... Fri 5, Sat 6, Sun 7, Mon 8, Tue 9, Wed 10 ... Fri 12,
//                   Sat 13, Sun 14, Mon 15 ... Fri 19
//   March 2027:     Wed 17, Thu 18, Fri 19, Sat 20, Sun 21, Mon 22 ... Thu 25,
//                   Fri 26 GOOD FRIDAY, Sat 27, Sun 28, Mon 29 EASTER MONDAY,
//                   Tue 30, Wed 31
//   April 2027:     Thu 1, Fri 2, Sat 3, Sun 4, Mon 5 ... Fri 9, Sat 10, Sun 11,
//                   Mon 12 ... Fri 16, Sat 17, Sun 18, Mon 19 ... Fri 23, Sat 24,
//                   Sun 25, Mon 26 ... Fri 30
//   May 2027:       Sat 1, Sun 2, Mon 3 EARLY MAY BANK HOLIDAY, Tue 4 ... Fri 7,
//                   Sat 8, Sun 9, Mon 10
//
// The policy (rochdale.json), read from 14.3.1: "Each individual stage (1-6)
// should be completed within 5 working days." Every stage: 5 WORKING days from
// its own start. The flowchart's "Within 5 days of being alerted" is an outline's
// figure with no unit of its own: it takes the text's, so it is the same limit
// (an earlier reading of it as 5 calendar days put due dates on Saturdays).
// Stage 3: "referred up ... without delay to a Head of Service": its escalateBy,
// immediately (that working day) from the completion of Stage 2, where the
// completion counts as the day Stage 2 ended or its due date, whichever is
// earlier. In a schedule each stage starts on the day the one before falls due.
// After Stage 6, the Chair of the RBSAB "will determine the appropriate course of
// action": the final body, with no time. Routes: policy issues open Stage 6
// from any earlier stage; the life-threatening notification needs an agency
// maintaining non-involvement too; unresponsive managers need time pressure
// (or a life-threatening episode). The same-working-day duty is owed only where
// a practitioner identifies a concern (safeguarding-concern), on the working day
// the case is flagged so; the Business Unit is told on the working day both of
// its facts hold. Raising concerns with another agency is "as soon as possible":
// owed, with no date.
import { describe, expect, it } from "vitest";
import { acceptedCase, ids, scheduledStage } from "./helpers.js";
import { assess, createCalendar, parseCase, policies, schedule } from "../../src/index.js";
import type { Assessment, Case, CaseFlag, Schedule, ScheduledStage } from "../../src/index.js";

const policy = policies.rochdale;
const accepted = (input: unknown): Case => acceptedCase(policy, input);
const stageOf = (plan: Schedule, key: string): ScheduledStage => scheduledStage(plan, key);

/** [id, start, due] for every stage. */
const starts = (plan: Schedule) => plan.stages.map((stage) => [stage.id, stage.start, stage.due]);
const dutyDue = (plan: Schedule, id: string) => plan.duties.find((duty) => duty.id === id)?.due;
const escalateStage = (result: Assessment) => result.escalateTo?.stage?.id;

const LIFE_THREATENING = "life-threatening-notify-business-unit";
const POLICY_ISSUES = "policy-issues-to-stage-6";
const SAME_DAY = "same-day-safeguarding-concern";
const REMAINING_RISK = "remaining-risk-through-line-management";
const STAGE_3_QUOTE = "the matter must be referred up through each agencies line management structure without delay to a Head of Service";
const MANAGER_QUOTE =
  "For a variety of reasons there may be a delay in managers at levels 1 and 2 responding to telephone calls or emails. When this occurs careful consideration should be given to involving managers at the next level of the management structure";

/** Stage 2 entered Mon 4 Jan 2027, Stage 3 Mon 11, Stage 4 Mon 18, Stage 5 Mon 25, Stage 6 Mon 1 Feb: each on the day the one before fell due. */
const ALL_ON_TIME = [
  { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
  { type: "stage-entered", stage: "stage-3", on: "2027-01-11" },
  { type: "stage-entered", stage: "stage-4", on: "2027-01-18" },
  { type: "stage-entered", stage: "stage-5", on: "2027-01-25" },
  { type: "stage-entered", stage: "stage-6", on: "2027-02-01" },
];

describe("the limits as encoded", () => {
  it("every stage runs 5 working days from its own start, with no other reading", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(plan.stages.map((stage) => [stage.id, stage.limit?.workingDays, stage.limit?.calendarDays])).toEqual([
      ["stage-1", 5, undefined],
      ["stage-2", 5, undefined],
      ["stage-3", 5, undefined],
      ["stage-4", 5, undefined],
      ["stage-5", 5, undefined],
      ["stage-6", 5, undefined],
    ]);
    expect(stageOf(plan, "stage-2").limit?.text).toBe("within 5 working days of the start of Stage 2 (First line managers / agency Safeguarding Leads)");
    expect(stageOf(plan, "stage-2").limit?.quote).toBe("Each individual stage (1-6) should be completed within 5 working days.");
    expect(policy.stages.every((stage) => stage.limit?.otherReadings === undefined)).toBe(true);
  });
});

describe("(1) raised just before Christmas: Wednesday 23 December 2026", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("lays out every stage on working days, none on a Saturday", () => {
    // Stage 1, 5 working days strictly after Wed 23 Dec 2026 (the 23rd never counts):
    //   Thu 24 Dec = 1; Fri 25 Dec Christmas Day, Sat 26, Sun 27 (weekend),
    //   Mon 28 Dec Boxing Day (substitute day) passed over; Tue 29 = 2; Wed 30 = 3;
    //   Thu 31 = 4; Fri 1 Jan New Year's Day, Sat 2, Sun 3 (weekend) passed over;
    //   Mon 4 Jan 2027 = 5.                                           -> due Mon 4 Jan
    // Stage 2 starts Mon 4 Jan: Tue 5 = 1, Wed 6 = 2, Thu 7 = 3, Fri 8 = 4,
    //   Sat 9 + Sun 10 passed over, Mon 11 = 5                        -> due Mon 11 Jan
    //   (the flowchart's "5 days" read as calendar days gave Sat 9 Jan: the misreading)
    // Stage 3: escalateBy "without delay" from Stage 2's completion, Mon 11 (a working
    //   day), so it starts Mon 11: Tue 12, Wed 13, Thu 14, Fri 15, Mon 18 -> due Mon 18 Jan
    // Stage 4 starts Mon 18: Tue 19, Wed 20, Thu 21, Fri 22, Mon 25    -> due Mon 25 Jan
    // Stage 5 starts Mon 25: Tue 26, Wed 27, Thu 28, Fri 29, Mon 1 Feb -> due Mon 1 Feb
    // Stage 6 starts Mon 1 Feb: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8      -> due Mon 8 Feb
    expect(starts(plan)).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04"],
      ["stage-2", "2027-01-04", "2027-01-11"],
      ["stage-3", "2027-01-11", "2027-01-18"],
      ["stage-4", "2027-01-18", "2027-01-25"],
      ["stage-5", "2027-01-25", "2027-02-01"],
      ["stage-6", "2027-02-01", "2027-02-08"],
    ]);
    expect(plan.stages.every((stage) => !stage.skipped && stage.governedBy === "policy-limit")).toBe(true);
    expect(plan.routes).toEqual([]);
    expect(plan.calendar.confirmed).toBe(true);
  });

  it("gives Stage 3 its escalate-by date, Mon 11 Jan 2027, and no other stage one", () => {
    // Stage 2 due Mon 11 Jan, a working day: "without delay" is that day.
    expect(plan.stages.map((stage) => stage.escalateBy)).toEqual([null, null, "2027-01-11", null, null, null]);
    expect(stageOf(plan, "stage-3").escalateByLimit?.immediately).toBe(true);
    expect(stageOf(plan, "stage-3").escalateByLimit?.quote).toContain(STAGE_3_QUOTE);
    expect(stageOf(plan, "stage-3").steps).toEqual([]);
  });

  it("ends with the Chair of the RBSAB, who has no time limit", () => {
    expect(plan.final).toMatchObject({ body: { id: "rbsab-chair", kind: "board-chair" }, due: null, limit: null });
    expect(plan.final?.what).toContain("determine the appropriate course of action");
  });

  it("owes no same-working-day referral unless a practitioner has identified a concern", () => {
    // "Where a practitioner does identify a concern": not every case.
    expect(plan.duties.map((duty) => duty.id)).not.toContain(SAME_DAY);
    expect(plan.duties.map((duty) => duty.id)).not.toContain(REMAINING_RISK);
    // With the concern: Wed 23 Dec 2026 is a working day, so "on the same working day" is that day.
    const concern = schedule(policy, { raisedOn: "2026-12-23", flags: ["safeguarding-concern"] });
    expect(dutyDue(concern, SAME_DAY)).toBe("2026-12-23");
    // 14.2's concern through line management sets no time.
    expect(dutyDue(concern, REMAINING_RISK)).toBeNull();
    // The flag moves no stage.
    expect(starts(concern)).toEqual(starts(plan));
  });

  it("reports the stage duties, which the text gives no time", () => {
    expect(stageOf(plan, "stage-2").duties.map((duty) => [duty.id, duty.due])).toEqual([
      ["stage-2-protocol-invoked", null],
      ["stage-2-formal-challenge", null],
    ]);
    expect(stageOf(plan, "stage-6").duties.map((duty) => [duty.id, duty.due])).toEqual([
      ["stage-6-business-unit-aware", null],
      ["stage-6-advise-other-organisation", null],
    ]);
    expect(dutyDue(plan, "record-all-stages")).toBeNull();
    expect(dutyDue(plan, "confirm-agreed-outcome")).toBeNull();
    // "as soon as possible": owed from the day raised, with no date.
    const asap = plan.duties.find((duty) => duty.id === "record-discussions-with-other-agency");
    expect([asap?.due, asap?.limit?.asSoonAsPossible]).toEqual([null, true]);
  });

  it("is the same with the jurisdiction's calendar passed explicitly", () => {
    const explicit = schedule(policy, { raisedOn: "2026-12-23" }, { calendar: createCalendar({ jurisdiction: "england-and-wales" }) });
    expect(starts(explicit)).toEqual(starts(plan));
  });
});

describe("(2) raised just before Easter: Wednesday 24 March 2027", () => {
  it("lays out every stage, passing over Good Friday, Easter Monday and the early May bank holiday", () => {
    // Stage 1, 5 working days after Wed 24 Mar 2027: Thu 25 = 1; Fri 26 Good Friday,
    //   Sat 27, Sun 28 (weekend), Mon 29 Easter Monday passed over; Tue 30 = 2;
    //   Wed 31 = 3; Thu 1 Apr = 4; Fri 2 Apr = 5.                      -> due Fri 2 Apr
    // Stage 2 starts Fri 2 Apr: Sat 3 + Sun 4 passed over, Mon 5 = 1, Tue 6 = 2,
    //   Wed 7 = 3, Thu 8 = 4, Fri 9 = 5                                -> due Fri 9 Apr
    // Stage 3 (escalateBy Fri 9 Apr) starts Fri 9: Mon 12 ... Fri 16   -> due Fri 16 Apr
    // Stage 4 starts Fri 16: Mon 19, Tue 20, Wed 21, Thu 22, Fri 23    -> due Fri 23 Apr
    // Stage 5 starts Fri 23: Mon 26, Tue 27, Wed 28, Thu 29, Fri 30    -> due Fri 30 Apr
    // Stage 6 starts Fri 30 Apr: Sat 1 May, Sun 2 (weekend), Mon 3 May (early May
    //   bank holiday) passed over; Tue 4 = 1, Wed 5 = 2, Thu 6 = 3, Fri 7 = 4,
    //   Sat 8 + Sun 9 passed over, Mon 10 May = 5                      -> due Mon 10 May
    const plan = schedule(policy, { raisedOn: "2027-03-24" });
    expect(starts(plan)).toEqual([
      ["stage-1", "2027-03-24", "2027-04-02"],
      ["stage-2", "2027-04-02", "2027-04-09"],
      ["stage-3", "2027-04-09", "2027-04-16"],
      ["stage-4", "2027-04-16", "2027-04-23"],
      ["stage-5", "2027-04-23", "2027-04-30"],
      ["stage-6", "2027-04-30", "2027-05-10"],
    ]);
    expect(stageOf(plan, "stage-3").escalateBy).toBe("2027-04-09");
  });

  it("a Stage 2 entered on Wed 24 Mar runs to Thu 1 Apr, not to Easter Monday", () => {
    // Raised Wed 17 Mar 2027; Stage 2 entered Wed 24 Mar. 5 working days: Thu 25 = 1;
    // Fri 26 (Good Friday), Sat 27, Sun 28, Mon 29 (Easter Monday) passed over;
    // Tue 30 = 2, Wed 31 = 3, Thu 1 Apr = 4, Fri 2 Apr = 5 -> due Fri 2 Apr 2027.
    const record = accepted({ policy: "rochdale", raisedOn: "2027-03-17", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-03-24" }] });
    const thursday = assess(policy, record, "2027-03-25");
    expect(thursday.stage.id).toBe("stage-2");
    expect(thursday.due).toBe("2027-04-02");
    // Working days in (Thu 25 Mar, Fri 2 Apr]: Tue 30, Wed 31, Thu 1, Fri 2 = 4.
    expect([thursday.state, thursday.workingDaysLeft]).toEqual(["on-track", 4]);
    // Stage 3's escalate-by is the same day: Stage 2 "completes" on its due date at the latest.
    expect(thursday.escalateTo?.by).toBe("2027-04-02");
    expect(thursday.escalateTo?.overdue).toBe(false);
    // On Easter Monday: (Mon 29, Fri 2 Apr] = 4 still, the holiday itself not counted.
    expect(assess(policy, record, "2027-03-29").workingDaysLeft).toBe(4);
  });
});

describe("(3) raised on a weekend: Saturday 9 January 2027", () => {
  const plan = schedule(policy, { raisedOn: "2027-01-09" });

  it("lays out every stage", () => {
    // Stage 1 starts Sat 9 Jan; 5 working days strictly after: Sun 10 passed over,
    //   Mon 11 = 1, Tue 12 = 2, Wed 13 = 3, Thu 14 = 4, Fri 15 = 5 -> due Fri 15 Jan
    // Stage 2: Mon 18 ... Fri 22                                   -> due Fri 22 Jan
    // Stage 3 (escalateBy Fri 22): Mon 25 ... Fri 29                -> due Fri 29 Jan
    // Stage 4: Mon 1 Feb ... Fri 5                                  -> due Fri 5 Feb
    // Stage 5: Mon 8 ... Fri 12                                     -> due Fri 12 Feb
    // Stage 6: Mon 15 ... Fri 19                                    -> due Fri 19 Feb
    expect(starts(plan)).toEqual([
      ["stage-1", "2027-01-09", "2027-01-15"],
      ["stage-2", "2027-01-15", "2027-01-22"],
      ["stage-3", "2027-01-22", "2027-01-29"],
      ["stage-4", "2027-01-29", "2027-02-05"],
      ["stage-5", "2027-02-05", "2027-02-12"],
      ["stage-6", "2027-02-12", "2027-02-19"],
    ]);
  });

  it("owes a practitioner's concern on the next working day, Monday 11 January", () => {
    // Sat 9 Jan is not a working day; Sun 10 is not; Mon 11 Jan 2027 is.
    expect(dutyDue(schedule(policy, { raisedOn: "2027-01-09", flags: ["safeguarding-concern"] }), SAME_DAY)).toBe("2027-01-11");
  });

  it("assesses on the Saturday itself as on track", () => {
    const result = assess(policy, accepted({ policy: "rochdale", raisedOn: "2027-01-09", events: [] }), "2027-01-09");
    expect(result.stage).toMatchObject({ id: "stage-1", start: "2027-01-09" });
    expect(result.due).toBe("2027-01-15");
    // Working days in (Sat 9, Fri 15]: Mon 11, Tue 12, Wed 13, Thu 14, Fri 15 = 5.
    expect([result.state, result.workingDaysLeft]).toEqual(["on-track", 5]);
  });
});

describe("(4) assess around a due date", () => {
  describe("Stage 1 across Christmas and New Year: raised Wed 23 Dec 2026, due Mon 4 Jan 2027", () => {
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
      expect([tuesday.state, tuesday.workingDaysLeft]).toEqual(["on-track", 3]);
      // Not overdue: Stage 2 is next, not yet required, and the text sets no time to enter it.
      expect(escalateStage(tuesday)).toBe("stage-2");
      expect(tuesday.escalateTo?.requiredNow).toBe(false);
      expect(tuesday.escalateTo?.by).toBeNull();
      // No practitioner's concern is flagged, so no same-day referral is owed.
      expect(tuesday.duties.map((duty) => duty.id)).not.toContain(SAME_DAY);
    });

    it("is due soon on Thu 31 Dec and on New Year's Day, due today on Mon 4 Jan", () => {
      // (Thu 31 Dec, Mon 4 Jan]: Fri 1 Jan New Year's Day, Sat 2, Sun 3 not counted; Mon 4 = 1.
      expect(assess(policy, record, "2026-12-31").workingDaysLeft).toBe(1);
      expect(assess(policy, record, "2027-01-01").state).toBe("due-soon");
      expect(assess(policy, record, "2027-01-04").state).toBe("due-today");
    });

    it("is overdue from Tue 5 Jan, and Stage 2 is required now", () => {
      // (Mon 4, Tue 5] = Tue 5 = 1 working day overdue.
      const tuesday = assess(policy, record, "2027-01-05");
      expect([tuesday.state, tuesday.workingDaysOverdue]).toEqual(["overdue", 1]);
      expect(escalateStage(tuesday)).toBe("stage-2");
      expect(tuesday.escalateTo?.requiredNow).toBe(true);
      expect(tuesday.escalateTo?.reason).toBe("Stage 1 (Practitioner / case worker level) is overdue.");
      expect(tuesday.escalateTo?.by).toBe("2027-01-05");
      expect(ids(tuesday.escalateTo?.actors.receiving)).toEqual(["line-manager", "safeguarding-lead"]);
    });

    it("explains the count, naming the bank holidays passed over, and quotes the policy", () => {
      const text = assess(policy, record, "2026-12-29").explanation.join(" ");
      // 5 working days after Wed 23 Dec 2026: passes over Christmas Day (Fri 25),
      // Boxing Day's substitute (Mon 28), New Year's Day (Fri 1 Jan) and four
      // weekend days (Sat 26, Sun 27, Sat 2, Sun 3), giving Mon 4 Jan 2027.
      expect(text).toContain(
        "Counting 5 working days after Wednesday 23 December 2026, passing over Friday 25 December 2026 (Christmas Day), Monday 28 December 2026 (Boxing Day, substitute day), Friday 1 January 2027 (New Year’s Day), 4 weekend days, gives Monday 4 January 2027.",
      );
      expect(text).toContain('"Each individual stage (1-6) should be completed within 5 working days."');
    });
  });

  describe("Stage 2 (5 working days, not the flowchart's 5 calendar days): entered Mon 4 Jan 2027, due Mon 11 Jan", () => {
    // Stage 2 entered Mon 4 Jan: Tue 5 = 1, Wed 6 = 2, Thu 7 = 3, Fri 8 = 4, Sat 9 + Sun 10 passed over, Mon 11 = 5.
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] });

    it("is due on Monday 11 January, and the referral to Stage 3 is due that day too", () => {
      const monday = assess(policy, record, "2027-01-04");
      expect(monday.stage).toMatchObject({ id: "stage-2", start: "2027-01-04" });
      expect(monday.due).toBe("2027-01-11");
      // (Mon 4, Mon 11]: Tue 5, Wed 6, Thu 7, Fri 8, Mon 11 = 5.
      expect([monday.state, monday.workingDaysLeft]).toEqual(["on-track", 5]);
      // Stage 3's escalate-by: "without delay" from Stage 2's completion, at the latest its due date, Mon 11.
      expect(monday.escalateTo?.by).toBe("2027-01-11");
      expect(monday.escalateTo?.limit?.immediately).toBe(true);
      expect([monday.escalateTo?.requiredNow, monday.escalateTo?.overdue]).toEqual([false, false]);
    });

    it("is still due soon on the Saturday, 1 working day left; due today on Mon 11", () => {
      // (Sat 9, Mon 11]: Sun 10 no, Mon 11 = 1.
      const saturday = assess(policy, record, "2027-01-09");
      expect([saturday.state, saturday.workingDaysLeft]).toEqual(["due-soon", 1]);
      expect(assess(policy, record, "2027-01-11").state).toBe("due-today");
    });

    it("on Tue 12 Jan is overdue, and the referral to Stage 3 is late", () => {
      // (Mon 11, Tue 12] = 1 working day overdue; the escalate-by date, Mon 11, has passed.
      const tuesday = assess(policy, record, "2027-01-12");
      expect([tuesday.state, tuesday.workingDaysOverdue]).toEqual(["overdue", 1]);
      expect(escalateStage(tuesday)).toBe("stage-3");
      expect(tuesday.escalateTo).toMatchObject({ requiredNow: true, by: "2027-01-11", overdue: true });
      expect(tuesday.escalateTo?.reason).toContain("The time to escalate the case into Stage 3");
      expect(tuesday.escalateTo?.reason).toContain(STAGE_3_QUOTE);
    });
  });

  describe("Stage 3 entered on time, and late", () => {
    it("entered Thu 7 Jan, when Stage 2 ended early: on time, due Thu 14 Jan", () => {
      // Stage 2's completion for the referral: the earlier of the day it ended (Thu 7) and its due (Mon 11) = Thu 7;
      // "without delay" from Thu 7, a working day = Thu 7. Stage 3: Fri 8, Mon 11, Tue 12, Wed 13, Thu 14.
      const events = [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-07" },
      ];
      const result = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", events }), "2027-01-07");
      expect(result.due).toBe("2027-01-14");
      expect(result.history.map((h) => [h.id, h.escalateBy, h.enteredOnTime, h.due, h.completed, h.onTime])).toEqual([
        ["stage-1", null, null, "2027-01-04", "2027-01-04", true],
        ["stage-2", null, null, "2027-01-11", "2027-01-07", true],
        ["stage-3", "2027-01-07", true, "2027-01-14", null, null],
      ]);
    });

    it("entered Wed 13 Jan, after Stage 2 fell due on Mon 11: late, due Wed 20 Jan", () => {
      // Stage 2's completion for the referral: the earlier of Wed 13 (ended) and Mon 11 (due) = Mon 11; so the referral
      // was due Mon 11 and came two working days late. Stage 3's own 5 working days run from its start, Wed 13:
      // Thu 14, Fri 15, Mon 18, Tue 19, Wed 20.
      const events = [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-13" },
      ];
      const result = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", events }), "2027-01-13");
      expect(result.due).toBe("2027-01-20");
      // (Wed 13, Wed 20] = 5: Stage 3's own work is on track, though it was entered late.
      expect([result.state, result.workingDaysLeft]).toEqual(["on-track", 5]);
      expect(result.history.map((h) => [h.id, h.escalateBy, h.enteredOnTime, h.onTime])).toEqual([
        ["stage-1", null, null, true],
        ["stage-2", null, null, false],
        ["stage-3", "2027-01-11", false, null],
      ]);
    });
  });

  describe("Stage 6, the last stage: the Chair of the RBSAB follows", () => {
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: ALL_ON_TIME });

    it("is due on Monday 8 February; once overdue, the Chair is required now", () => {
      // Stage 6 entered Mon 1 Feb: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8 -> due Mon 8 Feb 2027.
      const wednesday = assess(policy, record, "2027-02-03");
      expect(wednesday.stage.id).toBe("stage-6");
      expect(wednesday.due).toBe("2027-02-08");
      // (Wed 3, Mon 8]: Thu 4, Fri 5, Mon 8 = 3.
      expect([wednesday.state, wednesday.workingDaysLeft]).toEqual(["on-track", 3]);
      expect(wednesday.escalateTo).toMatchObject({ stage: null, requiredNow: false });
      expect(wednesday.escalateTo?.final?.body.id).toBe("rbsab-chair");
      // Tue 9 Feb: (Mon 8, Tue 9] = 1 working day overdue.
      const tuesday = assess(policy, record, "2027-02-09");
      expect([tuesday.state, tuesday.workingDaysOverdue]).toEqual(["overdue", 1]);
      expect(tuesday.escalateTo).toMatchObject({ stage: null, requiredNow: true, by: "2027-02-09" });
      expect(tuesday.escalateTo?.reason).toBe("Stage 6 (The agency's Board member; the Chair of the RBSAB where policy issues arise), the last stage, is overdue.");
    });

    it("every stage was entered on time, Stage 3 on its escalate-by date", () => {
      const result = assess(policy, record, "2027-02-03");
      expect(result.history.map((h) => [h.id, h.start, h.due, h.escalateBy, h.enteredOnTime])).toEqual([
        ["stage-1", "2026-12-23", "2027-01-04", null, null],
        ["stage-2", "2027-01-04", "2027-01-11", null, null],
        ["stage-3", "2027-01-11", "2027-01-18", "2027-01-11", true],
        ["stage-4", "2027-01-18", "2027-01-25", null, null],
        ["stage-5", "2027-01-25", "2027-02-01", null, null],
        ["stage-6", "2027-02-01", "2027-02-08", null, null],
      ]);
    });
  });
});

describe("Stage 6: significant policy issues", () => {
  it("b) notifies the Chair, via the Business Manager, only with raises-policy-issues", () => {
    const events = ALL_ON_TIME.slice(0, 4);
    // At Stage 5 (entered Mon 25 Jan) without the flag: the next stage is Stage 6, the Board member alone.
    const plain = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", events }), "2027-01-26");
    expect(escalateStage(plain)).toBe("stage-6");
    expect(ids(plain.escalateTo?.notify)).toEqual(["agency-board-member"]);
    expect(plain.escalateTo?.requiredNow).toBe(false);
  });

  it("opens Stage 6 from Stage 2 by itself: \"and/or the discussions raise significant policy issues\"", () => {
    const flagged = { policy: "rochdale", raisedOn: "2026-12-23", flags: ["raises-policy-issues"], events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] };
    const atStage2 = assess(policy, accepted(flagged), "2027-01-05");
    // Stage 2 is not overdue (due Mon 11 Jan), yet Stage 6 is required now.
    expect([atStage2.state, atStage2.due]).toEqual(["on-track", "2027-01-11"]);
    expect(escalateStage(atStage2)).toBe("stage-6");
    expect(atStage2.escalateTo?.requiredNow).toBe(true);
    expect(atStage2.escalateTo?.reason).toContain("and/or the discussions raise significant policy issues");
    expect(ids(atStage2.escalateTo?.notify)).toEqual(["agency-board-member", "rbsab-chair"]);
    // The case may then go straight from Stage 2 to Stage 6: entered Tue 5 Jan, due Tue 12 Jan
    // (Wed 6, Thu 7, Fri 8, Mon 11, Tue 12).
    const jumped = { ...flagged, events: [...flagged.events, { type: "stage-entered", stage: "stage-6", on: "2027-01-05" }] };
    const atStage6 = assess(policy, accepted(jumped), "2027-01-05");
    expect(atStage6.stage).toMatchObject({ id: "stage-6", start: "2027-01-05" });
    expect(atStage6.due).toBe("2027-01-12");
  });

  it("refuses the same jump without the flag (stage-skipped)", () => {
    const result = parseCase(
      {
        policy: "rochdale",
        raisedOn: "2026-12-23",
        events: [
          { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
          { type: "stage-entered", stage: "stage-6", on: "2027-01-05" },
        ],
      },
      policy,
    );
    expect(result.success ? [] : result.errors.map((error) => error.code)).toEqual(["stage-skipped"]);
  });

  it("in a schedule, a case raised with policy issues starts at Stage 6", () => {
    // Stages 1-5 passed over; Stage 6 from Wed 23 Dec 2026: Thu 24 = 1; Fri 25, Sat 26, Sun 27, Mon 28 passed over;
    // Tue 29 = 2, Wed 30 = 3, Thu 31 = 4; Fri 1 Jan, Sat 2, Sun 3 passed over; Mon 4 Jan = 5 -> due Mon 4 Jan 2027.
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: ["raises-policy-issues"] });
    expect(plan.stages.map((stage) => stage.skipped)).toEqual([true, true, true, true, true, false]);
    expect([stageOf(plan, "stage-6").start, stageOf(plan, "stage-6").due]).toEqual(["2026-12-23", "2027-01-04"]);
    expect(ids(stageOf(plan, "stage-6").notify)).toEqual(["agency-board-member", "rbsab-chair"]);
    expect(plan.routes.map((route) => [route.id, route.effect, route.stage, route.due])).toEqual([[POLICY_ISSUES, "start-at-stage", "stage-6", null]]);
  });
});

describe("14.3.2 managers at levels 1 and 2 not responding, when the disagreement must be resolved very quickly", () => {
  const atStage2 = (flags: string[]) => accepted({ policy: "rochdale", raisedOn: "2026-12-23", flags, events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] });

  it("with time pressure, at Stage 2 makes the next level required now, quoting the rule", () => {
    const result = assess(policy, atStage2(["manager-not-responding", "time-pressure"]), "2027-01-04");
    // Stage 2 is not overdue: due Mon 11 Jan, 5 working days left (Tue 5 to Mon 11).
    expect([result.state, result.due, result.workingDaysLeft]).toEqual(["on-track", "2027-01-11", 5]);
    expect(escalateStage(result)).toBe("stage-3");
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toContain(MANAGER_QUOTE);
  });

  it("with a life-threatening episode, the section's own example, likewise", () => {
    expect(assess(policy, atStage2(["manager-not-responding", "life-threatening"]), "2027-01-04").escalateTo?.requiredNow).toBe(true);
  });

  it("without anything pressing, an unresponsive manager alone changes nothing", () => {
    const result = assess(policy, atStage2(["manager-not-responding"]), "2027-01-04");
    expect(escalateStage(result)).toBe("stage-3");
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.reason).toBeNull();
  });

  it("does not apply at Stage 1, the practitioner level", () => {
    const result = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", flags: ["manager-not-responding", "time-pressure"], events: [] }), "2026-12-29");
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("lets a pressing case pass over the unresponsive level, Stage 3, from Stage 2 to Stage 4", () => {
    const events = [
      { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
      { type: "stage-entered", stage: "stage-4", on: "2027-01-05" },
    ];
    const assessed = assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", flags: ["manager-not-responding", "time-pressure"], events }), "2027-01-05");
    // Stage 4 entered Tue 5 Jan: Wed 6, Thu 7, Fri 8, Mon 11, Tue 12 -> due Tue 12 Jan 2027.
    expect(assessed.stage).toMatchObject({ id: "stage-4", start: "2027-01-05" });
    expect(assessed.due).toBe("2027-01-12");
    expect([assessed.state, assessed.workingDaysLeft]).toEqual(["on-track", 5]);
    // The rule covers Stages 2 and 3 only: at Stage 4 the next stage is not yet required.
    expect(escalateStage(assessed)).toBe("stage-5");
    expect(assessed.escalateTo?.requiredNow).toBe(false);
    // Without the pressing fact the same jump is refused.
    const refused = parseCase({ policy: "rochdale", raisedOn: "2026-12-23", flags: ["manager-not-responding"], events }, policy);
    expect(refused.success ? [] : refused.errors.map((error) => [error.code, error.path])).toEqual([["stage-skipped", ["events", 1, "stage"]]]);
  });

  it("refuses, even with the flags, a jump over two levels (Stage 2 to Stage 5)", () => {
    const result = parseCase(
      {
        policy: "rochdale",
        raisedOn: "2026-12-23",
        flags: ["manager-not-responding", "time-pressure"],
        events: [
          { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
          { type: "stage-entered", stage: "stage-5", on: "2027-01-05" },
        ],
      },
      policy,
    );
    expect(result.success ? [] : result.errors.map((error) => error.code)).toEqual(["stage-skipped"]);
  });
});

describe("14.3.2 life-threatening, with an agency maintaining non-involvement: inform the RBSAB Business Unit at the earliest opportunity", () => {
  const BOTH: CaseFlag[] = ["life-threatening", "agency-declines-involvement"];

  it("is a route only when both hold, due the same working day the disagreement arose", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: BOTH });
    expect(plan.routes.map((route) => [route.id, route.effect, ids(route.to), route.due])).toEqual([[LIFE_THREATENING, "notify", ["rbsab-business-unit"], "2026-12-23"]]);
    // It moves no stage.
    expect(starts(plan)).toEqual(starts(schedule(policy, { raisedOn: "2026-12-23" })));
    // Either fact alone: no notification ("In such circumstances, where certain agencies maintain a position of non-involvement").
    expect(schedule(policy, { raisedOn: "2026-12-23", flags: ["life-threatening"] }).routes).toEqual([]);
    expect(schedule(policy, { raisedOn: "2026-12-23", flags: ["agency-declines-involvement"] }).routes).toEqual([]);
  });

  it("is owed as an outstanding duty due that day, overdue the next, and gone once done", () => {
    const json = { policy: "rochdale", raisedOn: "2026-12-23", flags: BOTH, events: [] as unknown[] };
    expect(assess(policy, accepted(json), "2026-12-23").duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ kind: "notify", due: "2026-12-23", overdue: false });
    // Thu 24 Dec: the day has passed.
    expect(assess(policy, accepted(json), "2026-12-24").duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ due: "2026-12-23", overdue: true });
    const done = assess(policy, accepted({ ...json, events: [{ type: "duty-done", duty: LIFE_THREATENING, on: "2026-12-23" }] }), "2026-12-24");
    expect(done.duties.map((duty) => duty.id)).not.toContain(LIFE_THREATENING);
  });

  it("raised on Saturday 9 January 2027, is due on Monday 11 January", () => {
    // Sat 9 and Sun 10 are not working days; the next is Mon 11 Jan 2027.
    const plan = schedule(policy, { raisedOn: "2027-01-09", flags: BOTH });
    expect(plan.routes.map((route) => [route.id, route.due])).toEqual([[LIFE_THREATENING, "2027-01-11"]]);
  });

  it("counts from the day the later of the two facts arose: flagged Thu 24 and Mon 28 Dec 2026, due Tue 29 Dec", () => {
    // Raised Wed 23 Dec. Life-threatening flagged Thu 24 Dec; an agency's non-involvement flagged Mon 28 Dec (Boxing Day,
    // substitute): both hold from Mon 28, not a working day, so "at the earliest opportunity" is Tue 29 Dec 2026.
    const record = accepted({
      policy: "rochdale",
      raisedOn: "2026-12-23",
      events: [
        { type: "flagged", flag: "life-threatening", on: "2026-12-24" },
        { type: "flagged", flag: "agency-declines-involvement", on: "2026-12-28" },
      ],
    });
    expect(assess(policy, record, "2026-12-29").duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ due: "2026-12-29", overdue: false });
    expect(assess(policy, record, "2026-12-30").duties.find((duty) => duty.id === LIFE_THREATENING)).toMatchObject({ due: "2026-12-29", overdue: true });
  });
});

describe("14.1 a practitioner's concern, through adult safeguarding procedures on the same working day", () => {
  it("is owed on Christmas Eve for a case raised then with the concern, overdue after, and not owed without it", () => {
    // Thu 24 Dec 2026 is a working day: due that day; on Tue 29 Dec (Fri 25 and Mon 28 bank holidays between) it is overdue.
    const json = { policy: "rochdale", raisedOn: "2026-12-24", flags: ["safeguarding-concern"], events: [] };
    expect(assess(policy, accepted(json), "2026-12-24").duties.find((duty) => duty.id === SAME_DAY)).toMatchObject({ due: "2026-12-24", overdue: false });
    expect(assess(policy, accepted(json), "2026-12-29").duties.find((duty) => duty.id === SAME_DAY)).toMatchObject({ due: "2026-12-24", overdue: true });
    expect(assess(policy, accepted({ ...json, flags: [] }), "2026-12-24").duties.map((duty) => duty.id)).not.toContain(SAME_DAY);
  });

  it("identified on Christmas Day in a case raised the day before, falls due on Tuesday 29 December", () => {
    // Raised Wed 23 Dec 2026; the concern identified (flagged) Fri 25 Dec, Christmas Day. Sat 26, Sun 27 and Mon 28
    // (Boxing Day, substitute) are not working days: "the same working day" is the next one, Tue 29 Dec.
    const record = accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: [{ type: "flagged", flag: "safeguarding-concern", on: "2026-12-25" }] });
    expect(assess(policy, record, "2026-12-25").duties.find((duty) => duty.id === SAME_DAY)).toMatchObject({ due: "2026-12-29", overdue: false });
    expect(assess(policy, record, "2026-12-30").duties.find((duty) => duty.id === SAME_DAY)).toMatchObject({ due: "2026-12-29", overdue: true });
    // Not owed on Thu 24 Dec, before the concern was identified.
    expect(assess(policy, accepted({ policy: "rochdale", raisedOn: "2026-12-23", events: [] }), "2026-12-24").duties.map((duty) => duty.id)).not.toContain(SAME_DAY);
  });

  it("raised on Christmas Day, falls due on Tuesday 29 December", () => {
    // Fri 25 Dec Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day (substitute): the next working day is Tue 29 Dec 2026.
    expect(dutyDue(schedule(policy, { raisedOn: "2026-12-25", flags: ["safeguarding-concern"] }), SAME_DAY)).toBe("2026-12-29");
  });
});
