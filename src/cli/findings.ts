import { cliMessage } from "../messages/cli.js";
import type { Language } from "../messages/language.js";
import { formatPath, type PolicyIssue } from "../policy/issues.js";
import type { JsonProblem, JsonSource } from "./jsonSource.js";

/** One problem in one file, located. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly severity: PolicyIssue["severity"];
  readonly code: string;
  readonly message: string;
}

/** Places issues found in a parsed JSON file at their line and column, in the order a reader meets them; the whole document named in `lang`. */
export function locateIssues(file: string, source: Pick<JsonSource, "locate">, issues: readonly PolicyIssue[], lang: Language = "en"): Finding[] {
  return issues
    .map((issue) => ({ file, ...source.locate(issue.path), path: formatPath(issue.path, { lang }), severity: issue.severity, code: issue.code, message: issue.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Findings for a file that could not be read or parsed: they concern the whole document (named in `lang`). */
export function problemFindings(file: string, problems: readonly JsonProblem[], lang: Language = "en"): Finding[] {
  return problems.map((problem) => ({ file, line: problem.line, column: problem.column, path: formatPath([], { lang }), severity: "error", code: problem.code, message: problem.message }));
}

/** `file:line:column: path: message`, the form editors and CI logs link to; a warning's message marked so in `lang`. */
export function findingFormatter(lang: Language): (finding: Finding) => string {
  return (finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.path}: ${finding.severity === "warning" ? cliMessage(lang, "finding.warning", { message: finding.message }) : finding.message}`;
}

/** {@link findingFormatter} in English. */
export const formatFinding = findingFormatter("en");
