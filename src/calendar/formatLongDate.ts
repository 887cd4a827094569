import { partsFromDayNumber, toDayNumber, weekdayOf, type IsoDate } from "./isoDate.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Writes a date the way a British case note would: weekday, day, month, year.
 *
 * @param date - any supported date
 * @returns e.g. "Thursday 24 December 2026"
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * formatLongDate("2026-12-24") // "Thursday 24 December 2026"
 * ```
 */
export function formatLongDate(date: IsoDate): string {
  const dayNumber = toDayNumber(date);
  const [year, month, day] = partsFromDayNumber(dayNumber);
  return `${WEEKDAYS[weekdayOf(dayNumber)]} ${day} ${MONTHS[month - 1]} ${year}`;
}
