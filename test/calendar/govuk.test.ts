// The calendar against GOV.UK's own published list (test/fixtures/govuk),
// every day of every year the list covers.
import { describe, expect, it } from "vitest";
import { GOVUK_DIVISION_OF } from "../../scripts/holidays/generate.js";
import { loadGovukFixture } from "../../scripts/holidays/govukFixture.js";
import { createCalendar, holidaysBetween, isConfirmedDate, isWorkingDay, JURISDICTIONS } from "../../src/index.js";

const govuk = loadGovukFixture();
const first = `${govuk.fromYear}-01-01`;
const last = `${govuk.toYear}-12-31`;

function* everyDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

describe.each(JURISDICTIONS)("%s agrees with GOV.UK", (jurisdiction) => {
  const calendar = createCalendar({ jurisdiction });
  const listed = govuk.divisions[GOVUK_DIVISION_OF[jurisdiction]];
  const byDate = new Map(listed.map((holiday) => [holiday.date, holiday]));

  it(`on every day from ${first} to ${last}`, () => {
    const disagreements: string[] = [];
    let days = 0;
    for (const date of everyDay(first, last)) {
      days++;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const expected = weekday !== 0 && weekday !== 6 && !byDate.has(date);
      if (isWorkingDay(date, calendar) !== expected) disagreements.push(date);
    }
    expect(days).toBe(3653);
    expect(disagreements).toEqual([]);
  });

  it("on the name, Welsh name and substitute flag of every bank holiday", () => {
    const ours = holidaysBetween(first, last, calendar).map(({ date, name, nameCy, substitute }) => ({ date, name, nameCy, substitute }));
    const theirs = listed.map(({ date, name, substitute }) => ({ date, name: name.en, nameCy: name.cy, substitute }));
    expect(ours).toEqual(theirs);
  });

  it("says its data is confirmed exactly over GOV.UK's years: its earlier list from 2012 (test/fixtures/historical), then this one", () => {
    expect(calendar.confirmed).toEqual({ from: "2012-01-01", through: last });
    expect(isConfirmedDate("2012-01-01", calendar)).toBe(true);
    expect(isConfirmedDate(last, calendar)).toBe(true);
    expect(isConfirmedDate("2011-12-31", calendar)).toBe(false);
    expect(isConfirmedDate(`${govuk.toYear + 1}-01-01`, calendar)).toBe(false);
  });
});

describe("the one-off and substitute days", () => {
  const england = createCalendar({ jurisdiction: "england-and-wales" });
  const scotland = createCalendar({ jurisdiction: "scotland" });
  const northernIreland = createCalendar({ jurisdiction: "northern-ireland" });

  it.each([
    ["2020-05-08", "Early May bank holiday (VE day)"],
    ["2022-06-02", "Spring bank holiday"],
    ["2022-06-03", "Platinum Jubilee bank holiday"],
    ["2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"],
    ["2023-05-08", "Bank holiday for the coronation of King Charles III"],
  ])("%s is %s in every jurisdiction", (date, name) => {
    for (const calendar of [england, scotland, northernIreland]) {
      expect(isWorkingDay(date, calendar)).toBe(false);
      expect(holidaysBetween(date, date, calendar).map((holiday) => holiday.name)).toEqual([name]);
    }
  });

  it("every substitute day GOV.UK lists is a non-working substitute day here", () => {
    for (const jurisdiction of ["england-and-wales", "scotland", "northern-ireland"] as const) {
      const calendar = createCalendar({ jurisdiction });
      const substitutes = govuk.divisions[jurisdiction].filter((holiday) => holiday.substitute);
      expect(substitutes.length).toBeGreaterThan(5);
      for (const { date } of substitutes) {
        expect(isWorkingDay(date, calendar), `${jurisdiction} ${date}`).toBe(false);
        expect(holidaysBetween(date, date, calendar)[0]?.substitute, `${jurisdiction} ${date}`).toBe(true);
      }
    }
  });

  it("2026-06-15 (World Cup) is a holiday in Scotland only", () => {
    expect(isWorkingDay("2026-06-15", scotland)).toBe(false);
    expect(isWorkingDay("2026-06-15", england)).toBe(true);
    expect(isWorkingDay("2026-06-15", northernIreland)).toBe(true);
  });
});
