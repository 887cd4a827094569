// describeValueIn: describeValue's words (src/messages/values/) in each
// language. The English through the catalogue is describeValue's, byte for
// byte, for any value; the Welsh differs only in its words.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/describeValue.js";
import { describeFoundIn, describeValueIn } from "../../src/messages/values.js";
import { placeholderMismatches, pluralFormMistakes, reviewListMistakes, sourceCode, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/values/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("en.json"), cy: read("cy.json") };
const review = JSON.parse(readFileSync(new URL("../../src/messages/values/cy-review.json", import.meta.url), "utf8")) as ReviewList;

describe("describeValueIn", () => {
  it("is describeValue in English, for any value", () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) => describeValueIn(value, "en") === describeValue(value)));
    expect(describeValueIn(new Array(2 ** 32 - 1), "en")).toBe(describeValue(new Array(2 ** 32 - 1)));
    expect(describeValueIn(10n ** 100n, "en")).toBe("10000000000000000000...n (101 digits)");
  });

  it("writes Welsh words around the same data", () => {
    expect(describeValueIn("2026-02-30", "cy")).toBe('"2026-02-30"');
    expect(describeValueIn({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, "cy")).toBe("{ a: 1, b: 2, c: 3, d: 4, ... 2 yn rhagor }");
    expect(describeValueIn([1, , 3], "cy")).toBe("[1, <gwag>, 3]"); // eslint-disable-line no-sparse-arrays
    expect(describeValueIn(10n ** 100n, "cy")).toBe("10000000000000000000...n (101 digid)");
    expect(describeValueIn(() => undefined, "cy")).toBe("function (dienw)");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValueIn(proxy, "cy")).toBe("gwrthrych");
    expect(describeValueIn({ get x() { return 1; } }, "cy")).toBe("{ x: [getter] }");
  });
});

describe("describeFoundIn", () => {
  it("names text as text, and nothing as nothing", () => {
    expect(describeFoundIn("5", "en")).toBe('the text "5"');
    expect(describeFoundIn(undefined, "en")).toBe("nothing");
    expect(describeFoundIn(5, "en")).toBe("5");
    expect(describeFoundIn("5", "cy")).toBe('y testun "5"');
    expect(describeFoundIn(undefined, "cy")).toBe("dim byd");
  });
});

describe("the catalogue of a value's words (src/messages/values/)", () => {
  it("keeps the laws of every catalogue", () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
    expect(placeholderMismatches(catalogues)).toEqual([]);
    expect(strayBraces(catalogues)).toEqual([]);
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("accounts for every Welsh string once in values/cy-review.json, each with a note", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });

  it("holds no message the code does not use", () => {
    const code = sourceCode();
    expect(Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });
});
