// The command line's own words in Welsh (src/messages/cli/cy.json): each
// command's --help, usage errors, the progress bar, validate's summary and the
// internal-error report, wherever --lang cy stands on the line; and English
// whenever the language cannot be known. The Welsh expected here is the
// catalogue's, filled by hand; the English beside it is what the same line
// writes without --lang (test/cli/commands.test.ts and others pin it).
import { describe, expect, it } from "vitest";
import { internalError } from "../../src/cli/io.js";
import { policies } from "../../src/policy/bundled.js";
import { minimalPolicy } from "../policy/minimalPolicy.js";
import { fakeTerminal, runCli, runCliAsync } from "./run.js";

describe("--help --lang cy", () => {
  it("the top-level help, with --lang before or after --help, or as `help`", () => {
    const help = runCli(["--help", "--lang", "cy"]);
    expect(help.code).toBe(0);
    expect(help.stdout.split("\n")[0]).toBe("Defnydd: safeguarding-escalation <gorchymyn> [opsiynau]");
    expect(help.stdout).toContain("  assess <case.json>             ble mae achos yn sefyll heddiw, a beth sy'n ddyledus\n");
    expect(help.stdout).toContain("Mae pob gorchymyn yn derbyn --lang <en|cy>");
    // The exit codes every help ends with: help.exit.
    expect(help.stdout).toContain("Statws gadael (yr un fath i bob gorchymyn):\n  0   wedi'i wneud (validate: pob ffeil yn ddilys)\n");
    expect(help.stdout).toContain("  70  gwall mewnol: nam yn safeguarding-escalation, i roi gwybod amdano\n      (mae SAFEGUARDING_ESCALATION_DEBUG=1 yn argraffu ei stac)\n");
    expect(runCli(["--lang", "cy", "--help"]).stdout).toBe(help.stdout);
    expect(runCli(["--lang=cy", "-h"]).stdout).toBe(help.stdout);
    expect(runCli(["help", "--lang", "cy"]).stdout).toBe(help.stdout);
  });

  it("--lang cy and no command: the Welsh help on stderr, exit 2", () => {
    const result = runCli(["--lang", "cy"]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(/^Defnydd: safeguarding-escalation <gorchymyn>/);
  });

  // A representative line of each command's help: one that names options and a value the code fills in.
  it.each([
    ["validate", "  --strict                     methu ar rybuddion hefyd\n"],
    ["timeline", "  --policy <id|ffeil>      swindon, rochdale, trafford, redbridge, mid-and-west-wales, neu ffeil polisi .json\n"],
    ["timeline", "  --raised <dyddiad>       y dyddiad y cododd yr anghytundeb\n"],
    ["assess", "  --due-soon <n>        diwrnodau gwaith ymlaen sy'n cyfrif fel dyledus cyn hir, 0 i 366 (rhagosodiad 1)\n"],
    ["flowchart", "Ysgol y polisi fel siart llif Mermaid.\n"],
    ["sweep", '  jsonl  "{": un cofnod achos bob llinell; hepgorir llinellau gwag\n'],
    ["sweep", "  --fail-on <cyflwr>          gadael gyda 3 pan fo rhyw achos yn overdue, due-today, due-soon (gellir ei roi fwy nag unwaith)\n"],
    ["report", '                           json: { "report": y ffigurau, "log": y log uwchgyfeirio }\n'],
    ["report", "  --input <jsonl|json|csv>  sut mae'r mewnbwn yn dal ei achosion\n"],
  ])("%s --help --lang cy: %j", async (command, line) => {
    const result = await runCliAsync([command, "--help", "--lang", "cy"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Defnydd: safeguarding-escalation ${command} `));
    expect(result.stdout).toContain(line);
    expect(result.stdout).toContain("Statws gadael");
    // --lang before the command's name is passed on to it.
    expect((await runCliAsync(["--lang", "cy", command, "--help"])).stdout).toBe(result.stdout);
  });

  it("every command's help in Welsh differs from its English, and English is the default", async () => {
    for (const command of ["validate", "timeline", "assess", "flowchart", "sweep", "report"]) {
      const english = (await runCliAsync([command, "--help"])).stdout;
      expect((await runCliAsync([command, "--help", "--lang", "en"])).stdout).toBe(english);
      expect(english).toMatch(/^Usage: /);
      expect((await runCliAsync([command, "--help", "--lang", "cy"])).stdout).not.toBe(english);
    }
  });
});

describe("a usage error with --lang cy", () => {
  it.each([
    // usage.raisedRequired; English "--raised is required: the date the disagreement arose, YYYY-MM-DD".
    [["timeline", "--policy", "swindon", "--lang", "cy"], "mae angen --raised: y dyddiad y cododd yr anghytundeb, YYYY-MM-DD", "timeline"],
    // usage.date.day: February 2026 has 28 days (not a leap year); English "Invalid --raised "2026-02-30": month 2 of 2026 has 28 days."
    [["timeline", "--policy", "swindon", "--raised", "2026-02-30", "--lang", "cy"], '--raised annilys, "2026-02-30": mae gan fis 2 yn 2026 28 diwrnod.', "timeline"],
    [["timeline", "--lang", "cy", "--policy", "swindon", "--raised", "2026-13-01"], '--raised annilys, "2026-13-01": nid oes mis 13.', "timeline"],
    [["assess", "--lang=cy", "case.json", "--as-of", "24/12/2026"], '--as-of annilys, "24/12/2026": y ffurf ddisgwyliedig yw YYYY-MM-DD, e.e. 2026-12-24.', "assess"],
    [["assess", "case.json", "--as-of", "2100-01-01", "--lang", "cy"], "Mae'r dyddiad \"2100-01-01\" y tu allan i'r ystod a gefnogir, 2000-01-01 i 2099-12-31.", "assess"],
    [["sweep", "cases.jsonl", "--format", "xml", "--lang", "cy"], "rhaid i --format fod yn un o'r rhain: jsonl, csv, table, nid \"xml\"", "sweep"],
    [["sweep", "--lang", "cy"], 'enwch un ffeil o achosion yn union, neu "-" ar gyfer y mewnbwn safonol', "sweep"],
    [["sweep", "cases.jsonl", "--due-soon", "1e3", "--lang", "cy"], 'rhaid i --due-soon fod yn nifer cyfan o ddiwrnodau gwaith o 0 i 366, e.e. 2; cafwyd "1e3"', "sweep"],
    [["report", "cases.jsonl", "--policy", "swindon", "--from", "2026-12-31", "--to", "2026-10-01", "--lang", "cy"], "mae --from (2026-12-31) ar ôl --to (2026-10-01)", "report"],
    [["flowchart", "--policy", "nowhere", "--lang", "cy"], 'polisi anhysbys "nowhere": y disgwyl oedd un o\'r rhain: ', "flowchart"],
    [["validate", "missing/*.json", "--lang", "cy"], 'nid oes ffeiliau\'n cyfateb i "missing/*.json"', "validate"],
    // parseArgs's own errors, in the catalogue's words.
    [["validate", "--colour", "a.json", "--lang", "cy"], "Opsiwn anhysbys '--colour'", "validate"],
    [["timeline", "--policy", "swindon", "--raised", "2026-12-23", "stray", "--lang", "cy"], "Dadl annisgwyl 'stray'", "timeline"],
    [["timeline", "--lang", "cy", "--policy"], "Mae angen gwerth ar ôl '--policy'", "timeline"],
    [["timeline", "--lang", "cy", "--json=yes"], "Nid yw '--json' yn cymryd gwerth", "timeline"],
    [["timeline", "--lang", "cy", "--policy", "--json"], "Mae'r gwerth ar ôl '--policy' yn amwys: mae'n dechrau gyda llinell doriad", "timeline"],
  ])("%j", async (argv, sentence, command) => {
    const result = await runCliAsync(argv, { "case.json": "{}", "cases.jsonl": "" });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^safeguarding-escalation: /);
    expect(result.stderr).toContain(sentence);
    expect(result.stderr.endsWith(`\nRhedwch "safeguarding-escalation ${command} --help" i weld y defnydd.\n`)).toBe(true);
  });

  it("an unknown command", () => {
    expect(runCli(["frobnicate", "--lang", "cy"]).stderr).toBe(
      'safeguarding-escalation: gorchymyn anhysbys "frobnicate"; y gorchmynion: validate, timeline, assess, flowchart, sweep, report\nRhedwch "safeguarding-escalation --help" i weld y defnydd.\n',
    );
  });
});

describe("English where the language cannot be known", () => {
  it.each([
    // --lang itself wrong, or the last of two wrong: its own error, in English.
    [["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--lang", "fr"], 'safeguarding-escalation: --lang must be en or cy (English or Welsh), not "fr"\n'],
    [["timeline", "--lang", "cy", "--policy", "swindon", "--raised", "2026-12-23", "--lang", "fr"], 'safeguarding-escalation: --lang must be en or cy (English or Welsh), not "fr"\n'],
    // --lang with no value: parseArgs's error, in English.
    [["timeline", "--policy", "swindon", "--lang"], "safeguarding-escalation: Option '--lang <value>' argument missing\n"],
    // After --, "--lang cy" is not an option at all.
    [["timeline", "--policy", "swindon", "--", "--lang", "cy"], "safeguarding-escalation: Unexpected argument '--lang'\n"],
  ])("%j", (argv, first) => {
    const result = runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${first}Run "safeguarding-escalation timeline --help" for usage.\n`);
  });

  it("a bad --lang with --help: the help in English", () => {
    expect(runCli(["timeline", "--help", "--lang", "fr"])).toEqual(runCli(["timeline", "--help"]));
    expect(runCli(["--help", "--lang", "fr"])).toEqual(runCli(["--help"]));
  });
});

describe("a policy file given with --policy, and --lang cy", () => {
  it.each([["timeline", "--raised", "2026-12-23"], ["flowchart"], ["assess", "case.json"], ["sweep", "case.json"], ["report", "case.json", "--from", "2026-10-01", "--to", "2026-10-31"]])(
    "%s: its findings at the same places as in English, in the policy catalogue's Welsh",
    async (...argv) => {
      const files = { "bad.json": '{"id":', "case.json": "{}" };
      const english = await runCliAsync([...argv, "--policy", "bad.json"], files);
      const welsh = await runCliAsync([...argv, "--policy", "bad.json", "--lang", "cy"], files);
      expect([english.code, welsh.code]).toEqual([1, 1]);
      const at = (text: string): string[] => text.split("\n").map((line) => /^bad\.json:\d+:\d+:/.exec(line)?.[0] ?? line);
      expect(at(welsh.stderr)).toEqual(at(english.stderr));
      expect(english.stderr).toContain("invalid JSON");
      expect(welsh.stderr).not.toContain("invalid JSON");
    },
  );
});

describe("the progress bar with --lang cy", () => {
  it("counts achosion in Welsh and says how long is left", async () => {
    const terminal = fakeTerminal();
    const rochdale = JSON.stringify({ policy: "rochdale", raisedOn: "2026-11-20", events: [] });
    await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-27", "--lang", "cy"], { "cases.jsonl": `${rochdale}\n${rochdale}\n` }, "2026-11-24", { progress: terminal.stream });
    // progress.items: "achos" whatever the count; progress.bar: "amser yn weddill" for ETA.
    expect(terminal.drawn()).toMatch(/sweep \[[=-]+\] +\d+% \| 0 achos \| amser yn weddill /);
    expect(terminal.drawn()).not.toMatch(/cases?\b|ETA/);
  });
});

describe("validate with --lang cy", () => {
  const valid = JSON.stringify({ $schema: "x" });
  it("its summary, and --strict's, in Welsh; a GitHub annotation's title", () => {
    // Two files that are not JSON, one error each (the English run counts them): validate.summary.files "two" ("Gwiriwyd 2 ffeil"),
    // .errors "two" ("2 wall", gwall soft-mutated after dau), .warnings "zero".
    const files = { "a.json": "{", "b.json": "[" };
    expect(runCli(["validate", "a.json", "b.json", "--strict"], files).stderr.split("\n").at(-2)).toBe("2 files checked: 0 valid, 2 invalid; 2 errors, 0 warnings (--strict: warnings fail)");
    const welsh = runCli(["validate", "a.json", "b.json", "--strict", "--lang", "cy"], files);
    expect(welsh.stderr.split("\n").at(-2)).toBe("Gwiriwyd 2 ffeil: 0 yn ddilys, 2 yn annilys; 2 wall, 0 rhybudd (--strict: mae rhybuddion yn methu)");
    // A finding about the whole document names it in Welsh (formatPath's "(y ddogfen)"), as the policy's and the file's findings are.
    expect(welsh.stdout).toMatch(/^a\.json:\d+:\d+: \(y ddogfen\): /m);
    expect(runCli(["validate", "a.json"], files).stdout).toMatch(/^a\.json:\d+:\d+: \(the document\): /m);
    const github = runCli(["validate", "--format", "github", "a.json", "--lang", "cy"], { "a.json": valid });
    expect(github.stdout).toMatch(/^::error file=a\.json,line=\d+,col=\d+,title=[a-z-]+ yn /m);
  });
});

describe("a case that follows no policy given, with --lang cy", () => {
  // The English of each is pinned in test/cli/sweep.test.ts and commands.test.ts.
  const swindon = JSON.parse(JSON.stringify(policies.swindon)) as Record<string, unknown>;
  const files = {
    "revised.json": JSON.stringify({ ...swindon, version: "Revised: March 2026", effectiveFrom: "2026-04-01" }),
    "early.json": JSON.stringify({ ...swindon, version: "Draft", effectiveFrom: "2026-01-01" }),
  };
  const cases = (...records: object[]) => ({ ...files, "cases.jsonl": records.map((record) => JSON.stringify(record)).join("\n") });

  it("names a policy none of --policy gives, or none that is bundled", async () => {
    const given = await runCliAsync(["sweep", "cases.jsonl", "--as-of", "2026-11-03", "--policy", "swindon", "--policy", "trafford", "--lang", "cy"], cases({ policy: "rochdale", raisedOn: "2026-11-02", events: [] }));
    expect(given.stderr).toContain(`cases.jsonl:1:2: policy: Mae'r achos yn enwi'r polisi "rochdale", nad yw'n un o'r rhai y mae --policy yn eu rhoi (swindon, trafford): rhowch --policy <id neu ffeil>.\n`);
    const bundled = await runCliAsync(["assess", "case.json", "--as-of", "2026-11-03", "--lang", "cy"], { "case.json": JSON.stringify({ policy: "nowhere", raisedOn: "2026-11-02", events: [] }) });
    expect(bundled.stderr).toBe(`case.json:1:2: policy: Mae'r achos yn enwi'r polisi "nowhere", nad yw wedi'i gynnwys (swindon, rochdale, trafford, redbridge, mid-and-west-wales): rhowch --policy <id neu ffeil>.\n`);
  });

  it("pins a version not given, or was raised before any given was in force", async () => {
    const result = await runCliAsync(
      ["sweep", "cases.jsonl", "--as-of", "2026-11-03", "--policy", "revised.json", "--policy", "early.json", "--lang", "cy"],
      cases({ policy: "swindon", policyVersion: "Revised: March 2025", raisedOn: "2026-11-02", events: [] }, { policy: "swindon", raisedOn: "2025-12-01", events: [] }),
    );
    expect(result.code).toBe(1);
    // The versions in the order --policy gives them; the "early" version starts 1 January 2026, after 1 December 2025.
    expect(result.stderr).toContain(`cases.jsonl:1:21: policyVersion: Ni roddwyd fersiwn "Revised: March 2025" o "swindon" ("Revised: March 2026", "Draft"). Rhowch y fersiwn y mae'n ei dilyn gyda --policy <ffeil>.\n`);
    expect(result.stderr).toContain(`cases.jsonl:2:21: raisedOn: Nid oes fersiwn o "swindon" mewn grym ar 2025-12-01. Rhowch y fersiwn y mae'n ei dilyn gyda --policy <ffeil>.\n`);
  });
});

describe("validate --case with --lang cy", () => {
  it("a case file's findings in Welsh, at the same places as in English", () => {
    // Swindon has no stage-9: parseCase refuses the event naming it (its English pinned in test/cli/commands.test.ts's assess).
    const files = { "case.json": JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-9", on: "2026-12-29" }] }, null, 2) };
    const english = runCli(["validate", "--case", "case.json"], files);
    const welsh = runCli(["validate", "--case", "case.json", "--lang", "cy"], files);
    expect([english.code, welsh.code]).toEqual([1, 1]);
    const at = (text: string): string[] => text.split("\n").filter((line) => line.startsWith("case.json:")).map((line) => line.split(": ").slice(0, 2).join(": "));
    expect(at(welsh.stdout)).toEqual(at(english.stdout));
    expect(at(english.stdout).length).toBeGreaterThan(0);
    expect(welsh.stdout).not.toBe(english.stdout);
  });
});

describe("a warning of validate with --lang cy", () => {
  it("is marked rhybudd:, at the same place as English's warning:", () => {
    // minimalPolicy's review date, 2026-03-01, has passed by 2026-11-24 (test/cli/validate.test.ts): a lint warning at reviewDue.
    const files = { "a.json": JSON.stringify(minimalPolicy(), null, 2) };
    const english = runCli(["validate", "a.json"], files);
    const welsh = runCli(["validate", "a.json", "--lang", "cy"], files);
    expect(english.stdout).toMatch(/^a\.json:\d+:\d+: reviewDue: warning: The review date 2026-03-01 has passed/m);
    const at = /^(a\.json:\d+:\d+: reviewDue: )warning: /m.exec(english.stdout)?.[1] as string;
    expect(welsh.stdout).toContain(`${at}rhybudd: `);
    expect(welsh.stdout).not.toContain("warning");
  });
});

describe("an internal error in Welsh", () => {
  it("says it is a bug, the error's own words inside", () => {
    let stderr = "";
    const code = internalError(new Error("the terminal went away"), { stderr: (text) => (stderr += text) }, "cy");
    expect(code).toBe(70);
    expect(stderr).toMatch(
      /^safeguarding-escalation: gwall mewnol \(Error: the terminal went away\); nam yn safeguarding-escalation \d+\.\d+\.\d+ yw hwn, rhowch wybod amdano gyda'r gorchymyn a'i achosodd \(mae SAFEGUARDING_ESCALATION_DEBUG=1 yn dangos ble digwyddodd\)\.\n$/,
    );
  });

  it("from a command run with --lang cy", () => {
    const broken = (): never => {
      throw new Error("the terminal went away");
    };
    const result = runCli(["timeline", "--policy", "swindon", "--raised", "2026-12-23", "--lang", "cy"], {}, "2026-11-24", { stdout: broken, debug: true });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^safeguarding-escalation: gwall mewnol \(Error: the terminal went away\); nam yn safeguarding-escalation \S+ yw hwn, rhowch wybod amdano gyda'r gorchymyn a'i achosodd\.\n/);
  });
});
