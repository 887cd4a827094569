import { SafeguardingEscalationError } from "../errors.js";
import { bankHolidaysOf, confirmedRangeOf } from "./holidayTable.js";
import { FIRST_DAY, LAST_DAY, toDayNumber, weekdayOf, type IsoDate } from "./isoDate.js";
import { isJurisdiction, UnknownJurisdictionError, type Jurisdiction } from "./jurisdiction.js";

/** A day on which an organisation is closed although it is not a bank holiday. */
export interface Closure {
  readonly date: IsoDate;
  /** Shown in explanations, e.g. "Office closed between Christmas and New Year". */
  readonly name?: string;
}

/** What {@link createCalendar} takes. */
export interface CalendarOptions {
  /** Whose bank holidays apply. */
  readonly jurisdiction: Jurisdiction;
  /** Extra non-working days: plain dates, or dates with a name for explanations. */
  readonly closures?: readonly (IsoDate | Closure)[];
  /**
   * Days that are working days whatever else they are: a weekend, a bank
   * holiday or a closure. (An agency open on a bank holiday lists it here.)
   */
  readonly extraWorkingDays?: readonly IsoDate[];
}

/**
 * A working-day calendar: an immutable value made by {@link createCalendar}
 * or {@link joinCalendars}. Its fields describe it; the functions of this
 * module compute with it.
 */
export interface Calendar {
  /** The jurisdictions whose bank holidays it observes (several for a joint calendar). */
  readonly jurisdictions: readonly Jurisdiction[];
  /** Its closures, sorted by date (for a joint calendar, those of every part). */
  readonly closures: readonly Closure[];
  /** Its extra working days, sorted (for a joint calendar, the days extra in every part). */
  readonly extraWorkingDays: readonly IsoDate[];
  /**
   * The span in which its bank holidays are confirmed by GOV.UK's published
   * list. Outside it they are projected from the rules (and, before GOV.UK's
   * list begins, from historical proclamations): a newly proclaimed bank
   * holiday may be missing. See {@link isConfirmedDate}.
   */
  readonly confirmed: { readonly from: IsoDate; readonly through: IsoDate };
}

/** Thrown when calendar options are malformed, or a value is not a calendar made by this library. */
export class InvalidCalendarError extends SafeguardingEscalationError {
  readonly code = "invalid-calendar";
}

/** Why a day is not a working day: one entry per cause (a closure may fall on a bank holiday). */
export type NonWorkingReason =
  | { readonly kind: "weekend" }
  | {
      readonly kind: "bank-holiday";
      readonly jurisdiction: Jurisdiction;
      readonly name: string;
      readonly nameCy?: string;
      readonly substitute: boolean;
    }
  | { readonly kind: "closure"; readonly name?: string };

/** @internal The precomputed index behind a calendar. */
export interface CalendarIndex {
  /** 1 where the day (offset from 2000-01-01) is a working day. */
  readonly working: Uint8Array;
  /** cumulative[i]: working days from 2000-01-01 to day i inclusive. */
  readonly cumulative: Int32Array;
  /** Day numbers of all working days, ascending. */
  readonly workingDays: Int32Array;
  /** Bank holidays and closures by day number (weekends are derived, see {@link reasonsFor}). */
  readonly reasons: ReadonlyMap<number, readonly NonWorkingReason[]>;
}

const DAYS = LAST_DAY - FIRST_DAY + 1;
const WEEKEND: readonly NonWorkingReason[] = Object.freeze([{ kind: "weekend" }]);
// The index rides on the calendar under a private, non-enumerable key: read
// on every call, it must cost less than a WeakMap lookup, and it must not be
// copied by a spread or shown by JSON.stringify.
const INDEX = Symbol("calendar index");

function indexFrom(working: Uint8Array, reasons: ReadonlyMap<number, readonly NonWorkingReason[]>): CalendarIndex {
  const cumulative = new Int32Array(DAYS);
  let count = 0;
  for (let i = 0; i < DAYS; i++) {
    count += working[i] as number;
    cumulative[i] = count;
  }
  const workingDays = new Int32Array(count);
  for (let i = 0, next = 0; i < DAYS; i++) if (working[i] === 1) workingDays[next++] = FIRST_DAY + i;
  return { working, cumulative, workingDays, reasons };
}

/** @internal Why a day is not a working day of the index: empty for a working day. */
export function reasonsFor(index: CalendarIndex, dayNumber: number): readonly NonWorkingReason[] {
  if (index.working[dayNumber - FIRST_DAY] === 1) return [];
  const listed = index.reasons.get(dayNumber);
  const weekday = weekdayOf(dayNumber);
  if (weekday !== 0 && weekday !== 6) return listed ?? [];
  return listed === undefined ? WEEKEND : [...WEEKEND, ...listed];
}

const baseIndexes = new Map<Jurisdiction, CalendarIndex>();

/** The index of a jurisdiction with no closures or extra days, built once. */
function baseIndexOf(jurisdiction: Jurisdiction): CalendarIndex {
  let index = baseIndexes.get(jurisdiction);
  if (index === undefined) {
    const working = new Uint8Array(DAYS);
    for (let i = 0; i < DAYS; i++) {
      const weekday = weekdayOf(FIRST_DAY + i);
      working[i] = weekday === 0 || weekday === 6 ? 0 : 1;
    }
    const reasons = new Map<number, NonWorkingReason[]>();
    for (const holiday of bankHolidaysOf(jurisdiction)) {
      working[holiday.dayNumber - FIRST_DAY] = 0;
      reasons.set(holiday.dayNumber, [
        {
          kind: "bank-holiday",
          jurisdiction,
          name: holiday.name,
          ...(holiday.nameCy === undefined ? {} : { nameCy: holiday.nameCy }),
          substitute: holiday.substitute,
        },
      ]);
    }
    index = indexFrom(working, reasons);
    baseIndexes.set(jurisdiction, index);
  }
  return index;
}

function freezeCalendar(calendar: Calendar, index: CalendarIndex): Calendar {
  Object.freeze(calendar.jurisdictions);
  Object.freeze(calendar.closures);
  Object.freeze(calendar.extraWorkingDays);
  Object.freeze(calendar.confirmed);
  Object.defineProperty(calendar, INDEX, { value: index, enumerable: false });
  return Object.freeze(calendar);
}

/** @internal The index of a calendar made by this module. */
export function indexOf(calendar: Calendar): CalendarIndex {
  const index = typeof calendar === "object" && calendar !== null ? (calendar as { [INDEX]?: CalendarIndex })[INDEX] : undefined;
  if (index === undefined) {
    throw new InvalidCalendarError("Expected a calendar made by createCalendar() or joinCalendars(), got " + describeValue(calendar) + ".");
  }
  return index;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  return "an object of another kind (a calendar cannot be copied or rebuilt from its fields)";
}

function normaliseClosures(closures: unknown): Closure[] {
  if (closures === undefined) return [];
  if (!Array.isArray(closures)) throw new InvalidCalendarError("closures must be an array of dates or { date, name } objects.");
  const byDate = new Map<IsoDate, Closure>();
  closures.forEach((entry: unknown, position) => {
    const label = `closures[${position}]`;
    let closure: Closure;
    if (typeof entry === "string") {
      closure = { date: entry };
    } else if (typeof entry === "object" && entry !== null && "date" in entry) {
      const { date, name } = entry as { date: unknown; name?: unknown };
      if (name !== undefined && typeof name !== "string") throw new InvalidCalendarError(`${label}.name must be a string.`);
      closure = name === undefined ? { date: date as IsoDate } : { date: date as IsoDate, name };
    } else {
      throw new InvalidCalendarError(`${label} must be a date or a { date, name } object.`);
    }
    toDayNumber(closure.date, label);
    byDate.set(closure.date, Object.freeze(closure));
  });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function normaliseDates(dates: unknown, label: string): IsoDate[] {
  if (dates === undefined) return [];
  if (!Array.isArray(dates)) throw new InvalidCalendarError(`${label} must be an array of dates.`);
  dates.forEach((date: unknown, position) => toDayNumber(date, `${label}[${position}]`));
  return [...new Set(dates as IsoDate[])].sort();
}

const calendarOptionKeys = new Set(["jurisdiction", "closures", "extraWorkingDays"]);

/**
 * Creates a working-day calendar for a UK jurisdiction.
 *
 * A working day is Monday to Friday, not a bank holiday of the jurisdiction,
 * and not a closure; an extra working day is a working day whatever else it
 * is. The inputs are copied, never kept or changed.
 *
 * @param options - the jurisdiction, and optionally closures and extra working days
 * @returns an immutable calendar
 * @throws {@link UnknownJurisdictionError} if the jurisdiction is not one of {@link JURISDICTIONS}
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad closure or extra working day
 * @throws {@link InvalidCalendarError} for options of the wrong shape
 *
 * @example
 * ```ts
 * const calendar = createCalendar({
 *   jurisdiction: "england-and-wales",
 *   closures: [{ date: "2026-12-29", name: "Office closed" }],
 * });
 * isWorkingDay("2026-12-29", calendar) // false
 * ```
 */
export function createCalendar(options: CalendarOptions): Calendar {
  if (typeof options !== "object" || options === null) {
    throw new InvalidCalendarError("createCalendar() takes an options object, e.g. { jurisdiction: \"england-and-wales\" }.");
  }
  for (const key of Object.keys(options)) {
    if (!calendarOptionKeys.has(key)) throw new InvalidCalendarError(`Unknown calendar option ${JSON.stringify(key)}: expected jurisdiction, closures or extraWorkingDays.`);
  }
  const { jurisdiction } = options;
  if (!isJurisdiction(jurisdiction)) throw new UnknownJurisdictionError(jurisdiction);
  const closures = normaliseClosures(options.closures);
  const extraWorkingDays = normaliseDates(options.extraWorkingDays, "extraWorkingDays");

  const base = baseIndexOf(jurisdiction);
  let index = base;
  if (closures.length > 0 || extraWorkingDays.length > 0) {
    const working = base.working.slice();
    const reasons = new Map(base.reasons);
    for (const closure of closures) {
      const dayNumber = toDayNumber(closure.date);
      working[dayNumber - FIRST_DAY] = 0;
      const reason: NonWorkingReason = closure.name === undefined ? { kind: "closure" } : { kind: "closure", name: closure.name };
      reasons.set(dayNumber, [...(reasons.get(dayNumber) ?? []), reason]);
    }
    for (const date of extraWorkingDays) working[toDayNumber(date) - FIRST_DAY] = 1;
    index = indexFrom(working, reasons);
  }

  const confirmed = confirmedRangeOf(jurisdiction);
  return freezeCalendar(
    { jurisdictions: [jurisdiction], closures, extraWorkingDays, confirmed: { from: confirmed.from, through: confirmed.through } },
    index,
  );
}

/**
 * Joins calendars: a day is a working day of the result only if it is one in
 * every calendar joined. Use it when a disagreement between agencies in two
 * jurisdictions should count only days on which both are at work.
 *
 * @param calendars - one or more calendars
 * @returns an immutable joint calendar, confirmed only where all its parts are
 * @throws {@link InvalidCalendarError} if given no calendars, or a value that is not one
 *
 * @example
 * ```ts
 * const both = joinCalendars(
 *   createCalendar({ jurisdiction: "england-and-wales" }),
 *   createCalendar({ jurisdiction: "scotland" }),
 * );
 * isWorkingDay("2026-11-30", both) // false: St Andrew's Day in Scotland
 * isWorkingDay("2026-08-31", both) // false: Summer bank holiday in England
 * ```
 */
export function joinCalendars(...calendars: readonly Calendar[]): Calendar {
  if (calendars.length === 0) throw new InvalidCalendarError("joinCalendars() needs at least one calendar.");
  const parts = calendars.map(indexOf);
  const working = new Uint8Array(DAYS).fill(1);
  const reasons = new Map<number, NonWorkingReason[]>();
  for (const part of parts) {
    for (let i = 0; i < DAYS; i++) working[i] = (working[i] as number) & (part.working[i] as number);
    for (const [dayNumber, list] of part.reasons) reasons.set(dayNumber, [...(reasons.get(dayNumber) ?? []), ...list]);
  }
  const index = indexFrom(working, reasons);

  const jurisdictions = [...new Set(calendars.flatMap((calendar) => calendar.jurisdictions))];
  const closures = new Map<IsoDate, Closure>();
  for (const calendar of calendars) for (const closure of calendar.closures) if (!closures.has(closure.date)) closures.set(closure.date, closure);
  const extraWorkingDays = calendars
    .map((calendar) => calendar.extraWorkingDays)
    .reduce((common, days) => common.filter((date) => days.includes(date)));
  const from = calendars.map((calendar) => calendar.confirmed.from).sort().at(-1) as IsoDate;
  const through = calendars.map((calendar) => calendar.confirmed.through).sort()[0] as IsoDate;
  return freezeCalendar(
    {
      jurisdictions,
      closures: [...closures.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
      extraWorkingDays: [...extraWorkingDays],
      confirmed: { from, through },
    },
    index,
  );
}
