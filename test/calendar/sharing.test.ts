// Results share nothing a caller can change, and a calendar's index cannot be reached.
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  createCalendar,
  explainWorkingDays,
  holidaysBetween,
  isWorkingDay,
  joinCalendars,
  JURISDICTIONS,
  type Calendar,
  type CalendarOptions,
  workingDaysBetween,
} from "../../src/index.js";

describe("what a caller is handed", () => {
  it("cannot rename a bank holiday for later calls by writing to an explanation", () => {
    const calendar = createCalendar({ jurisdiction: "england-and-wales" });
    // Thursday 24 December 2026 + 1 working day: Friday 25 (Christmas Day), Saturday 26, Sunday 27 and
    // Monday 28 (Boxing Day, substitute) are skipped; Tuesday 29 is counted.
    const first = explainWorkingDays("2026-12-24", 1, calendar);
    const christmas = first.skipped[0];
    expect(christmas?.date).toBe("2026-12-25");
    const reason = christmas?.reasons[0] as { name: string };
    expect(() => {
      reason.name = "Renamed";
    }).toThrow(TypeError);
    expect(() => (christmas?.reasons as unknown[]).push({ kind: "weekend" })).toThrow(TypeError);
    const weekend = first.skipped[1]?.reasons[0] as { kind: string };
    expect(() => {
      weekend.kind = "closure";
    }).toThrow(TypeError);
    expect(explainWorkingDays("2026-12-24", 1, calendar).skipped[0]?.reasons).toEqual([
      { kind: "bank-holiday", jurisdiction: "england-and-wales", name: "Christmas Day", nameCy: "Dydd Nadolig", substitute: false },
    ]);
    // The same holds for a calendar with a closure, whose reason lists are built for it.
    const closed = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-25", name: "Office closed" }] });
    const both = explainWorkingDays("2026-12-24", 1, closed).skipped[0]?.reasons ?? [];
    expect(both.map((r) => r.kind)).toEqual(["bank-holiday", "closure"]);
    expect(Object.isFrozen(both) && both.every(Object.isFrozen)).toBe(true);
  });

  it("gives fresh lists of holidays, which a caller may change without effect", () => {
    const calendar = createCalendar({ jurisdiction: "scotland" });
    const holidays = holidaysBetween("2026-11-30", "2026-11-30", calendar);
    (holidays[0] as { name: string }).name = "Renamed";
    holidays.length = 0;
    expect(holidaysBetween("2026-11-30", "2026-11-30", calendar)[0]?.name).toBe("St Andrew’s Day");
  });

  it("shares no list a caller could change for everyone: the jurisdictions are frozen", () => {
    expect(Object.isFrozen(JURISDICTIONS)).toBe(true);
    expect(() => (JURISDICTIONS as unknown as string[]).push("england")).toThrow(TypeError);
  });

  it("hides the index: no symbol, no extra field, every field frozen", () => {
    const calendar = createCalendar({ jurisdiction: "wales", closures: [{ date: "2026-12-29", name: "Closed" }], extraWorkingDays: ["2026-12-28"] });
    expect(Object.getOwnPropertySymbols(calendar)).toEqual([]);
    expect(Reflect.ownKeys(calendar).sort()).toEqual(["closures", "confirmed", "extraWorkingDays", "jurisdictions"]);
    for (const part of [calendar, calendar.jurisdictions, calendar.closures, calendar.closures[0], calendar.extraWorkingDays, calendar.confirmed, Object.getPrototypeOf(calendar)]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });

  it("keeps no reference to its options and never changes them", () => {
    const options = { jurisdiction: "wales", closures: ["2026-12-31", { date: "2026-12-29", name: "Closed" }], extraWorkingDays: ["2026-12-28", "2026-12-25"] };
    const before = structuredClone(options);
    const calendar = createCalendar(options as CalendarOptions);
    expect(options).toEqual(before);
    options.closures.length = 0;
    options.extraWorkingDays.push("2026-12-30");
    expect(isWorkingDay("2026-12-31", calendar)).toBe(false);
    expect(calendar.extraWorkingDays).toEqual(["2026-12-25", "2026-12-28"]);
  });
});

describe("joinCalendars of many calendars", () => {
  // Before joining was linear, each holiday's list of reasons grew by a copy per calendar: 1,000
  // calendars took seconds and 3,000 over a minute (past this test's time limit), and each holiday
  // was listed once per calendar joined.
  it("joins 3,000 calendars, naming each holiday once per jurisdiction and keeping every closure", () => {
    const calendars: Calendar[] = [];
    for (let i = 0; i < 3000; i++) {
      const jurisdiction = JURISDICTIONS[i % JURISDICTIONS.length] ?? "wales";
      // One calendar in 100 has its own closure (a Monday-to-Friday day of 2030 or 2031) and all of
      // those keep 2 January 2030 as an extra working day; the rest share their jurisdiction's index.
      calendars.push(
        i % 100 === 0
          ? createCalendar({ jurisdiction, closures: [{ date: addCalendarDays("2030-01-07", (i / 100) * 7), name: `Closure ${i}` }], extraWorkingDays: ["2030-01-02"] })
          : createCalendar({ jurisdiction }),
      );
    }
    const joint = joinCalendars(...calendars);
    expect(joint.jurisdictions).toEqual([...JURISDICTIONS]);
    expect(joint.closures).toHaveLength(30);
    // 2 January 2030 is extra in only 30 of the 3,000 calendars, and a bank holiday in Scotland.
    expect(joint.extraWorkingDays).toEqual([]);
    expect(isWorkingDay("2030-01-02", joint)).toBe(false);
    // Friday 25 December 2026 is Christmas Day in all four jurisdictions: four reasons, not 3,000.
    const christmas = explainWorkingDays("2026-12-24", 1, joint).skipped;
    expect(christmas[0]?.reasons.map((reason) => reason.kind === "bank-holiday" && reason.jurisdiction)).toEqual([...JURISDICTIONS]);
    // Monday 7 January 2030 is closure 0 (of calendar 0); Monday 14th closure 100.
    expect(isWorkingDay("2030-01-07", joint)).toBe(false);
    expect(explainWorkingDays("2030-01-11", 1, joint).skipped.map((day) => day.reasons.map((reason) => reason.kind === "closure" && reason.name))).toEqual([
      [false], // Saturday 12 January: weekend
      [false], // Sunday 13
      ["Closure 100"], // Monday 14
    ]);
    // The joint calendar is the same as joining one calendar of each kind.
    const small = joinCalendars(...calendars.filter((_, i) => i % 100 === 0), ...JURISDICTIONS.map((jurisdiction) => createCalendar({ jurisdiction })));
    for (const [from, to] of [["2000-01-01", "2099-12-31"], ["2030-01-01", "2031-01-01"]] as const) {
      expect(workingDaysBetween(from, to, joint)).toBe(workingDaysBetween(from, to, small));
    }
  });

  it("keeps a day extra only when every calendar joined lists it", () => {
    // Friday 25 December 2026, Christmas Day: extra in both, so a working day of the join.
    const a = createCalendar({ jurisdiction: "england-and-wales", extraWorkingDays: ["2026-12-25", "2026-12-28"] });
    const b = createCalendar({ jurisdiction: "england-and-wales", extraWorkingDays: ["2026-12-25"] });
    const joint = joinCalendars(a, b, a);
    expect(joint.extraWorkingDays).toEqual(["2026-12-25"]);
    expect(isWorkingDay("2026-12-25", joint)).toBe(true);
    // Monday 28 December 2026 (Boxing Day, substitute) is extra in a only.
    expect(isWorkingDay("2026-12-28", joint)).toBe(false);
  });
});
