// A policy compiled for the engine: everything that depends only on the
// frozen policy (positions, limits as numbers, role lists, limit summaries,
// duty templates, reasons) is worked out once, so that assessing a case is
// array reads and the few objects its result needs. The words (labels, limit
// summaries, reasons) are worked out in one language: a policy is compiled
// once per language it is asked for.
import { createCalendar, indexOf, type Calendar, type CalendarIndex } from "../calendar/calendar.js";
import { toDayNumber } from "../calendar/isoDate.js";
import type { Jurisdiction } from "../calendar/jurisdiction.js";
import type { CaseSubject, Condition, Duty, DutyKind, Limit, Policy, Role, Rule, Stage, Step } from "../policy/schema.js";
import { CASE_FLAGS, CASE_SUBJECTS } from "../policy/vocabulary.js";
import { describeValue } from "../describeValue.js";
import { issue, type PolicyIssue } from "../policy/issues.js";
import { InvalidPolicyError, isParsedPolicy } from "../policy/parsed.js";
import { message } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import { blankLadder } from "./ladder.js";
import { planLimit as planFor, type LimitPlan } from "./limits.js";
import type { DutyDue, RoleRef } from "./types.js";

/**
 * @internal Everything about a duty but its due date; and, for the many
 * duties whose protocol sets no time, the whole outstanding duty, built once
 * and shared (frozen) by every result that lists it.
 */
export interface DutyTemplate extends Omit<DutyDue, "due"> {
  readonly undated: DutyDue & { readonly overdue: false };
}

/** @internal */
export interface DutyPlan {
  readonly duty: Duty;
  /** Index into the ladder's "done" marks; shared with notify routes. */
  readonly doneIndex: number;
  readonly limit: LimitPlan | null;
  readonly template: DutyTemplate;
}

/** @internal */
export interface StepPlan {
  readonly step: Step;
  /** Index among all the policy's steps, in order. */
  readonly index: number;
  /** Position of its stage. */
  readonly stage: number;
  /** The shared limit it belongs to (an index into the policy's), or -1. */
  readonly shared: number;
  readonly afterResolution: boolean;
  readonly limit: LimitPlan | null;
  readonly actors: readonly RoleRef[];
  /** For a step that follows resolution: how it is owed, as a duty. */
  readonly owed: DutyTemplate | null;
}

/** @internal How an explanation names the target of an escalation: "Stage 3 (Senior Managers)", and "Title, Title" for the roles that act there (null: none). */
export interface EscalationWords {
  readonly where: string;
  readonly roles: string | null;
}

/** @internal */
export interface StagePlan {
  readonly stage: Stage;
  readonly position: number;
  /** "Stage 2 (Line Manager Discussion)". */
  readonly label: string;
  /** Why escalation is required now when the stage is overdue (the second: when it is the last). */
  readonly overdueReason: string;
  readonly lastOverdueReason: string;
  /** Why escalation is required now when the time to escalate into this stage has passed. */
  readonly escalationLateReason: string;
  /** The `{ id, number, title }` results show, shared. */
  readonly ref: { readonly id: string; readonly number: number; readonly title: string };
  readonly actors: { readonly raising: readonly RoleRef[]; readonly receiving: readonly RoleRef[] };
  /** For an explanation: the stage as the target of an escalation. */
  readonly escalationWords: EscalationWords;
  readonly limit: LimitPlan | null;
  /** By when the case must be escalated into this stage; null where the text sets no time. */
  readonly escalateBy: LimitPlan | null;
  /** The shared limit it belongs to (an index into the policy's), or -1. */
  readonly shared: number;
  readonly steps: readonly StepPlan[];
  readonly notify: readonly { readonly when: Condition | undefined; readonly to: readonly RoleRef[] }[];
  readonly copyTo: readonly RoleRef[];
  readonly duties: readonly DutyPlan[];
  readonly afterResolution: readonly DutyPlan[];
}

/** @internal A route, with where it applies as a bit per stage position. */
export interface RulePlan {
  readonly rule: Rule;
  /** Whether the rule applies while the case is at each stage position; null: at every stage. */
  readonly atStages: readonly boolean[] | null;
  /** For start-at-stage: the position of the stage it goes to; -1 otherwise. */
  readonly target: number;
  readonly limit: LimitPlan | null;
  readonly to: readonly RoleRef[];
  readonly doneIndex: number;
  /** "Immediate risk: <quote>": why it makes an escalation required now. */
  readonly reason: string;
  /** For a notify route: how it is owed, as a duty. */
  readonly owed: DutyTemplate | null;
}

/**
 * @internal A duty an assessment may list as owed: a stage's, one that
 * follows resolution (a duty or a step), a policy-wide one or a notify route.
 */
export interface OwedPlan {
  readonly template: DutyTemplate;
  readonly limit: LimitPlan | null;
  /** The stage position its limit belongs to; -1 for a policy-wide duty or route. */
  readonly position: number;
  /** Its index in the ladder's done marks; -1 for a step. */
  readonly doneIndex: number;
  /** For a step that follows resolution: its index, done by a step-done event; -1 otherwise. */
  readonly step: number;
}

/** @internal What a case at one stage may owe, in the order results list it. */
export interface OwedList {
  readonly plans: readonly OwedPlan[];
  /**
   * The list with nothing done yet and every duty undated, for copying:
   * most duties have no time limit, so a result copies this and dates only
   * the few that have one.
   */
  readonly blank: readonly (DutyDue & { readonly overdue: boolean })[];
  /** Whether any plan is a step, which a step-done event (not a duty-done one) marks done. */
  readonly hasSteps: boolean;
}

/**
 * @internal What the policy becomes for one combination of subject and
 * flags: which stages, routes, duties and notify targets apply. There are
 * only 3 × 32 combinations, so each is worked out once, on first use.
 */
export interface CaseView {
  readonly live: readonly boolean[];
  /** The first stage that applies; -1 if none does. */
  readonly firstLive: number;
  readonly rules: readonly RulePlan[];
  readonly notify: readonly (readonly RoleRef[])[];
  readonly duties: readonly (readonly DutyPlan[])[];
  readonly afterResolution: readonly (readonly DutyPlan[])[];
  readonly policyDuties: readonly DutyPlan[];
  /** Whether the policy's final body follows the last stage for this case. */
  readonly finalApplies: boolean;
  /** Per stage position: what a case there owes while open. */
  readonly owedOpen: readonly OwedList[];
  /** Per stage position: what a case resolved there owes. */
  readonly owedResolved: readonly OwedList[];
}

/** @internal */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** The language its words are in. */
  readonly lang: Language;
  readonly stages: readonly StagePlan[];
  readonly steps: readonly StepPlan[];
  readonly stagePosition: ReadonlyMap<string, number>;
  readonly stepIndex: ReadonlyMap<string, number>;
  /** The policy's priorities by id, in its order. */
  readonly priorityIndex: ReadonlyMap<string, number>;
  /** The policy's named events by id: what a happened event may name, and what limits may run from. */
  readonly eventIndex: ReadonlyMap<string, number>;
  /** Duties and notify routes by id: what a duty-done event may name. */
  readonly doneIndex: ReadonlyMap<string, number>;
  readonly rules: readonly RulePlan[];
  readonly duties: readonly DutyPlan[];
  /** Limits shared by groups of stages or steps, with the stage position their limit belongs to (the first member's). */
  readonly sharedLimits: readonly { readonly title: string; readonly limit: LimitPlan; readonly position: number }[];
  readonly final: {
    readonly ref: { readonly title: string; readonly body: RoleRef; readonly what: string };
    readonly actors: { readonly raising: readonly RoleRef[]; readonly receiving: readonly RoleRef[] };
    readonly escalationWords: EscalationWords;
    readonly limit: LimitPlan | null;
  } | null;
  /** Views by {@link viewKey}, built on first use. */
  readonly views: Map<number, CaseView>;
  /** The day array of a {@link Ladder} before anything is known, copied for each. Not frozen: V8 copies a frozen array several times slower. */
  readonly blankLadder: readonly number[];
}

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const compiledPolicies = new WeakMap<Policy, CompiledPolicy>();
/** The same policy's words in the other languages, by its English compiled form. */
const translations = new WeakMap<CompiledPolicy, Map<Language, CompiledPolicy>>();

/**
 * @internal The compiled form of a policy, worded in English, made once per
 * policy. The engine takes only policies that `parsePolicy` accepted (the
 * bundled ones among them): they are checked and deeply frozen, so nothing
 * can change between calls, and the engine needs no schema of its own. Any
 * other object is refused, never half-used.
 * @throws {@link InvalidPolicyError}
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = compiledPolicies.get(policy);
  if (cached !== undefined) return cached;
  if (!isParsedPolicy(policy)) throw new InvalidPolicyError([notParsed(policy)]);
  const compiled = compile(policy, "en");
  compiledPolicies.set(policy, compiled);
  return compiled;
}

function notParsed(policy: unknown): PolicyIssue {
  const what = typeof policy === "object" && policy !== null ? "This policy object did not come from parsePolicy" : `Expected a policy, got ${describeValue(policy)}`;
  return issue("policy-not-parsed", [], `${what}: check a policy once with parsePolicy (or use a bundled one, from policies or getPolicy) and pass the policy it returns.`);
}

/** @internal A compiled policy worded in a language: the same numbers, compiled once per policy and language. */
export function inLanguage(compiled: CompiledPolicy, lang: Language): CompiledPolicy {
  if (compiled.lang === lang) return compiled;
  let byLanguage = translations.get(compiled);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    translations.set(compiled, byLanguage);
  }
  let translated = byLanguage.get(lang);
  if (translated === undefined) {
    translated = compile(compiled.policy, lang);
    byLanguage.set(lang, translated);
  }
  return translated;
}

function compile(policy: Policy, lang: Language): CompiledPolicy {
  const roleRef = new Map<string, RoleRef>(policy.roles.map((role: Role) => [role.id, Object.freeze({ id: role.id, kind: role.kind, title: role.title })]));
  const refs = (ids: readonly string[] | undefined): readonly RoleRef[] =>
    ids === undefined ? NONE : Object.freeze(ids.map((id) => roleRef.get(id) as RoleRef));
  const stagePosition = new Map(policy.stages.map((stage, position) => [stage.id, position]));
  const stepIndex = new Map<string, number>();
  for (const stage of policy.stages) for (const step of stage.steps ?? []) stepIndex.set(step.id, stepIndex.size);
  const eventIndex = new Map((policy.events ?? []).map((event, index) => [event.id, index]));
  const priorityIndex = new Map((policy.priorities ?? []).map((priority, index) => [priority.id, index]));
  const doneIndex = new Map<string, number>();
  const planLimit = (limit: Limit | null | undefined): LimitPlan | null => (limit === null || limit === undefined ? null : planFor(limit, policy, stagePosition, stepIndex, eventIndex, lang));
  const planDuty = (duty: Duty, stageId: string | undefined, afterResolution: boolean): DutyPlan => {
    const limit = planLimit(duty.limit);
    if (!doneIndex.has(duty.id)) doneIndex.set(duty.id, doneIndex.size);
    return {
      duty,
      doneIndex: doneIndex.get(duty.id) as number,
      limit,
      template: dutyTemplate(duty.id, duty.kind, duty.what, duty.where, refs(duty.to), duty.form, stageId, afterResolution, limit),
    };
  };

  const sharedOf = (id: string): number => (policy.sharedLimits ?? []).findIndex((group) => (group.stages ?? group.steps ?? []).includes(id));
  const steps: StepPlan[] = [];
  const stages = policy.stages.map((stage, position): StagePlan => {
    const stageSteps = (stage.steps ?? []).map((step): StepPlan => {
      const limit = planLimit(step.limit);
      const actors = refs(step.actors);
      const afterResolution = step.afterResolution === true;
      const owed = afterResolution
        ? dutyTemplate(step.id, "confirm-in-writing", step.title, undefined, actors, undefined, stage.id, true, limit)
        : null;
      const plan = { step, index: steps.length, stage: position, shared: sharedOf(step.id), afterResolution, limit, actors, owed };
      steps.push(plan);
      return plan;
    });
    const copyTo = (policy.copyRules ?? []).filter((rule) => (stagePosition.get(rule.fromStage) ?? Infinity) <= position).flatMap((rule) => rule.to);
    const duties = (stage.duties ?? []).map((duty) => planDuty(duty, stage.id, false));
    const afterResolution = (stage.afterResolution ?? []).map((duty) => planDuty(duty, stage.id, true));
    const label = message(lang, "stage.label", { number: stage.number, title: stage.title });
    const actors = Object.freeze({ raising: refs(stage.actors.raising), receiving: refs(stage.actors.receiving) });
    return {
      stage,
      position,
      label,
      overdueReason: message(lang, "reason.overdue", { stage: label }),
      lastOverdueReason: message(lang, "reason.lastOverdue", { stage: label }),
      escalationLateReason: message(lang, "reason.escalationLate", { stage: label, quote: stage.escalateBy?.source.quote ?? "", section: stage.escalateBy?.source.section ?? "" }),
      ref: Object.freeze({ id: stage.id, number: stage.number, title: stage.title }),
      actors,
      escalationWords: { where: label, roles: rolesOf(actors) },
      limit: planLimit(stage.limit),
      escalateBy: planLimit(stage.escalateBy),
      shared: sharedOf(stage.id),
      steps: stageSteps,
      notify: (stage.notify ?? []).map((target) => ({ when: target.when, to: refs(target.to) })),
      copyTo: refs(copyTo),
      duties,
      afterResolution,
    };
  });
  const duties = (policy.duties ?? []).map((duty) => planDuty(duty, undefined, false));
  for (const duty of policy.final?.duties ?? []) if (!doneIndex.has(duty.id)) doneIndex.set(duty.id, doneIndex.size);
  const rules = (policy.rules ?? []).map((rule): RulePlan => {
    const limit = planLimit(rule.limit);
    const to = refs(rule.to);
    if (!doneIndex.has(rule.id)) doneIndex.set(rule.id, doneIndex.size);
    return {
      rule,
      atStages: rule.atStages === undefined ? null : policy.stages.map((stage) => rule.atStages?.includes(stage.id) === true),
      target: rule.effect === "start-at-stage" ? (stagePosition.get(rule.stage ?? "") ?? -1) : -1,
      limit,
      to,
      doneIndex: doneIndex.get(rule.id) as number,
      reason: message(lang, "reason.route", { title: rule.title, quote: rule.source.quote }),
      owed: rule.effect === "notify" ? dutyTemplate(rule.id, "notify", rule.title, undefined, to, undefined, undefined, false, limit) : null,
    };
  });
  const final = policy.final;
  const body = final === undefined ? undefined : (refs([final.body])[0] as RoleRef);
  const compiled: CompiledPolicy = {
    policy,
    lang,
    stages,
    steps,
    stagePosition,
    stepIndex,
    priorityIndex,
    eventIndex,
    doneIndex,
    rules,
    duties,
    sharedLimits: (policy.sharedLimits ?? []).map((group) => {
      const first = (group.stages ?? group.steps ?? [])[0] ?? "";
      const position = group.stages !== undefined ? (stagePosition.get(first) ?? 0) : policy.stages.findIndex((stage) => stage.steps?.some((step) => step.id === first) === true);
      return { title: group.title, limit: planLimit(group.limit) as LimitPlan, position };
    }),
    final:
      final === undefined || body === undefined
        ? null
        : {
            ref: Object.freeze({ title: final.title, body, what: final.what }),
            actors: Object.freeze({ raising: NONE, receiving: Object.freeze([body]) }),
            escalationWords: { where: final.title, roles: rolesOf({ raising: NONE, receiving: [body] }) },
            limit: planLimit(final.limit),
          },
    views: new Map(),
    blankLadder: blankLadder(stages.length, steps.length, eventIndex.size),
  };
  return compiled;
}

/** "Title, Title" for the roles that act, each once (the policy's titles, in any language); null when none does. */
function rolesOf(actors: { readonly raising: readonly RoleRef[]; readonly receiving: readonly RoleRef[] }): string | null {
  const titles = new Set([...actors.raising, ...actors.receiving].map((role) => role.title));
  return titles.size > 0 ? [...titles].join(", ") : null;
}


// Every template has the same keys in the same order, so that results built
// from them all share one shape (which V8 copies fastest).
function dutyTemplate(id: string, kind: DutyKind, what: string, where: string | undefined, to: readonly RoleRef[], form: string | undefined, stage: string | undefined, afterResolution: boolean, limit: LimitPlan | null): DutyTemplate {
  const fields = { id, kind, what, where: where ?? null, to, form: form ?? null, stage: stage ?? null, afterResolution };
  const summary = limit?.summary ?? null;
  return { ...fields, limit: summary, undated: Object.freeze({ ...fields, due: null, limit: summary, overdue: false as const }) };
}

/** @internal Whether a route applies while the case is at a stage position (-1: no stage). */
export function appliesAt(rule: RulePlan, position: number): boolean {
  return rule.atStages === null || rule.atStages[position] === true;
}

/** @internal The facts conditions are judged against: a subject and a bit per flag (in {@link CASE_FLAGS} order). */
export interface ConditionFacts {
  readonly subject: CaseSubject | undefined;
  readonly flags: number;
  /** The case's current priority, as its index in the policy's list; -1 for none. */
  readonly priority: number;
}

const FLAG_BITS = /* @__PURE__ */ new Map<string, number>(/* @__PURE__ */ CASE_FLAGS.map((flag, position) => [flag, 1 << position]));

/** @internal The bit of a flag, in {@link CASE_FLAGS} order; -1 for a value that is not a flag. */
export function flagBit(flag: string): number {
  return FLAG_BITS.get(flag) ?? -1;
}

/**
 * @internal Whether a condition holds. For a case that does not say whom it
 * is about, a condition holds if it would for an adult or for a child: better
 * to name a target too many than to miss one.
 */
function holdsIn(condition: Condition | undefined, facts: ConditionFacts, priorities: readonly string[]): boolean {
  if (condition === undefined) return true;
  const priority = priorities[facts.priority];
  if (facts.subject === undefined) return CASE_SUBJECTS.some((subject) => holdsFor(condition, facts.flags, subject, priority));
  return holdsFor(condition, facts.flags, facts.subject, priority);
}

function holdsFor(condition: Condition, flags: number, subject: CaseSubject, priority: string | undefined): boolean {
  if ("flag" in condition) return (flags & flagBit(condition.flag)) !== 0;
  if ("subject" in condition) return subject === condition.subject;
  if ("priority" in condition) return priority === condition.priority;
  if ("all" in condition) return condition.all.every((part) => holdsFor(part, flags, subject, priority));
  if ("any" in condition) return condition.any.some((part) => holdsFor(part, flags, subject, priority));
  return !holdsFor(condition.not, flags, subject, priority);
}

/** @internal The view of a policy for a case's subject and flags, built on first use. */
export function viewOf(compiled: CompiledPolicy, facts: ConditionFacts): CaseView {
  // One number per combination: the flag bits, then the subject (3 values), then the priority (-1 or an index).
  const key = ((facts.priority + 1) * (CASE_SUBJECTS.length + 1) + (facts.subject === undefined ? 0 : CASE_SUBJECTS.indexOf(facts.subject) + 1)) * 2 ** CASE_FLAGS.length + facts.flags;
  let view = compiled.views.get(key);
  if (view === undefined) {
    view = buildView(compiled, facts);
    compiled.views.set(key, view);
  }
  return view;
}

function buildView(compiled: CompiledPolicy, facts: ConditionFacts): CaseView {
  const priorities = [...compiled.priorityIndex.keys()];
  const holds = (condition: Condition | undefined): boolean => holdsIn(condition, facts, priorities);
  const applying = (plans: readonly DutyPlan[]): readonly DutyPlan[] => plans.filter((plan) => holds(plan.duty.when));
  const live = compiled.stages.map(({ stage }) => holds(stage.when));
  const rules = compiled.rules.filter(({ rule }) => holds(rule.when));
  const duties = compiled.stages.map((stage) => applying(stage.duties));
  const afterResolution = compiled.stages.map((stage) => applying(stage.afterResolution));
  const policyDuties = applying(compiled.duties);
  // Whatever the stage, a case owes the policy-wide duties and the notify routes' notifications.
  const everywhere: OwedPlan[] = [
    ...policyDuties.map((plan) => dutyOwed(plan, -1)),
    ...rules.flatMap(({ owed, limit, doneIndex }) => (owed === null ? [] : [{ template: owed, limit, position: -1, doneIndex, step: -1 }])),
  ];
  return {
    live,
    firstLive: live.indexOf(true),
    finalApplies: compiled.final !== null && holds(compiled.policy.final?.when),
    rules,
    notify: compiled.stages.map((stage) => Object.freeze(stage.notify.filter((target) => holds(target.when)).flatMap((target) => target.to))),
    duties,
    afterResolution,
    policyDuties,
    owedOpen: compiled.stages.map((_, position) => owedList([...(duties[position] ?? []).map((plan) => dutyOwed(plan, position)), ...everywhere])),
    owedResolved: compiled.stages.map((stage, position) =>
      owedList([
        ...(afterResolution[position] ?? []).map((plan) => dutyOwed(plan, position)),
        ...stage.steps.flatMap(({ owed, limit, index }) => (owed === null ? [] : [{ template: owed, limit, position, doneIndex: -1, step: index }])),
        ...everywhere,
      ]),
    ),
  };
}

const dutyOwed = ({ template, limit, doneIndex }: DutyPlan, position: number): OwedPlan => ({ template, limit, position, doneIndex, step: -1 });
const owedList = (plans: readonly OwedPlan[]): OwedList => ({ plans, blank: plans.map((plan) => plan.template.undated), hasSteps: plans.some((plan) => plan.step >= 0) });

/** @internal A calendar with its index and its confirmed span as day numbers. */
export interface CalendarInUse {
  readonly calendar: Calendar;
  readonly index: CalendarIndex;
  readonly confirmedFrom: number;
  readonly confirmedThrough: number;
}

const defaultCalendars = new Map<Jurisdiction, CalendarInUse>();
const callerCalendars = new WeakMap<Calendar, CalendarInUse>();

function inUse(calendar: Calendar): CalendarInUse {
  return { calendar, index: indexOf(calendar), confirmedFrom: toDayNumber(calendar.confirmed.from), confirmedThrough: toDayNumber(calendar.confirmed.through) };
}

/** @internal The calendar to use: the caller's, or the policy's jurisdiction's. */
export function calendarFor(policy: Policy, calendar: Calendar | undefined): CalendarInUse {
  if (calendar === undefined) {
    let chosen = defaultCalendars.get(policy.jurisdiction);
    if (chosen === undefined) {
      chosen = inUse(createCalendar({ jurisdiction: policy.jurisdiction }));
      defaultCalendars.set(policy.jurisdiction, chosen);
    }
    return chosen;
  }
  let chosen = typeof calendar === "object" && calendar !== null ? callerCalendars.get(calendar) : undefined;
  if (chosen === undefined) {
    chosen = inUse(calendar); // throws InvalidCalendarError for anything but a calendar
    callerCalendars.set(calendar, chosen);
  }
  return chosen;
}
