import { describeValue } from "../describeValue.js";
import { InvalidArgumentError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import { valueMessage } from "../messages/values.js";
import { readOptions } from "../readOptions.js";
import { readUntrusted } from "./untrusted.js";

/** A problem found in a policy definition, located by its path in the JSON. */
export interface PolicyIssue {
  /** `error`: the policy cannot be used. `warning`: it can, but a person should look. */
  readonly severity: "error" | "warning";
  /** A stable code to switch on, e.g. `unknown-role`, `review-date-passed`. */
  readonly code: string;
  /** Where, as JSON keys and array indexes: `["stages", 2, "limit"]`. */
  readonly path: readonly (string | number)[];
  /** A sentence a policy officer can act on. */
  readonly message: string;
}

/**
 * Writes a path the way a person reads it: `stages[2].limit.workingDays`.
 * The keys are the file's and stay as they are; the path of the whole
 * document is words, in `lang` (`"en"`, the default, or `"cy"`).
 *
 * @throws {@link InvalidArgumentError} for anything that is not a list of keys and indexes
 * @throws {@link InvalidOptionsError} for a `lang` other than `"en"` or `"cy"`
 * @example
 * ```ts
 * formatPath(["stages", 2, "limit"]) // "stages[2].limit"
 * formatPath([])                     // "(the document)"
 * formatPath([], { lang: "cy" })     // "(y ddogfen)"
 * ```
 */
export function formatPath(given: readonly (string | number)[], options?: { readonly lang?: Language }): string {
  const lang = languageOption(readOptions(options, ["lang"])?.lang);
  // Read as plain data, so that a Proxy or a getter of the caller's cannot throw from inside.
  const { issues, value: path } = readUntrusted(given);
  if (issues.length > 0 || !Array.isArray(path) || !path.every((key: unknown) => typeof key === "string" || (typeof key === "number" && Number.isSafeInteger(key)))) {
    throw new InvalidArgumentError(`formatPath takes a path: a list of keys and indexes, e.g. ["stages", 2, "limit"]; got ${describeValue(given)}.`);
  }
  if (path.length === 0) return valueMessage(lang, "path.document");
  return (path as (string | number)[])
    .map((key, index) => (typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (index === 0 ? key : `.${key}`) : `[${JSON.stringify(key)}]`))
    .join("");
}

/** @internal */
export function issue(code: string, path: readonly (string | number)[], message: string, severity: PolicyIssue["severity"] = "error"): PolicyIssue {
  return { severity, code, path, message };
}
