import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  DateOutOfRangeError,
  InvalidCalendarError,
  InvalidDateError,
  InvalidNumberError,
  isIsoDate,
  isWorkingDay,
  joinCalendars,
  parseIsoDate,
  SafeguardingEscalationError,
  toLondonDate,
  UnknownJurisdictionError,
  workingDaysBetween,
  type Calendar,
  type CalendarOptions,
} from "../../src/index.js";

const calendar = createCalendar({ jurisdiction: "england-and-wales" });

describe("bad dates", () => {
  it.each([
    ["2026-02-30", /month 2 of 2026 has 28 days/],
    ["2026-2-3", /expected the form YYYY-MM-DD/],
    ["", /expected the form YYYY-MM-DD/],
    ["2026-13-01", /there is no month 13/],
    ["2026-12-24T00:00:00Z", /expected the form YYYY-MM-DD/],
    [" 2026-12-24", /expected the form YYYY-MM-DD/],
    [null, /got null/],
    [20261224, /got number/],
    [new Date(), /got object/],
  ])("%j is an InvalidDateError naming the value", (value, reason) => {
    const call = () => addWorkingDays(value as string, 1, calendar);
    expect(call).toThrow(InvalidDateError);
    expect(call).toThrow(reason);
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(SafeguardingEscalationError);
      expect((error as InvalidDateError).code).toBe("invalid-date");
      expect((error as InvalidDateError).value).toBe(value);
      if (typeof value === "string") expect((error as Error).message).toContain(JSON.stringify(value));
    }
  });

  it.each(["1999-12-31", "2100-01-01", "0000-01-01"])("%s is outside the supported range", (date) => {
    expect(() => isWorkingDay(date, calendar)).toThrow(DateOutOfRangeError);
    expect(() => isWorkingDay(date, calendar)).toThrow(`"${date}" is outside the supported range 2000-01-01 to 2099-12-31`);
  });

  it("a result past either end is out of range, not a wrong date", () => {
    expect(() => addWorkingDays("2099-12-30", 5, calendar)).toThrow(/2099-12-30 \+ 5 working days falls outside/);
    expect(() => addWorkingDays("2000-01-04", -5, calendar)).toThrow(DateOutOfRangeError);
    // Thursday 31 December 2099 is a working day; the next one lies in 2100.
    expect(addWorkingDays("2099-12-31", 0, calendar)).toBe("2099-12-31");
    expect(() => addWorkingDays("2099-12-31", 1, calendar)).toThrow(DateOutOfRangeError);
    expect(() => addCalendarDays("2099-12-31", 1)).toThrow(DateOutOfRangeError);
  });

  it("isIsoDate and parseIsoDate agree on what a date is", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(() => parseIsoDate("29/02/2028", "raisedOn")).toThrow('Invalid raisedOn "29/02/2028"');
  });
});

describe("bad counts", () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, "5", null])("%j working days is an InvalidNumberError", (n) => {
    expect(() => addWorkingDays("2026-12-24", n as number, calendar)).toThrow(InvalidNumberError);
  });
});

describe("bad calendars", () => {
  it("an unknown jurisdiction names the value and the choices", () => {
    const call = () => createCalendar({ jurisdiction: "england" } as unknown as CalendarOptions);
    expect(call).toThrow(UnknownJurisdictionError);
    expect(call).toThrow('Unknown jurisdiction "england": expected one of england-and-wales, wales, scotland, northern-ireland.');
  });

  it("rejects unknown options, bad closures and bad extra working days with the position", () => {
    expect(() => createCalendar({ jurisdiction: "wales", closure: [] } as unknown as CalendarOptions)).toThrow(/Unknown calendar option "closure"/);
    expect(() => createCalendar({ jurisdiction: "wales", closures: ["2026-12-29", "2026-12-32"] })).toThrow('Invalid closures[1] "2026-12-32"');
    expect(() => createCalendar({ jurisdiction: "wales", closures: [{ date: "2026-12-29", name: 5 }] } as unknown as CalendarOptions)).toThrow(
      InvalidCalendarError,
    );
    expect(() => createCalendar({ jurisdiction: "wales", extraWorkingDays: "2026-12-29" } as unknown as CalendarOptions)).toThrow(
      /extraWorkingDays must be an array/,
    );
    expect(() => createCalendar(undefined as unknown as CalendarOptions)).toThrow(InvalidCalendarError);
  });

  it("refuses a look-alike object, which has no index", () => {
    const fake = { ...calendar } as Calendar;
    expect(() => isWorkingDay("2026-12-24", fake)).toThrow(InvalidCalendarError);
    expect(() => workingDaysBetween("2026-12-24", "2026-12-31", null as unknown as Calendar)).toThrow(/got null/);
    expect(() => joinCalendars()).toThrow(InvalidCalendarError);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.closures)).toBe(true);
  });
});

describe("bad instants", () => {
  it.each([
    ["2026-03-31T23:30:00", /with Z or an offset/],
    ["2026-03-31", /with Z or an offset/],
    ["2026-02-30T10:00:00Z", /month 2 of 2026 has 28 days/],
    ["2026-02-28T25:00:00Z", /not a real instant/],
    [new Date("nonsense"), /not a real instant/],
    [1_700_000_000_000, /expected a Date or an ISO 8601 timestamp/],
  ])("%j is an InvalidDateError", (value, reason) => {
    expect(() => toLondonDate(value as string)).toThrow(reason);
    expect(() => toLondonDate(value as string)).toThrow(InvalidDateError);
  });
});
