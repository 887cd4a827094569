// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/ladder.ts
// (commit 0854e15): each builds a small policy with parsePolicy and checks dates
// counted by hand. England and Wales bank holidays (GOV.UK) in the window used:
// Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027.
import { describe, expect, it } from "vitest";
import { assess, DateOutOfRangeError, forecast, schedule, type Policy } from "../../src/index.js";
import { acceptedCase, smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

const stepDues = (policy: Policy, raisedOn: string) => schedule(policy, { raisedOn }).stages.flatMap((one) => one.steps.map((found) => [found.id, found.due, found.governedBy]));

describe("a step whose limit runs from another step of the same stage", () => {
  it("is timed after that step even when the policy lists it first", () => {
    // Raised Wed 23 Dec 2026. Step a: 2 working days from then: Thu 24, Tue 29 Dec (25 and 28
    // are bank holidays). Step b, listed first, runs from a (not done): 1 working day after
    // Tue 29 Dec is Wed 30 Dec.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("b", workingDays(1, { step: "a" })), step("a", workingDays(2, { raised: true }))] })]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["b", "2026-12-30", "policy-limit"],
      ["a", "2026-12-29", "policy-limit"],
    ]);
  });

  it("is timed after the policy's first step when it runs from it, whatever order the stage times them in", () => {
    // The policy's first step (index 0) follows the resolution in the text but has a time from
    // the day raised; the step before it in time runs from it. Raised Wed 23 Dec 2026:
    // "record" 3 working days: Thu 24, Tue 29, Wed 30 Dec; "check" 1 working day after: Thu 31 Dec.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("record", workingDays(3, { raised: true }), { afterResolution: true }), step("check", workingDays(1, { step: "record" }))] })]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["record", "2026-12-30", "policy-limit"],
      ["check", "2026-12-31", "policy-limit"],
    ]);
  });

  it("leaves a step that follows the resolution to be timed after the stage's due date", () => {
    // Stage 1: 5 working days from Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan.
    // "report" follows the resolution, projected as the stage's last day (Mon 4 Jan): 2 working
    // days, Tue 5 and Wed 6 Jan. "check" runs from the stage's start (not a step): Thu 24 Dec.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("report", workingDays(2, { resolution: true }), { afterResolution: true }), step("check", workingDays(1, { startOf: "stage-1" }))] })]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["report", "2027-01-06", "policy-limit"],
      ["check", "2026-12-24", "policy-limit"],
    ]);
  });

  it("times a step that runs from one that follows the resolution after it, whatever order the policy lists them in", () => {
    // Stage 1: 5 working days from Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan
    // (25 and 28 Dec and 1 Jan are bank holidays). "report" follows the resolution, projected as
    // the stage's last day: 2 working days, Tue 5 and Wed 6 Jan. "follow" does not follow the
    // resolution but runs from "report": 1 working day after it, Thu 7 Jan. (Both were once left
    // with no date: "follow", timed before the stage's due, timed "report" too early.)
    const steps = [step("report", workingDays(2, { resolution: true }), { afterResolution: true }), step("follow", workingDays(1, { step: "report" }))];
    const expected = [
      ["report", "2027-01-06", "policy-limit"],
      ["follow", "2027-01-07", "policy-limit"],
    ];
    expect(stepDues(policyOf([stage(1, workingDays(5, { raised: true }), { steps })]), "2026-12-23")).toEqual(expected);
    expect(stepDues(policyOf([stage(1, workingDays(5, { raised: true }), { steps: [...steps].reverse() })]), "2026-12-23")).toEqual([...expected].reverse());
  });

  it("leaves open a step that runs from a step of a stage the case passes over", () => {
    // Stage 1 applies only to children; for an adult its step y is never timed, so Stage 2's
    // step x, 1 working day from y, has no date. Stage 2 itself: 5 working days from Wed 23 Dec
    // 2026 (the first stage that applies starts on the day raised): Thu 24, Tue 29, Wed 30,
    // Thu 31 Dec, Mon 4 Jan 2027.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), { when: { subject: "child" }, steps: [step("y", workingDays(1, { raised: true }))] }),
      stage(2, workingDays(5, { startOf: "stage-2" }), { steps: [step("x", workingDays(1, { step: "y" }))] }),
    ]);
    const stages = schedule(policy, { raisedOn: "2026-12-23", subject: "adult" }).stages;
    expect(stages.map((one) => [one.id, one.skipped, one.due])).toEqual([
      ["stage-1", true, null],
      ["stage-2", false, "2027-01-04"],
    ]);
    expect(stages[1]?.steps.map((found) => [found.id, found.due, found.governedBy])).toEqual([["x", null, null]]);
  });
});

describe("limits shared by a group", () => {
  it("leave a member its own date while the group's has none", () => {
    // The steps share a limit from the "meeting", not yet held, so it sets no date. Raised
    // Wed 23 Dec 2026: p, 2 working days: Thu 24, Tue 29 Dec; q, 3: Wed 30 Dec.
    const meeting = { id: "meeting", title: "strategy meeting", source: source("the strategy meeting") };
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("p", workingDays(2, { raised: true })), step("q", workingDays(3, { raised: true }))] })], {
      events: [meeting],
      sharedLimits: [{ id: "after-meeting", title: "Steps p and q", steps: ["p", "q"], limit: workingDays(1, { event: "meeting" }), source: source("p and q") }],
    });
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["p", "2026-12-29", "policy-limit"],
      ["q", "2026-12-30", "policy-limit"],
    ]);
  });

  it("hold each group to its own limit when the second group is timed first", () => {
    // Group 0: Stages 2 and 3, 6 working days from Wed 23 Dec 2026: Thu 24, Tue 29, Wed 30,
    // Thu 31 Dec, Mon 4, Tue 5 Jan. Group 1: Stage 1's steps p and q, 2 working days: Thu 24,
    // Tue 29 Dec (their own limits, 3 and 4 working days, would be Wed 30 and Thu 31 Dec).
    // Stage 1: 5 working days, Mon 4 Jan. Stage 2's own limit, 5 working days from then, Mon 11
    // Jan, and Stage 3's, 5 from Stage 2's end, come after the group's Tue 5 Jan.
    const policy = policyOf(
      [
        stage(1, workingDays(5, { raised: true }), { steps: [step("p", workingDays(3, { raised: true })), step("q", workingDays(4, { raised: true }))] }),
        stage(2, workingDays(5, { completionOf: "stage-1" })),
        stage(3, workingDays(5, { completionOf: "stage-2" })),
      ],
      {
        sharedLimits: [
          { id: "stages", title: "Stages 2 and 3", stages: ["stage-2", "stage-3"], limit: workingDays(6, { raised: true }), source: source("Stages 2 and 3") },
          { id: "steps", title: "Steps p and q", steps: ["p", "q"], limit: workingDays(2, { raised: true }), source: source("p and q") },
        ],
      },
    );
    const stages = schedule(policy, { raisedOn: "2026-12-23" }).stages;
    expect(stages.map((one) => [one.id, one.due, one.governedBy])).toEqual([
      ["stage-1", "2027-01-04", "policy-limit"],
      ["stage-2", "2027-01-05", "shared-limit"],
      ["stage-3", "2027-01-05", "shared-limit"],
    ]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["p", "2026-12-29", "shared-limit"],
      ["q", "2026-12-29", "shared-limit"],
    ]);
  });
});

describe("a stage the case passes over", () => {
  it("ends, for a schedule, when the stage before it does", () => {
    // Stage 2 applies only to children. For an adult raised Wed 23 Dec 2026: Stage 1, 5 working
    // days: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan. Stage 2, passed over (no dates of its
    // own), ends with it;
    // Stage 3 then starts Mon 4 Jan and runs 5 working days from Stage 2's end: Mon 11 Jan.
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" }), { when: { subject: "child" } }), stage(3, workingDays(5, { completionOf: "stage-2" }))]);
    expect(schedule(policy, { raisedOn: "2026-12-23", subject: "adult" }).stages.map((one) => [one.id, one.skipped, one.start, one.due])).toEqual([
      ["stage-1", false, "2026-12-23", "2027-01-04"],
      ["stage-2", true, null, null],
      ["stage-3", false, "2027-01-04", "2027-01-11"],
    ]);
  });

  it("ends, for a case, when the case enters a later stage", () => {
    // Stage 1 applies only to children; an adult's case starts at Stage 2 on Wed 23 Dec 2026 and
    // enters Stage 3 on Tue 29 Dec. Stage 1 (not applicable) ends then too, so Stage 3's limit,
    // 5 working days from Stage 1's end, runs Wed 30, Thu 31 Dec, Mon 4, Tue 5, Wed 6 Jan.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { when: { subject: "child" } }), stage(2, workingDays(5, { raised: true })), stage(3, workingDays(5, { completionOf: "stage-1" }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", subject: "adult", events: [{ type: "stage-entered", stage: "stage-3", on: "2026-12-29" }] });
    expect(assess(policy, record, "2026-12-30")).toMatchObject({ due: "2027-01-06", governedBy: "policy-limit" });
  });
});

describe("a clock stopped near the end of the supported range", () => {
  const policy = () => policyOf([stage(1, { calendarDays: 10, from: { raised: true }, source: source("within 10 days") })], { clockStops: { source: source("the clock may be stopped") } });
  const stopped = (restarted: string) => [
    { type: "clock-stopped", reason: "waiting for the GP's records", on: "2099-12-22" },
    { type: "clock-restarted", on: restarted },
  ];

  it("may move a deadline onto 31 December 2099, the last date supported", () => {
    // Raised Sun 20 Dec 2099: 10 calendar days, Wed 30 Dec. Stopped on the 22nd, restarted on the
    // 23rd: one day (the 23rd) does not count, so it moves to Thu 31 Dec 2099.
    const found = policy();
    const record = acceptedCase(found, { policy: "mutants", raisedOn: "2099-12-20", events: stopped("2099-12-23") });
    expect(assess(found, record, "2099-12-24")).toMatchObject({ due: "2099-12-31" });
  });

  it("throws DateOutOfRangeError when the stops move a deadline past it", () => {
    // As above, but restarted on the 24th: two days stopped move Wed 30 Dec 2099 to Fri 1 Jan 2100.
    const found = policy();
    const record = acceptedCase(found, { policy: "mutants", raisedOn: "2099-12-20", events: stopped("2099-12-24") });
    expect(() => assess(found, record, "2099-12-24")).toThrow(DateOutOfRangeError);
    expect(() => assess(found, record, "2099-12-24")).toThrow("A deadline of 2099-12-30 moved on by 2 days the clock was stopped falls after 2099-12-31");
  });

  it("throws DateOutOfRangeError when a working-day deadline moves past it", () => {
    // Raised Wed 30 Dec 2099: 1 working day, Thu 31 Dec. Stopped on the 30th, restarted on the
    // 31st: one working day stopped, so it would move to the next working day, in 2100.
    const found = policyOf([stage(1, workingDays(1, { raised: true }))], { clockStops: { source: source("the clock may be stopped") } });
    const events = [
      { type: "clock-stopped", reason: "waiting for the GP's records", on: "2099-12-30" },
      { type: "clock-restarted", on: "2099-12-31" },
    ];
    const record = acceptedCase(found, { policy: "mutants", raisedOn: "2099-12-30", events });
    expect(() => assess(found, record, "2099-12-31")).toThrow(DateOutOfRangeError);
  });
});

describe("an escalate-by that runs from the completion of a stage with no limit", () => {
  it("runs from the day the stage ended", () => {
    // Stage 1 sets no limit; the case enters Stage 2 on Tue 29 Dec 2026, which ends Stage 1. The
    // referral into Stage 3 is due 5 working days after that: Wed 30, Thu 31 Dec, Mon 4, Tue 5,
    // Wed 6 Jan 2027.
    const policy = policyOf([
      stage(1, null),
      stage(2, workingDays(10, { startOf: "stage-2" })),
      stage(3, workingDays(5, { startOf: "stage-3" }), { escalateBy: workingDays(5, { completionOf: "stage-1" }) }),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] });
    const escalation = forecast(policy, record, "2026-12-29").deadlines.find((deadline) => deadline.kind === "escalation" && deadline.id === "stage-3");
    expect(escalation).toMatchObject({ due: "2027-01-06", governedBy: "policy-limit" });
  });
});

describe("limits that run from named events and flags", () => {
  it("run from the named event the limit names", () => {
    // Two events; Stage 1 runs 2 working days from the second, recorded Tue 29 Dec 2026: Wed 30,
    // Thu 31 Dec.
    const events = ["first", "second"].map((id) => ({ id, title: `${id} meeting`, source: source(id) }));
    const policy = policyOf([stage(1, workingDays(2, { event: "second" }))], { events });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "happened", event: "second", on: "2026-12-29" }] });
    expect(assess(policy, record, "2026-12-29")).toMatchObject({ due: "2026-12-31" });
  });

  it("run from the named event recorded after a step was done", () => {
    // Stage 1's step s is done on Thu 24 Dec 2026; the second event happens on Tue 29 Dec, and
    // the stage runs 2 working days from it: Wed 30, Thu 31 Dec.
    const events = ["first", "second"].map((id) => ({ id, title: `${id} meeting`, source: source(id) }));
    const policy = policyOf([stage(1, workingDays(2, { event: "second" }), { steps: [step("s", workingDays(1, { raised: true }))] })], { events });
    const record = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2026-12-23",
      events: [
        { type: "step-done", step: "s", on: "2026-12-24" },
        { type: "happened", event: "second", on: "2026-12-29" },
      ],
    });
    expect(assess(policy, record, "2026-12-29")).toMatchObject({ due: "2026-12-31" });
  });

  it("run from the later of two flags, and not before both are raised", () => {
    // 1 working day from the day the last of immediate-risk and life-threatening was flagged.
    // life-threatening on Tue 29 Dec 2026, immediate-risk on Wed 30 Dec: Thu 31 Dec. With only
    // life-threatening flagged, the limit has nothing to run from yet.
    const policy = policyOf([stage(1, workingDays(1, { flagged: ["immediate-risk", "life-threatening"] }))]);
    const lifeThreatening = { type: "flagged", flag: "life-threatening", on: "2026-12-29" };
    const both = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [lifeThreatening, { type: "flagged", flag: "immediate-risk", on: "2026-12-30" }] });
    expect(assess(policy, both, "2026-12-30")).toMatchObject({ due: "2026-12-31" });
    const one = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [lifeThreatening] });
    expect(assess(policy, one, "2026-12-30")).toMatchObject({ due: null });
  });
});

describe("limits set by priority", () => {
  const priorities = ["urgent", "standard"].map((id) => ({ id, title: id, source: source(id) }));
  const byPriority = {
    byPriority: [
      { priority: "urgent", asSoonAsPossible: true, source: source("urgent: as soon as possible") },
      { priority: "standard", workingDays: 5, source: source("standard: within 5 working days") },
    ],
    from: { raised: true },
    source: source("Response timescales are set by the priority"),
  };

  it("give no date to a schedule that names no priority where the limit is set only by priority", () => {
    const policy = policyOf([stage(1, byPriority)], { priorities });
    expect(schedule(policy, { raisedOn: "2026-12-23" }).stages[0]).toMatchObject({ due: null, governedBy: null });
  });

  it("give no date to a priority whose amount is as soon as possible", () => {
    // Urgent: as soon as possible, with no date. Standard: 5 working days from Wed 23 Dec 2026:
    // Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan 2027.
    const policy = policyOf([stage(1, byPriority)], { priorities });
    expect(schedule(policy, { raisedOn: "2026-12-23", priority: "urgent" }).stages[0]).toMatchObject({ due: null, governedBy: null });
    expect(schedule(policy, { raisedOn: "2026-12-23", priority: "standard" }).stages[0]).toMatchObject({ due: "2027-01-04", governedBy: "policy-limit" });
  });
});

describe("a step to be done as soon as possible", () => {
  it("has no date", () => {
    // The text sets no time, so the step is owed with no date; the stage: 5 working days from
    // Wed 23 Dec 2026, Mon 4 Jan 2027.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("tell", { asSoonAsPossible: true, from: { raised: true }, source: source("as soon as possible") })] })]);
    expect(stepDues(policy, "2026-12-23")).toEqual([["tell", null, null]]);
  });
});

describe("the explanation of a limit that runs from the completion of the stage before", () => {
  it("counts from the day that stage ended, even when it ended after its own due date", () => {
    // Stage 1: 5 working days from Wed 23 Dec 2026, Mon 4 Jan 2027. The case enters Stage 2 late,
    // on Wed 6 Jan; Stage 2's own limit runs 5 working days from Stage 1's end, Wed 6 Jan: Thu 7,
    // Fri 8, Mon 11, Tue 12, Wed 13 Jan. (Only an escalate-by counts from the earlier due date.)
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2027-01-06" }] });
    const result = assess(policy, record, "2027-01-06");
    expect(result).toMatchObject({ due: "2027-01-13" });
    expect(result.explanation).toContain("The completion of Stage 1 (Stage 1): Wednesday 6 January 2027. Counting 5 working days after Wednesday 6 January 2027, passing over 2 weekend days, gives Wednesday 13 January 2027.");
  });
});

describe("a case resolved at a stage", () => {
  it("passes over the stages above it: they end on the day it was resolved", () => {
    // Resolved at Stage 1 on Tue 29 Dec 2026: Stage 2 is never reached, so it ends then too, and a
    // duty owed 2 working days from Stage 2's completion is due Wed 30, Thu 31 Dec. (Were Stage 2
    // projected instead, it would end 5 working days later and the duty with it.)
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" })), stage(3, workingDays(5, { completionOf: "stage-2" }))], {
      duties: [{ id: "record", kind: "record", what: "record the outcome", limit: workingDays(2, { completionOf: "stage-2" }), source: source("record the outcome") }],
    });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "resolved", stage: "stage-1", on: "2026-12-29" }] });
    expect(forecast(policy, record, "2026-12-30").deadlines.map((deadline) => [deadline.kind, deadline.id, deadline.due])).toEqual([["duty", "record", "2026-12-31"]]);
  });
});

describe("a stage with steps after one the case has left", () => {
  it("leaves the earlier stage's end as observed", () => {
    // Stage 1 (steps a and b) ends when the case enters Stage 2 on Tue 29 Dec 2026; timing Stage
    // 2's step c must not disturb that. Stage 2: 5 working days from its start: Wed 30, Thu 31 Dec,
    // Mon 4, Tue 5, Wed 6 Jan 2027.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), { steps: [step("a", workingDays(1, { raised: true })), step("b", workingDays(2, { raised: true }))] }),
      stage(2, workingDays(5, { startOf: "stage-2" }), { steps: [step("c", workingDays(1, { startOf: "stage-2" }))] }),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] });
    const result = assess(policy, record, "2026-12-29");
    expect(result).toMatchObject({ due: "2027-01-06" });
    expect(result.history.map((one) => [one.id, one.completed])).toEqual([
      ["stage-1", "2026-12-29"],
      ["stage-2", null],
    ]);
  });
});

// Added for the survivors of the Stryker run at commit f5523ef (each checked by applying the
// mutant by hand). Raised Wed 23 Dec 2026 throughout; bank holidays as at the top of the file.
describe("the start and escalate-by of a projected stage, beside a stage passed over", () => {
  it("starts a stage on its escalate-by date, and keeps that date when a later stage is passed over", () => {
    // Stage 1: 5 working days, Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan 2027. Stage 2 must be
    // escalated into within 2 working days of the day raised, Thu 24, Tue 29 Dec: it is projected
    // to start then, not when Stage 1 ends, and its own 5 working days run Wed 30, Thu 31 Dec,
    // Mon 4, Tue 5, Wed 6 Jan. Stage 3 applies only to children: passed over for an adult.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { startOf: "stage-2" }), { escalateBy: workingDays(2, { raised: true }) }),
      stage(3, workingDays(5, { completionOf: "stage-2" }), { when: { subject: "child" } }),
    ]);
    expect(schedule(policy, { raisedOn: "2026-12-23", subject: "adult" }).stages.map((one) => [one.id, one.skipped, one.start, one.escalateBy, one.due])).toEqual([
      ["stage-1", false, "2026-12-23", null, "2027-01-04"],
      ["stage-2", false, "2026-12-29", "2026-12-29", "2027-01-06"],
      ["stage-3", true, null, null, null],
    ]);
  });

  it("gives no date to a stage that starts after one with no end in sight, whatever its own limit runs from", () => {
    // Stage 1 runs from a meeting not yet held: no due date, so no end. Stage 2's limit runs from
    // the day raised, but the ladder never reaches Stage 2 on a known day: no start, no due date.
    const policy = policyOf([stage(1, workingDays(5, { event: "meeting" })), stage(2, workingDays(5, { raised: true }))], { events: [{ id: "meeting", title: "meeting", source: source("the meeting") }] });
    expect(schedule(policy, { raisedOn: "2026-12-23" }).stages.map((one) => [one.id, one.start, one.due, one.governedBy])).toEqual([
      ["stage-1", "2026-12-23", null, null],
      ["stage-2", null, null, null],
    ]);
  });

  it("after timing the current stage, times a later escalation from the end of a stage passed over as the end of the stage before", () => {
    // An adult's case at Stage 1 (5 working days: Mon 4 Jan 2027). Stage 2 applies only to
    // children, so it is passed over and ends when Stage 1 does, Mon 4 Jan. The case goes next to
    // Stage 3, to be escalated within 2 working days of Stage 2's completion: Tue 5, Wed 6 Jan.
    // (Not from the day raised: the walk that goes on to Stage 3 keeps where it had got to.)
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { startOf: "stage-2" }), { when: { subject: "child" } }),
      stage(3, workingDays(5, { startOf: "stage-3" }), { escalateBy: workingDays(2, { completionOf: "stage-2" }) }),
    ]);
    const result = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", subject: "adult", events: [] }), "2026-12-24");
    expect(result.due).toBe("2027-01-04");
    expect(result.escalateTo).toMatchObject({ stage: { id: "stage-3" }, requiredNow: false, by: "2027-01-06" });
  });
});

describe("a stage whose own limit runs from one of its steps", () => {
  it("times that step before the stage's due date, even when a step listed before it follows the resolution", () => {
    // Step s: 1 working day from the start of Stage 1, Thu 24 Dec 2026. The stage: 2 working days
    // from s's due date, Tue 29, Wed 30 Dec. Step r follows the resolution, projected as the
    // stage's last day (Wed 30 Dec): 1 working day, Thu 31 Dec.
    const policy = policyOf([stage(1, workingDays(2, { step: "s" }), { steps: [step("r", workingDays(1, { resolution: true }), { afterResolution: true }), step("s", workingDays(1, { startOf: "stage-1" }))] })]);
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(plan.stages.map((one) => [one.id, one.due, one.governedBy])).toEqual([["stage-1", "2026-12-30", "policy-limit"]]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["r", "2026-12-31", "policy-limit"],
      ["s", "2026-12-24", "policy-limit"],
    ]);
  });

  it("counts from the step its step runs from when that one is done, even if it follows the resolution", () => {
    // Step r (which follows the resolution) is recorded done on Thu 24 Dec 2026, before any
    // resolution. Step s: 1 working day after r was done, Tue 29 Dec. The stage: 2 working days
    // from s's due date, Wed 30, Thu 31 Dec.
    const policy = policyOf([stage(1, workingDays(2, { step: "s" }), { steps: [step("r", workingDays(1, { resolution: true }), { afterResolution: true }), step("s", workingDays(1, { step: "r" }))] })]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "step-done", step: "r", on: "2026-12-24" }] });
    expect(assess(policy, record, "2026-12-24")).toMatchObject({ due: "2026-12-31", governedBy: "policy-limit" });
  });

  it("times a chain of steps from one that follows the resolution after the stage's due date", () => {
    // Stage 1: 5 working days, Mon 4 Jan 2027. r follows the resolution: 1 working day after Mon 4
    // Jan, Tue 5 Jan; b, 1 working day after r, Wed 6 Jan; c, 1 after b, Thu 7 Jan.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), {
        steps: [step("r", workingDays(1, { resolution: true }), { afterResolution: true }), step("b", workingDays(1, { step: "r" })), step("c", workingDays(1, { step: "b" }))],
      }),
    ]);
    expect(stepDues(policy, "2026-12-23")).toEqual([
      ["r", "2027-01-05", "policy-limit"],
      ["b", "2027-01-06", "policy-limit"],
      ["c", "2027-01-07", "policy-limit"],
    ]);
  });
});

describe("a case that a route sends past a stage", () => {
  it("passes over the stage it did not enter: the history has only the stages it was at", () => {
    // The route sends a case flagged at immediate risk straight to Stage 3. Raised Wed 23 Dec 2026,
    // it enters Stage 3 on Tue 29 Dec, so Stage 1 ends then and Stage 2 is passed over. Stage 3: 5
    // working days from its start, Wed 30, Thu 31 Dec, Mon 4, Tue 5, Wed 6 Jan 2027. Stage 1's
    // 5 working days from the day raised: Mon 4 Jan.
    const rules = [{ id: "straight-to-3", title: "Straight to Stage 3", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", source: source("straight to Stage 3") }];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" })), stage(3, workingDays(5, { startOf: "stage-3" }))], { rules });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [{ type: "stage-entered", stage: "stage-3", on: "2026-12-29" }] });
    const result = assess(policy, record, "2026-12-29");
    expect(result.due).toBe("2027-01-06");
    expect(result.history.map((one) => [one.id, one.start, one.due, one.completed])).toEqual([
      ["stage-1", "2026-12-23", "2027-01-04", "2026-12-29"],
      ["stage-3", "2026-12-29", "2027-01-06", null],
    ]);
  });
});

describe("which rule governs when two give the same day", () => {
  it("is the stage's own limit, not a shared limit that falls on the same day", () => {
    // Stages 1 and 2 share 5 working days from the day raised: Mon 4 Jan 2027. Stage 1's own limit
    // is also 5 working days from then, the same day, and governs; Stage 2's own, 5 working days
    // from Stage 1's completion (Mon 4 Jan), is Mon 11 Jan, so the shared limit governs it.
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" }))], {
      sharedLimits: [{ id: "both", title: "Stages 1 and 2", stages: ["stage-1", "stage-2"], limit: workingDays(5, { raised: true }), source: source("Stages 1 and 2") }],
    });
    expect(schedule(policy, { raisedOn: "2026-12-23" }).stages.map((one) => [one.id, one.due, one.governedBy])).toEqual([
      ["stage-1", "2027-01-04", "policy-limit"],
      ["stage-2", "2027-01-04", "shared-limit"],
    ]);
  });

  it("is the policy's limit, not a risk deadline on the same day", () => {
    // 5 working days from Wed 23 Dec 2026, whichever is less: Mon 4 Jan 2027; the case's risk
    // deadline is that day too, so the policy's limit governs.
    const policy = policyOf([stage(1, workingDays(5, { raised: true }, { whicheverIsLess: true }))]);
    expect(assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", riskDeadline: "2027-01-04", events: [] }), "2026-12-24")).toMatchObject({ due: "2027-01-04", governedBy: "policy-limit" });
  });

  it("is nothing for a whichever-is-less limit not started when the case has no risk deadline", () => {
    // The limit runs from a meeting not yet held and the case sets no risk deadline: no date, no rule.
    const policy = policyOf([stage(1, workingDays(5, { event: "meeting" }, { whicheverIsLess: true }))], { events: [{ id: "meeting", title: "meeting", source: source("the meeting") }] });
    expect(schedule(policy, { raisedOn: "2026-12-23" }).stages.map((one) => [one.id, one.due, one.governedBy])).toEqual([["stage-1", null, null]]);
    expect(assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [] }), "2026-12-24")).toMatchObject({ due: null, governedBy: null });
  });
});

describe("the stages a route sends a case into, in a forecast", () => {
  it("are timed from the day the route's time runs out, though nothing walks that ladder before reading it", () => {
    // A case flagged at immediate risk goes straight to Stage 3 within 1 working day of being
    // raised (Wed 23 Dec 2026): Thu 24 Dec. Stage 1: 5 working days, Mon 4 Jan 2027. Stage 3,
    // entered on Thu 24 Dec, runs 5 working days from its start: Tue 29, Wed 30, Thu 31 Dec,
    // Mon 4, Tue 5 Jan.
    const rules = [{ id: "straight-to-3", title: "Straight to Stage 3", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", limit: workingDays(1, { raised: true }), source: source("straight to Stage 3") }];
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" })), stage(3, workingDays(5, { startOf: "stage-3" }))], { rules });
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] });
    expect(forecast(policy, record, "2026-12-23").deadlines.map((deadline) => [deadline.kind, deadline.id, deadline.due, deadline.governedBy])).toEqual([
      ["escalation", "stage-3", "2026-12-24", "policy-limit"],
      ["stage", "stage-1", "2027-01-04", "policy-limit"],
      ["stage", "stage-3", "2027-01-05", "policy-limit"],
    ]);
  });
});
