/**
 * Builds the compact bank-holiday table in src/calendar/holidayTable.generated.ts
 * from date-holidays' rules, corrected where GOV.UK says otherwise.
 *
 * `npm run gen:holidays` writes the file; a test rebuilds it in memory and
 * fails when the committed one is stale. Nothing here runs at library run time.
 */
import { createRequire } from "node:module";
import Holidays from "date-holidays";
import { JURISDICTIONS, type Jurisdiction } from "../../src/calendar/jurisdiction.js";
import { CORRECTIONS, type Correction } from "./corrections.js";
import { loadGovukFixture, type GovukFixture } from "./govukFixture.js";

const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

const STATE_OF: Record<Jurisdiction, string> = {
  "england-and-wales": "ENG",
  wales: "WLS",
  scotland: "SCT",
  "northern-ireland": "NIR",
};

/** The GOV.UK division whose list confirms each jurisdiction's holidays. */
export const GOVUK_DIVISION_OF = {
  "england-and-wales": "england-and-wales",
  wales: "england-and-wales",
  scotland: "scotland",
  "northern-ireland": "northern-ireland",
} as const satisfies Record<Jurisdiction, string>;

// date-holidays' English names, mapped to GOV.UK's title keys so that names
// (English and Welsh) come from GOV.UK. A name missing here stops the build:
// a maintainer must decide what a new holiday is called.
const GOVUK_KEY_OF: Record<string, string | null> = {
  "New Year's Day": "bank_holidays.new_year",
  "January 2nd": "bank_holidays.2nd_january",
  "Good Friday": "bank_holidays.good_friday",
  "Easter Monday": "bank_holidays.easter_monday",
  "Early May bank holiday": "bank_holidays.early_may",
  "Early May bank holiday (VE day)": "bank_holidays.early_may_ve",
  "Spring bank holiday": "bank_holidays.spring",
  "Summer bank holiday": "bank_holidays.summer",
  "St Andrew’s Day": "bank_holidays.st_andrew",
  "St Patrick’s Day": "bank_holidays.st_patrick",
  "Battle of the Boyne (Orangemen’s Day)": "bank_holidays.battle_boyne",
  "Christmas Day": "bank_holidays.christmas",
  "Boxing Day": "bank_holidays.boxing_day",
  "Queen’s Platinum Jubilee": "bank_holidays.queen_platinum",
  "Queen Elizabeth's Funeral Day": "bank_holidays.queens_bank_holiday",
  "King Charles III's Coronation": "bank_holidays.kings_coronation",
  // Not a title in GOV.UK's current list: corrections.ts names it from GOV.UK's 2012 data.
  "Queen’s Diamond Jubilee": null,
};

interface HolidayName {
  readonly en: string;
  readonly cy?: string;
}

interface GeneratedHoliday {
  readonly date: string;
  readonly name: HolidayName;
  readonly substitute: boolean;
}

export interface HolidayTable {
  readonly source: string;
  readonly confirmed: Readonly<Record<Jurisdiction, { readonly from: string; readonly through: string }>>;
  readonly holidays: Readonly<Record<Jurisdiction, readonly GeneratedHoliday[]>>;
}

function nameFor(englishName: string, fixture: GovukFixture): HolidayName {
  if (!(englishName in GOVUK_KEY_OF)) {
    throw new Error(`date-holidays has a holiday named ${JSON.stringify(englishName)} that scripts/holidays/generate.ts does not map to a GOV.UK title`);
  }
  const key = GOVUK_KEY_OF[englishName];
  if (key === null || key === undefined) return { en: englishName };
  const name = fixture.names[key];
  if (name === undefined) throw new Error(`GOV.UK fixture has no name for ${key}`);
  return { en: name.en, cy: name.cy };
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function applyCorrection(list: GeneratedHoliday[], correction: Correction, fixture: GovukFixture): GeneratedHoliday[] {
  const without = list.filter((holiday) => holiday.date !== correction.date);
  const present = without.length < list.length;
  // A correction that no longer changes anything means date-holidays caught
  // up: stop the build so that the maintainer drops it.
  if (present === (correction.action === "add")) {
    throw new Error(`correction to ${correction.action} ${correction.date} finds it ${present ? "already there" : "missing"}: review scripts/holidays/corrections.ts`);
  }
  if (correction.action === "remove") return without;
  let name: HolidayName;
  if ("en" in correction.name) {
    name = correction.name;
  } else {
    const govukName = fixture.names[correction.name.govukTitle];
    if (govukName === undefined) throw new Error(`correction names unknown GOV.UK title ${correction.name.govukTitle}`);
    name = { en: govukName.en, cy: govukName.cy };
  }
  return [...without, { date: correction.date, name, substitute: correction.substitute ?? false }];
}

/**
 * GOV.UK's own data confirms the bank holidays from 2012: its earlier list
 * (alphagov/calendars, 2012-2018, checked day by day in
 * test/calendar/historical.test.ts) joins the current one (2019 on). 2011 is
 * left out: its data may never have been published, GOV.UK later gave other
 * names, and Scotland's 4 January 2011 is disputed (test/fixtures/historical).
 */
const GOVUK_EARLIER_FROM = "2012-01-01";

export function buildHolidayTable(fixture: GovukFixture = loadGovukFixture()): HolidayTable {
  const holidays = {} as Record<Jurisdiction, GeneratedHoliday[]>;
  const confirmed = {} as Record<Jurisdiction, { from: string; through: string }>;
  for (const jurisdiction of JURISDICTIONS) {
    const rules = new Holidays("GB", STATE_OF[jurisdiction], { types: ["public", "bank"] });
    let list: GeneratedHoliday[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const holiday of rules.getHolidays(year)) {
        const date = holiday.date.slice(0, 10);
        // A holiday on a weekend gives no day off; its substitute weekday does,
        // and GOV.UK lists only that, under the original holiday's title.
        if (isWeekend(date)) continue;
        const englishName = holiday.name.replace(/ \(substitute day\)$/, "");
        list.push({ date, name: nameFor(englishName, fixture), substitute: holiday.substitute === true });
      }
    }
    for (const correction of CORRECTIONS) {
      if (correction.jurisdictions.includes(jurisdiction)) list = applyCorrection(list, correction, fixture);
    }
    list.sort((a, b) => (a.date < b.date ? -1 : 1));
    holidays[jurisdiction] = list;
    confirmed[jurisdiction] = { from: GOVUK_EARLIER_FROM, through: `${fixture.toYear}-12-31` };
  }
  const version = (createRequire(import.meta.url)("date-holidays/package.json") as { version: string }).version;
  return {
    source: `date-holidays ${version}, ${CORRECTIONS.length} corrections from scripts/holidays/corrections.ts, GOV.UK names and horizon from ${fixture.source.repo}@${fixture.source.commit.slice(0, 12)}`,
    confirmed,
    holidays,
  };
}

/** Renders the table as the TypeScript module the calendar loads. */
export function renderHolidayModule(table: HolidayTable): string {
  const names: HolidayName[] = [];
  const indexOf = new Map<string, number>();
  const nameIndex = (name: HolidayName): number => {
    const key = `${name.en}\u0000${name.cy ?? ""}`;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = names.length;
      names.push(name);
      indexOf.set(key, index);
    }
    return index;
  };
  const years: Record<string, string[]> = {};
  for (const jurisdiction of JURISDICTIONS) {
    const byYear = new Map<string, string[]>();
    for (const holiday of table.holidays[jurisdiction]) {
      const year = holiday.date.slice(0, 4);
      const entries = byYear.get(year) ?? [];
      entries.push(`${holiday.date.slice(5)}:${nameIndex(holiday.name)}${holiday.substitute ? "s" : ""}`);
      byYear.set(year, entries);
    }
    years[jurisdiction] = [...byYear].map(([year, entries]) => `${year} ${entries.join(" ")}`);
  }
  const lines = [
    "// Generated by `npm run gen:holidays` (scripts/holidays/generate.ts). Do not edit:",
    "// add a correction in scripts/holidays/corrections.ts and regenerate.",
    "//",
    "// Each line is a year, then `MM-DD:name` for every weekday bank holiday, where",
    "// `name` indexes HOLIDAY_NAMES and a trailing `s` marks a substitute day.",
    "",
    `export const HOLIDAY_SOURCE = ${JSON.stringify(table.source)};`,
    "",
    `export const HOLIDAY_CONFIRMED = ${JSON.stringify(table.confirmed, null, 2)} as const;`,
    "",
    "export const HOLIDAY_NAMES: readonly { readonly en: string; readonly cy?: string }[] = [",
    ...names.map((name, index) => `  ${JSON.stringify(name)}, // ${index}`),
    "];",
    "",
    "export const HOLIDAY_YEARS = {",
    ...JURISDICTIONS.flatMap((jurisdiction) => [
      `  ${JSON.stringify(jurisdiction)}: [`,
      ...(years[jurisdiction] ?? []).map((line) => `    ${JSON.stringify(line)},`),
      "  ],",
    ]),
    "} as const;",
    "",
  ];
  return lines.join("\n");
}
