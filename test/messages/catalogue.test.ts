// The message catalogues: one file per language with the same keys, the same
// placeholders in every form of a message, the plural forms each language
// has, every key used by the code, and every Welsh string accounted for in
// the review list.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { placeholderMismatches, pluralFormMistakes, reviewListMistakes, sourceCode, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";
import { CASE_FLAGS, JURISDICTIONS, LANGUAGES } from "../../src/index.js";
import { HOLIDAY_NAMES } from "../../src/calendar/holidayTable.generated.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
// Two catalogues per language: the engine's (en.json, cy.json) and the renderers' and command line's (renderers/), kept apart so that the engine's bundle does not carry a report's words.
const parts = { engine: { en: read("en.json"), cy: read("cy.json") }, renderers: { en: read("renderers/en.json"), cy: read("renderers/cy.json") } };
const catalogues = { en: { ...parts.engine.en, ...parts.renderers.en }, cy: { ...parts.engine.cy, ...parts.renderers.cy } };
const review = JSON.parse(readFileSync(new URL("../../src/messages/cy-review.json", import.meta.url), "utf8")) as ReviewList & {
  sourced: Record<string, { govuk: string; source: string }>;
  holidayNamesWithoutWelsh: { names: string[] };
};


describe("the message catalogues", () => {
  it("are one per language (the engine's, and the renderers'), with the same keys, no key in both parts", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    for (const part of Object.values(parts)) {
      expect(Object.keys(part).sort()).toEqual([...LANGUAGES].sort());
      expect(Object.keys(part.cy).sort()).toEqual(Object.keys(part.en).sort());
    }
    expect(Object.keys(parts.engine.en).filter((key) => Object.hasOwn(parts.renderers.en, key))).toEqual([]);
  });

  it("give every form of a message, in every language, the same placeholders", () => {
    expect(placeholderMismatches(catalogues)).toEqual([]);
  });

  it("write a brace only as a placeholder (a name in braces): a stray one would show in the text", () => {
    expect(strayBraces(catalogues)).toEqual([]);
  });

  it("give a counted message exactly the plural forms of its language (Intl.PluralRules), in both languages or neither", () => {
    expect(pluralFormMistakes(catalogues)).toEqual([]);
    // Welsh has six: "zero", "one", "two", "few", "many", "other".
    expect(new Intl.PluralRules("cy").resolvedOptions().pluralCategories).toHaveLength(6);
  });

  it("name every case flag and jurisdiction", () => {
    const keys = Object.keys(catalogues.en);
    expect(CASE_FLAGS.filter((flag) => !keys.includes(`flag.${flag}`))).toEqual([]);
    expect(JURISDICTIONS.filter((id) => !keys.includes(`jurisdiction.${id}`))).toEqual([]);
  });

  it("hold no message the code does not use (by its key, or by a key made from its prefix)", () => {
    const code = sourceCode();
    const unused = Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`) && !code.includes(`\`${key.slice(0, key.lastIndexOf(".") + 1)}\${`));
    expect(unused).toEqual([]);
  });
});

describe("the Welsh review list (src/messages/cy-review.json)", () => {
  it("accounts for every Welsh string exactly once, with no key the catalogue lacks, a note for each draft and each reviewed string, and as having no words only strings of placeholders and punctuation", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });

  it("takes each sourced string word for word from its source (GOV.UK's Welsh names, as the test fixture holds them)", () => {
    const govuk = JSON.parse(readFileSync(new URL("../fixtures/govuk/bank-holidays.normalized.json", import.meta.url), "utf8")) as { names: Record<string, { cy?: string }> };
    for (const [key, { govuk: name }] of Object.entries(review.sourced)) expect([key, catalogues.cy[key]]).toEqual([key, govuk.names[name]?.cy]);
    expect(Object.keys(review.sourced).length).toBeGreaterThan(0);
  });

  it("names every bank holiday that GOV.UK gives no Welsh name, which Welsh text names in English", () => {
    expect([...review.holidayNamesWithoutWelsh.names].sort()).toEqual(HOLIDAY_NAMES.filter((name) => name.cy === undefined).map((name) => name.en).sort());
  });
});
