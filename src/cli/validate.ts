import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { globSync } from "tinyglobby";
import { parseIsoDate } from "../calendar/isoDate.js";
import { lintPolicy } from "../policy/lintPolicy.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import { formatFinding, locateIssues, type Finding } from "./findings.js";
import { UsageError, type CliIO } from "./io.js";
import { parseJsonSource } from "./jsonSource.js";

const VALIDATE_HELP = `Usage: safeguarding-escalation validate <files or globs...> [options]

Checks policy definition files: JSON syntax, the schema, references between
roles, stages and steps, and lint (review dates, stages without a time limit,
recorded contradictions).

Options:
  --format <text|json|github>  output: file:line:column lines (default), JSON, or GitHub Actions annotations
  --strict                     fail on warnings too
  --today <YYYY-MM-DD>         the date to judge review dates by (default: today in London)

Exit: 0 all valid, 1 some invalid (or warnings with --strict), 2 usage error.`;

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FORMATS = ["text", "json", "github"] as const;

function expand(patterns: readonly string[], cwd: string): string[] {
  return patterns.flatMap((pattern) => {
    if (!/[*?[\]{}]/.test(pattern)) return [pattern];
    const matches = globSync(pattern, { cwd, onlyFiles: true }).sort();
    if (matches.length === 0) throw new UsageError(`no files match ${JSON.stringify(pattern)}`);
    return matches;
  });
}

/** Every finding for one file: syntax, schema and references, then lint. */
export function checkPolicyFile(file: string, text: string, today: string): Finding[] {
  const source = parseJsonSource(text);
  if ("errors" in source) {
    return source.errors.map((error) => ({ file, line: error.line, column: error.column, path: "(the document)", severity: "error", code: "invalid-json", message: error.message }));
  }
  const parsed = parsePolicy(source.value);
  const issues = parsed.success ? lintPolicy(parsed.policy, { today }) : parsed.errors;
  return locateIssues(file, source, issues);
}

function readPolicyFile(file: string, cwd: string): string | Finding {
  const at = { file, line: 1, column: 1, path: "(the document)", severity: "error" as const };
  try {
    const size = statSync(resolve(cwd, file)).size;
    if (size > MAX_FILE_BYTES) return { ...at, code: "file-too-large", message: `the file has ${size} bytes; a policy file may have at most ${MAX_FILE_BYTES}` };
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    return { ...at, code: "unreadable", message: `cannot read the file: ${(error as Error).message}` };
  }
}

// GitHub's workflow commands need these characters escaped in properties and messages.
const escapeData = (text: string): string => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `safeguarding-escalation validate`: returns the exit code. */
export function validateCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, strict: { type: "boolean", default: false }, today: { type: "string" }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    io.stdout(`${VALIDATE_HELP}\n`);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not ${JSON.stringify(values.format)}`);
  let today = io.today;
  if (values.today !== undefined) {
    try {
      today = parseIsoDate(values.today, "--today");
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (positionals.length === 0) throw new UsageError("name at least one policy file or glob, e.g. policies/*.json");
  const files = expand(positionals, io.cwd);

  const findings: Finding[] = [];
  const invalid = new Set<string>();
  for (const file of files) {
    const text = readPolicyFile(file, io.cwd);
    const found = typeof text === "string" ? checkPolicyFile(file, text, today) : [text];
    findings.push(...found);
    if (found.some((finding) => finding.severity === "error" || values.strict)) invalid.add(file);
  }
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;

  if (format === "json") {
    io.stdout(`${JSON.stringify({ valid: invalid.size === 0, files: files.length, invalidFiles: [...invalid], errors, warnings, findings }, null, 2)}\n`);
  } else {
    for (const f of findings) {
      if (format === "github") {
        io.stdout(`::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`${f.code} at ${f.path}`)}::${escapeData(f.message)}\n`);
      } else {
        io.stdout(`${formatFinding(f)}\n`);
      }
    }
    const summary = `${files.length} ${files.length === 1 ? "file" : "files"} checked: ${files.length - invalid.size} valid, ${invalid.size} invalid; ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}${values.strict ? " (--strict: warnings fail)" : ""}`;
    (invalid.size > 0 ? io.stderr : io.stdout)(`${summary}\n`);
  }
  return invalid.size > 0 ? 1 : 0;
}
