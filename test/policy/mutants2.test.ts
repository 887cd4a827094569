// The policy layer's mutation survivors of 1 December 2026 (TESTING.md, src/policy), one
// behaviour each: a hostile document refused at its exact limit, a suggestion for a misspelt
// field, a salvage that still reports the references, the exact sentence a reader sees. Every
// input is built inside its test, so that Stryker's per-test coverage sees the work.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeLimits, describePolicy, formatPath, getPolicy, InvalidArgumentError, InvalidPolicyError, parsePolicy, policyInForce, type PolicyIssue } from "../../src/index.js";
import { unknownFieldIssues } from "../../src/policy/unknownFields.js";
import { fromZodIssues } from "../../src/policy/zodIssues.js";
import { minimalPolicy } from "./minimalPolicy.js";

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Found = [code: string, path: string, message: string];

const source = { section: "1", quote: "within two working days" };
const NOT_JSON = "Expected JSON data (objects, arrays, strings, numbers, true, false, null)";
const TOO_LARGE: Found = ["document-too-large", "(the document)", "The document has more than 50000 values; a policy needs far fewer."];
const nobody = (path: string, roles = "practitioner, line-manager"): Found => ["unknown-role", path, `"nobody" is not one of the policy's roles (${roles}). Declare it in "roles" or correct the spelling.`];

function issuesOf(policy: unknown): Found[] {
  const result = parsePolicy(policy);
  if (result.success) return [];
  return result.errors.map((error: PolicyIssue) => [error.code, formatPath(error.path), error.message]);
}

describe("hostile documents, refused at their exact limits", () => {
  it("accepts 50,000 values and refuses 50,001, once, however many lists or objects follow", () => {
    // The document itself is one value: a list of 49,999 numbers is 50,000 values, read through to the schema.
    expect(issuesOf(new Array(49_999).fill(0))).toEqual([["wrong-type", "(the document)", "Expected an object, got [0, 0, 0, 0, ... 49995 more]."]]);
    expect(issuesOf(new Array(50_000).fill(0))).toEqual([TOO_LARGE]);
    // The reading stops at the first list or object past the limit: the empty list after it is not counted again.
    expect(issuesOf([new Array(50_000).fill(0), []])).toEqual([TOO_LARGE]);
    expect(issuesOf(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, []])))).toEqual([TOO_LARGE]);
  });

  it("accepts 32 levels of nesting and refuses 33, at the path of the 32nd", () => {
    let deep: unknown = 0;
    for (let i = 0; i < 32; i++) deep = [deep];
    expect(issuesOf(deep)).toEqual([["wrong-type", "(the document)", "Expected an object, got [[[...]]]."]]);
    deep = [deep];
    const result = parsePolicy(deep);
    expect(result.success ? [] : result.errors).toEqual([{ severity: "error", code: "document-too-deep", path: new Array(32).fill(0), message: "The document is nested more than 32 levels deep." }]);
  });

  it("accepts a text of 10,000 characters and refuses one of 10,001 once, not again as too long for its field", () => {
    const p: Loose = minimalPolicy();
    p.title = "x".repeat(10_000);
    expect(issuesOf(p)).toEqual([["too-long", "title", "Allows at most 4000 characters."]]);
    p.title = "x".repeat(10_001);
    expect(issuesOf(p)).toEqual([["string-too-long", "title", "Text is limited to 10000 characters; this has 10001."]]);
  });

  it("refuses numbers that are not finite, in the order of the document, and stops there", () => {
    const p: Loose = minimalPolicy();
    p.title = Number.NaN;
    p.issuer = Number.POSITIVE_INFINITY;
    // Not also "Expected text, got NaN.": past a value that is not JSON, the schema is not run.
    expect(issuesOf(p)).toEqual([
      ["not-json", "title", "Numbers must be finite."],
      ["not-json", "issuer", "Numbers must be finite."],
    ]);
  });

  it("refuses a function, and nothing else, though its field is then missing", () => {
    const p: Loose = minimalPolicy();
    p.title = function title(): string {
      return "Example";
    };
    expect(issuesOf(p)).toEqual([["not-json", "title", `${NOT_JSON}, got function title.`]]);
  });

  it("refuses a getter in a list without running it, and a hole in a list with an extra field", () => {
    const withGetter: Loose = minimalPolicy();
    const subjects: unknown[] = [];
    Object.defineProperty(subjects, 0, { get: () => "adults", enumerable: true, configurable: true });
    withGetter.subjects = subjects;
    expect(issuesOf(withGetter)).toEqual([["not-json", "subjects[0]", `${NOT_JSON}, got a getter.`]]);
    // A hole and an extra field make up the count of keys a list of two should have: the hole is still found.
    const withHole: Loose = minimalPolicy();
    const holed: Loose = ["adults", "adults"];
    delete holed[0];
    holed.extra = 1;
    withHole.subjects = holed;
    expect(issuesOf(withHole)).toEqual([["not-json", "subjects[0]", `${NOT_JSON}, got a getter.`]]);
  });

  it("refuses an object of another kind, accepts one without a prototype", () => {
    const dated: Loose = minimalPolicy();
    dated.document = new Date(0);
    expect(issuesOf(dated)).toEqual([["not-json", "document", `${NOT_JSON}, got an object of another kind.`]]);
    const bare: Loose = minimalPolicy();
    bare.document = Object.assign(Object.create(null) as object, { title: "Example" });
    expect(issuesOf(bare)).toEqual([]);
  });

  it("ignores symbol keys, properties that are not enumerable, and keys a Proxy lists without a property", () => {
    const p: Loose = minimalPolicy();
    // Functions here would be refused if they were read.
    p.document[Symbol("note")] = () => 1;
    Object.defineProperty(p.document, "hidden", { value: () => 1, enumerable: false });
    expect(issuesOf(p)).toEqual([]);
    const proxied: Loose = minimalPolicy();
    proxied.document = new Proxy({ title: "Example" }, { ownKeys: () => ["title", "ghost"], getOwnPropertyDescriptor: (target, key) => (key === "ghost" ? undefined : Reflect.getOwnPropertyDescriptor(target, key)) });
    expect(issuesOf(proxied)).toEqual([]);
  });

  it("names a key that reaches the prototype", () => {
    const p: Loose = minimalPolicy();
    p.document = JSON.parse('{ "title": "Example", "__proto__": { "polluted": true } }');
    expect(issuesOf(p)).toEqual([["forbidden-key", "document.__proto__", 'The key "__proto__" is not allowed in a policy.']]);
  });

  it("formatPath refuses a path the shape check refuses, even one whose keys are all text", () => {
    expect(() => formatPath(["x".repeat(10_001)])).toThrow(InvalidArgumentError);
    const withGetter: unknown[] = [];
    Object.defineProperty(withGetter, 0, { get: () => "stages", enumerable: true, configurable: true });
    expect(() => formatPath(withGetter as string[])).toThrow(InvalidArgumentError);
  });
});

describe("a discriminated union's tags (as a case's event types are checked)", () => {
  const eventSchema = (): z.ZodType =>
    z.array(z.discriminatedUnion("type", [z.strictObject({ type: z.literal("stage-entered"), stage: z.string() }), z.strictObject({ type: z.literal("resolved") })]));

  it("says which tags are allowed, and the one given, or nothing", () => {
    const parsed = eventSchema().safeParse([{ type: "stage-entred", stage: "first" }, { stage: "first" }, { type: 5 }], { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromZodIssues(parsed.error.issues)).toEqual([
      { severity: "error", code: "not-allowed", path: [0, "type"], message: 'Expected one of "stage-entered", "resolved", got the text "stage-entred".' },
      { severity: "error", code: "not-allowed", path: [1, "type"], message: 'Expected one of "stage-entered", "resolved", got nothing.' },
      { severity: "error", code: "not-allowed", path: [2, "type"], message: 'Expected one of "stage-entered", "resolved", got 5.' },
    ]);
  });

  it("reports an unknown field without the fields of its object when none were recorded", () => {
    const parsed = eventSchema().safeParse([{ type: "resolved", on: "2026-12-01" }], { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromZodIssues(parsed.error.issues)).toEqual([{ severity: "error", code: "unknown-field", path: [0, "on"], message: 'Unknown field "on": check its spelling, or remove it.' }]);
  });
});

describe("a refinement's own sentence", () => {
  it("is capitalised and ends with one full stop, keeping an ellipsis inside it", () => {
    const schema = z.object({
      stage: z.string().refine(() => false, "must name a stage... or a step"),
      step: z.string().refine(() => false, "must be one of the case's own ids."),
    });
    const parsed = schema.safeParse({ stage: "x", step: "y" }, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromZodIssues(parsed.error.issues).map((found) => found.message)).toEqual(["Must name a stage... or a step.", "Must be one of the case's own ids."]);
  });
});

describe("formats and types the policy schema does not use (a case's, a report's)", () => {
  it("words a format's own rule, another format, and a type without a sentence of its own", () => {
    const schema = z.object({ code: z.string().regex(/^[A-Z]{3}$/, "must be three capital letters"), mail: z.email(), when: z.date(), big: z.bigint() });
    const parsed = schema.safeParse({ code: "ab", mail: "x", when: 5 }, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromZodIssues(parsed.error.issues).map((found) => [found.code, found.path, found.message])).toEqual([
      ["bad-format", ["code"], 'The text "ab" must be three capital letters.'],
      ["bad-format", ["mail"], 'The text "x" is not a valid email.'],
      ["wrong-type", ["when"], "Expected date, got 5."],
      ["missing", ["big"], "This field is required: expected bigint."],
    ]);
  });
});

describe("spelling suggestions for an unknown field", () => {
  it("suggests a field that differs only in case, however many letters differ", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].limit.WORKINGDAYS = 2;
    expect(issuesOf(p)).toEqual([["unknown-field", "stages[0].limit.WORKINGDAYS", '"WORKINGDAYS" is not a field of a limit; did you mean "workingDays"?']]);
  });

  it("counts two swapped neighbours as one edit", () => {
    const p: Loose = minimalPolicy();
    // "form" is two substitutions from "from", one swap: within the single edit a four-letter key allows.
    p.stages[0].limit.form = { raised: true };
    expect(issuesOf(p)).toEqual([["unknown-field", "stages[0].limit.form", '"form" is not a field of a limit; did you mean "from"?']]);
    // A swap costs one, like the substitution "fork" needs: the first field listed of two as close wins.
    expect(unknownFieldIssues(["form"], [], { kind: "a limit", fields: ["fork", "from"] }).map((found) => found.message)).toEqual(['"form" is not a field of a limit; did you mean "fork"?']);
    expect(unknownFieldIssues(["form"], [], { kind: "a limit", fields: ["from", "fork"] }).map((found) => found.message)).toEqual(['"form" is not a field of a limit; did you mean "from"?']);
  });

  it("allows a third of a key's length in edits, from one to three", () => {
    const p: Loose = minimalPolicy();
    // "workngDas" (9 letters: three edits allowed) is two deletions from "workingDays".
    p.stages[0].limit.workngDas = 2;
    p.stages[1].limit.fom = { completionOf: "first" };
    expect(issuesOf(p)).toEqual([
      ["unknown-field", "stages[0].limit.workngDas", '"workngDas" is not a field of a limit; did you mean "workingDays"?'],
      ["unknown-field", "stages[1].limit.fom", '"fom" is not a field of a limit; did you mean "from"?'],
    ]);
  });

  it("suggests nothing for a key more edits away than its length allows, and lists the fields", () => {
    const fields = "the fields are: workingDays, workingWeeks, calendarDays, calendarMonths, hours, immediately, asSoonAsPossible, byPriority, from, whicheverIsLess, otherReadings, source.";
    const p: Loose = minimalPolicy();
    // Two edits from "from" and from "hours"; a swap does not make "mrof" close to "from".
    for (const key of ["frm2", "mrof", "xyz", "ab", "source2x"]) p.stages[0].limit[key] = 1;
    expect(issuesOf(p)).toEqual([
      ["unknown-field", "stages[0].limit.frm2", `"frm2" is not a field of a limit; ${fields}`],
      ["unknown-field", "stages[0].limit.mrof", `"mrof" is not a field of a limit; ${fields}`],
      ["unknown-field", "stages[0].limit.xyz", `"xyz" is not a field of a limit; ${fields}`],
      ["unknown-field", "stages[0].limit.ab", `"ab" is not a field of a limit; ${fields}`],
      ["unknown-field", "stages[0].limit.source2x", '"source2x" is not a field of a limit; did you mean "source"?'],
    ]);
  });

  it("suggests nothing for a one-letter key, though it is only two edits from a two-letter field", () => {
    const p: Loose = minimalPolicy();
    p.roles[0].x = 1;
    expect(issuesOf(p)).toEqual([["unknown-field", "roles[0].x", '"x" is not a field of a role; the fields are: id, kind, title, source.']]);
  });

  it("counts a swap only of the two letters swapped", () => {
    const p: Loose = minimalPolicy();
    // "firm" and "from" share the "r" and "m", not a swapped pair: two substitutions, past a four-letter key's one.
    p.stages[0].limit.firm = 1;
    const [found] = issuesOf(p);
    expect(found?.[2]).toBe('"firm" is not a field of a limit; the fields are: workingDays, workingWeeks, calendarDays, calendarMonths, hours, immediately, asSoonAsPossible, byPriority, from, whicheverIsLess, otherReadings, source.');
  });

  it("names an object the schema does not name by its key", () => {
    const p: Loose = minimalPolicy();
    p.document.tilte = "Example";
    p.document.zzz = 1;
    expect(issuesOf(p)).toEqual([
      ["unknown-field", "document.tilte", '"tilte" is not a field of the "document" object; did you mean "title"?'],
      ["unknown-field", "document.zzz", '"zzz" is not a field of the "document" object; the fields are: title, file, notes.'],
    ]);
  });
});

describe("salvage: the references are still checked beside the schema's findings", () => {
  it("drops a final step missing every field, once, and still checks the roles", () => {
    const p: Loose = minimalPolicy();
    p.final = {};
    p.stages[0].actors.raising = ["nobody"];
    expect(issuesOf(p)).toEqual([
      ["missing", "final.title", "This field is required: expected text."],
      ["missing", "final.body", "This field is required: expected text."],
      ["missing", "final.what", "This field is required: expected text."],
      ["missing", "final.limit", "This field is required: expected an object."],
      ["missing", "final.source", "This field is required: expected an object."],
      nobody("stages[0].actors.raising[0]"),
    ]);
  });

  it("drops a field with two faults, once, and checks its neighbours", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].notify = [{ to: ["nobody"], via: "X".repeat(65), source }];
    expect(issuesOf(p)).toEqual([
      ["bad-format", "stages[1].notify[0].via", `The text "${"X".repeat(57)}..." must be lower-case words joined by hyphens, e.g. "line-manager".`],
      ["too-long", "stages[1].notify[0].via", "Allows at most 64 characters."],
      nobody("stages[1].notify[0].to[0]"),
    ]);
  });

  it("puts an allowed value in place of one not allowed, and checks the other entries", () => {
    const p: Loose = minimalPolicy();
    p.roles[0].kind = "bogus";
    p.roles[1].id = "practitioner";
    const [first] = issuesOf(p);
    expect(first?.slice(0, 2)).toEqual(["not-allowed", "roles[0].kind"]);
    expect(issuesOf(p).slice(1)).toEqual([
      ["duplicate-id", "roles[1].id", 'The role "practitioner" is declared twice (first at roles.0.id); ids must be unique.'],
      nobody("stages[1].actors.raising[0]", "practitioner").map((part) => part.replace('"nobody"', '"line-manager"')),
      nobody("stages[1].actors.receiving[0]", "practitioner").map((part) => part.replace('"nobody"', '"line-manager"')),
    ]);
  });

  it("removes no entry of a list: a wrong entry leaves only the schema's finding", () => {
    const p: Loose = minimalPolicy();
    p.stages[0].notify = [5];
    p.stages[1].actors.raising = ["nobody"];
    expect(issuesOf(p)).toEqual([["wrong-type", "stages[0].notify[0]", "Expected an object, got 5."]]);
  });

  it("puts an allowed place in place of one not allowed, and leaves the rest of that duty unchecked", () => {
    const p: Loose = minimalPolicy();
    // The duty is checked with the first place put in: its other findings would speak of that copy, not the text.
    p.duties = [{ id: "keep", kind: "record", what: "Keep it", where: "drawer", to: ["nobody"], source }];
    const found = issuesOf(p);
    expect(found.map(([code, path]) => [code, path])).toEqual([["not-allowed", "duties[0].where"]]);
    expect(found[0]?.[2]).toMatch(/^Expected one of "adult-file", "child-file", .*, got the text "drawer"\.$/);
  });

  it("does not also say a rule names no stage when the stage it names is malformed", () => {
    const p: Loose = minimalPolicy();
    p.rules = [{ id: "urgent", title: "Urgent", when: { flag: "immediate-risk" }, effect: "start-at-stage", stage: "Second", source }];
    expect(issuesOf(p)).toEqual([["bad-format", "rules[0].stage", 'The text "Second" must be lower-case words joined by hyphens, e.g. "line-manager".']]);
  });
});

describe("reference checks the first tests left open", () => {
  const threeStages = (): Loose => {
    const p: Loose = minimalPolicy();
    p.roles.push({ id: "head", kind: "head-of-service", title: "Head of service" });
    p.stages.push({ id: "third", number: 3, title: "Heads of service", actors: { raising: ["head"], receiving: ["head"] }, limit: { workingDays: 5, from: { completionOf: "second" }, source }, source });
    return p;
  };

  it("lets the final step run from the completion of the last of three stages", () => {
    const p = threeStages();
    p.final = { title: "Panel", body: "head", what: "Decide", limit: { workingDays: 10, from: { completionOf: "third" }, source }, source };
    expect(issuesOf(p)).toEqual([]);
  });

  it("names the final step's limit when it runs from an unknown stage", () => {
    const p = threeStages();
    p.final = { title: "Panel", body: "head", what: "Decide", limit: { workingDays: 10, from: { completionOf: "fourth" }, source }, source };
    expect(issuesOf(p)).toEqual([["unknown-stage", "final.limit.from.completionOf", '"fourth" is not the id of a stage (first, second, third).']]);
  });

  it("calls a repeated stage id an id", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].id = "first";
    p.stages[1].limit.from = { raised: true };
    expect(issuesOf(p)).toEqual([["duplicate-id", "stages[1].id", 'The id "first" is declared twice (first at stages.0.id); ids must be unique.']]);
  });

  it("refuses a limit by priority in a policy that declares none, and only that", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].limit = { byPriority: [{ priority: "high", workingDays: 1, source }], from: { raised: true }, source };
    expect(issuesOf(p)).toEqual([["unknown-priority", "stages[1].limit.byPriority[0].priority", '"high" is not one of the policy\'s priorities (it declares none).']]);
  });

  it("lists every priority a limit by priority leaves without an amount", () => {
    const p: Loose = minimalPolicy();
    p.priorities = [{ id: "high", title: "High", source }, { id: "medium", title: "Medium", source }, { id: "low", title: "Low", source }];
    p.stages[1].limit = { byPriority: [{ priority: "high", workingDays: 1, source }], from: { raised: true }, source };
    expect(issuesOf(p)).toEqual([
      ["priority-without-limit", "stages[1].limit.byPriority", "This limit is set only by priority, and gives none for medium, low: give each priority its amount, or the limit one for the rest."],
    ]);
  });

  it("lists the policy's steps when a shared limit names an unknown one", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].steps = [
      { id: "meet", title: "Meet", actors: ["line-manager"], limit: null, source },
      { id: "agree", title: "Agree", actors: ["line-manager"], limit: null, source },
    ];
    p.sharedLimits = [{ id: "both", title: "Both", steps: ["meet", "nope"], limit: { workingDays: 5, from: { raised: true }, source }, source }];
    expect(issuesOf(p)).toEqual([["unknown-step", "sharedLimits[0].steps[1]", '"nope" is not the id of a step (meet, agree).']]);
  });

  it("does not check the ladder order of a shared limit's steps, even steps named like stages", () => {
    const p: Loose = minimalPolicy();
    // Steps that reuse the stages' ids, in the reverse order: the duplicates are the only finding.
    p.stages[1].steps = [
      { id: "second", title: "Meet", actors: ["line-manager"], limit: null, source },
      { id: "first", title: "Agree", actors: ["line-manager"], limit: null, source },
    ];
    p.sharedLimits = [{ id: "both", title: "Both", steps: ["second", "first"], limit: { workingDays: 5, from: { raised: true }, source }, source }];
    expect(issuesOf(p)).toEqual([
      ["duplicate-id", "stages[1].steps[0].id", 'The id "second" is declared twice (first at stages.1.id); ids must be unique.'],
      ["duplicate-id", "stages[1].steps[1].id", 'The id "first" is declared twice (first at stages.0.id); ids must be unique.'],
    ]);
  });

  it("checks a shared limit's time against its earliest step, wherever that step is listed", () => {
    // A step of Stage 1 and one of Stage 2 held to one time from the start of Stage 2: the
    // Stage 1 step could never be timed so. Listed later step first, it was checked against
    // Stage 2 alone and accepted, and the ladder then lost the group's date for both.
    for (const steps of [["agree", "meet"], ["meet", "agree"]]) {
      const p: Loose = minimalPolicy();
      p.stages[0].steps = [{ id: "meet", title: "Meet", actors: ["line-manager"], limit: null, source }];
      p.stages[1].steps = [{ id: "agree", title: "Agree", actors: ["line-manager"], limit: null, source }];
      p.sharedLimits = [{ id: "both", title: "Both", steps, limit: { workingDays: 1, from: { startOf: p.stages[1].id }, source }, source }];
      expect(issuesOf(p)).toEqual([["unreachable", "sharedLimits[0].limit.from.startOf", "This limit runs from the start of stage 2, which does not come before it: it could never be timed."]]);
    }
  });

  it("says the policy has no steps when a shared limit names two", () => {
    const p: Loose = minimalPolicy();
    p.sharedLimits = [{ id: "both", title: "Both", steps: ["meet", "agree"], limit: { workingDays: 5, from: { raised: true }, source }, source }];
    const none = (id: string, m: number): Found => ["unknown-step", `sharedLimits[0].steps[${m}]`, `"${id}" is not the id of a step (the policy has no steps).`];
    expect(issuesOf(p)).toEqual([none("meet", 0), none("agree", 1)]);
  });
});

describe("what a policy lists, and the sentences of its argument errors", () => {
  it("describePolicy lists no duties and no events for a policy with none", () => {
    const parsed = parsePolicy(minimalPolicy());
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(describePolicy(parsed.policy)).toEqual({
      policy: "example",
      title: "Example protocol",
      stages: [
        { id: "first", number: 1, title: "Practitioners" },
        { id: "second", number: 2, title: "Line managers" },
      ],
      steps: [],
      duties: [],
      routes: [],
      events: [],
    });
  });

  it("describeLimits gives null, not undefined, as the condition of an escalation and a step", () => {
    const p: Loose = minimalPolicy();
    p.stages[1].escalateBy = { workingDays: 3, from: { completionOf: "first" }, source };
    p.stages[1].steps = [{ id: "meet", title: "Meet", actors: ["line-manager"], limit: { workingDays: 1, from: { startOf: "second" }, source }, source }];
    const parsed = parsePolicy(p);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(describeLimits(parsed.policy).map((found) => [found.kind, found.id, found.when])).toEqual([
      ["stage", "first", null],
      ["stage", "second", null],
      ["escalate", "second", null],
      ["step", "meet", null],
    ]);
  });

  it("InvalidPolicyError names the paths in its summary in the language asked for", () => {
    const issues: PolicyIssue[] = [{ severity: "error", code: "wrong-type", path: [], message: "Expected an object, got 5." }];
    expect(new InvalidPolicyError(issues).message).toContain("(the document): Expected an object, got 5.");
    // The Welsh words are a draft under review (src/messages/values/cy-review.json): only the path's are pinned.
    const welsh = new InvalidPolicyError(issues, { lang: "cy" }).message;
    expect(welsh).toContain("(y ddogfen): Expected an object, got 5.");
    expect(welsh).not.toContain("(the document)");
  });

  it("getPolicy names what it was given instead of an id", () => {
    expect(() => getPolicy(5 as unknown as string)).toThrow(new InvalidArgumentError('getPolicy takes a policy\'s id, a string such as "swindon"; got 5.'));
  });

  it("policyInForce names its date argument when the date is not real", () => {
    expect(() => policyInForce([], "swindon", "2026-02-30")).toThrow('Invalid on "2026-02-30": month 2 of 2026 has 28 days.');
  });
});
