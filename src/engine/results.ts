// The pieces of a result that schedule and assess both build from a ladder.
import { toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { CalendarInUse } from "./compile.js";
import { dayOf, NO_DAY } from "./ladder.js";

/** @internal The ISO date of a day number, or null for {@link NO_DAY}. */
export function isoOrNull(day: number): IsoDate | null {
  return day === NO_DAY ? null : toIsoDate(day);
}

/** @internal The ISO date of a packed due date, or null when open. */
export function dueIso(due: number): IsoDate | null {
  return isoOrNull(dayOf(due));
}

/** @internal Whether GOV.UK's list confirms the calendar's bank holidays on a day. */
export function isConfirmedDay(day: number, calendar: CalendarInUse): boolean {
  return day >= calendar.confirmedFrom && day <= calendar.confirmedThrough;
}
