// The calendar against the bank holidays of 2000-2018 (test/fixtures/historical):
// every day of every jurisdiction both ways (no holiday missing, none extra),
// and names and substitute flags wherever a source gives them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOVUK_DIVISION_OF } from "../../scripts/holidays/generate.js";
import { GOVUK_DIVISIONS, loadGovukFixture, type GovukDivision } from "../../scripts/holidays/govukFixture.js";
import { createCalendar, holidaysBetween, isWorkingDay, JURISDICTIONS } from "../../src/index.js";

interface HistoricalHoliday {
  readonly date: string;
  readonly title?: string | null;
  readonly name?: { readonly en: string; readonly cy?: string };
  readonly substitute: boolean | null;
  readonly rule: string;
  readonly sources: readonly string[];
}

interface HistoricalFixture {
  readonly coverage: { readonly from: string; readonly through: string };
  readonly sources: Readonly<Record<string, unknown>>;
  readonly rules: readonly { readonly id: string; readonly from: number | null }[];
  readonly divisions: Readonly<Record<GovukDivision, readonly HistoricalHoliday[]>>;
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/historical/holidays-2000-2018.json", import.meta.url), "utf8"),
) as HistoricalFixture;
const govukNames = loadGovukFixture().names;
const { from: first, through: last } = fixture.coverage;

function* everyDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The names a source gives the day, or undefined when none does. */
function expectedName(holiday: HistoricalHoliday): { name: string; nameCy: string | undefined } | undefined {
  if (holiday.name !== undefined) return { name: holiday.name.en, nameCy: holiday.name.cy };
  if (holiday.title === null || holiday.title === undefined) return undefined;
  const govuk = govukNames[holiday.title];
  if (govuk === undefined) throw new Error(`${holiday.date}: ${holiday.title} is not a title in GOV.UK's current list`);
  return { name: govuk.en, nameCy: govuk.cy };
}

describe("the historical fixture", () => {
  it.each(GOVUK_DIVISIONS)("%s lists distinct weekdays in order, within its years, each with a known rule and sources", (division) => {
    const list = fixture.divisions[division];
    const dates = list.map((holiday) => holiday.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates.filter(isWeekend)).toEqual([]);
    expect(dates.filter((date) => date < first || date > last)).toEqual([]);
    const ruleIds = new Set(fixture.rules.map((rule) => rule.id));
    expect(list.filter((holiday) => !ruleIds.has(holiday.rule))).toEqual([]);
    expect(list.filter((holiday) => holiday.sources.length === 0 || holiday.sources.some((id) => !(id in fixture.sources)))).toEqual([]);
  });

  it("holds no day of a rule before the year the rule starts to apply", () => {
    const early = GOVUK_DIVISIONS.flatMap((division) =>
      fixture.divisions[division].filter((holiday) => {
        const from = fixture.rules.find((rule) => rule.id === holiday.rule)?.from;
        return from !== null && from !== undefined && Number(holiday.date.slice(0, 4)) < from;
      }),
    );
    expect(early).toEqual([]);
  });
});

describe.each(JURISDICTIONS)("%s agrees with the historical record", (jurisdiction) => {
  const calendar = createCalendar({ jurisdiction });
  const listed = fixture.divisions[GOVUK_DIVISION_OF[jurisdiction]];
  const listedDates = new Set(listed.map((holiday) => holiday.date));

  it(`on every day from ${first} to ${last}`, () => {
    const disagreements: string[] = [];
    let days = 0;
    for (const date of everyDay(first, last)) {
      days++;
      const expected = !isWeekend(date) && !listedDates.has(date);
      if (isWorkingDay(date, calendar) !== expected) disagreements.push(date);
    }
    // 19 years, five of them leap years (2000, 2004, 2008, 2012, 2016).
    expect(days).toBe(19 * 365 + 5);
    expect(disagreements).toEqual([]);
  });

  it("lists exactly the fixture's bank holidays, none missing and none extra", () => {
    expect(holidaysBetween(first, last, calendar).map((holiday) => holiday.date)).toEqual(listed.map((holiday) => holiday.date));
  });

  it("gives each bank holiday the English and Welsh names its source gives", () => {
    const ours = new Map(holidaysBetween(first, last, calendar).map((holiday) => [holiday.date, holiday]));
    const checked = listed.flatMap((holiday) => {
      const expected = expectedName(holiday);
      return expected === undefined ? [] : [{ date: holiday.date, ...expected }];
    });
    const actual = checked.map(({ date }) => ({ date, name: ours.get(date)?.name, nameCy: ours.get(date)?.nameCy }));
    expect(actual).toEqual(checked);
    // Names are unchecked only where no source reached names the day (README).
    expect(checked.length).toBeGreaterThan(listed.length - 10);
  });

  it("marks substitute days as its sources do", () => {
    const ours = new Map(holidaysBetween(first, last, calendar).map((holiday) => [holiday.date, holiday.substitute]));
    const checked = listed.filter((holiday) => holiday.substitute !== null);
    expect(checked.map(({ date }) => ({ date, substitute: ours.get(date) }))).toEqual(
      checked.map(({ date, substitute }) => ({ date, substitute })),
    );
  });
});

describe("rules that start or change within 2000-2018, worked by hand", () => {
  const scotland = createCalendar({ jurisdiction: "scotland" });

  it("St Andrew's Day is a Scottish bank holiday from 2007 only", () => {
    // The St Andrew's Day Bank Holiday (Scotland) Act 2007 came into force on
    // 16 January 2007. 30 November 2006 was a Thursday: an ordinary working day.
    expect(isWorkingDay("2006-11-30", scotland)).toBe(true);
    // 30 November 2007 was a Friday: the first St Andrew's Day bank holiday.
    expect(holidaysBetween("2007-11-30", "2007-11-30", scotland).map((holiday) => holiday.name)).toEqual(["St Andrew’s Day"]);
    // 30 November 2008 was a Sunday: the Act gives the following Monday, 1 December.
    expect(holidaysBetween("2008-11-29", "2008-12-02", scotland).map(({ date, substitute }) => ({ date, substitute }))).toEqual([
      { date: "2008-12-01", substitute: true },
    ]);
  });

  it("the Golden Jubilee of 2002 moved the Spring bank holiday everywhere", () => {
    // HC Deb 23 November 2000: Tuesday 4 June 2002 in place of Monday 27 May,
    // and Monday 3 June an additional bank holiday.
    for (const jurisdiction of JURISDICTIONS) {
      const calendar = createCalendar({ jurisdiction });
      expect(isWorkingDay("2002-05-27", calendar), jurisdiction).toBe(true);
      expect(holidaysBetween("2002-06-01", "2002-06-07", calendar).map(({ date }) => date), jurisdiction).toEqual(["2002-06-03", "2002-06-04"]);
    }
  });
});
