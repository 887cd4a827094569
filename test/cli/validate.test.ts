import { parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/cli/jsonSource.js";
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
    expect(runCli(["validate", "p.json"], { "p.json": unknownField }).stdout).toContain(`p.json:${positionOf(unknownField, '"limt"')}: stages[0].limt: "limt" is not a field of a stage; did you mean "limit"?`);
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
    [["constructor"], /unknown command "constructor"/],
  ])("exits 2 on a usage error: %j", (argv, message) => {
    const result = runCli(argv, { "a.json": valid });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("reports a missing file or a folder as invalid, not as a crash", () => {
    const result = runCli(["validate", "nope.json", "."]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("nope.json:1:1: (the document): cannot read the file: there is no such file\n");
    expect(result.stdout).toContain(".:1:1: (the document): cannot read the file: it is a folder, not a file\n");
  });

  it("reports every error in a file in one run: the schema's and the references'", () => {
    const both = wrongType.replace('"raising": [\n          "line-manager"', '"raising": [\n          "line-manger"');
    expect(both).not.toBe(wrongType);
    const result = runCli(["validate", "p.json"], { "p.json": both });
    // In the order they stand in the file: the stage's actors come before its limit.
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^p\\.json:${positionOf(both, '"line-manger"')}: stages\\[1\\]\\.actors\\.raising\\[0\\]: "line-manger" is not one of the policy's roles`)),
      `p.json:${positionOf(both, '"workingDays": "5"')}: stages[1].limit.workingDays: Expected a number, got the text "5".`,
    ]);
  });

  it("says when a field is not in the language, rather than guess at a spelling", () => {
    const extra = valid.replace('"title": "Practitioners",', '"title": "Practitioners",\n      "escalate": true,');
    expect(runCli(["validate", "p.json"], { "p.json": extra }).stdout).toContain(
      `p.json:${positionOf(extra, '"escalate"')}: stages[0].escalate: "escalate" is not a field of a stage; did you mean "escalateBy"?`,
    );
    const unknown = valid.replace('"title": "Practitioners",', '"title": "Practitioners",\n      "deadline": 3,');
    expect(runCli(["validate", "p.json"], { "p.json": unknown }).stdout).toMatch(/stages\[0\]\.deadline: "deadline" is not a field of a stage; the fields are: id, number, title, actors, limit, /);
  });

  it("refuses a byte-order mark, UTF-16 and text that is not UTF-8, saying how to save the file", () => {
    const withFiles = runCli(["validate", "bom.json", "utf16.json", "latin1.json"], {
      "bom.json": `\uFEFF${valid}`,
      "utf16.json": Buffer.from(`\uFEFF${valid}`, "utf16le"),
      "latin1.json": Buffer.from(valid.replace("Example protocol", "Protocole \u00e9crit"), "latin1"),
    });
    expect(withFiles.code).toBe(1);
    expect(withFiles.stdout).toBe(
      [
        "bom.json:1:1: (the document): the file starts with a UTF-8 byte-order mark, which JSON does not allow; save it as UTF-8 without a BOM",
        "utf16.json:1:1: (the document): the file is saved as UTF-16; save it as UTF-8 (without a BOM)",
        "latin1.json:1:1: (the document): the file is not UTF-8 text; save it as UTF-8 (without a BOM)",
        "",
      ].join("\n"),
    );
  });

  it("stops reading at the size limit, by bytes read: a file one byte over, and an endless device", () => {
    // Padding a valid policy with spaces to exactly the limit keeps it valid.
    const atLimit = valid + " ".repeat(MAX_FILE_BYTES - Buffer.byteLength(valid));
    expect(runCli(["validate", "--today", "2026-01-01", "a.json"], { "a.json": atLimit }).code).toBe(0);
    const over = runCli(["validate", "a.json", "/dev/zero"], { "a.json": `${atLimit} ` });
    expect(over.code).toBe(1);
    expect(over.stdout).toBe(
      [`a.json:1:1: (the document): the file is larger than ${MAX_FILE_BYTES} bytes, the most a policy or case file may have`, `/dev/zero:1:1: (the document): the file is larger than ${MAX_FILE_BYTES} bytes, the most a policy or case file may have`, ""].join("\n"),
    );
  });

  it("finds a key given twice at any depth the JSON parser accepts", () => {
    // The deepest nesting (in steps of 500) this parser reads on this stack.
    let depth = 500;
    while (depth < 20_000) {
      try {
        parseTree(`${"[".repeat(depth + 500)}${"]".repeat(depth + 500)}`);
        depth += 500;
      } catch {
        break;
      }
    }
    const text = `${"[".repeat(depth)}{"a":1,"a":2}${"]".repeat(depth)}`;
    const result = runCli(["validate", "deep.json"], { "deep.json": text });
    expect(result.stdout).toBe(`deep.json:1:${depth + 8}: (the document): invalid JSON: the key "a" is given twice in one object\n`);
  });

  it("words every kind of syntax error in a sentence", () => {
    const result = runCli(["validate", "tab.json", "escape.json", "number.json"], { "tab.json": '{"id": "a\tb"}', "escape.json": '{"id": "C:\\x"}', "number.json": '{"n": 1.}' });
    expect(result.stdout).toBe(
      [
        "tab.json:1:8: (the document): invalid JSON: a control character (a tab, a line break) inside text must be escaped, as \\t or \\n",
        'escape.json:1:8: (the document): invalid JSON: a backslash in text must start an escape such as \\n, \\" or \\\\',
        "number.json:1:7: (the document): invalid JSON: a number ends too soon",
        "",
      ].join("\n"),
    );
  });

  it("lists the first ten syntax errors and counts the rest", () => {
    // 5,000 numbers with no commas between them: 4,999 missing commas.
    const result = runCli(["validate", "commas.json"], { "commas.json": `[${"1 ".repeat(5_000)}]` });
    const lines = result.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("commas.json:1:4: (the document): invalid JSON: expected a comma");
    expect(lines[10]).toBe("commas.json:1:24: (the document): invalid JSON: 4989 more syntax errors after these are not listed");
  });

  it("takes time in proportion to the number of unknown keys, not its square", () => {
    const timed = (count: number): number => {
      const policy = minimalPolicy();
      for (let index = 0; index < count; index++) policy[`k${index}`] = 1;
      const started = performance.now();
      const result = runCli(["validate", "many.json"], { "many.json": JSON.stringify(policy, null, 2) });
      expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(count);
      return performance.now() - started;
    };
    // The fastest of three runs of each size, to keep a pause of the machine's out of the ratio.
    const fastest = (count: number): number => Math.min(timed(count), timed(count), timed(count));
    const small = fastest(4_000);
    const large = fastest(40_000);
    // Ten times the keys: about ten times the time if linear; a hundred if quadratic, as locating each key by a scan was.
    expect(large).toBeLessThan(Math.max(small, 10) * 40);
    // Six runs over up to 40,000 keys take about 3 s on an idle machine: the point is the ratio, not the time.
  }, 60_000);
});

describe("validate: case files", () => {
  const caseFile = (events: unknown[], extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ $schema: "../node_modules/safeguarding-escalation/schema/case.schema.json", policy: "swindon", raisedOn: "2026-12-23", ...extra, events }, null, 2);
  const good = caseFile([{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }]);

  it("checks a file whose $schema names case.schema.json as a case, against the policy it names", () => {
    const bad = caseFile([
      { type: "stage-entered", stage: "stage-9", on: "2026-12-29" },
      { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-20" },
    ]);
    const result = runCli(["validate", "good.json", "bad.json", "policies.json"], { "good.json": good, "bad.json": bad, "policies.json": valid });
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("bad.json"))).toEqual([
      `bad.json:${positionOf(bad, '"stage": "stage-9"')}: events[0].stage: "stage-9" is not a stage of swindon (stage-1, stage-2, stage-3, stage-4, stage-5).`,
      `bad.json:${positionOf(bad, '"on": "2026-12-20"')}: events[1].on: This event (2026-12-20) is before the disagreement arose (2026-12-23).`,
    ]);
    expect(result.stdout).not.toContain("good.json");
    // The policy beside them is still checked as a policy.
    expect(result.stdout).toContain("policies.json:");
    expect(result.stderr).toContain("3 files checked: 2 valid, 1 invalid; 2 errors, 1 warning");
  });

  it("takes any file as a case with --case, and the policy from --policy", () => {
    const plain = JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", events: [] });
    expect(runCli(["validate", "--case", "case.json"], { "case.json": plain }).code).toBe(0);
    const trafford = runCli(["validate", "--case", "--policy", "trafford", "case.json"], { "case.json": plain });
    expect(trafford.code).toBe(1);
    expect(trafford.stdout).toContain('case.json:1:2: policy: The case follows policy "swindon", not "trafford".');
    // Without --case and without $schema, the same file is read as a policy.
    expect(runCli(["validate", "case.json"], { "case.json": plain }).stdout).toContain("case.json:1:1: id: This field is required");
  });

  it("says when a case's policy is not bundled", () => {
    const elsewhere = caseFile([], { policy: "elsewhere" });
    const result = runCli(["validate", "case.json", "--format", "json"], { "case.json": elsewhere });
    const report = JSON.parse(result.stdout) as { findings: { code: string; line: number }[] };
    expect(report.findings).toEqual([expect.objectContaining({ code: "unknown-policy", line: lineOf(elsewhere, '"policy"') })]);
  });

  it("refuses an unknown key in a case file, where a policy file's $schema would not be allowed either", () => {
    const typo = caseFile([], { raisedon: "2026-12-23" });
    const result = runCli(["validate", "case.json"], { "case.json": typo });
    expect(result.stdout).toContain(`case.json:${positionOf(typo, '"raisedon"')}: raisedon:`);
  });
});
