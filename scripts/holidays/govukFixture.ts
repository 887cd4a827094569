/**
 * Reads the project's copy of GOV.UK's bank-holiday list
 * (test/fixtures/govuk/bank-holidays.normalized.json, see its README): the
 * oracle the calendar is checked against, and the source of holiday names in
 * English and Welsh.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const GOVUK_FIXTURE_PATH = fileURLToPath(
  new URL("../../test/fixtures/govuk/bank-holidays.normalized.json", import.meta.url),
);

export const GOVUK_DIVISIONS = ["england-and-wales", "scotland", "northern-ireland"] as const;
export type GovukDivision = (typeof GOVUK_DIVISIONS)[number];

interface GovukHoliday {
  readonly date: string;
  /** GOV.UK's title key, e.g. `bank_holidays.christmas`. */
  readonly titleKey: string;
  readonly name: { readonly en: string; readonly cy: string };
  readonly substitute: boolean;
}

export interface GovukFixture {
  readonly fromYear: number;
  readonly toYear: number;
  readonly source: { readonly repo: string; readonly path: string; readonly commit: string };
  readonly names: Readonly<Record<string, { readonly en: string; readonly cy: string }>>;
  readonly divisions: Readonly<Record<GovukDivision, readonly GovukHoliday[]>>;
}

interface NormalizedFile {
  source: { repo: string; path: string; commit: string };
  coverage: { from_year: number; to_year: number };
  substitute_days: Record<GovukDivision, string[]>;
  titles: Record<GovukDivision, Record<string, string>>;
  names: Record<string, { en: string; cy: string }>;
}

export function loadGovukFixture(path = GOVUK_FIXTURE_PATH): GovukFixture {
  const file = JSON.parse(readFileSync(path, "utf8")) as NormalizedFile & Record<GovukDivision, string[]>;
  const divisions = {} as Record<GovukDivision, GovukHoliday[]>;
  for (const division of GOVUK_DIVISIONS) {
    const substitutes = new Set(file.substitute_days[division]);
    divisions[division] = file[division].map((date) => {
      const titleKey = file.titles[division][date];
      const name = titleKey === undefined ? undefined : file.names[titleKey];
      if (titleKey === undefined || name === undefined) throw new Error(`${path}: ${division} ${date} has no title`);
      return { date, titleKey, name, substitute: substitutes.has(date) };
    });
  }
  return {
    fromYear: file.coverage.from_year,
    toYear: file.coverage.to_year,
    source: file.source,
    names: file.names,
    divisions,
  };
}
