// The explanation sentences of an assessment: what a case worker or an inspector reads.
import type { Calendar, NonWorkingReason } from "../calendar/calendar.js";
import { explainWorkingDays } from "../calendar/explainWorkingDays.js";
import { formatLongDate, longDateOfDay as long } from "../calendar/formatLongDate.js";
import { countBetween } from "../calendar/advance.js";
import { toDayNumber, toIsoDate } from "../calendar/isoDate.js";
import type { Limit } from "../policy/schema.js";
import type { AssessmentState, EscalationTarget } from "./assess.js";
import type { CalendarInUse, CompiledPolicy, EscalationWords, StagePlan } from "./compile.js";
import { dayOf, governingOf, NO_DAY, type Ladder } from "./ladder.js";
import { describeAmount, dueDay, plural, type AmountWords } from "./limits.js";

function reasonText(reasons: readonly NonWorkingReason[]): string {
  return reasons
    .map((reason) => {
      if (reason.kind === "weekend") return "weekend";
      if (reason.kind === "closure") return reason.name ?? "closure";
      return `${reason.name}${reason.substitute ? ", substitute day" : ""}`;
    })
    .join("; ");
}

/**
 * @internal The sentence that shows how a deadline was counted, naming
 * every bank holiday and closure a working-day count passes over.
 */
function countingSentence(limit: AmountWords, anchor: number, calendar: Calendar): string {
  if (limit.calendarDays !== undefined) return `Counting ${plural(limit.calendarDays, "calendar day")} from ${long(anchor)}: weekends and bank holidays count.`;
  if (limit.calendarMonths !== undefined) return `Counting ${plural(limit.calendarMonths, "calendar month")} from ${long(anchor)}.`;
  if (limit.asSoonAsPossible === true) return "As soon as possible sets no date, so none is given: the duty is owed from that day.";
  if (limit.hours !== undefined) {
    const last = anchor + Math.max(0, Math.floor(limit.hours / 24) - 1);
    return `Counting ${plural(limit.hours, "hour")} on the clock from the start of ${long(anchor)}, weekends and bank holidays included: the last day that ends within them is ${long(last)}.`;
  }
  const n = limit.workingWeeks !== undefined ? 5 * limit.workingWeeks : (limit.workingDays ?? 0);
  const explanation = explainWorkingDays(toIsoDate(anchor), n, calendar);
  const holidays = explanation.skipped.filter((day) => day.reasons.some((reason) => reason.kind !== "weekend"));
  const weekendDays = explanation.skipped.length - holidays.length;
  const parts = [
    ...holidays.map((day) => `${formatLongDate(day.date)} (${reasonText(day.reasons)})`),
    ...(weekendDays > 0 ? [`${weekendDays} weekend day${weekendDays === 1 ? "" : "s"}`] : []),
  ];
  const weeks = limit.workingWeeks === undefined ? "" : ` (${plural(limit.workingWeeks, "working week")})`;
  const counted = n === 0 ? `The same working day as ${long(anchor)}` : `Counting ${plural(n, "working day")}${weeks} after ${long(anchor)}`;
  return `${counted}${parts.length > 0 ? `, passing over ${parts.join(", ")}` : ""}, gives ${formatLongDate(explanation.result)}.`;
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

/** @internal The explanation of an assessment at the stage at position `current`. */
export function explainAssessment(ladder: Ladder, current: number, standing: Standing, today: number, calendar: CalendarInUse): string[] {
  const { policy } = ladder.compiled;
  const plan = ladder.compiled.stages[current];
  if (plan === undefined) return [];
  const { stage, label } = plan;
  const { state, left, overdueBy, escalateTo } = standing;
  const sentences = [`${policy.title}, ${policy.issuer}. The disagreement arose on ${long(ladder.raisedOn)}.`];
  sentences.push(`The case is at ${label}, which began on ${long(ladder.began(current))}.`);
  const enteredBy = dayOf(ladder.escalateBy(current));
  const entered = ladder.entered(current);
  if (enteredBy !== NO_DAY && entered !== NO_DAY && entered > enteredBy && plan.escalateBy !== null) {
    sentences.push(`It was escalated into this stage late: the text gives until ${long(enteredBy)} (${plan.escalateBy.summary.text}).`);
  }
  if (ladder.resolved) {
    sentences.push(`It was resolved at this stage on ${long(ladder.resolvedOn)}. What must follow a resolution is listed among the duties.`);
    return sentences;
  }
  const due = ladder.due(current);
  const dueDate = dayOf(due);
  const limit = plan.limit;
  const shared = governingOf(due) === "shared-limit" ? ladder.compiled.sharedLimits[plan.shared] : undefined;
  if (limit === null) {
    sentences.push(shared !== undefined ? "The policy sets this stage no limit of its own." : `The policy sets no time limit for this stage, so it has no due date: "${stage.source.quote}" (${stage.source.section}).`);
  } else {
    sentences.push(`The policy's limit: ${limit.summary.text}. It says: "${limit.limit.source.quote}" (${limit.limit.source.section}).`);
    const anchor = ladder.anchorDay(limit, current);
    const amount = anchor === NO_DAY ? null : ladder.amountOn(limit, anchor);
    if (anchor !== NO_DAY && amount !== null) {
      const priority = amount !== limit.base ? ` For the case's priority then, ${describeAmount(amount.words)}.` : "";
      sentences.push(`${limit.anchorText}: ${long(anchor)}.${priority} ${countingSentence(amount.words, anchor, calendar.calendar)}`);
      if (governingOf(due) === "risk-deadline") {
        sentences.push(`The case's risk deadline, ${long(dueDate)}, is earlier than the policy's ${long(dueDay(amount, anchor, ladder.index))}, and governs: the limit says "whichever is less".`);
      }
    } else if (governingOf(due) === "risk-deadline") {
      sentences.push(`What the limit runs from has not happened yet, but the limit says "whichever is less": the case's risk deadline, ${long(dueDate)}, holds whenever it starts.`);
    } else {
      sentences.push("What the limit runs from has not happened yet, and an earlier stage has no time limit, so no due date can be given.");
    }
  }
  if (standing.originalDue !== dueDate && dueDate !== NO_DAY && standing.originalDue !== NO_DAY) {
    const periods = [];
    for (let i = 0; i < standing.stops.length; i += 2) periods.push(`from ${long(standing.stops[i] as number)} to ${long(standing.stops[i + 1] as number)}${(standing.stops[i + 1] as number) === today ? " (still stopped: counted to today)" : ""}`);
    sentences.push(`The clock was stopped ${periods.join(", ")}, as ${policy.title} allows: the days stopped do not count, so the due date moves from ${long(standing.originalDue)} to ${long(dueDate)}.`);
  }
  if (shared !== undefined) {
    sentences.push(`${shared.title} share one limit, ${shared.limit.summary.text}, and it governs here. It says: "${shared.limit.limit.source.quote}" (${shared.limit.limit.source.section}).`);
  }
  if (dueDate !== NO_DAY) {
    const when = `${label} is due by the end of ${long(dueDate)}`;
    if (state === "overdue") sentences.push(`${when}; on ${long(today)} it is overdue by ${plural(overdueBy ?? 0, "working day")}.`);
    else if (state === "due-today") sentences.push(`${when}: today.`);
    else if (left === 0) sentences.push(`${when}; on ${long(today)} no working day remains before it (${state}).`);
    else sentences.push(`${when}; on ${long(today)} ${left} working day${left === 1 ? "" : "s"} remain${left === 1 ? "s" : ""} (${state}).`);
  }
  if (escalateTo !== null) {
    const { where, whom } = escalationWords(ladder.compiled, escalateTo);
    const { requiredNow, reason, by, limit: byLimit, overdue } = escalateTo;
    sentences.push(requiredNow ? `Escalation to ${where} is required now${whom}.${reason === null ? "" : ` ${reason}`}` : `If it is not resolved, it goes next to ${where}${whom}.`);
    if (by !== null && byLimit !== null) {
      const byDay = toDayNumber(by);
      const late = overdue ? ` On ${long(today)} that time has passed: the escalation is overdue by ${plural(countBetween(ladder.index, byDay, today), "working day")}.` : "";
      sentences.push(`The escalation must be made by the end of ${long(byDay)}: ${byLimit.text}. It says: "${byLimit.quote}" (${byLimit.section}).${late}`);
    }
  }
  if (dueDate !== NO_DAY && dueDate > calendar.confirmedThrough) {
    sentences.push(`Bank holidays after ${formatLongDate(calendar.calendar.confirmed.through)} are projected from the rules, not yet confirmed by GOV.UK: a newly proclaimed bank holiday could move this date.`);
  }
  return sentences;
}

/** Where an escalation goes and who acts there, as its sentence words them (worked out once per policy). */
function escalationWords(compiled: CompiledPolicy, escalateTo: EscalationTarget): EscalationWords {
  // An escalation names a stage of the policy, or else its final body (assess gives none when there is neither).
  if (escalateTo.stage === null) return (compiled.final as NonNullable<CompiledPolicy["final"]>).escalationWords;
  return (compiled.stages[compiled.stagePosition.get(escalateTo.stage.id) as number] as StagePlan).escalationWords;
}
