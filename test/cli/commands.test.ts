import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";

describe("timeline", () => {
  it("prints every stage's due date for a bundled policy", () => {
    const result = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Stage 4  Heads / Leads / Directors of Service  due Wednesday 20 January 2027");
  });

  it("speaks JSON and iCalendar", () => {
    const json = JSON.parse(runCli(["timeline", "--policy", "trafford", "--raised", "2026-12-23", "--json"]).stdout) as { stages: { due: string }[] };
    expect(json.stages.map((stage) => stage.due)).toEqual(["2026-12-24", "2026-12-30", "2027-01-04", "2027-01-11", "2027-01-18"]);
    expect(runCli(["timeline", "--policy", "trafford", "--raised", "2026-12-23", "--ics"]).stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it("applies flags, subject and a risk deadline", () => {
    const json = JSON.parse(runCli(["timeline", "--policy", "redbridge", "--raised", "2026-12-23", "--risk-deadline", "2026-12-29", "--flag", "immediate-risk", "--json"]).stdout) as {
      stages: { due: string; governedBy: string }[];
      routes: { id: string }[];
    };
    expect(json.stages[0]).toMatchObject({ due: "2026-12-29", governedBy: "risk-deadline" });
    expect(json.routes.length).toBeGreaterThan(0);
  });

  it.each([
    [["timeline", "--raised", "2026-12-23"], /--policy is required/],
    [["timeline", "--policy", "swindon"], /--raised is required/],
    [["timeline", "--policy", "nowhere", "--raised", "2026-12-23"], /unknown policy "nowhere"/],
    [["timeline", "--policy", "swindon", "--raised", "2026-02-30"], /Invalid --raised "2026-02-30"/],
    [["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--flag", "urgent"], /unknown --flag "urgent"/],
  ])("exits 2 on %j", (argv, message) => {
    const result = runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("assess", () => {
  const record = JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, null, 2);

  it("says where a case stands", () => {
    const result = runCli(["assess", "case.json", "--as-of", "2027-01-07"], { "case.json": record });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("OVERDUE: Stage 2 (Inter-agency Discussion), due Wednesday 6 January 2027");
    const json = JSON.parse(runCli(["assess", "case.json", "--as-of", "2027-01-05", "--json"], { "case.json": record }).stdout) as { state: string; workingDaysLeft: number };
    expect(json).toMatchObject({ state: "due-soon", workingDaysLeft: 1 });
  });

  it("uses today's London date when --as-of is absent", () => {
    const result = runCli(["assess", "case.json", "--json"], { "case.json": record }, "2027-01-06");
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2027-01-06", state: "due-today" });
  });

  it("exits 1 with the case's errors at their line and column", () => {
    const bad = record.replace('"stage-2"', '"stage-9"');
    const result = runCli(["assess", "case.json", "--as-of", "2027-01-07"], { "case.json": bad });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^case\.json:\d+:\d+: events\[0\]\.stage: "stage-9" is not a stage of swindon/);
  });

  it("exits 2 without a case file", () => {
    expect(runCli(["assess"]).code).toBe(2);
  });
});

describe("flowchart", () => {
  it("prints Mermaid", () => {
    const result = runCli(["flowchart", "--policy", "rochdale"]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("flowchart TD")).toBe(true);
  });
});

describe("help", () => {
  it("lists the commands, and each has its own help", () => {
    expect(runCli(["--help"]).stdout).toMatch(/validate[\s\S]*timeline[\s\S]*assess[\s\S]*flowchart/);
    for (const command of ["validate", "timeline", "assess", "flowchart"]) expect(runCli([command, "--help"]).code).toBe(0);
  });
});
