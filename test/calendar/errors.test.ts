import fc from "fast-check";
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
    expect(() => createCalendar({ jurisdiction: "wales", closure: [] } as unknown as CalendarOptions)).toThrow(/Unknown field "closure" in calendar options/);
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

describe("what a date is", () => {
  // The reference: the form, then whether JavaScript's own calendar gives back the same day, then the range.
  const isRealSupportedDate = (text: string): boolean => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2000 && year <= 2099;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("isIsoDate accepts exactly the real dates of 2000 to 2099, for every day 0-32 of every month 0-13 of 1999 to 2100", () => {
    for (let year = 1999; year <= 2100; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isIsoDate(text) !== isRealSupportedDate(text)) expect.fail(`isIsoDate(${JSON.stringify(text)}) should be ${isRealSupportedDate(text)}`);
        }
      }
    }
  });

  it("isIsoDate agrees with the reference on strings that nearly look like dates", () => {
    const nearDate = fc.stringMatching(/^[0-9:/ -]{8,12}$/);
    const mutated = fc.tuple(fc.date({ min: new Date("1990-01-01"), max: new Date("2110-12-31"), noInvalidDate: true }), fc.nat(9), fc.constantFrom("/", ":", "a", "0", "9", " ")).map(
      ([date, at, char]) => {
        const text = date.toISOString().slice(0, 10);
        return text.slice(0, at) + char + text.slice(at + 1);
      },
    );
    fc.assert(fc.property(fc.oneof(nearDate, mutated), (text) => isIsoDate(text) === isRealSupportedDate(text)));
  });

  it("every supported date keeps its day through a round trip of day arithmetic", () => {
    // addCalendarDays parses the date and formats the result: one step forward and back must give the same text.
    let day = new Date(Date.UTC(2000, 0, 1));
    while (day.getUTCFullYear() < 2100) {
      const text = day.toISOString().slice(0, 10);
      const next = new Date(day.getTime() + 86_400_000);
      if (next.getUTCFullYear() < 2100 && addCalendarDays(text, 1) !== next.toISOString().slice(0, 10)) expect.fail(`${text} + 1 day`);
      day = next;
    }
  });
});

describe("hostile values get a typed error, never a crash inside", () => {
  const throwingGetter = Object.defineProperty({}, "jurisdiction", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it.each<[string, () => unknown, new (...args: never[]) => SafeguardingEscalationError, RegExp]>([
    // These four threw TypeError while the message was being written.
    ["a clone of Date.prototype as a date", () => parseIsoDate(Object.create(Date.prototype)), InvalidDateError, /Invalid date Date \{\}: expected a string/],
    ["a BigInt jurisdiction", () => createCalendar({ jurisdiction: 1n } as unknown as CalendarOptions), UnknownJurisdictionError, /Unknown jurisdiction 1n/],
    ["a Proxy of a Date", () => toLondonDate(new Proxy(new Date(), {})), InvalidDateError, /Invalid instant Date \{\}: expected a Date or an ISO 8601 timestamp/],
    ["a Symbol as a date", () => addWorkingDays(Symbol("x") as unknown as string, 1, calendar), InvalidDateError, /Invalid date Symbol\("x"\)/],
    ["a Symbol as a label", () => parseIsoDate("2026-02-30", Symbol("label") as unknown as string), InvalidDateError, /Invalid Symbol\("label"\) "2026-02-30"/],
    ["a BigInt count", () => addCalendarDays("2026-12-24", 1n as unknown as number), InvalidNumberError, /Invalid days 1n/],
    ["minus zero as a date", () => isWorkingDay(-0 as unknown as string, calendar), InvalidDateError, /Invalid date -0/],
    ["options whose getter throws", () => createCalendar(throwingGetter as CalendarOptions), InvalidCalendarError, /calendar options\.jurisdiction must be a plain value, not a getter/],
    ["a revoked Proxy as options", () => createCalendar(revoked.proxy as CalendarOptions), InvalidCalendarError, /calendar options could not be read/],
    ["an array as options", () => createCalendar([] as unknown as CalendarOptions), InvalidCalendarError, /calendar options must be an object, got \[\]/],
    ["a symbol key in options", () => createCalendar({ jurisdiction: "wales", [Symbol("x")]: 1 } as CalendarOptions), InvalidCalendarError, /Unknown field Symbol\("x"\)/],
    ["closures with a hole", () => createCalendar({ jurisdiction: "wales", closures: [, "2026-12-29"] } as unknown as CalendarOptions), InvalidCalendarError, /closures must be a plain array, without holes/], // eslint-disable-line no-sparse-arrays
    ["closures 4 billion long and empty", () => createCalendar({ jurisdiction: "wales", closures: new Array(2 ** 32 - 1) }), InvalidCalendarError, /without holes/],
    ["a closure with an unknown field", () => createCalendar({ jurisdiction: "wales", closures: [{ date: "2026-12-29", nmae: "x" }] } as unknown as CalendarOptions), InvalidCalendarError, /Unknown field "nmae" in closures\[0\]/],
    ["a closure as a Proxy that throws", () => createCalendar({ jurisdiction: "wales", closures: [revoked.proxy] } as unknown as CalendarOptions), InvalidCalendarError, /closures\[0\] could not be read/],
    ["a Proxy of a real calendar", () => isWorkingDay("2026-12-24", new Proxy(calendar, {})), InvalidCalendarError, /cannot be copied, wrapped or rebuilt/],
    ["a look-alike with the class of a calendar", () => isWorkingDay("2026-12-24", Object.create(Object.getPrototypeOf(calendar) as object) as Calendar), InvalidCalendarError, /Expected a calendar made by createCalendar/],
    ["a calendar built with the class's constructor", () => new (Object.getPrototypeOf(calendar).constructor as new (...args: unknown[]) => Calendar)(Symbol("mint"), calendar, {}), InvalidCalendarError, /Calendars are made by createCalendar\(\) or joinCalendars\(\)/],
    ["a year before 1000 in a timestamp", () => toLondonDate("0999-06-01T12:00:00Z"), DateOutOfRangeError, /"0999-06-01" is outside/],
  ])("%s", (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it("isIsoDate says no to any of them, without throwing", () => {
    for (const value of [Object.create(Date.prototype), new Proxy(new Date(), {}), revoked.proxy, 1n, Symbol("x"), Object.create(null), throwingGetter]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it("reads a Date by its time value, not by methods the caller can replace", () => {
    const date = new Date("2026-12-24T23:30:00Z");
    Object.defineProperty(date, "getTime", { value: () => Number.NaN });
    Object.defineProperty(date, Symbol.toPrimitive, { value: () => 0 });
    // 23:30 UTC on 24 December is 23:30 GMT in London: still the 24th.
    expect(toLondonDate(date)).toBe("2026-12-24");
  });
});
