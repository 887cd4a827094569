import { FIRST_DAY, LAST_DAY, partsFromDayNumber, toDayNumber, weekdayOf, type IsoDate } from "./isoDate.js";

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
  return longDateOfDay(toDayNumber(date));
}

// Memoised like toIsoDate: an explanation writes a dozen dates, mostly the same few.
const written: (string | undefined)[] = Array.from({ length: LAST_DAY - FIRST_DAY + 1 }, () => undefined);

/** @internal {@link formatLongDate} of a day number (memoised within the supported range). */
export function longDateOfDay(dayNumber: number): string {
  const cached = written[dayNumber - FIRST_DAY];
  if (cached !== undefined) return cached;
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const text = `${WEEKDAYS[weekdayOf(dayNumber)]} ${day} ${MONTHS[month - 1]} ${year}`;
  // Only in range: a write past the end would turn the table into a slow sparse one.
  if (dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY) written[dayNumber - FIRST_DAY] = text;
  return text;
}
