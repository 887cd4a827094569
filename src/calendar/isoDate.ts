import { describeValue } from "../describeValue.js";
import { SafeguardingEscalationError } from "../errors.js";

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD`: no time, no zone.
 *
 * It is a plain `string` so that dates read from JSON need no cast; every
 * function that takes one validates it strictly and throws
 * {@link InvalidDateError} or {@link DateOutOfRangeError}.
 */
export type IsoDate = string;

/** The first date this library computes with. */
export const FIRST_SUPPORTED_DATE: IsoDate = "2000-01-01";
/** The last date this library computes with. */
export const LAST_SUPPORTED_DATE: IsoDate = "2099-12-31";

/** Thrown when a value is not a real calendar date written `YYYY-MM-DD`. */
export class InvalidDateError extends SafeguardingEscalationError {
  readonly code = "invalid-date";
  /** The value that was passed, unchanged. */
  readonly value: unknown;

  constructor(value: unknown, why: string, label = "date") {
    // The label may be a caller's (parseIsoDate takes one), so it is not trusted to be text.
    super(`Invalid ${typeof label === "string" ? label : describeValue(label)} ${describeValue(value)}: ${why}.`);
    this.value = value;
  }
}

/** Thrown when a date, or a date a computation would reach, lies outside 2000-01-01 to 2099-12-31. */
export class DateOutOfRangeError extends SafeguardingEscalationError {
  readonly code = "date-out-of-range";
  /** The date, or the computation, that fell outside the range. */
  readonly value: unknown;

  constructor(value: unknown, message?: string) {
    super(
      message ??
        `Date ${describeValue(value)} is outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`,
    );
    this.value = value;
  }
}

// Day numbers count days since 1970-01-01 (negative before it), so that date
// arithmetic is integer arithmetic. The conversions are Howard Hinnant's
// days_from_civil / civil_from_days, exact for the proleptic Gregorian calendar.

/** @internal Day number of a valid year, month (1-12) and day. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal Year, month (1-12) and day of a day number. */
export function partsFromDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
/** @internal */
export const FIRST_DAY = /* @__PURE__ */ dayNumberFromParts(FIRST_YEAR, 1, 1);
/** @internal */
export const LAST_DAY = /* @__PURE__ */ dayNumberFromParts(LAST_YEAR, 12, 31);

// The day number of the first of every month in range, and of January 2100
// after them, so that parsing a date is a table read rather than the
// civil-calendar arithmetic, and a month's length is the gap to the next.
const MONTH_STARTS = /* @__PURE__ */ Int32Array.from({ length: (LAST_YEAR - FIRST_YEAR + 1) * 12 + 1 }, (_, i) =>
  dayNumberFromParts(FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1),
);

/** @internal Day of the week of a day number: 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The value of the ASCII digit at `at`, or -1. */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * @internal Parses a strict `YYYY-MM-DD` string to its day number, checking
 * that the date exists and lies in the supported range.
 * @param label What the value is, for the error message ("start date").
 */
export function toDayNumber(value: unknown, label = "date"): number {
  // Every engine call parses several dates, so a valid one takes the short way:
  // "20YY-MM-DD", whose six varying digits are checked by one sign test (a
  // value outside 0-9 makes a term negative) and whose day by the month table.
  if (typeof value !== "string" || value.length !== 10) return toDayNumberOrThrow(value, label);
  const y3 = value.charCodeAt(2) - 48, y4 = value.charCodeAt(3) - 48; // prettier-ignore
  const m1 = value.charCodeAt(5) - 48, m2 = value.charCodeAt(6) - 48; // prettier-ignore
  const d1 = value.charCodeAt(8) - 48, d2 = value.charCodeAt(9) - 48; // prettier-ignore
  const month = m1 * 10 + m2 - 1;
  const day = d1 * 10 + d2 - 1;
  const index = (y3 * 10 + y4) * 12 + month;
  if (
    (y3 | y4 | m1 | m2 | d1 | d2 | (9 - y3) | (9 - y4) | (9 - m1) | (9 - m2) | (9 - d1) | (9 - d2) | month | (11 - month) | day) < 0 ||
    value.charCodeAt(0) !== 50 || value.charCodeAt(1) !== 48 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 ||
    (MONTH_STARTS[index] as number) + day >= (MONTH_STARTS[index + 1] as number)
  ) {
    return toDayNumberOrThrow(value, label);
  }
  return (MONTH_STARTS[index] as number) + day;
}

/** The careful parse, for a value the short way refused: it says exactly what is wrong. */
function toDayNumberOrThrow(value: unknown, label: string): never {
  if (typeof value !== "string") {
    throw new InvalidDateError(value, `expected a string written YYYY-MM-DD, got ${value === null ? "null" : typeof value}`, label);
  }
  const y1 = digit(value, 0), y2 = digit(value, 1), y3 = digit(value, 2), y4 = digit(value, 3); // prettier-ignore
  const m1 = digit(value, 5), m2 = digit(value, 6), d1 = digit(value, 8), d2 = digit(value, 9); // prettier-ignore
  if (
    value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 ||
    (y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0
  ) {
    throw new InvalidDateError(value, "expected the form YYYY-MM-DD, e.g. 2026-12-24", label);
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12) throw new InvalidDateError(value, `there is no month ${month}`, label);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(value, `month ${month} of ${year} has ${daysInMonth(year, month)} days`, label);
  }
  // All that is left of the short way's checks is the century: the year is out of range.
  throw new DateOutOfRangeError(value);
}

// Pre-sized and filled with undefined so V8 keeps it a dense array: filled
// sparsely at random indexes, it would fall back to slow dictionary elements.
const formatted: (string | undefined)[] = /* @__PURE__ */ Array.from({ length: LAST_DAY - FIRST_DAY + 1 }, () => undefined);

/** @internal The ISO string of a day number (memoised: results are formatted on every call). */
export function toIsoDate(dayNumber: number): IsoDate {
  const index = dayNumber - FIRST_DAY;
  const cached = formatted[index];
  if (cached !== undefined) return cached;
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (index >= 0 && dayNumber <= LAST_DAY) formatted[index] = iso;
  return iso;
}

/**
 * Checks that a value is a valid, supported {@link IsoDate}.
 *
 * @param value - anything
 * @returns `true` for a real date written `YYYY-MM-DD` between 2000-01-01 and 2099-12-31
 *
 * @example
 * ```ts
 * isIsoDate("2026-02-28") // true
 * isIsoDate("2026-02-30") // false
 * isIsoDate("2026-2-3")   // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    toDayNumber(value);
    return true;
  } catch (error) {
    if (error instanceof SafeguardingEscalationError) return false;
    throw error;
  }
}

/**
 * Validates a date and returns it, so that bad input fails where it enters.
 *
 * @param value - the candidate date
 * @param label - what the value is, used in the error message
 * @returns the same string
 * @throws {@link InvalidDateError} if it is not a real date written `YYYY-MM-DD`
 * @throws {@link DateOutOfRangeError} if it lies outside 2000-01-01 to 2099-12-31
 *
 * @example
 * ```ts
 * parseIsoDate("2026-12-24")  // "2026-12-24"
 * parseIsoDate("24/12/2026")  // throws InvalidDateError: Invalid date "24/12/2026": expected the form YYYY-MM-DD, ...
 * ```
 */
export function parseIsoDate(value: unknown, label = "date"): IsoDate {
  toDayNumber(value, label);
  return value as IsoDate;
}

/**
 * Adds calendar days (not working days) to a date.
 *
 * @param date - the start date
 * @param days - whole number of days, may be negative
 * @returns the date `days` days later
 * @throws {@link DateOutOfRangeError} if the result leaves the supported range
 *
 * @example
 * ```ts
 * addCalendarDays("2026-12-24", 7) // "2026-12-31"
 * ```
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const start = toDayNumber(date);
  assertWholeNumber(days, "days");
  return toIsoDate(checkedResult(start + days, () => `${date} + ${days} calendar days`));
}

/**
 * Adds calendar months to a date, clamping to the end of a shorter month
 * ("one month after 31 January" is 28 or 29 February).
 *
 * @param date - the start date
 * @param months - whole number of months, may be negative
 * @returns the same day of the month `months` months later, or that month's last day
 * @throws {@link DateOutOfRangeError} if the result leaves the supported range
 *
 * @example
 * ```ts
 * addCalendarMonths("2027-01-31", 1) // "2027-02-28"
 * addCalendarMonths("2028-01-31", 1) // "2028-02-29"
 * ```
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const start = toDayNumber(date);
  assertWholeNumber(months, "months");
  return toIsoDate(checkedResult(addMonthsToDayNumber(start, months), () => `${date} + ${months} months`));
}

/** @internal {@link addCalendarMonths} on day numbers, unchecked. */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  return dayNumberFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/**
 * Compares two dates, for `Array.prototype.sort`.
 *
 * @returns a negative number if `a` is before `b`, 0 if equal, positive if after
 *
 * @example
 * ```ts
 * ["2027-01-04", "2026-12-24"].sort(compareDates) // ["2026-12-24", "2027-01-04"]
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** @internal Throws unless `n` is a safe integer. */
export function assertWholeNumber(n: unknown, label: string): asserts n is number {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new InvalidNumberError(n, label);
  }
}

/** Thrown when a count of days or months is not a whole number. */
export class InvalidNumberError extends SafeguardingEscalationError {
  readonly code = "invalid-number";
  readonly value: unknown;

  constructor(value: unknown, label: string) {
    super(`Invalid ${label} ${describeValue(value)}: expected a whole number.`);
    this.value = value;
  }
}

/** Returns `dayNumber` if in range, else throws naming the computation. */
function checkedResult(dayNumber: number, what: () => string): number {
  if (dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new DateOutOfRangeError(
      what(),
      `${what()} falls outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`,
    );
  }
  return dayNumber;
}
