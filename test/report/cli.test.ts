// `safeguarding-escalation report` on the hand-worked Swindon cases
// (swindonCases.ts): each format says what the library says, and a case that
// cannot be counted stops the report with its line.
import { describe, expect, it } from "vitest";
import { escalationLog, monitoringReport } from "../../src/report/index.js";
import { runCliAsync } from "../cli/run.js";
import { A, B, C, D, E, F, G, period, swindon } from "./swindonCases.js";

const withIds = { A, B, C, D, E, F, G };
const JSON_LINES = `${Object.entries(withIds).map(([id, record]) => JSON.stringify({ id, ...record })).join("\n")}\n`;
const ids = Object.entries(withIds).map(([id, record]) => ({ id, case: record }));
const PERIOD = ["--policy", "swindon", "--from", period.from, "--to", period.to, "--as-of", period.asOf];
const report = (format: string, extra: string[] = [], files: Record<string, string> = { "cases.jsonl": JSON_LINES }) => runCliAsync(["report", "cases.jsonl", ...PERIOD, "--format", format, ...extra], files);

describe("report: formats", () => {
  it("json: the figures and the log, as the library gives them", async () => {
    const { code, stdout, stderr } = await report("json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ report: monitoringReport(swindon, ids, period), log: escalationLog(swindon, ids, period.asOf) });
  });

  it("md (the default): the headline figures and the stages as tables", async () => {
    const { code, stdout } = await runCliAsync(["report", "cases.jsonl", ...PERIOD], { "cases.jsonl": JSON_LINES });
    expect(code).toBe(0);
    // The hand-worked figures: 5 cases, 4 begun, 2 resolved, 3 open, 1 overdue, 3 escalations, 1 late.
    for (const line of ["| Cases in the period | 5 |", "| Begun | 4 |", "| Resolved | 2 |", "| Still open at the end | 3 |", "| Overdue now | 1 |", "| Escalations made | 3 |", "| Escalations made late | 1 |"]) expect(stdout).toContain(line);
    expect(stdout).toContain("| Stage 1: Internal Discussion | within 2 working days of the disagreement arising | 5 | 1 | 4 | 1 | 1 | 3 | 2 |");
    expect(stdout).toContain("| Sept 2026 | 2026-09-01 | 2026-09-30 | 1 | 0 |");
    expect(stdout).toContain("| immediate-risk | The child or adult is at immediate risk of significant harm, or their wellbeing needs immediate action. | 1 |");
  });

  it("csv: the escalation log, a row per case and stage, the free text left out when asked", async () => {
    const { code, stdout } = await report("csv");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe("case,id,stage,stageNumber,stageTitle,start,raisedWith,raisedWithFrom,escalateBy,enteredOnTime,due,ended,end,onTime,timing,workingDays,outcome");
    expect(lines).toHaveLength(12); // 11 rows: A 1, B 2, C 3, D 1, E 1, F 1, G 2
    expect(lines[3]).toBe("2,B,stage-2,2,Inter-agency Discussion,2026-11-05,Hospital social work team,case,,,2026-11-12,2026-11-11,resolved,true,on-time,4,Plan agreed");
    const bare = await report("csv", ["--omit-free-text"]);
    expect(bare.stdout).not.toMatch(/Plan agreed|Hospital social work team|No agreement/);
    expect(bare.stdout.split("\r\n")[3]).toBe("2,B,stage-2,2,Inter-agency Discussion,2026-11-05,,case,,,2026-11-12,2026-11-11,resolved,true,on-time,4,");
  });

  it("html: one page with the three charts", async () => {
    const { code, stdout } = await report("html");
    expect(code).toBe(0);
    expect(stdout.startsWith("<!doctype html>")).toBe(true);
    expect(stdout.match(/<svg /g)).toHaveLength(3);
  });

  it("reads a JSON array from standard input as well", async () => {
    const array = JSON.stringify(Object.entries(withIds).map(([id, record]) => ({ id, ...record })));
    const { code, stdout } = await runCliAsync(["report", "-", ...PERIOD, "--format", "json"], {}, "2027-01-08", { stdin: async function* () {
      yield array;
    } });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { report: unknown }).report).toEqual(monitoringReport(swindon, ids, period));
  });
});

describe("report: refusals", () => {
  it("stops at a case that is not valid, naming its line, and makes no report", async () => {
    const lines = JSON_LINES.split("\n");
    lines[2] = JSON.stringify({ id: "C", ...C, events: [{ type: "stage-entered", stage: "stage-9", on: "2026-12-21" }] });
    const { code, stdout, stderr } = await report("md", [], { "cases.jsonl": lines.join("\n") });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^cases\.jsonl:3:\d+: events\[0\]\.stage: "stage-9" is not a stage of swindon/m);
    expect(stderr).toContain("7 cases read, 1 refused: no report made");
  });

  it("stops at a case with an event after --as-of, at its line", async () => {
    // C entered Stage 3 on 7 January 2027: after a report made on the 6th.
    const { code, stdout, stderr } = await runCliAsync(["report", "cases.jsonl", "--policy", "swindon", "--from", "2026-09-01", "--to", "2026-12-31", "--as-of", "2027-01-06"], { "cases.jsonl": JSON_LINES });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^cases\.jsonl:3:\d+: events\[2\]\.on: This event \(2027-01-07\) is after the assessment date 2027-01-06/m);
  });

  it("refuses a command line it cannot run, with exit code 2", async () => {
    const files = { "cases.jsonl": JSON_LINES };
    const usage = async (argv: string[]) => {
      const { code, stderr } = await runCliAsync(argv, files);
      expect(code).toBe(2);
      return stderr;
    };
    expect(await usage(["report", "cases.jsonl", "--policy", "swindon", "--from", "2026-09-01", "--to", "2027-01-09", "--as-of", "2027-01-08"])).toContain("--to (2027-01-09) is after --as-of (2027-01-08)");
    expect(await usage(["report", "cases.jsonl", "--policy", "swindon", "--to", "2026-12-31"])).toContain("--from and --to are required");
    expect(await usage(["report", "cases.jsonl", ...PERIOD, "--format", "pdf"])).toContain("--format must be one of md, csv, json, html");
    expect(await usage(["report", "cases.jsonl", "--from", "2026-09-01", "--to", "2026-12-31", "--as-of", "2027-01-08"])).toContain("--policy is required");
    expect(await usage(["report", ...PERIOD])).toContain("name exactly one file of cases");
  });

  it("says what it does with --help", async () => {
    const { code, stdout } = await runCliAsync(["report", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("docs/monitoring.md");
    expect(stdout).toContain("--omit-free-text");
  });
});
