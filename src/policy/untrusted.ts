import { issue, type PolicyIssue } from "./issues.js";

/** Bounds on a policy document, so that a hostile file fails fast and clearly. */
export const DOCUMENT_LIMITS = { depth: 32, nodes: 50_000, stringLength: 10_000 } as const;

/** @internal Keys that reach an object's prototype when code copies or merges objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * @internal Checks that a value is plain JSON data within {@link DOCUMENT_LIMITS},
 * without keys that could pollute prototypes. Iterative, so depth cannot
 * overflow the stack before it is measured; values are counted as they are
 * found, so a list of millions is refused before any of it is walked.
 */
export function checkUntrusted(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let nodes = 1;
  const tooLarge = (): PolicyIssue => issue("document-too-large", [], `The document has more than ${DOCUMENT_LIMITS.nodes} values; a policy needs far fewer.`);
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (path.length > DOCUMENT_LIMITS.depth) {
      issues.push(issue("document-too-deep", path.slice(0, DOCUMENT_LIMITS.depth), `The document is nested more than ${DOCUMENT_LIMITS.depth} levels deep.`));
      break;
    }
    if (value === null || typeof value === "boolean") continue;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) issues.push(issue("not-json", path, "Numbers must be finite."));
      continue;
    }
    if (typeof value === "string") {
      if (value.length > DOCUMENT_LIMITS.stringLength) {
        issues.push(issue("string-too-long", path, `Text is limited to ${DOCUMENT_LIMITS.stringLength} characters; this has ${value.length}.`));
      }
      continue;
    }
    if (Array.isArray(value)) {
      nodes += value.length;
      if (nodes > DOCUMENT_LIMITS.nodes) {
        issues.push(tooLarge());
        break;
      }
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    const prototype = typeof value === "object" ? Object.getPrototypeOf(value) : undefined;
    if (typeof value !== "object" || (prototype !== Object.prototype && prototype !== null)) {
      issues.push(issue("not-json", path, `Expected JSON data (objects, arrays, strings, numbers, true, false, null), got ${typeof value === "object" ? "an object of another kind" : typeof value}.`));
      continue;
    }
    const keys = Object.keys(value);
    nodes += keys.length;
    if (nodes > DOCUMENT_LIMITS.nodes) {
      issues.push(tooLarge());
      break;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(issue("forbidden-key", [...path, key], `The key ${JSON.stringify(key)} is not allowed in a policy.`));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
