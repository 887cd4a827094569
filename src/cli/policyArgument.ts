import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { policies } from "../policy/bundled.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import type { Policy } from "../policy/schema.js";
import { formatFinding, locateIssues } from "./findings.js";
import { UsageError } from "./io.js";
import { parseJsonSource } from "./jsonSource.js";

/** Thrown when a file named on the command line is not valid: exit code 1, with the findings. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
}

/** @internal Reads a JSON file, reporting syntax errors by line and column. */
export function readJsonFile(file: string, cwd: string): { value: unknown; locate: (path: readonly (string | number)[]) => { line: number; column: number } } {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const source = parseJsonSource(text);
  if ("errors" in source) throw new InvalidInputError(source.errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message}`).join("\n"));
  return source;
}

/** `--policy`: a bundled policy's id, or a policy file. */
export function policyArgument(value: string | undefined, cwd: string): Policy {
  if (value === undefined) throw new UsageError(`--policy is required: one of ${Object.keys(policies).join(", ")}, or a policy file`);
  const bundled = (policies as Readonly<Record<string, Policy>>)[value];
  if (bundled !== undefined) return bundled;
  if (!value.endsWith(".json")) throw new UsageError(`unknown policy ${JSON.stringify(value)}: expected one of ${Object.keys(policies).join(", ")}, or a .json file`);
  const source = readJsonFile(value, cwd);
  const result = parsePolicy(source.value);
  if (!result.success) {
    throw new InvalidInputError(locateIssues(value, source, result.errors).map(formatFinding).join("\n"));
  }
  return result.policy;
}
