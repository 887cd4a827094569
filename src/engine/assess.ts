import { countBetween } from "../calendar/advance.js";
import type { Calendar } from "../calendar/calendar.js";
import { assertWholeNumber, toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { Policy } from "../policy/schema.js";
import type { Case } from "./case.js";
import { appliesAt, calendarFor, compilePolicy, viewOf, type DutyTemplate, type OwedList, type OwedPlan, type RulePlan } from "./compile.js";
import { explainAssessment } from "./explain.js";
import { checkFacts, InvalidCaseError } from "./facts.js";
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
  /** True when the current stage is overdue, or a route (immediate risk) sends the case there now. */
  readonly requiredNow: boolean;
  /** Why it is required now, when it is. */
  readonly reason: string | null;
  /** By when the move must be made, when a route sets a time. */
  readonly by: IsoDate | null;
}

/** A stage the case has been through. */
export interface StageHistory {
  readonly id: string;
  readonly number: number;
  readonly start: IsoDate;
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
  /** How many working days ahead a due date makes the state `due-soon`. Default 1. */
  readonly dueSoonDays?: number;
  /** Set false to skip the explanation sentences (for bulk work). Default true. */
  readonly explain?: boolean;
}

const NO_EXPLANATION: readonly string[] = Object.freeze([]);

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
 * @param calendar - defaults to the policy's jurisdiction
 * @param options - `dueSoonDays` (default 1), `explain` (default true)
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
 * ```
 */
export function assess(policy: Policy, record: Case, asOf: IsoDate, calendar?: Calendar, options: AssessOptions = {}): Assessment {
  const compiled = compilePolicy(policy);
  const today = toDayNumber(asOf, "asOf");
  const dueSoonDays = options.dueSoonDays ?? 1;
  assertWholeNumber(dueSoonDays, "dueSoonDays");
  if (typeof record !== "object" || record === null) throw new InvalidCaseError("Expected a case record: { policy, raisedOn, events, ... } (see parseCase).");
  if (record.policy !== policy.id) throw new InvalidCaseError(`The case follows policy ${JSON.stringify(record.policy)}, not ${JSON.stringify(policy.id)}.`);
  if (!Array.isArray(record.events)) throw new InvalidCaseError("The case's events must be an array (see parseCase).");
  const input = checkFacts(record);
  const view = viewOf(compiled, input);
  const inUse = calendarFor(policy, calendar);
  const ladder = new Ladder(compiled, inUse.index, input, view);

  let current = -1;
  for (const event of record.events) {
    const day = toDayNumber(event.on, "event date");
    if (day > today) throw new InvalidCaseError(`The case has an event on ${event.on}, after the assessment date ${asOf}.`);
    if (event.type === "stage-entered") {
      const position = compiled.stagePosition.get(event.stage);
      if (position !== undefined) {
        ladder.enter(position, day);
        if (position > current) current = position;
      }
    } else if (event.type === "step-done") {
      const step = compiled.stepIndex.get(event.step);
      if (step !== undefined) ladder.markStepDone(step, day);
    } else if (event.type === "duty-done") {
      const done = compiled.doneIndex.get(event.duty);
      if (done !== undefined) ladder.markDone(done);
    } else {
      ladder.resolve(compiled.stagePosition.get(event.stage) ?? -1, day);
    }
  }
  // Before any stage is entered, the case is at the first stage the ladder reaches.
  if (current < 0) for (let position = 0; position < compiled.stages.length && current < 0; position++) if (!ladder.skipped(position)) current = position;
  if (current < 0) throw new InvalidCaseError("No stage of the policy applies to this case (check its subject).");
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
  const duties = outstanding(ladder, (resolved ? view.owedResolved : view.owedOpen)[current] as OwedList, today);

  // Sized before it is filled: pushing onto [] reserves room for 17 entries, and most histories have one to three.
  let stagesPassed = 0;
  for (let position = 0; position <= current; position++) if (!ladder.skipped(position)) stagesPassed++;
  const history = new Array<StageHistory>(stagesPassed);
  for (let position = 0, entry = 0; position <= current; position++) {
    if (ladder.skipped(position)) continue;
    const ended = ladder.endObserved(position) ? ladder.completion(position) : NO_DAY;
    const stageDue = dayOf(ladder.due(position));
    const { ref } = compiled.stages[position] as (typeof compiled.stages)[number];
    history[entry++] = {
      id: ref.id,
      number: ref.number,
      start: toIsoDate(ladder.began(position)),
      due: isoOrNull(stageDue),
      completed: isoOrNull(ended),
      onTime: ended === NO_DAY || stageDue === NO_DAY ? null : ended <= stageDue,
    };
  }

  const explanation = options.explain === false ? NO_EXPLANATION : explainAssessment(ladder, current, { state, left, overdueBy, escalateTo }, today, inUse);
  return {
    policy: policy.id,
    asOf,
    stage: { id: stage.ref.id, number: stage.ref.number, title: stage.ref.title, start: toIsoDate(ladder.began(current)) },
    history,
    step,
    due: isoOrNull(dueDay),
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
  const overdue = state === "overdue";
  const here = compiled.stages[current] as (typeof compiled.stages)[number];
  if (target >= 0) {
    const next = compiled.stages[target] as (typeof compiled.stages)[number];
    const by = route === undefined ? NO_DAY : dayOf(ladder.limitDue(route.limit, -1));
    return {
      stage: next.ref,
      final: null,
      actors: next.actors,
      notify: view.notify[target] as readonly RoleRef[],
      copyTo: next.copyTo,
      requiredNow: overdue || route !== undefined || involve !== undefined,
      reason: route !== undefined ? route.reason : involve !== undefined ? involve.reason : overdue ? here.overdueReason : null,
      by: by !== NO_DAY ? toIsoDate(by) : overdue ? toIsoDate(today) : null,
    };
  }
  const { final } = compiled;
  if (final === null) return null;
  return {
    stage: null,
    final: final.ref,
    actors: final.actors,
    notify: NO_ROLES,
    copyTo: NO_ROLES,
    requiredNow: overdue,
    reason: overdue ? here.lastOverdueReason : null,
    by: overdue ? toIsoDate(today) : null,
  };
}

const NO_ROLES: readonly RoleRef[] = Object.freeze([]);
