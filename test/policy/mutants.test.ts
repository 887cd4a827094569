// Reference checks of a policy, one invalid policy per test, each asserting the
// exact issues refused (code, path and the sentence a reader sees). Inputs are
// built inside each test so that per-test coverage sees the work.
import { describe, expect, it } from "vitest";
import { describePolicy, formatPath, InvalidPolicyError, lintPolicy, NoPolicyVersionError, parsePolicy, policies, policyInForce, type Policy, type PolicyIssue } from "../../src/index.js";
import { describeLimits } from "../../src/policy/describePolicy.js";
import { deepFreeze } from "../../src/policy/parsed.js";
import { unknownFieldIssues } from "../../src/policy/unknownFields.js";
import { minimalPolicy } from "./minimalPolicy.js";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Found = { code: string; path: string; message: string };

const source = { section: "1", quote: "within two working days" };

function issuesOf(policy: Loose): Found[] {
  const result = parsePolicy(policy);
  if (result.success) return [];
  return result.errors.map((error: PolicyIssue) => ({ code: error.code, path: formatPath(error.path), message: error.message }));
}

function step(id: string, from: Loose | null = { raised: true }): Loose {
  return { id, title: `Step ${id}`, actors: ["practitioner"], limit: from === null ? null : { workingDays: 1, from, source }, source };
}

function duty(id: string, extra: Loose = {}): Loose {
  return { id, kind: "record", what: "Record it", source, ...extra };
}

const unreachable = (path: string, message: string): Found => ({ code: "unreachable", path, message });

describe("reference checks: roles", () => {
  it("refuses a role declared twice, and names the first declaration", () => {
    const p: Loose = minimalPolicy();
    // Renaming the line manager leaves two "practitioner" roles and no "line-manager" for stage 2's actors.
    p.roles[1].id = "practitioner";
    expect(issuesOf(p)).toEqual([
      { code: "duplicate-id", path: "roles[1].id", message: 'The role "practitioner" is declared twice (first at roles.0.id); ids must be unique.' },
      { code: "unknown-role", path: "stages[1].actors.raising[0]", message: '"line-manager" is not one of the policy\'s roles (practitioner). Declare it in "roles" or correct the spelling.' },
      { code: "unknown-role", path: "stages[1].actors.receiving[0]", message: '"line-manager" is not one of the policy\'s roles (practitioner). Declare it in "roles" or correct the spelling.' },
    ]);
  });

  it("checks the roles of steps, notifications (to and via), duties, copy rules, rules and the final body", () => {
    const p: Loose = minimalPolicy();
    const unknown = (id: string): string => `"${id}" is not one of the policy's roles (practitioner, line-manager). Declare it in "roles" or correct the spelling.`;
    p.stages[0].steps = [{ ...step("meet"), actors: ["a"] }];
    p.stages[0].notify = [{ to: ["b"], via: "c", source }];
    p.stages[0].duties = [duty("tell", { kind: "notify", to: ["d"] })];
    p.stages[1].afterResolution = [duty("tell-after", { kind: "notify", to: ["e"] })];
    p.duties = [duty("tell-always", { kind: "notify", to: ["f"] })];
    p.copyRules = [{ to: ["g"], fromStage: "second", what: "Copy", source }];
    p.rules = [{ id: "urgent", title: "Urgent", when: { flag: "immediate-risk" }, effect: "notify", to: ["h"], source }];
    p.final = { title: "Panel", body: "i", what: "Decide", limit: null, duties: [duty("final-record", { kind: "notify", to: ["j"] })], source };
    expect(issuesOf(p)).toEqual([
      { code: "unknown-role", path: "stages[0].steps[0].actors[0]", message: unknown("a") },
      { code: "unknown-role", path: "stages[0].notify[0].to[0]", message: unknown("b") },
      { code: "unknown-role", path: "stages[0].notify[0].via", message: unknown("c") },
      { code: "unknown-role", path: "stages[0].duties[0].to[0]", message: unknown("d") },
      { code: "unknown-role", path: "stages[1].afterResolution[0].to[0]", message: unknown("e") },
      { code: "unknown-role", path: "duties[0].to[0]", message: unknown("f") },
      { code: "unknown-role", path: "copyRules[0].to[0]", message: unknown("g") },
      { code: "unknown-role", path: "rules[0].to[0]", message: unknown("h") },
      { code: "unknown-role", path: "final.body", message: unknown("i") },
      { code: "unknown-role", path: "final.duties[0].to[0]", message: unknown("j") },
    ]);
  });
});

describe("reference checks: ids and stage order", () => {
  it("refuses a stage number that does not increase down the ladder", () => {
    const p: Loose = minimalPolicy();
    // Equal numbers are refused too: the ladder must strictly increase. (Stage 2's limit runs from
    // the raising here, else it would also run from a stage that, by number, no longer comes before it.)
    p.stages[1].number = 1;
    p.stages[1].limit.from = { raised: true };
    expect(issuesOf(p)).toEqual([{ code: "stage-order", path: "stages[1].number", message: "Stage numbers must increase down the ladder: 1 follows 1." }]);
  });

  it("shares one namespace between stages, steps, duties, rules, shared limits, the final duties, events and priorities", () => {
    const p: Loose = minimalPolicy();
    // Every id below repeats the first stage's id "first", so each is declared twice.
    const twice = (path: string): Found => ({ code: "duplicate-id", path, message: 'The id "first" is declared twice (first at stages.0.id); ids must be unique.' });
    p.stages[1].steps = [step("first", null)];
    p.stages[1].duties = [duty("first")];
    p.stages[1].afterResolution = [duty("first")];
    p.duties = [duty("first")];
    p.rules = [{ id: "first", title: "Any stage", when: { flag: "immediate-risk" }, effect: "start-at-any-stage", source }];
    p.sharedLimits = [{ id: "first", title: "Both", stages: ["first", "second"], limit: { workingDays: 9, from: { raised: true }, source }, source }];
    p.final = { title: "Panel", body: "line-manager", what: "Decide", limit: null, duties: [duty("first")], source };
    p.events = [{ id: "first", title: "letter", source }];
    p.priorities = [{ id: "first", title: "Urgent", source }, { id: "routine", title: "Routine", source }];
    expect(issuesOf(p)).toEqual([
      twice("stages[1].steps[0].id"),
      twice("stages[1].duties[0].id"),
      twice("stages[1].afterResolution[0].id"),
      twice("duties[0].id"),
      twice("rules[0].id"),
      twice("sharedLimits[0].id"),
      twice("final.duties[0].id"),
      twice("events[0].id"),
      twice("priorities[0].id"),
    ]);
  });
});

describe("reference checks: anchors of stage limits", () => {
  it("names the stages when a limit runs from an unknown one", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit.from = { startOf: "frist" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-stage", path: "stages[1].limit.from.startOf", message: '"frist" is not the id of a stage (first, second).' }]);
  });

  it("refuses a limit from the completion of its own stage (it could only end after itself)", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit.from = { completionOf: "second" };
    expect(issuesOf(p)).toEqual([unreachable("stages[1].limit.from.completionOf", "This limit runs from the completion of stage 2, which does not come before it: it could never be timed.")]);
  });

  it("refuses a limit from the start of a later stage, but allows one from the start of its own", () => {
    const later: Loose = minimalPolicy();
    later.stages[0].limit.from = { startOf: "second" };
    expect(issuesOf(later)).toEqual([unreachable("stages[0].limit.from.startOf", "This limit runs from the start of stage 2, which does not come before it: it could never be timed.")]);
    const own: Loose = minimalPolicy();
    own.stages[1].limit.from = { startOf: "second" };
    expect(parsePolicy(own).success).toBe(true);
  });

  it("refuses escalation into a stage from its own start, allows it from the completion of the stage before", () => {
    const own: Loose = minimalPolicy();
    own.stages[1].escalateBy = { workingDays: 1, from: { startOf: "second" }, source };
    expect(issuesOf(own)).toEqual([unreachable("stages[1].escalateBy.from.startOf", "The time to escalate into a stage runs from the start of stage 2, which does not come before it: it could never be timed.")]);
    const before: Loose = minimalPolicy();
    before.stages[1].escalateBy = { workingDays: 1, from: { completionOf: "first" }, source };
    expect(parsePolicy(before).success).toBe(true);
  });

  it("refuses escalation into the first stage, where every case starts", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].escalateBy = { workingDays: 1, from: { raised: true }, source };
    expect(issuesOf(p)).toEqual([
      { code: "escalate-into-first", path: "stages[0].escalateBy", message: "The first stage is where a case starts: nothing escalates into it, so it cannot have escalateBy." },
    ]);
  });

  it("refuses escalation timed from the resolution, which ends the case, but allows other limits from it", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].escalateBy = { workingDays: 1, from: { resolution: true }, source };
    expect(issuesOf(p)).toEqual([
      unreachable("stages[1].escalateBy.from.resolution", "The time to escalate into a stage cannot run from the disagreement being resolved: a resolved case escalates no further."),
    ]);
    const after: Loose = minimalPolicy();
    after.stages[1].afterResolution = [duty("record-outcome", { limit: { workingDays: 1, from: { resolution: true }, source } })];
    expect(parsePolicy(after).success).toBe(true);
  });
});

describe("reference checks: steps", () => {
  it("says the policy has no steps when a limit runs from one", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit.from = { step: "respond" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-step", path: "stages[1].limit.from.step", message: '"respond" is not the id of a step (the policy has no steps).' }]);
  });

  it("lists the steps when a limit runs from an unknown one", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].steps = [step("meet"), step("agree", { step: "meet" })];
    p.stages[1].limit.from = { step: "respond" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-step", path: "stages[1].limit.from.step", message: '"respond" is not the id of a step (meet, agree).' }]);
  });

  it("refuses a stage limit from a step of a later stage, allows one from a step of its own or an earlier stage", () => {
    const later: Loose = minimalPolicy();
    later.stages[1].steps = [step("meet")];
    later.stages[0].limit.from = { step: "meet" };
    expect(issuesOf(later)).toEqual([unreachable("stages[0].limit.from.step", 'This limit runs from the step "meet" of stage 2, which comes after it: it could never be timed.')]);
    const own: Loose = minimalPolicy();
    own.stages[1].steps = [step("meet")];
    own.stages[1].limit.from = { step: "meet" };
    expect(parsePolicy(own).success).toBe(true);
  });

  it("refuses escalation into a stage from one of its own steps, allows it from a step of the stage before", () => {
    const own: Loose = minimalPolicy();
    own.stages[1].steps = [step("meet")];
    own.stages[1].escalateBy = { workingDays: 1, from: { step: "meet" }, source };
    expect(issuesOf(own)).toEqual([
      unreachable("stages[1].escalateBy.from.step", 'This limit runs from the step "meet" of stage 2, which does not come before the stage it escalates into: it could never be timed.'),
    ]);
    const before: Loose = minimalPolicy();
    before.stages[0].steps = [step("meet")];
    before.stages[1].escalateBy = { workingDays: 1, from: { step: "meet" }, source };
    expect(parsePolicy(before).success).toBe(true);
  });

  it("refuses steps that run from each other in a ring, reported once at the first step's anchor", () => {
    const p: Loose = minimalPolicy();
    // a waits for b and b for a: neither can ever start.
    p.stages[0].steps = [step("a", { step: "b" }), step("b", { step: "a" })];
    expect(issuesOf(p)).toEqual([{ code: "cycle", path: "stages[0].steps[0].limit.from.step", message: "These steps each run from the next, in a ring that could never be timed: a → b → a." }]);
  });

  it("reports only the ring, not a step leading into it", () => {
    const p: Loose = minimalPolicy();
    // lead runs from b, which is in the ring b → c → b; lead itself is not in the ring.
    p.stages[0].steps = [step("lead", { step: "b" }), step("b", { step: "c" }), step("c", { step: "b" }), step("free", null)];
    expect(issuesOf(p)).toEqual([{ code: "cycle", path: "stages[0].steps[1].limit.from.step", message: "These steps each run from the next, in a ring that could never be timed: b → c → b." }]);
  });
});

describe("reference checks: events", () => {
  it("says the policy declares no events when a limit runs from one", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit.from = { event: "letter" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-event", path: "stages[1].limit.from.event", message: '"letter" is not one of the policy\'s named events (it declares none in "events").' }]);
  });

  it("lists the declared events when a limit runs from an unknown one, and accepts a declared one", () => {
    const p: Loose = minimalPolicy();
    p.events = [{ id: "call", title: "phone call", source }, { id: "meeting", title: "meeting", source }];
    p.stages[1].limit.from = { event: "letter" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-event", path: "stages[1].limit.from.event", message: '"letter" is not one of the policy\'s named events (call, meeting).' }]);
    p.stages[1].limit.from = { event: "call" };
    expect(parsePolicy(p).success).toBe(true);
  });
});

describe("reference checks: duties, rules, copy rules and the final step", () => {
  it("refuses a stage duty timed from a later stage, allows a policy-wide duty from any stage", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].duties = [duty("report", { limit: { workingDays: 1, from: { completionOf: "second" }, source } })];
    expect(issuesOf(p)).toEqual([unreachable("stages[0].duties[0].limit.from.completionOf", "This limit runs from the completion of stage 2, which does not come before it: it could never be timed.")]);
    const wide: Loose = minimalPolicy();
    wide.duties = [duty("report", { limit: { workingDays: 1, from: { completionOf: "second" }, source } })];
    expect(parsePolicy(wide).success).toBe(true);
  });

  it("refuses a step timed from a later stage", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].steps = [step("meet", { startOf: "second" })];
    expect(issuesOf(p)).toEqual([unreachable("stages[0].steps[0].limit.from.startOf", "This limit runs from the start of stage 2, which does not come before it: it could never be timed.")]);
  });

  it("checks the stages named by copy rules and rules, and that rules are complete", () => {
    const p: Loose = minimalPolicy();
    const noStage = (id: string): string => `"${id}" is not the id of a stage (first, second).`;
    p.copyRules = [{ to: ["practitioner"], fromStage: "third", what: "Copy", source }];
    p.rules = [
      // start-at-stage without a stage cannot say where the case starts.
      { id: "jump", title: "Jump", when: { flag: "immediate-risk" }, effect: "start-at-stage", atStages: ["first", "fourth"], source },
      // notify without "to" cannot say whom to tell.
      { id: "tell", title: "Tell", when: { flag: "immediate-risk" }, effect: "notify", stage: "fifth", limit: { immediately: true, from: { event: "none" }, source }, source },
    ];
    expect(issuesOf(p)).toEqual([
      { code: "unknown-stage", path: "copyRules[0].fromStage", message: noStage("third") },
      { code: "unknown-stage", path: "rules[0].atStages[1]", message: noStage("fourth") },
      { code: "incomplete-rule", path: "rules[0].stage", message: "A start-at-stage rule must name the stage to go to." },
      { code: "unknown-stage", path: "rules[1].stage", message: noStage("fifth") },
      { code: "unknown-event", path: "rules[1].limit.from.event", message: '"none" is not one of the policy\'s named events (it declares none in "events").' },
      { code: "incomplete-rule", path: "rules[1].to", message: 'A notify rule must say whom to tell ("to").' },
    ]);
  });

  it("lets the final step run from the completion of the last stage, not from a step of a stage after it", () => {
    const ok: Loose = minimalPolicy();
    // The final step comes after the last stage (number 2), so it counts as stage 3.
    ok.final = { title: "Panel", body: "line-manager", what: "Decide", limit: { workingDays: 5, from: { completionOf: "second" }, source }, source };
    expect(parsePolicy(ok).success).toBe(true);
    const duties: Loose = minimalPolicy();
    duties.final = { title: "Panel", body: "line-manager", what: "Decide", limit: null, duties: [duty("minute", { limit: { workingDays: 1, from: { completionOf: "second" }, source } })], source };
    expect(parsePolicy(duties).success).toBe(true);
  });
});

describe("reference checks: priorities", () => {
  function withPriorities(): Loose {
    const p: Loose = minimalPolicy();
    p.priorities = [{ id: "urgent", title: "Urgent", source }, { id: "routine", title: "Routine", source }];
    return p;
  }

  it("refuses a condition on an undeclared priority, however deeply nested", () => {
    const p = withPriorities();
    const wrong = (id: string): string => `"${id}" is not one of the policy's priorities (urgent, routine).`;
    p.stages[1].when = { all: [{ any: [{ not: { priority: "high" } }] }] };
    p.stages[1].notify = [{ to: ["practitioner"], when: { priority: "n" }, source }];
    p.stages[1].duties = [duty("d1", { when: { priority: "d" } })];
    p.stages[1].afterResolution = [duty("d2", { when: { priority: "a" } })];
    p.duties = [duty("d3", { when: { priority: "w" } })];
    p.rules = [{ id: "r", title: "R", when: { priority: "r" }, effect: "start-at-any-stage", source }];
    p.final = { title: "Panel", body: "line-manager", what: "Decide", when: { priority: "f" }, limit: null, source };
    expect(issuesOf(p)).toEqual([
      { code: "unknown-priority", path: "stages[1].when.all[0].any[0].not.priority", message: wrong("high") },
      { code: "unknown-priority", path: "stages[1].notify[0].when.priority", message: wrong("n") },
      { code: "unknown-priority", path: "stages[1].duties[0].when.priority", message: wrong("d") },
      { code: "unknown-priority", path: "stages[1].afterResolution[0].when.priority", message: wrong("a") },
      { code: "unknown-priority", path: "duties[0].when.priority", message: wrong("w") },
      { code: "unknown-priority", path: "rules[0].when.priority", message: wrong("r") },
      { code: "unknown-priority", path: "final.when.priority", message: wrong("f") },
    ]);
  });

  it("says the policy declares no priorities when a condition names one", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].when = { priority: "urgent" };
    expect(issuesOf(p)).toEqual([{ code: "unknown-priority", path: "stages[1].when.priority", message: '"urgent" is not one of the policy\'s priorities (it declares none).' }]);
  });

  it("refuses a limit set only by priority that leaves a priority without an amount", () => {
    const p = withPriorities();
    // Only "urgent" has an amount and the limit has none of its own: a routine case would have no deadline.
    p.stages[1].limit = { byPriority: [{ priority: "urgent", workingDays: 1, source }], from: { raised: true }, source };
    expect(issuesOf(p)).toEqual([
      { code: "priority-without-limit", path: "stages[1].limit.byPriority", message: "This limit is set only by priority, and gives none for routine: give each priority its amount, or the limit one for the rest." },
    ]);
  });

  it("accepts a limit by priority with an amount for the rest, or one for every priority", () => {
    for (const amount of [{ workingDays: 5 }, { workingWeeks: 1 }, { calendarDays: 5 }, { calendarMonths: 1 }, { hours: 48 }, { immediately: true }, { asSoonAsPossible: true }]) {
      const p = withPriorities();
      p.stages[1].limit = { byPriority: [{ priority: "urgent", workingDays: 1, source }], ...amount, from: { raised: true }, source };
      expect(issuesOf(p)).toEqual([]);
    }
    const every = withPriorities();
    every.stages[1].limit = { byPriority: [{ priority: "urgent", workingDays: 1, source }, { priority: "routine", workingDays: 5, source }], from: { raised: true }, source };
    expect(issuesOf(every)).toEqual([]);
  });

  it("refuses an amount for an undeclared priority in any kind of limit", () => {
    const p = withPriorities();
    const byUnknown = (): Loose => ({ workingDays: 5, byPriority: [{ priority: "low", workingDays: 9, source }], from: { raised: true }, source });
    const wrong = '"low" is not one of the policy\'s priorities (urgent, routine).';
    p.stages[1].escalateBy = byUnknown();
    p.stages[1].steps = [{ ...step("meet"), limit: byUnknown() }];
    p.stages[1].duties = [duty("d1", { limit: byUnknown() })];
    p.stages[1].afterResolution = [duty("d2", { limit: byUnknown() })];
    p.duties = [duty("d3", { limit: byUnknown() })];
    p.rules = [{ id: "r", title: "R", when: { flag: "immediate-risk" }, effect: "start-at-any-stage", limit: byUnknown(), source }];
    p.sharedLimits = [{ id: "both", title: "Both", stages: ["first", "second"], limit: byUnknown(), source }];
    p.final = { title: "Panel", body: "line-manager", what: "Decide", limit: byUnknown(), source };
    const at = (path: string): Found => ({ code: "unknown-priority", path: `${path}.byPriority[0].priority`, message: wrong });
    expect(issuesOf(p)).toEqual([
      at("stages[1].escalateBy"),
      at("stages[1].steps[0].limit"),
      at("stages[1].duties[0].limit"),
      at("stages[1].afterResolution[0].limit"),
      at("duties[0].limit"),
      at("rules[0].limit"),
      at("sharedLimits[0].limit"),
      at("final.limit"),
    ]);
  });
});

describe("reference checks: shared limits", () => {
  function shared(members: Loose, from: Loose = { raised: true }): Loose {
    return { id: `shared-${Object.values(members).flat().join("-")}`, title: "Group", ...members, limit: { workingDays: 9, from, source }, source };
  }

  it("accepts consecutive stages, and steps, that share a limit", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].steps = [step("meet"), step("agree", { step: "meet" })];
    p.sharedLimits = [shared({ stages: ["first", "second"] }), shared({ steps: ["meet", "agree"] })];
    expect(issuesOf(p)).toEqual([]);
  });

  it("refuses stages out of ladder order", () => {
    const p: Loose = minimalPolicy();
    p.sharedLimits = [shared({ stages: ["second", "first"] })];
    expect(issuesOf(p)).toEqual([{ code: "not-consecutive", path: "sharedLimits[0].stages", message: "The stages of a shared limit must be consecutive, in ladder order." }]);
  });

  it("refuses stages that skip one", () => {
    const p: Loose = minimalPolicy();
    p.stages.push({ ...structuredClone(p.stages[1]), id: "third", number: 3, limit: { workingDays: 5, from: { completionOf: "second" }, source } });
    p.sharedLimits = [shared({ stages: ["first", "third"] })];
    expect(issuesOf(p)).toEqual([{ code: "not-consecutive", path: "sharedLimits[0].stages", message: "The stages of a shared limit must be consecutive, in ladder order." }]);
  });

  it("refuses a member in two shared limits, and unknown stages and steps", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].steps = [step("meet")];
    p.sharedLimits = [shared({ stages: ["first", "second"] }), { ...shared({ stages: ["second", "third"] }), id: "other" }, shared({ steps: ["meet", "talk"] })];
    expect(issuesOf(p)).toEqual([
      { code: "shared-twice", path: "sharedLimits[1].stages[0]", message: '"second" is already in another shared limit: a stage or step can share one limit only.' },
      { code: "unknown-stage", path: "sharedLimits[1].stages[1]", message: '"third" is not the id of a stage (first, second).' },
      { code: "unknown-step", path: "sharedLimits[2].steps[1]", message: '"talk" is not the id of a step (meet).' },
    ]);
  });

  it("says the policy has no steps when a shared limit names one", () => {
    const p: Loose = minimalPolicy();
    p.sharedLimits = [shared({ steps: ["meet", "talk"] })];
    expect(issuesOf(p)).toEqual([
      { code: "unknown-step", path: "sharedLimits[0].steps[0]", message: '"meet" is not the id of a step (the policy has no steps).' },
      { code: "unknown-step", path: "sharedLimits[0].steps[1]", message: '"talk" is not the id of a step (the policy has no steps).' },
    ]);
  });

  it("refuses a shared limit timed from the completion of its own first stage or a step of a later stage", () => {
    const p: Loose = minimalPolicy();
    // The group starts with stage 1, so it cannot wait for stage 1 to end.
    p.sharedLimits = [shared({ stages: ["first", "second"] }, { completionOf: "first" })];
    expect(issuesOf(p)).toEqual([unreachable("sharedLimits[0].limit.from.completionOf", "This limit runs from the completion of stage 1, which does not come before it: it could never be timed.")]);
    const steps: Loose = minimalPolicy();
    steps.stages[0].steps = [step("meet"), step("agree", { step: "meet" })];
    steps.stages[1].steps = [step("later")];
    // The group's steps are in stage 1; a step of stage 2 comes after them.
    steps.sharedLimits = [shared({ steps: ["meet", "agree"] }, { step: "later" })];
    expect(issuesOf(steps)).toEqual([unreachable("sharedLimits[0].limit.from.step", 'This limit runs from the step "later" of stage 2, which comes after it: it could never be timed.')]);
  });
});

describe("schema issues, in words a policy officer can act on", () => {
  type Edit = (p: Loose) => void;
  it.each<[string, Edit, Found]>([
    // Lengths: a text over its limit, a list over its limit, a blank text.
    ["a $schema over 500 characters", (p) => (p.$schema = "x".repeat(501)), { code: "too-long", path: "$schema", message: "Allows at most 500 characters." }],
    ["a title over 4000 characters", (p) => (p.title = "x".repeat(4001)), { code: "too-long", path: "title", message: "Allows at most 4000 characters." }],
    ["three subjects where two is the most", (p) => (p.subjects = ["adults", "children", "adults"]), { code: "too-many", path: "subjects", message: "Allows at most 2 entries." }],
    ["a blank title (text is trimmed first)", (p) => (p.title = "  "), { code: "empty", path: "title", message: "Must not be empty." }],
    // Numbers: workingDays runs from 1 to 366.
    ["zero working days", (p) => (p.stages[0].limit.workingDays = 0), { code: "too-small", path: "stages[0].limit.workingDays", message: "Must be at least 1, got 0." }],
    ["367 working days", (p) => (p.stages[0].limit.workingDays = 367), { code: "too-big", path: "stages[0].limit.workingDays", message: "Must be at most 366, got 367." }],
    // A policy with priorities needs at least two of them (plural "entries").
    ["a single priority", (p) => (p.priorities = [{ id: "urgent", title: "Urgent", source }]), { code: "too-few", path: "priorities", message: "Needs at least 2 entries." }],
    // Missing fields and wrong types name what was expected in plain words.
    ["no title", (p) => delete p.title, { code: "missing", path: "title", message: "This field is required: expected text." }],
    ["no roles", (p) => delete p.roles, { code: "missing", path: "roles", message: "This field is required: expected a list." }],
    ["roles as an object", (p) => (p.roles = {}), { code: "wrong-type", path: "roles", message: "Expected a list, got {}." }],
    ["a date as a number", (p) => (p.reviewDue = 5), { code: "wrong-type", path: "reviewDue", message: "Expected text, got 5." }],
    ["a yes/no as text", (p) => (p.stages[0].steps = [{ ...step("meet", null), afterResolution: "yes" }]), { code: "wrong-type", path: "stages[0].steps[0].afterResolution", message: 'Expected true or false, got the text "yes".' }],
    ["the document as null", (p) => (p.document = null), { code: "wrong-type", path: "document", message: "Expected an object, got null." }],
    // Formats: the id rule's own words after the value, or "is not a valid" for dates.
    ["an id with capitals and a space", (p) => (p.roles[0].id = "Line Manager"), { code: "bad-format", path: "roles[0].id", message: 'The text "Line Manager" must be lower-case words joined by hyphens, e.g. "line-manager".' }],
    ["30 February", (p) => (p.reviewDue = "2026-02-30"), { code: "bad-format", path: "reviewDue", message: 'The text "2026-02-30" is not a valid date.' }],
    // Unions: a flagged anchor is a flag or a list of flags; "from" and "when" list their forms.
    ["a number as the flag of an anchor", (p) => (p.stages[0].limit.from = { flagged: 5 }), { code: "no-matching-form", path: "stages[0].limit.from.flagged", message: "Does not match any accepted form; got 5." }],
    [
      "an empty anchor",
      (p) => (p.stages[0].limit.from = {}),
      {
        code: "no-matching-form",
        path: "stages[0].limit.from",
        message: 'Expected { "raised": true }, { "completionOf": "<stage id>" }, { "startOf": "<stage id>" }, { "step": "<step id>" }, { "event": "<named event id>" }, { "flagged": "<flag>" or ["<flag>", ...] } or { "resolution": true }; got {}.',
      },
    ],
    [
      "an empty condition",
      (p) => (p.stages[0].when = {}),
      { code: "no-matching-form", path: "stages[0].when", message: 'Expected { "flag": "<case flag>" }, { "subject": "adult" | "child" }, { "all": [...] }, { "any": [...] } or { "not": { ... } }; got {}.' },
    ],
    // An unknown key in one form of a union is reported from that form, not as "no form matches".
    ["an extra key beside raised", (p) => (p.stages[0].limit.from = { raised: true, x: 1 }), { code: "unknown-field", path: "stages[0].limit.from.x", message: '"x" is not a field of the "from" object; the fields are: raised.' }],
    ["a subject the condition does not know", (p) => (p.stages[0].when = { subject: "elder" }), { code: "not-allowed", path: "stages[0].when.subject", message: 'Expected one of "adult", "child", got the text "elder".' }],
    // Refinements: zod's sentence, capitalised, with one full stop.
    [
      "a shared limit over both stages and steps",
      (p) => (p.sharedLimits = [{ id: "both", title: "Both", stages: ["first", "second"], steps: ["a", "b"], limit: { workingDays: 1, from: { raised: true }, source }, source }]),
      { code: "invalid", path: "sharedLimits[0]", message: "A shared limit names either stages or steps, not both and not neither." },
    ],
    [
      "a limit with no amount",
      (p) => delete p.stages[0].limit.workingDays,
      { code: "invalid", path: "stages[0].limit", message: "A limit needs one of workingDays, workingWeeks, calendarDays, calendarMonths, hours, immediately or asSoonAsPossible." },
    ],
  ])("reports %s", (_, edit, expected) => {
    const p: Loose = minimalPolicy();
    edit(p);
    expect(issuesOf(p)).toEqual([expected]);
  });
});

describe("InvalidPolicyError", () => {
  it("shows the first three issues and counts the rest", () => {
    const issues = [1, 2, 3, 4, 5].map((n) => ({ severity: "error" as const, code: "invalid", path: ["stages", n, "title"], message: `Problem ${n}.` }));
    const head = "The policy is not valid (check it with parsePolicy first): stages[1].title: Problem 1.; stages[2].title: Problem 2.; stages[3].title: Problem 3.";
    const five = new InvalidPolicyError(issues);
    expect(five.code).toBe("invalid-policy");
    expect(five.issues).toBe(issues);
    expect(five.message).toBe(`${head}; and 2 more`);
    expect(new InvalidPolicyError(issues.slice(0, 4)).message).toBe(`${head}; and 1 more`);
    // Exactly three: nothing more to count.
    expect(new InvalidPolicyError(issues.slice(0, 3)).message).toBe(head);
    expect(new InvalidPolicyError(issues.slice(0, 1)).message).toBe("The policy is not valid (check it with parsePolicy first): stages[1].title: Problem 1.");
  });
});

describe("deepFreeze", () => {
  it("freezes nested objects and arrays, and returns the value itself", () => {
    const value = { a: { b: [{ c: 1 }] } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a.b[0])).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
  });

  it("returns primitives and null unchanged (a string is not walked character by character)", () => {
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze("text")).toBe("text");
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze({ s: "text", n: null })).toEqual({ s: "text", n: null });
  });

  it("takes an already frozen object as done and does not walk into it", () => {
    // Parsed policies are frozen whole; stopping at a frozen object keeps re-freezing cheap.
    const inner = { c: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

describe("policyInForce", () => {
  function version(label: string | undefined, effectiveFrom?: string): Policy {
    const copy: Loose = structuredClone(policies.swindon);
    delete copy.version;
    delete copy.effectiveFrom;
    const result = parsePolicy({ ...copy, ...(label === undefined ? {} : { version: label }), ...(effectiveFrom === undefined ? {} : { effectiveFrom }) });
    if (!result.success) throw new Error("the test's policy should be valid");
    return result.policy;
  }

  it("picks the latest version that has started, whatever the order given", () => {
    const old = version("v1");
    const revised = version("v2", "2026-04-01");
    expect(policyInForce([revised, old], "swindon", "2026-12-23")).toBe(revised);
    expect(policyInForce([old, revised], "swindon", "2026-12-23")).toBe(revised);
    expect(policyInForce([revised, old], "swindon", "2026-03-31")).toBe(old);
    // On its first day the revision is in force.
    expect(policyInForce([old, revised], "swindon", "2026-04-01")).toBe(revised);
  });

  it("keeps the first given of two versions that start on the same day", () => {
    const a = version("a", "2026-04-01");
    const b = version("b", "2026-04-01");
    expect(policyInForce([a, b], "swindon", "2026-05-01")).toBe(a);
  });

  it("says when no version is in force, and when none of that id is given", () => {
    const revised = version("v2", "2026-04-01");
    const error = (() => {
      try {
        policyInForce([revised], "swindon", "2026-01-05");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(NoPolicyVersionError);
    expect((error as NoPolicyVersionError).code).toBe("no-policy-version");
    expect(() => policyInForce([revised], "swindon", "2026-01-05")).toThrow(/^No version of "swindon" is in force on 2026-01-05\.$/);
    expect(() => policyInForce([revised], "rochdale", "2026-05-05")).toThrow(/^No version of "rochdale" is in force on 2026-05-05 \(none is given\)\.$/);
  });

  it("returns a pinned version whatever the date, and lists the versions given when the pinned one is not among them", () => {
    const unversioned = version(undefined);
    const revised = version("v2", "2026-04-01");
    expect(policyInForce([unversioned, revised], "swindon", "2026-01-05", "v2")).toBe(revised);
    expect(() => policyInForce([unversioned, revised], "swindon", "2026-01-05", "v3")).toThrow(/^No version "v3" of "swindon" is given \("unversioned", "v2"\)\.$/);
    expect(() => policyInForce([revised], "rochdale", "2026-01-05", "v3")).toThrow(/^No version "v3" of "rochdale" is given \(none\)\.$/);
  });

  it("refuses a list with a policy parsePolicy did not return, and an id or version that is not text", () => {
    const revised = version("v2", "2026-04-01");
    const unparsed = structuredClone(revised) as Policy;
    expect(() => policyInForce([revised, unparsed], "swindon", "2026-05-01")).toThrow(/^Expected a list of policies from parsePolicy; got /);
    expect(() => policyInForce([revised], 5 as unknown as string, "2026-05-01")).toThrow(/^Expected a policy id and, if pinned, a version, as text; got 5 and /);
    expect(() => policyInForce([revised], "swindon", "2026-05-01", 2 as unknown as string)).toThrow(/^Expected a policy id and, if pinned, a version, as text; got "swindon" and 2\.$/);
  });
});

describe("describePolicy and describeLimits on a policy with every kind of limit", () => {
  function everything(): Loose {
    const p: Loose = minimalPolicy();
    p.events = [{ id: "call", title: "phone call", source }];
    p.stages[0].when = { subject: "adult" };
    p.stages[0].steps = [step("meet"), { ...step("debrief", { step: "meet" }), afterResolution: true }];
    p.stages[0].duties = [duty("note", { when: { flag: "immediate-risk" }, limit: { workingDays: 1, from: { raised: true }, whicheverIsLess: true, source } })];
    p.stages[0].afterResolution = [duty("file", { kind: "feedback" })];
    p.stages[1].escalateBy = { workingDays: 3, from: { completionOf: "first" }, source };
    p.duties = [duty("log")];
    p.rules = [{ id: "urgent", title: "Urgent", when: { flag: "immediate-risk" }, effect: "notify", to: ["line-manager"], limit: { immediately: true, from: { raised: true }, source }, source }];
    p.sharedLimits = [{ id: "both", title: "Both stages", stages: ["first", "second"], limit: { workingDays: 9, from: { raised: true }, source }, source }];
    p.final = { title: "Panel", body: "line-manager", what: "Decide", when: { flag: "no-resolution-in-prospect" }, limit: { workingDays: 5, from: { completionOf: "second" }, source }, duties: [duty("minute", { kind: "learning" })], source };
    return p;
  }

  it("lists the stages, steps, duties (with where each is owed), routes and events, in the policy's order", () => {
    const described = describePolicy(everything() as Policy);
    expect(described).toEqual({
      policy: "example",
      title: "Example protocol",
      stages: [
        { id: "first", number: 1, title: "Practitioners" },
        { id: "second", number: 2, title: "Line managers" },
      ],
      steps: [
        { id: "meet", title: "Step meet", stage: "first" },
        { id: "debrief", title: "Step debrief", stage: "first" },
      ],
      duties: [
        { id: "note", kind: "record", what: "Record it", stage: "first", owed: "stage" },
        { id: "file", kind: "feedback", what: "Record it", stage: "first", owed: "after-resolution" },
        { id: "log", kind: "record", what: "Record it", stage: null, owed: "every-stage" },
        { id: "minute", kind: "learning", what: "Record it", stage: null, owed: "final" },
      ],
      routes: [{ id: "urgent", title: "Urgent", effect: "notify" }],
      events: [{ id: "call", title: "phone call" }],
    });
  });

  it("gives every limit with its kind, stage, duty kind, where it is owed and its condition", () => {
    const limits = describeLimits(everything() as Policy);
    expect(limits.map((found) => ({ kind: found.kind, id: found.id, stage: found.stage, title: found.title, dutyKind: found.dutyKind, owed: found.owed, when: found.when, hasLimit: found.limit !== null }))).toEqual([
      { kind: "stage", id: "first", stage: "first", title: "Practitioners", dutyKind: null, owed: null, when: { subject: "adult" }, hasLimit: true },
      { kind: "step", id: "meet", stage: "first", title: "Step meet", dutyKind: null, owed: null, when: null, hasLimit: true },
      { kind: "step", id: "debrief", stage: "first", title: "Step debrief", dutyKind: null, owed: "after-resolution", when: null, hasLimit: true },
      { kind: "duty", id: "note", stage: "first", title: "Record it", dutyKind: "record", owed: "stage", when: { flag: "immediate-risk" }, hasLimit: true },
      { kind: "duty", id: "file", stage: "first", title: "Record it", dutyKind: "feedback", owed: "after-resolution", when: null, hasLimit: false },
      { kind: "stage", id: "second", stage: "second", title: "Line managers", dutyKind: null, owed: null, when: null, hasLimit: true },
      { kind: "escalate", id: "second", stage: "second", title: "Line managers", dutyKind: null, owed: null, when: null, hasLimit: true },
      { kind: "shared", id: "both", stage: null, title: "Both stages", dutyKind: null, owed: null, when: null, hasLimit: true },
      { kind: "route", id: "urgent", stage: null, title: "Urgent", dutyKind: null, owed: null, when: { flag: "immediate-risk" }, hasLimit: true },
      { kind: "duty", id: "log", stage: null, title: "Record it", dutyKind: "record", owed: "every-stage", when: null, hasLimit: false },
      { kind: "final", id: "final", stage: null, title: "Panel", dutyKind: null, owed: null, when: { flag: "no-resolution-in-prospect" }, hasLimit: true },
    ]);
    // Only the duty's limit is capped by the case's risk deadline.
    expect(limits.filter((found) => found.limit?.whicheverIsLess).map((found) => found.id)).toEqual(["note"]);
    expect(limits.find((found) => found.id === "both")?.limit?.from).toEqual({ raised: true });
  });

  it("lists a final step without a limit with a null limit, and has no final entry without a final step", () => {
    const p = everything();
    p.final.limit = null;
    expect(describeLimits(p as Policy).filter((found) => found.kind === "final").map((found) => found.limit)).toEqual([null]);
    delete p.final;
    expect(describeLimits(p as Policy).some((found) => found.kind === "final")).toBe(false);
  });
});

describe("formatPath", () => {
  it("writes keys as JavaScript would reach them", () => {
    expect(formatPath([])).toBe("(the document)");
    expect(formatPath(["stages", 2, "limit", "from"])).toBe("stages[2].limit.from");
    expect(formatPath([0, "id"])).toBe("[0].id");
    // Keys that are not identifiers (a hyphen, a leading digit, a space) are quoted in brackets.
    expect(formatPath(["roles", "line-manager", "9th", "a b", "$ok"])).toBe('roles["line-manager"]["9th"]["a b"].$ok');
    expect(formatPath(["x-y"])).toBe('["x-y"]');
  });

  it("refuses anything but a list of text keys and whole-number indexes", () => {
    const refusal = /^formatPath takes a path: a list of keys and indexes, e.g\. \["stages", 2, "limit"\]; got /;
    for (const bad of [["stages", 1.5], ["stages", {}], ["stages", Number.MAX_SAFE_INTEGER + 1], "stages", null] as unknown[]) {
      expect(() => formatPath(bad as (string | number)[])).toThrow(refusal);
    }
  });
});

describe("lintPolicy warnings", () => {
  it("warns of an open stage, a passed review date, another reading and an unused role, in that order", () => {
    const p: Loose = minimalPolicy();
    p.roles.push({ id: "chair", kind: "board", title: "Chair" });
    p.stages[0].limit = null;
    p.stages[1].limit.from = { raised: true };
    p.stages[1].limit.otherReadings = [{ workingDays: 10, note: "five may mean calendar days", source: { section: "2", quote: "five days" } }];
    const warnings = lintPolicy(p as Policy, { today: "2026-03-02" }).map((found) => ({ severity: found.severity, code: found.code, path: formatPath(found.path), message: found.message }));
    expect(warnings).toEqual([
      { severity: "warning", code: "no-time-limit", path: "stages[0].limit", message: "Stage 1 (Practitioners) has no time limit in the protocol: its deadline, and every later one, stays open." },
      // reviewDue is 2026-03-01, the day before.
      { severity: "warning", code: "review-date-passed", path: "reviewDue", message: "The review date 2026-03-01 has passed (today is 2026-03-02): check that this is still the version in force." },
      { severity: "warning", code: "other-reading", path: "stages[1].limit.otherReadings[0]", message: "The protocol can be read another way here, not encoded: five may mean calendar days (2)." },
      { severity: "warning", code: "unused-role", path: "roles[2]", message: 'The role "chair" is declared but never used.' },
    ]);
  });

  it("does not warn of a review date that falls today", () => {
    expect(lintPolicy(minimalPolicy() as Policy, { today: "2026-03-01" })).toEqual([]);
  });

  it("needs today, as a real date", () => {
    expect(() => lintPolicy(minimalPolicy() as Policy, undefined as unknown as { today: string })).toThrow("lintPolicy needs { today }: lint reads no clock, so it must be told the date.");
    expect(() => lintPolicy(minimalPolicy() as Policy, { today: "2026-02-30" })).toThrow(/today/);
  });
});

describe("unknown fields", () => {
  it("without the fields of its object, says only to check the spelling", () => {
    expect(unknownFieldIssues(["zzz"], ["stages", 0], undefined)).toEqual([{ severity: "error", code: "unknown-field", path: ["stages", 0, "zzz"], message: 'Unknown field "zzz": check its spelling, or remove it.' }]);
  });

  it("names an object without a kind by its key, or as the document at the top", () => {
    const known = { kind: undefined, fields: ["title", "file"] };
    expect(unknownFieldIssues(["zzz"], [], known).map((found) => found.message)).toEqual(['"zzz" is not a field of the document; the fields are: title, file.']);
    // The last text key names the object, not an index after it.
    expect(unknownFieldIssues(["zzz"], ["stages", 0], known).map((found) => found.message)).toEqual(['"zzz" is not a field of the "stages" object; the fields are: title, file.']);
    expect(unknownFieldIssues(["titl"], ["document"], known).map((found) => found.message)).toEqual(['"titl" is not a field of the "document" object; did you mean "title"?']);
  });

  it("uses an before a vowel in a kind's name", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit.otherReadings = [{ workingDays: 10, note: "n", source, zzz: 1 }];
    expect(issuesOf(p).map((found) => [found.code, found.path, found.message.slice(0, 40)])).toEqual([["unknown-field", "stages[1].limit.otherReadings[0].zzz", '"zzz" is not a field of an other reading']]);
  });
});
