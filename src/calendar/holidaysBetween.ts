import { indexOf, reasonsFor, type Calendar } from "./calendar.js";
import { toDayNumber, toIsoDate, type IsoDate } from "./isoDate.js";
import type { Jurisdiction } from "./jurisdiction.js";

/** A bank holiday a calendar observes. */
export interface BankHoliday {
  readonly date: IsoDate;
  /** GOV.UK's English name, e.g. "Boxing Day". */
  readonly name: string;
  /** GOV.UK's Welsh name ("Dydd San Steffan"), where GOV.UK gives one. */
  readonly nameCy?: string;
  /** True for a substitute weekday given for a holiday that fell on a weekend. */
  readonly substitute: boolean;
  /** Whose bank holiday it is (matters for a joint calendar). */
  readonly jurisdiction: Jurisdiction;
}

/**
 * Lists the bank holidays from `from` to `to`, both included, that are
 * non-working days of the calendar (a bank holiday listed as an extra
 * working day is left out). Closures are not bank holidays and are not listed.
 *
 * @param from - first date (inclusive)
 * @param to - last date (inclusive); an empty list if before `from`
 * @param calendar - made by {@link createCalendar} or {@link joinCalendars}
 * @returns the bank holidays in date order
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad date
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "wales" });
 * holidaysBetween("2026-12-20", "2027-01-03", calendar)
 * // [{ date: "2026-12-25", name: "Christmas Day", nameCy: "Dydd Nadolig", substitute: false, jurisdiction: "wales" },
 * //  { date: "2026-12-28", name: "Boxing Day", nameCy: "Dydd San Steffan", substitute: true, jurisdiction: "wales" },
 * //  { date: "2027-01-01", name: "New Year’s Day", nameCy: "Dydd Calan", substitute: false, jurisdiction: "wales" }]
 * ```
 */
export function holidaysBetween(from: IsoDate, to: IsoDate, calendar: Calendar): BankHoliday[] {
  const index = indexOf(calendar);
  const first = toDayNumber(from, "start date");
  const last = toDayNumber(to, "end date");
  const holidays: BankHoliday[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    for (const reason of reasonsFor(index, dayNumber)) {
      if (reason.kind !== "bank-holiday") continue;
      holidays.push({
        date: toIsoDate(dayNumber),
        name: reason.name,
        ...(reason.nameCy === undefined ? {} : { nameCy: reason.nameCy }),
        substitute: reason.substitute,
        jurisdiction: reason.jurisdiction,
      });
    }
  }
  return holidays;
}
