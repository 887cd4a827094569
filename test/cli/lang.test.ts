// --lang on every command: Welsh words where asked, English by default, and
// a usage error (exit 2, one sentence, no stack) for any other value. The
// Welsh expected here is the catalogue's (src/messages/cy.json) filled by hand.
import { describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "./run.js";

const record = JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, null, 2);

describe("--lang cy", () => {
  it("timeline: the stages' lines in Welsh, the policy's titles as they are", () => {
    // English: "Stage 4  Heads / Leads / Directors of Service  due Wednesday 20 January 2027" (test/cli/commands.test.ts);
    // text.stage.due in Welsh is "Cam {number}  {title}  erbyn {date}", and Intl's cy-GB names Wednesday "dydd Mercher", January "Ionawr".
    const result = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--lang", "cy"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Cam 4  Heads / Leads / Directors of Service  erbyn dydd Mercher 20 Ionawr 2027");
    // The heading: text.scheduleHeading, the date "dydd Mercher 23 Rhagfyr 2026", Swindon's calendar England and Wales.
    expect(result.stdout.split("\n")[0]).toBe("swindon: dyddiad codi'r anghytundeb: dydd Mercher 23 Rhagfyr 2026 (calendr Cymru a Lloegr)");
  });

  it("timeline --json: the limits' words in Welsh, the ids and dates as in English", () => {
    const english = JSON.parse(runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--json"]).stdout) as { stages: { due: string; limit: { text: string } }[] };
    const welsh = JSON.parse(runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--json", "--lang", "cy"]).stdout) as typeof english;
    expect(welsh.stages.map((stage) => stage.due)).toEqual(english.stages.map((stage) => stage.due));
    // Swindon's Stage 1: 2 working days from the disagreement arising (summary.within, duration.workingDays "two", anchor.raised).
    expect(welsh.stages[0]?.limit.text).toBe("o fewn 2 ddiwrnod gwaith ar ôl i'r anghytundeb godi");
  });

  it("timeline --ics: the events' words in Welsh", () => {
    const ics = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--ics", "--lang", "cy"]).stdout.replace(/\r\n[ \t]/g, "");
    // ics.stageDue "Cam {number} yn ddyledus: {title}"; Stage 1 due Tuesday 29 December (renderScheduleText's example).
    expect(ics).toContain("SUMMARY:Cam 1 yn ddyledus: Internal Discussion\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261229\r\n");
    expect(ics).toContain("DESCRIPTION:o fewn 2 ddiwrnod gwaith ar ôl i'r anghytundeb godi. ");
  });

  it("assess: the headline, explanation and next steps in Welsh", () => {
    // Stage 2 entered Tuesday 29 December, due Wednesday 6 January (renderAssessmentText's example): overdue on the 7th.
    const result = runCli(["assess", "case.json", "--as-of", "2027-01-07", "--lang", "cy"], { "case.json": record });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("YN HWYR: Cam 2 (Inter-agency Discussion), erbyn dydd Mercher 6 Ionawr 2027");
    const json = JSON.parse(runCli(["assess", "case.json", "--as-of", "2027-01-07", "--json", "--lang", "cy"], { "case.json": record }).stdout) as { state: string; escalateTo: { reason: string } };
    expect(json.state).toBe("overdue");
    expect(json.escalateTo.reason).toBe("Mae Cam 2 (Inter-agency Discussion) yn hwyr.");
  });

  it("flowchart: its own words in Welsh", () => {
    const result = runCli(["flowchart", "--policy", "mid-and-west-wales", "--lang", "cy"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 4)).toEqual([
      "flowchart TD",
      '  raised(["Yr anghytundeb yn codi"])',
      `  resolved(["Wedi'i ddatrys"])`,
      // Mid and West Wales's Stage 1: 10 working days (mermaid.stage, summary amount "o fewn" + duration.workingDays "other").
      '  s_stage_1["Cam 1: Between the practitioners and/or staff members<br/>o fewn 10 diwrnod gwaith"]',
    ]);
  });

  it("sweep --format table: headings and words in Welsh; JSON lines unchanged", async () => {
    // Rochdale raised Friday 20 November 2026: Stage 1 due Friday 27th (test/cli/sweep.test.ts), so due today on the 27th.
    const files = { "cases.jsonl": JSON.stringify({ id: "R-1", policy: "rochdale", raisedOn: "2026-11-20", events: [] }) };
    const table = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--format", "table", "--lang", "cy"], files);
    expect(table.code).toBe(0);
    const [header, row] = table.stdout.split("\n") as [string, string];
    expect(header).toMatch(/^ *llinell {2}polisi +cam +cyflwr +erbyn +dyddiad terfyn nesaf +uwchgyfeirio {2}dyletswyddau yn hwyr {2}newid nesaf {2}id$/);
    expect(row).toMatch(/^ +1 {2}rochdale +stage-1 +dyledus heddiw +2026-11-27 {2}2026-11-27 cam stage-1 +- +0 +2026-11-28 {3}R-1$/);
    expect(row.indexOf("dyledus heddiw")).toBe(header.indexOf("cyflwr"));
    expect(row.indexOf("2026-11-28")).toBe(header.indexOf("newid nesaf"));
    const english = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27"], files);
    const welsh = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--lang", "cy"], files);
    expect(welsh.stdout).toBe(english.stdout);
  });

  it("sweep and report: the summary on stderr in Welsh, and the findings", async () => {
    const rochdale = JSON.stringify({ id: "R-1", policy: "rochdale", raisedOn: "2026-11-20", events: [] });
    // On Friday 27 November Rochdale's Stage 1 is due today (above): sweep.summary.read, .triagedStates ("one": wedi'i frysbennu), .refused ("zero").
    const one = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--lang", "cy"], { "cases.jsonl": rochdale });
    expect(one.stderr).toBe("Darllenwyd 1 achos: 1 wedi'i frysbennu (1 dyledus heddiw), 0 wedi'u gwrthod\n");
    // A second case that is not valid: refused ("one": wedi'i wrthod), its finding in Welsh (finding.noPolicy; English "The case names no policy"); --fail-on's states joined by list.or.
    const two = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--lang", "cy", "--fail-on", "overdue", "--fail-on", "due-today"], { "cases.jsonl": `${rochdale}\n{}` });
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/^cases\.jsonl:2:1: policy: Nid yw'r achos yn enwi polisi: rhowch --policy <id neu ffeil>\.\n/);
    expect(two.stderr.split("\n").at(-2)).toBe("Darllenwyd 2 achos: 1 wedi'i frysbennu (1 dyledus heddiw), 1 wedi'i wrthod; 1 yn hwyr neu dyledus heddiw (--fail-on)");
    const english = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--fail-on", "overdue", "--fail-on", "due-today"], { "cases.jsonl": `${rochdale}\n{}` });
    expect(english.stderr.split("\n").at(-2)).toBe("2 cases read: 1 triaged (1 due-today), 1 refused; 1 overdue or due-today (--fail-on)");
    // report: a refused case stops it; report.noReport with the same counts.
    const report = await runCliAsync(["report", "cases.jsonl", "--policy", "rochdale", "--from", "2026-11-01", "--to", "2026-11-27", "--as-of", "2026-11-27", "--lang", "cy"], { "cases.jsonl": `${rochdale}\n{"raisedOn": "2026-11-31", "events": []}` });
    expect(report.code).toBe(1);
    expect(report.stderr.split("\n").at(-2)).toBe("Darllenwyd 2 achos, 1 wedi'i wrthod: ni wnaed adroddiad (byddai'r ffigurau'n anghywir pe baent yn gadael achos allan).");
  });

  it("validate: its summary in Welsh (the findings are the policy catalogue's, docs/welsh.md)", () => {
    const result = runCli(["validate", "bad.json", "--lang", "cy"], { "bad.json": "{" });
    expect(result.code).toBe(1);
    // English "1 file checked: 0 valid, 1 invalid; 1 error, 0 warnings": validate.summary with .files, .errors and .warnings ("one", "one", "zero").
    expect(result.stderr.split("\n").at(-2)).toBe("Gwiriwyd 1 ffeil: 0 yn ddilys, 1 yn annilys; 1 gwall, 0 rhybudd");
    expect(runCli(["validate", "bad.json", "--lang", "en"], { "bad.json": "{" })).toEqual(runCli(["validate", "bad.json"], { "bad.json": "{" }));
  });
});

describe("--lang en, or none", () => {
  it("is English, the same either way", () => {
    const argv = ["assess", "case.json", "--as-of", "2027-01-07"];
    const plain = runCli(argv, { "case.json": record });
    expect(plain.stdout.split("\n")[0]).toBe("OVERDUE: Stage 2 (Inter-agency Discussion), due Wednesday 6 January 2027");
    expect(runCli([...argv, "--lang", "en"], { "case.json": record }).stdout).toBe(plain.stdout);
    expect(runCli(["flowchart", "--policy", "trafford", "--lang", "en"]).stdout).toBe(runCli(["flowchart", "--policy", "trafford"]).stdout);
  });
});

describe("an unknown --lang", () => {
  const commands = [
    ["timeline", "--policy", "swindon", "--raised", "2026-12-23"],
    ["assess", "case.json", "--as-of", "2027-01-07"],
    ["flowchart", "--policy", "swindon"],
    ["sweep", "case.json"],
    ["report", "case.json", "--policy", "swindon", "--from", "2026-10-01", "--to", "2026-12-31", "--as-of", "2027-01-08"],
    ["validate", "case.json"],
  ];
  it.each(commands.flatMap((argv) => ["fr", "CY", "welsh", ""].map((lang) => [argv[0], lang, argv] as const)))("%s --lang %j: a usage error, exit 2, no stack", async (_, lang, argv) => {
    const result = await runCliAsync([...argv, "--lang", lang], { "case.json": record });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`safeguarding-escalation: --lang must be en or cy (English or Welsh), not ${JSON.stringify(lang)}\nRun "safeguarding-escalation ${argv[0]} --help" for usage.\n`);
  });

  it("is named in every command's help", async () => {
    for (const command of ["timeline", "assess", "flowchart", "sweep", "report", "validate"]) expect((await runCliAsync([command, "--help"])).stdout).toContain("--lang <en|cy>");
    expect(runCli(["--help"]).stdout).toContain("Every command takes --lang <en|cy>");
  });
});
