// Dates worked out by hand from GOV.UK's list, with the reasoning written out.
import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  addWorkingDays,
  createCalendar,
  explainWorkingDays,
  formatLongDate,
  holidaysBetween,
  isWorkingDay,
  joinCalendars,
  nextWorkingDay,
  previousWorkingDay,
  toLondonDate,
  workingDaysBetween,
} from "../../src/index.js";

const england = createCalendar({ jurisdiction: "england-and-wales" });
const wales = createCalendar({ jurisdiction: "wales" });
const scotland = createCalendar({ jurisdiction: "scotland" });
const northernIreland = createCalendar({ jurisdiction: "northern-ireland" });

describe("Christmas 2026", () => {
  // Thu 24 Dec works. Fri 25 Christmas Day. Sat 26, Sun 27 weekend.
  // Mon 28 Boxing Day (substitute, 26th fell on a Saturday). Tue 29, Wed 30,
  // Thu 31 work. Fri 1 Jan New Year's Day. Sat 2, Sun 3 weekend. Mon 4 Jan
  // works, except in Scotland: 2nd January (substitute, 2nd fell on a Saturday).
  it("5 working days from Wed 23 December: 24, 29, 30, 31 Dec, then 4 Jan (5 Jan in Scotland)", () => {
    expect(addWorkingDays("2026-12-23", 5, england)).toBe("2027-01-04");
    expect(addWorkingDays("2026-12-23", 5, wales)).toBe("2027-01-04");
    expect(addWorkingDays("2026-12-23", 5, northernIreland)).toBe("2027-01-04");
    expect(addWorkingDays("2026-12-23", 5, scotland)).toBe("2027-01-05");
  });

  it("2 working days from Christmas Eve skip four days: 25 (Christmas), 26-27 (weekend), 28 (Boxing Day)", () => {
    const explanation = explainWorkingDays("2026-12-24", 2, england);
    expect(explanation.result).toBe("2026-12-30");
    expect(explanation.counted).toEqual(["2026-12-29", "2026-12-30"]);
    expect(explanation.skipped.map((day) => [day.date, day.reasons.map((r) => (r.kind === "bank-holiday" ? r.name : r.kind))])).toEqual([
      ["2026-12-25", ["Christmas Day"]],
      ["2026-12-26", ["weekend"]],
      ["2026-12-27", ["weekend"]],
      ["2026-12-28", ["Boxing Day"]],
    ]);
    expect(explanation.confirmed).toBe(true);
  });

  it("the same working day from Saturday 26 December is Tuesday 29 December", () => {
    expect(addWorkingDays("2026-12-26", 0, england)).toBe("2026-12-29");
    expect(addWorkingDays("2026-12-24", 0, england)).toBe("2026-12-24");
  });

  it("counts 29, 30, 31 December and 4 January between Christmas Eve and 4 January", () => {
    expect(workingDaysBetween("2026-12-24", "2027-01-04", england)).toBe(4);
    expect(workingDaysBetween("2026-12-24", "2027-01-04", scotland)).toBe(3);
    expect(workingDaysBetween("2027-01-04", "2026-12-24", england)).toBe(-4);
  });

  it("next and previous working days step over the break", () => {
    expect(nextWorkingDay("2026-12-24", england)).toBe("2026-12-29");
    expect(previousWorkingDay("2026-12-29", england)).toBe("2026-12-24");
    expect(nextWorkingDay("2026-12-31", scotland)).toBe("2027-01-05");
  });

  it("lists the holidays with their Welsh names", () => {
    expect(holidaysBetween("2026-12-24", "2027-01-04", scotland).map((h) => `${h.date} ${h.name} / ${h.nameCy}`)).toEqual([
      "2026-12-25 Christmas Day / Dydd Nadolig",
      "2026-12-28 Boxing Day / Dydd San Steffan",
      "2027-01-01 New Year’s Day / Dydd Calan",
      "2027-01-04 2nd January / 2il o Ionawr",
    ]);
  });
});

describe("Easter 2027", () => {
  // Good Friday 26 March 2027; Easter Monday 29 March everywhere but Scotland.
  // Northern Ireland also has St Patrick's Day, Wednesday 17 March.
  it("the working day after Thursday 25 March is Tue 30 March, or Mon 29 March in Scotland", () => {
    expect(addWorkingDays("2027-03-25", 1, england)).toBe("2027-03-30");
    expect(addWorkingDays("2027-03-25", 1, northernIreland)).toBe("2027-03-30");
    expect(addWorkingDays("2027-03-25", 1, scotland)).toBe("2027-03-29");
  });

  it("5 working days from Wed 24 March: 25 Mar, 30 Mar, 31 Mar, 1 Apr, 2 Apr", () => {
    expect(addWorkingDays("2027-03-24", 5, england)).toBe("2027-04-02");
    // Scotland works Easter Monday: 25, 29, 30, 31 March, 1 April.
    expect(addWorkingDays("2027-03-24", 5, scotland)).toBe("2027-04-01");
  });

  it("5 working days from Tue 16 March: St Patrick's Day costs Northern Ireland a day", () => {
    // England: 17, 18, 19, 22, 23. Northern Ireland: 18, 19, 22, 23, 24.
    expect(addWorkingDays("2027-03-16", 5, england)).toBe("2027-03-23");
    expect(addWorkingDays("2027-03-16", 5, northernIreland)).toBe("2027-03-24");
  });
});

describe("the one-off days of 2020 to 2023", () => {
  it("VE Day, Friday 8 May 2020: the day after Thursday 7 May is Monday 11 May", () => {
    expect(addWorkingDays("2020-05-07", 1, england)).toBe("2020-05-11");
  });

  it("Platinum Jubilee, Thursday 2 and Friday 3 June 2022: the day after Wednesday 1 June is Monday 6 June", () => {
    expect(addWorkingDays("2022-06-01", 1, england)).toBe("2022-06-06");
    expect(workingDaysBetween("2022-05-31", "2022-06-07", england)).toBe(3); // 1, 6, 7 June
  });

  it("the State Funeral, Monday 19 September 2022: the day after Friday 16 September is Tuesday 20 September", () => {
    expect(addWorkingDays("2022-09-16", 1, scotland)).toBe("2022-09-20");
  });

  it("the Coronation, Monday 8 May 2023, a week after Early May bank holiday on 1 May", () => {
    // From Friday 28 April: 2, 3, 4, 5 May, then 9 May (8 May is the Coronation).
    expect(addWorkingDays("2023-04-28", 5, england)).toBe("2023-05-09");
  });

  it("the World Cup holiday, Monday 15 June 2026, is Scotland's alone", () => {
    expect(addWorkingDays("2026-06-12", 1, scotland)).toBe("2026-06-16");
    expect(addWorkingDays("2026-06-12", 1, england)).toBe("2026-06-15");
  });
});

describe("joint calendars", () => {
  it("count only days worked on both sides of a border", () => {
    const both = joinCalendars(england, scotland);
    // Monday 30 November 2026 is St Andrew's Day; Monday 31 August 2026 England's Summer bank holiday;
    // Monday 3 August 2026 Scotland's.
    expect(["2026-11-30", "2026-08-31", "2026-08-03"].map((date) => isWorkingDay(date, both))).toEqual([false, false, false]);
    expect(addWorkingDays("2026-11-27", 1, both)).toBe("2026-12-01");
    expect(both.jurisdictions).toEqual(["england-and-wales", "scotland"]);
  });
});

describe("closures", () => {
  it("a named closure is skipped and explained", () => {
    const calendar = createCalendar({ jurisdiction: "england-and-wales", closures: [{ date: "2026-12-29", name: "Office closed" }, "2026-12-30"] });
    expect(addWorkingDays("2026-12-24", 1, calendar)).toBe("2026-12-31");
    const skipped = explainWorkingDays("2026-12-24", 1, calendar).skipped.map((day) => day.reasons[0]);
    expect(skipped.slice(-2)).toEqual([{ kind: "closure", name: "Office closed" }, { kind: "closure" }]);
  });

  it("an extra working day overrides a bank holiday and a weekend", () => {
    const calendar = createCalendar({ jurisdiction: "england-and-wales", extraWorkingDays: ["2026-12-28", "2026-12-27"] });
    expect(addWorkingDays("2026-12-24", 2, calendar)).toBe("2026-12-28");
    expect(holidaysBetween("2026-12-28", "2026-12-28", calendar)).toEqual([]);
  });
});

describe("dates around the clocks changing", () => {
  it("takes the Europe/London date of an instant", () => {
    expect(toLondonDate("2026-03-31T23:30:00Z")).toBe("2026-04-01"); // BST: 00:30 on 1 April
    expect(toLondonDate("2026-03-29T00:30:00Z")).toBe("2026-03-29"); // clocks go forward at 01:00 UTC
    expect(toLondonDate("2026-10-25T00:30:00Z")).toBe("2026-10-25"); // still BST: 01:30
    expect(toLondonDate("2026-10-25T23:30:00Z")).toBe("2026-10-25"); // GMT again
    expect(toLondonDate("2026-12-31T23:59:59+00:00")).toBe("2026-12-31");
    expect(toLondonDate("2027-01-01T00:30:00+01:00")).toBe("2026-12-31");
    expect(toLondonDate(new Date(Date.UTC(2026, 5, 30, 23, 0)))).toBe("2026-07-01");
  });
});

describe("calendar months and long dates", () => {
  it("one month after 31 January is the end of February", () => {
    expect(addCalendarMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addCalendarMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addCalendarMonths("2026-12-24", 1)).toBe("2027-01-24");
  });

  it("writes dates as a case note would", () => {
    expect(formatLongDate("2026-12-24")).toBe("Thursday 24 December 2026");
    expect(formatLongDate("2000-01-01")).toBe("Saturday 1 January 2000");
  });
});
