import { countBetween } from "../calendar/advance.js";
import type { Calendar } from "../calendar/calendar.js";
import { formatLongDate } from "../calendar/formatLongDate.js";
import { assertWholeNumber, toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { Policy, Stage } from "../policy/schema.js";
import type { Case } from "./case.js";
import { appliesAt, calendarFor, compilePolicy, holds } from "./compile.js";
import { roleRefs, summariseLimit } from "./describe.js";
import { countingSentence } from "./explain.js";
import { checkFacts, InvalidCaseError } from "./facts.js";
import { Ladder, type DueDay, type LadderStage } from "./ladder.js";
import { describeAnchor, dueDay } from "./limits.js";
import { allConfirmed, dayOrNull, dutyDue, stageDuties, stageTargets } from "./results.js";
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

function stateOf(asOf: number, due: number, dueSoonDays: number, left: number): AssessmentState {
  if (asOf > due) return "overdue";
  if (asOf === due) return "due-today";
  return left <= dueSoonDays ? "due-soon" : "on-track";
}

const stageLabel = (stage: Stage): string => `Stage ${stage.number} (${stage.title})`;

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
  if (record.policy !== policy.id) throw new InvalidCaseError(`The case follows policy ${JSON.stringify(record.policy)}, not ${JSON.stringify(policy.id)}.`);
  const input = checkFacts(record);
  const { calendar: chosen, index } = calendarFor(policy, calendar);

  const entered = new Map<string, number>();
  const stepsDone = new Map<string, number>();
  const dutiesDone = new Set<string>();
  let resolved: { stage: string; day: number } | undefined;
  for (const event of record.events) {
    const day = toDayNumber(event.on, "event date");
    if (day > today) throw new InvalidCaseError(`The case has an event on ${event.on}, after the assessment date ${asOf}.`);
    if (event.type === "stage-entered") entered.set(event.stage, day);
    else if (event.type === "step-done") stepsDone.set(event.step, day);
    else if (event.type === "duty-done") dutiesDone.add(event.duty);
    else resolved = { stage: event.stage, day };
  }
  const ladder = new Ladder(compiled, index, input, { entered, stepsDone, ...(resolved === undefined ? {} : { resolved }) });
  const facts = { subject: input.subject, flags: input.flags };
  const current: LadderStage =
    ladder.stages.reduce<LadderStage | undefined>((found, stage) => (entered.has(stage.stage.id) ? stage : found), undefined) ??
    (ladder.stages.find((stage) => !stage.skipped) as LadderStage);
  const { stage } = current;
  const due = current.due;
  const rules = (policy.rules ?? []).filter((rule) => holds(rule.when, facts));

  let state: AssessmentState;
  let left: number | null = null;
  let overdueBy: number | null = null;
  if (resolved !== undefined) state = "resolved";
  else if (due.day === null) state = "no-time-limit";
  else {
    left = countBetween(index, today, due.day);
    state = stateOf(today, due.day, dueSoonDays, left);
    if (state === "overdue") {
      overdueBy = 0 - left; // not -left: -0 is not 0 to a strict comparison
      left = null;
    }
  }

  const nextStep = (stage.steps ?? []).find((step) => step.afterResolution !== true && !stepsDone.has(step.id));
  const nextStepDue = nextStep === undefined ? null : (current.steps.get(nextStep.id)?.day ?? null);

  const escalateTo = resolved === undefined ? escalation(ladder, current, rules, state, today) : null;

  // Duties still owed: the current stage's (or, once resolved, what follows resolution), those at every stage, and routes' notifications.
  const duties = stageDuties(ladder, current, resolved !== undefined, today, dutiesDone) as OutstandingDuty[];
  const owe = (duty: Omit<OutstandingDuty, "overdue">, due: number | null): void => {
    if (!dutiesDone.has(duty.id)) duties.push({ ...duty, overdue: due !== null && today > due });
  };
  if (resolved !== undefined) {
    for (const step of stage.steps ?? []) {
      if (step.afterResolution !== true || stepsDone.has(step.id)) continue;
      const stepDue = current.steps.get(step.id)?.day ?? null;
      owe({ id: step.id, kind: "confirm-in-writing", what: step.title, to: roleRefs(step.actors, compiled), stage: stage.id, afterResolution: true, due: stepDue === null ? null : toIsoDate(stepDue), limit: summariseLimit(step.limit, policy) }, stepDue);
    }
  }
  for (const duty of policy.duties ?? []) if (!dutiesDone.has(duty.id) && holds(duty.when, facts)) duties.push(dutyDue(ladder, duty, undefined, false, today) as OutstandingDuty);
  for (const rule of rules) {
    if (rule.effect !== "notify") continue;
    const due = ladder.limitDue(rule.limit, undefined).day;
    owe({ id: rule.id, kind: "notify", what: rule.title, to: roleRefs(rule.to, compiled), afterResolution: false, due: due === null ? null : toIsoDate(due), limit: summariseLimit(rule.limit, policy) }, due);
  }

  return {
    policy: policy.id,
    asOf,
    stage: { id: stage.id, number: stage.number, title: stage.title, start: toIsoDate(current.start ?? input.raisedOn) },
    history: ladder.stages
      .filter((entry) => !entry.skipped && entry.position <= current.position)
      .map((entry) => {
        const completed = entry.completionObserved && entry.completion !== null ? entry.completion : null;
        return {
          id: entry.stage.id,
          number: entry.stage.number,
          start: toIsoDate(entry.start ?? input.raisedOn),
          due: dayOrNull(entry.due),
          completed: completed === null ? null : toIsoDate(completed),
          onTime: completed === null || entry.due.day === null ? null : completed <= entry.due.day,
        };
      }),
    step: nextStep === undefined ? null : { id: nextStep.id, title: nextStep.title, due: nextStepDue === null ? null : toIsoDate(nextStepDue), overdue: nextStepDue !== null && today > nextStepDue },
    due: dayOrNull(due),
    governedBy: due.governing,
    limit: summariseLimit(stage.limit, policy),
    state,
    workingDaysLeft: left,
    workingDaysOverdue: overdueBy,
    escalateTo,
    duties,
    explanation: options.explain === false ? [] : explain(ladder, current, due, state, left, overdueBy, escalateTo, today, chosen, resolved),
    confirmed: allConfirmed(due.day === null ? [input.raisedOn, today] : [input.raisedOn, today, due.day], chosen),
  };
}

function escalation(ladder: Ladder, current: LadderStage, rules: NonNullable<Policy["rules"]>, state: AssessmentState, today: number): EscalationTarget | null {
  const { compiled } = ladder;
  const facts = { subject: ladder.input.subject, flags: ladder.input.flags };
  const route = rules.find((rule) => rule.effect === "start-at-stage" && appliesAt(rule, current.stage.id) && (compiled.stagePosition.get(rule.stage ?? "") ?? -1) > current.position);
  const target = route === undefined ? ladder.stages.find((stage) => stage.position > current.position && !stage.skipped && holds(stage.stage.when, facts)) : ladder.stageOf(route.stage as string);
  const involve = rules.find((rule) => rule.effect === "involve-next-level" && appliesAt(rule, current.stage.id));
  const overdue = state === "overdue";
  const reason = route !== undefined ? `${route.title}: ${route.source.quote}` : involve !== undefined && target !== undefined ? `${involve.title}: ${involve.source.quote}` : overdue ? `${stageLabel(current.stage)} is overdue.` : null;
  const by = route === undefined ? null : dayOrNull(ladder.limitDue(route.limit, undefined));
  if (target !== undefined) {
    const { stage } = target;
    return {
      stage: { id: stage.id, number: stage.number, title: stage.title },
      final: null,
      actors: { raising: roleRefs(stage.actors.raising, compiled), receiving: roleRefs(stage.actors.receiving, compiled) },
      ...stageTargets(compiled, target, facts),
      requiredNow: overdue || route !== undefined || involve !== undefined,
      reason,
      by: by ?? (overdue ? toIsoDate(today) : null),
    };
  }
  const final = compiled.policy.final;
  if (final === undefined) return null;
  return {
    stage: null,
    final: { title: final.title, body: roleRefs([final.body], compiled)[0] as RoleRef, what: final.what },
    actors: { raising: [], receiving: roleRefs([final.body], compiled) },
    notify: [],
    copyTo: [],
    requiredNow: overdue,
    reason: overdue ? `${stageLabel(current.stage)}, the last stage, is overdue.` : null,
    by: overdue ? toIsoDate(today) : null,
  };
}

function explain(
  ladder: Ladder,
  current: LadderStage,
  due: DueDay,
  state: AssessmentState,
  left: number | null,
  overdueBy: number | null,
  escalateTo: EscalationTarget | null,
  today: number,
  calendar: Calendar,
  resolved: { stage: string; day: number } | undefined,
): string[] {
  const { policy } = ladder.compiled;
  const { stage } = current;
  const long = (day: number) => formatLongDate(toIsoDate(day));
  const sentences = [`${policy.title}, ${policy.issuer}. The disagreement arose on ${long(ladder.input.raisedOn)}.`];
  sentences.push(`The case is at ${stageLabel(stage)}, which began on ${long(current.start ?? ladder.input.raisedOn)}.`);
  if (resolved !== undefined) {
    sentences.push(`It was resolved at this stage on ${long(resolved.day)}. What must follow a resolution is listed among the duties.`);
    return sentences;
  }
  const limit = stage.limit;
  if (limit === null) {
    sentences.push(`The policy sets no time limit for this stage, so it has no due date: "${stage.source.quote}" (${stage.source.section}).`);
  } else {
    const summary = summariseLimit(limit, policy) as LimitSummary;
    sentences.push(`The policy's limit: ${summary.text}. It says: "${limit.source.quote}" (${limit.source.section}).`);
    const anchor = ladder.anchorDay(limit.from, stage);
    if (anchor !== null) {
      const from = describeAnchor(limit.from, policy);
      sentences.push(`${from.charAt(0).toUpperCase()}${from.slice(1)}: ${long(anchor)}. ${countingSentence(limit, anchor, calendar)}`);
      if (due.governing === "risk-deadline" && due.day !== null) {
        sentences.push(`The case's risk deadline, ${long(due.day)}, is earlier than the policy's ${long(dueDay(limit, anchor, ladder.index))}, and governs: the limit says "whichever is less".`);
      }
    } else {
      sentences.push("What the limit runs from has not happened yet, and an earlier stage has no time limit, so no due date can be given.");
    }
  }
  if (due.day !== null) {
    const when = `${stageLabel(stage)} is due by the end of ${long(due.day)}`;
    if (state === "overdue") sentences.push(`${when}; on ${long(today)} it is overdue by ${overdueBy} working day${overdueBy === 1 ? "" : "s"}.`);
    else if (state === "due-today") sentences.push(`${when}: today.`);
    else if (left === 0) sentences.push(`${when}; on ${long(today)} no working day remains before it (${state}).`);
    else sentences.push(`${when}; on ${long(today)} ${left} working day${left === 1 ? "" : "s"} remain${left === 1 ? "s" : ""} (${state}).`);
  }
  if (escalateTo !== null) {
    const where = escalateTo.stage !== null ? `Stage ${escalateTo.stage.number} (${escalateTo.stage.title})` : `${escalateTo.final?.title}`;
    const who = [...escalateTo.actors.raising, ...escalateTo.actors.receiving].map((role) => role.title);
    const whom = who.length > 0 ? `: ${[...new Set(who)].join(", ")}` : "";
    sentences.push(escalateTo.requiredNow ? `Escalation to ${where} is required now${whom}. ${escalateTo.reason ?? ""}`.trim() : `If it is not resolved, it goes next to ${where}${whom}.`);
  }
  if (due.day !== null && due.day > toDayNumber(calendar.confirmed.through)) {
    sentences.push(`Bank holidays after ${formatLongDate(calendar.confirmed.through)} are projected from the rules, not yet confirmed by GOV.UK: a newly proclaimed bank holiday could move this date.`);
  }
  return sentences;
}
