// A refused case on the command line, in Welsh with --lang cy: the case's
// issues (src/messages/caseIssues) and the problems of reading a file of cases
// (src/messages/caseFiles) that sweep, report and assess print; English, the
// default, as before. And the case files' catalogue keeps the laws of every
// catalogue.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forms, placeholderMismatches, pluralFormMistakes, reviewListMistakes, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";
import { runCli, runCliAsync } from "../cli/run.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/caseFiles/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("en.json"), cy: read("cy.json") };
const review = JSON.parse(readFileSync(new URL("../../src/messages/caseFiles/cy-review.json", import.meta.url), "utf8")) as ReviewList;

// Rochdale, raised Friday 20 November 2026, swept on Friday 27 November.
const CASE = { policy: "rochdale", raisedOn: "2026-11-20", events: [] };
const lines = (...records: unknown[]): string => records.map((record) => (typeof record === "string" ? record : JSON.stringify(record))).join("\n");
const sweep = (file: string, text: string, ...options: string[]) => runCliAsync(["sweep", file, "--as-of", "2026-11-27", ...options], { [file]: text });
/** The findings on stderr, one a line, without the summary. */
const findings = (stderr: string): string[] => stderr.split("\n").filter((line) => /^[^ ]+:\d+:\d+: /.test(line));

// Each input that makes a problem of its own, in every format a file of cases may take.
const INPUTS: Record<string, [file: string, text: string, ...options: string[]]> = {
  "cases of a JSON lines file": [
    "cases.jsonl",
    lines(
      { ...CASE, events: [{ type: "stage-entered", stage: "stage-9", on: "2026-11-23" }] },
      { ...CASE, id: "" },
      "5",
      "{",
      { ...CASE, events: [{ type: "stage-entered", stage: "stage-2", on: "2026-11-30" }] },
      { ...CASE, raisedOn: "2026-12-01" },
      { ...CASE, notes: "x" },
    ),
  ],
  "a line too long": ["cases.jsonl", `${" ".repeat(1024 * 1024 + 1)}x`, "--input", "jsonl"],
  "a JSON array with a comma first": ["cases.json", `[, ${JSON.stringify(CASE)}]`],
  "a JSON array with two commas": ["cases.json", `[${JSON.stringify(CASE)},, ${JSON.stringify(CASE)}]`],
  "a JSON array with a trailing comma": ["cases.json", `[${JSON.stringify(CASE)},]`],
  "a JSON array with no comma between cases": ["cases.json", `[${JSON.stringify(CASE)} ${JSON.stringify(CASE)}]`],
  "a JSON array with a brace that closes nothing": ["cases.json", `[${JSON.stringify(CASE)}, }]`],
  "a JSON array not closed": ["cases.json", `[${JSON.stringify(CASE)}`],
  "a JSON array with more after it": ["cases.json", `[${JSON.stringify(CASE)}] x`],
  "a JSON array with an item too large": ["cases.json", `["${"x".repeat(1024 * 1024 + 1)}"]`],
  "no JSON array at all": ["cases.json", "x", "--input", "json"],
  "an empty JSON array file": ["cases.json", " ", "--input", "json"],
  "a JSON array file with a byte-order mark": ["cases.json", `\uFEFF[${JSON.stringify(CASE)}]`],
  "a CSV whose events are not JSON, and a record too long": ["cases.csv", 'policy,raisedOn,events\nrochdale,2026-11-20,"[x]"\nrochdale,2026-11-20,[],x\n'],
  "a CSV with an unknown column and one twice": ["cases.csv", "policy,raisedOn,evnets,policy\nrochdale,2026-11-20,[],rochdale\n"],
};

const outputs = new Map<string, { en: string; cy: string }>();
async function both(name: string): Promise<{ en: string; cy: string }> {
  let found = outputs.get(name);
  if (found === undefined) {
    const [file, text, ...options] = INPUTS[name] as [string, string, ...string[]];
    found = { en: (await sweep(file, text, ...options)).stderr, cy: (await sweep(file, text, ...options, "--lang", "cy")).stderr };
    outputs.set(name, found);
  }
  return found;
}

// A message of the catalogue as a pattern that finds it inside a line, any placeholder standing for any text.
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patternOf = (text: string): RegExp => new RegExp(text.split(/\{[A-Za-z]+\}/).map(escape).join(".+?"));

describe("a refused case on the command line, in Welsh", () => {
  it.each(Object.keys(INPUTS))("%s: the same findings at the same places, each in Welsh", async (name) => {
    const { en, cy } = await both(name);
    const english = findings(en);
    const welsh = findings(cy);
    expect(english.length).toBeGreaterThan(0);
    // The place of each finding (file, line, column) is the same; its words differ.
    expect(welsh.map((line) => /^[^ ]+:\d+:\d+:/.exec(line)?.[0])).toEqual(english.map((line) => /^[^ ]+:\d+:\d+:/.exec(line)?.[0]));
    welsh.forEach((line, index) => {
      expect(line).not.toBe(english[index]);
      expect(line).not.toMatch(/\{[A-Za-z]+\}/);
    });
  }, 60_000);

  it("uses every message of the case files' catalogue, in each language", async () => {
    const all = { en: "", cy: "" };
    for (const name of Object.keys(INPUTS)) {
      const { en, cy } = await both(name);
      all.en += en;
      all.cy += cy;
    }
    for (const lang of ["en", "cy"] as const) {
      const missing = Object.entries(catalogues[lang]).filter(([, entry]) => !forms(entry).some((form) => patternOf(form).test(all[lang])));
      expect([lang, missing.map(([key]) => key)]).toEqual([lang, []]);
    }
  }, 60_000);

  it("writes the case's issues and the file's problems as a Welsh speaker would (a sample, checked by hand)", async () => {
    const { cy } = await both("cases of a JSON lines file");
    expect(findings(cy)).toEqual([
      'cases.jsonl:1:80: events[0].stage: Nid yw "stage-9" yn un o gamau rochdale (stage-1, stage-2, stage-3, stage-4, stage-5, stage-6).',
      'cases.jsonl:2:58: id: Rhaid i id yr achos fod yn destun o 1 i 200 nod neu\'n rhif cyfan; cafwyd "".',
      'cases.jsonl:3:1: (y ddogfen): Gwrthrych JSON yw achos ({ "policy": ..., "raisedOn": ..., "events": [...] }); cafwyd 5.',
      expect.stringMatching(/^cases\.jsonl:4:2: \(y ddogfen\): JSON annilys: /),
      "cases.jsonl:5:98: events[0].on: Mae'r digwyddiad hwn (2026-11-30) ar ôl dyddiad yr asesiad, 2026-11-27.",
      "cases.jsonl:6:22: raisedOn: Cododd yr anghytundeb ar 2026-12-01, ar ôl dyddiad yr asesiad, 2026-11-27: nid oes dim i'w asesu eto.",
      'cases.jsonl:7:58: notes: Maes anhysbys "notes": gwiriwch ei sillafu, neu dilëwch ef.',
    ]);
    const csv = await both("a CSV with an unknown column and one twice");
    expect(findings(csv.cy)).toEqual([expect.stringMatching(/^cases\.csv:1:1: \(y ddogfen\): colofn anhysbys "evnets"; rhoddir y golofn "policy" ddwywaith: y colofnau yw id, policy, raisedOn, /)]);
    expect(findings(csv.en)).toEqual([expect.stringMatching(/^cases\.csv:1:1: \(the document\): unknown column "evnets"; the column "policy" is given twice: the columns are id, policy, raisedOn, /)]);
  });

  it("keeps the English of each finding as it was", async () => {
    const { en } = await both("cases of a JSON lines file");
    expect(findings(en).slice(0, 3)).toEqual([
      'cases.jsonl:1:80: events[0].stage: "stage-9" is not a stage of rochdale (stage-1, stage-2, stage-3, stage-4, stage-5, stage-6).',
      "cases.jsonl:2:58: id: The case's id must be a text of 1 to 200 characters or a whole number; got \"\".",
      'cases.jsonl:3:1: (the document): A case is a JSON object ({ "policy": ..., "raisedOn": ..., "events": [...] }); got 5.',
    ]);
  });

  it("refuses a case file that cannot be read, in Welsh", async () => {
    const result = await runCliAsync(["sweep", "missing.jsonl", "--lang", "cy"]);
    expect(result.stderr).toContain("missing.jsonl:1:1: (y ddogfen): ni ellir darllen y ffeil: nid oes ffeil o'r fath");
  });

  it("refuses a case in Welsh in report and assess too", async () => {
    const bad = { ...CASE, events: [{ type: "stage-entered", stage: "stage-9", on: "2026-11-23" }] };
    const report = await runCliAsync(["report", "cases.jsonl", "--policy", "rochdale", "--from", "2026-11-01", "--to", "2026-11-27", "--as-of", "2026-11-27", "--lang", "cy"], { "cases.jsonl": lines(bad) });
    expect(report.stderr).toContain('cases.jsonl:1:80: events[0].stage: Nid yw "stage-9" yn un o gamau rochdale (');
    const assess = runCli(["assess", "case.json", "--as-of", "2026-11-27", "--lang", "cy"], { "case.json": JSON.stringify(bad) });
    expect(assess.stderr).toContain('events[0].stage: Nid yw "stage-9" yn un o gamau rochdale (');
  });
});

describe("the case files' catalogue (src/messages/caseFiles)", () => {
  it("has the same keys in each language, the same placeholders in every form, braces only as placeholders, and each language's plural forms", () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
    expect(placeholderMismatches(catalogues)).toEqual([]);
    expect(strayBraces(catalogues)).toEqual([]);
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("holds no message the code does not name", () => {
    const code = ["cli/caseRecords.ts", "cli/caseInput.ts"].map((file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8")).join("\n");
    expect(Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });

  it("accounts for every Welsh string in cy-review.json exactly once, each with a note", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });
});
