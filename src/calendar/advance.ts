import type { CalendarIndex } from "./calendar.js";
import { FIRST_DAY } from "./isoDate.js";

/**
 * @internal The working-day step behind {@link addWorkingDays}, on day
 * numbers: two array reads whatever `n` is.
 *
 * For n > 0, the n-th working day strictly after `dayNumber`; for n < 0, the
 * |n|-th strictly before; for n = 0, `dayNumber` if it is a working day, else
 * the next one. Undefined when the answer lies beyond the supported range:
 * unknown, not "no working day".
 */
export function advance(index: CalendarIndex, dayNumber: number, n: number): number | undefined {
  const offset = dayNumber - FIRST_DAY;
  const before = index.cumulative[offset] as number;
  const isWorking = index.working[offset] === 1;
  let position: number;
  if (n > 0) position = before + n - 1;
  else if (n < 0) position = before - (isWorking ? 1 : 0) + n;
  else position = isWorking ? before - 1 : before;
  return index.workingDays[position];
}

/** @internal Working days in (from, to], negative when `to` is before `from`. */
export function countBetween(index: CalendarIndex, from: number, to: number): number {
  return (index.cumulative[to - FIRST_DAY] as number) - (index.cumulative[from - FIRST_DAY] as number);
}
