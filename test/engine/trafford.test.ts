// Trafford's deadline engine, checked against dates worked out by hand.
//
// Every expected date below was counted on paper, day by day, from the
// England and Wales bank holidays (GOV.UK) and the policy text in
// policies/trafford.json and test/fixtures/seeds/trafford.txt. No expected
// value is computed with the library.
//
// The rule ("Working days: the contract", README): "within N working days of
// X" is the N-th working day strictly after X (X itself never counts).
//
// Trafford's ladder (policies/trafford.json):
//   Stage 1: 1 working day from the disagreement arising ("within one working day").
//   Stage 2: 2, Stage 3: 2, Stage 4: 5 working days, each from the completion of
//   the stage before. So, each stage running to its limit, Stages 1-4 end on
//   working days 1, 3, 5 and 10 after the disagreement arose.
//   Stage 5 (the Independent Chair) has no limit of its own; the referral to the
//   Chair is due within 5 working days of the completion of Stage 4 (its
//   escalateBy; Stage 4 counting as complete on the day it ended or its due date,
//   whichever is earlier): working day 15. No body follows Stage 5.
//
// The calendars used (England and Wales):
//
//   December 2026 / January 2027, counting working days after Wed 23 Dec 2026:
//     Thu 24 Dec  1
//     Fri 25 Dec  -  Christmas Day
//     Sat 26, Sun 27 Dec  -  weekend
//     Mon 28 Dec  -  Boxing Day (substitute: 26 Dec is a Saturday)
//     Tue 29 Dec  2     Wed 30 Dec  3     Thu 31 Dec  4
//     Fri  1 Jan  -  New Year's Day
//     Sat  2, Sun 3 Jan  -  weekend
//     Mon  4 Jan  5     Tue  5 Jan  6     Wed  6 Jan  7     Thu  7 Jan  8     Fri  8 Jan  9
//     (Sat 9, Sun 10 weekend)
//     Mon 11 Jan 10     Tue 12 Jan 11     Wed 13 Jan 12     Thu 14 Jan 13     Fri 15 Jan 14
//     (Sat 16, Sun 17 weekend)
//     Mon 18 Jan 15
//
//   March / April 2027 (1 Jan 2027 is a Friday, so 1 Feb and 1 Mar 2027 are Mondays),
//   counting working days after Thu 25 Mar 2027:
//     Fri 26 Mar  -  Good Friday
//     Sat 27, Sun 28 Mar  -  weekend
//     Mon 29 Mar  -  Easter Monday
//     Tue 30 Mar  1     Wed 31 Mar  2     Thu  1 Apr  3     Fri  2 Apr  4
//     (Sat 3, Sun 4 weekend)
//     Mon  5 Apr  5     Tue  6 Apr  6     Wed  7 Apr  7     Thu  8 Apr  8     Fri  9 Apr  9
//     (Sat 10, Sun 11 weekend)
//     Mon 12 Apr 10     Tue 13 Apr 11     Wed 14 Apr 12     Thu 15 Apr 13     Fri 16 Apr 14
//     (Sat 17, Sun 18 weekend)
//     Mon 19 Apr 15
//
//   January 2027, counting working days after Sat 9 Jan 2027 (no bank holidays):
//     (Sat 9, Sun 10 weekend; the start day never counts)
//     Mon 11 Jan  1     Tue 12 Jan  2     Wed 13 Jan  3     Thu 14 Jan  4     Fri 15 Jan  5
//     Mon 18 Jan  6     Tue 19 Jan  7     Wed 20 Jan  8     Thu 21 Jan  9     Fri 22 Jan 10
//     Mon 25 Jan 11     Tue 26 Jan 12     Wed 27 Jan 13     Thu 28 Jan 14     Fri 29 Jan 15
import { describe, expect, it } from "vitest";
import { acceptedCase, ids } from "./helpers.js";
import { assess, parseCase, policies, schedule, type Case } from "../../src/index.js";

const policy = policies.trafford;
const caseOf = (input: unknown): Case => acceptedCase(policy, input);



describe("trafford: a disagreement raised on Wed 23 December 2026 (Christmas)", () => {
  const plan = schedule(policy, { raisedOn: "2026-12-23" });

  it("gives every stage's due date: 1, 2, 2, 5 working days, each from the stage before; the referral to the Chair 5 more", () => {
    // Stage 1: 1 working day after Wed 23 Dec: Thu 24 Dec.                                        -> Thu 24 Dec 2026
    // Stage 2: 2 after Thu 24 Dec: Fri 25 Christmas Day, Sat 26-Sun 27 weekend, Mon 28 Boxing Day
    //   (substitute) passed over; Tue 29 (1), Wed 30 (2).                                         -> Wed 30 Dec 2026
    // Stage 3: 2 after Wed 30 Dec: Thu 31 (1); Fri 1 Jan New Year's Day, Sat 2-Sun 3 weekend
    //   passed over; Mon 4 Jan (2).                                                               -> Mon 4 Jan 2027
    // Stage 4: 5 after Mon 4 Jan: Tue 5, Wed 6, Thu 7, Fri 8, (weekend 9-10), Mon 11.            -> Mon 11 Jan 2027
    // Stage 5: no limit of its own.
    // Referral to the Chair: 5 after Mon 11 Jan: Tue 12, Wed 13, Thu 14, Fri 15, (weekend 16-17), Mon 18. -> Mon 18 Jan 2027
    // Cumulatively working days 1, 3, 5, 10 of the header's count, and 15 for the referral.
    expect(plan.stages.map((s) => s.due)).toEqual(["2026-12-24", "2026-12-30", "2027-01-04", "2027-01-11", null]);
    expect(plan.stages.map((s) => s.escalateBy)).toEqual([null, null, null, null, "2027-01-18"]);
    // Stage 5 begins at the latest on the referral's last day.
    expect(plan.stages.map((s) => s.start)).toEqual(["2026-12-23", "2026-12-24", "2026-12-30", "2027-01-04", "2027-01-18"]);
    expect(plan.stages.map((s) => s.skipped)).toEqual([false, false, false, false, false]);
    expect(plan.stages.map((s) => s.limit?.workingDays ?? null)).toEqual([1, 2, 2, 5, null]);
    expect(plan.stages[4]?.escalateByLimit?.workingDays).toBe(5);
    // Nothing follows Stage 5 in Trafford's protocol.
    expect(plan.final).toBeNull();
    expect(plan.calendar.confirmed).toBe(true);
  });
});

describe("trafford: a disagreement raised on Thu 25 March 2027 (Easter)", () => {
  it("passes over Good Friday and Easter Monday", () => {
    // Stage 1: 1 after Thu 25 Mar: Fri 26 Good Friday, Sat 27-Sun 28 weekend, Mon 29 Easter Monday; Tue 30 Mar.
    // Stage 2: 2 after Tue 30 Mar: Wed 31 (1), Thu 1 Apr (2).
    // Stage 3: 2 after Thu 1 Apr: Fri 2 (1), (weekend 3-4), Mon 5 Apr (2).
    // Stage 4: 5 after Mon 5 Apr: Tue 6, Wed 7, Thu 8, Fri 9, (weekend 10-11), Mon 12 Apr.
    // Referral to the Chair (Stage 5): 5 after Mon 12 Apr: Tue 13, Wed 14, Thu 15, Fri 16, (weekend 17-18), Mon 19 Apr.
    const plan = schedule(policy, { raisedOn: "2027-03-25" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-03-30", "2027-04-01", "2027-04-05", "2027-04-12", null]);
    expect(plan.stages[4]?.escalateBy).toBe("2027-04-19");
  });

  it("the explanation names Good Friday and Easter Monday and quotes the policy", () => {
    // On Wed 31 Mar Stage 1 (due Tue 30 Mar) is overdue by 1 working day (Wed 31).
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2027-03-25", events: [] }), "2027-03-31");
    expect(result.due).toBe("2027-03-30");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysOverdue).toBe(1);
    const text = result.explanation.join("\n");
    expect(text).toContain("Initial attempts should be made to resolve the problem within one working day.");
    expect(text).toContain("Good Friday");
    expect(text).toContain("Easter Monday");
    expect(text).toContain(
      "Counting 1 working day after Thursday 25 March 2027, passing over Friday 26 March 2027 (Good Friday), Monday 29 March 2027 (Easter Monday), 2 weekend days, gives Tuesday 30 March 2027.",
    );
  });
});

describe("trafford: a disagreement raised at the weekend", () => {
  it("Sat 9 January 2027: 'within one working day' of Saturday is Monday", () => {
    // Sat 9 is the start (never counts), Sun 10 weekend: Stage 1 Mon 11 Jan (1).
    // Stage 2: Tue 12 (1), Wed 13 (2). Stage 3: Thu 14, Fri 15. Stage 4: Mon 18, Tue 19, Wed 20, Thu 21, Fri 22.
    // Referral to Stage 5: Mon 25, Tue 26, Wed 27, Thu 28, Fri 29 Jan. (Working days 1, 3, 5, 10; 15.)
    const plan = schedule(policy, { raisedOn: "2027-01-09" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-01-11", "2027-01-13", "2027-01-15", "2027-01-22", null]);
    expect(plan.stages[4]?.escalateBy).toBe("2027-01-29");
    expect(plan.stages[0]?.start).toBe("2027-01-09");
  });

  it("Sun 10 January 2027 gives the same dates as the Saturday", () => {
    // Sun 10 never counts; Mon 11 is working day 1 as before.
    const plan = schedule(policy, { raisedOn: "2027-01-10" });
    expect(plan.stages.map((s) => s.due)).toEqual(["2027-01-11", "2027-01-13", "2027-01-15", "2027-01-22", null]);
    expect(plan.stages[4]?.escalateBy).toBe("2027-01-29");
  });

  it("on the Saturday, Stage 1 is due soon: 1 working day left", () => {
    // Working days in (Sat 9, Mon 11]: Mon 11 = 1.
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2027-01-09", events: [] }), "2027-01-09");
    expect(result.due).toBe("2027-01-11");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });
});

describe("trafford: assessing around Stage 3's due date, from the stages' actual completions", () => {
  // Raised Wed 23 Dec 2026. Stage 2 entered Thu 24 Dec (Stage 1 completes then); Stage 3 entered early,
  // Tue 29 Dec (Stage 2 completes then).
  const record = caseOf({
    policy: "trafford",
    raisedOn: "2026-12-23",
    events: [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
      { type: "stage-entered", stage: "stage-3", on: "2026-12-29" },
    ],
  });
  // Stage 3: 2 working days after Tue 29 Dec (Stage 2's completion): Wed 30 (1), Thu 31 Dec (2).

  it("Tue 29 Dec: on track, 2 working days left; Stage 4 next", () => {
    const result = assess(policy, record, "2026-12-29");
    expect(result.stage).toEqual({ id: "stage-3", number: 3, title: "Senior Management", start: "2026-12-29" });
    expect(result.due).toBe("2026-12-31");
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(2);
    expect(result.escalateTo?.stage?.number).toBe(4);
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(ids(result.escalateTo?.actors.receiving ?? [])).toEqual(["head-of-service", "director-of-nursing", "designated-safeguarding-lead"]);
  });

  it("Wed 30 Dec: due soon, 1 working day left", () => {
    const result = assess(policy, record, "2026-12-30");
    expect(result.state).toBe("due-soon");
    expect(result.workingDaysLeft).toBe(1);
  });

  it("Thu 31 Dec: due today", () => {
    const result = assess(policy, record, "2026-12-31");
    expect(result.state).toBe("due-today");
    expect(result.workingDaysLeft).toBe(0);
    expect(result.workingDaysOverdue).toBeNull();
  });

  it("Fri 1 Jan 2027 (New Year's Day): overdue, but by 0 working days, since the holiday is not one", () => {
    // Working days in (Thu 31 Dec, Fri 1 Jan]: none; 1 Jan is New Year's Day.
    const result = assess(policy, record, "2027-01-01");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysOverdue).toBe(0);
    expect(result.escalateTo?.requiredNow).toBe(true);
  });

  it("Mon 4 Jan 2027: overdue by 1 working day; Stage 4 required now", () => {
    // Working days in (Thu 31 Dec, Mon 4 Jan]: (1 Jan New Year's Day, 2-3 weekend) Mon 4 = 1.
    const result = assess(policy, record, "2027-01-04");
    expect(result.state).toBe("overdue");
    expect(result.workingDaysLeft).toBeNull();
    expect(result.workingDaysOverdue).toBe(1);
    expect(result.escalateTo?.stage).toEqual({ id: "stage-4", number: 4, title: "Head of Service / Designated Safeguarding Lead" });
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe("Stage 3 (Senior Management) is overdue.");
    expect(result.escalateTo?.by).toBe("2027-01-04");
  });

  it("Stage 2's due ran from Stage 1's actual completion, Thu 24 Dec: Tue 29 (1), Wed 30 Dec (2)", () => {
    const atStage2 = caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }] });
    expect(assess(policy, atStage2, "2026-12-24").due).toBe("2026-12-30");
  });

  it("a late Stage 3 runs from its own later start: entered Mon 4 Jan, due Tue 5 (1), Wed 6 Jan (2)", () => {
    const late = caseOf({
      policy: "trafford",
      raisedOn: "2026-12-23",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-04" },
      ],
    });
    expect(assess(policy, late, "2027-01-04").due).toBe("2027-01-06");
  });
});

describe("trafford: the referral to the Independent Chair (Stage 5), within 5 working days (Christmas 2026)", () => {
  // Raised Wed 23 Dec 2026; Stage 2 entered Thu 24 Dec, Stage 3 Wed 30 Dec, Stage 4 Mon 4 Jan 2027.
  // Stage 4: 5 working days after Stage 3's completion, Mon 4 Jan: Tue 5, Wed 6, Thu 7, Fri 8, (weekend 9-10),
  //   Mon 11 Jan.                                                                     -> due Mon 11 Jan 2027
  // Referral to the Chair: 5 working days after Stage 4's completion (not yet ended, so its due, Mon 11 Jan):
  //   Tue 12, Wed 13, Thu 14, Fri 15, (weekend 16-17), Mon 18 Jan.                     -> by Mon 18 Jan 2027
  const before = [
    { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
    { type: "stage-entered", stage: "stage-3", on: "2026-12-30" },
    { type: "stage-entered", stage: "stage-4", on: "2027-01-04" },
  ];
  const record = caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: before });
  const quote = "Where it has not been possible to resolve the professional disagreement at Stage Four, the matter must be referred to the Independent Chair of the SAB. Again, this should be done within 5 working days.";

  it("Mon 11 Jan: Stage 4 due today; the referral is due by Mon 18 Jan, not required yet", () => {
    const result = assess(policy, record, "2027-01-11");
    expect([result.state, result.due]).toEqual(["due-today", "2027-01-11"]);
    expect(result.escalateTo?.stage?.number).toBe(5);
    expect(result.escalateTo?.by).toBe("2027-01-18");
    expect(result.escalateTo?.limit).toMatchObject({ workingDays: 5, quote });
    expect(result.escalateTo?.requiredNow).toBe(false);
    expect(result.escalateTo?.overdue).toBe(false);
  });

  it("Tue 12 Jan: Stage 4 overdue by 1 working day, escalation required now; the referral still has until Mon 18 Jan", () => {
    const result = assess(policy, record, "2027-01-12");
    expect([result.state, result.workingDaysOverdue]).toEqual(["overdue", 1]);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe("Stage 4 (Head of Service / Designated Safeguarding Lead) is overdue.");
    expect(result.escalateTo?.by).toBe("2027-01-18");
    expect(result.escalateTo?.overdue).toBe(false);
  });

  it("Tue 19 Jan: the referral is late, and the reason quotes Stage 5's words", () => {
    // Working days in (Mon 11, Tue 19 Jan]: Tue 12, Wed 13, Thu 14, Fri 15, Mon 18, Tue 19 = 6.
    const result = assess(policy, record, "2027-01-19");
    expect(result.workingDaysOverdue).toBe(6);
    expect(result.escalateTo?.overdue).toBe(true);
    expect(result.escalateTo?.requiredNow).toBe(true);
    expect(result.escalateTo?.reason).toBe(
      `The time to escalate the case into Stage 5 (Independent Chair of the Safeguarding Adults Board (SAB)) has passed: "${quote}" (2. Stages of escalation — Stage 5).`,
    );
  });

  it("referred on Fri 15 Jan: in time; Stage 5 has no due date and nothing follows it", () => {
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: [...before, { type: "stage-entered", stage: "stage-5", on: "2027-01-15" }] }), "2027-01-20");
    expect(result.stage).toMatchObject({ id: "stage-5", start: "2027-01-15" });
    expect([result.state, result.due, result.workingDaysLeft, result.workingDaysOverdue]).toEqual(["no-time-limit", null, null, null]);
    expect(result.history.at(-1)).toMatchObject({ id: "stage-5", escalateBy: "2027-01-18", enteredOnTime: true, due: null, completed: null, onTime: null });
    expect(result.escalateTo).toBeNull();
  });

  it("referred on Tue 19 Jan: entered late", () => {
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: [...before, { type: "stage-entered", stage: "stage-5", on: "2027-01-19" }] }), "2027-01-19");
    expect(result.history.at(-1)).toMatchObject({ id: "stage-5", escalateBy: "2027-01-18", enteredOnTime: false });
    expect(result.explanation.join("\n")).toContain("It was escalated into this stage late: the text gives until Monday 18 January 2027");
  });
});

describe("trafford: the last stage", () => {
  it("at Stage 5 there is no due date and nowhere further to escalate", () => {
    // Raised Sat 9 Jan 2027; stages entered on their due dates; Stage 5 entered Fri 22 Jan, Stage 4's due
    // (5 working days after Fri 15 Jan: Mon 18, Tue 19, Wed 20, Thu 21, Fri 22).
    // Until the reading changed, Stage 5 was due 5 working days later (Fri 29 Jan) and overdue on Mon 1 Feb; that
    // time is now the referral's: Mon 25, Tue 26, Wed 27, Thu 28, Fri 29 Jan, which Fri 22 Jan meets.
    const record = caseOf({
      policy: "trafford",
      raisedOn: "2027-01-09",
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2027-01-11" },
        { type: "stage-entered", stage: "stage-3", on: "2027-01-13" },
        { type: "stage-entered", stage: "stage-4", on: "2027-01-15" },
        { type: "stage-entered", stage: "stage-5", on: "2027-01-22" },
      ],
    });
    const result = assess(policy, record, "2027-02-01");
    expect(result.stage.number).toBe(5);
    expect(result.due).toBeNull();
    expect(result.state).toBe("no-time-limit");
    expect(result.history.at(-1)).toMatchObject({ escalateBy: "2027-01-29", enteredOnTime: true });
    expect(result.escalateTo).toBeNull();
  });
});

describe("trafford: Complex High Risk cases (section 3)", () => {
  const both = ["polarised-views", "time-pressure"] as const;

  it("polarised views under time pressure: the round-table of senior managers applies, with no time limit, and moves no stage", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23", flags: [...both] });
    expect(plan.routes.map((route) => [route.id, route.effect, ids(route.to), route.due])).toEqual([["complex-high-risk-round-table", "notify", ["senior-managers"], null]]);
    // As without flags: Stages 1-4 due Thu 24 Dec, Wed 30 Dec, Mon 4 Jan, Mon 11 Jan.
    expect(plan.stages.map((s) => s.due)).toEqual(["2026-12-24", "2026-12-30", "2027-01-04", "2027-01-11", null]);
  });

  it("either fact alone is not a Complex High Risk case", () => {
    expect(schedule(policy, { raisedOn: "2026-12-23", flags: ["polarised-views"] }).routes).toEqual([]);
    expect(schedule(policy, { raisedOn: "2026-12-23", flags: ["time-pressure"] }).routes).toEqual([]);
  });

  it("assess: the round-table is owed, undated, without making escalation required now", () => {
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", flags: [...both], events: [] }), "2026-12-23");
    expect(result.duties.find((duty) => duty.id === "complex-high-risk-round-table")).toMatchObject({ kind: "notify", due: null, overdue: false });
    expect(result.escalateTo?.requiredNow).toBe(false);
  });
});

describe("trafford: immediate risk lets a case start at any stage", () => {
  const atStage3 = (flags: string[]) => ({
    policy: "trafford",
    raisedOn: "2026-12-23",
    flags,
    events: [{ type: "stage-entered", stage: "stage-3", on: "2026-12-23" }],
  });

  it("parseCase accepts a first event entering Stage 3 with the immediate-risk flag", () => {
    expect(parseCase(atStage3(["immediate-risk"]), policy).success).toBe(true);
  });

  it("parseCase refuses it without the flag: stage-skipped", () => {
    const result = parseCase(atStage3([]), policy);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((e) => e.code)).toEqual(["stage-skipped"]);
    expect(result.errors[0]?.path).toEqual(["events", 0, "stage"]);
  });

  it("entering Stage 4 straight from Stage 1 with the flag is accepted too, without it refused", () => {
    const at4 = (flags: string[]) => ({ policy: "trafford", raisedOn: "2026-12-23", flags, events: [{ type: "stage-entered", stage: "stage-4", on: "2026-12-24" }] });
    expect(parseCase(at4(["immediate-risk"]), policy).success).toBe(true);
    const refused = parseCase(at4([]), policy);
    expect(refused.success ? [] : refused.errors.map((e) => e.code)).toEqual(["stage-skipped"]);
  });

  it("assess: Stage 3 entered the day raised is due 2 working days later, passing over Christmas", () => {
    // Stage 2 passed over, completing when Stage 3 is entered, Wed 23 Dec. 2 working days after Wed 23 Dec:
    // Thu 24 (1); Fri 25 Christmas Day, Sat 26-Sun 27 weekend, Mon 28 Boxing Day; Tue 29 Dec (2).
    const result = assess(policy, caseOf(atStage3(["immediate-risk"])), "2026-12-23");
    expect(result.stage).toEqual({ id: "stage-3", number: 3, title: "Senior Management", start: "2026-12-23" });
    expect(result.due).toBe("2026-12-29");
    expect(result.state).toBe("on-track");
    expect(result.workingDaysLeft).toBe(2);
  });
});

describe("trafford: what follows a resolution", () => {
  // Raised Wed 23 Dec 2026; Stage 2 entered Thu 24 Dec; resolved at Stage 2 on Wed 30 Dec.
  const open = [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }];
  const resolved = [...open, { type: "resolved", stage: "stage-2", on: "2026-12-30" }];
  const stage2After = [
    "stage-2-record-agreed-actions",
    "stage-2-share-with-operational-staff",
    "stage-2-confirm-in-writing",
    "stage-2-review-safeguarding-plan",
    "stage-2-escalation-record",
    "stage-2-check-implementation",
    "stage-2-cascade-learning",
  ];
  const everyStage = ["record-and-share-actions-and-decisions", "confirm-agreed-outcome-in-writing", "clear-record-all-parties"];

  it("while open, the after-resolution actions are not yet owed", () => {
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: open }), "2026-12-29");
    expect(ids(result.duties)).toEqual(everyStage);
  });

  it("once resolved, Stage 2's after-resolution actions appear, with the duties of every stage", () => {
    const result = assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", events: resolved }), "2026-12-30");
    expect(result.state).toBe("resolved");
    expect(result.stage.number).toBe(2);
    expect(result.workingDaysLeft).toBeNull();
    expect(result.workingDaysOverdue).toBeNull();
    expect(result.escalateTo).toBeNull();
    expect(ids(result.duties)).toEqual([...stage2After, ...everyStage]);
    expect(result.duties.filter((duty) => duty.afterResolution).map((duty) => duty.id)).toEqual(stage2After);
    expect(ids(result.duties.find((duty) => duty.id === "stage-2-share-with-operational-staff")?.to ?? [])).toEqual(["operational-staff"]);
    // "Complete the Escalation Record and log according to agency procedure.": a form.
    expect(result.duties.find((duty) => duty.id === "stage-2-escalation-record")).toMatchObject({ kind: "form", form: "Escalation Record" });
    // The text gives these actions no time: no due date, nothing overdue.
    expect(result.duties.every((duty) => duty.due === null && !duty.overdue)).toBe(true);
  });

  it("resolved at Stage 3, the Business Office keeps a copy; with raises-policy-issues, the gaps go to the Board", () => {
    const record = caseOf({
      policy: "trafford",
      raisedOn: "2026-12-23",
      flags: ["raises-policy-issues"],
      events: [
        { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
        { type: "stage-entered", stage: "stage-3", on: "2026-12-29" },
        { type: "resolved", stage: "stage-3", on: "2026-12-31" },
      ],
    });
    const result = assess(policy, record, "2026-12-31");
    expect(result.state).toBe("resolved");
    const duties = ids(result.duties);
    expect(duties).toContain("stage-3-business-office-copy");
    expect(duties).toContain("policy-gaps-to-board");
    expect(duties.some((id) => id.startsWith("stage-2-"))).toBe(false);
  });
});

describe("trafford: gaps in policies and procedures go to the Board Manager or the Independent Chair", () => {
  // 5. "If the process highlights gaps in policies and procedures this will be brought to the attention of the
  // Safeguarding Adults Board Manager or Independent Chair of the Safeguarding Adults Board."
  const owed = (flags: string[]): string[] => ids(assess(policy, caseOf({ policy: "trafford", raisedOn: "2026-12-23", flags, events: [] }), "2026-12-23").duties);

  it("a missing or unclear procedure (unclear-procedure) brings it, as policy issues (raises-policy-issues) do", () => {
    expect(owed(["unclear-procedure"])).toContain("policy-gaps-to-board");
    expect(owed(["raises-policy-issues"])).toContain("policy-gaps-to-board");
  });

  it("other cases do not", () => {
    expect(owed([])).not.toContain("policy-gaps-to-board");
    expect(owed(["immediate-risk"])).not.toContain("policy-gaps-to-board");
  });
});
