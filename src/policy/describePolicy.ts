import { InvalidPolicyError, isParsedPolicy } from "./parsed.js";
import { parsePolicy } from "./parsePolicy.js";
import type { Duty, DutyKind, Policy, Rule } from "./schema.js";

/** A stage a case can be in: what `stage-entered` and `resolved` events name. */
export interface DescribedStage {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

/** A step inside a stage: what a `step-done` event names. */
export interface DescribedStep {
  readonly id: string;
  readonly title: string;
  /** The id of the stage it belongs to. */
  readonly stage: string;
}

/** A duty: what a `duty-done` event names. The same id may be owed at several stages, and is listed at each. */
export interface DescribedDuty {
  readonly id: string;
  readonly kind: DutyKind;
  readonly what: string;
  /** The id of the stage it is owed at; null for a duty of every stage, or of the final body. */
  readonly stage: string | null;
  /** `stage`: while at the stage; `after-resolution`: once resolved there; `every-stage`: at every stage; `final`: after the last stage, with the final body. */
  readonly owed: "stage" | "after-resolution" | "every-stage" | "final";
}

/** A route (immediate risk, an unresponsive manager): a `duty-done` event may name it to record it followed. */
export interface DescribedRoute {
  readonly id: string;
  readonly title: string;
  readonly effect: Rule["effect"];
}

/** A named event: what a `happened` event names. */
export interface DescribedEvent {
  readonly id: string;
  readonly title: string;
}

/** What {@link describePolicy} returns: plain data, new on every call. */
export interface PolicyDescription {
  readonly policy: string;
  readonly title: string;
  readonly stages: readonly DescribedStage[];
  readonly steps: readonly DescribedStep[];
  readonly duties: readonly DescribedDuty[];
  readonly routes: readonly DescribedRoute[];
  readonly events: readonly DescribedEvent[];
}

const duty = (owed: DescribedDuty["owed"], stage: string | null) => (d: Duty): DescribedDuty => ({ id: d.id, kind: d.kind, what: d.what, stage, owed });

/**
 * The ids a case's events can name in a policy, with their titles, for a
 * case-management system's pickers: the stages (`stage-entered`,
 * `resolved`), the steps (`step-done`), the duties and routes (`duty-done`)
 * and the named events (`happened`), in the order the policy gives them.
 *
 * @param policy - a policy, parsed (as the bundled ones are) or built in code
 * @returns plain data that shares nothing with the policy
 * @throws {@link InvalidPolicyError} for a value that {@link parsePolicy} refuses
 *
 * @example
 * ```ts
 * const picker = describePolicy(policies["mid-and-west-wales"]);
 * picker.stages.map((stage) => stage.id) // ["stage-1", "stage-2", "stage-3"]
 * picker.events                          // [{ id: "concerns-in-writing", title: "..." }]
 * ```
 */
export function describePolicy(policy: Policy): PolicyDescription {
  let checked = policy;
  if (!isParsedPolicy(policy)) {
    const result = parsePolicy(policy);
    if (!result.success) throw new InvalidPolicyError(result.errors);
    checked = result.policy;
  }
  return {
    policy: checked.id,
    title: checked.title,
    stages: checked.stages.map((stage) => ({ id: stage.id, number: stage.number, title: stage.title })),
    steps: checked.stages.flatMap((stage) => (stage.steps ?? []).map((step) => ({ id: step.id, title: step.title, stage: stage.id }))),
    duties: [
      ...checked.stages.flatMap((stage) => [...(stage.duties ?? []).map(duty("stage", stage.id)), ...(stage.afterResolution ?? []).map(duty("after-resolution", stage.id))]),
      ...(checked.duties ?? []).map(duty("every-stage", null)),
      ...(checked.final?.duties ?? []).map(duty("final", null)),
    ],
    routes: (checked.rules ?? []).map((rule) => ({ id: rule.id, title: rule.title, effect: rule.effect })),
    events: (checked.events ?? []).map((event) => ({ id: event.id, title: event.title })),
  };
}
