import { describeValue } from "../describeValue.js";
import { SafeguardingEscalationError } from "../errors.js";
import { readOwnFields, readOwnList } from "../ownFields.js";
import { bankHolidaysOf, confirmedRangeOf } from "./holidayTable.js";
import { FIRST_DAY, FIRST_SUPPORTED_DATE, LAST_DAY, LAST_SUPPORTED_DATE, toDayNumber, weekdayOf, type IsoDate } from "./isoDate.js";
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
const WEEKEND: readonly NonWorkingReason[] = /* @__PURE__ */ Object.freeze([Object.freeze({ kind: "weekend" })]);

/**
 * The index's reason lists and their entries are handed out as they are (by
 * {@link reasonsFor}, to explanations), so each is frozen where it is made: a
 * caller who could write to one would rename a bank holiday for every later
 * call.
 */
function frozenReasons(list: NonWorkingReason[]): readonly NonWorkingReason[] {
  for (const reason of list) Object.freeze(reason);
  return Object.freeze(list);
}

function indexFrom(working: Uint8Array, reasons: ReadonlyMap<number, readonly NonWorkingReason[]>): CalendarIndex {
  const cumulative = new Int32Array(DAYS);
  let count = 0;
  for (let i = 0; i < DAYS; i++) {
    count += working[i] as number;
    cumulative[i] = count;
  }
  const workingDays = new Int32Array(count);
  for (let i = 0, next = 0; i < DAYS; i++) if (working[i] === 1) workingDays[next++] = FIRST_DAY + i;
  return Object.freeze({ working, cumulative, workingDays, reasons });
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
    const reasons = new Map<number, readonly NonWorkingReason[]>();
    for (const holiday of bankHolidaysOf(jurisdiction)) {
      working[holiday.dayNumber - FIRST_DAY] = 0;
      reasons.set(holiday.dayNumber, frozenReasons([
        {
          kind: "bank-holiday",
          jurisdiction,
          name: holiday.name,
          ...(holiday.nameCy === undefined ? {} : { nameCy: holiday.nameCy }),
          substitute: holiday.substitute,
        },
      ]));
    }
    index = indexFrom(working, reasons);
    baseIndexes.set(jurisdiction, index);
  }
  return index;
}

// Only this module can make a calendar: the class is reachable from any
// calendar (Object.getPrototypeOf), and a calendar built around a made-up
// index would fail deep inside instead of saying what is wrong.
const MINT = Symbol("mint");

/**
 * A calendar's fields are own, frozen data; its index is a private field, so
 * that no caller can reach it (Object.getOwnPropertySymbols finds nothing)
 * and a copy, a look-alike or a Proxy of a calendar has none. Reading it is
 * as cheap as reading a property, and the brand check (`#index in value`)
 * runs no Proxy trap.
 */
class CalendarValue implements Calendar {
  readonly jurisdictions: readonly Jurisdiction[];
  readonly closures: readonly Closure[];
  readonly extraWorkingDays: readonly IsoDate[];
  readonly confirmed: { readonly from: IsoDate; readonly through: IsoDate };
  readonly #index: CalendarIndex;

  constructor(mint: symbol, fields: Calendar, index: CalendarIndex) {
    if (mint !== MINT) throw new InvalidCalendarError("Calendars are made by createCalendar() or joinCalendars().");
    this.jurisdictions = Object.freeze([...fields.jurisdictions]);
    this.closures = Object.freeze([...fields.closures]);
    this.extraWorkingDays = Object.freeze([...fields.extraWorkingDays]);
    this.confirmed = Object.freeze({ from: fields.confirmed.from, through: fields.confirmed.through });
    this.#index = index;
    Object.freeze(this);
  }

  static indexOf(value: unknown): CalendarIndex | undefined {
    return typeof value === "object" && value !== null && #index in value ? value.#index : undefined;
  }
}
Object.freeze(CalendarValue);
Object.freeze(CalendarValue.prototype);

/** @internal The index of a calendar made by this module. */
export function indexOf(calendar: Calendar): CalendarIndex {
  const index = CalendarValue.indexOf(calendar);
  if (index === undefined) {
    throw new InvalidCalendarError(
      `Expected a calendar made by createCalendar() or joinCalendars(), got ${describeValue(calendar)} (a calendar cannot be copied, wrapped or rebuilt from its fields).`,
    );
  }
  return index;
}

const fail = (message: string) => new InvalidCalendarError(message);

function normaliseClosures(closures: unknown): Closure[] {
  if (closures === undefined) return [];
  const byDate = new Map<IsoDate, Closure>();
  readOwnList(closures, "closures", fail).forEach((entry, position) => {
    const label = `closures[${position}]`;
    let closure: Closure;
    if (typeof entry === "string") {
      closure = { date: entry };
    } else if (typeof entry === "object" && entry !== null) {
      const { date, name } = readOwnFields(entry, ["date", "name"], label, fail);
      if (name !== undefined && typeof name !== "string") throw new InvalidCalendarError(`${label}.name must be a string, got ${describeValue(name)}.`);
      closure = name === undefined ? { date: date as IsoDate } : { date: date as IsoDate, name };
    } else {
      throw new InvalidCalendarError(`${label} must be a date or a { date, name } object, got ${describeValue(entry)}.`);
    }
    toDayNumber(closure.date, label);
    byDate.set(closure.date, Object.freeze(closure));
  });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function normaliseDates(dates: unknown, label: string): IsoDate[] {
  if (dates === undefined) return [];
  const list = readOwnList(dates, label, fail);
  list.forEach((date, position) => toDayNumber(date, `${label}[${position}]`));
  return [...new Set(list as IsoDate[])].sort();
}

const CALENDAR_OPTION_KEYS = ["jurisdiction", "closures", "extraWorkingDays"] as const;

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
    throw new InvalidCalendarError(`createCalendar() takes an options object, e.g. { jurisdiction: "england-and-wales" }, got ${describeValue(options)}.`);
  }
  // Read once, as own data: a getter or a Proxy could answer differently on each read.
  const fields = readOwnFields(options, CALENDAR_OPTION_KEYS, "calendar options", fail);
  const { jurisdiction } = fields;
  if (!isJurisdiction(jurisdiction)) throw new UnknownJurisdictionError(jurisdiction);
  const closures = normaliseClosures(fields.closures);
  const extraWorkingDays = normaliseDates(fields.extraWorkingDays, "extraWorkingDays");

  const base = baseIndexOf(jurisdiction);
  let index = base;
  if (closures.length > 0 || extraWorkingDays.length > 0) {
    const working = base.working.slice();
    const reasons = new Map(base.reasons);
    for (const closure of closures) {
      const dayNumber = toDayNumber(closure.date);
      working[dayNumber - FIRST_DAY] = 0;
      const reason: NonWorkingReason = closure.name === undefined ? { kind: "closure" } : { kind: "closure", name: closure.name };
      reasons.set(dayNumber, frozenReasons([...(reasons.get(dayNumber) ?? []), reason]));
    }
    for (const date of extraWorkingDays) working[toDayNumber(date) - FIRST_DAY] = 1;
    index = indexFrom(working, reasons);
  }

  return new CalendarValue(MINT, { jurisdictions: [jurisdiction], closures, extraWorkingDays, confirmed: confirmedRangeOf(jurisdiction) }, index);
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
  // Every step below is one pass over each calendar's own data, so the cost
  // grows with the input and no faster: calendars of one jurisdiction share
  // their index and are joined once, and a reason or an extra working day is
  // looked up in a Map, not searched for in the lists gathered so far.
  const parts = new Set(calendars.map(indexOf));
  const working = new Uint8Array(DAYS).fill(1);
  const gathered = new Map<number, NonWorkingReason[]>();
  // Reasons are shared between calendars of a jurisdiction, so most are known
  // by identity; a new one is then compared by what it says, so that the same
  // holiday or closure named by two calendars is one reason, not two.
  const seenReasons = new Set<NonWorkingReason>();
  const seenKeys = new Set<string>();
  for (const part of parts) {
    for (let i = 0; i < DAYS; i++) working[i] = (working[i] as number) & (part.working[i] as number);
    for (const [dayNumber, list] of part.reasons) {
      for (const reason of list) {
        if (seenReasons.has(reason)) continue;
        seenReasons.add(reason);
        const key = `${dayNumber} ${JSON.stringify(reason)}`;
        if (seenKeys.has(key)) continue;
        seenKeys.add(key);
        const day = gathered.get(dayNumber);
        if (day === undefined) gathered.set(dayNumber, [reason]);
        else day.push(reason);
      }
    }
  }
  const reasons = new Map<number, readonly NonWorkingReason[]>();
  for (const [dayNumber, list] of gathered) reasons.set(dayNumber, frozenReasons(list));
  const index = indexFrom(working, reasons);

  const jurisdictions = new Set<Jurisdiction>();
  const closures = new Map<IsoDate, Closure>();
  // How many calendars list each extra working day: a day extra in all of them stays extra.
  const extraCounts = new Map<IsoDate, number>();
  let from = FIRST_SUPPORTED_DATE;
  let through = LAST_SUPPORTED_DATE;
  for (const calendar of calendars) {
    for (const jurisdiction of calendar.jurisdictions) jurisdictions.add(jurisdiction);
    for (const closure of calendar.closures) if (!closures.has(closure.date)) closures.set(closure.date, closure);
    for (const date of calendar.extraWorkingDays) extraCounts.set(date, (extraCounts.get(date) ?? 0) + 1);
    if (calendar.confirmed.from > from) from = calendar.confirmed.from;
    if (calendar.confirmed.through < through) through = calendar.confirmed.through;
  }
  return new CalendarValue(
    MINT,
    {
      jurisdictions: [...jurisdictions],
      closures: [...closures.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
      extraWorkingDays: [...extraCounts].filter(([, count]) => count === calendars.length).map(([date]) => date).sort(),
      confirmed: { from, through },
    },
    index,
  );
}
