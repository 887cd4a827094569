import { describe, expect, it } from "vitest";
import { minimalPolicy } from "../policy/minimalPolicy.js";
import { runCli } from "./run.js";

const valid = JSON.stringify(minimalPolicy(), null, 2);
// The second stage's limit (the first "workingDays": 5 is the first stage's 2).
const wrongType = valid.replace('"workingDays": 5', '"workingDays": "5"');
/** "line:column" where `needle` starts in `text`, counted independently of the CLI. */
const positionOf = (text: string, needle: string): string => {
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return `${before.length}:${(before.at(-1) ?? "").length + 1}`;
};
const lineOf = (text: string, needle: string): number => Number(positionOf(text, needle).split(":")[0]);

describe("validate", () => {
  it("exits 0 on valid files, warnings allowed", () => {
    const result = runCli(["validate", "a.json"], { "a.json": valid });
    expect(result.code).toBe(0);
    // minimalPolicy's review date, 2026-03-01, has passed by 2026-11-24.
    expect(result.stdout).toContain(`a.json:${positionOf(valid, '"reviewDue"')}: reviewDue: warning: The review date 2026-03-01 has passed`);
    expect(result.stdout).toContain("1 file checked: 1 valid, 0 invalid; 0 errors, 1 warning");
  });

  it("fails on warnings with --strict", () => {
    expect(runCli(["validate", "--strict", "a.json"], { "a.json": valid }).code).toBe(1);
    expect(runCli(["validate", "--strict", "--today", "2026-01-01", "a.json"], { "a.json": valid }).code).toBe(0);
  });

  it("exits 1 and prints file:line:column: path: message at the real position", () => {
    const result = runCli(["validate", "bad.json"], { "bad.json": wrongType });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`bad.json:${positionOf(wrongType, '"workingDays": "5"')}: stages[1].limit.workingDays: Expected a number, got the text "5".\n`);
    expect(result.stderr).toContain("1 file checked: 0 valid, 1 invalid; 1 error, 0 warnings");
  });

  it("locates unknown references and unknown fields", () => {
    const misspelt = valid.replace('"raising": [\n          "line-manager"', '"raising": [\n          "line-manger"');
    expect(misspelt).not.toBe(valid);
    expect(runCli(["validate", "p.json"], { "p.json": misspelt }).stdout).toContain(
      `p.json:${positionOf(misspelt, '"line-manger"')}: stages[1].actors.raising[0]: "line-manger" is not one of the policy's roles`,
    );
    const unknownField = valid.replace('"title": "Practitioners",', '"title": "Practitioners",\n      "limt": 1,');
    expect(runCli(["validate", "p.json"], { "p.json": unknownField }).stdout).toContain(`p.json:${positionOf(unknownField, '"limt"')}: stages[0].limt: Unknown field "limt"`);
  });

  it("reports JSON syntax errors, comments and duplicate keys with their position", () => {
    const result = runCli(["validate", "a.json", "b.json", "c.json", "d.json"], {
      "a.json": '{\n  "id": "x",\n}',
      "b.json": '{\n  // a comment\n  "id": "x"\n}',
      "c.json": '{\n  "id": "x",\n  "id": "y"\n}',
      "d.json": "",
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("a.json:3:1: (the document): invalid JSON: expected a property name in double quotes");
    expect(result.stdout).toContain("b.json:2:3: (the document): invalid JSON: comments are not allowed in JSON");
    expect(result.stdout).toContain('c.json:3:3: (the document): invalid JSON: the key "id" is given twice in one object');
    expect(result.stdout).toMatch(/d\.json:1:1: \(the document\): invalid JSON/);
  });

  it("survives hostile files: huge nesting and __proto__", () => {
    const result = runCli(["validate", "deep.json", "proto.json"], {
      "deep.json": `${"[".repeat(200_000)}${"]".repeat(200_000)}`,
      "proto.json": valid.replace('"id": "example",', '"id": "example",\n  "__proto__": { "isAdmin": true },'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/deep\.json:1:1: .*(nested too deeply|too deep)/);
    expect(result.stdout).toContain('proto.json:3:3: __proto__: The key "__proto__" is not allowed in a policy.');
  });

  it("expands globs itself, for shells that do not", () => {
    const result = runCli(["validate", "*.json"], { "a.json": valid, "b.json": valid });
    expect(result.stdout).toContain("2 files checked: 2 valid");
  });

  it("speaks JSON for machines", () => {
    const result = runCli(["validate", "--format", "json", "bad.json"], { "bad.json": wrongType });
    const report = JSON.parse(result.stdout) as { valid: boolean; findings: { path: string; line: number; code: string }[] };
    expect(report.valid).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining({ path: "stages[1].limit.workingDays", code: "wrong-type", line: lineOf(wrongType, '"workingDays": "5"') })]);
  });

  it("writes GitHub Actions annotations", () => {
    const result = runCli(["validate", "--format", "github", "bad.json"], { "bad.json": wrongType });
    expect(result.stdout).toBe(
      `::error file=bad.json,line=${lineOf(wrongType, '"workingDays": "5"')},col=${positionOf(wrongType, '"workingDays": "5"').split(":")[1]},title=wrong-type at stages[1].limit.workingDays::Expected a number, got the text "5".\n`,
    );
  });

  it.each([
    [["validate"], /name at least one policy file/],
    [["validate", "--format", "xml", "a.json"], /--format must be one of text, json, github/],
    [["validate", "--colour", "a.json"], /Unknown option '--colour'/],
    [["validate", "--today", "tomorrow", "a.json"], /Invalid --today "tomorrow"/],
    [["validate", "missing/*.json"], /no files match "missing\/\*\.json"/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("exits 2 on a usage error: %j", (argv, message) => {
    const result = runCli(argv, { "a.json": valid });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("reports a missing file as invalid, not as a crash", () => {
    const result = runCli(["validate", "nope.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/nope\.json:1:1: \(the document\): cannot read the file: ENOENT/);
  });
});
