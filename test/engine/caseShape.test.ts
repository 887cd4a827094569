// The engine reads a case it is given as data without zod (src/engine/caseShape.ts);
// parseCase reads it with the zod schema, which is the specification. The law:
// both accept exactly the same inputs, give back the same data (trimmed where the
// schema trims) and report issues at the same paths (zod may report one path twice,
// e.g. a text given for a list is both not a list and too long: paths are compared as sets).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseSchema } from "../../src/engine/case.js";
import { readCaseShape, readFactsShape } from "../../src/engine/caseShape.js";
import { formatPath, policies, type PolicyIssue } from "../../src/index.js";
import { checkUntrusted } from "../../src/policy/untrusted.js";
import { fromZodIssues } from "../../src/policy/zodIssues.js";
import { casesFor } from "../../src/testing/index.js";
import { runs } from "../propertyRuns.js";

function bySchema(input: unknown): { success: boolean; data?: unknown; paths: string[] } {
  const untrusted = checkUntrusted(input);
  if (untrusted.length > 0) return { success: false, paths: pathsOf(untrusted) };
  const parsed = caseSchema.safeParse(input);
  return parsed.success ? { success: true, data: parsed.data, paths: [] } : { success: false, paths: pathsOf(fromZodIssues(parsed.error.issues)) };
}

function byShape(input: unknown): { success: boolean; data?: unknown; paths: string[] } {
  const read = readCaseShape(input);
  return read.success ? { success: true, data: read.data, paths: [] } : { success: false, paths: pathsOf(read.issues) };
}

function pathsOf(issues: readonly PolicyIssue[]): string[] {
  return [...new Set(issues.map((found) => formatPath(found.path)))].sort();
}

// Values a field can be given in place of the right one: each kind the checks tell apart.
const wrongValue = fc.oneof(
  fc.constantFrom(undefined, null, 0, -1, 1.5, true, "", " ", "  x  ", "2026-02-30", "2026-12-24", "1999-12-31", "2100-01-01", "24/12/2026", "adult", "child", "stage-1", "immediate-risk", "x".repeat(65), " ".repeat(3) + "y".repeat(2000), "z".repeat(201)),
  fc.string({ maxLength: 70 }),
  fc.array(fc.constantFrom("immediate-risk", "time-pressure", "urgent"), { maxLength: 13 }),
  fc.dictionary(fc.constantFrom("type", "on", "stage", "extra"), fc.constantFrom("stage-entered", "2026-12-24", "stage-2", 1), { maxKeys: 4 }),
);

const EVENT_FIELDS = ["type", "on", "stage", "step", "duty", "event", "action", "what", "due", "priority", "reason", "flag", "raisedWith", "outcome", "other"];
const CASE_FIELDS = ["policy", "policyVersion", "raisedOn", "subject", "riskDeadline", "flags", "priority", "$schema", "events", "other"];

/** A valid case, with one field of the case or of one of its events set to another value, or removed. */
const mutatedCases = fc
  .constantFrom(...Object.values(policies))
  .chain((policy) => casesFor(policy).map(({ record }) => structuredClone(record) as unknown as Record<string, unknown>))
  .chain((record) =>
    fc.tuple(fc.constant(record), fc.nat(), fc.constantFrom(...CASE_FIELDS), fc.constantFrom(...EVENT_FIELDS), wrongValue, fc.boolean(), fc.boolean()).map(([copy, at, caseField, eventField, value, inEvent, remove]) => {
      const events = copy["events"] as Record<string, unknown>[];
      const target = inEvent && events.length > 0 ? (events[at % events.length] as Record<string, unknown>) : copy;
      const field = target === copy ? caseField : eventField;
      if (remove) Reflect.deleteProperty(target, field);
      else target[field] = value;
      return copy;
    }),
  );

describe("the case's shape, read without zod", () => {
  it("accepts what the schema accepts, gives the same data and reports the same paths (generated cases, one field changed)", () => {
    fc.assert(
      fc.property(mutatedCases, (input) => {
        expect(byShape(input)).toEqual(bySchema(input));
      }),
      { numRuns: runs(2000) },
    );
  });

  it("agrees with the schema on valid cases, and on values that are no case at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...Object.values(policies)).chain((policy) => casesFor(policy).map(({ record }) => record as unknown)), fc.anything()), (input) => {
        expect(byShape(input)).toEqual(bySchema(input));
      }),
      { numRuns: runs(500) },
    );
  });

  it("trims what the schema trims and never changes its input", () => {
    const input = { policy: "swindon", policyVersion: "  v2 ", raisedOn: "2026-12-23", events: [{ type: "clock-stopped", reason: "  waiting for the GP  ", on: "2026-12-24" }] };
    const before = structuredClone(input);
    const read = readCaseShape(input);
    expect(read).toEqual({ success: true, data: { policy: "swindon", policyVersion: "v2", raisedOn: "2026-12-23", events: [{ type: "clock-stopped", reason: "waiting for the GP", on: "2026-12-24" }] } });
    expect(input).toEqual(before);
  });

  it("says what is wrong and where", () => {
    const read = readCaseShape({ policy: "swindon", raisedOn: "23/12/2026", events: [{ type: "stage-enterd", stage: "stage-2", on: "2026-12-29" }], colour: "red" });
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.issues.map((found) => `${formatPath(found.path)}: ${found.message}`)).toEqual([
      'raisedOn: The text "23/12/2026" is not a valid date.',
      'events[0].type: Expected one of "stage-entered", "step-done", "duty-done", "resolved", "happened", "action-agreed", "priority-changed", "clock-stopped", "clock-restarted", "flagged", got the text "stage-enterd".',
      'colour: "colour" is not a field of a case; the fields are: raisedOn, subject, riskDeadline, flags, priority, $schema, policy, policyVersion, events.',
    ]);
  });

  it("reads schedule's facts the same way", () => {
    expect(readFactsShape({ raisedOn: "2026-12-23", flags: ["immediate-risk"] })).toEqual({ success: true, data: { raisedOn: "2026-12-23", flags: ["immediate-risk"] } });
    const read = readFactsShape({ raisedOn: "2026-12-23", events: [] });
    expect(read.success).toBe(false);
  });
});
