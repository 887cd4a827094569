import { parseArgs } from "node:util";
import { compareDates, type IsoDate } from "../calendar/isoDate.js";
import { parseCase } from "../engine/case.js";
import { InvalidCaseError } from "../engine/facts.js";
import type { Language } from "../messages/language.js";
import { rendererMessage } from "../messages/renderers.js";
import { policies } from "../policy/bundled.js";
import type { PolicyIssue } from "../policy/issues.js";
import type { Policy } from "../policy/schema.js";
import { renderReportHtml } from "../render/reportHtml.js";
import { renderLogCsv, renderReportMarkdown } from "../render/reportTables.js";
import type { ReportCase } from "../report/cases.js";
import { escalationLog } from "../report/escalationLog.js";
import { monitoringReport } from "../report/monitoringReport.js";
import { caseOfEntry, casesFileArgument, openCases } from "./caseInput.js";
import { INPUT_FORMATS, readCaseEntries, type CaseEntry } from "./caseRecords.js";
import type { JsonSource } from "./jsonSource.js";
import { formatFinding, locateIssues, type Finding } from "./findings.js";
import { EXIT, helpText, knownLanguage, UsageError, type CliIO } from "./io.js";
import { choiceOption, dateOption, languageArgument } from "./options.js";
import { policyArgument } from "./policyArgument.js";

const FORMATS = ["md", "csv", "json", "html"] as const;
type Format = (typeof FORMATS)[number];

/** A case read and accepted: where it stands in the input, and as the report takes it. */
interface Read {
  readonly source: JsonSource;
  readonly item: ReportCase;
}

/** `safeguarding-escalation report`. */
export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string", default: "md" },
      input: { type: "string" },
      "omit-free-text": { type: "boolean", default: false },
      lang: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    io.stdout(
      helpText(knownLanguage(values.lang), "help.report", { policies: Object.keys(policies).join(", "), formats: FORMATS.join("|"), inputFormats: INPUT_FORMATS.join("|"), lbrace: "{", rbrace: "}" }),
    );
    return EXIT.ok;
  }
  const file = casesFileArgument(positionals);
  const format = choiceOption(values.format, "--format", FORMATS) as Format;
  const input = choiceOption(values.input, "--input", INPUT_FORMATS);
  const lang = languageArgument(values.lang);
  const from = dateOption(values.from, "--from");
  const to = dateOption(values.to, "--to");
  if (from === undefined || to === undefined) throw new UsageError("usage.periodRequired");
  const asOf: IsoDate = dateOption(values["as-of"], "--as-of") ?? io.today;
  if (compareDates(from, to) > 0) throw new UsageError("usage.fromAfterTo", { from, to });
  if (compareDates(to, asOf) > 0) throw new UsageError("usage.toAfterAsOf", { to, asOf });
  const policy = policyArgument(values.policy, io.cwd, lang);
  const { name, chunks } = openCases(file, io, lang);

  // Every case read and checked before any figure is made: findings for all the refused ones at once.
  const read: Read[] = [];
  const refused: Finding[][] = [];
  let count = 0;
  for await (const entry of readCaseEntries(toBuffers(chunks), input, name, lang)) {
    count += 1;
    const findings = check(entry, name, policy, read, lang);
    if (findings !== undefined) refused.push(findings);
  }
  // A case the engine refuses only against the report's date (an event after it) is found by the report itself.
  let output: string;
  try {
    output = render(format, policy, read.map((entry) => entry.item), { from, to, asOf }, values["omit-free-text"], lang);
  } catch (error) {
    if (!(error instanceof InvalidCaseError)) throw error;
    // The report places a case's issues in its list: ["cases", 3, "events", 2], or ["cases", 3, "case", "events", 2] beside an id.
    const at = error.issues[0]?.path[1];
    const found = typeof at === "number" ? read[at] : undefined;
    if (found === undefined) throw error;
    const inside = "case" in found.item ? 3 : 2;
    refused.push(locateIssues(name, found.source, error.issues.map((issue): PolicyIssue => ({ ...issue, path: issue.path.slice(inside) })), lang));
    output = "";
  }
  if (refused.length > 0) {
    io.stderr(`${refused.flat().map(formatFinding).join("\n")}\n`);
    const read = rendererMessage(lang, "sweep.summary.read", { count });
    io.stderr(`${rendererMessage(lang, "report.noReport", { read, refused: rendererMessage(lang, "sweep.summary.refused", { count: refused.length }) })}\n`);
    return EXIT.invalid;
  }
  io.stdout(output);
  return EXIT.ok;
}

/** A case of the input, checked against the policy: added to `read`, or its findings. */
function check(entry: CaseEntry, name: string, policy: Policy, read: Read[], lang: Language): Finding[] | undefined {
  const taken = caseOfEntry(entry, name, lang);
  if ("findings" in taken) return taken.findings;
  const { source, id, record } = taken;
  const parsed = parseCase(record, policy, { lang });
  if (!parsed.success) return locateIssues(name, source, parsed.errors, lang);
  const item: ReportCase = id === null ? parsed.case : { id, case: parsed.case };
  read.push({ source, item });
  return undefined;
}

function render(format: Format, policy: Policy, cases: readonly ReportCase[], period: { from: IsoDate; to: IsoDate; asOf: IsoDate }, omitFreeText: boolean, lang: Language): string {
  const log = () => escalationLog(policy, cases, period.asOf, { freeText: omitFreeText ? "omit" : "include", lang });
  if (format === "csv") return renderLogCsv(log(), { lang });
  const report = monitoringReport(policy, cases, { ...period, lang });
  if (format === "md") return renderReportMarkdown(report, { lang });
  if (format === "html") return renderReportHtml(report, { lang });
  return `${JSON.stringify({ report, log: log() }, null, 2)}\n`;
}

async function* toBuffers(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
}
