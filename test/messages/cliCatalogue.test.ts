// The command line's catalogue (src/messages/cli): the laws every catalogue
// keeps (test/catalogueLaws.ts), every key used by src/cli and every Welsh
// string accounted for in its review list; and, as the Welsh is drafted
// inside help texts and usage errors, the option names and command names a
// reader types kept exactly as in English.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { DateOutOfRangeError, InvalidDateError, parseIsoDate } from "../../src/calendar/isoDate.js";
import { UsageError } from "../../src/cli/io.js";
import { parseArgsMessage } from "../../src/cli/main.js";
import { dateOption } from "../../src/cli/options.js";
import { LANGUAGES } from "../../src/index.js";
import { forms, placeholderMismatches, pluralFormMistakes, reviewListMistakes, sourceCode, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/cli/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("en.json"), cy: read("cy.json") };
const review = JSON.parse(readFileSync(new URL("../../src/messages/cli/cy-review.json", import.meta.url), "utf8")) as ReviewList;

/** The tokens of a text a reader types as they stand: option names, and a command after the program's name. */
const typed = (text: string): string[] => [...new Set([...text.matchAll(/--[a-z][a-z-]*|safeguarding-escalation [a-z]+(?= --help)/g)].map((found) => found[0]))].sort();

describe("the command line's catalogue (src/messages/cli)", () => {
  it("has the same keys in each language", () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
    expect(LANGUAGES.every((lang) => lang in catalogues)).toBe(true);
  });

  it("gives every form of a message, in every language, the same placeholders", () => {
    expect(placeholderMismatches(catalogues)).toEqual([]);
  });

  it("writes a brace only as a placeholder (literal braces in help are the {lbrace} and {rbrace} placeholders)", () => {
    expect(strayBraces(catalogues)).toEqual([]);
  });

  it("gives a counted message exactly the plural forms of its language", () => {
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("keeps option names and the commands of 'Run ... --help' as in English, in every form of the Welsh", () => {
    const changed = Object.keys(catalogues.en).flatMap((key) => {
      const expected = typed(forms(catalogues.en[key] as Entry).join("\n"));
      return forms(catalogues.cy[key] as Entry)
        .filter((text) => JSON.stringify(typed(text)) !== JSON.stringify(expected))
        .map((text) => `${key}: ${JSON.stringify(typed(text))} for ${JSON.stringify(expected)}`);
    });
    expect(changed).toEqual([]);
  });

  it("keeps each help's command names as in English: the commands listed in the top-level help, and each usage line's", () => {
    for (const command of ["validate", "timeline", "assess", "flowchart", "sweep", "report"]) {
      expect(catalogues.cy["help.main"]).toMatch(new RegExp(`^  ${command} `, "m"));
      expect(catalogues.cy[`help.${command}`]).toMatch(new RegExp(`^Defnydd: safeguarding-escalation ${command} `));
    }
  });

  it("holds no message src/cli does not use", () => {
    const code = sourceCode("src/cli");
    expect(Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });
});

describe("the command line's Welsh review list (src/messages/cli/cy-review.json)", () => {
  it("accounts for every Welsh string exactly once, with no key the catalogue lacks, a note for each draft and each reviewed string, and as having no words only strings of placeholders and punctuation", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });
});

describe("English moved into the catalogue unchanged", () => {
  it.each(["2026-02-30", "2024-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "24/12/2026", "2026-1-1", "", "2100-01-01", "1999-12-31", "1999-02-29"])(
    "a bad date %j: the sentence parseIsoDate writes",
    (value) => {
      let expected = "";
      try {
        parseIsoDate(value, "--as-of");
      } catch (error) {
        if (!(error instanceof InvalidDateError || error instanceof DateOutOfRangeError)) throw error;
        expected = error.message;
      }
      expect(expected).not.toBe("");
      expect(() => dateOption(value, "--as-of")).toThrow(UsageError);
      try {
        dateOption(value, "--as-of");
      } catch (error) {
        expect((error as UsageError).in("en")).toBe(expected);
        expect((error as UsageError).message).toBe(expected);
      }
    },
  );

  it.each([
    [["--nope"], {}, true],
    [["--nope"], {}, false],
    [["-n"], {}, false],
    [["--policy"], { policy: { type: "string" } }, false],
    [["-p"], { policy: { type: "string", short: "p" } }, false],
    [["--policy", "--json"], { policy: { type: "string" }, json: { type: "boolean" } }, false],
    [["--json=yes"], { json: { type: "boolean" } }, false],
    [["stray"], {}, false],
  ] as const)("parseArgs's error for %j: its first sentence, in English, as before; in Welsh, the catalogue's", (args, options, allowPositionals) => {
    let thrown: unknown;
    try {
      parseArgs({ args: [...args], options, allowPositionals });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    // What the command line wrote before the catalogue: Node's message up to its first full stop.
    const before = ((thrown as Error).message.split(/\.\s/)[0] ?? "").replace(/\.$/, "");
    expect(parseArgsMessage(thrown as TypeError, "en")).toBe(before);
    // Every form this Node writes is one the catalogue words: none falls back to Node's English inside Welsh words.
    expect(parseArgsMessage(thrown as TypeError, "cy")).not.toContain(before);
  });

  it("an error of parseArgs's in a form not known: its English sentence, inside Welsh words", () => {
    const error = Object.assign(new TypeError("Something new. More."), { code: "ERR_PARSE_ARGS_SOMETHING" });
    expect(parseArgsMessage(error, "en")).toBe("Something new");
    expect(parseArgsMessage(error, "cy")).toBe("ni ellir darllen y llinell orchymyn: Something new");
  });
});
