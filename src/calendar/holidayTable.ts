import { dayNumberFromParts } from "./isoDate.js";
import { HOLIDAY_CONFIRMED, HOLIDAY_NAMES, HOLIDAY_SOURCE, HOLIDAY_YEARS } from "./holidayTable.generated.js";
import type { Jurisdiction } from "./jurisdiction.js";

/** @internal A bank holiday as the calendar index holds it. */
export interface BankHolidayEntry {
  readonly dayNumber: number;
  readonly name: string;
  readonly nameCy?: string;
  readonly substitute: boolean;
}

const decoded = new Map<Jurisdiction, readonly BankHolidayEntry[]>();

/** @internal The weekday bank holidays of a jurisdiction, 2000-2099, in date order. */
export function bankHolidaysOf(jurisdiction: Jurisdiction): readonly BankHolidayEntry[] {
  const cached = decoded.get(jurisdiction);
  if (cached !== undefined) return cached;
  const entries: BankHolidayEntry[] = [];
  for (const line of HOLIDAY_YEARS[jurisdiction]) {
    const [yearText, ...days] = line.split(" ");
    const year = Number(yearText);
    for (const day of days) {
      // "MM-DD:index" with an optional trailing "s" for a substitute day.
      const substitute = day.endsWith("s");
      const name = HOLIDAY_NAMES[Number(day.slice(6, substitute ? -1 : undefined))];
      if (name === undefined) throw new Error(`holidayTable.generated.ts is corrupt at ${year} ${day}`);
      entries.push({
        dayNumber: dayNumberFromParts(year, Number(day.slice(0, 2)), Number(day.slice(3, 5))),
        name: name.en,
        ...(name.cy === undefined ? {} : { nameCy: name.cy }),
        substitute,
      });
    }
  }
  decoded.set(jurisdiction, entries);
  return entries;
}

/** @internal */
export function confirmedRangeOf(jurisdiction: Jurisdiction): { readonly from: string; readonly through: string } {
  return HOLIDAY_CONFIRMED[jurisdiction];
}

/**
 * Where the bundled bank-holiday data comes from: the date-holidays release
 * it was generated from, the corrections applied, and the GOV.UK list that
 * confirms it.
 */
export const HOLIDAY_DATA_SOURCE: string = HOLIDAY_SOURCE;
