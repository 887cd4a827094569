// The examples' runner can fail: these feed it examples that are wrong on
// purpose, and examples written the ways the API reference writes them.
import { describe, expect, it } from "vitest";
import { prepare } from "./jsdocExamples.js";
import { mismatch, readShown, startsWithValue, textMismatch } from "./shown.js";

const shown = (comment: string) => readShown(comment).shown;

describe("reading a shown result", () => {
  it("reads JavaScript's literals, and the words after them as prose", () => {
    expect(readShown(`"2027-01-27": the referral into Stage 5`)).toEqual({ shown: { kind: "value", value: "2027-01-27" }, rest: ": the referral into Stage 5" });
    expect(readShown("[2, 5, 5, 5, undefined]").shown).toEqual({
      kind: "array",
      elided: false,
      items: [2, 5, 5, 5, undefined].map((value) => ({ kind: "value", value })),
    });
    expect(readShown(`{ id: "a", 'b c': -1.5e2, ... } and so on`).rest).toBe("and so on");
    expect(readShown(`'it\\'s "quoted"'`).shown).toEqual({ kind: "value", value: `it's "quoted"` });
  });

  it("tells a value from words", () => {
    expect(["\"x\"", "[1]", "{ a: 1 }", "-3", "true", "null"].every(startsWithValue)).toBe(true);
    expect(["Stage 4 on day 17", "e.g. a path", "trueish", "flowchart TD"].some(startsWithValue)).toBe(false);
  });

  it("refuses a malformed value rather than guessing", () => {
    expect(() => readShown(`["a", "b"`)).toThrow(SyntaxError);
    expect(() => readShown(`{ a 1 }`)).toThrow(SyntaxError);
  });
});

describe("comparing", () => {
  it("a value, a list and an object shown in full must match exactly", () => {
    expect(mismatch(shown(`"2026-12-29"`), "2026-12-29")).toBeNull();
    expect(mismatch(shown(`"2026-12-29"`), "2026-12-30")).toMatch(/is "2026-12-30", shown as "2026-12-29"/);
    expect(mismatch(shown("[1, 2]"), [1, 2, 3])).toMatch(/3 items, shown with 2/);
    expect(mismatch(shown("{ a: 1 }"), { a: 1, b: 2 })).toMatch(/also has b/);
    expect(mismatch(shown("{ a: [1, { b: null }] }"), { a: [1, { b: 0 }] })).toMatch(/the result\.a\[1\]\.b is 0, shown as null/);
  });

  it("with ..., only the items shown are checked (a list's in order)", () => {
    expect(mismatch(shown("{ stage: { number: 2, ... }, requiredNow: true, ... }"), { stage: { number: 2, id: "x" }, requiredNow: true, by: null })).toBeNull();
    expect(mismatch(shown("{ stage: { number: 2, ... }, ... }"), { stage: { number: 3 } })).toMatch(/stage\.number is 3/);
    expect(mismatch(shown(`["b", ..., "d"]`), ["a", "b", "c", "d"])).toBeNull();
    expect(mismatch(shown(`["d", ..., "b"]`), ["a", "b", "c", "d"])).toMatch(/no item matching "b"/);
  });

  it("text: the lines shown, one after another, a line ending in ... being the start of one", () => {
    const text = "swindon: raised\n\nStage 1  Internal  due Tuesday\n  within 2 working days of the disagreement arising\n";
    expect(textMismatch(["Stage 1  Internal  due Tuesday", "  within 2 working days ..."], text)).toBeNull();
    expect(textMismatch(["Stage 1  Internal  due Wednesday"], text)).toMatch(/no line of the text is/);
    expect(textMismatch(["Stage 1  Internal  due Tuesday", "  within 3 ..."], text)).toMatch(/where " {2}within 3 ..." is shown/);
  });
});

describe("preparing a block", () => {
  it("finds results shown on the same line and on the lines after, and leaves prose and e.g. alone", () => {
    const { results } = prepare(
      [
        `import { schedule } from "safeguarding-escalation";`,
        `const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });`,
        `plan.stages.map((stage) => stage.due)`,
        `// ["2026-12-29", ...]`,
        `// Stage 4 on Swindon's own day 17.`,
        `formatPath([]) // "(the document)"`,
        `if (true) console.log(1); // e.g. 1`,
        `console.log(renderScheduleText(plan));`,
        `// Stage 1  Internal Discussion  due ...`,
        `parseIsoDate("24/12/2026") // throws InvalidDateError: Invalid date ...`,
      ].join("\n"),
    );
    expect(results.map((result) => [result.line, result.shown.kind])).toEqual([
      [3, "value"],
      [6, "value"],
      [8, "text"],
      [10, "throws"],
    ]);
    expect(results[3]?.shown).toEqual({ kind: "throws", error: "InvalidDateError", message: "Invalid date ..." });
  });
});
