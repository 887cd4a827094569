import { indexOf, type Calendar } from "./calendar.js";
import { toDayNumber, type IsoDate } from "./isoDate.js";

/**
 * Tells whether the calendar's bank holidays on a date are confirmed by
 * GOV.UK's published list (see {@link Calendar.confirmed}), rather than
 * projected from the rules. A deadline that crosses an unconfirmed date may
 * move if a bank holiday is proclaimed later.
 *
 * @param date - any supported date
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns `true` inside the confirmed span
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "scotland" });
 * isConfirmedDate("2026-06-15", calendar) // true
 * isConfirmedDate("2035-06-15", calendar) // false
 * ```
 */
export function isConfirmedDate(date: IsoDate, calendar: Calendar): boolean {
  indexOf(calendar);
  const day = toDayNumber(date);
  return day >= toDayNumber(calendar.confirmed.from) && day <= toDayNumber(calendar.confirmed.through);
}
