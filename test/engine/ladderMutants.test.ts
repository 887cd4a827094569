// Hand-worked cases aimed at the survivors of a Stryker run on src/engine/ladder.ts
// (commit 0854e15): each builds a small policy with parsePolicy and checks dates
// counted by hand. England and Wales bank holidays (GOV.UK) in the window used:
// Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027.
import { describe, expect, it } from "vitest";
import { assess, DateOutOfRangeError, forecast, parsePolicy, schedule, type Policy } from "../../src/index.js";
import { acceptedCase } from "./helpers.js";

const source = (quote: string) => ({ section: "Test", quote });

/** A limit of some working days from an anchor. */
const workingDays = (days: number, from: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ workingDays: days, from, ...extra, source: source(`within ${days} working days`) });

/** A stage with the given limit and extras (steps, when, escalateBy). */
function stage(n: number, limit: unknown, extra: Record<string, unknown> = {}) {
  return { id: `stage-${n}`, number: n, title: `Stage ${n}`, actors: { raising: ["practitioner"], receiving: ["manager"] }, limit, ...extra, source: source(`Stage ${n}`) };
}

/** A step of a stage. */
function step(id: string, limit: unknown, extra: Record<string, unknown> = {}) {
  return { id, title: `Step ${id}`, actors: ["practitioner"], limit, ...extra, source: source(id) };
}

/** A policy of these stages (and extra top-level fields) that parsePolicy must accept. */
function policyOf(stages: unknown[], extra: Record<string, unknown> = {}): Policy {
  const parsed = parsePolicy({
    id: "mutants",
    title: "Ladder test policy",
    issuer: "Test Safeguarding Partnership",
    jurisdiction: "england-and-wales",
    subjects: ["adults", "children"],
    document: { title: "A small policy for the ladder's hand-worked tests." },
    roles: [
      { id: "practitioner", kind: "practitioner", title: "Practitioner" },
      { id: "manager", kind: "line-manager", title: "Line manager" },
    ],
    stages,
    ...extra,
  });
  if (!parsed.success) throw new Error(parsed.errors.map((e) => `${e.code} ${e.path.join(".")}: ${e.message}`).join("; "));
  return parsed.policy;
}

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
