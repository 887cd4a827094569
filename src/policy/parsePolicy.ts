import { SafeguardingEscalationError } from "../errors.js";
import { formatPath, type PolicyIssue } from "./issues.js";
import { referenceIssues } from "./references.js";
import { policySchema, type Policy } from "./schema.js";
import { isShadowed, salvage } from "./salvage.js";
import { fieldRecorder } from "./unknownFields.js";
import { readUntrusted } from "./untrusted.js";
import { fromZodIssues } from "./zodIssues.js";

/** What {@link parsePolicy} returns: the policy, or why it is not one. */
export type ParsePolicyResult =
  | { readonly success: true; readonly policy: Policy }
  | { readonly success: false; readonly errors: readonly PolicyIssue[] };

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a policy definition (parsed JSON, or an object built in code) and
 * returns it typed and deeply frozen, or every problem found, each with its
 * JSON path and a sentence a policy officer can act on. The input is treated
 * as untrusted and never changed: unknown fields, `__proto__` keys, wrong
 * types, references to undeclared roles, stages or steps, and documents too
 * large or too deep are all errors, never crashes. One call finds all it can:
 * the references are checked even where the schema fails, on the parts the
 * schema's errors do not touch, so a misspelt role is reported beside a
 * wrong type. `success` is true only when nothing at all is wrong.
 *
 * @param input - the candidate policy
 * @returns `{ success: true, policy }` or `{ success: false, errors }`
 *
 * @example
 * ```ts
 * const result = parsePolicy(JSON.parse(readFileSync("policies/swindon.json", "utf8")));
 * if (!result.success) for (const e of result.errors) console.log(formatPath(e.path), e.message);
 * // e.g. stages[1].limit.workingDays Expected a number, got the text "5".
 * //      stages[2].escalate "escalate" is not a field of a stage; did you mean "escalateBy"?
 * ```
 */
export function parsePolicy(input: unknown): ParsePolicyResult {
  const result = check(input);
  if (result.success) parsed.add(result.policy);
  return result;
}

// Policies this module made: the engine trusts these without checking them again.
const parsed = new WeakSet<Policy>();

/** @internal Whether a policy came from {@link parsePolicy} (so it is checked and deeply frozen). */
export function isParsedPolicy(policy: Policy): boolean {
  return parsed.has(policy);
}

/**
 * Thrown by the engine when it is given a policy that {@link parsePolicy}
 * rejects; `issues` says what is wrong and where.
 */
export class InvalidPolicyError extends SafeguardingEscalationError {
  readonly code = "invalid-policy";

  constructor(readonly issues: readonly PolicyIssue[]) {
    const shown = issues.slice(0, 3).map((found) => `${formatPath(found.path)}: ${found.message}`);
    super(`The policy is not valid (check it with parsePolicy first): ${shown.join("; ")}${issues.length > 3 ? `; and ${issues.length - 3} more` : ""}`);
  }
}

// Past these, the document is not checked further: the limits exist so that a hostile file costs little.
const FATAL = new Set(["document-too-large", "document-too-deep", "not-json"]);

/**
 * Every phase whose input is sound runs, so that one pass reports all it can:
 * the document's shape (limits, forbidden keys), the schema, then the
 * references, on a copy mended where the schema failed (see salvage).
 */
function check(input: unknown): ParsePolicyResult {
  const { issues: untrusted, value: data } = readUntrusted(input);
  if (untrusted.some((found) => FATAL.has(found.code))) return { success: false, errors: untrusted };
  const fields = fieldRecorder(policySchema, "a policy");
  const parsed = policySchema.safeParse(data, { reportInput: true, error: fields.error });
  if (parsed.success && untrusted.length === 0) {
    const references = referenceIssues(parsed.data);
    return references.length > 0 ? { success: false, errors: references } : { success: true, policy: deepFreeze(parsed.data) };
  }
  // A forbidden key or an over-long text is reported once, by the shape check.
  const reported = new Set(untrusted.map((found) => formatPath(found.path)));
  const schema = parsed.success ? [] : fromZodIssues(parsed.error.issues, [], fields.fieldsOf).filter((found) => !reported.has(formatPath(found.path)));
  const mended = parsed.success ? { policy: parsed.data, shadowed: new Set<string>() } : salvage(data, parsed.error.issues);
  const references = mended === undefined ? [] : referenceIssues(mended.policy).filter((found) => !isShadowed(found.path, mended.shadowed));
  return { success: false, errors: [...untrusted, ...schema, ...references] };
}
