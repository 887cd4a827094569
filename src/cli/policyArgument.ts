import { describeValue } from "../describeValue.js";
import { policies } from "../policy/bundled.js";
import type { PolicyIssue } from "../policy/issues.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import type { Policy } from "../policy/schema.js";
import { locateIssues, problemFindings } from "./findings.js";
import { InvalidInputError, UsageError } from "./io.js";
import { readJsonSource, type JsonSource } from "./jsonSource.js";

/** A JSON file named on the command line, or {@link InvalidInputError} saying why it cannot be read. */
export function readJsonFile(file: string, cwd: string): JsonSource {
  const source = readJsonSource(file, cwd);
  if ("errors" in source) throw new InvalidInputError(problemFindings(file, source.errors));
  return source;
}

/** The bundled policy with this id; an own property only, so "constructor" or "__proto__" name none. */
function bundledPolicy(id: unknown): Policy | undefined {
  return typeof id === "string" && Object.hasOwn(policies, id) ? (policies as Readonly<Record<string, Policy>>)[id] : undefined;
}

const BUNDLED = Object.keys(policies).join(", ");

/** `--policy`: a bundled policy's id, or a policy file. */
export function policyArgument(value: string | undefined, cwd: string): Policy {
  if (value === undefined) throw new UsageError(`--policy is required: one of ${BUNDLED}, or a policy .json file`);
  const bundled = bundledPolicy(value);
  if (bundled !== undefined) return bundled;
  if (!value.endsWith(".json")) throw new UsageError(`unknown policy ${JSON.stringify(value)}: expected one of ${BUNDLED}, or a policy .json file`);
  const source = readJsonFile(value, cwd);
  const result = parsePolicy(source.value);
  if (!result.success) throw new InvalidInputError(locateIssues(value, source, result.errors));
  return result.policy;
}

/**
 * The policy a case follows: the one --policy gave, else the bundled policy
 * the case names; or the issue saying why there is none.
 */
export function policyForCase(record: unknown, given: Policy | undefined): { readonly policy: Policy } | { readonly issue: PolicyIssue } {
  if (given !== undefined) return { policy: given };
  const named = typeof record === "object" && record !== null ? (record as { policy?: unknown }).policy : undefined;
  const policy = bundledPolicy(named);
  if (policy !== undefined) return { policy };
  const which = named === undefined ? "The case names no policy" : `The case names the policy ${describeValue(named)}, which is not bundled (${BUNDLED})`;
  return { issue: { severity: "error", code: "unknown-policy", path: ["policy"], message: `${which}: pass --policy <id or file>.` } };
}
