import { describe, expect, it } from "vitest";
import { formatPath, lintPolicy, parsePolicy, type Policy, type PolicyIssue } from "../../src/index.js";
import { minimalPolicy } from "./minimalPolicy.js";

type Edit = (policy: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsAfter(edit: Edit, lang: "en" | "cy" = "en"): { path: string; code: string; message: string }[] {
  const policy = minimalPolicy();
  edit(policy);
  const result = parsePolicy(policy, { lang });
  if (result.success) throw new Error("expected the policy to be refused");
  return result.errors.map((error: PolicyIssue) => ({ path: formatPath(error.path), code: error.code, message: error.message }));
}

describe("parsePolicy", () => {
  it("accepts a valid policy, typed and deeply frozen, without changing the input", () => {
    const input = minimalPolicy();
    const before = structuredClone(input);
    const result = parsePolicy(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.policy.stages[1]?.limit?.workingDays).toBe(5);
    expect(Object.isFrozen(result.policy)).toBe(true);
    expect(Object.isFrozen(result.policy.stages[0]?.limit?.from)).toBe(true);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it.each<[string, Edit, { path: string; code: string; message: RegExp }]>([
    ["a wrong type", (p) => (p.stages[1].limit.workingDays = "5"), { path: "stages[1].limit.workingDays", code: "wrong-type", message: /Expected a number, got the text "5"/ }],
    ["a fraction", (p) => (p.stages[1].limit.workingDays = 2.5), { path: "stages[1].limit.workingDays", code: "wrong-type", message: /whole number/ }],
    ["a missing field", (p) => delete p.stages[0].source, { path: "stages[0].source", code: "missing", message: /required/ }],
    ["a misspelt field", (p) => (p.stages[0].limt = {}), { path: "stages[0].limt", code: "unknown-field", message: /^"limt" is not a field of a stage; did you mean "limit"\?$/ }],
    ["a field spelt in the wrong case", (p) => (p.stages[1].limit.WorkingDays = 5), { path: "stages[1].limit.WorkingDays", code: "unknown-field", message: /did you mean "workingDays"\?$/ }],
    [
      "a field the language does not have",
      (p) => (p.stages[0].deadline = 3),
      { path: "stages[0].deadline", code: "unknown-field", message: /^"deadline" is not a field of a stage; the fields are: id, number, title, actors, limit, .*, source\.$/ },
    ],
    ["an unknown field of an object without a name", (p) => (p.document.titel = "x"), { path: "document.titel", code: "unknown-field", message: /^"titel" is not a field of the "document" object; did you mean "title"\?$/ }],
    ["an unknown field of the policy", (p) => (p.owner = "x"), { path: "owner", code: "unknown-field", message: /^"owner" is not a field of a policy; the fields are: \$schema, id, title, /  }],
    ["a bad jurisdiction", (p) => (p.jurisdiction = "england"), { path: "jurisdiction", code: "not-allowed", message: /Expected one of "england-and-wales", "wales"/ }],
    ["an impossible date", (p) => (p.reviewDue = "2026-02-30"), { path: "reviewDue", code: "bad-format", message: /"2026-02-30" is not a valid date/ }],
    ["a date out of range", (p) => (p.reviewDue = "1999-12-31"), { path: "reviewDue", code: "invalid", message: /real date written YYYY-MM-DD between 2000-01-01 and 2099-12-31/ }],
    ["two amounts", (p) => (p.stages[0].limit.calendarDays = 2), { path: "stages[0].limit", code: "invalid", message: /only one of .* not workingDays and calendarDays/ }],
    ["no amount", (p) => delete p.stages[0].limit.workingDays, { path: "stages[0].limit", code: "invalid", message: /needs one of workingDays/ }],
    ["a bad anchor", (p) => (p.stages[1].limit.from = { after: "first" }), { path: "stages[1].limit.from", code: "no-matching-form", message: /Expected \{ "raised": true \}/ }],
    ["a wrong type inside an anchor", (p) => (p.stages[1].limit.from = { completionOf: 1 }), { path: "stages[1].limit.from.completionOf", code: "wrong-type", message: /Expected text/ }],
    ["a bad id", (p) => (p.roles[0].id = "Line Manager"), { path: "roles[0].id", code: "bad-format", message: /lower-case words joined by hyphens/ }],
    ["an empty ladder", (p) => (p.stages = []), { path: "stages", code: "too-few", message: /at least 1 entry/ }],
  ])("reports %s with its path and a readable sentence", (_, edit, expected) => {
    const errors = errorsAfter(edit);
    expect(errors).toContainEqual({ path: expected.path, code: expected.code, message: expect.stringMatching(expected.message) });
  });

  it.each<[string, Edit, { path: string; code: string; message: RegExp }]>([
    ["an undeclared role", (p) => (p.stages[1].actors.raising = ["line-manger"]), { path: "stages[1].actors.raising[0]", code: "unknown-role", message: /"line-manger" is not one of the policy's roles \(practitioner, line-manager\)/ }],
    ["an unknown stage", (p) => (p.stages[1].limit.from = { completionOf: "frist" }), { path: "stages[1].limit.from.completionOf", code: "unknown-stage", message: /"frist" is not the id of a stage/ }],
    ["an unknown step", (p) => (p.stages[1].limit.from = { step: "respond" }), { path: "stages[1].limit.from.step", code: "unknown-step", message: /"respond" is not the id of a step/ }],
    ["a duplicate id", (p) => (p.stages[1].id = "first"), { path: "stages[1].id", code: "duplicate-id", message: /declared twice/ }],
    ["stages out of order", (p) => (p.stages[1].number = 1), { path: "stages[1].number", code: "stage-order", message: /must increase/ }],
    ["a forward anchor", (p) => (p.stages[0].limit.from = { completionOf: "second" }), { path: "stages[0].limit.from.completionOf", code: "unreachable", message: /could never be timed/ }],
  ])("refuses %s", (_, edit, expected) => {
    expect(errorsAfter(edit)).toContainEqual({ path: expected.path, code: expected.code, message: expect.stringMatching(expected.message) });
  });

  it("refuses a ring of steps", () => {
    const errors = errorsAfter((p) => {
      const source = { section: "1", quote: "q" };
      p.stages[0].steps = [
        { id: "a", title: "A", actors: ["practitioner"], limit: { workingDays: 1, from: { step: "b" }, source }, source },
        { id: "b", title: "B", actors: ["practitioner"], limit: { workingDays: 1, from: { step: "a" }, source }, source },
      ];
    });
    expect(errors.map((error) => error.code)).toContain("cycle");
  });
});

describe("parsePolicy in one pass", () => {
  const misspeltRole = { path: "stages[1].actors.raising[0]", code: "unknown-role", message: expect.stringMatching(/"line-manger" is not one of the policy's roles/) };

  it.each<[string, Edit, string]>([
    ["an unknown field", (p) => (p.stages[0].deadline = 3), "stages[0].deadline"],
    ["a wrong type in a limit", (p) => (p.stages[0].limit.workingDays = "2"), "stages[0].limit.workingDays"],
    ["a value not allowed", (p) => (p.roles[0].kind = "practitoner"), "roles[0].kind"],
    ["a bad jurisdiction", (p) => (p.jurisdiction = "england"), "jurisdiction"],
    ["a wrong type in an optional field", (p) => (p.stages[0].notify = "everyone"), "stages[0].notify"],
    ["a forbidden key", (p) => (p.stages[0].constructor = {}), "stages[0].constructor"],
    // final.title cannot be removed or null, so the whole optional final step is set aside.
    ["a wrong type in an optional object", (p) => (p.final = { title: 5, body: "line-manager", what: "Decide", limit: null, source: { section: "1", quote: "q" } }), "final.title"],
  ])("reports the references' errors beside %s", (_, edit, schemaPath) => {
    const errors = errorsAfter((p) => {
      edit(p);
      p.stages[1].actors.raising = ["line-manger"];
    });
    // Exactly the two mistakes made: the schema's, and the misspelt role.
    expect(errors).toHaveLength(2);
    expect(errors[0]?.path).toBe(schemaPath);
    expect(errors[1]).toEqual(misspeltRole);
  });

  it("says nothing a broken field would make false", () => {
    // Were the stage's id removed to get past the schema, "first" would seem undeclared.
    expect(errorsAfter((p) => (p.stages[0].id = "First Stage"))).toEqual([{ path: "stages[0].id", code: "bad-format", message: expect.any(String) }]);
    // A role with a bad id: no "practitioner is not one of the policy's roles" follows.
    expect(errorsAfter((p) => (p.roles[0].id = 7)).map((error) => error.path)).toEqual(["roles[0].id"]);
    // A rule whose effect is not allowed is not also told it lacks what another effect needs.
    const rule = { id: "urgent", title: "Urgent", when: { flag: "immediate-risk" }, effect: "jump", source: { section: "1", quote: "q" } };
    expect(errorsAfter((p) => (p.rules = [rule])).map((error) => [error.path, error.code])).toEqual([["rules[0].effect", "not-allowed"]]);
    // Too many steps: the steps stay, so an anchor on one of them is not called unknown.
    const source = { section: "1", quote: "q" };
    const steps = Array.from({ length: 17 }, (_, index) => ({ id: `s${index}`, title: "S", actors: ["practitioner"], limit: null, source }));
    const tooMany = errorsAfter((p) => {
      p.stages[0].steps = steps;
      p.stages[1].limit.from = { step: "s3" };
    });
    expect(tooMany.map((error) => [error.path, error.code])).toEqual([["stages[0].steps", "too-many"]]);
    // A text where a list of at most 2 goes: zod also measures the text ("too long"), which would be nonsense to the author.
    expect(errorsAfter((p) => (p.subjects = "adults"))).toEqual([{ path: "subjects", code: "wrong-type", message: 'Expected a list, got the text "adults".' }]);
  });

  it("names the one value allowed as itself", () => {
    expect(errorsAfter((p) => (p.stages[1].limit.from = { raised: false }))).toEqual([{ path: "stages[1].limit.from.raised", code: "not-allowed", message: "Expected true, got false." }]);
    expect(errorsAfter((p) => (p.stages[1].limit.from = { raised: false }), "cy").map((error) => error.message)).toEqual(["Disgwyliwyd true, cafwyd false."]);
  });

  it("still refuses a policy whose only fault the schema cannot see", () => {
    expect(errorsAfter((p) => (p.stages[1].actors.raising = ["line-manger"]))).toEqual([misspeltRole]);
  });

  it("reports 40,000 unknown fields in time that grows with their number, not its square", () => {
    const many = (count: number): number => {
      const policy = minimalPolicy();
      for (let index = 0; index < count; index++) policy[`k${index}`] = 1;
      const started = performance.now();
      const result = parsePolicy(policy);
      expect(!result.success && result.errors.length).toBe(count);
      return performance.now() - started;
    };
    // The fastest of three runs of each size, to keep a pause of the machine's out of the ratio.
    const fastest = (count: number): number => Math.min(many(count), many(count), many(count));
    const small = fastest(4_000);
    const large = fastest(40_000);
    // Ten times the keys: linear cost is about ten times the time, quadratic a hundred.
    expect(large).toBeLessThan(Math.max(small, 5) * 40);
    // 132,000 keys parsed in all: what is judged is the ratio above, not how long a busy machine takes.
  }, 30_000);
});

describe("parsePolicy on hostile input", () => {
  it.each([null, 5, "policy", [], undefined])("refuses %j as a whole", (value) => {
    const result = parsePolicy(value);
    expect(result.success).toBe(false);
  });

  it("refuses __proto__ and constructor keys by path, as JSON.parse leaves them", () => {
    const result = parsePolicy(JSON.parse('{"id":"x","__proto__":{"polluted":true},"stages":[{"constructor":{}}]}'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors.map((error) => [formatPath(error.path), error.code])).toEqual(
      expect.arrayContaining([
        ["__proto__", "forbidden-key"],
        ["stages[0].constructor", "forbidden-key"],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses documents nested too deep or too large, without a stack overflow", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const tooDeep = parsePolicy({ ...minimalPolicy(), document: deep });
    expect(!tooDeep.success && tooDeep.errors[0]?.code).toBe("document-too-deep");
    const tooLarge = parsePolicy({ ...minimalPolicy(), roles: Array.from({ length: 60_000 }, () => 1) });
    expect(!tooLarge.success && tooLarge.errors[0]?.code).toBe("document-too-large");
    const longText = parsePolicy({ ...minimalPolicy(), title: "x".repeat(20_000) });
    expect(!longText.success && longText.errors[0]?.code).toBe("string-too-long");
  });

  it("reads each value once, by its descriptor: a getter, a Proxy whose traps throw and a list with holes are refused, never run", () => {
    let calls = 0;
    const withGetter = minimalPolicy();
    Object.defineProperty(withGetter, "title", { enumerable: true, get: () => ++calls });
    const trapsThrow = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, getPrototypeOf: () => { throw new Error("trap"); } });
    const holes = minimalPolicy();
    holes.subjects = new Array(2);
    for (const [input, path, got] of [
      [withGetter, ["title"], /got a getter/],
      [{ ...minimalPolicy(), document: trapsThrow }, ["document"], /got an object that could not be read/],
      [holes, ["subjects"], /got a list with holes or extra fields/],
    ] as const) {
      const result = parsePolicy(input);
      expect(!result.success && result.errors).toContainEqual({ severity: "error", code: "not-json", path, message: expect.stringMatching(got) });
    }
    expect(calls).toBe(0);
  });

  it("refuses values that are not JSON", () => {
    const result = parsePolicy({ ...minimalPolicy(), approved: new Date() });
    expect(!result.success && result.errors[0]).toMatchObject({ code: "not-json", path: ["approved"] });
  });
});

describe("lintPolicy", () => {
  function parsed(edit: Edit = () => undefined): Policy {
    const input = minimalPolicy();
    edit(input);
    const result = parsePolicy(input);
    if (!result.success) throw new Error(JSON.stringify(result.errors));
    return result.policy;
  }

  it("is silent on a sound policy before its review date", () => {
    expect(lintPolicy(parsed(), { today: "2026-02-28" })).toEqual([]);
  });

  it("warns of a passed review date, a stage with no limit, another reading and an unused role", () => {
    const policy = parsed((p) => {
      p.stages[1].limit = null;
      p.stages[0].limit.otherReadings = [{ calendarDays: 2, note: "the flowchart says 2 days", source: { section: "Flowchart", quote: "2 days" } }];
      p.roles.push({ id: "chair", kind: "board-chair", title: "Chair" });
    });
    const findings = lintPolicy(policy, { today: "2026-11-24" });
    expect(findings.map((finding) => [finding.severity, finding.code, formatPath(finding.path)])).toEqual([
      ["warning", "no-time-limit", "stages[1].limit"],
      ["warning", "review-date-passed", "reviewDue"],
      ["warning", "other-reading", "stages[0].limit.otherReadings[0]"],
      ["warning", "unused-role", "roles[2]"],
    ]);
  });

  it("reports reference errors in a policy built in code", () => {
    const policy = structuredClone(parsed()) as Policy & { stages: { actors: { raising: string[] } }[] };
    (policy.stages[0] as { actors: { raising: string[] } }).actors.raising = ["nobody"];
    expect(lintPolicy(policy, { today: "2026-01-01" })[0]).toMatchObject({ severity: "error", code: "unknown-role" });
  });
});
