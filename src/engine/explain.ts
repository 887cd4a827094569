// The explanation sentences of an assessment: what a case worker or an inspector reads.
import type { Calendar, NonWorkingReason } from "../calendar/calendar.js";
import { explainWorkingDays } from "../calendar/explainWorkingDays.js";
import { longDateOfDay } from "../calendar/formatLongDate.js";
import { countBetween } from "../calendar/advance.js";
import { toDayNumber, toIsoDate } from "../calendar/isoDate.js";
import { message } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import type { AssessmentState, EscalationTarget } from "./assess.js";
import type { CalendarInUse, CompiledPolicy, EscalationWords, StagePlan } from "./compile.js";
import { dayOf, governingOf, NO_DAY, type Ladder } from "./ladder.js";
import { describeAmount, dueDay, durationOf, type AmountWords } from "./limits.js";

/** Why a day is not a working day, in words: a bank holiday by its GOV.UK name in the language where GOV.UK gives one. */
function reasonText(reasons: readonly NonWorkingReason[], lang: Language): string {
  return reasons
    .map((reason) => {
      if (reason.kind === "weekend") return message(lang, "nonWorking.weekend");
      if (reason.kind === "closure") return reason.name ?? message(lang, "nonWorking.closure");
      // GOV.UK names every bank holiday since 2012 in Welsh; a few older ones only in English.
      const name = lang === "cy" ? (reason.nameCy ?? reason.name) : reason.name;
      return reason.substitute ? message(lang, "nonWorking.substitute", { name }) : name;
    })
    .join("; ");
}

/**
 * @internal The sentence that shows how a deadline was counted, naming
 * every bank holiday and closure a working-day count passes over.
 */
function countingSentence(limit: AmountWords, anchor: number, calendar: Calendar, lang: Language): string {
  const long = (day: number): string => longDateOfDay(day, lang);
  // Null only for "immediately" and "as soon as possible", whose sentences name no amount.
  const duration = durationOf(limit, lang) ?? "";
  if (limit.calendarDays !== undefined) return message(lang, "count.calendarDays", { duration, date: long(anchor) });
  if (limit.calendarMonths !== undefined) return message(lang, "count.calendarMonths", { duration, date: long(anchor) });
  if (limit.asSoonAsPossible === true) return message(lang, "count.asSoonAsPossible");
  if (limit.hours !== undefined) {
    const last = anchor + Math.max(0, Math.floor(limit.hours / 24) - 1);
    return message(lang, "count.hours", { duration, date: long(anchor), last: long(last) });
  }
  const n = limit.workingWeeks !== undefined ? 5 * limit.workingWeeks : (limit.workingDays ?? 0);
  const explanation = explainWorkingDays(toIsoDate(anchor), n, calendar);
  const holidays = explanation.skipped.filter((day) => day.reasons.some((reason) => reason.kind !== "weekend"));
  const weekendDays = explanation.skipped.length - holidays.length;
  const passed = [
    ...holidays.map((day) => message(lang, "count.skippedDay", { date: long(toDayNumber(day.date)), reasons: reasonText(day.reasons, lang) })),
    ...(weekendDays > 0 ? [message(lang, "duration.weekendDays", { count: weekendDays })] : []),
  ].join(", ");
  const result = long(toDayNumber(explanation.result));
  if (n === 0) return passed === "" ? message(lang, "count.sameDay", { date: long(anchor), result }) : message(lang, "count.sameDayPassing", { date: long(anchor), passed, result });
  const days = message(lang, "duration.workingDays", { count: n });
  const counted = limit.workingWeeks === undefined ? days : message(lang, "count.inWeeks", { days, weeks: duration });
  return passed === "" ? message(lang, "count.workingDays", { duration: counted, date: long(anchor), result }) : message(lang, "count.workingDaysPassing", { duration: counted, date: long(anchor), passed, result });
}

/** @internal What the explanation says of where the case stands. */
export interface Standing {
  readonly state: AssessmentState;
  readonly left: number | null;
  readonly overdueBy: number | null;
  readonly escalateTo: EscalationTarget | null;
  /** The due date had the clock never stopped. */
  readonly originalDue: number;
  /** The clock's stops, as pairs of days (stopped, restarted). */
  readonly stops: readonly number[];
}

/** @internal The explanation of an assessment at the stage at position `current`, in the language its policy was compiled in. */
export function explainAssessment(ladder: Ladder, current: number, standing: Standing, today: number, calendar: CalendarInUse): string[] {
  const { policy, lang } = ladder.compiled;
  const plan = ladder.compiled.stages[current];
  if (plan === undefined) return [];
  const long = (day: number): string => longDateOfDay(day, lang);
  const { stage, label } = plan;
  const { state, left, overdueBy, escalateTo } = standing;
  const sentences = [message(lang, "explain.raised", { policy: policy.title, issuer: policy.issuer, date: long(ladder.raisedOn) })];
  sentences.push(message(lang, "explain.atStage", { stage: label, date: long(ladder.began(current)) }));
  const enteredBy = dayOf(ladder.escalateBy(current));
  const entered = ladder.entered(current);
  if (enteredBy !== NO_DAY && entered !== NO_DAY && entered > enteredBy && plan.escalateBy !== null) {
    sentences.push(message(lang, "explain.escalatedLate", { date: long(enteredBy), limit: plan.escalateBy.summary.text }));
  }
  if (ladder.resolved) {
    sentences.push(message(lang, "explain.resolved", { date: long(ladder.resolvedOn) }));
    return sentences;
  }
  const due = ladder.due(current);
  const dueDate = dayOf(due);
  const limit = plan.limit;
  const shared = governingOf(due) === "shared-limit" ? ladder.compiled.sharedLimits[plan.shared] : undefined;
  if (limit === null) {
    sentences.push(shared !== undefined ? message(lang, "explain.noLimitShared") : message(lang, "explain.noLimit", { quote: stage.source.quote, section: stage.source.section }));
  } else {
    sentences.push(message(lang, "explain.limit", { limit: limit.summary.text, quote: limit.limit.source.quote, section: limit.limit.source.section }));
    const anchor = ladder.anchorDay(limit, current);
    const amount = anchor === NO_DAY ? null : ladder.amountOn(limit, anchor);
    if (anchor !== NO_DAY && amount !== null) {
      const said = [message(lang, limit.anchorDay.key, { ...limit.anchorDay.params, date: long(anchor) })];
      if (amount !== limit.base) said.push(message(lang, "explain.priorityAmount", { amount: describeAmount(amount.words, lang) }));
      said.push(countingSentence(amount.words, anchor, calendar.calendar, lang));
      sentences.push(said.join(" "));
      if (governingOf(due) === "risk-deadline") {
        sentences.push(message(lang, "explain.riskGoverns", { due: long(dueDate), policyDue: long(dueDay(amount, anchor, ladder.index)) }));
      }
    } else if (governingOf(due) === "risk-deadline") {
      sentences.push(message(lang, "explain.riskHoldsNotStarted", { due: long(dueDate) }));
    } else {
      sentences.push(message(lang, "explain.notStarted"));
    }
  }
  if (standing.originalDue !== dueDate && dueDate !== NO_DAY && standing.originalDue !== NO_DAY) {
    const periods = [];
    for (let i = 0; i < standing.stops.length; i += 2) {
      const [from, to] = [standing.stops[i] as number, standing.stops[i + 1] as number];
      periods.push(message(lang, to === today ? "explain.clockPeriodOpen" : "explain.clockPeriod", { from: long(from), to: long(to) }));
    }
    sentences.push(message(lang, "explain.clockStopped", { periods: periods.join(", "), policy: policy.title, original: long(standing.originalDue), due: long(dueDate) }));
  }
  if (shared !== undefined) {
    sentences.push(message(lang, "explain.shared", { group: shared.title, limit: shared.limit.summary.text, quote: shared.limit.limit.source.quote, section: shared.limit.limit.source.section }));
  }
  if (dueDate !== NO_DAY) {
    const when = { stage: label, due: long(dueDate), today: long(today) };
    if (state === "overdue") sentences.push(message(lang, "explain.overdue", { ...when, duration: message(lang, "duration.workingDays", { count: overdueBy ?? 0 }) }));
    else if (state === "due-today") sentences.push(message(lang, "explain.dueToday", when));
    else if (state === "on-track" || state === "due-soon") {
      const stateWord = message(lang, `explain.state.${state}`);
      sentences.push(left === null || left === 0 ? message(lang, "explain.noneLeft", { ...when, state: stateWord }) : message(lang, "explain.left", { ...when, count: left, state: stateWord }));
    }
  }
  if (escalateTo !== null) {
    const { where, roles } = escalationWords(ladder.compiled, escalateTo);
    const { requiredNow, reason, by, limit: byLimit, overdue } = escalateTo;
    if (requiredNow) {
      const now = roles === null ? message(lang, "explain.escalateNow", { where }) : message(lang, "explain.escalateNowRoles", { where, roles });
      sentences.push(reason === null ? now : `${now} ${reason}`);
    } else {
      sentences.push(roles === null ? message(lang, "explain.escalateNext", { where }) : message(lang, "explain.escalateNextRoles", { where, roles }));
    }
    if (by !== null && byLimit !== null) {
      const byDay = toDayNumber(by);
      const must = message(lang, "explain.escalateBy", { date: long(byDay), limit: byLimit.text, quote: byLimit.quote, section: byLimit.section });
      sentences.push(overdue ? `${must} ${message(lang, "explain.escalationOverdue", { today: long(today), duration: message(lang, "duration.workingDays", { count: countBetween(ladder.index, byDay, today) }) })}` : must);
    }
  }
  if (dueDate !== NO_DAY && dueDate > calendar.confirmedThrough) {
    sentences.push(message(lang, "explain.projected", { date: long(toDayNumber(calendar.calendar.confirmed.through)) }));
  }
  return sentences;
}

/** Where an escalation goes and who acts there, as its sentence words them (worked out once per policy). */
function escalationWords(compiled: CompiledPolicy, escalateTo: EscalationTarget): EscalationWords {
  // An escalation names a stage of the policy, or else its final body (assess gives none when there is neither).
  if (escalateTo.stage === null) return (compiled.final as NonNullable<CompiledPolicy["final"]>).escalationWords;
  return (compiled.stages[compiled.stagePosition.get(escalateTo.stage.id) as number] as StagePlan).escalationWords;
}
