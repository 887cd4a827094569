// The site's message catalogue (site/messages): one file per language with the
// same keys, the same placeholders in every form of a message, the plural
// forms each language has, every key used by the site's code, every flag
// explained, and every Welsh string accounted for in the review list.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { placeholderMismatches, pluralFormMistakes, reviewListMistakes, sourceCode, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";
import { CASE_FLAGS, FLAG_MEANINGS, LANGUAGES } from "../../src/index.js";
import { siteList, t, tParts, type SiteKey } from "../../site/messages/index.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../site/messages/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("en.json"), cy: read("cy.json") };
const review = JSON.parse(readFileSync(new URL("../../site/messages/cy-review.json", import.meta.url), "utf8")) as ReviewList;


describe("the site's message catalogue", () => {
  it("is one file per language, with the same keys", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it("gives every form of a message, in every language, the same placeholders", () => {
    expect(placeholderMismatches(catalogues)).toEqual([]);
  });

  it("writes a brace only as a placeholder", () => {
    expect(strayBraces(catalogues)).toEqual([]);
  });

  it("gives a counted message exactly the plural forms of its language, in both languages or neither", () => {
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("explains every case flag in both languages, the English as the library's FLAG_MEANINGS", () => {
    for (const flag of CASE_FLAGS) {
      expect(catalogues.cy[`flag.${flag}.meaning`], flag).toBeTypeOf("string");
      expect(catalogues.en[`flag.${flag}.meaning`], flag).toBe(FLAG_MEANINGS[flag]);
    }
  });

  it("holds no message the site does not use (by its key, or by a key made from its prefix)", () => {
    const code = [sourceCode("site", /\.(ts|html)$/), sourceCode("scripts/site", /\.(ts|html)$/), readFileSync("scripts/build-site.ts", "utf8")].join("\n");
    const unused = Object.keys(catalogues.en).filter((key) => {
      if (code.includes(`"${key}"`)) return false;
      // A key made in the code from a prefix: `event.type.${type}`, `flag.${flag}.meaning`.
      const made = [...code.matchAll(/`([a-z.]+)\.\$\{[^}]+\}(\.[a-zA-Z]+)?`/g)].some(([, prefix, suffix]) => key.startsWith(`${prefix}.`) && (suffix === undefined || key.endsWith(suffix)));
      return !made;
    });
    expect(unused).toEqual([]);
  });

  it("lists every Welsh string in exactly one of review, reviewed and noWords (site/messages/cy-review.json), each draft and reviewed one with a note, and only strings of no words as noWords", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });

  it("fills placeholders with their values as they are, and refuses a message given too few", () => {
    // A title holding braces is put in as written, never read as a placeholder.
    expect(t("en", "calc.policy.option", { issuer: "A {board}", id: "x" })).toBe("A {board} (x)");
    expect(t("cy", "policy.row.escalate", { number: 2 })).toBe("↳ Uwchgyfeirio neu gyfeirio i Gam 2");
    expect(tParts("en", "calc.next.by", { date: 7 })).toEqual([" by ", 7, ""]);
    expect(() => t("en", "calc.next.by")).toThrow(/placeholder \{date\}/);
    expect(() => t("cy", "calc.no-such-key" as SiteKey)).toThrow(`The site's cy catalogue (site/messages/cy.json) has no message "calc.no-such-key".`);
    // Welsh plural forms: 2 takes "two" (dwy broblem), 3 "few".
    expect(t("cy", "calc.policyFile.invalid", { file: "a.json", count: 2 })).toBe("Nid yw a.json yn bolisi dilys: 2 broblem");
    expect(t("cy", "calc.policyFile.invalid", { file: "a.json", count: 3 })).toBe("Nid yw a.json yn bolisi dilys: 3 problem");
    expect(t("en", "calc.policyFile.invalid", { file: "a.json", count: 1 })).toBe("a.json is not a valid policy: 1 problem");
    expect(siteList("cy", ["a", "b", "c"], "or")).toBe("a, b neu c");
    expect(siteList("en", ["a", "b", "c"])).toBe("a, b and c");
    expect(siteList("en", ["a"])).toBe("a");
  });
});
