import { parseArgs } from "node:util";
import { globSync } from "tinyglobby";
import { parseCase } from "../engine/case.js";
import type { Language } from "../messages/language.js";
import { lintPolicy } from "../policy/lintPolicy.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import type { Policy } from "../policy/schema.js";
import { findingFormatter, locateIssues, problemFindings, type Finding } from "./findings.js";
import { cliMessage } from "../messages/cli.js";
import { EXIT, helpText, knownLanguage, UsageError, type CliIO } from "./io.js";
import { MAX_FILE_BYTES, readJsonSource } from "./jsonSource.js";
import { choiceOption, dateOption, languageArgument } from "./options.js";
import { policyArgument, policyForCase } from "./policyArgument.js";

const FORMATS = ["text", "json", "github"] as const;

function expand(patterns: readonly string[], cwd: string): string[] {
  return patterns.flatMap((pattern) => {
    if (!/[*?[\]{}]/.test(pattern)) return [pattern];
    const matches = globSync(pattern, { cwd, onlyFiles: true }).sort();
    if (matches.length === 0) throw new UsageError("usage.noFilesMatch", { pattern: JSON.stringify(pattern) });
    return matches;
  });
}

/** Whether a file names the case schema, wherever it is kept (a path, or a URL such as unpkg's). */
const namesCaseSchema = (value: unknown): boolean =>
  typeof value === "object" && value !== null && typeof (value as { $schema?: unknown }).$schema === "string" && /(^|\/)case\.schema\.json$/.test((value as { $schema: string }).$schema);

interface Check {
  readonly today: string;
  readonly cases: boolean;
  /** The policy of the case files, where --policy gives one. */
  readonly policy: Policy | undefined;
  /** The language of a policy file's findings and of its reading problems. */
  readonly lang: Language;
}

/**
 * Every finding for one file: reading and syntax, then for a policy its
 * schema, references and lint, for a case its schema and its policy's rules.
 */
function checkFile(file: string, cwd: string, check: Check): Finding[] {
  const source = readJsonSource(file, cwd, check.lang);
  if ("errors" in source) return problemFindings(file, source.errors, check.lang);
  if (check.cases || namesCaseSchema(source.value)) {
    const found = policyForCase(source.value, check.policy, check.lang);
    if ("issue" in found) return locateIssues(file, source, [found.issue], check.lang);
    const parsed = parseCase(source.value, found.policy, { lang: check.lang });
    return parsed.success ? [] : locateIssues(file, source, parsed.errors, check.lang);
  }
  const parsed = parsePolicy(source.value, { lang: check.lang });
  return locateIssues(file, source, parsed.success ? lintPolicy(parsed.policy, { today: check.today, lang: check.lang }) : parsed.errors, check.lang);
}

// GitHub's workflow commands need these characters escaped in properties and messages.
const escapeData = (text: string): string => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `safeguarding-escalation validate`: returns the exit code. */
export function validateCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      strict: { type: "boolean", default: false },
      today: { type: "string" },
      case: { type: "boolean", default: false },
      policy: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    io.stdout(helpText(knownLanguage(values.lang), "help.validate", { maxBytes: MAX_FILE_BYTES }));
    return EXIT.ok;
  }
  const format = choiceOption(values.format, "--format", FORMATS) as (typeof FORMATS)[number];
  const today = dateOption(values.today, "--today") ?? io.today;
  const lang = languageArgument(values.lang);
  if (positionals.length === 0) throw new UsageError("usage.noFiles");
  const files = expand(positionals, io.cwd);
  const check: Check = { today, cases: values.case, policy: values.policy === undefined ? undefined : policyArgument(values.policy, io.cwd, lang), lang };

  const findings: Finding[] = [];
  const invalid = new Set<string>();
  for (const file of files) {
    const found = checkFile(file, io.cwd, check);
    for (const finding of found) findings.push(finding);
    if (found.some((finding) => finding.severity === "error" || values.strict)) invalid.add(file);
  }
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;

  if (format === "json") {
    io.stdout(`${JSON.stringify({ valid: invalid.size === 0, files: files.length, invalidFiles: [...invalid], errors, warnings, findings }, null, 2)}\n`);
  } else {
    for (const f of findings) {
      if (format === "github") {
        io.stdout(`::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(cliMessage(lang, "validate.github.title", { code: f.code, path: f.path }))}::${escapeData(f.message)}\n`);
      } else {
        io.stdout(`${findingFormatter(lang)(f)}\n`);
      }
    }
    const counted = cliMessage(lang, "validate.summary", {
      files: cliMessage(lang, "validate.summary.files", { count: files.length }),
      valid: files.length - invalid.size,
      invalid: invalid.size,
      errors: cliMessage(lang, "validate.summary.errors", { count: errors }),
      warnings: cliMessage(lang, "validate.summary.warnings", { count: warnings }),
    });
    const summary = values.strict ? cliMessage(lang, "validate.summary.strict", { summary: counted }) : counted;
    (invalid.size > 0 ? io.stderr : io.stdout)(`${summary}\n`);
  }
  return invalid.size > 0 ? EXIT.invalid : EXIT.ok;
}
