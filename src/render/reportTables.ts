// The report's plain formats: the figures as Markdown tables, and the
// escalation log as CSV for a spreadsheet.
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import type { Language } from "../messages/language.js";
import type { EscalationLog, EscalationLogRow } from "../report/escalationLog.js";
import type { MonitoringReport } from "../report/monitoringReport.js";
import { checkLogRows, checkReportInput, dayMonthYear, escapedMessage, figureWords, FIGURES, periodWords, quarterLabel, reportLanguage, stageColumnWords } from "./reportInputs.js";

/** Options for {@link renderReportMarkdown}, {@link renderReportHtml} and {@link renderLogCsv}. */
export interface ReportRenderOptions {
  /**
   * The language of the renderer's words: `"en"` (default) or `"cy"`
   * (Welsh). The policy's titles, the cases' text and the data's ids stay as
   * they are; a stage's limit is in the language the report was made in
   * (pass the same `lang` to {@link monitoringReport}).
   */
  readonly lang?: Language;
}

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
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh)
 * @returns Markdown
 * @throws {@link InvalidResultError} for anything that is not a monitoring report
 * @throws {@link InvalidOptionsError} for an unknown option or language
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
 * console.log(renderReportMarkdown(monitoringReport(policies.swindon, cases, { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08", lang: "cy" }), { lang: "cy" }));
 * // | Ffigur | Nifer |
 * // | --- | --- |
 * // | Achosion yn y cyfnod | 1 |
 * ```
 */
export function renderReportMarkdown(given: MonitoringReport, options?: ReportRenderOptions): string {
  const lang = reportLanguage(options);
  const report = checkReportInput(given);
  const say = (key: RendererKey): string => rendererMessage(lang, key);
  const heading = (key: RendererKey): string => `## ${md(say(key))}`;
  const sections = [
    `# ${md(say("report.title"))}`,
    `${md(report.policy.title)} (${md(report.policy.issuer)}). ${escapedMessage(lang, "report.periodLine", md, { period: md(periodWords(report, lang)), date: md(dayMonthYear(report.asOf, lang)) })}`,
    heading("report.heading.figures"),
    table([say("report.column.figure"), say("report.column.number")], FIGURES.map((f) => [figureWords(lang, f).label, f.value(report)])),
    heading("report.heading.stages"),
    table(
      (["report.column.stage", "report.column.limit", "report.column.reached", "report.column.resolvedAt", "report.column.ended", "report.column.late", "report.column.medianWorkingDays", "report.column.p90", "report.column.allowed"] as const).map(say),
      report.stages.map((stage) => [rendererMessage(lang, "report.stageName", { number: stage.number, title: stage.title }), stage.limit ?? say("report.noLimit"), stage.reached, stage.resolved, stage.ended, stage.endedLate, stage.workingDays?.median ?? null, stage.workingDays?.p90 ?? null, stage.allowedWorkingDays]),
    ),
    heading("report.heading.quarters"),
    table((["report.column.quarter", "report.column.from", "report.column.to", "report.column.onTime", "report.column.late"] as const).map(say), report.quarters.map((quarter) => [quarterLabel(quarter, lang), quarter.from, quarter.to, quarter.onTime, quarter.late])),
    heading("report.heading.flags"),
    report.flags.length === 0 ? md(say("report.noFlags")) : table((["report.column.flag", "report.column.meaning", "report.column.cases"] as const).map(say), report.flags.map((flag) => [flag.flag, rendererMessage(lang, `report.flagMeaning.${flag.flag}`), flag.cases])),
    heading("report.heading.definitions"),
    [
      ...FIGURES.map((f) => figureWords(lang, f)).map(({ label, definition }) => `- **${md(label)}**: ${md(definition)}`),
      ...stageColumnWords(lang).map(([label, text]) => `- **${md(rendererMessage(lang, "report.md.stageColumn", { label }))}**: ${md(text)}`),
    ].join("\n"),
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
 * @param options - `lang`: `"en"` (default: the header row names the row's fields) or `"cy"` (Welsh words in the header row; the values stay as the log's data)
 * @returns CSV text, lines ending in CRLF as RFC 4180 has them
 * @throws {@link InvalidResultError} for anything that is not an escalation log
 * @throws {@link InvalidOptionsError} for an unknown option or language
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
export function renderLogCsv(given: EscalationLog, options?: ReportRenderOptions): string {
  const lang = reportLanguage(options);
  const rows = checkLogRows(given);
  const lines = [LOG_COLUMNS.map((column) => csvCell(rendererMessage(lang, `report.log.column.${column}`), true)).join(",")];
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
