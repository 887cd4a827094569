// Shared by the hand-worked engine tests.
import { parseCase, parsePolicy, type Case, type Policy, type Schedule, type ScheduledStage } from "../../src/index.js";

/** A case `parseCase` must accept; fails the test with its errors otherwise. */
export function acceptedCase(policy: Policy, input: unknown): Case {
  const result = parseCase(input, policy);
  if (!result.success) throw new Error(result.errors.map((e) => `${e.code}: ${e.message}`).join("; "));
  return result.case;
}

/** A scheduled stage by its number or id; fails the test if there is none. */
export function scheduledStage(plan: Schedule, key: number | string): ScheduledStage {
  const found = plan.stages.find((s) => (typeof key === "number" ? s.number === key : s.id === key));
  if (found === undefined) throw new Error(`no stage ${key}`);
  return found;
}

/** The ids of roles, duties or anything else with one. */
export const ids = (items: readonly { readonly id: string }[] | undefined): string[] => (items ?? []).map((item) => item.id);

// Builders of small policies for the mutation tests (test/engine/*Mutants.test.ts).

/** A citation from the test's own text. */
export const source = (quote: string) => ({ section: "Test", quote });

/** A limit of some working days from an anchor. */
export const workingDays = (days: number, from: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ workingDays: days, from, ...extra, source: source(`within ${days} working days`) });

/** A stage with the given limit and extras (title, steps, when, escalateBy, duties). */
export function stage(n: number, limit: unknown, extra: Record<string, unknown> = {}) {
  return { id: `stage-${n}`, number: n, title: `Stage ${n}`, actors: { raising: ["practitioner"], receiving: ["manager"] }, limit, ...extra, source: source(`Stage ${n}`) };
}

/** A step of a stage. */
export function step(id: string, limit: unknown, extra: Record<string, unknown> = {}) {
  return { id, title: `Step ${id}`, actors: ["practitioner"], limit, ...extra, source: source(id) };
}

/** A policy of these stages (and extra top-level fields, which replace the defaults) that parsePolicy must accept. */
export function smallPolicy(stages: unknown[], extra: Record<string, unknown> = {}): Policy {
  const parsed = parsePolicy({
    id: "mutants",
    title: "Small test policy",
    issuer: "Test Safeguarding Partnership",
    jurisdiction: "england-and-wales",
    subjects: ["adults", "children"],
    document: { title: "A small policy for hand-worked tests." },
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
