import { daysInMonth, InvalidDateError, parseIsoDate, type IsoDate } from "./isoDate.js";

// Made on first use: building a time-zone formatter costs milliseconds, which
// importing the package should not pay when no instant is ever converted.
let londonParts: Intl.DateTimeFormat | undefined;

// A timestamp must carry its offset: without one, which instant it names
// depends on the machine's zone, and the date could be silently wrong.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The calendar date in Europe/London (GMT or BST) of an instant. This is the
 * only place where time and zone enter: everything else works on dates.
 *
 * @param instant - a `Date`, or an ISO 8601 timestamp with `Z` or an offset
 * @returns the London date of that instant
 * @throws {@link InvalidDateError} for an invalid `Date`, a timestamp without offset, or any other value
 * @throws {@link DateOutOfRangeError} if the London date lies outside 2000-01-01 to 2099-12-31
 *
 * @example
 * ```ts
 * toLondonDate("2026-03-31T23:30:00Z")  // "2026-04-01" (BST, UTC+1)
 * toLondonDate("2026-10-25T23:30:00Z")  // "2026-10-25" (GMT again)
 * toLondonDate(new Date(Date.UTC(2026, 11, 24, 23, 59))) // "2026-12-24"
 * ```
 */
export function toLondonDate(instant: Date | string): IsoDate {
  let time: number;
  if (typeof instant === "string") {
    if (!ISO_TIMESTAMP.test(instant)) {
      throw new InvalidDateError(instant, "expected an ISO 8601 timestamp with Z or an offset, e.g. 2026-03-31T23:30:00Z", "timestamp");
    }
    // Date would roll 30 February over into March: check the day exists.
    const [year, month, day] = [0, 5, 8].map((at) => Number(instant.slice(at, at + (at === 0 ? 4 : 2)))) as [number, number, number];
    if (month < 1 || month > 12) throw new InvalidDateError(instant, `there is no month ${month}`, "timestamp");
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new InvalidDateError(instant, `month ${month} of ${year} has ${daysInMonth(year, month)} days`, "timestamp");
    }
    time = Date.parse(instant);
  } else {
    const dateTime = timeOf(instant);
    if (dateTime === undefined) throw new InvalidDateError(instant, "expected a Date or an ISO 8601 timestamp string", "instant");
    time = dateTime;
  }
  if (Number.isNaN(time)) throw new InvalidDateError(instant, "it is not a real instant", "instant");
  // Formatting the time value, not the Date, so that no valueOf of the caller's runs.
  londonParts ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
  const parts = Object.fromEntries(londonParts.formatToParts(time).map((part) => [part.type, part.value]));
  // Padded: a year before 1000 is written short, and must be refused as out of range, not as malformed.
  return parseIsoDate(`${(parts.year ?? "").padStart(4, "0")}-${parts.month}-${parts.day}`, "London date");
}

// Taken once: a caller may replace Date.prototype.getTime later.
const getTime = Date.prototype.getTime;

/** The time value of a real Date; undefined for anything else, a Proxy of a Date or a clone of Date.prototype included. */
function timeOf(value: unknown): number | undefined {
  try {
    // getTime checks for a Date's internal slot and reads nothing the caller can override.
    return getTime.call(value);
  } catch {
    return undefined;
  }
}
