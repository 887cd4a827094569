/**
 * Turns the JSON that GOV.UK serves (https://www.gov.uk/bank-holidays.json and
 * its Welsh twin https://www.gov.uk/gwyliau-banc.json) into the normalized
 * fixture format read by govukFixture.ts, keeping the title keys the fixture
 * already uses so that generate.ts and corrections.ts stay valid.
 */
import { GOVUK_DIVISIONS, type GovukDivision } from "./govukFixture.js";

interface GovukLiveEvent {
  readonly title: string;
  readonly date: string;
  readonly notes: string;
}
export type GovukLiveFile = Readonly<Record<string, { readonly division: string; readonly events: readonly GovukLiveEvent[] }>>;

/** The Welsh file names the same divisions in Welsh. */
const WELSH_DIVISION: Record<GovukDivision, string> = {
  "england-and-wales": "cymru-a-lloegr",
  scotland: "yr-alban",
  "northern-ireland": "gogledd-iwerddon",
};

export interface NormalizedGovuk {
  source: Record<string, string>;
  coverage: { from_year: number; to_year: number; note: string };
  "england-and-wales": string[];
  scotland: string[];
  "northern-ireland": string[];
  substitute_days: Record<GovukDivision, string[]>;
  titles: Record<GovukDivision, Record<string, string>>;
  names: Record<string, { en: string; cy: string }>;
}

function slug(title: string): string {
  return `bank_holidays.${title.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "")}`;
}

export function normalizeGovuk(
  english: GovukLiveFile,
  welsh: GovukLiveFile,
  knownNames: Readonly<Record<string, { readonly en: string; readonly cy: string }>>,
  fetchedOn: string,
): NormalizedGovuk {
  const keyOfEnglish = new Map(Object.entries(knownNames).map(([key, name]) => [name.en, key]));
  const names: Record<string, { en: string; cy: string }> = {};
  const result = { substitute_days: {}, titles: {} } as NormalizedGovuk;
  const years: number[] = [];
  for (const division of GOVUK_DIVISIONS) {
    const events = english[division]?.events;
    const welshEvents = welsh[WELSH_DIVISION[division]]?.events;
    if (events === undefined || welshEvents === undefined) throw new Error(`GOV.UK data has no ${division} division`);
    const welshByDate = new Map(welshEvents.map((event) => [event.date, event]));
    const dates: string[] = [];
    result.substitute_days[division] = [];
    result.titles[division] = {};
    for (const event of [...events].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      const cy = welshByDate.get(event.date);
      if (cy === undefined) throw new Error(`${division} ${event.date} is missing from the Welsh file`);
      const key = keyOfEnglish.get(event.title) ?? slug(event.title);
      names[key] = { en: event.title, cy: cy.title };
      dates.push(event.date);
      result.titles[division][event.date] = key;
      if (event.notes !== "") result.substitute_days[division].push(event.date);
      years.push(Number(event.date.slice(0, 4)));
    }
    result[division] = dates;
  }
  result.names = names;
  result.coverage = {
    from_year: Math.min(...years),
    to_year: Math.max(...years),
    note: "Dates outside this range are unknown to this file. Only weekday dates occur: a holiday falling on a weekend is listed only as its substitute weekday.",
  };
  result.source = { repo: "https://www.gov.uk/bank-holidays.json", path: "https://www.gov.uk/gwyliau-banc.json", commit: `fetched ${fetchedOn}` };
  return result;
}
