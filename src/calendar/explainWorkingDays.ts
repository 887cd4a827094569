import { outOfRange } from "./addWorkingDays.js";
import { advance } from "./advance.js";
import { indexOf, reasonsFor, type Calendar, type NonWorkingReason } from "./calendar.js";
import { isConfirmedDate } from "./isConfirmedDate.js";
import { assertWholeNumber, toDayNumber, toIsoDate, type IsoDate } from "./isoDate.js";

/** A day passed over while counting working days, and why. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reasons: readonly NonWorkingReason[];
}

/** How {@link addWorkingDays} reached its result, for case workers and inspectors. */
export interface WorkingDaysExplanation {
  readonly from: IsoDate;
  readonly workingDays: number;
  readonly result: IsoDate;
  /** The working days counted, in the order counted (for n < 0, backwards). */
  readonly counted: readonly IsoDate[];
  /** The non-working days between `from` (excluded) and `result`, in date order. */
  readonly skipped: readonly SkippedDay[];
  /**
   * False when some day from `from` to `result` lies outside the span in which
   * GOV.UK has confirmed the bank holidays: the result is a projection.
   */
  readonly confirmed: boolean;
}

/**
 * Explains an {@link addWorkingDays} result: the working days counted and the
 * days skipped, each with its reason (weekend, which bank holiday, which
 * closure). Unlike `addWorkingDays`, its cost grows with `n`.
 *
 * @param date - the start date (never counted)
 * @param n - whole number of working days
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the result with its working
 * @throws the same errors as {@link addWorkingDays}
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * const why = explainWorkingDays("2026-12-24", 2, calendar);
 * why.result  // "2026-12-30"
 * why.counted // ["2026-12-29", "2026-12-30"]
 * why.skipped.map((day) => day.date) // ["2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"]
 * why.skipped[0].reasons // [{ kind: "bank-holiday", name: "Christmas Day", ... }]
 * ```
 */
export function explainWorkingDays(date: IsoDate, n: number, calendar: Calendar): WorkingDaysExplanation {
  const index = indexOf(calendar);
  const start = toDayNumber(date);
  assertWholeNumber(n, "number of working days");
  const end = advance(index, start, n);
  if (end === undefined) throw outOfRange(date, n);
  const step = end >= start ? 1 : -1;
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  // With n = 0 the start day itself may be the result, and is then counted.
  const first = n === 0 ? start : start + step;
  for (let day = first; step > 0 ? day <= end : day >= end; day += step) {
    const reasons = reasonsFor(index, day);
    if (reasons.length === 0) counted.push(toIsoDate(day));
    else skipped.push({ date: toIsoDate(day), reasons });
  }
  if (step < 0) skipped.reverse();
  const result = toIsoDate(end);
  return {
    from: date,
    workingDays: n,
    result,
    counted: n === 0 ? [] : counted,
    skipped,
    confirmed: isConfirmedDate(date, calendar) && isConfirmedDate(result, calendar),
  };
}
