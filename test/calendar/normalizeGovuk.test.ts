import { expect, it } from "vitest";
import { loadGovukFixture } from "../../scripts/holidays/govukFixture.js";
import { normalizeGovuk, type GovukLiveFile } from "../../scripts/holidays/normalizeGovuk.js";

// Two days in each division, in the shape https://www.gov.uk/bank-holidays.json serves.
const english: GovukLiveFile = {
  "england-and-wales": { division: "england-and-wales", events: [
    { title: "Boxing Day", date: "2026-12-28", notes: "Substitute day" },
    { title: "Christmas Day", date: "2026-12-25", notes: "" },
  ] },
  scotland: { division: "scotland", events: [
    { title: "World Cup bank holiday", date: "2026-06-15", notes: "" },
    { title: "Coronation of King William", date: "2029-06-04", notes: "" },
  ] },
  "northern-ireland": { division: "northern-ireland", events: [{ title: "St Patrick’s Day", date: "2026-03-17", notes: "" }] },
};
const welsh: GovukLiveFile = {
  "cymru-a-lloegr": { division: "cymru-a-lloegr", events: [
    { title: "Dydd Nadolig", date: "2026-12-25", notes: "" },
    { title: "Dydd San Steffan", date: "2026-12-28", notes: "Diwrnod amgen" },
  ] },
  "yr-alban": { division: "yr-alban", events: [
    { title: "Gŵyl y banc Cwpan y Byd", date: "2026-06-15", notes: "" },
    { title: "Coroni", date: "2029-06-04", notes: "" },
  ] },
  "gogledd-iwerddon": { division: "gogledd-iwerddon", events: [{ title: "Gŵyl Sant Padrig", date: "2026-03-17", notes: "" }] },
};

it("normalizes GOV.UK's served JSON into the fixture format, keeping known title keys", () => {
  const known = loadGovukFixture().names;
  const result = normalizeGovuk(english, welsh, known, "2027-01-01");
  expect(result["england-and-wales"]).toEqual(["2026-12-25", "2026-12-28"]);
  expect(result.substitute_days["england-and-wales"]).toEqual(["2026-12-28"]);
  expect(result.titles.scotland).toEqual({ "2026-06-15": "bank_holidays.world_cup", "2029-06-04": "bank_holidays.coronation_of_king_william" });
  expect(result.names["bank_holidays.coronation_of_king_william"]).toEqual({ en: "Coronation of King William", cy: "Coroni" });
  expect(result.names["bank_holidays.boxing_day"]).toEqual({ en: "Boxing Day", cy: "Dydd San Steffan" });
  expect(result.coverage.from_year).toBe(2026);
  expect(result.coverage.to_year).toBe(2029);
});

it("refuses a day missing from the Welsh file", () => {
  const partial = { ...welsh, "yr-alban": { division: "yr-alban", events: [] } };
  expect(() => normalizeGovuk(english, partial, {}, "2027-01-01")).toThrow("scotland 2026-06-15 is missing from the Welsh file");
});
