import { addWorkingDays } from "./addWorkingDays.js";
import type { Calendar } from "./calendar.js";
import type { IsoDate } from "./isoDate.js";

/**
 * The last working day strictly before a date: `addWorkingDays(date, -1)`.
 *
 * @param date - any date
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the previous working day, never `date` itself
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * previousWorkingDay("2026-12-29", calendar) // "2026-12-24"
 * ```
 */
export function previousWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  return addWorkingDays(date, -1, calendar);
}
