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

/** @internal One of the report's headline figures: its name, how to read it from a report, and what it counts. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: (report: MonitoringReport) => number;
  readonly definition: string;
}

/** @internal The headline figures, in the order a board reads them. docs/monitoring.md says the same. */
export const FIGURES: readonly Figure[] = [
  { key: "cases", label: "Cases in the period", value: (r) => r.cases, definition: "Disagreements raised on or before the period's last day and not resolved before its first: the cases every other figure is about." },
  { key: "begun", label: "Begun", value: (r) => r.begun, definition: "Cases raised within the period." },
  { key: "resolved", label: "Resolved", value: (r) => r.resolved, definition: "Cases resolved within the period, at whichever stage (the stages table says where)." },
  { key: "open-at-end", label: "Still open at the end", value: (r) => r.openAtEnd, definition: "Cases not resolved by the period's last day." },
  { key: "overdue-now", label: "Overdue now", value: (r) => r.overdueNow, definition: "Cases that, on the report's date, are open and past their current stage's due date." },
  { key: "escalations", label: "Escalations made", value: (r) => r.escalations.made, definition: "A case entering a stage after another, within the period." },
  { key: "escalations-late", label: "Escalations made late", value: (r) => r.escalations.late, definition: "Escalations made after the stage's time to escalate into it (its escalate-by date), or after the due date of the stage the case left." },
];

/** @internal What each column of the stages tables counts, under the name the tables give it. */
export const STAGE_COLUMNS: readonly (readonly [label: string, definition: string])[] = [
  ["Reached", "Cases of the period that had entered the stage by its last day."],
  ["Resolved at it", "Cases resolved at the stage within the period."],
  ["Ended, and late", "Stages that ended within the period, by escalation or resolution; late: entered after their escalate-by date, or ended after their due date."],
  ["Median and 90th percentile", "Working days the ended stages took, from the day each began to the day it ended; nearest rank: the value at or below which half, or nine in ten, of them fall."],
  ["Allowed (median)", "The median of the working days those stages were allowed, from the day each began to its due date: the limit the text sets, as it fell for each case."],
];

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const instant = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

/** @internal A quarter's name from its months: "Oct–Dec 2026", or "Nov–Dec 2026" for the part of it in the period. */
export function quarterLabel(quarter: { readonly from: IsoDate; readonly to: IsoDate }): string {
  const [first, last] = [MONTH.format(instant(quarter.from)), MONTH.format(instant(quarter.to))];
  return `${first === last ? first : `${first}–${last}`} ${quarter.to.slice(0, 4)}`;
}

/** @internal A date for a title: "8 January 2027". */
export const dayMonthYear = (date: IsoDate): string => DAY_MONTH_YEAR.format(instant(date));

/** @internal A report's period in words: "1 October 2026 to 31 December 2026". */
export const periodWords = (report: MonitoringReport): string => `${dayMonthYear(report.from)} to ${dayMonthYear(report.to)}`;
