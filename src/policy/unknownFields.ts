import { z } from "zod";
import { describeValue } from "../describeValue.js";
import { issue, type PolicyIssue } from "./issues.js";

/** The object a key was found in: what to call it, and the fields it has. */
export interface KnownFields {
  /** "a stage", "the "actors" object" (undefined: named by its path). */
  readonly kind: string | undefined;
  readonly fields: readonly string[];
}

/**
 * @internal Learns, while zod parses, the fields of each strict object whose
 * input had keys it does not know: zod's finished issues no longer say which
 * object that was, but the issue passed to an error map still does. The map
 * returns undefined, so zod's messages are unchanged.
 *
 * @param root - the schema parsed, and what to call its objects ("a policy")
 */
export function fieldRecorder(root: z.ZodType, rootKind: string): { readonly error: z.core.$ZodErrorMap; fieldsOf(input: unknown): KnownFields | undefined } {
  const known = new WeakMap<object, KnownFields>();
  return {
    error(raw) {
      const shape = (raw.inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
      if (raw.code === "unrecognized_keys" && typeof raw.input === "object" && raw.input !== null && typeof shape === "object" && shape !== null) {
        const id = z.globalRegistry.get(raw.inst as z.ZodType)?.id;
        known.set(raw.input, { kind: raw.inst === root ? rootKind : id === undefined ? undefined : withArticle(id), fields: Object.keys(shape) });
      }
      return undefined;
    },
    fieldsOf: (input) => (typeof input === "object" && input !== null ? known.get(input) : undefined),
  };
}

/** "CopyRule" → "a copy rule". */
function withArticle(id: string): string {
  const words = id.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/**
 * Edits (insert, delete, change, swap two neighbours) from `a` to `b`, or
 * `limit + 1` once over `limit`. `rows` is scratch space of three rows, so
 * that thousands of keys cost no allocation each.
 */
function distance(a: string, b: string, limit: number, rows: [Int32Array, Int32Array, Int32Array]): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/** The field a misspelt key most likely meant: a few edits away, or the same but for case. */
function closest(key: string, fields: readonly string[], rows: [Int32Array, Int32Array, Int32Array]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const field of fields) {
    const found = field.toLowerCase() === key.toLowerCase() ? 0 : distance(key, field, limit, rows);
    if (found < bestDistance) {
      best = field;
      bestDistance = found;
    }
  }
  return best;
}

/**
 * @internal One issue per key an object has that its schema does not: a
 * likely spelling if one is close, else the fields it does have, so that a
 * field the language lacks is not mistaken for a typo.
 */
export function unknownFieldIssues(keys: readonly string[], path: readonly (string | number)[], known: KnownFields | undefined): PolicyIssue[] {
  if (known === undefined) return keys.map((key) => issue("unknown-field", [...path, key], `Unknown field ${describeValue(key)}: check its spelling, or remove it.`));
  const parent = path.filter((key): key is string => typeof key === "string").at(-1);
  const kind = known.kind ?? (parent === undefined ? "the document" : `the ${JSON.stringify(parent)} object`);
  const fields = `the fields are: ${known.fields.join(", ")}.`;
  const longest = Math.max(...known.fields.map((field) => field.length)) + 1;
  const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(longest), new Int32Array(longest), new Int32Array(longest)];
  return keys.map((key) => {
    const near = closest(key, known.fields, rows);
    return issue("unknown-field", [...path, key], `${describeValue(key)} is not a field of ${kind}; ${near === undefined ? fields : `did you mean ${JSON.stringify(near)}?`}`);
  });
}
