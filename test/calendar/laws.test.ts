// Laws of the working-day maths, over random dates in the whole supported
// range, every jurisdiction, and random closures and extra working days.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  DateOutOfRangeError,
  explainWorkingDays,
  isWorkingDay,
  joinCalendars,
  type Calendar,
  type IsoDate,
  workingDaysBetween,
} from "../../src/index.js";
import { calendarOptions, calendars, isoDates, workingDaysOf } from "../../src/testing/index.js";

const steps = fc.integer({ min: -500, max: 500 });
const positive = fc.integer({ min: 1, max: 500 });

/** addWorkingDays, or undefined where the answer lies outside the supported range. */
function add(date: IsoDate, n: number, calendar: Calendar): IsoDate | undefined {
  try {
    return addWorkingDays(date, n, calendar);
  } catch (error) {
    if (error instanceof DateOutOfRangeError) return undefined;
    throw error;
  }
}

/** The same contract, walked one day at a time: the reference implementation. */
function walk(date: IsoDate, n: number, calendar: Calendar): IsoDate | undefined {
  try {
    if (n === 0) {
      let day = date;
      while (!isWorkingDay(day, calendar)) day = addCalendarDays(day, 1);
      return day;
    }
    let day = date;
    for (let left = Math.abs(n); left > 0; ) {
      day = addCalendarDays(day, Math.sign(n));
      if (isWorkingDay(day, calendar)) left--;
    }
    return day;
  } catch (error) {
    if (error instanceof DateOutOfRangeError) return undefined;
    throw error;
  }
}

describe("addWorkingDays", () => {
  it("equals a day-by-day walk, out-of-range results included", () => {
    fc.assert(
      fc.property(calendars(), isoDates(), steps, (calendar, date, n) => {
        expect(add(date, n, calendar)).toBe(walk(date, n, calendar));
      }),
    );
  });

  it("lands on a working day for any n (for n = 0, the same or the next working day)", () => {
    fc.assert(
      fc.property(calendars(), isoDates(), steps, (calendar, date, n) => {
        const result = add(date, n, calendar);
        fc.pre(result !== undefined);
        expect(isWorkingDay(result, calendar)).toBe(true);
        if (n === 0) expect(result === date || !isWorkingDay(date, calendar)).toBe(true);
      }),
    );
  });

  it("is strictly increasing in n, with n = 0 between -1 and 1", () => {
    fc.assert(
      fc.property(calendars(), isoDates(), steps, steps, (calendar, date, a, b) => {
        fc.pre(a < b);
        const [x, y] = [add(date, a, calendar), add(date, b, calendar)];
        fc.pre(x !== undefined && y !== undefined);
        // n = 0 and n = 1 agree when the start is not a working day.
        if (a === 0 && b === 1 && !isWorkingDay(date, calendar)) expect(x).toBe(y);
        else expect(x < y).toBe(true);
      }),
    );
  });

  it("composes: add(add(d, a), b) = add(d, a + b) for a, b > 0", () => {
    fc.assert(
      fc.property(calendars(), isoDates(), positive, positive, (calendar, date, a, b) => {
        const once = add(date, a + b, calendar);
        fc.pre(once !== undefined);
        expect(add(add(date, a, calendar) as IsoDate, b, calendar)).toBe(once);
      }),
    );
  });

  it("undoes itself from a working day: add(add(d, n), -n) = d", () => {
    fc.assert(
      fc.property(
        calendars().chain((calendar) => fc.tuple(fc.constant(calendar), workingDaysOf(calendar), steps)),
        ([calendar, day, n]) => {
          const there = add(day, n, calendar);
          fc.pre(there !== undefined);
          expect(add(there, -n, calendar)).toBe(day);
        },
      ),
    );
  });

  it("explains itself: counted days are the working days passed, skipped days the rest", () => {
    fc.assert(
      fc.property(calendars(), isoDates({ min: "2001-01-01", max: "2098-12-31" }), fc.integer({ min: -40, max: 40 }), (calendar, date, n) => {
        const explanation = explainWorkingDays(date, n, calendar);
        expect(explanation.result).toBe(addWorkingDays(date, n, calendar));
        expect(explanation.counted.length).toBe(Math.abs(n));
        expect(explanation.counted.every((day) => isWorkingDay(day, calendar))).toBe(true);
        expect(explanation.skipped.every((day) => !isWorkingDay(day.date, calendar) && day.reasons.length > 0)).toBe(true);
        if (n !== 0) expect(explanation.counted.at(-1)).toBe(explanation.result);
      }),
    );
  });
});

describe("workingDaysBetween", () => {
  it("equals a brute-force count of working days in (from, to]", () => {
    fc.assert(
      fc.property(calendars(), isoDates(), fc.integer({ min: -400, max: 400 }), (calendar, from, span) => {
        let to: IsoDate;
        try {
          to = addCalendarDays(from, span);
        } catch {
          return fc.pre(false);
        }
        let count = 0;
        const low = span >= 0 ? from : to;
        for (let step = 1; step <= Math.abs(span); step++) if (isWorkingDay(addCalendarDays(low, step), calendar)) count++;
        expect(workingDaysBetween(from, to, calendar)).toBe(span >= 0 ? count : 0 - count);
      }),
    );
  });

  it("inverts addWorkingDays: add(from, between(from, to)) = to for a working day to after from", () => {
    fc.assert(
      fc.property(
        calendars().chain((calendar) => fc.tuple(fc.constant(calendar), isoDates(), workingDaysOf(calendar))),
        ([calendar, from, to]) => {
          fc.pre(from < to);
          expect(addWorkingDays(from, workingDaysBetween(from, to, calendar), calendar)).toBe(to);
        },
      ),
    );
  });
});

describe("closures and extra working days", () => {
  it("a closure is not a working day unless it is also an extra working day; an extra working day always is", () => {
    fc.assert(
      fc.property(calendarOptions(), (options) => {
        const calendar = createCalendar(options);
        const extra = new Set(options.extraWorkingDays ?? []);
        for (const closure of options.closures ?? []) {
          const date = typeof closure === "string" ? closure : closure.date;
          expect(isWorkingDay(date, calendar)).toBe(extra.has(date));
        }
        for (const date of extra) expect(isWorkingDay(date, calendar)).toBe(true);
      }),
    );
  });

  it("change no other day", () => {
    fc.assert(
      fc.property(calendarOptions(), isoDates(), (options, date) => {
        const touched = new Set([...(options.extraWorkingDays ?? []), ...(options.closures ?? []).map((c) => (typeof c === "string" ? c : c.date))]);
        fc.pre(!touched.has(date));
        expect(isWorkingDay(date, createCalendar(options))).toBe(isWorkingDay(date, createCalendar({ jurisdiction: options.jurisdiction })));
      }),
    );
  });

  it("do not change the input options", () => {
    fc.assert(
      fc.property(calendarOptions(), (options) => {
        const before = structuredClone(options);
        createCalendar(options);
        expect(options).toEqual(before);
      }),
    );
  });
});

describe("joinCalendars", () => {
  it("a day is a working day of the join exactly when it is one in every part", () => {
    fc.assert(
      fc.property(fc.array(calendars(), { minLength: 1, maxLength: 3 }), isoDates(), (parts, date) => {
        expect(isWorkingDay(date, joinCalendars(...parts))).toBe(parts.every((part) => isWorkingDay(date, part)));
      }),
      { numRuns: 50 },
    );
  });
});
