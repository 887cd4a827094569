// What the report renderers read, checked as the other renderers' inputs are
// (inputs.ts), and the words every format of the report shares: a figure's
// name and its definition are written once.
import { z } from "zod";
import type { IsoDate } from "../calendar/isoDate.js";
import { issue } from "../policy/issues.js";
import { CASE_FLAGS, isoDateSchema } from "../policy/schema.js";
import { readOwnList } from "../ownFields.js";
import type { EscalationLogRow } from "../report/escalationLog.js";
import type { MonitoringReport } from "../report/monitoringReport.js";
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { checked, InvalidResultError } from "./inputs.js";

const date = isoDateSchema;
const text = z.string();
const count = z.int().min(0);

const reportShape = z.looseObject({
  policy: z.looseObject({ id: text, title: text, issuer: text }),
  from: date,
  to: date,
  asOf: date,
  cases: count,
  begun: count,
  resolved: count,
  openAtEnd: count,
  overdueNow: count,
  escalations: z.looseObject({ made: count, late: count }),
  stages: z.array(
    z.looseObject({
      id: text,
      number: count,
      title: text,
      limit: text.nullable(),
      reached: count,
      resolved: count,
      ended: count,
      endedLate: count,
      workingDays: z.looseObject({ count, median: count, p90: count }).nullable(),
      allowedWorkingDays: count.nullable(),
    }),
  ),
  quarters: z.array(z.looseObject({ from: date, to: date, onTime: count, late: count })),
  flags: z.array(z.looseObject({ flag: z.enum(CASE_FLAGS), cases: count })),
});

const rowShape = z.looseObject({
  case: count,
  id: z.union([text, z.number()]).nullable(),
  stage: text,
  stageNumber: count,
  stageTitle: text,
  start: date,
  raisedWith: z.array(text).nullable(),
  raisedWithFrom: z.enum(["case", "policy"]),
  escalateBy: date.nullable(),
  enteredOnTime: z.boolean().nullable(),
  due: date.nullable(),
  ended: date.nullable(),
  end: z.enum(["escalated", "resolved", "open"]),
  onTime: z.boolean().nullable(),
  timing: z.enum(["on-time", "late", "open", "no-limit"]),
  workingDays: count,
  outcome: text.nullable(),
});

const REPORT = "a monitoring report (what monitoringReport() returns)";
const LOG = "an escalation log (what escalationLog() returns)";

/** @internal A monitoring report, as the renderers read it. @throws {@link InvalidResultError} */
export const checkReportInput = (value: unknown): MonitoringReport => checked(reportShape, value, REPORT);

/**
 * @internal The rows of an escalation log, as the renderers read them: row
 * by row, so that a log of any length is checked without being copied whole.
 * @throws {@link InvalidResultError}
 */
export function checkLogRows(log: unknown): EscalationLogRow[] {
  const refuse = (message: string) => new InvalidResultError(LOG, [issue("not-a-log", ["rows"], message)]);
  let rows: unknown;
  try {
    const descriptor = typeof log === "object" && log !== null ? Reflect.getOwnPropertyDescriptor(log, "rows") : undefined;
    rows = descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
  } catch {
    throw refuse("the log could not be read");
  }
  return readOwnList(rows, "rows", refuse).map((row, index) => checked<EscalationLogRow>(rowShape, row, `row ${index} of ${LOG}`));
}

/** @internal One of the report's headline figures: its key (the catalogue names its label and definition by it), and how to read it from a report. */
export interface Figure {
  readonly key: "cases" | "begun" | "resolved" | "open-at-end" | "overdue-now" | "escalations" | "escalations-late";
  readonly value: (report: MonitoringReport) => number;
}

/** @internal The headline figures, in the order a board reads them. docs/monitoring.md says the same. */
export const FIGURES: readonly Figure[] = [
  { key: "cases", value: (r) => r.cases },
  { key: "begun", value: (r) => r.begun },
  { key: "resolved", value: (r) => r.resolved },
  { key: "open-at-end", value: (r) => r.openAtEnd },
  { key: "overdue-now", value: (r) => r.overdueNow },
  { key: "escalations", value: (r) => r.escalations.made },
  { key: "escalations-late", value: (r) => r.escalations.late },
];

/** @internal A figure's name and what it counts, in a language. */
export const figureWords = (lang: Language, figure: Figure): { label: string; definition: string } => ({
  label: rendererMessage(lang, `report.figure.${figure.key}`),
  definition: rendererMessage(lang, `report.definition.${figure.key}`),
});

/** @internal The columns of the stages tables whose meaning the report spells out, under the names the tables give them. */
const STAGE_COLUMNS = ["reached", "resolvedAt", "endedAndLate", "medianAndP90", "allowed"] as const;

/** @internal What each column of the stages tables counts, in a language: its name, and its definition. */
export const stageColumnWords = (lang: Language): (readonly [label: string, definition: string])[] =>
  STAGE_COLUMNS.map((key) => [rendererMessage(lang, `report.column.${key}`), rendererMessage(lang, `report.columnDefinition.${key}`)] as const);

const LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", cy: "cy-GB" };
const formats = new Map<string, Intl.DateTimeFormat>();
/** A date format of a language, made once. */
function formatOf(lang: Language, kind: "month" | "date"): Intl.DateTimeFormat {
  let format = formats.get(`${lang} ${kind}`);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALES[lang], kind === "month" ? { month: "short", timeZone: "UTC" } : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    formats.set(`${lang} ${kind}`, format);
  }
  return format;
}
const instant = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

/** @internal A quarter's name from its months (Intl's short names): "Oct–Dec 2026", or "Nov–Dec 2026" for the part of it in the period; "Hyd–Rhag 2026" in Welsh. */
export function quarterLabel(quarter: { readonly from: IsoDate; readonly to: IsoDate }, lang: Language = "en"): string {
  const month = formatOf(lang, "month");
  const [first, last] = [month.format(instant(quarter.from)), month.format(instant(quarter.to))];
  return `${first === last ? first : `${first}–${last}`} ${quarter.to.slice(0, 4)}`;
}

/** @internal A date for a title: "8 January 2027", "8 Ionawr 2027". */
export const dayMonthYear = (date: IsoDate, lang: Language = "en"): string => formatOf(lang, "date").format(instant(date));

/** @internal A report's period in words: "1 October 2026 to 31 December 2026". */
export const periodWords = (report: MonitoringReport, lang: Language = "en"): string => rendererMessage(lang, "report.period", { from: dayMonthYear(report.from, lang), to: dayMonthYear(report.to, lang) });

/** @internal A renderer's options: the language of its words. @throws {@link InvalidOptionsError} */
export const reportLanguage = (options: unknown): Language => languageOption(readOptions(options, ["lang"])?.lang);

/**
 * @internal A message whose placeholders are filled with text already made
 * safe for its format (Markdown or HTML), its own words escaped by `escape`:
 * a translator's "&" or "*" stays a character.
 */
export function escapedMessage(lang: Language, key: RendererKey, escape: (text: string) => string, safe: Readonly<Record<string, string | number>>): string {
  const names = Object.keys(safe);
  // Marks no message holds and no escaping touches, put where each value goes and swapped for it after escaping.
  const filled = rendererMessage(lang, key, Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE000`])));
  return escape(filled).replace(/\uE000(\d+)\uE000/g, (_, index: string) => String(safe[names[Number(index)] as string]));
}
