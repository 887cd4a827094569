import { advance } from "../calendar/advance.js";
import type { CalendarIndex } from "../calendar/calendar.js";
import { addCalendarMonths, DateOutOfRangeError, LAST_DAY, LAST_SUPPORTED_DATE, toDayNumber, toIsoDate } from "../calendar/isoDate.js";
import type { Anchor, Limit, Policy } from "../policy/schema.js";

/**
 * @internal The due day of a limit counted from an anchor day, by the
 * contract in DESIGN.md: working days by the calendar's index, calendar days
 * and months by the civil calendar, "immediately" as the same working day.
 */
export function dueDay(limit: Limit, anchor: number, index: CalendarIndex): number {
  if (limit.calendarMonths !== undefined) return toDayNumber(addCalendarMonths(toIsoDate(anchor), limit.calendarMonths));
  const result = limit.calendarDays !== undefined ? anchor + limit.calendarDays : advance(index, anchor, limit.workingDays ?? 0);
  if (result === undefined || result > LAST_DAY) {
    throw new DateOutOfRangeError(toIsoDate(anchor), `A deadline counted ${describeAmount(limit).replace("within ", "")} from ${toIsoDate(anchor)} falls after ${LAST_SUPPORTED_DATE}, the last date supported.`);
  }
  return result;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** @internal "within 5 working days", "within one calendar month", "immediately". */
export function describeAmount(limit: Pick<Limit, "workingDays" | "calendarDays" | "calendarMonths" | "immediately">): string {
  if (limit.workingDays !== undefined) return `within ${plural(limit.workingDays, "working day")}`;
  if (limit.calendarDays !== undefined) return `within ${plural(limit.calendarDays, "calendar day")}`;
  if (limit.calendarMonths !== undefined) return `within ${plural(limit.calendarMonths, "calendar month")}`;
  return "immediately (the same working day)";
}

/** @internal "the completion of Stage 1 (Internal Discussion)". */
export function describeAnchor(anchor: Anchor, policy: Policy): string {
  const stage = (id: string) => {
    const found = policy.stages.find((candidate) => candidate.id === id);
    return found === undefined ? id : `Stage ${found.number} (${found.title})`;
  };
  if ("raised" in anchor) return "the disagreement arising";
  if ("completionOf" in anchor) return `the completion of ${stage(anchor.completionOf)}`;
  if ("startOf" in anchor) return `the start of ${stage(anchor.startOf)}`;
  if ("resolution" in anchor) return "the disagreement being resolved";
  const step = policy.stages.flatMap((candidate) => candidate.steps ?? []).find((candidate) => candidate.id === anchor.step);
  return `the step "${step?.title ?? anchor.step}" being done`;
}
