import { indexOf, type Calendar } from "./calendar.js";
import { FIRST_DAY, toDayNumber, type IsoDate } from "./isoDate.js";

/**
 * Tells whether a date is a working day of a calendar: Monday to Friday, not
 * a bank holiday, not a closure (or listed as an extra working day).
 *
 * @param date - the date to test
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns `true` if staff are expected at work that day
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * isWorkingDay("2026-12-24", calendar) // true  (Thursday)
 * isWorkingDay("2026-12-28", calendar) // false (Boxing Day, substitute day)
 * ```
 */
export function isWorkingDay(date: IsoDate, calendar: Calendar): boolean {
  return indexOf(calendar).working[toDayNumber(date) - FIRST_DAY] === 1;
}
