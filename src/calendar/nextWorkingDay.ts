import { addWorkingDays } from "./addWorkingDays.js";
import type { Calendar } from "./calendar.js";
import type { IsoDate } from "./isoDate.js";

/**
 * The first working day strictly after a date: `addWorkingDays(date, 1)`.
 *
 * @param date - any date
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the next working day, never `date` itself
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * nextWorkingDay("2026-12-24", calendar) // "2026-12-29"
 * ```
 */
export function nextWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  return addWorkingDays(date, 1, calendar);
}
