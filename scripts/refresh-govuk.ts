// `npm run refresh:govuk`: fetch GOV.UK's published bank-holiday list (English
// and Welsh) into test/fixtures/govuk/, for when a new year or a newly
// proclaimed bank holiday appears. Then: update the README there with the
// date fetched, run `npm run gen:holidays` and `npm test`, and add a
// correction in scripts/holidays/corrections.ts for any day the tests show
// date-holidays lacks.
import { readFileSync, writeFileSync } from "node:fs";
import { GOVUK_FIXTURE_PATH } from "./holidays/govukFixture.js";
import { normalizeGovuk, type GovukLiveFile } from "./holidays/normalizeGovuk.js";

async function fetchJson(url: string): Promise<GovukLiveFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as GovukLiveFile;
}

const english = await fetchJson("https://www.gov.uk/bank-holidays.json");
const welsh = await fetchJson("https://www.gov.uk/gwyliau-banc.json");
const current = JSON.parse(readFileSync(GOVUK_FIXTURE_PATH, "utf8")) as { names: Record<string, { en: string; cy: string }> };
const normalized = normalizeGovuk(english, welsh, current.names, new Date().toISOString().slice(0, 10));
writeFileSync(GOVUK_FIXTURE_PATH, `${JSON.stringify(normalized, null, 2)}\n`);
writeFileSync(new URL("../test/fixtures/govuk/bank-holidays.live.json", import.meta.url), `${JSON.stringify(english, null, 2)}\n`);
console.log(`wrote ${GOVUK_FIXTURE_PATH}: ${normalized.coverage.from_year}-${normalized.coverage.to_year}`);
