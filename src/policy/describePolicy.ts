import { compilePolicy, inLanguage } from "../engine/compile.js";
import { describeAmount, type LimitPlan } from "../engine/limits.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { InvalidPolicyError, isParsedPolicy } from "./parsed.js";
import { parsePolicy } from "./parsePolicy.js";
import type { Anchor, Condition, Duty, DutyKind, Policy, Rule, Source } from "./schema.js";

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

/** The policy as parsePolicy accepts it: a parsed one as it is, one built in code checked (and refused with its issues). */
function checkedPolicy(policy: Policy): Policy {
  if (isParsedPolicy(policy)) return policy;
  const result = parsePolicy(policy);
  if (!result.success) throw new InvalidPolicyError(result.errors);
  return result.policy;
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
  const checked = checkedPolicy(policy);
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

/** A limit in words, in the language asked for, with what it runs from and the words it came from. */
export interface DescribedLimit {
  /** The whole limit, as an assessment words it: "within 5 working days of the completion of Stage 1 (Internal Discussion)". */
  readonly text: string;
  /** The amount alone: "within 5 working days", "immediately". */
  readonly amount: string;
  /** What it runs from, as the policy gives it. */
  readonly from: Anchor;
  /** "Whichever is less": the case's risk deadline caps it. */
  readonly whicheverIsLess: boolean;
  /** The words of the text it was taken from. */
  readonly source: Source;
  /** Readings the text also allows that were not encoded: each amount in words, its words, and why it was not used. */
  readonly otherReadings: readonly { readonly amount: string; readonly source: Source; readonly note: string }[];
}

/** One thing in a policy that may carry a time limit: a stage, the escalation into it, a step, a duty, a shared limit, a route, or what follows the last stage. */
export interface PolicyLimit {
  readonly kind: "stage" | "escalate" | "step" | "duty" | "shared" | "route" | "final";
  /** Its id in the policy (the stage's, for `escalate`; `"final"` for what follows the last stage). */
  readonly id: string;
  /** The stage it belongs to; null for a duty of every stage, a shared limit, a route, and what follows the last stage. */
  readonly stage: string | null;
  /** The policy's own words for it: the stage's, step's, route's or shared limit's title, or what the duty says. */
  readonly title: string;
  /** A duty's kind; null for anything else. */
  readonly dutyKind: DutyKind | null;
  /** When a duty is owed (as {@link DescribedDuty}'s `owed`); a step done once resolved is `"after-resolution"`; null for anything else. */
  readonly owed: DescribedDuty["owed"] | null;
  /** The case it applies to, where only some cases: the policy's condition; null for every case. */
  readonly when: Condition | null;
  /** Its limit; null where the text sets none. */
  readonly limit: DescribedLimit | null;
  /** The words of the text it was taken from (its limit's may be other words: see `limit.source`). */
  readonly source: Source;
}

/** Options for {@link describeLimits}. */
export interface DescribeLimitsOptions {
  /** The language of the limits' words: `"en"` (default) or `"cy"` (Welsh). The policy's own words stay as it gives them. */
  readonly lang?: Language;
}

/**
 * Every time limit of a policy in words, in the order a reader meets them:
 * each stage with the escalation into it, its steps and duties, then the
 * shared limits, the routes, the duties of every stage, and what follows the
 * last stage. Each is worded as an assessment words it, in English or Welsh,
 * with what it runs from, the words of the text it came from, and the other
 * readings the encoder considered: what a policy's page or a board paper
 * shows to be checked against the published text.
 *
 * @param policy - a policy, parsed (as the bundled ones are) or built in code
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh)
 * @returns plain data, new on every call, that shares nothing with the policy
 * @throws {@link InvalidPolicyError} for a value that {@link parsePolicy} refuses
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * const limits = describeLimits(policies.swindon);
 * limits[0]?.title       // "Internal Discussion"
 * limits[0]?.limit?.text // "within 2 working days of the disagreement arising"
 * const welsh = describeLimits(policies.swindon, { lang: "cy" });
 * welsh.find((found) => found.kind === "stage" && found.id === "stage-2")?.limit?.text
 * // "o fewn 5 diwrnod gwaith ar ôl cwblhau Cam 1 (Internal Discussion)"
 * ```
 */
export function describeLimits(policy: Policy, options?: DescribeLimitsOptions): PolicyLimit[] {
  const lang = languageOption(readOptions(options, ["lang"])?.lang);
  const compiled = inLanguage(compilePolicy(checkedPolicy(policy)), lang);
  const copy = <T>(value: T): T => structuredClone(value);
  const limitOf = (plan: LimitPlan | null): DescribedLimit | null =>
    plan === null
      ? null
      : {
          text: plan.summary.text,
          amount: describeAmount(plan.limit, lang),
          from: copy(plan.limit.from),
          whicheverIsLess: plan.limit.whicheverIsLess === true,
          source: copy(plan.limit.source),
          otherReadings: (plan.limit.otherReadings ?? []).map((reading) => ({ amount: describeAmount(reading, lang), source: copy(reading.source), note: reading.note })),
        };
  const entry = (kind: PolicyLimit["kind"], id: string, stage: string | null, title: string, plan: LimitPlan | null, source: Source, more: Partial<Pick<PolicyLimit, "dutyKind" | "owed" | "when">> = {}): PolicyLimit => ({
    kind,
    id,
    stage,
    title,
    dutyKind: more.dutyKind ?? null,
    owed: more.owed ?? null,
    when: more.when === undefined || more.when === null ? null : copy(more.when),
    limit: limitOf(plan),
    source: copy(source),
  });
  const duty = (owed: DescribedDuty["owed"], stage: string | null) => (plan: { duty: Duty; limit: LimitPlan | null }) =>
    entry("duty", plan.duty.id, stage, plan.duty.what, plan.limit, plan.duty.source, { dutyKind: plan.duty.kind, owed, when: plan.duty.when ?? null });
  const found: PolicyLimit[] = [];
  for (const plan of compiled.stages) {
    const { stage } = plan;
    found.push(entry("stage", stage.id, stage.id, stage.title, plan.limit, stage.source, { when: stage.when ?? null }));
    if (plan.escalateBy !== null) found.push(entry("escalate", stage.id, stage.id, stage.title, plan.escalateBy, plan.escalateBy.limit.source));
    for (const step of plan.steps) found.push(entry("step", step.step.id, stage.id, step.step.title, step.limit, step.step.source, step.afterResolution ? { owed: "after-resolution" } : {}));
    found.push(...plan.duties.map(duty("stage", stage.id)), ...plan.afterResolution.map(duty("after-resolution", stage.id)));
  }
  (compiled.policy.sharedLimits ?? []).forEach((shared, index) => {
    const plan = compiled.sharedLimits[index] as (typeof compiled.sharedLimits)[number];
    found.push(entry("shared", shared.id, null, shared.title, plan.limit, plan.limit.limit.source));
  });
  for (const route of compiled.rules) found.push(entry("route", route.rule.id, null, route.rule.title, route.limit, route.rule.source, { when: route.rule.when }));
  found.push(...compiled.duties.map(duty("every-stage", null)));
  const { final } = compiled.policy;
  if (final !== undefined && compiled.final !== null) found.push(entry("final", "final", null, final.title, compiled.final.limit, final.source, { when: final.when ?? null }));
  return found;
}
