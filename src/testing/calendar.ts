import { InvalidOptionsError } from "../errors.js";
import { readOptions } from "../readOptions.js";
import fc from "fast-check";
import { createCalendar, indexOf, type Calendar, type CalendarOptions } from "../calendar/calendar.js";
import { FIRST_DAY, LAST_DAY, toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { JURISDICTIONS, type Jurisdiction } from "../calendar/jurisdiction.js";

/** Bounds for generated dates, both inclusive; default: the whole supported range. */
export interface DateBounds {
  readonly min?: IsoDate;
  readonly max?: IsoDate;
}

function bounds(given: DateBounds): [number, number] {
  // Read as own data (no getter or Proxy trap of the caller's runs): a mistake is an InvalidOptionsError.
  const options = readOptions(given, ["min", "max"]) ?? {};
  const min = options.min === undefined ? FIRST_DAY : toDayNumber(options.min, "min");
  const max = options.max === undefined ? LAST_DAY : toDayNumber(options.max, "max");
  if (min > max) throw new InvalidOptionsError(`min ${String(options.min)} is after max ${String(options.max)}.`);
  return [min, max];
}

/**
 * Valid {@link IsoDate}s, shrinking towards the earliest date allowed.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(isoDates({ min: "2026-01-01" }), (date) => isIsoDate(date)));
 * ```
 */
export function isoDates(options: DateBounds = {}): fc.Arbitrary<IsoDate> {
  const [min, max] = bounds(options);
  return fc.integer({ min, max }).map(toIsoDate, (date) => toDayNumber(date));
}

/**
 * Any of the UK jurisdictions.
 *
 * @example
 * ```ts
 * fc.sample(jurisdictions(), 3) // e.g. ["scotland", "wales", "scotland"]
 * ```
 */
export function jurisdictions(): fc.Arbitrary<Jurisdiction> {
  return fc.constantFrom(...JURISDICTIONS);
}

/**
 * Options for {@link createCalendar}: a jurisdiction, and sometimes closures
 * and extra working days (which may overlap each other, to exercise the rule
 * that an extra working day wins).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(calendarOptions(), (options) => { createCalendar(options); }));
 * ```
 */
export function calendarOptions(options: DateBounds = {}): fc.Arbitrary<CalendarOptions> {
  const dates = isoDates(options);
  return fc.record(
    {
      jurisdiction: jurisdictions(),
      closures: fc.array(fc.oneof(dates, fc.record({ date: dates, name: fc.constant("Office closed") })), { maxLength: 20 }),
      extraWorkingDays: fc.array(dates, { maxLength: 5 }),
    },
    { requiredKeys: ["jurisdiction"] },
  );
}

/**
 * Calendars made from {@link calendarOptions}.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(calendars(), isoDates(), (calendar, date) => {
 *   const due = addWorkingDays(date, 0, calendar);
 *   return isWorkingDay(due, calendar);
 * }));
 * ```
 */
export function calendars(options: DateBounds = {}): fc.Arbitrary<Calendar> {
  return calendarOptions(options).map(createCalendar);
}

/**
 * Working days of a given calendar (dates `isWorkingDay` accepts).
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ jurisdiction: "scotland" });
 * fc.assert(fc.property(workingDaysOf(calendar), (day) => isWorkingDay(day, calendar)));
 * ```
 */
export function workingDaysOf(calendar: Calendar, options: DateBounds = {}): fc.Arbitrary<IsoDate> {
  const days = indexOf(calendar).workingDays;
  const [min, max] = bounds(options);
  let first = 0;
  while (first < days.length && (days[first] as number) < min) first++;
  let last = days.length - 1;
  while (last >= 0 && (days[last] as number) > max) last--;
  if (first > last) throw new RangeError("the calendar has no working day between those bounds");
  return fc.integer({ min: first, max: last }).map((position) => toIsoDate(days[position] as number));
}
