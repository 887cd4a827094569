import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/cli/jsonSource.js";
import { policies } from "../../src/policy/bundled.js";
import { minimalPolicy } from "../policy/minimalPolicy.js";
import { fakeTerminal, runCliAsync } from "./run.js";

// Rochdale, raised Friday 20 November 2026: "each individual stage ... within
// 5 working days" from the day it arose, so Stage 1 is due Friday 27 November
// (23, 24, 25, 26, 27: no bank holiday in England that week). Trafford, raised
// Friday 27 November: Stage 1 "within one working day", due Monday 30 November.
const ROCHDALE = { id: "R-1", policy: "rochdale", raisedOn: "2026-11-20", events: [] };
const TRAFFORD = { id: 7, policy: "trafford", raisedOn: "2026-11-27", events: [] };

// On Friday 27 November: Rochdale's Stage 1 is due today, overdue from the next day (Saturday 28th);
// Trafford's has one working day left (due soon), and is due today on Monday 30th.
const ROCHDALE_ROW = {
  id: "R-1",
  policy: "rochdale",
  stage: "stage-1",
  state: "due-today",
  due: "2026-11-27",
  nearestKind: "stage",
  nearestId: "stage-1",
  nearestDue: "2026-11-27",
  escalationRequiredNow: false,
  escalationOverdue: false,
  overdueDuties: 0,
  nextChange: "2026-11-28",
};
const TRAFFORD_ROW = { ...ROCHDALE_ROW, id: 7, policy: "trafford", state: "due-soon", due: "2026-11-30", nearestDue: "2026-11-30", nextChange: "2026-11-30" };

const jsonLines = (...records: unknown[]): string => records.map((record) => (typeof record === "string" ? record : JSON.stringify(record))).join("\n");
const rows = (stdout: string): unknown[] =>
  stdout
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);

describe("sweep: JSON lines", () => {
  it("writes one row per case, numbered by its line; blank lines are skipped", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": `${jsonLines(ROCHDALE, "", TRAFFORD)}\n` });
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      { line: 1, ...ROCHDALE_ROW },
      { line: 3, ...TRAFFORD_ROW },
    ]);
    expect(result.stderr).toBe("2 cases read: 2 triaged (1 due-today, 1 due-soon), 0 refused\n");
  });

  it("triages on today in London unless --as-of says", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl"], { "cases.jsonl": jsonLines(ROCHDALE) }, "2026-11-26");
    // Thursday 26 November: one working day left before Friday 27th.
    expect(rows(result.stdout)).toEqual([{ line: 1, ...ROCHDALE_ROW, state: "due-soon", nextChange: "2026-11-27" }]);
  });

  it("reports a refused case at its line and column, goes on, and exits 1", async () => {
    const input = jsonLines(
      ROCHDALE,
      { ...ROCHDALE, raisedOn: "2026-11-31" },
      "not json",
      { ...ROCHDALE, policy: "nowhere" },
      { ...TRAFFORD, id: { nested: true } },
      // An event after --as-of is refused by triage, not by parseCase: still this case's fault.
      { ...TRAFFORD, events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-01" }] },
      [1, 2],
      TRAFFORD,
    );
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": input });
    expect(result.code).toBe(1);
    expect(rows(result.stdout)).toEqual([
      { line: 1, ...ROCHDALE_ROW },
      { line: 8, ...TRAFFORD_ROW },
    ]);
    const lines = result.stderr.split("\n");
    expect(lines).toContain('cases.jsonl:2:33: raisedOn: The text "2026-11-31" is not a valid date.');
    expect(lines).toContain("cases.jsonl:3:1: (the document): invalid JSON: unexpected character");
    expect(lines.some((line) => line.startsWith('cases.jsonl:4:13: policy: The case names the policy "nowhere", which is not bundled'))).toBe(true);
    expect(lines.some((line) => line.startsWith("cases.jsonl:5:2: id: The case's id must be a text of 1 to 200 characters or a whole number"))).toBe(true);
    expect(lines.some((line) => /^cases\.jsonl:6:\d+: events\[0\]\.on: This event \(2026-12-01\) is after the assessment date 2026-11-27\.$/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith("cases.jsonl:7:1: (the document): A case is a JSON object"))).toBe(true);
    expect(lines).toContain("8 cases read: 2 triaged (1 due-today, 1 due-soon), 6 refused");
  });

  it("refuses a line longer than a case may be without holding it, and reads the next", async () => {
    const long = JSON.stringify({ ...ROCHDALE, padding: "x".repeat(MAX_FILE_BYTES) });
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": jsonLines(long, TRAFFORD) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cases.jsonl:1:1: (the document): the line is longer than ${MAX_FILE_BYTES} bytes`);
    expect(rows(result.stdout)).toEqual([{ line: 2, ...TRAFFORD_ROW }]);
  });

  it("refuses a byte-order mark, a key given twice and text that is not UTF-8, each on its own line", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${JSON.stringify(ROCHDALE)}\n{"policy":"rochdale","policy":"trafford"}\n{"id":"`),
      Buffer.from([0xff]),
      Buffer.from(`"}\r\n${JSON.stringify(TRAFFORD)}\r\n`),
    ]);
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": bytes });
    expect(result.stderr).toContain("cases.jsonl:1:1: (the document): the line starts with a UTF-8 byte-order mark");
    expect(result.stderr).toContain('cases.jsonl:2:22: (the document): invalid JSON: the key "policy" is given twice in one object');
    expect(result.stderr).toContain("cases.jsonl:3:1: (the document): the line is not UTF-8 text");
    expect(rows(result.stdout)).toEqual([{ line: 4, ...TRAFFORD_ROW }]);
  });

  it("reads standard input for -", async () => {
    async function* stdin() {
      yield `${JSON.stringify(ROCHDALE).slice(0, 20)}`;
      yield `${JSON.stringify(ROCHDALE).slice(20)}\n${JSON.stringify(TRAFFORD)}`;
    }
    const result = await runCliAsync(["sweep", "-", "--as-of", "2026-11-27"], {}, "2026-11-24", { stdin });
    expect(rows(result.stdout)).toEqual([
      { line: 1, ...ROCHDALE_ROW },
      { line: 2, ...TRAFFORD_ROW },
    ]);
  });
});

describe("sweep: a JSON array and CSV", () => {
  it("reads a JSON array case by case, numbering each by the line it starts on", async () => {
    const input = `  [\n  ${JSON.stringify(ROCHDALE)},\n  {"policy": "trafford",\n   "raisedOn": "2026-11-40", "events": []},\n  ${JSON.stringify(TRAFFORD)}\n]\n`;
    const result = await runCliAsync(["sweep", "cases.json", "--as-of", "2026-11-27"], { "cases.json": input });
    expect(rows(result.stdout)).toEqual([
      { line: 2, ...ROCHDALE_ROW },
      { line: 5, ...TRAFFORD_ROW },
    ]);
    // The bad date is on line 4, its key at column 4 (after three spaces).
    expect(result.stderr).toContain('cases.json:4:4: raisedOn: The text "2026-11-40" is not a valid date.');
    expect(result.code).toBe(1);
  });

  it("reports what breaks the array itself, and still reads every case it can", async () => {
    // Columns count as the parser counts them: "é" is one.
    const input = `[{"x": "é"} {"policy": "trafford", "raisedOn": "2026-11-27", "events": []},, 17 ]}`;
    const result = await runCliAsync(["sweep", "cases.json", "--as-of", "2026-11-27"], { "cases.json": input });
    expect(result.stderr.split("\n").slice(0, -2)).toEqual([
      "cases.json:1:2: policy: The case names no policy: pass --policy <id or file>.",
      "cases.json:1:13: (the document): invalid JSON: expected a comma before this case",
      "cases.json:1:76: (the document): invalid JSON: two commas with no case between them",
      "cases.json:1:78: (the document): A case is a JSON object ({ \"policy\": ..., \"raisedOn\": ..., \"events\": [...] }); got 17.",
      "cases.json:1:82: (the document): invalid JSON: expected the end of the input after the ] that closes the array",
    ]);
    expect(rows(result.stdout)).toEqual([{ line: 1, ...TRAFFORD_ROW, id: null }]);
  });

  it("reports an array that is not closed", async () => {
    const result = await runCliAsync(["sweep", "cases.json", "--as-of", "2026-11-27"], { "cases.json": `[${JSON.stringify(TRAFFORD)},\n` });
    expect(rows(result.stdout)).toEqual([{ line: 1, ...TRAFFORD_ROW }]);
    expect(result.stderr).toContain("cases.json:2:1: (the document): invalid JSON: the array of cases is not closed: expected ] at the end");
    expect(result.code).toBe(1);
  });

  it("reads CSV with a header row, the events as a JSON array in one (quoted) cell", async () => {
    const events = JSON.stringify([{ type: "stage-entered", stage: "stage-2", on: "2026-11-23" }]).replace(/"/g, '""');
    const input = [
      "id,policy,raisedOn,flags,events",
      "R-1,rochdale,2026-11-20,,",
      // A quoted cell may span lines: the case is numbered by the line it starts on.
      `R-2,rochdale,2026-11-20,,"${events.replace(',""stage""', ',\n""stage""')}"`,
      "R-3,rochdale,2026-11-20,,[oops",
      "R-4,rochdale,2026-11-20,,[],extra",
      "7,trafford,2026-11-27,,",
    ].join("\r\n");
    const result = await runCliAsync(["sweep", "cases.csv", "--as-of", "2026-11-27"], { "cases.csv": input });
    // R-2 entered Stage 2 on Monday 23 November: its 5 working days run to Monday 30 November,
    // which is one working day after Friday 27th: due soon.
    expect(rows(result.stdout)).toEqual([
      { line: 2, ...ROCHDALE_ROW },
      { line: 3, ...ROCHDALE_ROW, id: "R-2", stage: "stage-2", state: "due-soon", due: "2026-11-30", nearestId: "stage-2", nearestDue: "2026-11-30", nextChange: "2026-11-30" },
      { line: 7, ...TRAFFORD_ROW, id: "7" },
    ]);
    expect(result.stderr.split("\n").slice(0, 2)).toEqual([
      "cases.csv:5:1: (the document): the events column is not JSON: unexpected character (line 1, column 2 of the cell)",
      "cases.csv:6:1: (the document): invalid CSV: Invalid Record Length: columns length is 5, got 6 on line 6",
    ]);
  });

  it("takes a CSV file saved with a byte-order mark and CRLF line ends, as spreadsheets save it", async () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("id,policy,raisedOn,events\r\n7,trafford,2026-11-27,\r\n")]);
    const result = await runCliAsync(["sweep", "cases.csv", "--as-of", "2026-11-27"], { "cases.csv": input });
    expect(rows(result.stdout)).toEqual([{ line: 2, ...TRAFFORD_ROW, id: "7" }]);
    expect(result.code).toBe(0);
  });

  it("refuses a CSV header it does not know, before any case", async () => {
    const result = await runCliAsync(["sweep", "cases.csv"], { "cases.csv": "id,policy,raisedOn,evnets\n1,rochdale,2026-11-20,[]\n" });
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(/^cases\.csv:1:1: \(the document\): unknown column "evnets": the columns are id, policy, raisedOn, .*events\n$/);
  });

  it("gives the same rows for the same cases whichever the input", async () => {
    const records = [ROCHDALE, TRAFFORD];
    const csv = `id,policy,raisedOn,events\n${records.map((record) => `${record.id},${record.policy},${record.raisedOn},[]`).join("\n")}\n`;
    const outputs = await Promise.all(
      [
        ["cases.jsonl", jsonLines(...records)],
        ["cases.json", JSON.stringify(records, null, 2)],
        ["cases.csv", csv],
      ].map(async ([file, text]) => rows((await runCliAsync(["sweep", file as string, "--as-of", "2026-11-27"], { [file as string]: text as string })).stdout)),
    );
    const withoutLineAndId = (list: unknown[]) => list.map((row) => ({ ...(row as object), line: 0, id: 0 }));
    expect(withoutLineAndId(outputs[1] as unknown[])).toEqual(withoutLineAndId(outputs[0] as unknown[]));
    expect(withoutLineAndId(outputs[2] as unknown[])).toEqual(withoutLineAndId(outputs[0] as unknown[]));
  });

  it("reads the input as --input says, whatever its first character", async () => {
    const result = await runCliAsync(["sweep", "cases.txt", "--input", "json", "--as-of", "2026-11-27"], { "cases.txt": jsonLines(TRAFFORD) });
    expect(result.stderr).toContain("cases.txt:1:1: (the document): invalid JSON: expected [ to open the array of cases");
  });
});

describe("sweep: output and exit codes", () => {
  const files = { "cases.jsonl": jsonLines(ROCHDALE, TRAFFORD) };

  it("writes CSV with a header row", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--format", "csv"], files);
    expect(result.stdout.split("\n")).toEqual([
      "line,id,policy,stage,state,due,nearestKind,nearestId,nearestDue,escalationRequiredNow,escalationOverdue,overdueDuties,nextChange",
      "1,R-1,rochdale,stage-1,due-today,2026-11-27,stage,stage-1,2026-11-27,false,false,0,2026-11-28",
      "2,7,trafford,stage-1,due-soon,2026-11-30,stage,stage-1,2026-11-30,false,false,0,2026-11-30",
      "",
    ]);
  });

  it("quotes a CSV cell that needs it", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--format", "csv"], { "cases.jsonl": jsonLines({ ...TRAFFORD, id: 'a "b", c' }) });
    expect(result.stdout.split("\n")[1]).toMatch(/^1,"a ""b"", c",trafford,/);
  });

  it("writes a table whose columns line up", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--format", "table"], files);
    const [header, first, second] = result.stdout.split("\n") as [string, string, string];
    expect(header).toMatch(/^ +line {2}policy +stage +state +due +nearest deadline +escalate {2}duties overdue {2}next change {2}id$/);
    expect(first).toMatch(/^ +1 {2}rochdale +stage-1 +due-today +2026-11-27 {2}2026-11-27 stage stage-1 +- +0 +2026-11-28 {3}R-1$/);
    for (const column of ["policy", "state", "nearest deadline", "next change", "id"]) {
      expect(first.indexOf(column === "id" ? "R-1" : "", header.indexOf(column))).toBe(header.indexOf(column));
      expect(second.charAt(header.indexOf(column) - 1)).toBe(" ");
    }
    expect(second.endsWith("  7")).toBe(true);
  });

  it("exits 3 with --fail-on when a case is in a state named, 0 when none is", async () => {
    // On Monday 30 November Rochdale's Stage 1 (due Friday 27th) is overdue.
    const overdue = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-30", "--fail-on", "overdue"], files);
    expect(overdue.code).toBe(3);
    expect(overdue.stderr).toContain("; 1 overdue (--fail-on)");
    const early = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--fail-on", "overdue"], files);
    expect(early.code).toBe(0);
    const either = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--fail-on", "overdue", "--fail-on", "due-today"], files);
    expect(either.code).toBe(3);
  });

  it("exits 1, not 3, when a case was refused as well", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-30", "--fail-on", "overdue"], { "cases.jsonl": jsonLines(ROCHDALE, "{}") });
    expect(result.code).toBe(1);
  });

  it("takes one policy for every case with --policy, and refuses a case that names another", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--policy", "trafford"], files);
    expect(rows(result.stdout)).toEqual([{ line: 2, ...TRAFFORD_ROW }]);
    expect(result.stderr).toContain('cases.jsonl:1:13: policy: The case follows policy "rochdale", not "trafford".');
  });

  it("takes a policy file with --policy", async () => {
    // minimalPolicy's first stage: 2 working days from the day raised. Raised Friday 27 November,
    // it is due Tuesday 1 December (30 November, 1 December), one working day after Monday 30th.
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-30", "--policy", "policy.json"], {
      "cases.jsonl": jsonLines({ policy: "example", raisedOn: "2026-11-27", events: [] }),
      "policy.json": JSON.stringify(minimalPolicy()),
    });
    expect(rows(result.stdout)).toEqual([expect.objectContaining({ line: 1, policy: "example", stage: "first", state: "due-soon", due: "2026-12-01" })]);
  });

  it.each([
    [["sweep"], /name exactly one file of cases/],
    [["sweep", "a.jsonl", "b.jsonl"], /name exactly one file of cases/],
    [["sweep", "cases.jsonl", "--format", "xml"], /--format must be one of jsonl, csv, table/],
    [["sweep", "cases.jsonl", "--input", "xml"], /--input must be one of jsonl, json, csv/],
    [["sweep", "cases.jsonl", "--fail-on", "late"], /--fail-on must be one of overdue, due-today, due-soon/],
    [["sweep", "cases.jsonl", "--as-of", "2026-02-30"], /Invalid --as-of/],
    [["sweep", "cases.jsonl", "--due-soon", "1e3"], /--due-soon must be a whole number/],
    [["sweep", "-"], /standard input cannot be read here/],
  ])("exits 2 on %j", async (argv, message) => {
    const result = await runCliAsync(argv, files);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Run "safeguarding-escalation sweep --help" for usage.');
  });

  it("exits 1 for a file it cannot read", async () => {
    const result = await runCliAsync(["sweep", "missing.jsonl"]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: "missing.jsonl:1:1: (the document): cannot read the file: there is no such file\n" });
  });
});

describe("sweep: progress", () => {
  it("draws a bar on a terminal, with the refusals above it, and clears it at the end", async () => {
    const terminal = fakeTerminal();
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": jsonLines(ROCHDALE, "{}", TRAFFORD) }, "2026-11-24", { progress: terminal.stream });
    expect(terminal.drawn()).toMatch(/sweep \[[=-]+\] +\d+% \| \d+ cases? \| ETA/);
    expect(terminal.drawn()).toContain("cases.jsonl:2:1: policy: The case names no policy");
    // The summary is not the bar's: it stays on stderr once the bar has gone.
    expect(result.stderr).toBe("3 cases read: 2 triaged (1 due-today, 1 due-soon), 1 refused\n");
    expect(rows(result.stdout)).toHaveLength(2);
  });

  it("is silent when there is no terminal", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], { "cases.jsonl": jsonLines(ROCHDALE) });
    expect(result.stderr).toBe("1 case read: 1 triaged (1 due-today), 0 refused\n");
  });
});

describe("sweep: streaming", () => {
  it("writes rows while it reads and waits for the output to drain, so that memory stays bounded", async () => {
    // Rows go out in blocks of 64 KiB, about 240 rows: 5,000 cases make some twenty blocks.
    const cases = 5_000;
    let read = 0;
    let writtenBeforeEnd = false;
    let output = 0;
    let drains = 0;
    async function* stdin() {
      for (; read < cases; read += 1) {
        if (read === cases - 1) writtenBeforeEnd = output > 0;
        yield `${JSON.stringify(TRAFFORD)}\n`;
      }
    }
    const result = await runCliAsync(["sweep", "-", "--as-of", "2026-11-27"], {}, "2026-11-24", {
      stdin,
      stdout: (text) => void (output += text.length),
      drain: async () => void (drains += 1),
    });
    expect(result.code).toBe(0);
    expect(writtenBeforeEnd).toBe(true);
    expect(drains).toBeGreaterThan(cases / 512);
    expect(result.stderr).toBe(`${cases} cases read: ${cases} triaged (${cases} due-soon), 0 refused\n`);
  }, 30_000);
});

describe("sweep: versions of a policy", () => {
  // A synthetic second version of Swindon's protocol, in force from 1 April 2026, that gives Stage 1
  // four working days instead of two. The bundled one ("Revised: March 2024") has no effectiveFrom:
  // in force from the start of time, so before April 2026 it is the one in force.
  const bundled = JSON.parse(JSON.stringify(policies.swindon)) as { version: string; stages: { limit: { workingDays: number } }[] };
  const revised = { ...bundled, version: "Revised: March 2026", effectiveFrom: "2026-04-01", stages: bundled.stages.map((stage, i) => (i === 0 ? { ...stage, limit: { ...stage.limit, workingDays: 4 } } : stage)) };
  const files = (...records: unknown[]) => ({ "cases.jsonl": jsonLines(...records), "swindon-2026.json": JSON.stringify(revised) });
  const argv = ["sweep", "cases.jsonl", "--as-of", "2026-11-03", "--policy", "swindon", "--policy", "swindon-2026.json"];

  it("triages each case by the version in force on the day it was raised, or the one it pins", async () => {
    const result = await runCliAsync(argv, files(
      // Raised Monday 2 March 2026, before the revision: 2 working days, due Wednesday 4 March.
      { id: "before", policy: "swindon", raisedOn: "2026-03-02", events: [{ type: "resolved", stage: "stage-1", on: "2026-03-03" }] },
      // Raised Monday 2 November 2026, under the revision: 4 working days (3, 4, 5, 6), due Friday 6 November.
      { id: "after", policy: "swindon", raisedOn: "2026-11-02", events: [] },
      // The same day, pinned to the 2024 version: 2 working days (3, 4), due Wednesday 4 November: due soon on Tuesday 3rd.
      { id: "pinned", policy: "swindon", policyVersion: "Revised: March 2024", raisedOn: "2026-11-02", events: [] },
    ));
    expect(result.stderr).toBe("3 cases read: 3 triaged (1 resolved, 1 on-track, 1 due-soon), 0 refused\n");
    expect(rows(result.stdout)).toEqual([
      expect.objectContaining({ id: "before", state: "resolved" }),
      expect.objectContaining({ id: "after", due: "2026-11-06" }),
      expect.objectContaining({ id: "pinned", due: "2026-11-04" }),
    ]);
  });

  it("refuses a case that pins a version not given, or was raised before any was in force, at the field", async () => {
    const early = { ...revised, version: "Draft", effectiveFrom: "2026-01-01" };
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-03", "--policy", "swindon-2026.json", "--policy", "early.json"], {
      ...files(
        { policy: "swindon", policyVersion: "Revised: March 2025", raisedOn: "2026-11-02", events: [] },
        { policy: "swindon", raisedOn: "2025-12-01", events: [] },
      ),
      "early.json": JSON.stringify(early),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cases.jsonl:1:21: policyVersion: No version "Revised: March 2025" of "swindon" is given ("Revised: March 2026", "Draft"). Pass the version it follows with --policy <file>.');
    expect(result.stderr).toContain('cases.jsonl:2:21: raisedOn: No version of "swindon" is in force on 2025-12-01. Pass the version it follows with --policy <file>.');
  });

  it("with one version only, checks the case against it as before: a pin of another is refused as the wrong version", async () => {
    const result = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-03"], files({ policy: "swindon", policyVersion: "Revised: March 2026", raisedOn: "2026-11-02", events: [] }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/policyVersion: The case was raised under version "Revised: March 2026" of swindon, not "Revised: March 2024"/);
  });

  it("refuses a case naming a policy none of several --policy gives", async () => {
    const result = await runCliAsync([...argv, "--policy", "trafford"], files({ policy: "rochdale", raisedOn: "2026-11-02", events: [] }));
    expect(result.stderr).toContain('cases.jsonl:1:2: policy: The case names the policy "rochdale", which is none of those --policy gives (swindon, trafford): pass --policy <id or file>.');
  });
});
