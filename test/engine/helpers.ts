// Shared by the hand-worked engine tests.
import { parseCase, type Case, type Policy, type Schedule, type ScheduledStage } from "../../src/index.js";

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
