// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/forecast.ts
// (commit f5523ef): each builds a small policy with parsePolicy (test/engine/helpers.ts)
// and checks every deadline forecast lists, whole, with dates counted by hand. England and
// Wales bank holidays (GOV.UK) in the window used: Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing
// Day substitute), Fri 1 Jan 2027. Working days after Wed 23 Dec 2026: Thu 24 (1), Tue 29 (2),
// Wed 30 (3), Thu 31 Dec (4), Mon 4 (5), Tue 5 (6), Wed 6 (7), Thu 7 (8), Fri 8 (9), Mon 11
// (10), Tue 12 (11), Wed 13 Jan 2027 (12), Thu 14, Fri 15, Mon 18, Tue 19, Wed 20, Thu 21,
// Fri 22, Mon 25, Tue 26, Wed 27, Thu 28 January.
import { describe, expect, it } from "vitest";
import { forecast, InvalidDateError, type Forecast } from "../../src/index.js";
import { acceptedCase, smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

/** Every deadline, whole: kind, id, stage, title, due, governedBy, overdue, and its limit's words. */
const rows = (found: Forecast) => found.deadlines.map((d) => [d.kind, d.id, d.stage, d.title, d.due, d.governedBy, d.overdue, d.limit === null ? null : d.limit.text]);

const FROM_RAISED = "the disagreement arising";
const FROM_RESOLUTION = "the disagreement being resolved";

/** A duty of a stage, recorded. */
const duty = (id: string, what: string, limit: unknown) => ({ id, kind: "record", what, limit, source: source(id) });

/** Four stages; Stage 3 may be started at once for immediate risk, by the route given (whose limit is `routeLimit`, none if undefined). */
function routePolicy(routeLimit: unknown) {
  const route = { id: "urgent", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", ...(routeLimit === undefined ? {} : { limit: routeLimit }), source: source("go straight to Stage 3") };
  return policyOf(
    [
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { completionOf: "stage-1" })),
      stage(3, workingDays(5, { startOf: "stage-3" }), { escalateBy: workingDays(2, { completionOf: "stage-2" }) }),
      stage(4, workingDays(5, { startOf: "stage-4" }), { escalateBy: workingDays(1, { completionOf: "stage-3" }) }),
    ],
    { rules: [route] },
  );
}

describe("forecast checks its date", () => {
  it("names asOf in the error for a date that does not exist", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }))]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [] });
    expect(() => forecast(policy, record, "2026-02-30")).toThrow(InvalidDateError);
    expect(() => forecast(policy, record, "2026-02-30")).toThrow('Invalid asOf "2026-02-30": month 2 of 2026 has 28 days.');
  });
});

describe("the stage the case is at and the stages to come", () => {
  it("lists the current stage's steps not done, leaving out one done and one that follows the resolution", () => {
    // Raised Wed 23 Dec 2026; step a (1 working day) done on Thu 24 Dec; b follows the resolution.
    // Stage 1: 5 working days, Mon 4 Jan 2027. Step c: 3 working days, Wed 30 Dec. Stage 2: 5
    // working days from Stage 1's end, projected on its due date Mon 4 Jan: Mon 11 Jan.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), {
        steps: [step("a", workingDays(1, { raised: true })), step("b", workingDays(2, { resolution: true }), { afterResolution: true }), step("c", workingDays(3, { raised: true }))],
      }),
      stage(2, workingDays(5, { completionOf: "stage-1" })),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", events: [{ type: "step-done", step: "a", on: "2026-12-24" }] });
    const found = forecast(policy, record, "2026-12-29");
    expect(found.stage).toEqual({ id: "stage-1", number: 1, title: "Stage 1" });
    expect(found.resolved).toBe(false);
    expect(rows(found)).toEqual([
      ["step", "c", "stage-1", "Step c", "2026-12-30", "policy-limit", false, `within 3 working days of ${FROM_RAISED}`],
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["stage", "stage-2", "stage-2", "Stage 2", "2027-01-11", "policy-limit", false, "within 5 working days of the completion of Stage 1 (Stage 1)"],
    ]);
  });

  it("leaves out a stage that does not apply, a later stage's step that follows the resolution and its duty done early", () => {
    // An adult's case; Stage 2 applies only to children, so it is passed over. Raised Wed 23 Dec
    // 2026: Stage 1, 5 working days, Mon 4 Jan 2027. Stage 3 starts when Stage 1 ends (projected
    // Mon 4 Jan): due 5 working days on, Mon 11 Jan; its step s3, 2 working days, Wed 6 Jan; its
    // duty "tell", 3 working days, Thu 7 Jan. Its duty "note" was done on Thu 24 Dec, and r3
    // (after the resolution) comes only with one.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true })),
      stage(2, workingDays(5, { completionOf: "stage-1" }), { when: { subject: "child" } }),
      stage(3, workingDays(5, { startOf: "stage-3" }), {
        steps: [step("s3", workingDays(2, { startOf: "stage-3" })), step("r3", workingDays(1, { resolution: true }), { afterResolution: true })],
        duties: [duty("note", "Note the referral", workingDays(1, { startOf: "stage-3" })), duty("tell", "Tell the designated lead", workingDays(3, { startOf: "stage-3" }))],
      }),
    ]);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", subject: "adult", events: [{ type: "duty-done", duty: "note", on: "2026-12-24" }] });
    expect(rows(forecast(policy, record, "2026-12-24"))).toEqual([
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["step", "s3", "stage-3", "Step s3", "2027-01-06", "policy-limit", false, "within 2 working days of the start of Stage 3 (Stage 3)"],
      ["duty", "tell", "stage-3", "Tell the designated lead", "2027-01-07", "policy-limit", false, "within 3 working days of the start of Stage 3 (Stage 3)"],
      ["stage", "stage-3", "stage-3", "Stage 3", "2027-01-11", "policy-limit", false, "within 5 working days of the start of Stage 3 (Stage 3)"],
    ]);
  });

  it("ends with the final body only where its condition holds, its limit from the resolution run from the last stage's due date", () => {
    // Raised Wed 23 Dec 2026: Stage 1, 5 working days, Mon 4 Jan 2027; Stage 2, 5 from then, Mon
    // 11 Jan. The review panel follows for adults only, 2 working days from the resolution,
    // projected as the last stage's due date: Tue 12, Wed 13 Jan.
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { completionOf: "stage-1" }))], {
      final: { title: "Review panel", body: "manager", what: "Reviews the disagreement", when: { subject: "adult" }, limit: workingDays(2, { resolution: true }), source: source("the review panel") },
    });
    const stages = [
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["stage", "stage-2", "stage-2", "Stage 2", "2027-01-11", "policy-limit", false, "within 5 working days of the completion of Stage 1 (Stage 1)"],
    ];
    const adult = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", subject: "adult", events: [] });
    expect(rows(forecast(policy, adult, "2026-12-23"))).toEqual([...stages, ["final", "manager", null, "Review panel", "2027-01-13", "policy-limit", false, `within 2 working days of ${FROM_RESOLUTION}`]]);
    const child = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", subject: "child", events: [] });
    expect(rows(forecast(policy, child, "2026-12-23"))).toEqual(stages);
  });
});

describe("what a case owes", () => {
  it("a resolved case owes the steps that follow its resolution, as duties, until each is done", () => {
    // Resolved at Stage 1 on Tue 29 Dec 2026. "report" (the policy's first step, 1 working day
    // from the resolution) was done on Wed 30 Dec; "confirm", 2 working days from the resolution
    // (Wed 30, Thu 31 Dec), is still owed, and late on Mon 4 Jan 2027.
    const policy = policyOf([
      stage(1, workingDays(5, { raised: true }), {
        steps: [step("report", workingDays(1, { resolution: true }), { afterResolution: true }), step("confirm", workingDays(2, { resolution: true }), { afterResolution: true })],
      }),
      stage(2, workingDays(5, { completionOf: "stage-1" })),
    ]);
    const record = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2026-12-23",
      events: [
        { type: "resolved", stage: "stage-1", on: "2026-12-29" },
        { type: "step-done", step: "report", on: "2026-12-30" },
      ],
    });
    const found = forecast(policy, record, "2027-01-04");
    expect(found.resolved).toBe(true);
    expect(rows(found)).toEqual([["duty", "confirm", "stage-1", "Step confirm", "2026-12-31", "policy-limit", true, `within 2 working days of ${FROM_RESOLUTION}`]]);
  });

  it("owes the actions the parties agreed at the stage the case was at, dated as agreed", () => {
    // Raised Wed 23 Dec 2026. "call-back" was agreed that day, before any stage was entered, so at
    // Stage 1, due Tue 29 Dec (late on Wed 30 Dec); Stage 2 was entered on Thu 24 Dec and
    // "share-plan" agreed there, due Tue 5 Jan 2027. Stage 2: 5 working days from its start,
    // Tue 29, Wed 30, Thu 31 Dec, Mon 4, Tue 5 Jan, listed before the action due the same day.
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), stage(2, workingDays(5, { startOf: "stage-2" }))]);
    const record = acceptedCase(policy, {
      policy: "mutants",
      raisedOn: "2026-12-23",
      events: [
        { type: "action-agreed", action: "call-back", what: "Health calls the family back.", due: "2026-12-29", on: "2026-12-23" },
        { type: "stage-entered", stage: "stage-2", on: "2026-12-24" },
        { type: "action-agreed", action: "share-plan", what: "Health shares the care plan.", due: "2027-01-05", on: "2026-12-24" },
      ],
    });
    expect(rows(forecast(policy, record, "2026-12-30"))).toEqual([
      ["duty", "call-back", "stage-1", "Health calls the family back.", "2026-12-29", null, true, null],
      ["stage", "stage-2", "stage-2", "Stage 2", "2027-01-05", "policy-limit", false, "within 5 working days of the start of Stage 2 (Stage 2)"],
      ["duty", "share-plan", "stage-2", "Health shares the care plan.", "2027-01-05", null, false, null],
    ]);
  });
});

describe("a route that sends the case on", () => {
  it("enters the stage it goes to on the route's time, and dates every later stage, with its escalation, from there", () => {
    // Raised Wed 23 Dec 2026 with immediate risk: the route into Stage 3 is due 1 working day
    // from the flag, Thu 24 Dec. Stage 1 (where the case is), 5 working days: Mon 4 Jan 2027.
    // Stage 3, entered on Thu 24 Dec, 5 working days from its start: Tue 5 Jan (its own
    // escalate-by is the route's, already listed). Into Stage 4, 1 working day from Stage 3's
    // completion: Wed 6 Jan; Stage 4, 5 from its start then: Thu 7, Fri 8, Mon 11, Tue 12, Wed 13 Jan.
    const policy = routePolicy(workingDays(1, { flagged: "immediate-risk" }));
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] });
    expect(rows(forecast(policy, record, "2026-12-24"))).toEqual([
      ["escalation", "stage-3", "stage-3", "Stage 3", "2026-12-24", "policy-limit", false, 'within 1 working day of the case being flagged "immediate risk"'],
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["stage", "stage-3", "stage-3", "Stage 3", "2027-01-05", "policy-limit", false, "within 5 working days of the start of Stage 3 (Stage 3)"],
      ["escalation", "stage-4", "stage-4", "Stage 4", "2027-01-06", "policy-limit", false, "within 1 working day of the completion of Stage 3 (Stage 3)"],
      ["stage", "stage-4", "stage-4", "Stage 4", "2027-01-13", "policy-limit", false, "within 5 working days of the start of Stage 4 (Stage 4)"],
    ]);
  });

  it("with no time of its own, leaves the stage it goes to and every later one undated", () => {
    // The same, with a route that sets no time: only Stage 1, Mon 4 Jan 2027, has a date.
    const policy = routePolicy(undefined);
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] });
    expect(rows(forecast(policy, record, "2026-12-24"))).toEqual([
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["escalation", "stage-3", "stage-3", "Stage 3", null, null, false, null],
      ["stage", "stage-3", "stage-3", "Stage 3", null, null, false, "within 5 working days of the start of Stage 3 (Stage 3)"],
      ["escalation", "stage-4", "stage-4", "Stage 4", null, null, false, "within 1 working day of the completion of Stage 3 (Stage 3)"],
      ["stage", "stage-4", "stage-4", "Stage 4", null, null, false, "within 5 working days of the start of Stage 4 (Stage 4)"],
    ]);
  });

  it("timed from the resolution, has no date while the case is open, nor has anything after it", () => {
    // A route due 2 working days after the resolution: a policy-wide limit, so no stage's due
    // date stands in for a resolution not yet reached. Stage 1: Mon 4 Jan 2027, as above.
    const policy = routePolicy(workingDays(2, { resolution: true }));
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [] });
    expect(rows(forecast(policy, record, "2026-12-24"))).toEqual([
      ["stage", "stage-1", "stage-1", "Stage 1", "2027-01-04", "policy-limit", false, `within 5 working days of ${FROM_RAISED}`],
      ["escalation", "stage-3", "stage-3", "Stage 3", null, null, false, `within 2 working days of ${FROM_RESOLUTION}`],
      ["stage", "stage-3", "stage-3", "Stage 3", null, null, false, "within 5 working days of the start of Stage 3 (Stage 3)"],
      ["escalation", "stage-4", "stage-4", "Stage 4", null, null, false, "within 1 working day of the completion of Stage 3 (Stage 3)"],
      ["stage", "stage-4", "stage-4", "Stage 4", null, null, false, "within 5 working days of the start of Stage 4 (Stage 4)"],
    ]);
  });

  it("is not taken again once the case is at the stage it goes to", () => {
    // The case took the route on Thu 24 Dec 2026 and is at Stage 3 on Tue 29 Dec: Stage 3, 5
    // working days from Thu 24 Dec, Tue 5 Jan 2027; into Stage 4 1 working day after, Wed 6 Jan;
    // Stage 4, 5 from then, Wed 13 Jan. No escalation into Stage 3 is owed any more.
    const policy = routePolicy(workingDays(1, { flagged: "immediate-risk" }));
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-12-23", flags: ["immediate-risk"], events: [{ type: "stage-entered", stage: "stage-3", on: "2026-12-24" }] });
    const found = forecast(policy, record, "2026-12-29");
    expect(found.stage).toEqual({ id: "stage-3", number: 3, title: "Stage 3" });
    expect(rows(found)).toEqual([
      ["stage", "stage-3", "stage-3", "Stage 3", "2027-01-05", "policy-limit", false, "within 5 working days of the start of Stage 3 (Stage 3)"],
      ["escalation", "stage-4", "stage-4", "Stage 4", "2027-01-06", "policy-limit", false, "within 1 working day of the completion of Stage 3 (Stage 3)"],
      ["stage", "stage-4", "stage-4", "Stage 4", "2027-01-13", "policy-limit", false, "within 5 working days of the start of Stage 4 (Stage 4)"],
    ]);
  });
});
