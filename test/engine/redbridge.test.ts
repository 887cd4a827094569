// Redbridge Safeguarding Adults Board, resolution of professional differences
// (policies/redbridge.json): hand-worked examples for the deadline engine. Every
// expected date below was counted by hand, day by day: none is computed with the
// library. Where a count passes over a weekend or a bank holiday it is named.
//
// The calendar used (England and Wales):
//   December 2026:  Wed 23, Thu 24, Fri 25 CHRISTMAS DAY, Sat 26, Sun 27,
//                   Mon 28 BOXING DAY (substitute day), Tue 29, Wed 30, Thu 31
//   January 2027:   Fri 1 NEW YEAR'S DAY, Sat 2, Sun 3, Mon 4 ... Fri 8, Sat 9,
//                   Sun 10, Mon 11 ... Fri 15, Sat 16, Sun 17, Mon 18 ... Fri 22,
//                   Sat 23, Sun 24, Mon 25 ... Fri 29, Sat 30, Sun 31
//   February 2027:  Mon 1, Tue 2
//   March 2027:     Thu 25, Fri 26 GOOD FRIDAY, Sat 27, Sun 28,
//                   Mon 29 EASTER MONDAY, Tue 30, Wed 31
//   April 2027:     Thu 1, Fri 2, Sat 3, Sun 4, Mon 5 ... Fri 9, Sat 10, Sun 11,
//                   Mon 12 ... Fri 16, Sat 17, Sun 18, Mon 19, Tue 20, Wed 21
//
// The policy's limits (redbridge.json):
//   Stage 1: 5 working days from the disagreement arising, whichever is less
//     step raise:    2 working days from the disagreement arising (4.4)
//     step speak:    3 working days from the raise step being done (4.4)
//     confirm:       2 working days after resolution (an after-resolution duty)
//   Stage 2: escalate into it the same working day Stage 1 ends (escalateBy);
//            5 working days from the completion of Stage 1, whichever is less
//     confirm:       2 working days after resolution
//   Stage 3: refer into it without delay once Stage 2 ends (escalateBy);
//            5 working days (4.6) from its start (the referral), whichever is
//            less; the flowchart's 2 working days kept as an other reading
//     confirm:       2 working days after resolution
//   Stage 4 (the RSAB Chair): referred the same working day Stage 3 ends
//            (escalateBy); the Chair's recommendations 5 working days from its
//            start. Nothing follows it.
// For an escalateBy, the stage before counts as complete on the day it ended
// or its due date, whichever is earlier. In a schedule each stage completes on
// its due date (nothing resolved early), the next begins on its escalateBy date,
// and a duty after resolution runs from its stage's due date.
// "Immediately" from a working day is that day; from a non-working day, the next
// working day. "Within N working days of X" is the N-th working day strictly after X.
import { describe, expect, it } from "vitest";
import { acceptedCase, ids, scheduledStage } from "./helpers.js";
import { assess, parseCase, policies, schedule } from "../../src/index.js";
import type { Assessment, Case, Schedule, ScheduledStage } from "../../src/index.js";

const policy = policies.redbridge;
const accepted = (input: unknown): Case => acceptedCase(policy, input);
const stageOf = (plan: Schedule, key: string): ScheduledStage => scheduledStage(plan, key);


/** [id, start, due, governedBy] for every stage. */
const stageDues = (plan: Schedule) => plan.stages.map((stage) => [stage.id, stage.start, stage.due, stage.governedBy]);
const stepDues = (plan: Schedule) => plan.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.due]));
const escalateBys = (plan: Schedule) => plan.stages.map((stage) => stage.escalateBy);
/** The confirm-outcome duties of Stages 1-3, with their due dates. */
const confirmDues = (plan: Schedule) => plan.stages.flatMap((stage) => stage.duties.filter((duty) => duty.kind === "confirm-in-writing").map((duty) => [duty.id, duty.due]));


const escalateStage = (result: Assessment) => result.escalateTo?.stage?.id;

const IMMEDIATE_RISK = "immediate-risk-escalation";
const STAGE_4_7_QUOTE = "the discussion raises significant policy issues, the matter must be referred to the Independent Chair";

describe("(1) raised just before Christmas: Wednesday 23 December 2026", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("lays out every stage, with its escalateBy date; nothing follows the Chair", () => {
    // Stage 1, 5 working days after Wed 23 Dec 2026: Thu 24 = 1; Fri 25 Christmas Day,
    //   Sat 26, Sun 27, Mon 28 Boxing Day (substitute day) passed over; Tue 29 = 2;
    //   Wed 30 = 3; Thu 31 = 4; Fri 1 Jan New Year's Day, Sat 2, Sun 3 passed over;
    //   Mon 4 Jan = 5.                                             -> due Mon 4 Jan 2027
    // Stage 2: escalated the same working day Stage 1 ends, Mon 4 Jan (its escalateBy and start);
    //   5 from Mon 4 Jan: Tue 5 = 1, Wed 6 = 2, Thu 7 = 3, Fri 8 = 4,
    //   Sat 9 + Sun 10 passed over, Mon 11 = 5                      -> due Mon 11 Jan
    // Stage 3: referred without delay, Mon 11 Jan; 5 from Mon 11: Tue 12, Wed 13, Thu 14,
    //   Fri 15, (Sat 16, Sun 17) Mon 18                              -> due Mon 18 Jan
    // Stage 4: referred the same working day, Mon 18 Jan; the Chair's 5 from Mon 18:
    //   Tue 19, Wed 20, Thu 21, Fri 22, (Sat 23, Sun 24) Mon 25      -> due Mon 25 Jan
    expect(stageDues(plan)).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04", "policy-limit"],
      ["stage-2", "2027-01-04", "2027-01-11", "policy-limit"],
      ["stage-3", "2027-01-11", "2027-01-18", "policy-limit"],
      ["stage-4", "2027-01-18", "2027-01-25", "policy-limit"],
    ]);
    expect(escalateBys(plan)).toEqual([null, "2027-01-04", "2027-01-11", "2027-01-18"]);
    expect(plan.stages.some((stage) => stage.skipped)).toBe(false);
    expect(stageOf(plan, "stage-4").limit?.quote).toBe("The RSAB Chair will make recommendations within five working days of the issue being brought to his/her attention.");
    expect(plan.final).toBeNull();
    expect(plan.routes).toEqual([]);
  });

  it("gives every step and confirmation its due date", () => {
    // raise: 2 working days after Wed 23 Dec: Thu 24 = 1; Fri 25 Christmas Day, Sat 26,
    //   Sun 27, Mon 28 Boxing Day (substitute) passed over; Tue 29 = 2 -> Tue 29 Dec 2026
    // speak: 3 working days after Tue 29 Dec: Wed 30 = 1, Thu 31 = 2; Fri 1 Jan New
    //   Year's Day, Sat 2, Sun 3 passed over; Mon 4 Jan = 3           -> Mon 4 Jan 2027
    //   (2 + 3 = 5: agrees with the Stage 1 limit)
    // Stage 1 confirm: 2 working days after Mon 4 Jan: Tue 5, Wed 6  -> Wed 6 Jan
    // Stage 2 confirm: 2 working days after Mon 11 Jan: Tue 12, Wed 13 -> Wed 13 Jan
    // Stage 3 confirm: 2 working days after Mon 18 Jan: Tue 19, Wed 20 -> Wed 20 Jan
    expect(stepDues(plan)).toEqual([
      ["raise-with-other-agency", "2026-12-29"],
      ["speak-to-concerned-professional", "2027-01-04"],
    ]);
    expect(confirmDues(plan)).toEqual([
      ["stage-1-confirm-outcome", "2027-01-06"],
      ["stage-2-confirm-outcome", "2027-01-13"],
      ["stage-3-confirm-outcome", "2027-01-20"],
    ]);
    // Each confirmation goes to the side that raised the concerns.
    expect(plan.stages.flatMap((stage) => stage.duties.filter((duty) => duty.kind === "confirm-in-writing").map((duty) => ids(duty.to)))).toEqual([
      ["concerned-professional"],
      ["raising-line-manager"],
      ["raising-senior-manager"],
    ]);
  });

  it("copies the RSAB Business Manager from Stage 3 on, not at Stages 1 and 2, and refers Stage 4 to the Chair", () => {
    expect(plan.stages.map((stage) => [stage.id, ids(stage.copyTo)])).toEqual([
      ["stage-1", []],
      ["stage-2", []],
      ["stage-3", ["rsab-business-manager"]],
      ["stage-4", ["rsab-business-manager"]],
    ]);
    expect(ids(stageOf(plan, "stage-4").notify)).toEqual(["rsab-chair"]);
    expect(plan.stages.filter((stage) => stage.id !== "stage-4").every((stage) => stage.notify.length === 0)).toBe(true);
  });
});

describe("(2) raised just before Easter: Thursday 25 March 2027", () => {
  const plan = schedule(policy, { raisedOn: "2027-03-25" });

  it("lays out every stage, step and confirmation", () => {
    // Stage 1, 5 working days after Thu 25 Mar 2027: Fri 26 Good Friday, Sat 27,
    //   Sun 28, Mon 29 Easter Monday passed over; Tue 30 = 1, Wed 31 = 2, Thu 1 Apr = 3,
    //   Fri 2 = 4, Sat 3 + Sun 4 passed over, Mon 5 Apr = 5      -> due Mon 5 Apr 2027
    //   raise: 2 working days: Tue 30 = 1, Wed 31 = 2            -> Wed 31 Mar
    //   speak: 3 after Wed 31: Thu 1 = 1, Fri 2 = 2, Mon 5 = 3   -> Mon 5 Apr
    //   confirm: 2 after Mon 5: Tue 6, Wed 7                     -> Wed 7 Apr
    // Stage 2: escalateBy Mon 5 Apr; 5 from Mon 5: Tue 6, Wed 7, Thu 8, Fri 9,
    //   (Sat 10, Sun 11) Mon 12                                   -> due Mon 12 Apr
    //   confirm: 2 after Mon 12: Tue 13, Wed 14                  -> Wed 14 Apr
    // Stage 3: escalateBy Mon 12 Apr; 5 from Mon 12: Tue 13, Wed 14, Thu 15, Fri 16,
    //   (Sat 17, Sun 18) Mon 19                                   -> due Mon 19 Apr
    //   confirm: 2 after Mon 19: Tue 20, Wed 21                  -> Wed 21 Apr
    // Stage 4: escalateBy Mon 19 Apr; 5 from Mon 19: Tue 20, Wed 21, Thu 22, Fri 23,
    //   (Sat 24, Sun 25) Mon 26                                   -> due Mon 26 Apr
    expect(stageDues(plan)).toEqual([
      ["stage-1", "2027-03-25", "2027-04-05", "policy-limit"],
      ["stage-2", "2027-04-05", "2027-04-12", "policy-limit"],
      ["stage-3", "2027-04-12", "2027-04-19", "policy-limit"],
      ["stage-4", "2027-04-19", "2027-04-26", "policy-limit"],
    ]);
    expect(escalateBys(plan)).toEqual([null, "2027-04-05", "2027-04-12", "2027-04-19"]);
    expect(stepDues(plan)).toEqual([
      ["raise-with-other-agency", "2027-03-31"],
      ["speak-to-concerned-professional", "2027-04-05"],
    ]);
    expect(confirmDues(plan)).toEqual([
      ["stage-1-confirm-outcome", "2027-04-07"],
      ["stage-2-confirm-outcome", "2027-04-14"],
      ["stage-3-confirm-outcome", "2027-04-21"],
    ]);
  });
});

describe("(3) raised on a weekend: Saturday 9 January 2027", () => {
  const plan = schedule(policy, { raisedOn: "2027-01-09" });

  it("lays out every stage, step and confirmation", () => {
    // Stage 1, 5 working days strictly after Sat 9 Jan: Sun 10 passed over, Mon 11 = 1,
    //   Tue 12 = 2, Wed 13 = 3, Thu 14 = 4, Fri 15 = 5           -> due Fri 15 Jan
    //   raise: Mon 11 = 1, Tue 12 = 2                            -> Tue 12 Jan
    //   speak: 3 after Tue 12: Wed 13, Thu 14, Fri 15            -> Fri 15 Jan
    //   confirm: 2 after Fri 15: (Sat 16, Sun 17) Mon 18, Tue 19 -> Tue 19 Jan
    // Stage 2: escalateBy Fri 15; 5 from Fri 15: (Sat 16, Sun 17) Mon 18, Tue 19, Wed 20,
    //   Thu 21, Fri 22                                            -> due Fri 22 Jan
    //   confirm: 2 after Fri 22: (Sat 23, Sun 24) Mon 25, Tue 26 -> Tue 26 Jan
    // Stage 3: escalateBy Fri 22; 5 from Fri 22: (Sat 23, Sun 24) Mon 25, Tue 26, Wed 27,
    //   Thu 28, Fri 29                                            -> due Fri 29 Jan
    //   confirm: 2 after Fri 29: (Sat 30, Sun 31) Mon 1 Feb, Tue 2 Feb -> Tue 2 Feb
    // Stage 4: escalateBy Fri 29; 5 from Fri 29: (Sat 30, Sun 31) Mon 1 Feb, Tue 2, Wed 3,
    //   Thu 4, Fri 5                                              -> due Fri 5 Feb
    expect(stageDues(plan)).toEqual([
      ["stage-1", "2027-01-09", "2027-01-15", "policy-limit"],
      ["stage-2", "2027-01-15", "2027-01-22", "policy-limit"],
      ["stage-3", "2027-01-22", "2027-01-29", "policy-limit"],
      ["stage-4", "2027-01-29", "2027-02-05", "policy-limit"],
    ]);
    expect(escalateBys(plan)).toEqual([null, "2027-01-15", "2027-01-22", "2027-01-29"]);
    expect(stepDues(plan)).toEqual([
      ["raise-with-other-agency", "2027-01-12"],
      ["speak-to-concerned-professional", "2027-01-15"],
    ]);
    expect(confirmDues(plan)).toEqual([
      ["stage-1-confirm-outcome", "2027-01-19"],
      ["stage-2-confirm-outcome", "2027-01-26"],
      ["stage-3-confirm-outcome", "2027-02-02"],
    ]);
  });
});

describe("(4) assess around a due date: raised Thu 25 Mar 2027, Stage 1 due Mon 5 Apr 2027", () => {
  const record = accepted({ policy: "redbridge", raisedOn: "2027-03-25", events: [] });

  it("is on track on Good Friday, with 5 working days left", () => {
    const result = assess(policy, record, "2027-03-26");
    expect(result.stage).toMatchObject({ id: "stage-1", start: "2027-03-25" });
    expect(result.due).toBe("2027-04-05");
    expect(result.governedBy).toBe("policy-limit");
    // (Fri 26 Mar, Mon 5 Apr]: Sat 27, Sun 28, Easter Monday 29 not counted;
    // Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 = 5.
    expect([result.state, result.workingDaysLeft, result.workingDaysOverdue]).toEqual(["on-track", 5, null]);
    // The first step, the raise, is due Wed 31 Mar.
    expect(result.step).toMatchObject({ id: "raise-with-other-agency", due: "2027-03-31", overdue: false });
    expect(escalateStage(result)).toBe("stage-2");
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("with 3 working days left on Wed 31 Mar is on track, or due soon with dueSoonDays 3", () => {
    // (Wed 31 Mar, Mon 5 Apr]: Thu 1, Fri 2, Mon 5 = 3.
    const result = assess(policy, record, "2027-03-31");
    expect([result.state, result.workingDaysLeft]).toEqual(["on-track", 3]);
    expect(assess(policy, record, "2027-03-31", { dueSoonDays: 3 }).state).toBe("due-soon");
    // Thu 1 Apr: (Thu 1, Mon 5] = Fri 2, Mon 5 = 2: on track by default.
    expect(assess(policy, record, "2027-04-01").workingDaysLeft).toBe(2);
    expect(assess(policy, record, "2027-04-01").state).toBe("on-track");
  });

  it("is due soon on Fri 2 Apr, with the raise step overdue", () => {
    // (Fri 2, Mon 5]: Sat 3, Sun 4 not counted; Mon 5 = 1.
    const result = assess(policy, record, "2027-04-02");
    expect([result.state, result.workingDaysLeft]).toEqual(["due-soon", 1]);
    // The raise was due Wed 31 Mar and is not recorded as done.
    expect(result.step).toMatchObject({ id: "raise-with-other-agency", due: "2027-03-31", overdue: true });
  });

  it("is due today on Mon 5 Apr, the day the escalation to line managers is due if it is not resolved", () => {
    const result = assess(policy, record, "2027-04-05");
    expect([result.state, result.workingDaysLeft, result.workingDaysOverdue]).toEqual(["due-today", 0, null]);
    // 4.5: "escalated to their respective line managers within the same working day": Mon 5 Apr.
    expect(result.escalateTo?.by).toBe("2027-04-05");
    expect(result.escalateTo?.overdue).toBe(false);
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("is overdue from Tue 6 Apr, and the escalation to Stage 2, due the same working day, is late", () => {
    // (Mon 5, Tue 6] = Tue 6 = 1.
    const result = assess(policy, record, "2027-04-06");
    expect([result.state, result.workingDaysLeft, result.workingDaysOverdue]).toEqual(["overdue", null, 1]);
    expect(result.escalateTo?.stage).toEqual({ id: "stage-2", number: 2, title: "Line managers" });
    expect(result.escalateTo?.requiredNow).toBe(true);
    // Until the reading changed, the reason was Stage 1 being overdue and `by` today; the same-working-day
    // escalation is now Stage 2's escalateBy, Mon 5 Apr, which has passed.
    expect(result.escalateTo?.reason).toBe(
      'The time to escalate the case into Stage 2 (Line managers) has passed: "If the professionals are unable to resolve the matter satisfactorily within the timescale, the concern or difficulty should be escalated to their respective line managers within the same working day" (4.5 Stage 2).',
    );
    expect(result.escalateTo?.by).toBe("2027-04-05");
    expect(result.escalateTo?.overdue).toBe(true);
    expect(ids(result.escalateTo?.actors.receiving)).toEqual(["receiving-line-manager"]);
    // Stage 2 is not copied to the Business Manager.
    expect(ids(result.escalateTo?.copyTo)).toEqual([]);
    // (Mon 5, Fri 9]: Tue 6, Wed 7, Thu 8, Fri 9 = 4.
    expect(assess(policy, record, "2027-04-09").workingDaysOverdue).toBe(4);
  });

  it("explains the count, naming Good Friday and Easter Monday, and quotes the policy", () => {
    const text = assess(policy, record, "2027-03-26").explanation.join(" ");
    // 5 working days after Thu 25 Mar 2027 pass over Good Friday (Fri 26 Mar),
    // Easter Monday (Mon 29 Mar) and four weekend days (27, 28 Mar; 3, 4 Apr).
    expect(text).toContain(
      "Counting 5 working days after Thursday 25 March 2027, passing over Friday 26 March 2027 (Good Friday), Monday 29 March 2027 (Easter Monday), 4 weekend days, gives Monday 5 April 2027.",
    );
    expect(text).toContain("Good Friday");
    expect(text).toContain("Easter Monday");
    expect(text).toContain(
      '"Mutually agreeable way forward sought between practitioners to resolve the issues within 5 working days or a timescale that protects the adult from harm (whichever is less)"',
    );
    expect(text).toContain("Stage 1 (Between the professionals) is due by the end of Monday 5 April 2027; on Friday 26 March 2027 5 working days remain (on-track).");
  });
});

describe("Stage 1 steps (4.4)", () => {
  it("without the raise recorded, the raise is the next step, due Tue 29 Dec 2026", () => {
    // 2 working days after Wed 23 Dec: Thu 24 = 1, (Christmas Day, weekend, Boxing Day substitute) Tue 29 = 2.
    const result = assess(policy, accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [] }), "2026-12-24");
    expect(result.step).toMatchObject({ id: "raise-with-other-agency", due: "2026-12-29", overdue: false });
  });

  it("a raise done early, on Thu 24 Dec, brings the response forward to Thu 31 Dec", () => {
    // Response: 3 working days after Thu 24 Dec 2026: Fri 25 Christmas Day, Sat 26, Sun 27,
    // Mon 28 Boxing Day (substitute) passed over; Tue 29 = 1, Wed 30 = 2, Thu 31 = 3.
    const result = assess(
      policy,
      accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [{ type: "step-done", step: "raise-with-other-agency", on: "2026-12-24" }] }),
      "2026-12-24",
    );
    expect(result.step).toMatchObject({ id: "speak-to-concerned-professional", due: "2026-12-31", overdue: false });
    // The stage's own limit runs from the disagreement arising, and does not move.
    expect(result.due).toBe("2027-01-04");
  });

  it("a raise done on its own due day, Tue 29 Dec, keeps the response on Mon 4 Jan", () => {
    // Raise on Tue 29 Dec: 3 working days after: Wed 30 = 1, Thu 31 = 2, (New Year's Day, weekend) Mon 4 Jan = 3.
    const result = assess(
      policy,
      accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [{ type: "step-done", step: "raise-with-other-agency", on: "2026-12-29" }] }),
      "2026-12-29",
    );
    expect(result.step).toMatchObject({ id: "speak-to-concerned-professional", due: "2027-01-04" });
  });

  describe("resolved at Stage 1 on Wed 30 Dec 2026: the outcome confirmed in writing within a further 2 working days", () => {
    const events = [
      { type: "step-done", step: "raise-with-other-agency", on: "2026-12-24" },
      { type: "step-done", step: "speak-to-concerned-professional", on: "2026-12-29" },
      { type: "resolved", stage: "stage-1", on: "2026-12-30" },
    ];
    const record = accepted({ policy: "redbridge", raisedOn: "2026-12-23", events });

    it("owes the confirmation by Mon 4 Jan 2027", () => {
      // 2 working days after Wed 30 Dec: Thu 31 = 1; Fri 1 Jan New Year's Day, Sat 2,
      // Sun 3 passed over; Mon 4 Jan = 2.
      const result = assess(policy, record, "2026-12-30");
      expect(result.state).toBe("resolved");
      expect(result.workingDaysLeft).toBeNull();
      expect(result.escalateTo).toBeNull();
      expect(result.step).toBeNull();
      const confirm = result.duties.find((duty) => duty.id === "stage-1-confirm-outcome");
      expect(confirm).toMatchObject({ kind: "confirm-in-writing", stage: "stage-1", afterResolution: true, due: "2027-01-04", overdue: false });
      // 4.4: "the receiving professional will confirm the outcome with the professional who has raised the concerns":
      // it goes to the concerned professional (until the reading changed, it was a step whose only role, the
      // receiving professional, was listed as its recipient).
      expect(ids(confirm?.to)).toEqual(["concerned-professional"]);
      expect(confirm?.what).toMatch(/^The receiving professional confirms the outcome in writing/);
      // Still not overdue on its due day.
      expect(assess(policy, record, "2027-01-04").duties.find((duty) => duty.id === "stage-1-confirm-outcome")?.overdue).toBe(false);
    });

    it("is overdue on Tue 5 Jan if not confirmed", () => {
      expect(assess(policy, record, "2027-01-05").duties.find((duty) => duty.id === "stage-1-confirm-outcome")).toMatchObject({ due: "2027-01-04", overdue: true });
    });

    it("can record the confirmation when it is made, after the resolution, and then no longer owes it", () => {
      // The confirmation can only happen after the resolution: a case must be able to say so.
      const json = {
        policy: "redbridge",
        raisedOn: "2026-12-23",
        events: [...events, { type: "duty-done", duty: "stage-1-confirm-outcome", on: "2027-01-04" }],
      };
      const parsed = parseCase(json, policy);
      expect(parsed.success ? [] : parsed.errors.map((error) => error.code)).toEqual([]);
      if (!parsed.success) return;
      expect(assess(policy, parsed.case, "2027-01-05").duties.map((duty) => duty.id)).not.toContain("stage-1-confirm-outcome");
    });
  });
});

describe("the risk cap: 'or a timescale that protects the adult from harm (whichever is less)'", () => {
  it("marks Stages 1 to 3 whicheverIsLess, Stage 4 not", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(plan.stages.map((stage) => [stage.id, stage.limit?.whicheverIsLess])).toEqual([
      ["stage-1", true],
      ["stage-2", true],
      ["stage-3", true],
      ["stage-4", false],
    ]);
  });

  it("a risk deadline of Fri 8 Jan 2027 caps Stages 2 and 3, not Stage 1 (earlier) or Stage 4", () => {
    const capped = schedule(policy, { raisedOn: "2026-12-23", riskDeadline: "2027-01-08" });
    // Stage 1: policy limit Mon 4 Jan (as in case 1) is before Fri 8 Jan    -> Mon 4 Jan, policy-limit
    // Stage 2: escalated Mon 4 Jan; policy limit Mon 11 Jan; Fri 8 Jan is earlier -> Fri 8 Jan, risk-deadline
    // Stage 3: referred without delay from Stage 2's (capped) end, Fri 8 Jan; 5 from Fri 8:
    //          Mon 11, Tue 12, Wed 13, Thu 14, Fri 15; Fri 8 Jan is earlier     -> Fri 8 Jan, risk-deadline
    // Stage 4: referred the same working day, Fri 8 Jan; the Chair's 5 from Fri 8:
    //          (Sat 9, Sun 10) Mon 11, Tue 12, Wed 13, Thu 14, Fri 15; not capped -> Fri 15 Jan, policy-limit
    expect(stageDues(capped)).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04", "policy-limit"],
      ["stage-2", "2027-01-04", "2027-01-08", "risk-deadline"],
      ["stage-3", "2027-01-08", "2027-01-08", "risk-deadline"],
      ["stage-4", "2027-01-08", "2027-01-15", "policy-limit"],
    ]);
    expect(escalateBys(capped)).toEqual([null, "2027-01-04", "2027-01-08", "2027-01-08"]);
    // The confirmations are not capped: they follow their own limits from the capped dates.
    //   Stage 2 confirm: 2 after Fri 8: (Sat 9, Sun 10) Mon 11, Tue 12 -> Tue 12 Jan
    //   Stage 3 confirm: 2 after Fri 8                                 -> Tue 12 Jan
    expect(confirmDues(capped).slice(1)).toEqual([
      ["stage-2-confirm-outcome", "2027-01-12"],
      ["stage-3-confirm-outcome", "2027-01-12"],
    ]);
  });

  it("is never later than without a risk deadline", () => {
    const plain = schedule(policy, { raisedOn: "2026-12-23" });
    for (const riskDeadline of ["2026-12-29", "2027-01-08", "2027-02-01"]) {
      const capped = schedule(policy, { raisedOn: "2026-12-23", riskDeadline });
      capped.stages.forEach((stage, position) => {
        const without = plain.stages[position]?.due as string;
        expect(stage.due !== null && stage.due <= without, `${riskDeadline} ${stage.id}`).toBe(true);
      });
    }
    // A risk deadline after every limit (Mon 1 Feb 2027) changes nothing.
    expect(stageDues(schedule(policy, { raisedOn: "2026-12-23", riskDeadline: "2027-02-01" }))).toEqual(stageDues(plain));
  });

  it("in an assessment, a risk deadline of Tue 29 Dec 2026 governs Stage 1", () => {
    const record = accepted({ policy: "redbridge", raisedOn: "2026-12-23", riskDeadline: "2026-12-29", events: [] });
    const result = assess(policy, record, "2026-12-24");
    expect(result.due).toBe("2026-12-29");
    expect(result.governedBy).toBe("risk-deadline");
    // (Thu 24, Tue 29]: Christmas Day, the weekend and Boxing Day (substitute) not counted; Tue 29 = 1.
    expect([result.state, result.workingDaysLeft]).toEqual(["due-soon", 1]);
    expect(result.explanation.join(" ")).toContain(
      "The case's risk deadline, Tuesday 29 December 2026, is earlier than the policy's Monday 4 January 2027, and governs: the limit says \"whichever is less\".",
    );
    // On Wed 30 Dec it is overdue by 1 working day, although the policy's own limit is days away.
    const overdue = assess(policy, record, "2026-12-30");
    expect([overdue.state, overdue.workingDaysOverdue]).toEqual(["overdue", 1]);
    expect(overdue.escalateTo?.requiredNow).toBe(true);
  });
});

describe("Stage 3: the text's five working days, not the flowchart's 2", () => {
  it("encodes 4.6's 5 working days from the referral, and records the flowchart's 2 as another reading", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(stageOf(plan, "stage-3").limit?.workingDays).toBe(5);
    expect(stageOf(plan, "stage-3").limit?.quote).toMatch(/^Following referral to senior managers, a resolution should be achieved within a further five working days/);
    const readings = policy.stages[2]?.limit?.otherReadings ?? [];
    expect(readings.map((reading) => [reading.workingDays, reading.source.section])).toEqual([[2, "Flowchart — Stage 3"]]);
  });

  describe("a case that entered Stage 2 on Mon 4 Jan and Stage 3 on Mon 11 Jan 2027", () => {
    // Stage 2 was due 5 working days after Mon 4 Jan: Tue 5, Wed 6, Thu 7, Fri 8, (Sat 9, Sun 10) Mon 11 Jan,
    // so the referral to senior managers "without delay" was due Mon 11 Jan, and was made then.
    // Stage 3 due: 5 working days after the referral, Mon 11 Jan: Tue 12, Wed 13, Thu 14, Fri 15,
    // (Sat 16, Sun 17) Mon 18 -> Mon 18 Jan 2027. (Under the flowchart's 2: Tue 12, Wed 13 -> Wed 13 Jan.)
    const record = accepted({
      policy: "redbridge",
      raisedOn: "2026-12-23",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-11" },
      ],
    });

    it("is due Mon 18 Jan: on Thu 14 Jan, a day after the flowchart's date, it is still on track", () => {
      const tuesday = assess(policy, record, "2027-01-12");
      expect(tuesday.stage).toMatchObject({ id: "stage-3", start: "2027-01-11" });
      expect(tuesday.due).toBe("2027-01-18");
      // (Tue 12, Mon 18]: Wed 13, Thu 14, Fri 15, Mon 18 = 4.
      expect([tuesday.state, tuesday.workingDaysLeft]).toEqual(["on-track", 4]);
      // The referral is the entry into Stage 3, not a step of it: nothing is outstanding for it.
      expect(tuesday.step).toBeNull();
      expect(tuesday.history.map((h) => [h.id, h.escalateBy, h.enteredOnTime])).toEqual([
        ["stage-1", null, null],
        ["stage-2", "2027-01-04", true],
        ["stage-3", "2027-01-11", true],
      ]);
      // (Thu 14, Mon 18]: Fri 15, Mon 18 = 2.
      const thursday = assess(policy, record, "2027-01-14");
      expect([thursday.state, thursday.workingDaysLeft]).toEqual(["on-track", 2]);
      // (Mon 18, Tue 19] = 1.
      const nextTuesday = assess(policy, record, "2027-01-19");
      expect([nextTuesday.state, nextTuesday.workingDaysOverdue]).toEqual(["overdue", 1]);
    });

    it("goes next to the Chair, copying the Business Manager; on Tue 19 Jan the same-working-day referral is late", () => {
      // 4.9: referred "within the same working day" Stage 3's time runs out, Mon 18 Jan.
      const result = assess(policy, record, "2027-01-19");
      expect(escalateStage(result)).toBe("stage-4");
      expect(result.escalateTo?.by).toBe("2027-01-18");
      expect(result.escalateTo?.overdue).toBe(true);
      expect(result.escalateTo?.requiredNow).toBe(true);
      expect(result.escalateTo?.reason).toContain("The time to escalate the case into Stage 4 (Independent Chair of the RSAB) has passed");
      expect(ids(result.escalateTo?.actors.receiving)).toEqual(["rsab-chair"]);
      expect(ids(result.escalateTo?.notify)).toEqual(["rsab-chair"]);
      expect(ids(result.escalateTo?.copyTo)).toEqual(["rsab-business-manager"]);
    });
  });

  it("at Stage 2, the next stage (3) is already copied to the Business Manager, and no escalation step is left owing", () => {
    const record = accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-04" }] });
    const result = assess(policy, record, "2027-01-05");
    // Stage 2 from Mon 4 Jan: Tue 5, Wed 6, Thu 7, Fri 8, (Sat 9, Sun 10) Mon 11.
    expect(result.due).toBe("2027-01-11");
    // (Tue 5, Mon 11]: Wed 6, Thu 7, Fri 8, Mon 11 = 4.
    expect([result.state, result.workingDaysLeft]).toEqual(["on-track", 4]);
    expect(escalateStage(result)).toBe("stage-3");
    expect(ids(result.escalateTo?.copyTo)).toEqual(["rsab-business-manager"]);
    // The referral to senior managers is due without delay once Stage 2 ends: Mon 11 Jan.
    expect(result.escalateTo?.by).toBe("2027-01-11");
    // Until the reading changed, the escalation to line managers was a step of Stage 2, listed here as overdue
    // although entering Stage 2 on Mon 4 Jan was that escalation. It is Stage 2's escalateBy, met on the day.
    expect(result.step).toBeNull();
    expect(result.history.at(-1)).toMatchObject({ id: "stage-2", escalateBy: "2027-01-04", enteredOnTime: true });
  });
});

describe("Stage 4: the RSAB Chair's recommendations", () => {
  // Stage 2 entered Mon 4 Jan, Stage 3 Mon 11 Jan, Stage 4 Wed 13 Jan 2027 (early: Stage 3 was due Mon 18 Jan).
  // Stage 4's escalateBy: the same working day as Stage 3's end (Wed 13 Jan), which is before its due: Wed 13 Jan.
  // The Chair's recommendations: 5 working days after Wed 13 Jan: Thu 14, Fri 15, (Sat 16, Sun 17) Mon 18, Tue 19,
  // Wed 20 -> Wed 20 Jan 2027.
  const events = [
    { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
    { type: "stage-entered", stage: "stage-3", on: "2027-01-11" },
  ];
  const record = accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [...events, { type: "stage-entered", stage: "stage-4", on: "2027-01-13" }] });

  it("on the day of referral, the Chair has 5 working days", () => {
    const result = assess(policy, record, "2027-01-13");
    expect(result.stage).toMatchObject({ id: "stage-4", start: "2027-01-13" });
    expect([result.state, result.due, result.workingDaysLeft]).toEqual(["on-track", "2027-01-20", 5]);
    expect(result.limit?.quote).toBe("The RSAB Chair will make recommendations within five working days of the issue being brought to his/her attention.");
    expect(result.history.at(-1)).toMatchObject({ escalateBy: "2027-01-13", enteredOnTime: true });
    // Nothing follows the Chair: "The RSAB is not an operational body and cannot direct the actions of partner agencies."
    expect(result.escalateTo).toBeNull();
  });

  it("overdue the day after, Thu 21 Jan, with nowhere further to go", () => {
    // (Wed 20, Thu 21] = 1.
    const result = assess(policy, record, "2027-01-21");
    expect([result.state, result.workingDaysOverdue]).toEqual(["overdue", 1]);
    expect(result.escalateTo).toBeNull();
  });

  it("a referral on Tue 19 Jan, the day after Stage 3's time ran out, was late; the Chair's 5 days run from it", () => {
    // escalateBy: Stage 3's due, Mon 18 Jan, is earlier than its end (Tue 19): Mon 18 Jan.
    // The Chair: 5 working days after Tue 19 Jan: Wed 20, Thu 21, Fri 22, (Sat 23, Sun 24) Mon 25, Tue 26 Jan.
    const late = accepted({ policy: "redbridge", raisedOn: "2026-12-23", events: [...events, { type: "stage-entered", stage: "stage-4", on: "2027-01-19" }] });
    const result = assess(policy, late, "2027-01-19");
    expect(result.due).toBe("2027-01-26");
    expect(result.history.at(-1)).toMatchObject({ id: "stage-4", escalateBy: "2027-01-18", enteredOnTime: false });
    expect(result.history.at(-2)).toMatchObject({ id: "stage-3", due: "2027-01-18", completed: "2027-01-19", onTime: false });
    expect(result.explanation.join("\n")).toContain("It was escalated into this stage late: the text gives until Monday 18 January 2027");
  });
});

describe("4.1 immediate risk: escalate to a manager and/or safeguarding lead immediately", () => {
  it("is a route in the schedule due the same working day, and moves no stage", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: ["immediate-risk"] });
    expect(plan.routes.map((route) => [route.id, route.effect, ids(route.to), route.due])).toEqual([
      [IMMEDIATE_RISK, "notify", ["manager", "safeguarding-lead"], "2026-12-23"],
    ]);
    expect(stageDues(plan)).toEqual(stageDues(schedule(policy, { raisedOn: "2026-12-23" })));
  });

  it("is owed as an outstanding duty due that day, overdue the next, and gone once done", () => {
    const json = { policy: "redbridge", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] as unknown[] };
    const sameDay = assess(policy, accepted(json), "2026-12-23");
    expect(sameDay.duties.find((duty) => duty.id === IMMEDIATE_RISK)).toMatchObject({ kind: "notify", due: "2026-12-23", overdue: false });
    // It does not by itself make Stage 2 required now.
    expect(sameDay.escalateTo?.requiredNow).toBe(false);
    const nextDay = assess(policy, accepted(json), "2026-12-24");
    expect(nextDay.duties.find((duty) => duty.id === IMMEDIATE_RISK)).toMatchObject({ due: "2026-12-23", overdue: true });
    const done = assess(policy, accepted({ ...json, events: [{ type: "duty-done", duty: IMMEDIATE_RISK, on: "2026-12-23" }] }), "2026-12-24");
    expect(done.duties.map((duty) => duty.id)).not.toContain(IMMEDIATE_RISK);
  });

  it("raised on Christmas Day 2026, is due on Tue 29 Dec", () => {
    // Fri 25 Dec Christmas Day, Sat 26, Sun 27, Mon 28 Boxing Day (substitute) are not
    // working days; the next working day is Tue 29 Dec 2026.
    const plan = schedule(policy, { raisedOn: "2026-12-25", flags: ["immediate-risk"] });
    expect(plan.routes.map((route) => [route.id, route.due])).toEqual([[IMMEDIATE_RISK, "2026-12-29"]]);
  });

  it("raised on Saturday 9 January 2027, is due on Mon 11 Jan", () => {
    const plan = schedule(policy, { raisedOn: "2027-01-09", flags: ["immediate-risk"] });
    expect(plan.routes.map((route) => [route.id, route.due])).toEqual([[IMMEDIATE_RISK, "2027-01-11"]]);
  });
});

describe("4.7 policy issues: the route to the Chair applies at Stage 3 (atStages)", () => {
  const flags = ["raises-policy-issues"] as const;

  it("at Stage 3 makes the referral to the Chair required now, quoting 4.7", () => {
    const record = accepted({
      policy: "redbridge",
      raisedOn: "2026-12-23",
      flags,
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-04" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-11" },
      ],
    });
    const result = assess(policy, record, "2027-01-11");
    expect(escalateStage(result)).toBe("stage-4");
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toContain(STAGE_4_7_QUOTE);
  });

  it("at Stage 1 does not send the case to the Chair", () => {
    const result = assess(policy, accepted({ policy: "redbridge", raisedOn: "2026-12-23", flags, events: [] }), "2026-12-24");
    expect(escalateStage(result)).toBe("stage-2");
    expect(result.escalateTo?.requiredNow).toBe(false);
  });

  it("does not pass over Stages 1 and 2 in the schedule", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags });
    // As in case 1: Stage 1 due Mon 4 Jan 2027, Stage 2 due Mon 11 Jan 2027.
    expect(stageDues(plan).slice(0, 2)).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04", "policy-limit"],
      ["stage-2", "2027-01-04", "2027-01-11", "policy-limit"],
    ]);
  });

  it("does not let a case enter Stage 4 straight from Stage 1 (stage-skipped)", () => {
    const result = parseCase({ policy: "redbridge", raisedOn: "2026-12-23", flags, events: [{ type: "stage-entered", stage: "stage-4", on: "2026-12-24" }] }, policy);
    expect(result.success ? [] : result.errors.map((error) => error.code)).toEqual(["stage-skipped"]);
  });
});
