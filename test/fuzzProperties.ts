// The properties `npm run fuzz` (scripts/fuzz.ts) runs a million times, and
// test/fuzz.test.ts runs a few hundred times in `npm test`: every public entry
// point (the main entry's functions, the /testing entry's arbitraries, the
// command line) given hostile, valid and boundary inputs keeps the contract of
// ./hostileInputs.ts: a result or a library error, its inputs unchanged,
// the built-in prototypes untouched. And the checks that no input takes
// super-linear time.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { run } from "../src/cli/main.js";
import * as lib from "../src/index.js";
import * as testing from "../src/testing/index.js";
import { attack, caseRecord, checkCall, functions, globalsUntouched, hostile, hostileArguments, valueOf } from "./hostileInputs.js";

/** A property and how many runs it gets in a full `npm run fuzz`; each run feeds the entry point one generated input. */
export interface Suite {
  readonly name: string;
  readonly runs: number;
  readonly property: fc.IRawProperty<unknown>;
}

type Fn = (...args: unknown[]) => unknown;
const fn = (name: string) => (lib as unknown as Record<string, Fn>)[name] as Fn;
const call = (name: string, ...args: unknown[]) => checkCall(name, fn(name), args);

// Runs of the hostile property for one function: a function that costs
// milliseconds a call (it parses or assesses a policy) gets fewer, a function
// of no arguments fewer still (it ignores what it is given).
const HEAVY = new Set(["assess", "describePolicy", "escalationLog", "forecast", "lintPolicy", "monitoringReport", "parseCase", "parsePolicy", "policyInForce", "renderAssessmentText", "renderForecastIcs", "renderIcs", "renderMermaid", "renderScheduleText", "schedule", "triage", "joinCalendars", "createCalendar", "renderLogCsv", "renderReportHtml", "renderReportMarkdown"]);
const hostileRuns = (name: string, f: Fn) => (f.length === 0 && name !== "joinCalendars" ? 50 : HEAVY.has(name) ? 2_000 : 48_000);

/** Every function of the main entry, each argument in turn hostile, or a hostile value deep inside one, or arguments left out. */
function hostileSuites(): Suite[] {
  return functions.map(([name, f]) => ({
    name: `hostile ${name}`,
    runs: hostileRuns(name, f),
    property: fc.property(attack, (how) => checkCall(name, f, hostileArguments(name, how))),
  }));
}

// Boundary values: the first and last supported dates, leap days, the turn
// of a year, and counts at zero, at the edges of 32-bit and safe integers.
const dates = fc.oneof(
  { weight: 4, arbitrary: testing.isoDates() },
  { weight: 1, arbitrary: fc.constantFrom(lib.FIRST_SUPPORTED_DATE, lib.LAST_SUPPORTED_DATE, "2024-02-29", "2026-12-25", "2026-12-31", "2027-01-01", "2000-02-29") },
);
const counts = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -400, max: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, -1, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 100_000, -100_000) },
);
const instants = fc.oneof(
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("2026-03-29T00:59:59Z", "2026-03-29T01:00:00Z", "2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z", "2026-03-31T23:30:00+01:00"),
);

/** The calendar functions over valid and boundary dates, counts and random calendars. */
function calendarSuites(): Suite[] {
  const cal = testing.calendars();
  const suite = (name: string, runs: number, property: fc.IRawProperty<unknown>): Suite => ({ name: `valid ${name}`, runs, property });
  return [
    suite("addWorkingDays", 15_000, fc.property(dates, counts, cal, (d, n, c) => call("addWorkingDays", d, n, c))),
    suite("explainWorkingDays", 8_000, fc.property(dates, counts, cal, (d, n, c) => call("explainWorkingDays", d, n, c))),
    suite("workingDaysBetween", 15_000, fc.property(dates, dates, cal, (a, b, c) => call("workingDaysBetween", a, b, c))),
    suite("holidaysBetween", 8_000, fc.property(dates, dates, cal, (a, b, c) => call("holidaysBetween", a, b, c))),
    suite("isWorkingDay, nextWorkingDay, previousWorkingDay, isConfirmedDate", 15_000, fc.property(dates, cal, (d, c) => ["isWorkingDay", "nextWorkingDay", "previousWorkingDay", "isConfirmedDate"].forEach((name) => call(name, d, c)))),
    suite("addCalendarDays, addCalendarMonths", 15_000, fc.property(dates, counts, (d, n) => ["addCalendarDays", "addCalendarMonths"].forEach((name) => call(name, d, n)))),
    suite("compareDates, formatLongDate, isIsoDate, parseIsoDate", 15_000, fc.property(dates, dates, (a, b) => {
      call("compareDates", a, b);
      call("formatLongDate", a);
      call("isIsoDate", a);
      call("parseIsoDate", b, "date");
    })),
    suite("isIsoDate, parseIsoDate on near-dates", 15_000, fc.property(fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.stringMatching(/^[\d-]{8,12}$/), fc.string({ unit: "grapheme" })), (s) => {
      call("isIsoDate", s);
      call("parseIsoDate", s, "date");
    })),
    suite("toLondonDate", 15_000, fc.property(instants, (instant) => call("toLondonDate", instant))),
    suite("createCalendar, joinCalendars", 3_000, fc.property(testing.calendarOptions(), testing.calendarOptions(), (a, b) => {
      call("createCalendar", a);
      call("joinCalendars", lib.createCalendar(a), lib.createCalendar(b));
    })),
  ];
}

/** A policy (bundled or random) with a valid case of it: every function of the engine, the reports and the renderers. */
function engineSuites(): Suite[] {
  const policyAndCase = fc.oneof(testing.bundledPolicies(), testing.policyDefinitions()).chain((policy) => testing.casesFor(policy).map((drawn) => ({ policy, ...drawn })));
  return [
    {
      name: "valid policy and case: parse, lint, schedule, assess, triage, forecast, reports, renderers",
      runs: 1_000,
      property: fc.property(policyAndCase, ({ policy, record, asOf }) => {
        call("parsePolicy", structuredClone(policy));
        call("lintPolicy", policy, { today: asOf });
        call("describePolicy", policy);
        call("renderMermaid", policy);
        call("parseCase", record, policy);
        const plan = lib.schedule(policy, { raisedOn: record.raisedOn });
        call("schedule", policy, { raisedOn: record.raisedOn, ...(record.subject === undefined ? {} : { subject: record.subject }) });
        call("renderScheduleText", plan);
        call("renderIcs", plan, { stamp: "2026-12-23T09:30:00Z", uidPrefix: "fuzz" });
        call("assess", policy, record, asOf, { explain: true });
        call("renderAssessmentText", lib.assess(policy, record, asOf));
        call("triage", policy, record, asOf);
        if ("forecast" in lib) call("forecast", policy, record, asOf);
        call("escalationLog", policy, [record], asOf);
        call("renderLogCsv", lib.escalationLog(policy, [record], asOf));
        const report = lib.monitoringReport(policy, [record], { from: record.raisedOn, to: asOf, asOf });
        call("monitoringReport", policy, [record], { from: record.raisedOn, to: asOf, asOf });
        call("renderReportMarkdown", report);
        call("renderReportHtml", report);
      }),
    },
  ];
}

/**
 * The /testing entry: its arbitraries given hostile options throw a library
 * error or build an arbitrary, and what they build is what they promise.
 */
function testingSuites(): Suite[] {
  const arbitraries = Object.entries(testing);
  return [
    {
      name: "testing entry: every arbitrary given a hostile option",
      runs: 20_000,
      property: fc.property(fc.constantFrom(...arbitraries.map(([name]) => name)), hostile, (name, drawn) => {
        const make = (testing as unknown as Record<string, Fn>)[name] as Fn;
        const value = valueOf(drawn);
        for (const args of [[value], [{ min: value }], [{ max: value }], [{ from: value }], [{ to: value }], [lib.policies.swindon, value]]) {
          const use = (...given: unknown[]) => {
            const arbitrary = make(...given);
            // What was built works: a sample of it is drawn.
            if (arbitrary instanceof fc.Arbitrary) fc.sample(arbitrary, { numRuns: 1, seed: 1 });
          };
          checkCall(`testing.${name}`, use, args);
        }
      }),
    },
    {
      name: "testing entry: isoDates within any bounds",
      runs: 20_000,
      property: fc.property(dates, dates, fc.integer(), (a, b, seed) => {
        const [min, max] = lib.compareDates(a, b) <= 0 ? [a, b] : [b, a];
        const [date] = fc.sample(testing.isoDates({ min, max }), { numRuns: 1, seed });
        if (date === undefined || lib.compareDates(date, min) < 0 || lib.compareDates(date, max) > 0) throw new Error(`isoDates({ min: ${min}, max: ${max} }) gave ${date}`);
      }),
    },
  ];
}

/** A folder of files for the command line to read: valid, broken and hostile. */
function cliFolder(): string {
  const cwd = mkdtempSync(join(tmpdir(), "se-fuzz-"));
  let deep = "1";
  for (let level = 0; level < 10_000; level++) deep = `[${deep}]`;
  const files: Record<string, string | Uint8Array> = {
    "policy.json": JSON.stringify(lib.policies.swindon),
    "case.json": JSON.stringify(caseRecord()),
    "cases.jsonl": `${JSON.stringify(caseRecord())}\n{"policy":"swindon"}\nnot json\n`,
    "cases.csv": "policy,raisedOn\nswindon,2026-12-23\nswindon,2026-02-30\n",
    "broken.json": '{"id": "x", "stages": [',
    "proto.json": '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "policy": "swindon", "raisedOn": "2026-12-23"}',
    "deep.json": deep,
    "wide.json": JSON.stringify(Array.from({ length: 60_000 }, (_, i) => i)),
    "long.json": JSON.stringify({ policy: "swindon", raisedOn: "2026-12-23", note: "x".repeat(200_000) }),
    "empty.json": "",
    "bom.json": `\uFEFF${JSON.stringify(caseRecord())}`,
    "binary.bin": Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  mkdirSync(join(cwd, "folder.json"));
  return cwd;
}

const WORDS = [
  ...["validate", "timeline", "assess", "flowchart", "sweep", "report", "help", "--help", "-h", "--version"],
  ...["--policy", "--raised", "--today", "--format", "--strict", "--case", "--from", "--to", "--fail-on", "--subject", "--flags", "--jurisdiction", "--explain", "--lang", "--due-soon", "--", "-", "-x", "--policy=swindon"],
  ...["swindon", "rochdale", "mid-and-west-wales", "nowhere", "json", "text", "csv", "md", "html", "github", "table", "overdue", "escalate-now", "en", "cy"],
  ...["policy.json", "case.json", "cases.jsonl", "cases.csv", "broken.json", "proto.json", "deep.json", "wide.json", "long.json", "empty.json", "bom.json", "binary.bin", "folder.json", "missing.json", "*.json", "**/*", "../../etc/passwd", "/dev/null"],
  ...["2026-12-23", "2026-02-30", "1899-12-31", "9999-12-31", "0", "-1", "1e999", "NaN"],
];
const EXIT_CODES = new Set([0, 1, 2, 3]);

/** The command line, in-process: any arguments, over files valid, broken and hostile; an exit code it documents, never a stack or an internal error. */
function cliSuites(): Suite[] {
  const cwd = cliFolder();
  const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) }, { weight: 1, arbitrary: fc.constantFrom("x".repeat(100_000), "--policy=\u0000", "\u202e", "१२३") });
  const argv = fc.tuple(fc.constantFrom("validate", "timeline", "assess", "flowchart", "sweep", "report"), fc.array(word, { maxLength: 8 })).map(([command, rest]) => [command, ...rest]);
  return [
    {
      name: "command line: any arguments over valid, broken and hostile files",
      runs: 20_000,
      property: fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: argv }, { weight: 1, arbitrary: fc.array(word, { maxLength: 6 }) }), async (args) => {
        let stderr = "";
        const code = await run(args, { cwd, today: "2026-11-24", stdout: () => undefined, stderr: (text) => (stderr += text) });
        if (!EXIT_CODES.has(code) || /\n\s+at /.test(stderr)) throw new Error(`safeguarding-escalation ${args.map((a) => JSON.stringify(a.slice(0, 80))).join(" ")} exited ${code}: ${stderr.slice(0, 500)}`);
        if (!globalsUntouched()) throw new Error(`safeguarding-escalation ${args.join(" ")} changed a built-in prototype`);
      }) as unknown as fc.IRawProperty<unknown>,
    },
  ];
}

/** Every suite, in the order they run. */
export function suites(): Suite[] {
  return [...hostileSuites(), ...calendarSuites(), ...engineSuites(), ...testingSuites(), ...cliSuites()];
}

/** One timing check: what was measured, in milliseconds, and whether it passed. */
export interface Timing {
  readonly name: string;
  readonly figures: string;
  readonly passed: boolean;
}

/** The best of three timings of `work`, in ms: the least disturbed by other work on the machine. */
function best(work: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    try {
      work();
    } catch (error) {
      if (!(error instanceof lib.SafeguardingEscalationError)) throw error;
    }
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** A Swindon policy grown to the schema's caps on its lists and texts: 64 roles, 16 actors a side, 32 duties a stage, texts of 4,000 characters. */
function policyAtCaps(): lib.Policy {
  const policy = structuredClone(lib.policies.swindon) as unknown as { roles: { id: string }[]; stages: { id: string; title: string; actors: { raising: string[]; receiving: string[] }; duties?: { id: string; what: string }[] }[] };
  const role = policy.roles[0] as { id: string };
  while (policy.roles.length < 64) policy.roles.push({ ...role, id: `role-at-cap-${policy.roles.length}` });
  const ids = policy.roles.map((r) => r.id);
  for (const stage of policy.stages) {
    stage.title = stage.title.padEnd(4000, ".");
    stage.actors = { raising: ids.slice(0, 16), receiving: ids.slice(16, 32) };
    const duty = stage.duties?.[0];
    if (duty !== undefined) stage.duties = Array.from({ length: 32 }, (_, i) => ({ ...duty, id: `${stage.id}-duty-${i}`, what: duty.what.padEnd(4000, ".") }));
  }
  return policy as unknown as lib.Policy;
}

/** A Swindon case with `count` events, a step done day after day. */
function caseWithEvents(count: number): unknown {
  const base = caseRecord();
  return { ...base, events: Array.from({ length: count }, (_, i) => ({ type: "step-done", step: "stage-1-discuss", on: lib.addCalendarDays("2026-12-23", i % 3000) })) };
}

/**
 * No input takes super-linear time: a case with 100,000 events is refused
 * fast or handled in time in proportion to 10,000; a policy at every cap is
 * answered within the time of the bundled policy times its growth; documents
 * at DOCUMENT_LIMITS, and far past them, in proportion to a tenth of them.
 */
export function timingChecks(): Timing[] {
  const checks: Timing[] = [];
  const policy = lib.policies.swindon;
  for (const name of ["parseCase", "assess", "triage", "forecast", "escalationLog", "monitoringReport"].filter((n) => n in lib)) {
    const args = (record: unknown): unknown[] =>
      name === "parseCase" ? [record, policy] : name === "escalationLog" ? [policy, [record], "2027-06-01"] : name === "monitoringReport" ? [policy, [record], { from: "2026-12-01", to: "2027-06-01", asOf: "2027-06-01" }] : [policy, record, "2027-06-01"];
    const [small, large] = [10_000, 100_000].map((count) => {
      const record = caseWithEvents(count);
      return best(() => fn(name)(...args(record)));
    }) as [number, number];
    // Linear time gives 10x; a quadratic one 100x. Within a second it is refused fast, whatever the ratio.
    checks.push({ name: `${name}: a case with 100,000 events`, figures: `10,000 events ${small.toFixed(1)} ms, 100,000 events ${large.toFixed(1)} ms`, passed: large < 1000 || large / Math.max(small, 1) < 25 });
  }
  const capped = policyAtCaps();
  const growth = JSON.stringify(capped).length / JSON.stringify(policy).length;
  const record = caseRecord();
  // The engine takes a parsed policy and compiles it once: each timed call gets a fresh parse, so that it pays the compilation too.
  const fresh = (p: lib.Policy): lib.Policy => {
    const parsed = lib.parsePolicy(structuredClone(p));
    if (!parsed.success) throw new Error(`a policy for the timing checks does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    return parsed.policy;
  };
  const uses: Record<string, (p: lib.Policy) => unknown[]> = {
    parsePolicy: (p) => [structuredClone(p)],
    lintPolicy: (p) => [fresh(p), { today: "2026-11-24" }],
    describePolicy: (p) => [fresh(p)],
    describeLimits: (p) => [fresh(p)],
    renderMermaid: (p) => [fresh(p)],
    schedule: (p) => [fresh(p), { raisedOn: "2026-12-23" }],
    assess: (p) => [fresh(p), record, "2027-01-08"],
    triage: (p) => [fresh(p), record, "2027-01-08"],
  };
  for (const [name, use] of Object.entries(uses)) {
    const [plain, atCaps] = [policy, capped].map((p) => best(() => fn(name)(...use(p)))) as [number, number];
    checks.push({ name: `${name}: a policy at every cap (${growth.toFixed(0)}x the text)`, figures: `bundled ${plain.toFixed(1)} ms, at the caps ${atCaps.toFixed(1)} ms`, passed: atCaps < 1000 || atCaps / Math.max(plain, 1) < 4 * growth });
  }
  // Documents at DOCUMENT_LIMITS and far past them: in proportion to a tenth
  // of the size, or refused within a second (a quadratic parse of these sizes takes minutes).
  const { depth, nodes, stringLength } = lib.DOCUMENT_LIMITS;
  const nest = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = [value];
    return value;
  };
  const documents: [string, (size: number) => unknown, number][] = [
    ["values (the limit is 50,000)", (size) => ({ ...policy, extra: Array.from({ length: size }, () => 1) }), nodes - 2_000],
    ["values, past the limit", (size) => ({ ...policy, extra: Array.from({ length: size }, () => 1) }), nodes * 4],
    [`levels deep (the limit is ${depth})`, (size) => ({ ...policy, extra: nest(size) }), depth - 2],
    ["levels deep, past the limit", (size) => ({ ...policy, extra: nest(size) }), 100_000],
    [`characters of title (the limit is ${stringLength})`, (size) => ({ ...policy, title: "x".repeat(size) }), stringLength],
    ["characters of title, past the limit", (size) => ({ ...policy, title: "x".repeat(size) }), stringLength * 100],
  ];
  for (const [what, make, size] of documents) {
    const [small, large] = [Math.ceil(size / 10), size].map((n) => {
      const document = make(n);
      return best(() => lib.parsePolicy(document));
    }) as [number, number];
    checks.push({ name: `parsePolicy: ${size.toLocaleString("en-GB")} ${what}`, figures: `a tenth ${small.toFixed(1)} ms, all ${large.toFixed(1)} ms`, passed: large < 1000 || large / Math.max(small, 1) < 25 });
  }
  return checks;
}
