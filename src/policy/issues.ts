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
 *
 * @example
 * ```ts
 * formatPath(["stages", 2, "limit"]) // "stages[2].limit"
 * formatPath([])                     // "(the document)"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(the document)";
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (index === 0 ? key : `.${key}`) : `[${JSON.stringify(key)}]`))
    .join("");
}

/** @internal */
export function issue(code: string, path: readonly (string | number)[], message: string, severity: PolicyIssue["severity"] = "error"): PolicyIssue {
  return { severity, code, path, message };
}
