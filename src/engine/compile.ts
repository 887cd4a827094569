import { createCalendar, indexOf, type Calendar, type CalendarIndex } from "../calendar/calendar.js";
import type { Jurisdiction } from "../calendar/jurisdiction.js";
import type { CaseFlag, Condition, Duty, Policy, Role, Rule, Stage, Step, Subject } from "../policy/schema.js";

/** @internal A policy indexed for the engine: built once per policy object. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly stageById: ReadonlyMap<string, Stage>;
  readonly stagePosition: ReadonlyMap<string, number>;
  readonly stepById: ReadonlyMap<string, { readonly step: Step; readonly stage: Stage }>;
  /** Every declared duty by id, with the stage it belongs to (undefined: policy-wide or final). */
  readonly dutyById: ReadonlyMap<string, { readonly duty: Duty; readonly stage?: Stage; readonly afterResolution: boolean }>;
  readonly ruleById: ReadonlyMap<string, Rule>;
  readonly roleById: ReadonlyMap<string, Role>;
  /** For each stage position, the roles copied into its communication. */
  readonly copyToByPosition: readonly (readonly string[])[];
}

const compiled = new WeakMap<Policy, CompiledPolicy>();

/** @internal */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached !== undefined) return cached;
  const stageById = new Map<string, Stage>();
  const stagePosition = new Map<string, number>();
  const stepById = new Map<string, { step: Step; stage: Stage }>();
  const dutyById = new Map<string, { duty: Duty; stage?: Stage; afterResolution: boolean }>();
  policy.stages.forEach((stage, position) => {
    stageById.set(stage.id, stage);
    stagePosition.set(stage.id, position);
    for (const step of stage.steps ?? []) stepById.set(step.id, { step, stage });
    for (const duty of stage.duties ?? []) dutyById.set(duty.id, { duty, stage, afterResolution: false });
    for (const duty of stage.afterResolution ?? []) dutyById.set(duty.id, { duty, stage, afterResolution: true });
  });
  for (const duty of policy.duties ?? []) dutyById.set(duty.id, { duty, afterResolution: false });
  for (const duty of policy.final?.duties ?? []) dutyById.set(duty.id, { duty, afterResolution: false });
  const copyToByPosition = policy.stages.map((stage, position) =>
    (policy.copyRules ?? []).filter((rule) => (stagePosition.get(rule.fromStage) ?? Infinity) <= position).flatMap((rule) => rule.to),
  );
  const result: CompiledPolicy = {
    policy,
    stageById,
    stagePosition,
    stepById,
    dutyById,
    ruleById: new Map((policy.rules ?? []).map((rule) => [rule.id, rule])),
    roleById: new Map(policy.roles.map((role) => [role.id, role])),
    copyToByPosition,
  };
  compiled.set(policy, result);
  return result;
}

/** What conditions are judged against. */
export interface ConditionFacts {
  readonly subject?: Subject | undefined;
  readonly flags: ReadonlySet<CaseFlag>;
}

/**
 * @internal Whether a condition holds. A subject condition on a case whose
 * subject is not given holds: better to name a target too many than to miss one.
 */
export function holds(condition: Condition | undefined, facts: ConditionFacts): boolean {
  if (condition === undefined) return true;
  if ("flag" in condition) return facts.flags.has(condition.flag);
  return facts.subject === undefined || facts.subject === condition.subject;
}

/** @internal Whether a route applies while the case is at a stage: everywhere, unless it names its stages. */
export function appliesAt(rule: Rule, stageId: string | undefined): boolean {
  return rule.atStages === undefined || (stageId !== undefined && rule.atStages.includes(stageId));
}

const defaultCalendars = new Map<Jurisdiction, Calendar>();

/** @internal The calendar to use: the caller's, or the policy's jurisdiction's. */
export function calendarFor(policy: Policy, calendar: Calendar | undefined): { calendar: Calendar; index: CalendarIndex } {
  let chosen = calendar;
  if (chosen === undefined) {
    chosen = defaultCalendars.get(policy.jurisdiction);
    if (chosen === undefined) {
      chosen = createCalendar({ jurisdiction: policy.jurisdiction });
      defaultCalendars.set(policy.jurisdiction, chosen);
    }
  }
  return { calendar: chosen, index: indexOf(chosen) };
}
