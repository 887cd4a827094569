export { addWorkingDays } from "./addWorkingDays.js";
export { createCalendar, InvalidCalendarError, joinCalendars } from "./calendar.js";
export type { Calendar, CalendarOptions, Closure, NonWorkingReason } from "./calendar.js";
export { explainWorkingDays } from "./explainWorkingDays.js";
export type { SkippedDay, WorkingDaysExplanation } from "./explainWorkingDays.js";
export { formatLongDate, LocaleDataUnavailableError } from "./formatLongDate.js";
export type { FormatLongDateOptions } from "./formatLongDate.js";
export { HOLIDAY_DATA_SOURCE } from "./holidayTable.js";
export { holidaysBetween } from "./holidaysBetween.js";
export type { BankHoliday } from "./holidaysBetween.js";
export { isConfirmedDate } from "./isConfirmedDate.js";
export {
  addCalendarDays,
  addCalendarMonths,
  compareDates,
  DateOutOfRangeError,
  FIRST_SUPPORTED_DATE,
  InvalidDateError,
  InvalidNumberError,
  isIsoDate,
  LAST_SUPPORTED_DATE,
  parseIsoDate,
} from "./isoDate.js";
export type { IsoDate } from "./isoDate.js";
export { isWorkingDay } from "./isWorkingDay.js";
export { isJurisdiction, JURISDICTIONS, UnknownJurisdictionError } from "./jurisdiction.js";
export type { Jurisdiction } from "./jurisdiction.js";
export { nextWorkingDay } from "./nextWorkingDay.js";
export { previousWorkingDay } from "./previousWorkingDay.js";
export { toLondonDate } from "./toLondonDate.js";
export { workingDaysBetween } from "./workingDaysBetween.js";
