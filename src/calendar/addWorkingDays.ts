import { advance } from "./advance.js";
import { indexOf, type Calendar } from "./calendar.js";
import { assertWholeNumber, DateOutOfRangeError, FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE, toDayNumber, toIsoDate, type IsoDate } from "./isoDate.js";

/**
 * Moves a date by a number of working days. The start day never counts,
 * whether or not it is a working day.
 *
 * - n > 0: the n-th working day strictly after `date`. "Within 5 working days
 *   of X" is due on `addWorkingDays(X, 5)`.
 * - n < 0: the |n|-th working day strictly before `date`.
 * - n = 0: `date` itself if it is a working day, else the next working day
 *   ("the same working day", "immediately").
 *
 * Its cost does not depend on `n`: the calendar holds a precomputed index.
 *
 * @param date - the start date
 * @param n - whole number of working days
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the date reached
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date, or a result past 2099-12-31
 * @throws {@link InvalidNumberError} if `n` is not a whole number
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * // Thursday 24 December 2026; 25 and 28 December are bank holidays.
 * addWorkingDays("2026-12-24", 2, calendar) // "2026-12-30"
 * addWorkingDays("2026-12-26", 0, calendar) // "2026-12-29"
 * addWorkingDays("2026-12-29", -1, calendar) // "2026-12-24"
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: Calendar): IsoDate {
  const index = indexOf(calendar);
  const start = toDayNumber(date);
  assertWholeNumber(n, "number of working days");
  const result = advance(index, start, n);
  if (result === undefined) throw outOfRange(date, n);
  return toIsoDate(result);
}

/** @internal The error for a working-day count that leaves the supported range. */
export function outOfRange(date: IsoDate, n: number): DateOutOfRangeError {
  const what = `${date} ${n < 0 ? "-" : "+"} ${Math.abs(n)} working days`;
  return new DateOutOfRangeError(what, `${what} falls outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`);
}
