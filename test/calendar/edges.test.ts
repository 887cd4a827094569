// Cases at the edges that mutation testing (npm run mutate, TESTING.md) found
// untested: what each error says and its code, the careful date parse behind
// the fast one, joins of calendars with closures, explanations that run
// backwards or start on a day off, and Dates given to toLondonDate. Dates are
// worked out by hand, with the reasoning beside them.
//
// Calendars are made inside each test, not when the file loads: the bank
// holiday table is decoded on a jurisdiction's first calendar, and that work
// is only tested if it happens while a test runs.
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  compareDates,
  createCalendar,
  DateOutOfRangeError,
  explainWorkingDays,
  holidaysBetween,
  InvalidCalendarError,
  InvalidDateError,
  InvalidNumberError,
  joinCalendars,
  nextWorkingDay,
  parseIsoDate,
  toLondonDate,
  UnknownJurisdictionError,
  workingDaysBetween,
} from "../../src/calendar/index.js";

const england = () => createCalendar({ jurisdiction: "england-and-wales" });

/** The error `run` throws (the test fails if it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("errors say what they are", () => {
  it("each error class has its code", () => {
    expect(thrown(() => createCalendar(null as never))).toMatchObject({ code: "invalid-calendar" });
    expect(thrown(() => parseIsoDate("2100-01-01"))).toMatchObject({ code: "date-out-of-range" });
    expect(thrown(() => addCalendarDays("2026-01-01", 1.5))).toMatchObject({ code: "invalid-number" });
    expect(thrown(() => createCalendar({ jurisdiction: "england" as never }))).toMatchObject({ code: "unknown-jurisdiction" });
    expect(thrown(() => createCalendar({ jurisdiction: "england" as never }))).toBeInstanceOf(UnknownJurisdictionError);
  });

  it("an InvalidDateError made without a label calls the value a date", () => {
    expect(new InvalidDateError(5, "expected a string").message).toBe("Invalid date 5: expected a string.");
  });

  it("a count that is not a whole number is named for what it counts", () => {
    const calendar = england();
    expect(() => addWorkingDays("2026-12-24", 1.5, calendar)).toThrow("Invalid number of working days 1.5: expected a whole number.");
    expect(() => explainWorkingDays("2026-12-24", 1.5, calendar)).toThrow("Invalid number of working days 1.5: expected a whole number.");
    expect(() => addCalendarMonths("2026-12-24", 0.5)).toThrow("Invalid months 0.5: expected a whole number.");
    expect(thrown(() => addCalendarMonths("2026-12-24", 0.5))).toBeInstanceOf(InvalidNumberError);
  });

  it("the two ends of a span are named apart", () => {
    const calendar = england();
    expect(() => holidaysBetween("2026-13-01", "2027-01-01", calendar)).toThrow(/^Invalid start date "2026-13-01"/);
    expect(() => holidaysBetween("2026-01-01", "2027-13-01", calendar)).toThrow(/^Invalid end date "2027-13-01"/);
    expect(() => workingDaysBetween("2026-13-01", "2027-01-01", calendar)).toThrow(/^Invalid start date "2026-13-01"/);
    expect(() => workingDaysBetween("2026-01-01", "2027-13-01", calendar)).toThrow(/^Invalid end date "2027-13-01"/);
  });

  it("a result out of range names the computation that reached it", () => {
    const calendar = england();
    // 31 December 2099 is the last supported day: one day, or one month, more leaves the range.
    const days = thrown(() => addCalendarDays("2099-12-31", 1));
    expect(days).toBeInstanceOf(DateOutOfRangeError);
    expect(days.message).toBe("2099-12-31 + 1 calendar days falls outside the supported range 2000-01-01 to 2099-12-31.");
    expect(thrown(() => addCalendarMonths("2099-12-31", 1)).message).toBe("2099-12-31 + 1 months falls outside the supported range 2000-01-01 to 2099-12-31.");
    // Tue 4 January 2000 is the first working day of the range (Sat 1, Sun 2, and Mon 3, the New Year
    // substitute): there is no working day before it. The sign is written as the caller gave it.
    expect(thrown(() => addWorkingDays("2000-01-04", -1, calendar)).message).toBe("2000-01-04 - 1 working days falls outside the supported range 2000-01-01 to 2099-12-31.");
    expect(thrown(() => explainWorkingDays("2099-12-30", 10, calendar)).message).toBe("2099-12-30 + 10 working days falls outside the supported range 2000-01-01 to 2099-12-31.");
  });

  it("the first day of the range is in it", () => {
    expect(addCalendarDays("2000-01-02", -1)).toBe("2000-01-01");
  });
});

describe("the careful parse, for what the fast one refuses", () => {
  it.each([
    // A character just past "9" (":") in a digit's place: the fast parse's sign test must catch it
    // in every place where it could still make a date (the year's last two digits, the month's
    // second, the day's second).
    ["20:6-12-24"],
    ["202:-12-24"],
    ["2026-0:-24"],
    ["2026-12-0:"],
    ["1999-1:-01"],
    ["19x9-12-31"],
    // A separator that is not "-", in the fast parse's range (20YY) and outside it.
    ["2026x12-24"],
    ["2026-12x24"],
    ["1999/12-31"],
    ["1999-12/31"],
  ])("%s is not written YYYY-MM-DD", (value) => {
    const error = thrown(() => parseIsoDate(value, "d"));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.message).toBe(`Invalid d "${value}": expected the form YYYY-MM-DD, e.g. 2026-12-24.`);
  });

  it.each([
    ["0000-00-00", "there is no month 0"],
    ["1999-00-10", "there is no month 0"],
    ["1999-13-10", "there is no month 13"],
    ["1999-01-00", "month 1 of 1999 has 31 days"],
    // Thirty days hath September, April, June and November.
    ["1999-04-31", "month 4 of 1999 has 30 days"],
    ["1999-06-31", "month 6 of 1999 has 30 days"],
    ["1999-09-31", "month 9 of 1999 has 30 days"],
    ["1999-11-31", "month 11 of 1999 has 30 days"],
    // February: 29 days in a year divisible by 4, except a century, except one divisible by 400.
    ["1999-02-29", "month 2 of 1999 has 28 days"],
    ["1996-02-30", "month 2 of 1996 has 29 days"],
    ["1900-02-29", "month 2 of 1900 has 28 days"],
    ["2100-02-29", "month 2 of 2100 has 28 days"],
    ["2400-02-30", "month 2 of 2400 has 29 days"],
  ])("%s is not a real date: %s", (value, why) => {
    const error = thrown(() => parseIsoDate(value, "d"));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.message).toBe(`Invalid d "${value}": ${why}.`);
  });

  it.each([["1999-12-31"], ["1996-02-29"], ["2400-02-29"], ["1999-01-31"], ["1999-03-31"], ["1999-05-31"], ["1999-07-31"], ["1999-08-31"], ["1999-10-31"]])(
    "%s is a real date, out of range",
    (value) => {
      expect(thrown(() => parseIsoDate(value))).toBeInstanceOf(DateOutOfRangeError);
    },
  );
});

describe("dates at the start of the range", () => {
  it("January and February 2000 are counted and named right", () => {
    // 2000 was a leap year (divisible by 400): 31 March less one month is 29 February.
    expect(addCalendarMonths("2000-03-31", -1)).toBe("2000-02-29");
    expect(addCalendarMonths("2000-01-15", 1)).toBe("2000-02-15");
    expect(addCalendarDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addCalendarDays("2000-02-29", 1)).toBe("2000-03-01");
    // Sat 1 and Sun 2 January 2000, then Mon 3, New Year's Day's substitute: Tue 4 is the first working day.
    expect(nextWorkingDay("2000-01-01", england())).toBe("2000-01-04");
  });

  it("compareDates gives the days between, for sorting", () => {
    // 24 December 2026 to 4 January 2027: 7 days to the 31st, then 4.
    expect(compareDates("2026-12-24", "2027-01-04")).toBe(-11);
    expect(compareDates("2027-01-04", "2026-12-24")).toBe(11);
    expect(compareDates("2026-12-24", "2026-12-24")).toBe(0);
    expect(["2027-01-04", "2000-01-01", "2026-12-24"].sort(compareDates)).toEqual(["2000-01-01", "2026-12-24", "2027-01-04"]);
  });
});

describe("createCalendar's options", () => {
  it("a value that is not an object is not a calendar", () => {
    for (const calendar of ["england-and-wales", 5, true]) {
      expect(thrown(() => addWorkingDays("2026-12-24", 1, calendar as never))).toBeInstanceOf(InvalidCalendarError);
    }
  });

  it("refuses options that are not an object, saying what it takes", () => {
    for (const options of [null, "england-and-wales", 5]) {
      const error = thrown(() => createCalendar(options as never));
      expect(error).toBeInstanceOf(InvalidCalendarError);
      expect(error.message).toMatch(/^createCalendar\(\) takes an options object, e\.g\. \{ jurisdiction: "england-and-wales" \}, got /);
    }
  });

  it("names the closure that is wrong, and how", () => {
    const make = (closures: unknown[]) => () => createCalendar({ jurisdiction: "wales", closures: closures as never });
    expect(make([{ date: "2026-12-29", name: 5 }])).toThrow("closures[0].name must be a string, got 5.");
    expect(make(["2026-12-29", 5])).toThrow("closures[1] must be a date or a { date, name } object, got 5.");
    expect(make([null])).toThrow("closures[0] must be a date or a { date, name } object, got null.");
    expect(make(["2026-12-29", "2026-02-30"])).toThrow(/^Invalid closures\[1\] "2026-02-30"/);
    expect(() => createCalendar({ jurisdiction: "wales", extraWorkingDays: ["2026-12-26", "2026-12-32"] })).toThrow(/^Invalid extraWorkingDays\[1\] "2026-12-32"/);
  });

  it("keeps closures sorted by date, once each, and a closure without a name has no name", () => {
    const calendar = createCalendar({ jurisdiction: "wales", closures: ["2026-12-30", { date: "2026-12-29" }, { date: "2026-12-31", name: "Stocktake" }, "2026-12-30"] });
    expect(calendar.closures).toStrictEqual([{ date: "2026-12-29" }, { date: "2026-12-30" }, { date: "2026-12-31", name: "Stocktake" }]);
    // Tue 29, Wed 30, Thu 31 closed; Fri 1 January New Year's Day; Sat 2, Sun 3; Mon 4 January works.
    const why = explainWorkingDays("2026-12-24", 1, calendar);
    expect(why.result).toBe("2027-01-04");
    expect(why.skipped.find((day) => day.date === "2026-12-29")?.reasons).toStrictEqual([{ kind: "closure" }]);
    expect(why.skipped.find((day) => day.date === "2026-12-31")?.reasons).toStrictEqual([{ kind: "closure", name: "Stocktake" }]);
  });

  it("a closure on a weekend gives both reasons", () => {
    // Sat 19 December 2026 is a weekend day and the office party: from Fri 18, Mon 21 is the next working day.
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-19", name: "Office party" }] });
    const why = explainWorkingDays("2026-12-18", 1, calendar);
    expect(why.result).toBe("2026-12-21");
    expect(why.skipped).toStrictEqual([
      { date: "2026-12-19", reasons: [{ kind: "weekend" }, { kind: "closure", name: "Office party" }] },
      { date: "2026-12-20", reasons: [{ kind: "weekend" }] },
    ]);
  });

  it("decodes a jurisdiction's bank holidays with their Welsh names the first time it is used", () => {
    for (const jurisdiction of ["wales", "scotland", "northern-ireland", "england-and-wales"] as const) {
      const [christmas] = holidaysBetween("2026-12-25", "2026-12-25", createCalendar({ jurisdiction }));
      expect(christmas).toStrictEqual({ date: "2026-12-25", name: "Christmas Day", nameCy: "Dydd Nadolig", substitute: false, jurisdiction });
    }
    // Boxing Day 2026 is a Saturday: the bank holiday is Monday 28, a substitute day, and still Boxing Day.
    expect(holidaysBetween("2026-12-26", "2026-12-28", createCalendar({ jurisdiction: "northern-ireland" }))).toStrictEqual([
      { date: "2026-12-28", name: "Boxing Day", nameCy: "Dydd San Steffan", substitute: true, jurisdiction: "northern-ireland" },
    ]);
  });
});

describe("joinCalendars", () => {
  it("needs at least one calendar", () => {
    expect(() => joinCalendars()).toThrow(new InvalidCalendarError("joinCalendars() needs at least one calendar."));
  });

  it("lists the closures of every part by date, the first part's name for a day both close", () => {
    const a = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-30", name: "A's stocktake" }, { date: "2026-12-29", name: "Both" }] });
    const b = createCalendar({ jurisdiction: "scotland", closures: [{ date: "2026-12-29", name: "B's training" }, "2026-12-24"] });
    const joint = joinCalendars(a, b);
    expect(joint.closures).toStrictEqual([
      { date: "2026-12-24" },
      { date: "2026-12-29", name: "Both" },
      { date: "2026-12-30", name: "A's stocktake" },
    ]);
  });

  it("names a closure that two parts give alike once", () => {
    const a = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-29", name: "Closed" }] });
    const b = createCalendar({ jurisdiction: "wales", closures: [{ date: "2026-12-29", name: "Closed" }] });
    // Tue 29 December is closed in both: one reason, not two.
    const [day] = explainWorkingDays("2026-12-28", 2, joinCalendars(a, b)).skipped.filter((d) => d.date === "2026-12-29");
    expect(day?.reasons).toStrictEqual([{ kind: "closure", name: "Closed" }]);
  });
});

describe("explainWorkingDays at the edges", () => {
  it("from a day off with n = 0: the days off up to the next working day are skipped, none counted", () => {
    // Sat 26, Sun 27 December 2026, Mon 28 Boxing Day (substitute); Tue 29 works.
    const why = explainWorkingDays("2026-12-26", 0, england());
    expect(why.result).toBe("2026-12-29");
    expect(why.counted).toEqual([]);
    expect(why.skipped.map((day) => day.date)).toEqual(["2026-12-26", "2026-12-27", "2026-12-28"]);
  });

  it("from a working day with n = 0: that day, nothing counted or skipped", () => {
    expect(explainWorkingDays("2026-12-29", 0, england())).toMatchObject({ result: "2026-12-29", counted: [], skipped: [] });
  });

  it("backwards: counted in the order counted, skipped days in date order", () => {
    // Back from Tue 29: Mon 28 Boxing Day, Sun 27, Sat 26, Fri 25 Christmas are skipped; Thu 24 is
    // the first working day counted, Wed 23 the second.
    const why = explainWorkingDays("2026-12-29", -2, england());
    expect(why.result).toBe("2026-12-23");
    expect(why.counted).toEqual(["2026-12-24", "2026-12-23"]);
    expect(why.skipped.map((day) => day.date)).toEqual(["2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"]);
  });

  it("is confirmed only when both the start and the result are within GOV.UK's list (2012 to 2028)", () => {
    const calendar = england();
    expect(explainWorkingDays("2026-12-24", 2, calendar).confirmed).toBe(true);
    // 1,000 working days after Christmas Eve 2026 is about four years on, past 2028.
    expect(explainWorkingDays("2026-12-24", 1000, calendar).confirmed).toBe(false);
    expect(explainWorkingDays("2029-01-02", -10, calendar).confirmed).toBe(false);
  });
});

describe("toLondonDate", () => {
  it("takes a Date: GMT in winter, an hour ahead in summer", () => {
    expect(toLondonDate(new Date(Date.UTC(2026, 11, 24, 23, 59)))).toBe("2026-12-24");
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(toLondonDate(new Date(Date.UTC(2026, 5, 30, 23, 30)))).toBe("2026-07-01");
  });

  it("says which it refused: a timestamp string, or an instant", () => {
    expect(() => toLondonDate("2026-13-01T00:00:00Z")).toThrow('Invalid timestamp "2026-13-01T00:00:00Z": there is no month 13.');
    expect(() => toLondonDate("2026-00-01T00:00:00Z")).toThrow('Invalid timestamp "2026-00-01T00:00:00Z": there is no month 0.');
    expect(() => toLondonDate("2026-02-00T00:00:00Z")).toThrow('Invalid timestamp "2026-02-00T00:00:00Z": month 2 of 2026 has 28 days.');
    expect(() => toLondonDate("24/12/2026")).toThrow(/^Invalid timestamp "24\/12\/2026": expected an ISO 8601 timestamp/);
    expect(() => toLondonDate(new Date(Number.NaN))).toThrow("Invalid instant Date(invalid): it is not a real instant.");
    expect(() => toLondonDate(Object.create(Date.prototype) as Date)).toThrow("Invalid instant Date {}: expected a Date or an ISO 8601 timestamp string.");
  });
});
