import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/cli/jsonSource.js";
import { runCli, runCliAsync } from "./run.js";

describe("timeline", () => {
  it("prints every stage's due date for a bundled policy", () => {
    const result = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Stage 4  Heads / Leads / Directors of Service  due Wednesday 20 January 2027");
  });

  it("speaks JSON and iCalendar", () => {
    const json = JSON.parse(runCli(["timeline", "--policy", "trafford", "--raised", "2026-12-23", "--json"]).stdout) as { stages: { due: string }[] };
    // Trafford's Stage 5 has no limit of its own: its 5 working days are the time to refer into it (escalateBy).
    expect(json.stages.map((stage) => stage.due)).toEqual(["2026-12-24", "2026-12-30", "2027-01-04", "2027-01-11", null]);
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
    [["timeline", "--policy", "swindon", "--raised", "2026-02-30"], /Invalid --raised "2026-02-30": month 2 of 2026 has 28 days\./],
    [["timeline", "--raised", "2026-02-30"], /Invalid --raised "2026-02-30"/],
    [["timeline", "--policy", "constructor", "--raised", "2026-12-21"], /unknown policy "constructor"/],
    [["timeline", "--policy", "__proto__", "--raised", "2026-12-21"], /unknown policy "__proto__"/],
    [["timeline", "--policy", "swindon", "--raised", "2026-12-23", "stray"], /Unexpected argument 'stray'$/m],
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

  it.each(["1e3", "0x10", "-1", "2.0", " 2", "367", "", "9999999"])("refuses --due-soon %j: a small whole number in digits only", (value) => {
    const result = runCli(["assess", "case.json", "--as-of", "2027-01-05", `--due-soon=${value}`], { "case.json": record });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--due-soon must be a whole number of working days from 0 to 366, e.g. 2; got ${JSON.stringify(value)}`);
  });

  it("takes --due-soon from 0 to 366", () => {
    // On 2027-01-05 Stage 2 (due 2027-01-06) has one working day left: due soon with 1, on track with 0.
    const state = (days: string): unknown => (JSON.parse(runCli(["assess", "case.json", "--as-of", "2027-01-05", "--due-soon", days, "--json"], { "case.json": record }).stdout) as { state: unknown }).state;
    expect([state("0"), state("1"), state("366")]).toEqual(["on-track", "due-soon", "due-soon"]);
  });

  it("refuses a case or policy file over the size limit without reading it all", () => {
    const big = `[${"1,".repeat(MAX_FILE_BYTES / 2)}1]`;
    const tooLarge = `the file is larger than ${MAX_FILE_BYTES} bytes, the most a policy or case file may have\n`;
    expect(runCli(["assess", "big.json"], { "big.json": big })).toMatchObject({ code: 1, stderr: `big.json:1:1: (the document): ${tooLarge}` });
    expect(runCli(["timeline", "--policy", "big.json", "--raised", "2026-12-23"], { "big.json": big })).toMatchObject({ code: 1, stderr: `big.json:1:1: (the document): ${tooLarge}` });
  });

  it("exits 1 with one sentence when the case cannot be read or names no bundled policy", () => {
    const missing = runCli(["assess", "nope.json"]);
    expect([missing.code, missing.stderr]).toEqual([1, "nope.json:1:1: (the document): cannot read the file: there is no such file\n"]);
    const constructor = runCli(["assess", "case.json"], { "case.json": record.replace('"swindon"', '"constructor"') });
    expect(constructor.code).toBe(1);
    expect(constructor.stderr).toBe('case.json:2:3: policy: The case names the policy "constructor", which is not bundled (swindon, rochdale, trafford, redbridge, mid-and-west-wales): pass --policy <id or file>.\n');
  });
});

describe("errors", () => {
  const record = JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] });

  it.each([
    // Assessed before the disagreement arose.
    [["assess", "case.json", "--as-of", "2000-01-01"], /^safeguarding-escalation: The case is not valid: .*2000-01-01.*\.\n$/],
    // Swindon's Stage 1 is 2 working days from 2099-12-30: past 2099-12-31, the last date supported.
    [["timeline", "--policy", "swindon", "--raised", "2099-12-30"], /^safeguarding-escalation: A deadline .* falls after 2099-12-31, the last date supported\.\n$/],
  ])("turns a library error into one sentence and exit 1: %j", (argv, message) => {
    const result = runCli(argv, { "case.json": record });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports any other error as a bug to report, with exit 70, and its stack only when asked", () => {
    const broken = (): never => {
      throw new Error("the terminal went away");
    };
    const quiet = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23"], {}, "2026-11-24", { stdout: broken });
    expect(quiet.code).toBe(70);
    expect(quiet.stderr).toMatch(/^safeguarding-escalation: internal error \(Error: the terminal went away\); this is a bug in safeguarding-escalation \d+\.\d+\.\d+, please report it with the command that caused it \(SAFEGUARDING_ESCALATION_DEBUG=1 shows where it happened\)\.\n$/);
    const loud = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23"], {}, "2026-11-24", { stdout: broken, debug: true });
    expect(loud.code).toBe(70);
    expect(loud.stderr).toMatch(/\n\s+at .*timeline/);
  });

  it("prints the help on stderr, exit 2, when no command is given", () => {
    const result = runCli([]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(/^Usage: safeguarding-escalation <command>/);
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
  it("lists the commands, and each has its own help", async () => {
    expect(runCli(["--help"]).stdout).toMatch(/validate[\s\S]*timeline[\s\S]*assess[\s\S]*flowchart[\s\S]*sweep/);
    for (const command of ["validate", "timeline", "assess", "flowchart", "sweep"]) expect((await runCliAsync([command, "--help"])).code).toBe(0);
  });

  it("gives the same exit codes in every command's help", async () => {
    const sections = await Promise.all([[], ["validate"], ["timeline"], ["assess"], ["flowchart"], ["sweep"]].map(async (command) => (await runCliAsync([...command, "--help"])).stdout.split("Exit status")[1]));
    expect(sections[0]).toMatch(/ 0 .*\n.* 1 .*\n[\s\S]* 2 .*usage[\s\S]* 3 .*sweep --fail-on[\s\S]* 70 .*internal error/);
    for (const section of sections) expect(section).toBe(sections[0]);
  });
});
