import { countBetween } from "./advance.js";
import { indexOf, type Calendar } from "./calendar.js";
import { toDayNumber, type IsoDate } from "./isoDate.js";

/**
 * Counts the working days after `from` up to and including `to`: the days
 * in (from, to]. Negative when `to` is before `from`.
 *
 * For any working day `to` after `from`,
 * `addWorkingDays(from, workingDaysBetween(from, to, c), c) === to`.
 *
 * @param from - the start date (never counted)
 * @param to - the end date (counted if it is a working day)
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the signed number of working days
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "england-and-wales" });
 * workingDaysBetween("2026-12-24", "2026-12-31", calendar) // 3 (29, 30, 31 December)
 * workingDaysBetween("2026-12-31", "2026-12-24", calendar) // -3
 * ```
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: Calendar): number {
  const index = indexOf(calendar);
  return countBetween(index, toDayNumber(from, "start date"), toDayNumber(to, "end date"));
}
