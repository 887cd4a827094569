// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/compile.ts
// (commit f5523ef): what a compiled policy makes of duties, routes, copy rules, notify
// targets, the final body and shared limits, seen through assess, schedule and parseCase.
// Every case is raised on Mon 2 Nov 2026; November 2026 has no England-and-Wales bank
// holiday, so working days are weekdays: Tue 3 (1st), Wed 4, Thu 5, Fri 6, Mon 9 (5th),
// Tue 10, Wed 11, Thu 12, Fri 13, Mon 16 (10th), ..., Mon 23 (15th), ..., Mon 30 Nov (20th).
// Stage n + 1 runs 5 working days from the completion of Stage n, so with nothing entered
// early: Stage 1 due Mon 9 Nov, Stage 2 Mon 16 Nov, Stage 3 Mon 23 Nov.
import { describe, expect, it } from "vitest";
import { assess, getPolicy, InvalidPolicyError, parseCase, schedule, type Assessment, type Policy } from "../../src/index.js";
import { acceptedCase, ids, smallPolicy as policyOf, source, stage, step, workingDays } from "./helpers.js";

const roles = [
  { id: "practitioner", kind: "practitioner", title: "Practitioner" },
  { id: "manager", kind: "line-manager", title: "Line manager" },
  { id: "lead", kind: "safeguarding-lead", title: "Safeguarding lead" },
];
const LEAD = { id: "lead", kind: "safeguarding-lead", title: "Safeguarding lead" };
const next = (n: number) => stage(n, workingDays(5, { completionOf: `stage-${n - 1}` }));

/** Each duty owed, as [id, kind, what, where, to, form, stage, afterResolution, due, limit text, overdue]. */
const owed = (result: Assessment) => result.duties.map((d) => [d.id, d.kind, d.what, d.where, ids(d.to), d.form, d.stage, d.afterResolution, d.due, d.limit === null ? null : d.limit.text, d.overdue]);

/** Stage 1 has duties of its own (one for children, one for urgent cases), one after resolution, and a step that follows it; the policy has a duty at every stage and three routes. */
function dutiesPolicy(): Policy {
  return policyOf(
    [
      stage(1, workingDays(5, { raised: true }), {
        duties: [
          { id: "write-up", kind: "record", what: "record the disagreement", where: "agency-record", form: "Form A", limit: workingDays(2, { raised: true }), source: source("write-up") },
          { id: "child-only", kind: "record", what: "note it on the child's file", where: "child-file", when: { subject: "child" }, source: source("child-only") },
          { id: "urgent-only", kind: "notify", what: "tell the lead", to: ["lead"], when: { priority: "urgent" }, source: source("urgent-only") },
        ],
        afterResolution: [{ id: "outcome", kind: "feedback", what: "feed back the outcome", to: ["practitioner"], source: source("outcome") }],
        // "confirm" is the policy's first step (index 0).
        steps: [step("confirm", workingDays(2, { resolution: true }), { afterResolution: true }), step("talk", workingDays(1, { raised: true }))],
      }),
      next(2),
    ],
    {
      roles,
      priorities: [
        { id: "urgent", title: "Urgent", source: source("urgent") },
        { id: "standard", title: "Standard", source: source("standard") },
      ],
      duties: [{ id: "log", kind: "record", what: "log it", limit: workingDays(2, { resolution: true }), source: source("log") }],
      rules: [
        { id: "tell", title: "Tell the lead", when: { flag: "immediate-risk" }, effect: "notify", to: ["lead"], limit: workingDays(1, { resolution: true }), source: source("tell") },
        { id: "tell-now", title: "Tell the lead now", when: { flag: "immediate-risk" }, effect: "notify", to: ["lead"], limit: workingDays(1, { raised: true }), source: source("tell-now") },
        { id: "go-up", title: "Go up", when: { flag: "immediate-risk" }, effect: "involve-next-level", source: source("go up") },
      ],
    },
  );
}

const FROM_RAISED_2 = "within 2 working days of the disagreement arising";
const FROM_RESOLVED_2 = "within 2 working days of the disagreement being resolved";

describe("the duties a case at a stage owes", () => {
  it("lists the stage's duties that apply, then the policy's, then each notify route's, with every field", () => {
    const policy = dutiesPolicy();
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", priority: "urgent", flags: ["immediate-risk"], events: [] });
    // write-up: 2 working days from Mon 2 Nov, Wed 4 Nov. child-only: the case does not say whom it
    // is about, so a duty for children applies. urgent-only: the case is urgent. log and tell run
    // from the resolution, which an open case has not reached: no date. tell-now: 1 working day
    // from Mon 2 Nov, Tue 3 Nov, the day assessed, so not overdue. go-up involves the next level
    // and is owed as no duty.
    expect(owed(assess(policy, record, "2026-11-03"))).toEqual([
      ["write-up", "record", "record the disagreement", "agency-record", [], "Form A", "stage-1", false, "2026-11-04", FROM_RAISED_2, false],
      ["child-only", "record", "note it on the child's file", "child-file", [], null, "stage-1", false, null, null, false],
      ["urgent-only", "notify", "tell the lead", null, ["lead"], null, "stage-1", false, null, null, false],
      ["log", "record", "log it", null, [], null, null, false, null, FROM_RESOLVED_2, false],
      ["tell", "notify", "Tell the lead", null, ["lead"], null, null, false, null, "within 1 working day of the disagreement being resolved", false],
      ["tell-now", "notify", "Tell the lead now", null, ["lead"], null, null, false, "2026-11-03", "within 1 working day of the disagreement arising", false],
    ]);
  });

  it("leaves out a duty for another subject or priority, and what is marked done", () => {
    const policy = dutiesPolicy();
    // An adult's standard case, not flagged: neither child-only nor urgent-only, and no route.
    const standard = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "adult", priority: "standard", events: [] });
    expect(ids(assess(policy, standard, "2026-11-03").duties)).toEqual(["write-up", "log"]);
    // The same urgent, flagged case as above with a stage duty and a notify route marked done.
    const done = [
      { type: "duty-done", duty: "write-up", on: "2026-11-03" },
      { type: "duty-done", duty: "tell-now", on: "2026-11-03" },
    ];
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "child", priority: "urgent", flags: ["immediate-risk"], events: done });
    expect(ids(assess(policy, record, "2026-11-03").duties)).toEqual(["child-only", "urgent-only", "log", "tell"]);
  });

  it("owes at a stage with no duties of its own only the policy's, open or resolved", () => {
    const policy = dutiesPolicy();
    const entered = { type: "stage-entered", stage: "stage-2", on: "2026-11-10" };
    const open = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "adult", priority: "standard", events: [entered] });
    expect(owed(assess(policy, open, "2026-11-10"))).toEqual([["log", "record", "log it", null, [], null, null, false, null, FROM_RESOLVED_2, false]]);
    // Resolved at Stage 2 on Wed 11 Nov: log is due 2 working days later, Fri 13 Nov.
    const resolved = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "adult", priority: "standard", events: [entered, { type: "resolved", stage: "stage-2", on: "2026-11-11" }] });
    expect(owed(assess(policy, resolved, "2026-11-11"))).toEqual([["log", "record", "log it", null, [], null, null, false, "2026-11-13", FROM_RESOLVED_2, false]]);
  });
});

describe("the duties a case resolved at a stage owes", () => {
  it("lists what follows the resolution, then the steps that do, then the policy's, and drops a step once done", () => {
    const policy = dutiesPolicy();
    const resolved = { type: "resolved", stage: "stage-1", on: "2026-11-04" };
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "adult", priority: "standard", events: [resolved] });
    // Resolved Wed 4 Nov: confirm and log, 2 working days from then, are due Fri 6 Nov. The step
    // is owed as a confirmation in writing, by its actors, at its stage, after the resolution.
    expect(owed(assess(policy, record, "2026-11-05"))).toEqual([
      ["outcome", "feedback", "feed back the outcome", null, ["practitioner"], null, "stage-1", true, null, null, false],
      ["confirm", "confirm-in-writing", "Step confirm", null, ["practitioner"], null, "stage-1", true, "2026-11-06", FROM_RESOLVED_2, false],
      ["log", "record", "log it", null, [], null, null, false, "2026-11-06", FROM_RESOLVED_2, false],
    ]);
    const confirmed = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", subject: "adult", priority: "standard", events: [{ type: "step-done", step: "confirm", on: "2026-11-04" }, resolved] });
    expect(ids(assess(policy, confirmed, "2026-11-05").duties)).toEqual(["outcome", "log"]);
  });

  it("owes nothing once the only step that follows the resolution is done", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true }), { steps: [step("confirm", workingDays(2, { resolution: true }), { afterResolution: true })] })]);
    const resolved = { type: "resolved", stage: "stage-1", on: "2026-11-04" };
    // Not done: due 2 working days after Wed 4 Nov, Fri 6 Nov.
    const open = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", events: [resolved] });
    expect(assess(policy, open, "2026-11-05").duties.map((d) => [d.id, d.due])).toEqual([["confirm", "2026-11-06"]]);
    const done = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", events: [{ type: "step-done", step: "confirm", on: "2026-11-04" }, resolved] });
    expect(assess(policy, done, "2026-11-05").duties).toEqual([]);
  });
});

describe("routes", () => {
  it("apply at the stages they name, and send a case straight to the stage they name", () => {
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), next(2), next(3)], {
      rules: [
        { id: "straight-up", title: "Immediate risk", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "stage-3", source: source("go straight to Stage 3") },
        { id: "involve", title: "Manager not responding", when: { flag: "manager-not-responding" }, effect: "involve-next-level", atStages: ["stage-2"], source: source("involve the next level") },
      ],
    });
    const target = (flag: string, events: unknown[], asOf: string) => {
      const to = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", flags: [flag], events }), asOf).escalateTo;
      return [to?.stage?.id, to?.requiredNow, to?.reason];
    };
    // The route to Stage 3 applies at every stage: from Stage 1 the case goes straight there, now.
    expect(target("immediate-risk", [], "2026-11-02")).toEqual(["stage-3", true, "Immediate risk: go straight to Stage 3"]);
    // Involving the next level applies only at Stage 2: at Stage 1 (on time) nothing is required now.
    expect(target("manager-not-responding", [], "2026-11-02")).toEqual(["stage-2", false, null]);
    expect(target("manager-not-responding", [{ type: "stage-entered", stage: "stage-2", on: "2026-11-10" }], "2026-11-10")).toEqual(["stage-3", true, "Manager not responding: involve the next level"]);
  });
});

describe("the next stage's notify targets and copy rules", () => {
  it("name those whose condition holds, and copy in from the first stage a copy rule names", () => {
    const policy = policyOf(
      [
        stage(1, workingDays(5, { raised: true })),
        next(2),
        { ...next(3), notify: [{ to: ["lead"], when: { flag: "immediate-risk" }, source: source("tell the lead") }, { to: ["manager"], source: source("tell the manager") }] },
      ],
      { roles, copyRules: [{ to: ["lead"], fromStage: "stage-3", what: "copy the lead in", source: source("copy the lead in from Stage 3") }] },
    );
    const atStage2 = { type: "stage-entered", stage: "stage-2", on: "2026-11-10" };
    const next_ = (flags: string[], events: unknown[]) => {
      const to = assess(policy, acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", flags, events }), "2026-11-10").escalateTo;
      return [to?.stage?.id, ids(to?.notify), ids(to?.copyTo)];
    };
    // Stage 2 is before the copy rule's first stage and has no notify targets.
    expect(next_([], [])).toEqual(["stage-2", [], []]);
    expect(next_([], [atStage2])).toEqual(["stage-3", ["manager"], ["lead"]]);
    expect(next_(["immediate-risk"], [atStage2])).toEqual(["stage-3", ["lead", "manager"], ["lead"]]);
  });
});

describe("the final body", () => {
  it("is where a case at the last stage goes, the body alone receiving it, and its duties can be marked done", () => {
    const final = {
      title: "Review panel",
      body: "lead",
      what: "decide the disagreement",
      limit: null,
      duties: [{ id: "panel-minutes", kind: "record", what: "minute the panel", source: source("minutes") }],
      source: source("the review panel"),
    };
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), next(2)], { roles, final });
    const entered = { type: "stage-entered", stage: "stage-2", on: "2026-11-10" };
    const record = acceptedCase(policy, { policy: "mutants", raisedOn: "2026-11-02", events: [entered] });
    // At Stage 2 on Tue 10 Nov, due Mon 16 Nov (5 working days from Tue 10): on time, nothing required now.
    expect(assess(policy, record, "2026-11-10").escalateTo).toEqual({
      stage: null,
      final: { title: "Review panel", body: LEAD, what: "decide the disagreement" },
      actors: { raising: [], receiving: [LEAD] },
      notify: [],
      copyTo: [],
      requiredNow: false,
      reason: null,
      by: null,
      limit: null,
      overdue: false,
    });
    const done = parseCase({ policy: "mutants", raisedOn: "2026-11-02", events: [entered, { type: "duty-done", duty: "panel-minutes", on: "2026-11-11" }] }, policy);
    expect(done.success ? [] : done.errors.map((e) => e.code)).toEqual([]);
  });
});

describe("limits shared by a group", () => {
  it("run from the resolution of the stage of the group's first step", () => {
    // Stage 3's steps p and q follow the resolution and share 1 working day from it, projected as
    // Stage 3's due, Mon 23 Nov: Tue 24 Nov, before their own 20 working days from Mon 2 Nov (Mon 30 Nov).
    const policy = policyOf(
      [
        stage(1, workingDays(5, { raised: true })),
        { ...next(2), steps: [step("x", workingDays(20, { raised: true }))] },
        { ...next(3), steps: [step("p", workingDays(20, { raised: true }), { afterResolution: true }), step("q", workingDays(20, { raised: true }), { afterResolution: true })] },
      ],
      { sharedLimits: [{ id: "pq", title: "Steps p and q", steps: ["p", "q"], limit: workingDays(1, { resolution: true }), source: source("p and q") }] },
    );
    expect(schedule(policy, { raisedOn: "2026-11-02" }).stages.map((one) => [one.id, one.due, one.steps.map((found) => [found.id, found.due, found.governedBy])])).toEqual([
      ["stage-1", "2026-11-09", []],
      ["stage-2", "2026-11-16", [["x", "2026-11-30", "policy-limit"]]],
      ["stage-3", "2026-11-23", [["p", "2026-11-24", "shared-limit"], ["q", "2026-11-24", "shared-limit"]]],
    ]);
  });

  it("of stages belong to the group's first stage, not the first of the policy", () => {
    // Stages 2 and 3 share 1 working day from the resolution, projected as the group's own first
    // stage's due, which is not known while that stage is being timed: the group sets no date, and
    // each keeps its own (Mon 16 and Mon 23 Nov). Were it Stage 1's (Mon 9 Nov), both would be due Tue 10 Nov.
    const policy = policyOf([stage(1, workingDays(5, { raised: true })), next(2), next(3)], {
      sharedLimits: [{ id: "later", title: "Stages 2 and 3", stages: ["stage-2", "stage-3"], limit: workingDays(1, { resolution: true }), source: source("2 and 3") }],
    });
    expect(schedule(policy, { raisedOn: "2026-11-02" }).stages.map((one) => [one.id, one.due, one.governedBy])).toEqual([
      ["stage-1", "2026-11-09", "policy-limit"],
      ["stage-2", "2026-11-16", "policy-limit"],
      ["stage-3", "2026-11-23", "policy-limit"],
    ]);
  });
});

describe("a policy parsePolicy did not return", () => {
  it("is refused with one issue saying what it was", () => {
    const tail = ": check a policy once with parsePolicy (or use a bundled one, from policies or getPolicy) and pass the policy it returns.";
    const issues = (policy: unknown) => {
      try {
        assess(policy as Policy, { policy: "x", raisedOn: "2026-11-02", events: [] } as never, "2026-11-02");
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidPolicyError);
        return (error as InvalidPolicyError).issues;
      }
      throw new Error("accepted");
    };
    // A copy of a bundled policy is an object, but not the one parsePolicy checked.
    expect(issues({ ...getPolicy("trafford") })).toEqual([{ severity: "error", code: "policy-not-parsed", path: [], message: `This policy object did not come from parsePolicy${tail}` }]);
    expect(issues(null)).toEqual([{ severity: "error", code: "policy-not-parsed", path: [], message: `Expected a policy, got null${tail}` }]);
  });
});
