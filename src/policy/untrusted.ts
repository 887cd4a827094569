import type { Language } from "../messages/language.js";
import { describeValueIn, valueMessage } from "../messages/values.js";
import { issue, type PolicyIssue } from "./issues.js";

/** Bounds on a policy document, so that a hostile file fails fast and clearly. */
export const DOCUMENT_LIMITS = /* @__PURE__ */ Object.freeze({ depth: 32, nodes: 50_000, stringLength: 10_000 } as const);

/** @internal Keys that reach an object's prototype when code copies or merges objects. */
const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

type Path = (string | number)[];
type Slot = { readonly value: unknown; readonly path: Path; readonly put: (copy: unknown) => void };

/** A property's value, read from its descriptor so that no getter runs; undefined for a getter or a hole. */
function own(object: object, key: string): { value: unknown } | undefined {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && "value" in descriptor ? { value: descriptor.value as unknown } : undefined;
}

/**
 * @internal Reads a value as plain JSON data within {@link DOCUMENT_LIMITS},
 * without keys that could pollute prototypes, and returns a copy made of
 * what was read: checks that follow run on data the caller can no longer
 * change, and no getter, `toJSON` or Proxy trap of the caller's runs twice
 * (a getter, a hole in an array, an object that is not plain, or a Proxy
 * whose traps throw is an issue, not an exception). Iterative, so depth
 * cannot overflow the stack before it is measured; values are counted as
 * they are found, so a list of millions is refused before any of it is read.
 * Its findings are written in `lang` (English by default).
 */
export function readUntrusted(input: unknown, lang: Language = "en"): { readonly issues: PolicyIssue[]; readonly value: unknown } {
  const issues: PolicyIssue[] = [];
  let result: unknown;
  const stack: Slot[] = [{ value: input, path: [], put: (copy) => (result = copy) }];
  let nodes = 1;
  const count = (more: number): boolean => {
    nodes += more;
    if (nodes <= DOCUMENT_LIMITS.nodes) return true;
    issues.push(issue("document-too-large", [], valueMessage(lang, "untrusted.tooLarge", { limit: DOCUMENT_LIMITS.nodes })));
    return false;
  };
  while (stack.length > 0) {
    const { value, path, put } = stack.pop() as Slot;
    if (path.length > DOCUMENT_LIMITS.depth) {
      issues.push(issue("document-too-deep", path.slice(0, DOCUMENT_LIMITS.depth), valueMessage(lang, "untrusted.tooDeep", { limit: DOCUMENT_LIMITS.depth })));
      break;
    }
    if (value === null || typeof value === "boolean") {
      put(value);
      continue;
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) issues.push(issue("not-json", path, valueMessage(lang, "untrusted.notFinite")));
      put(value);
      continue;
    }
    if (typeof value === "string") {
      if (value.length > DOCUMENT_LIMITS.stringLength) issues.push(issue("string-too-long", path, valueMessage(lang, "untrusted.tooLong", { limit: DOCUMENT_LIMITS.stringLength, length: value.length })));
      put(value);
      continue;
    }
    if (typeof value !== "object") {
      issues.push(issue("not-json", path, valueMessage(lang, "untrusted.notJson", { value: describeValueIn(value, lang) })));
      continue;
    }
    try {
      if (Array.isArray(value)) {
        const length = own(value, "length");
        const size = length === undefined ? 0 : (length.value as number);
        // An array's own keys are its items and "length": any other count is a hole or an extra field.
        if (!count(size)) break;
        if (Reflect.ownKeys(value).length !== size + 1) {
          issues.push(issue("not-json", path, valueMessage(lang, "untrusted.holes")));
          continue;
        }
        const copy: unknown[] = new Array<unknown>(size);
        put(copy);
        for (let index = size - 1; index >= 0; index--) {
          const item = own(value, String(index));
          if (item !== undefined) stack.push({ value: item.value, path: [...path, index], put: (child) => (copy[index] = child) });
          else issues.push(issue("not-json", [...path, index], valueMessage(lang, "untrusted.getter")));
        }
        continue;
      }
      const prototype: unknown = Reflect.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        issues.push(issue("not-json", path, valueMessage(lang, "untrusted.otherKind")));
        continue;
      }
      // Symbol keys and non-enumerable properties are not data, as JSON.stringify has it.
      const keys = Reflect.ownKeys(value).filter((key): key is string => typeof key === "string");
      if (!count(keys.length)) break;
      const copy: Record<string, unknown> = {};
      put(copy);
      for (const key of keys.reverse()) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        if (descriptor?.enumerable !== true) continue;
        if (FORBIDDEN_KEYS.has(key)) issues.push(issue("forbidden-key", [...path, key], valueMessage(lang, "untrusted.forbiddenKey", { key: JSON.stringify(key) })));
        else if (!("value" in descriptor)) issues.push(issue("not-json", [...path, key], valueMessage(lang, "untrusted.getter")));
        else stack.push({ value: descriptor.value as unknown, path: [...path, key], put: (child) => (copy[key] = child) });
      }
    } catch {
      // A Proxy's trap threw: the value cannot be read, so it cannot be data.
      issues.push(issue("not-json", path, valueMessage(lang, "untrusted.unreadable")));
    }
  }
  return { issues, value: result };
}

/**
 * @internal The issues of {@link readUntrusted}: whether a value is plain JSON
 * data within {@link DOCUMENT_LIMITS}.
 */
export function checkUntrusted(input: unknown, lang: Language = "en"): PolicyIssue[] {
  return readUntrusted(input, lang).issues;
}
