// The shape of a case record, checked without zod, so that the engine can
// take a case straight from a database without loading the schema library.
// The zod schema in case.ts stays the specification (parseCase, the JSON
// Schema in schema/case.schema.json): a law in test/engine/caseShape.test.ts
// holds this check to accept exactly what it accepts and give the same data
// (strings trimmed where it trims them), over generated and hostile input.
import { daysInMonth, isIsoDate } from "../calendar/isoDate.js";
import { caseIssue, type CaseIssueKey } from "../messages/caseIssues.js";
import type { MessageParams } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import { describeFoundIn, describeValueIn } from "../messages/values.js";
import type { PolicyIssue } from "../policy/issues.js";
import { readUntrusted } from "../policy/untrusted.js";
import { CASE_FLAGS, CASE_SUBJECTS } from "../policy/vocabulary.js";
import type { Case } from "./case.js";
import type { CaseFacts } from "./types.js";

type Path = readonly (string | number)[];
type Data = Record<string, unknown>;

/** The issues found so far, and the language they are written in. */
interface Found {
  readonly issues: PolicyIssue[];
  readonly lang: Language;
}

/** How one field is read: its value as the schema gives it back, or undefined after recording an issue. */
type Field = (value: unknown, path: Path, found: Found) => unknown;

/** Records an issue, its message written in the language of the reading (only now: a valid case reads no catalogue). */
function say(found: Found, key: CaseIssueKey, path: Path, params?: MessageParams): undefined {
  found.issues.push(caseIssue(found.lang, key, path, params));
  return undefined;
}

/** Text of at most `max` characters, not empty; trimmed first where the schema trims it. */
function text(min: number, max: number, trim: boolean): Field {
  return (value, path, found) => {
    if (typeof value !== "string") return wrongType(value, "text", path, found);
    const read = trim ? value.trim() : value;
    if (read.length < min) return say(found, "empty", path);
    if (read.length > max) return say(found, "too-long", path, { count: max });
    return read;
  };
}

// A date in the form the schema's ISO check takes (any year), for telling a date out of range from no date at all.
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

const date: Field = (value, path, found) => {
  if (typeof value !== "string") return wrongType(value, "text", path, found);
  if (isIsoDate(value)) return value;
  const [, year, month, day] = DATE_FORM.exec(value) ?? [];
  const real = month !== undefined && Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month));
  return real ? say(found, "invalid", path) : say(found, "bad-format", path, { value: describeValueIn(value, found.lang) });
};

function oneOf(values: readonly string[]): Field {
  return (value, path, found) => {
    if (typeof value === "string" && values.includes(value)) return value;
    return say(found, "not-allowed", path, { values: values.map((one) => JSON.stringify(one)).join(", "), got: describeFoundIn(value, found.lang) });
  };
}

function listOf(item: Field, max: number): Field {
  return (value, path, found) => {
    if (!Array.isArray(value)) return wrongType(value, "list", path, found);
    if (value.length > max) return say(found, "too-many", path, { count: max });
    const before = found.issues.length;
    const read = value.map((one, index) => item(one, [...path, index], found));
    return found.issues.length === before ? read : undefined;
  };
}

/** What an object is, for saying it has no such field: an event (of a type), the facts schedule takes, or a case. */
interface Kind {
  readonly of: "event" | "facts" | "case";
  readonly type?: string;
}

/** An object with these fields and no others; `required` names those it must have. */
function object(fields: Readonly<Record<string, Field>>, required: readonly string[], kind: Kind): Field {
  const names = Object.keys(fields);
  return (value, path, found) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return wrongType(value, "object", path, found);
    const given = value as Data;
    const before = found.issues.length;
    const read: Data = {};
    for (const name of names) {
      const field = fields[name] as Field;
      if (!Object.hasOwn(given, name)) {
        if (required.includes(name)) say(found, "missing", [...path, name]);
        continue;
      }
      // An optional field given as undefined stays undefined, as in the schema.
      const one = given[name];
      read[name] = one === undefined && !required.includes(name) ? undefined : field(one, [...path, name], found);
    }
    for (const key of Object.keys(given)) {
      if (Object.hasOwn(fields, key)) continue;
      say(found, `unknown-field.${kind.of}`, [...path, key], { key: describeValueIn(key, found.lang), fields: names.join(", "), type: JSON.stringify(kind.type) });
    }
    return found.issues.length === before ? read : undefined;
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
    object({ type: oneOf([type]), ...fields, on: date }, ["type", ...Object.keys(fields).filter((name) => !optional.includes(name)), "on"], { of: "event", type });
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
  const caseEvent: Field = (value, path, found) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return wrongType(value, "object", path, found);
    const type = (value as Data)["type"];
    const read = typeof type === "string" && Object.hasOwn(events, type) ? events[type] : undefined;
    if (read !== undefined) return read(value, path, found);
    return say(found, "not-allowed", [...path, "type"], { values: types.map((one) => JSON.stringify(one)).join(", "), got: describeFoundIn(type, found.lang) });
  };
  const factFields = { raisedOn: date, subject: oneOf(CASE_SUBJECTS), riskDeadline: date, flags: listOf(oneOf(CASE_FLAGS), CASE_FLAGS.length), priority: id };
  shapes = {
    facts: object(factFields, ["raisedOn"], { of: "facts" }),
    record: object({ ...factFields, $schema: text(0, 500, false), policy: id, policyVersion: text(1, 200, true), events: listOf(caseEvent, 1000) }, ["raisedOn", "policy", "events"], { of: "case" }),
  };
  return shapes;
}

/** @internal What {@link readCaseShape} gives: the data as the schema gives it back, or every issue found. */
export type ShapeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly PolicyIssue[] };

function readShape<T>(input: unknown, shape: Field, lang: Language): ShapeResult<T> {
  const untrusted = readUntrusted(input, lang);
  if (untrusted.issues.length > 0) return { success: false, issues: untrusted.issues };
  const found: Found = { issues: [], lang };
  const data = shape(untrusted.value, [], found);
  return found.issues.length === 0 ? { success: true, data: data as T } : { success: false, issues: found.issues };
}

/**
 * @internal Reads a case record's shape (its fields, their types, dates and
 * lengths; not yet its policy's names) as the case schema does, from a copy
 * of the input: the input is never changed. Issues are written in `lang`.
 */
export function readCaseShape(input: unknown, lang: Language = "en"): ShapeResult<Case> {
  return readShape(input, shapesOf().record, lang);
}

/** @internal The same, for the facts that schedule takes. */
export function readFactsShape(input: unknown, lang: Language = "en"): ShapeResult<CaseFacts> {
  return readShape(input, shapesOf().facts, lang);
}

// A field read here always has a value (readUntrusted refuses undefined
// anywhere in the input): a field of the wrong type holds something else.
function wrongType(value: unknown, expected: "text" | "list" | "object", path: Path, found: Found): undefined {
  return say(found, `wrong-type.${expected}`, path, { got: describeFoundIn(value, found.lang) });
}
