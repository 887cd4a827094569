import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { formatPath, type PolicyIssue } from "./issues.js";
import { deepFreeze, markParsedPolicy } from "./parsed.js";
import { referenceIssues } from "./references.js";
import { policySchema, type Policy } from "./schema.js";
import { isShadowed, salvage } from "./salvage.js";
import { fieldRecorder } from "./unknownFields.js";
import { readUntrusted } from "./untrusted.js";
import { fromZodIssues } from "./zodIssues.js";

export { InvalidPolicyError } from "./parsed.js";

/** What {@link parsePolicy} returns: the policy, or why it is not one. */
export type ParsePolicyResult =
  | { readonly success: true; readonly policy: Policy }
  | { readonly success: false; readonly errors: readonly PolicyIssue[] };

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
 * @param options - `lang`: the language of the errors' sentences, `"en"`
 *   (English, the default) or `"cy"` (Welsh); their codes and paths are the
 *   same in both
 * @returns `{ success: true, policy }` or `{ success: false, errors }`
 * @throws {@link InvalidOptionsError} for options other than `{ lang }`, or a `lang` other than `"en"` or `"cy"`
 *
 * @example
 * ```ts
 * const result = parsePolicy(JSON.parse(readFileSync("policies/swindon.json", "utf8")));
 * if (!result.success) for (const e of result.errors) console.log(formatPath(e.path), e.message);
 * // e.g. stages[1].limit.workingDays Expected a number, got the text "5".
 * //      stages[2].escalate "escalate" is not a field of a stage; did you mean "escalateBy"?
 * const welsh = parsePolicy({ ...structuredClone(policies.swindon), reviewDue: "1999-12-31" }, { lang: "cy" });
 * welsh.success ? "" : welsh.errors[0]?.message
 * // "Rhaid iddo fod yn ddyddiad go iawn wedi'i ysgrifennu YYYY-MM-DD rhwng 2000-01-01 a 2099-12-31."
 * ```
 */
export function parsePolicy(input: unknown, options?: { readonly lang?: Language }): ParsePolicyResult {
  const lang = languageOption(readOptions(options, ["lang"])?.lang);
  const result = check(input, lang);
  if (result.success) markParsedPolicy(result.policy);
  return result;
}

// Past these, the document is not checked further: the limits exist so that a hostile file costs little.
const FATAL = new Set(["document-too-large", "document-too-deep", "not-json"]);

/**
 * Every phase whose input is sound runs, so that one pass reports all it can:
 * the document's shape (limits, forbidden keys), the schema, then the
 * references, on a copy mended where the schema failed (see salvage).
 */
function check(input: unknown, lang: Language): ParsePolicyResult {
  const { issues: untrusted, value: data } = readUntrusted(input, lang);
  if (untrusted.some((found) => FATAL.has(found.code))) return { success: false, errors: untrusted };
  const fields = fieldRecorder(policySchema);
  const parsed = policySchema.safeParse(data, { reportInput: true, error: fields.error });
  if (parsed.success && untrusted.length === 0) {
    const references = referenceIssues(parsed.data, lang);
    return references.length > 0 ? { success: false, errors: references } : { success: true, policy: deepFreeze(parsed.data) };
  }
  // A forbidden key or an over-long text is reported once, by the shape check.
  const reported = new Set(untrusted.map((found) => formatPath(found.path)));
  const schema = parsed.success ? [] : fromZodIssues(parsed.error.issues, [], fields.fieldsOf, lang).filter((found) => !reported.has(formatPath(found.path)));
  const mended = parsed.success ? { policy: parsed.data, shadowed: new Set<string>() } : salvage(data, parsed.error.issues);
  const references = mended === undefined ? [] : referenceIssues(mended.policy, lang).filter((found) => !isShadowed(found.path, mended.shadowed));
  return { success: false, errors: [...untrusted, ...schema, ...references] };
}
