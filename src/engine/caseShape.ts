// The shape of a case record, checked without zod, so that the engine can
// take a case straight from a database without loading the schema library.
// The zod schema in case.ts stays the specification (parseCase, the JSON
// Schema in schema/case.schema.json): a law in test/engine/caseShape.test.ts
// holds this check to accept exactly what it accepts and give the same data
// (strings trimmed where it trims them), over generated and hostile input.
import { daysInMonth, isIsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { issue, type PolicyIssue } from "../policy/issues.js";
import { readUntrusted } from "../policy/untrusted.js";
import { CASE_FLAGS, CASE_SUBJECTS } from "../policy/vocabulary.js";
import type { Case } from "./case.js";
import type { CaseFacts } from "./types.js";

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

/** How one field is read: its value as the schema gives it back, or undefined after recording an issue. */
type Field = (value: unknown, path: Path, issues: PolicyIssue[]) => unknown;

/** Text of at most `max` characters, not empty; trimmed first where the schema trims it. */
function text(min: number, max: number, trim: boolean): Field {
  return (value, path, issues) => {
    if (typeof value !== "string") return wrongType(value, "text", path, issues);
    const read = trim ? value.trim() : value;
    if (read.length < min) issues.push(issue("empty", path, "Must not be empty."));
    else if (read.length > max) issues.push(issue("too-long", path, `Allows at most ${max} characters.`));
    else return read;
    return undefined;
  };
}

// A date in the form the schema's ISO check takes (any year), for telling a date out of range from no date at all.
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

const date: Field = (value, path, issues) => {
  if (typeof value !== "string") return wrongType(value, "text", path, issues);
  if (isIsoDate(value)) return value;
  const [, year, month, day] = DATE_FORM.exec(value) ?? [];
  const real = month !== undefined && Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month));
  issues.push(real ? issue("invalid", path, "Must be a real date written YYYY-MM-DD between 2000-01-01 and 2099-12-31.") : issue("bad-format", path, `The text ${describeValue(value)} is not a valid date.`));
  return undefined;
};

function oneOf(values: readonly string[]): Field {
  return (value, path, issues) => {
    if (typeof value === "string" && values.includes(value)) return value;
    issues.push(issue("not-allowed", path, `Expected one of ${values.map((one) => JSON.stringify(one)).join(", ")}, got ${got(value)}.`));
    return undefined;
  };
}

function listOf(item: Field, max: number): Field {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return wrongType(value, "a list", path, issues);
    if (value.length > max) {
      issues.push(issue("too-many", path, `Allows at most ${max} entries.`));
      return undefined;
    }
    const before = issues.length;
    const read = value.map((one, index) => item(one, [...path, index], issues));
    return issues.length === before ? read : undefined;
  };
}

/** An object with these fields and no others; `required` names those it must have. */
function object(fields: Readonly<Record<string, Field>>, required: readonly string[], kind: string): Field {
  const names = Object.keys(fields);
  return (value, path, issues) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return wrongType(value, "an object", path, issues);
    const given = value as Data;
    const before = issues.length;
    const read: Data = {};
    for (const name of names) {
      const field = fields[name] as Field;
      if (!Object.hasOwn(given, name)) {
        if (required.includes(name)) issues.push(issue("missing", [...path, name], "This field is required."));
        continue;
      }
      // An optional field given as undefined stays undefined, as in the schema.
      const found = given[name];
      read[name] = found === undefined && !required.includes(name) ? undefined : field(found, [...path, name], issues);
    }
    for (const key of Object.keys(given)) {
      if (!Object.hasOwn(fields, key)) issues.push(issue("unknown-field", [...path, key], `${describeValue(key)} is not a field of ${kind}; the fields are: ${names.join(", ")}.`));
    }
    return issues.length === before ? read : undefined;
  };
}

/**
 * The readers of a case and of schedule's facts, built on first use: a
 * program that never reads a case (or a bundle of the calendar alone) pays
 * nothing for them.
 */
let shapes: { readonly facts: Field; readonly record: Field } | undefined;
function shapesOf(): { readonly facts: Field; readonly record: Field } {
  if (shapes !== undefined) return shapes;
  const id = text(1, 64, false);
  const longText = text(1, 2000, true);
  const event = (type: string, fields: Readonly<Record<string, Field>>, optional: readonly string[] = []) =>
    object({ type: oneOf([type]), ...fields, on: date }, ["type", ...Object.keys(fields).filter((name) => !optional.includes(name)), "on"], `a ${JSON.stringify(type)} event`);
  // Each kind of event, by its type: the schema's discriminated union.
  const events: Readonly<Record<string, Field>> = {
    "stage-entered": event("stage-entered", { stage: id, raisedWith: text(1, 200, true), outcome: longText }, ["raisedWith", "outcome"]),
    "step-done": event("step-done", { step: id }),
    "duty-done": event("duty-done", { duty: id }),
    resolved: event("resolved", { stage: id, outcome: longText }, ["outcome"]),
    happened: event("happened", { event: id }),
    "action-agreed": event("action-agreed", { action: id, what: longText, due: date }),
    "priority-changed": event("priority-changed", { priority: id }),
    "clock-stopped": event("clock-stopped", { reason: longText }),
    "clock-restarted": event("clock-restarted", {}),
    flagged: event("flagged", { flag: oneOf(CASE_FLAGS) }),
  };
  const types = Object.keys(events);
  const caseEvent: Field = (value, path, issues) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return wrongType(value, "an object", path, issues);
    const type = (value as Data)["type"];
    const read = typeof type === "string" && Object.hasOwn(events, type) ? events[type] : undefined;
    if (read !== undefined) return read(value, path, issues);
    issues.push(issue("not-allowed", [...path, "type"], `Expected one of ${types.map((one) => JSON.stringify(one)).join(", ")}, got ${got(type)}.`));
    return undefined;
  };
  const factFields = { raisedOn: date, subject: oneOf(CASE_SUBJECTS), riskDeadline: date, flags: listOf(oneOf(CASE_FLAGS), CASE_FLAGS.length), priority: id };
  shapes = {
    facts: object(factFields, ["raisedOn"], "the case's facts"),
    record: object({ ...factFields, $schema: text(0, 500, false), policy: id, policyVersion: text(1, 200, true), events: listOf(caseEvent, 1000) }, ["raisedOn", "policy", "events"], "a case"),
  };
  return shapes;
}

/** @internal What {@link readCaseShape} gives: the data as the schema gives it back, or every issue found. */
export type ShapeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly PolicyIssue[] };

function readShape<T>(input: unknown, shape: Field): ShapeResult<T> {
  const untrusted = readUntrusted(input);
  if (untrusted.issues.length > 0) return { success: false, issues: untrusted.issues };
  const issues: PolicyIssue[] = [];
  const data = shape(untrusted.value, [], issues);
  return issues.length === 0 ? { success: true, data: data as T } : { success: false, issues };
}

/**
 * @internal Reads a case record's shape (its fields, their types, dates and
 * lengths; not yet its policy's names) as the case schema does, from a copy
 * of the input: the input is never changed.
 */
export function readCaseShape(input: unknown): ShapeResult<Case> {
  return readShape(input, shapesOf().record);
}

/** @internal The same, for the facts that schedule takes. */
export function readFactsShape(input: unknown): ShapeResult<CaseFacts> {
  return readShape(input, shapesOf().facts);
}

function wrongType(value: unknown, expected: string, path: Path, issues: PolicyIssue[]): undefined {
  issues.push(value === undefined ? issue("missing", path, `This field is required: expected ${expected}.`) : issue("wrong-type", path, `Expected ${expected}, got ${got(value)}.`));
  return undefined;
}

function got(value: unknown): string {
  if (value === undefined) return "nothing";
  return typeof value === "string" ? `the text ${describeValue(value)}` : describeValue(value);
}
