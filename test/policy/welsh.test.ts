// Policy findings in Welsh (parsePolicy, lintPolicy, validate's JSON reading
// problems): every path that writes a finding writes one in either language,
// the same finding (code, path, severity) with the Welsh sentence in place of
// the English, and the English exactly as before. The catalogue
// (src/messages/policyIssues/) keeps the laws of every catalogue.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { formatPath, InvalidOptionsError, InvalidPolicyError, lintPolicy, parsePolicy, type Language, type Policy, type PolicyIssue } from "../../src/index.js";
import { decodeJson, parseJsonSource, READ_ERRORS, readError, readJsonSource, type JsonProblem } from "../../src/cli/jsonSource.js";
import { policySchema } from "../../src/policy/schema.js";
import { unknownFieldIssues } from "../../src/policy/unknownFields.js";
import { forms, placeholderMismatches, pluralFormMistakes, reviewListMistakes, sourceCode, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";
import { minimalPolicy } from "./minimalPolicy.js";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("policyIssues/en.json"), cy: read("policyIssues/cy.json") };
const shared = { en: read("values/en.json"), cy: read("values/cy.json") };
const review = JSON.parse(readFileSync(new URL("../../src/messages/policyIssues/cy-review.json", import.meta.url), "utf8")) as ReviewList;
const source = { section: "1", quote: "within two working days" };

// Every Welsh sentence a test below makes, to check at the end that each message of the catalogues was written.
const written: string[] = [];
const UNFILLED = /\{[A-Za-z]+\}/;

/** The findings in both languages, checked to be the same findings, each sentence differing and filled; the Welsh kept. */
function bothLanguages(findings: (lang: Language) => readonly PolicyIssue[]): { en: readonly PolicyIssue[]; cy: readonly PolicyIssue[] } {
  const en = findings("en");
  const cy = findings("cy");
  expect(cy.map(({ code, path, severity }) => ({ code, path, severity }))).toEqual(en.map(({ code, path, severity }) => ({ code, path, severity })));
  cy.forEach((found, i) => {
    expect(found.message).not.toBe(en[i]?.message);
    expect(found.message).not.toMatch(UNFILLED);
    expect(found.message.trim()).not.toBe("");
    written.push(found.message);
  });
  return { en, cy };
}

const parseIn = (input: unknown) => (lang: Language) => {
  const result = parsePolicy(input, { lang });
  return result.success ? [] : result.errors;
};

function step(id: string, from: Loose | null = { raised: true }): Loose {
  return { id, title: `Step ${id}`, actors: ["practitioner"], limit: from === null ? null : { workingDays: 1, from, source }, source };
}
const duty = (id: string, extra: Loose = {}): Loose => ({ id, kind: "record", what: "Record it", source, ...extra });
const withPriorities = (p: Loose): Loose => ((p.priorities = [{ id: "urgent", title: "Urgent", source }, { id: "routine", title: "Routine", source }]), p);

// One invalid policy per path of the checks (the shape of the document, the
// schema, the references), each an edit of the minimal policy, with the codes
// it must find.
const EDITS: [string, (p: Loose) => void, string[]][] = [
  // The document's shape.
  ["more values than allowed", (p) => (p.document.extra = Array.from({ length: 50_001 }, () => 0)), ["document-too-large"]],
  ["nested too deep", (p) => (p.document.deep = JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`)), ["document-too-deep"]],
  ["a number that is not finite", (p) => (p.stages[0].number = Number.NaN), ["not-json"]],
  ["an over-long text", (p) => (p.title = "x".repeat(10_001)), ["string-too-long"]],
  ["a value JSON has not", (p) => (p.title = 1n), ["not-json"]],
  ["a list with a hole", (p) => (p.subjects = [, "adults"]), ["not-json"]], // eslint-disable-line no-sparse-arrays
  [
    "a getter",
    (p) =>
      Object.defineProperty(p, "title", {
        get: () => "x",
        enumerable: true,
      }),
    ["not-json"],
  ],
  ["a getter in a list", (p) => Object.defineProperty(p.subjects, 0, { get: () => "adults", enumerable: true }), ["not-json"]],
  ["an object of another kind", (p) => (p.document = new Map()), ["not-json"]],
  [
    "an object that cannot be read",
    (p) => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      p.document = proxy;
    },
    ["not-json"],
  ],
  ["a key that reaches a prototype", (p) => (p.document = JSON.parse('{ "title": "Example", "__proto__": 1 }')), ["forbidden-key"]],
  // The schema: types, by what was expected.
  ["no title", (p) => delete p.title, ["missing"]],
  ["no number", (p) => delete p.stages[0].number, ["missing"]],
  ["a value left undefined", (p) => (p.stages[0].limit.workingDays = undefined), ["not-json"]],
  ["no roles", (p) => delete p.roles, ["missing"]],
  ["no document", (p) => delete p.document, ["missing"]],
  ["a title as a number", (p) => (p.title = 5), ["wrong-type"]],
  ["a stage number as text", (p) => (p.stages[0].number = "1"), ["wrong-type"]],
  ["working days as a fraction", (p) => (p.stages[0].limit.workingDays = 1.5), ["wrong-type"]],
  ["roles as an object", (p) => (p.roles = {}), ["wrong-type"]],
  ["the document as null", (p) => (p.document = null), ["wrong-type"]],
  ["a yes/no as text", (p) => (p.stages[0].steps = [{ ...step("meet", null), afterResolution: "yes" }]), ["wrong-type"]],
  ["a bound that is not true", (p) => (p.stages[0].limit = { immediately: false, from: { raised: true }, source }), ["not-allowed"]],
  // Values, lengths and sizes.
  ["an unknown jurisdiction", (p) => (p.jurisdiction = "mars"), ["not-allowed"]],
  ["no jurisdiction", (p) => delete p.jurisdiction, ["not-allowed"]],
  ["a rule with an unknown effect", (p) => (p.rules = [{ id: "r", title: "R", when: { flag: "immediate-risk" }, effect: "vanish", source }]), ["not-allowed"]],
  ["a single priority", (p) => (p.priorities = [{ id: "urgent", title: "Urgent", source }]), ["too-few"]],
  ["an empty list of actors", (p) => (p.stages[0].actors.raising = []), ["too-few"]],
  ["a blank title", (p) => (p.title = "  "), ["empty"]],
  ["zero working days", (p) => (p.stages[0].limit.workingDays = 0), ["too-small"]],
  ["367 working days", (p) => (p.stages[0].limit.workingDays = 367), ["too-big"]],
  ["three subjects", (p) => (p.subjects = ["adults", "children", "adults"]), ["too-many"]],
  ["a long title", (p) => (p.title = "x".repeat(4001)), ["too-long"]],
  // Formats and the schema's own rules.
  ["an id with capitals", (p) => (p.roles[0].id = "Line Manager"), ["bad-format"]],
  ["30 February", (p) => (p.reviewDue = "2026-02-30"), ["bad-format"]],
  ["a date before 2000", (p) => (p.reviewDue = "1999-12-31"), ["invalid"]],
  ["a date not written YYYY-MM-DD", (p) => (p.reviewDue = "1 March 2026"), ["bad-format"]],
  ["a limit with no amount", (p) => delete p.stages[0].limit.workingDays, ["invalid"]],
  ["a limit with two amounts", (p) => (p.stages[0].limit.hours = 4), ["invalid"]],
  ["a limit with three amounts", (p) => Object.assign(p.stages[0].limit, { hours: 4, immediately: true }), ["invalid"]],
  [
    "a shared limit over stages and steps",
    (p) => (p.sharedLimits = [{ id: "both", title: "Both", stages: ["first", "second"], steps: ["a", "b"], limit: { workingDays: 1, from: { raised: true }, source }, source }]),
    ["invalid"],
  ],
  // Unions.
  ["an empty anchor", (p) => (p.stages[0].limit.from = {}), ["no-matching-form"]],
  ["an empty condition", (p) => (p.stages[0].when = {}), ["no-matching-form"]],
  ["a number as a flag", (p) => (p.stages[0].limit.from = { flagged: 5 }), ["no-matching-form"]],
  ["an unknown subject", (p) => (p.stages[0].when = { subject: "elder" }), ["not-allowed"]],
  // Unknown fields, in objects of each kind.
  ["a field the policy has not", (p) => (p.zzz = 1), ["unknown-field"]],
  ["a misspelt field of a stage", (p) => (p.stages[0].limitt = 1), ["unknown-field"]],
  ["an extra key beside raised", (p) => (p.stages[0].limit.from = { raised: true, x: 1 }), ["unknown-field"]],
  ["a field a role has not", (p) => (p.roles[0].zzz = 1), ["unknown-field"]],
  ["a field a source has not", (p) => (p.stages[0].source = { ...source, zzz: 1 }), ["unknown-field"]],
  ["a field a limit has not", (p) => (p.stages[0].limit.zzz = 1), ["unknown-field"]],
  ["a field another reading has not", (p) => (p.stages[1].limit.otherReadings = [{ workingDays: 10, note: "n", source, zzz: 1 }]), ["unknown-field"]],
  // References.
  ["a role declared twice", (p) => (p.roles[1].id = "practitioner"), ["duplicate-id", "unknown-role", "unknown-role"]],
  ["a stage id used twice", (p) => (p.stages[1].id = "first"), ["duplicate-id", "unreachable"]],
  ["stages out of order", (p) => (p.stages[1].number = 1), ["stage-order", "unreachable"]],
  ["a limit from an unknown stage", (p) => (p.stages[1].limit.from = { startOf: "frist" }), ["unknown-stage"]],
  ["a limit from its own completion", (p) => (p.stages[1].limit.from = { completionOf: "second" }), ["unreachable"]],
  ["a limit from a later start", (p) => (p.stages[0].limit.from = { startOf: "second" }), ["unreachable"]],
  ["an escalation from its own start", (p) => (p.stages[1].escalateBy = { workingDays: 1, from: { startOf: "second" }, source }), ["unreachable"]],
  ["an escalation from its own completion", (p) => (p.stages[1].escalateBy = { workingDays: 1, from: { completionOf: "second" }, source }), ["unreachable"]],
  ["an escalation from the resolution", (p) => (p.stages[1].escalateBy = { workingDays: 1, from: { resolution: true }, source }), ["unreachable"]],
  ["escalation into the first stage", (p) => (p.stages[0].escalateBy = { workingDays: 1, from: { raised: true }, source }), ["escalate-into-first"]],
  ["a limit from a step when there are none", (p) => (p.stages[1].limit.from = { step: "respond" }), ["unknown-step"]],
  ["a limit from an unknown step", (p) => ((p.stages[0].steps = [step("meet")]), (p.stages[1].limit.from = { step: "respond" })), ["unknown-step"]],
  ["a limit from a later step", (p) => ((p.stages[1].steps = [step("meet")]), (p.stages[0].limit.from = { step: "meet" })), ["unreachable"]],
  ["an escalation from its own step", (p) => ((p.stages[1].steps = [step("meet")]), (p.stages[1].escalateBy = { workingDays: 1, from: { step: "meet" }, source })), ["unreachable"]],
  ["steps in a ring", (p) => (p.stages[0].steps = [step("a", { step: "b" }), step("b", { step: "a" })]), ["cycle"]],
  ["an event when there are none", (p) => (p.stages[1].limit.from = { event: "letter" }), ["unknown-event"]],
  ["an unknown event", (p) => ((p.events = [{ id: "call", title: "Call", source }]), (p.stages[1].limit.from = { event: "letter" })), ["unknown-event"]],
  ["a rule with no stage to start at", (p) => (p.rules = [{ id: "jump", title: "Jump", when: { flag: "immediate-risk" }, effect: "start-at-stage", source }]), ["incomplete-rule"]],
  ["a notify rule with no one to tell", (p) => (p.rules = [{ id: "tell", title: "Tell", when: { flag: "immediate-risk" }, effect: "notify", source }]), ["incomplete-rule"]],
  ["a priority when there are none", (p) => (p.stages[1].when = { priority: "urgent" }), ["unknown-priority"]],
  ["an unknown priority", (p) => ((withPriorities(p).stages[1].when = { priority: "high" }), p), ["unknown-priority"]],
  [
    "a limit set only for some priorities",
    (p) => (withPriorities(p).stages[1].limit = { byPriority: [{ priority: "urgent", workingDays: 1, source }], from: { raised: true }, source }),
    ["priority-without-limit"],
  ],
  [
    "a stage in two shared limits",
    (p) =>
      (p.sharedLimits = [
        { id: "one", title: "One", stages: ["first", "second"], limit: { workingDays: 9, from: { raised: true }, source }, source },
        { id: "two", title: "Two", stages: ["first", "second"], limit: { workingDays: 9, from: { raised: true }, source }, source },
      ]),
    ["shared-twice", "shared-twice"],
  ],
  ["a shared limit out of order", (p) => (p.sharedLimits = [{ id: "one", title: "One", stages: ["second", "first"], limit: { workingDays: 9, from: { raised: true }, source }, source }]), ["not-consecutive"]],
  ["a duty for an unknown role", (p) => (p.duties = [duty("tell", { to: ["chair"] })]), ["unknown-role"]],
];

describe("parsePolicy in Welsh", () => {
  it.each(EDITS)("finds the same for %s, in Welsh words", (_, edit, codes) => {
    const p: Loose = minimalPolicy();
    edit(p);
    const { en } = bothLanguages(parseIn(p));
    // English by default, and the same with lang "en".
    expect(parsePolicy(p)).toEqual(parsePolicy(p, { lang: "en" }));
    if (codes.length > 0) expect(en.map((found) => found.code)).toEqual(codes);
  });

  it("writes whole Welsh sentences (a sample checked by hand)", () => {
    // Each expected sentence was put together by hand from the Welsh
    // catalogue and the edit: the message for the path the edit reaches, with
    // the value as the file holds it ("5" is text; 1.5 is not a whole number).
    const cases: [(p: Loose) => void, string][] = [
      [(p) => (p.stages[0].limit.workingDays = "5"), 'Disgwyliwyd rhif, cafwyd y testun "5".'],
      [(p) => (p.stages[0].limit.workingDays = 1.5), "Disgwyliwyd rhif cyfan, cafwyd 1.5."],
      [(p) => delete p.title, "Mae angen y maes hwn: disgwylir testun."],
      [(p) => (p.stages[0].limitt = 1), 'Nid yw "limitt" yn un o feysydd cam; ai "limit" a olygwyd?'],
      [(p) => (p.stages[1].limit.from = { step: "respond" }), 'Nid yw "respond" yn id cam gweithredu (nid oes gan y polisi gamau gweithredu).'],
      [(p) => ((p.stages[1].number = 1), (p.stages[1].limit.from = { raised: true })), "Rhaid i rifau'r camau gynyddu i lawr yr ysgol: mae 1 yn dilyn 1."],
      [(p) => (p.reviewDue = "2026-02-30"), 'Nid yw\'r testun "2026-02-30" yn ddyddiad dilys.'],
      [(p) => (p.reviewDue = "1999-12-31"), "Rhaid iddo fod yn ddyddiad go iawn wedi'i ysgrifennu YYYY-MM-DD rhwng 2000-01-01 a 2099-12-31."],
      [(p) => (p.stages[0].when = { subject: "elder" }), 'Disgwyliwyd un o "adult", "child", cafwyd y testun "elder".'],
      [(p) => (p.priorities = [{ id: "urgent", title: "Urgent", source }]), "Mae angen o leiaf 2 eitem."],
      [
        (p) => (p.stages[0].when = {}),
        'Disgwyliwyd { "flag": "<baner achos>" }, { "subject": "adult" | "child" }, { "all": [...] }, { "any": [...] } neu { "not": { ... } }; cafwyd {}.',
      ],
      [(p) => Object.assign(p.stages[0].limit, { hours: 4, immediately: true }), "Dim ond un o workingDays, workingWeeks, calendarDays, calendarMonths, hours, immediately neu asSoonAsPossible a gymer terfyn amser, nid workingDays, hours, immediately."],
    ];
    for (const [edit, expected] of cases) {
      const p: Loose = minimalPolicy();
      edit(p);
      const result = parsePolicy(p, { lang: "cy" });
      expect(result.success ? [] : result.errors.map((found) => found.message)).toEqual([expected]);
    }
  });

  it("names every kind of object the schema has, in each language (English: an article and the id's words)", () => {
    const ids = Object.keys((z.toJSONSchema(policySchema, { io: "input" }) as { $defs: Record<string, unknown> }).$defs);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const words = id.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();
      expect(catalogues.en[`kind.${id}`]).toBe(`${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`);
      expect(catalogues.cy[`kind.${id}`]).toBeTypeOf("string");
      // Each name, in a sentence as a finding writes it.
      const [found] = unknownFieldIssues(["zzz"], [], { kind: undefined, id, fields: ["title"] }, "cy");
      expect(found?.message).toBe(`Nid yw "zzz" yn un o feysydd ${catalogues.cy[`kind.${id}`] as string}; y meysydd yw: title.`);
      written.push(found?.message ?? "");
    }
    expect(Object.keys(catalogues.en).filter((key) => key.startsWith("kind.") && !["kind.policy", "kind.document", "kind.object"].includes(key) && !ids.includes(key.slice(5)))).toEqual([]);
  });

  it("names an object without a kind by its key, or as the document, and a field of no known object plainly", () => {
    const known = { kind: undefined, fields: ["title", "file"] };
    const messages = [...unknownFieldIssues(["zzz"], [], known, "cy"), ...unknownFieldIssues(["zzz"], ["stages", 0], known, "cy"), ...unknownFieldIssues(["zzz"], ["stages", 0], undefined, "cy")].map((found) => found.message);
    expect(messages).toEqual([
      'Nid yw "zzz" yn un o feysydd y ddogfen; y meysydd yw: title, file.',
      'Nid yw "zzz" yn un o feysydd y gwrthrych "stages"; y meysydd yw: title, file.',
      'Maes anhysbys "zzz": gwiriwch ei sillafu, neu dilëwch ef.',
    ]);
    written.push(...messages);
  });

  it("refuses a lang it does not know, with a typed error", () => {
    for (const lang of ["fr", "CY", "", null, 1]) {
      expect(() => parsePolicy(minimalPolicy(), { lang } as never)).toThrow(InvalidOptionsError);
      expect(() => lintPolicy(minimalPolicy() as Policy, { today: "2026-11-24", lang } as never)).toThrow(InvalidOptionsError);
      expect(() => formatPath([], { lang } as never)).toThrow(InvalidOptionsError);
      expect(() => new InvalidPolicyError([], { lang } as never)).toThrow(InvalidOptionsError);
    }
    expect(() => parsePolicy(minimalPolicy(), { language: "cy" } as never)).toThrow(InvalidOptionsError);
    expect(() => parsePolicy(minimalPolicy(), "cy" as never)).toThrow(InvalidOptionsError);
  });
});

describe("lintPolicy in Welsh", () => {
  it("gives each warning in Welsh, and the errors of what parsePolicy refuses", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit = null;
    p.stages[0].limit.otherReadings = [{ workingDays: 3, note: "The flowchart gives 3", source }];
    p.roles.push({ id: "chair", kind: "board-chair", title: "Chair" });
    const parsed = parsePolicy(p);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
    const { cy } = bothLanguages((lang) => lintPolicy(parsed.policy, { today: "2026-11-24", lang }));
    expect(cy.map((found) => found.code)).toEqual(["no-time-limit", "review-date-passed", "other-reading", "unused-role"]);
    expect(cy[1]?.message).toBe("Mae'r dyddiad adolygu 2026-03-01 wedi mynd heibio (heddiw yw 2026-11-24): gwiriwch mai hon yw'r fersiwn sydd mewn grym o hyd.");
    expect(lintPolicy(parsed.policy, { today: "2026-11-24" })).toEqual(lintPolicy(parsed.policy, { today: "2026-11-24", lang: "en" }));
    const unparsed: Loose = minimalPolicy();
    delete unparsed.title;
    bothLanguages((lang) => lintPolicy(unparsed as Policy, { today: "2026-11-24", lang }));
  });
});

describe("formatPath and InvalidPolicyError in Welsh", () => {
  it("writes the whole document's path in words of the language, and keys as they are", () => {
    expect(formatPath([], { lang: "cy" })).toBe("(y ddogfen)");
    expect(formatPath([], { lang: "en" })).toBe("(the document)");
    expect(formatPath(["stages", 2, "limit"], { lang: "cy" })).toBe("stages[2].limit");
  });

  it("sums up the issues in their language", () => {
    const p: Loose = minimalPolicy();
    p.zzz = 1;
    p.yyy = 1;
    p.xxx = 1;
    p.www = 1;
    const result = parsePolicy(p, { lang: "cy" });
    if (result.success) throw new Error("expected issues");
    const message = new InvalidPolicyError(result.errors, { lang: "cy" }).message;
    expect(message).toMatch(/^Nid yw'r polisi yn ddilys \(gwiriwch ef â parsePolicy yn gyntaf\): zzz: Nid yw "zzz" yn un o feysydd polisi; .*; a 1 arall$/);
    written.push(message, new InvalidPolicyError([{ severity: "error", code: "x", path: [], message: "m" }], { lang: "cy" }).message);
    // English by default, as before.
    expect(new InvalidPolicyError(result.errors).message).toMatch(/^The policy is not valid \(check it with parsePolicy first\): zzz: .*; and 1 more$/);
  });
});

describe("the JSON reading problems of a file, in Welsh", () => {
  const dir = mkdtempSync(join(tmpdir(), "welsh-json-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const problemsOf = (result: ReturnType<typeof parseJsonSource> | string | JsonProblem): readonly JsonProblem[] => (typeof result === "string" ? [] : "code" in result ? [result] : "errors" in result ? result.errors : []);
  const asIssues = (problems: readonly JsonProblem[]): PolicyIssue[] => problems.map(({ code, line, column, message }) => ({ severity: "error", code, path: [line, column], message }));

  it.each<[string, string]>([
    ["an unexpected character", "{ @ }"],
    ["a key not in quotes", "{ 1: 2 }"],
    ["a trailing comma", "[1,]"],
    ["no colon", '{ "a" 1 }'],
    ["no comma", "[1 2]"],
    ["an object not closed", '{ "a": 1'],
    ["a list not closed", "[1"],
    ["two values", "1 2"],
    ["a comment", "// c\n1"],
    ["a comment not closed", "/* c"],
    ["a text not closed", '"abc'],
    ["a number cut short", "1."],
    ["a short \\u escape", '"\\u12"'],
    ["an unknown escape", '"\\q"'],
    ["a tab in text", '"a\tb"'],
    ["many syntax errors", `[${"@,".repeat(20)}]`],
    ["nothing", ""],
    ["a key given twice", '{ "a": 1, "a": 2 }'],
    ["nesting deeper than the parser reads", "[".repeat(200_000)],
  ])("says what is wrong with %s", (_, text) => {
    bothLanguages((lang) => asIssues(problemsOf(parseJsonSource(text, lang))));
    expect(parseJsonSource(text)).toEqual(parseJsonSource(text, "en"));
  });

  it("says why bytes are not JSON text, for a file, a line or an item", () => {
    for (const what of ["file", "line", "item"] as const) {
      for (const bytes of [[0xef, 0xbb, 0xbf, 0x31], [0xff, 0xfe, 0x31, 0x00], [0x7b, 0xc3, 0x28, 0x7d]]) {
        bothLanguages((lang) => asIssues(problemsOf(decodeJson(new Uint8Array(bytes), what, lang))));
      }
    }
  });

  it("says why a file cannot be read", () => {
    mkdirSync(join(dir, "folder"));
    writeFileSync(join(dir, "large.json"), Buffer.alloc(1024 * 1024 + 1, 0x20));
    for (const file of ["missing.json", "folder", "large.json"]) {
      bothLanguages((lang) => asIssues(problemsOf((readJsonSource(file, dir, lang) as { errors: readonly JsonProblem[] }).errors[0] as JsonProblem)));
    }
    // Permission errors cannot be made for a test run as root: their words, directly.
    for (const code of ["EACCES", "EPERM"]) {
      expect(readError(code, "cy")).toBe("gwrthodwyd caniatâd");
      expect(READ_ERRORS[code]).toBe("permission denied");
    }
    expect(readError("EMFILE", "cy")).toBeUndefined();
  });

  it("keeps the English words of each syntax error as they were", () => {
    expect(
      Object.fromEntries(
        Object.entries(catalogues.en)
          .filter(([key]) => key.startsWith("json.syntax.") && !["json.syntax.other", "json.syntax.more"].includes(key))
          .map(([key, text]) => [key.slice("json.syntax.".length), (text as string).replace("{symbol}", key.endsWith("BraceExpected") ? "}" : "]")]),
      ),
    ).toEqual({
      InvalidSymbol: "invalid JSON: unexpected character",
      PropertyNameExpected: "invalid JSON: expected a property name in double quotes",
      ValueExpected: "invalid JSON: expected a value",
      ColonExpected: "invalid JSON: expected a colon",
      CommaExpected: "invalid JSON: expected a comma",
      CloseBraceExpected: "invalid JSON: expected }",
      CloseBracketExpected: "invalid JSON: expected ]",
      EndOfFileExpected: "invalid JSON: expected the end of the file",
      InvalidCommentToken: "invalid JSON: comments are not allowed in JSON",
      UnexpectedEndOfComment: "invalid JSON: a comment is not closed (and comments are not allowed in JSON)",
      UnexpectedEndOfString: "invalid JSON: a text is not closed: expected a double quote",
      UnexpectedEndOfNumber: "invalid JSON: a number ends too soon",
      InvalidUnicode: "invalid JSON: a \\u escape needs four hexadecimal digits",
      InvalidEscapeCharacter: 'invalid JSON: a backslash in text must start an escape such as \\n, \\" or \\\\',
      InvalidCharacter: "invalid JSON: a control character (a tab, a line break) inside text must be escaped, as \\t or \\n",
    });
  });
});

describe("the catalogue of policy findings (src/messages/policyIssues/)", () => {
  it("has the same keys in each language, and keeps the laws of every catalogue", () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
    expect(placeholderMismatches(catalogues)).toEqual([]);
    expect(strayBraces(catalogues)).toEqual([]);
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("accounts for every Welsh string exactly once in policyIssues/cy-review.json, each draft with a note", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });

  it("holds no message the code does not use (by its key, or by a key made from its prefix)", () => {
    const code = sourceCode();
    const unused = Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`) && !code.includes(`\`${key.slice(0, key.lastIndexOf(".") + 1)}\${`));
    expect(unused).toEqual([]);
  });

  it("has every sentence written by one of the tests above, in Welsh (but the fallbacks for what the schema does not use)", () => {
    // Messages for a zod type, format, rule or parser error the policy schema
    // and the parser's options never produce (zod reports a missing whole
    // number as a missing number; the schema has no required yes/no; comments
    // are refused before one can be left open; empty content is a missing
    // value): reached only if the schema or the parser changes. And what a
    // test run as root cannot make happen.
    const fallbacks = ["missing.int", "missing.boolean", "missing.other", "wrongType.other", "badFormat.other", "badFormat.rule", "invalid.other", "json.syntax.UnexpectedEndOfComment", "json.empty", "json.syntax.other", "json.readError.EACCES", "json.readError.EPERM"];
    // Pieces of other sentences: each is seen inside one.
    const pieces = /^(kind|form|value|found|path)\.|^json\.readError\./;
    const pattern = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[A-Za-z]+\}/g, "[\\s\\S]*")}$`);
    const everything = { ...catalogues.cy, ...shared.cy };
    const unwritten = Object.entries(everything)
      .filter(([key]) => !fallbacks.includes(key) && !pieces.test(key))
      .filter(([, entry]) => !forms(entry).some((text) => written.some((sentence) => pattern(text).test(sentence))))
      .map(([key]) => key);
    expect(unwritten).toEqual([]);
  });
});
