// The report's plain formats: the figures as Markdown tables, and the
// escalation log as CSV for a spreadsheet.
import { FLAG_MEANINGS } from "../policy/schema.js";
import type { EscalationLog, EscalationLogRow } from "../report/escalationLog.js";
import type { MonitoringReport } from "../report/monitoringReport.js";
import { checkLogRows, checkReportInput, dayMonthYear, FIGURES, periodWords, quarterLabel, STAGE_COLUMNS } from "./reportInputs.js";

/**
 * Markdown text for a table cell or inside a line: the characters that make
 * emphasis, code, links, HTML, entities or cells escaped wherever they
 * stand, those that start a heading, list or quote escaped at the start;
 * line breaks flattened. Dates and numbers stay as they are.
 */
const md = (text: string | number | null): string =>
  text === null
    ? "–"
    : String(text)
        .replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
        .replace(/^(\s*)([#+=>-]|\d+[.)])/, "$1\\$2");

function table(titles: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const line = (cells: readonly (string | number | null)[]) => `| ${cells.map(md).join(" | ")} |`;
  return [line(titles), `|${titles.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * Writes a monitoring report as Markdown: the headline figures, the stages
 * (reached, resolved at, ended and late, working days taken against what
 * was allowed), the quarters and the flags seen, as tables, then what each
 * figure counts. Text from the policy is escaped, so that it cannot become
 * markup.
 *
 * @param given - from {@link monitoringReport}
 * @returns Markdown
 * @throws {@link InvalidResultError} for anything that is not a monitoring report
 *
 * @example
 * ```ts
 * const cases = [{ policy: "swindon", raisedOn: "2026-11-02", events: [] }];
 * console.log(renderReportMarkdown(monitoringReport(policies.swindon, cases, { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08" })));
 * // | Figure | Number |
 * // | --- | --- |
 * // | Cases in the period | 1 |
 * // | Begun | 1 |
 * // | Resolved | 0 |
 * ```
 */
export function renderReportMarkdown(given: MonitoringReport): string {
  const report = checkReportInput(given);
  const sections = [
    "# Resolution of professional disagreements: monitoring report",
    `${md(report.policy.title)} (${md(report.policy.issuer)}). Period: ${md(periodWords(report))}. Figures as at ${md(dayMonthYear(report.asOf))}.`,
    "## The period in figures",
    table(["Figure", "Number"], FIGURES.map((f) => [f.label, f.value(report)])),
    "## Stages",
    table(
      ["Stage", "Limit", "Reached", "Resolved at it", "Ended", "Late", "Median working days", "90th percentile", "Allowed (median)"],
      report.stages.map((stage) => [`Stage ${stage.number}: ${stage.title}`, stage.limit ?? "no limit", stage.reached, stage.resolved, stage.ended, stage.endedLate, stage.workingDays?.median ?? null, stage.workingDays?.p90 ?? null, stage.allowedWorkingDays]),
    ),
    "## On time and late, per quarter",
    table(["Quarter", "From", "To", "On time", "Late"], report.quarters.map((quarter) => [quarterLabel(quarter), quarter.from, quarter.to, quarter.onTime, quarter.late])),
    "## Flags seen",
    report.flags.length === 0 ? "No case of the period carried a flag." : table(["Flag", "Meaning", "Cases"], report.flags.map((flag) => [flag.flag, FLAG_MEANINGS[flag.flag], flag.cases])),
    "## What each figure counts",
    [...FIGURES.map((f) => `- **${md(f.label)}**: ${md(f.definition)}`), ...STAGE_COLUMNS.map(([label, text]) => `- **Stages, ${md(label)}**: ${md(text)}`)].join("\n"),
  ];
  return `${sections.join("\n\n")}\n`;
}

/** The log's columns, in order: a row's fields, lists joined with "; ". */
const LOG_COLUMNS = ["case", "id", "stage", "stageNumber", "stageTitle", "start", "raisedWith", "raisedWithFrom", "escalateBy", "enteredOnTime", "due", "ended", "end", "onTime", "timing", "workingDays", "outcome"] as const satisfies readonly (keyof EscalationLogRow)[];

/**
 * A CSV cell (RFC 4180: quoted when it holds a comma, a quote or a line
 * break). A text a spreadsheet would take for a formula (starting =, +, -,
 * @, a tab or a carriage return) is given a leading apostrophe, so that
 * opening the log runs nothing a case's text carried.
 */
function csvCell(value: string | number | boolean | null, isText: boolean): string {
  const raw = value === null ? "" : String(value);
  const text = isText && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes an escalation log as CSV with a header row, one line per case and
 * stage, for a spreadsheet: the columns are the row's fields, `raisedWith`
 * joined with "; ". Text a spreadsheet would run as a formula is defused with
 * a leading apostrophe.
 *
 * @param given - from {@link escalationLog}
 * @returns CSV text, lines ending in CRLF as RFC 4180 has them
 * @throws {@link InvalidResultError} for anything that is not an escalation log
 *
 * @example
 * ```ts
 * const cases = [{ id: "A-17", case: { policy: "swindon", raisedOn: "2026-11-02", events: [
 *   { type: "stage-entered", stage: "stage-2", on: "2026-11-04", raisedWith: "Service Manager" },
 * ] } }];
 * const csv = renderLogCsv(escalationLog(policies.swindon, cases, "2026-11-06"));
 * console.log(csv);
 * // case,id,stage,stageNumber,stageTitle,start,raisedWith,raisedWithFrom,escalateBy,enteredOnTime,due,ended,end,onTime,timing,workingDays,outcome
 * // 1,A-17,stage-1,1,Internal Discussion,2026-11-02,Line manager; Safeguarding Lead (safeguarding designate) of the organisation,policy,,,2026-11-04,2026-11-04,escalated,true,on-time,2,
 * // 1,A-17,stage-2,2,Inter-agency Discussion,2026-11-04,Service Manager,case,,,2026-11-11,,open,,open,2,
 * writeFileSync("log.csv", csv);
 * ```
 */
export function renderLogCsv(given: EscalationLog): string {
  const rows = checkLogRows(given);
  const lines = [LOG_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(
      LOG_COLUMNS.map((column) => {
        const value = column === "raisedWith" ? (row.raisedWith?.join("; ") ?? null) : row[column];
        return csvCell(value, typeof value === "string");
      }).join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
