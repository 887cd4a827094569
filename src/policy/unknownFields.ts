import { z } from "zod";
import type { Language } from "../messages/language.js";
import { isPolicyIssueKey, policyMessage } from "../messages/policyIssues.js";
import { describeValueIn } from "../messages/values.js";
import { issue, type PolicyIssue } from "./issues.js";

/** The object a key was found in: what to call it, and the fields it has. */
export interface KnownFields {
  /** A name given as it is, in any language ("a stage"); undefined: named by `id`, else by its path. */
  readonly kind: string | undefined;
  /** The schema's id of its kind ("Stage", "CopyRule"), named in each language by the catalogue (`kind.Stage`); `null` for the document's root. */
  readonly id?: string | null | undefined;
  readonly fields: readonly string[];
}

/**
 * @internal Learns, while zod parses, the fields of each strict object whose
 * input had keys it does not know: zod's finished issues no longer say which
 * object that was, but the issue passed to an error map still does. The map
 * returns undefined, so zod's messages are unchanged.
 *
 * @param root - the schema parsed (its objects are called "a policy": kind.policy)
 */
export function fieldRecorder(root: z.ZodType): { readonly error: z.core.$ZodErrorMap; fieldsOf(input: unknown): KnownFields | undefined } {
  const known = new WeakMap<object, KnownFields>();
  return {
    error(raw) {
      const shape = (raw.inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
      if (raw.code === "unrecognized_keys" && typeof raw.input === "object" && raw.input !== null && typeof shape === "object" && shape !== null) {
        const id = z.globalRegistry.get(raw.inst as z.ZodType)?.id;
        known.set(raw.input, { kind: undefined, id: raw.inst === root ? null : id, fields: Object.keys(shape) });
      }
      return undefined;
    },
    fieldsOf: (input) => (typeof input === "object" && input !== null ? known.get(input) : undefined),
  };
}

/**
 * What a finding calls an object: its kind's name ("a copy rule", from the
 * schema's id "CopyRule"), else the key that holds it (`the "actors"
 * object`), else the document.
 */
function kindName(lang: Language, known: KnownFields, path: readonly (string | number)[]): string {
  if (known.id === null) return policyMessage(lang, "kind.policy");
  // Every id of the policy schema has a name (a test checks); an id without one is named by its key, as an object without an id is.
  const key = `kind.${known.id ?? ""}`;
  if (known.id !== undefined && isPolicyIssueKey(key)) return policyMessage(lang, key);
  if (known.kind !== undefined) return known.kind;
  const parent = path.filter((part): part is string => typeof part === "string").at(-1);
  return parent === undefined ? policyMessage(lang, "kind.document") : policyMessage(lang, "kind.object", { name: JSON.stringify(parent) });
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
export function unknownFieldIssues(keys: readonly string[], path: readonly (string | number)[], known: KnownFields | undefined, lang: Language = "en"): PolicyIssue[] {
  if (known === undefined) return keys.map((key) => issue("unknown-field", [...path, key], policyMessage(lang, "unknownField.unknown", { key: describeValueIn(key, lang) })));
  const kind = kindName(lang, known, path);
  const fields = known.fields.join(", ");
  const longest = Math.max(...known.fields.map((field) => field.length)) + 1;
  const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(longest), new Int32Array(longest), new Int32Array(longest)];
  return keys.map((key) => {
    const near = closest(key, known.fields, rows);
    const shown = describeValueIn(key, lang);
    return issue("unknown-field", [...path, key], near === undefined ? policyMessage(lang, "unknownField.fields", { key: shown, kind, fields }) : policyMessage(lang, "unknownField.near", { key: shown, kind, near: JSON.stringify(near) }));
  });
}
