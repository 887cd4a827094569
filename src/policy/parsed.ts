// Which policies have been checked, and the error for one that is not valid:
// no dependency on zod, so that the engine can trust a policy without loading
// the schema. parsePolicy marks what it accepts; the bundled policies are
// marked as they are first read (their files are checked when the package is
// tested: test/policy/bundled.test.ts).
import { SafeguardingEscalationError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import { valueMessage } from "../messages/values.js";
import { readOptions } from "../readOptions.js";
import { formatPath, type PolicyIssue } from "./issues.js";
import type { Policy } from "./schema.js";

const checked = new WeakSet<Policy>();

/** @internal Marks a policy as checked and deeply frozen, so the engine trusts it. */
export function markParsedPolicy(policy: Policy): Policy {
  checked.add(policy);
  return policy;
}

/** @internal Whether a policy came from `parsePolicy` or the bundled set (so it is checked and deeply frozen). */
export function isParsedPolicy(policy: Policy): boolean {
  return checked.has(policy);
}

/** @internal Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Thrown by the engine when it is given a policy that `parsePolicy` did not
 * accept; `issues` says what is wrong and where. Its message shows the first
 * three issues, in the words of `lang` (`"en"`, the default, or `"cy"`: pass
 * the language the issues were written in).
 *
 * @throws {@link InvalidOptionsError} for a `lang` other than `"en"` or `"cy"`
 * @example
 * ```ts
 * const result = parsePolicy({ id: "example" }, { lang: "cy" });
 * const error = result.success ? undefined : new InvalidPolicyError(result.errors, { lang: "cy" });
 * error?.message
 * // "Nid yw'r polisi yn ddilys (gwiriwch ef â parsePolicy yn gyntaf): title: Mae angen y maes hwn: disgwylir testun.; ..."
 * ```
 */
export class InvalidPolicyError extends SafeguardingEscalationError {
  readonly code = "invalid-policy";

  constructor(
    readonly issues: readonly PolicyIssue[],
    options?: { readonly lang?: Language },
  ) {
    const lang = languageOption(readOptions(options, ["lang"])?.lang);
    const shown = issues
      .slice(0, 3)
      .map((found) => `${formatPath(found.path, { lang })}: ${found.message}`)
      .join("; ");
    super(valueMessage(lang, "invalidPolicy.summary", { issues: issues.length > 3 ? valueMessage(lang, "invalidPolicy.more", { issues: shown, count: issues.length - 3 }) : shown }));
  }
}
