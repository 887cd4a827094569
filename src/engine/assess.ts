import { countBetween } from "../calendar/advance.js";
import type { Calendar } from "../calendar/calendar.js";
import { toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { longDateOfDay } from "../calendar/formatLongDate.js";
import { describeValue } from "../describeValue.js";
import { InvalidOptionsError } from "../errors.js";
import { message } from "../messages/index.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import type { Policy } from "../policy/schema.js";
import type { Case } from "./case.js";
import { checkedCase } from "./caseChecks.js";
import { readCaseLadder, type AgreedDue } from "./caseLadder.js";
import { appliesAt, calendarFor, compilePolicy, inLanguage, type CompiledPolicy, type DutyTemplate, type OwedList, type OwedPlan, type RulePlan } from "./compile.js";
import { explainAssessment } from "./explain.js";
import { dayOf, governingOf, Ladder, NO_DAY } from "./ladder.js";
import { isConfirmedDay, isoOrNull } from "./results.js";
import type { DutyDue, Governing, LimitSummary, RoleRef } from "./types.js";

/** Where a case stands against its deadline. */
export type AssessmentState = "on-track" | "due-soon" | "due-today" | "overdue" | "no-time-limit" | "resolved";

/** Who the case must go to next. */
export interface EscalationTarget {
  /** The next stage, or null when the next step is the policy's final body. */
  readonly stage: { readonly id: string; readonly number: number; readonly title: string } | null;
  /** At the end of the ladder: the body or panel that follows it. */
  readonly final: { readonly title: string; readonly body: RoleRef; readonly what: string } | null;
  readonly actors: { readonly raising: readonly RoleRef[]; readonly receiving: readonly RoleRef[] };
  readonly notify: readonly RoleRef[];
  readonly copyTo: readonly RoleRef[];
  /**
   * True when the current stage is overdue, a route (immediate risk) sends
   * the case there now, or the time to escalate into the next stage has passed.
   */
  readonly requiredNow: boolean;
  /** Why it is required now, when it is. */
  readonly reason: string | null;
  /**
   * By when the case must be escalated: the route's time limit where a
   * route sends it; else the next stage's escalate-by date where the text
   * sets one; else, when the current stage is overdue, `asOf` (now).
   */
  readonly by: IsoDate | null;
  /** The rule that sets `by`, where a route or the next stage's escalate-by does. */
  readonly limit: LimitSummary | null;
  /** True when `by` was set by a route or an escalate-by limit and has passed: the escalation itself is late. */
  readonly overdue: boolean;
}

/** A stage the case has been through. */
export interface StageHistory {
  readonly id: string;
  readonly number: number;
  readonly start: IsoDate;
  /** By when the case had to be escalated into it; null for the stage a case starts at, or where the text sets no time. */
  readonly escalateBy: IsoDate | null;
  /** Whether it was entered by its `escalateBy`; null where there is none. */
  readonly enteredOnTime: boolean | null;
  readonly due: IsoDate | null;
  /** When it ended (the next stage entered, or resolved); null while it is current. */
  readonly completed: IsoDate | null;
  /** Whether it ended by its due date; null while current or without a limit. */
  readonly onTime: boolean | null;
}

/** A duty still owed, with its own due date and whether that has passed. */
export interface OutstandingDuty extends DutyDue {
  readonly overdue: boolean;
}

/** What {@link assess} returns: plain, JSON-serialisable data. */
export interface Assessment {
  readonly policy: string;
  readonly asOf: IsoDate;
  readonly stage: { readonly id: string; readonly number: number; readonly title: string; readonly start: IsoDate };
  /** The stages the case has been through, current one last: when each began, was due and ended. */
  readonly history: readonly StageHistory[];
  /** The first step of the stage not yet done, with its own due date. */
  readonly step: { readonly id: string; readonly title: string; readonly due: IsoDate | null; readonly overdue: boolean } | null;
  readonly due: IsoDate | null;
  /**
   * The due date had the clock never stopped: the same as `due` unless the
   * case stopped it (where the policy allows), when `due` has moved on by the
   * days stopped; a clock still stopped counts as restarting on `asOf`.
   */
  readonly originalDue: IsoDate | null;
  readonly governedBy: Governing | null;
  readonly limit: LimitSummary | null;
  readonly state: AssessmentState;
  /** Working days after `asOf` up to and including `due` (0 on the day); null when overdue, resolved or open. */
  readonly workingDaysLeft: number | null;
  /** Working days after `due` up to and including `asOf`; null unless overdue. */
  readonly workingDaysOverdue: number | null;
  readonly escalateTo: EscalationTarget | null;
  readonly duties: readonly OutstandingDuty[];
  readonly explanation: readonly string[];
  /** False when a date used lies outside the span where GOV.UK confirms the bank holidays. */
  readonly confirmed: boolean;
}

/** Options for {@link assess}. */
export interface AssessOptions {
  /** The working-day calendar; defaults to the policy's jurisdiction's. */
  readonly calendar?: Calendar | undefined;
  /** How many working days ahead a due date makes the state `due-soon`. Default 1. */
  readonly dueSoonDays?: number;
  /** Set false to skip the explanation sentences (for bulk work). Default true. */
  readonly explain?: boolean;
  /**
   * The language of the words: `"en"` (default) or `"cy"` (Welsh): the
   * explanation, limit summaries and reasons, and the issues of an
   * {@link InvalidCaseError} it throws. The policy's own words (titles,
   * roles, quotes) stay as the policy gives them.
   */
  readonly lang?: Language;
}

const NO_EXPLANATION: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Assesses an open or closed disagreement on a date: its stage and step,
 * the due date and which rule governs it, whether it is on track, due soon,
 * due today or overdue, whom it must go to next (and whether that is required
 * now), the duties still owed with their own due dates, and an explanation a
 * case worker or an inspector can read. A pure function: no clock, no I/O,
 * inputs never changed.
 *
 * @param policy - the policy the case follows
 * @param record - a case accepted by {@link parseCase}
 * @param asOf - the date to assess on
 * @param options - `calendar` (default: the policy's jurisdiction's), `dueSoonDays` (default 1), `explain` (default true), `lang` (`"en"`, default, or `"cy"`)
 * @returns plain data
 * @throws {@link InvalidCaseError} if the case is for another policy or has events after `asOf`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `asOf`
 *
 * @example
 * ```ts
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [] };
 * const result = assess(policies.swindon, record, "2026-12-30");
 * result.state       // "overdue": Stage 1 was due on Tuesday 29 December 2026
 * result.escalateTo  // { stage: { number: 2, ... }, requiredNow: true, ... }
 * assess(policies.swindon, record, "2026-12-30", { lang: "cy" }).escalateTo?.reason
 * // "Mae Cam 1 (Internal Discussion) yn hwyr."
 * ```
 */
export function assess(policy: Policy, record: Case, asOf: IsoDate, options?: AssessOptions): Assessment {
  const english = compilePolicy(policy);
  const today = toDayNumber(asOf, "asOf");
  const { calendar, dueSoonDays, explain, lang } = checkOptions(options);
  const compiled = inLanguage(english, lang);
  const checked = checkedCase(record, policy, lang);
  const inUse = calendarFor(policy, calendar);
  const { input, view, ladder, current, agreed } = readCaseLadder(compiled, checked, today, asOf, inUse, lang);
  // The stages above the current one are timed only if something asks for them.
  ladder.walk(current);
  const stage = compiled.stages[current] as (typeof compiled.stages)[number];
  const due = ladder.due(current);
  const dueDay = dayOf(due);
  const resolved = ladder.resolved;

  let state: AssessmentState;
  let left: number | null = null;
  let overdueBy: number | null = null;
  if (resolved) state = "resolved";
  else if (dueDay === NO_DAY) state = "no-time-limit";
  else if (today > dueDay) {
    state = "overdue";
    overdueBy = countBetween(inUse.index, dueDay, today);
  } else {
    left = countBetween(inUse.index, today, dueDay);
    state = today === dueDay ? "due-today" : left <= dueSoonDays ? "due-soon" : "on-track";
  }

  let step: Assessment["step"] = null;
  for (const candidate of stage.steps) {
    if (candidate.afterResolution || ladder.stepDone(candidate.index) !== NO_DAY) continue;
    const stepDue = dayOf(ladder.stepDue(candidate.index));
    step = { id: candidate.step.id, title: candidate.step.title, due: isoOrNull(stepDue), overdue: stepDue !== NO_DAY && today > stepDue };
    break;
  }

  const escalateTo = resolved ? null : escalation(ladder, current, state, today);

  // Duties still owed: the current stage's (or, once resolved, what follows resolution), those at every stage, and routes' notifications.
  const owedByPolicy = outstanding(ladder, (resolved ? view.owedResolved : view.owedOpen)[current] as OwedList, today);
  const duties = agreed === undefined ? owedByPolicy : [...owedByPolicy, ...agreed.map((action) => agreedDuty(action, compiled, today))];

  // Sized before it is filled: pushing onto [] reserves room for 17 entries, and most histories have one to three.
  let stagesPassed = 0;
  for (let position = 0; position <= current; position++) if (!ladder.skipped(position)) stagesPassed++;
  const history = new Array<StageHistory>(stagesPassed);
  for (let position = 0, entry = 0; position <= current; position++) {
    if (ladder.skipped(position)) continue;
    const ended = ladder.endObserved(position) ? ladder.completion(position) : NO_DAY;
    const stageDue = dayOf(ladder.due(position));
    const escalateBy = dayOf(ladder.escalateBy(position));
    const entered = ladder.entered(position);
    const { ref } = compiled.stages[position] as (typeof compiled.stages)[number];
    history[entry++] = {
      id: ref.id,
      number: ref.number,
      start: toIsoDate(ladder.began(position)),
      escalateBy: isoOrNull(escalateBy),
      enteredOnTime: escalateBy === NO_DAY || entered === NO_DAY ? null : entered <= escalateBy,
      due: isoOrNull(stageDue),
      completed: isoOrNull(ended),
      onTime: ended === NO_DAY || stageDue === NO_DAY ? null : ended <= stageDue,
    };
  }

  // Had the clock never stopped: the same ladder without its stops.
  const originalDueDay = input.stops.length === 0 ? dueDay : dayOf(new Ladder(compiled, inUse.index, { ...input, stops: [] }, view).walk(current).due(current));
  const explanation = !explain ? NO_EXPLANATION : explainAssessment(ladder, current, { state, left, overdueBy, escalateTo, originalDue: originalDueDay, stops: input.stops }, today, inUse);
  return {
    policy: policy.id,
    asOf,
    stage: { id: stage.ref.id, number: stage.ref.number, title: stage.ref.title, start: toIsoDate(ladder.began(current)) },
    history,
    step,
    due: isoOrNull(dueDay),
    originalDue: isoOrNull(originalDueDay),
    governedBy: governingOf(due),
    limit: stage.limit?.summary ?? null,
    state,
    workingDaysLeft: left,
    workingDaysOverdue: overdueBy,
    escalateTo,
    duties,
    explanation,
    confirmed: isConfirmedDay(input.raisedOn, inUse) && isConfirmedDay(today, inUse) && (dueDay === NO_DAY || isConfirmedDay(dueDay, inUse)),
  };
}

/** The duties of a list not yet done, each with its due date. */
function outstanding(ladder: Ladder, list: OwedList, today: number): OutstandingDuty[] {
  const { plans } = list;
  if (ladder.noneDone && !list.hasSteps) {
    // Nothing done: every duty is owed, so copy the undated list and date those with a limit.
    const duties = list.blank.slice();
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as OwedPlan;
      if (plan.limit !== null) duties[i] = owed(plan.template, ladder.limitDue(plan.limit, plan.position), today);
    }
    return duties;
  }
  const duties: OutstandingDuty[] = [];
  for (const plan of plans) {
    if (plan.step >= 0) {
      if (ladder.stepDone(plan.step) === NO_DAY) duties.push(owed(plan.template, ladder.stepDue(plan.step), today));
    } else if (!ladder.isDone(plan.doneIndex)) duties.push(owed(plan.template, ladder.limitDue(plan.limit, plan.position), today));
  }
  return duties;
}

// One literal with every key, so that every duty of every result has one shape.
function owed(t: DutyTemplate, due: number, today: number): OutstandingDuty {
  const day = dayOf(due);
  if (day === NO_DAY) return t.undated;
  return { id: t.id, kind: t.kind, what: t.what, where: t.where, to: t.to, form: t.form, stage: t.stage, afterResolution: t.afterResolution, due: isoOrNull(day), limit: t.limit, overdue: day !== NO_DAY && today > day };
}

function escalation(ladder: Ladder, current: number, state: AssessmentState, today: number): EscalationTarget | null {
  const { compiled, view } = ladder;
  let route: RulePlan | undefined;
  let involve: RulePlan | undefined;
  for (const rule of view.rules) {
    if (!appliesAt(rule, current)) continue;
    if (route === undefined && rule.rule.effect === "start-at-stage" && rule.target > current) route = rule;
    if (involve === undefined && rule.rule.effect === "involve-next-level") involve = rule;
  }
  let target = route === undefined ? -1 : route.target;
  if (route === undefined) for (let position = current + 1; position < compiled.stages.length && target < 0; position++) if (!ladder.skipped(position)) target = position;
  const stageOverdue = state === "overdue";
  const here = compiled.stages[current] as (typeof compiled.stages)[number];
  if (target >= 0) {
    const next = compiled.stages[target] as (typeof compiled.stages)[number];
    // A route's own time wins; else the time the text gives to escalate into the next stage.
    const timed = route !== undefined ? route.limit : next.escalateBy;
    const by = route !== undefined ? dayOf(ladder.limitDue(route.limit, -1)) : dayOf(ladder.escalateBy(target));
    const late = by !== NO_DAY && today > by;
    return {
      stage: next.ref,
      final: null,
      actors: next.actors,
      notify: view.notify[target] as readonly RoleRef[],
      copyTo: next.copyTo,
      requiredNow: stageOverdue || late || route !== undefined || involve !== undefined,
      reason: route !== undefined ? route.reason : involve !== undefined ? involve.reason : late ? next.escalationLateReason : stageOverdue ? here.overdueReason : null,
      by: by !== NO_DAY ? toIsoDate(by) : stageOverdue ? toIsoDate(today) : null,
      limit: by !== NO_DAY ? (timed?.summary ?? null) : null,
      overdue: late,
    };
  }
  const { final } = compiled;
  if (final === null || !view.finalApplies) return null;
  return {
    stage: null,
    final: final.ref,
    actors: final.actors,
    notify: NO_ROLES,
    copyTo: NO_ROLES,
    requiredNow: stageOverdue,
    reason: stageOverdue ? here.lastOverdueReason : null,
    by: stageOverdue ? toIsoDate(today) : null,
    limit: null,
    overdue: false,
  };
}

const NO_ROLES: readonly RoleRef[] = /* @__PURE__ */ Object.freeze([]);

/** An agreed action as a duty owed: its date is the parties', its source the agreement. */
function agreedDuty({ event, due, stage }: AgreedDue, compiled: CompiledPolicy, today: number): OutstandingDuty {
  const { lang } = compiled;
  return {
    id: event.action,
    kind: "agreed-action",
    what: event.what,
    where: null,
    to: NO_ROLES,
    form: null,
    stage: compiled.stages[stage]?.ref.id ?? null,
    afterResolution: false,
    due: event.due,
    limit: {
      text: message(lang, "agreed.limit", { due: longDateOfDay(due, lang), on: longDateOfDay(toDayNumber(event.on), lang) }),
      whicheverIsLess: false,
      section: message(lang, "agreed.section"),
      quote: event.what,
    },
    overdue: today > due,
  };
}

/** The options, checked: a caller's typo or wrong type is an error, not a silent default. */
function checkOptions(given: AssessOptions | undefined): { calendar: Calendar | undefined; dueSoonDays: number; explain: boolean; lang: Language } {
  const options = readOptions(given, ["calendar", "dueSoonDays", "explain", "lang"]);
  if (options === undefined) return DEFAULT_OPTIONS;
  const { calendar, dueSoonDays = 1, explain = true } = options;
  const lang = languageOption(options.lang);
  if (typeof dueSoonDays !== "number" || !Number.isSafeInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366) throw new InvalidOptionsError(`dueSoonDays must be a whole number of working days from 0 to 366; got ${describeValue(dueSoonDays)}.`);
  if (typeof explain !== "boolean") throw new InvalidOptionsError(`explain must be true or false; got ${describeValue(explain)}.`);
  return { calendar: calendar as Calendar | undefined, dueSoonDays, explain, lang };
}

const DEFAULT_OPTIONS = /* @__PURE__ */ Object.freeze({ calendar: undefined, dueSoonDays: 1, explain: true, lang: "en" as const });
