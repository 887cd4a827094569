import type { Calendar } from "../calendar/calendar.js";
import { compareDates, daysInMonth, parseIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { InvalidOptionsError } from "../errors.js";
import { CASE_FLAGS, type CaseFlag, type Policy } from "../policy/schema.js";
import { inLanguage } from "../engine/compile.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { readCases, reportContext, within, type CaseRecord, type ReportCase, type StageRecord } from "./cases.js";

/** What {@link monitoringReport} takes: the period, the date the report is made on, and optionally the calendar. */
export interface MonitoringOptions {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The last day of the period: not after `asOf`. */
  readonly to: IsoDate;
  /** The date the report is made on: cases are assessed on it ("overdue now"). */
  readonly asOf: IsoDate;
  /** The working-day calendar; defaults to the policy's jurisdiction's. */
  readonly calendar?: Calendar | undefined;
  /** The language of each stage's `limit` in words, and of a refused case's issues: `"en"` (default) or `"cy"` (Welsh). Pass the same to the renderer. */
  readonly lang?: Language;
}

/** Working days taken by the stages that ended in the period: how many, and two points of their spread (nearest rank). */
export interface WorkingDaysSpread {
  readonly count: number;
  readonly median: number;
  /** The 90th percentile: nine in ten of the stages took no longer. */
  readonly p90: number;
}

/** A board's figures for one stage of the ladder. */
export interface StageFigures {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** The stage's time limit in words; null where the text sets none. */
  readonly limit: string | null;
  /** Cases of the period that had reached the stage by the period's end. */
  readonly reached: number;
  /** Cases resolved at the stage within the period. */
  readonly resolved: number;
  /** Stages that ended within the period (escalated or resolved). */
  readonly ended: number;
  /** Of those, the ones late: entered after their escalate-by date, or ended after their due date. */
  readonly endedLate: number;
  /** Working days the ended stages took; null when none ended. */
  readonly workingDays: WorkingDaysSpread | null;
  /** The median of the working days the ended stages were allowed (start to due); null where none had a due date. */
  readonly allowedWorkingDays: number | null;
}

/** Stages with a time limit that ended in one calendar quarter (or the part of it within the period), on time or late. */
export interface QuarterFigures {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly onTime: number;
  readonly late: number;
}

/** How many cases of the period carried a flag. */
export interface FlagCount {
  readonly flag: CaseFlag;
  readonly cases: number;
}

/**
 * What {@link monitoringReport} returns: plain, JSON-serialisable numbers
 * about the process, none about people. Each figure's definition is in
 * docs/monitoring.md.
 */
export interface MonitoringReport {
  readonly policy: { readonly id: string; readonly title: string; readonly issuer: string };
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly asOf: IsoDate;
  /** Cases of the period: raised by its end and not resolved before its start. */
  readonly cases: number;
  /** Cases raised within the period. */
  readonly begun: number;
  /** Cases resolved within the period (each stage's `resolved` says where). */
  readonly resolved: number;
  /** Cases of the period not resolved by its end. */
  readonly openAtEnd: number;
  /** Cases of the period overdue on `asOf`: open, and past their current stage's due date. */
  readonly overdueNow: number;
  /**
   * Escalations made within the period (a case entering a stage after
   * another), and how many were late: after the stage's escalate-by date, or
   * after the due date of the stage they left.
   */
  readonly escalations: { readonly made: number; readonly late: number };
  /** Every stage of the ladder, in order. */
  readonly stages: readonly StageFigures[];
  /** Each calendar quarter the period touches, in order. */
  readonly quarters: readonly QuarterFigures[];
  /** The flags cases of the period carried by its end, in the vocabulary's order; only those seen. */
  readonly flags: readonly FlagCount[];
}

/** The value at the nearest rank: the smallest at or above `percent` of the values (integer arithmetic, so 90% of 70 is rank 63). */
function nearestRank(sorted: readonly number[], percent: number): number {
  return sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1] as number;
}

function spread(values: readonly number[]): WorkingDaysSpread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) };
}

const isLate = (stage: StageRecord): boolean => stage.enteredOnTime === false || stage.onTime === false;
const hasLimit = (stage: StageRecord): boolean => stage.due !== null || stage.escalateBy !== null;

const iso = (year: number, month: number, day: number): IsoDate => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The calendar quarters from the one holding `from` to the one holding
 * `to`, each cut to the period. Built from year and month, not by adding
 * months: the quarter after the last supported one does not exist.
 */
function quartersOf(from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate }[] {
  const quarters: { from: IsoDate; to: IsoDate }[] = [];
  let year = Number(from.slice(0, 4));
  let first = Number(from.slice(5, 7));
  first -= (first - 1) % 3;
  for (;;) {
    const start = iso(year, first, 1);
    const end = iso(year, first + 2, daysInMonth(year, first + 2));
    quarters.push({ from: compareDates(start, from) < 0 ? from : start, to: compareDates(end, to) > 0 ? to : end });
    if (compareDates(end, to) >= 0) return quarters;
    [year, first] = first === 10 ? [year + 1, 1] : [year, first + 3];
  }
}

/** The options, checked: the three dates real and in order. */
function checkOptions(options: MonitoringOptions): { from: IsoDate; to: IsoDate; asOf: IsoDate; calendar: Calendar | undefined; lang: Language } {
  const given = readOptions(options, ["from", "to", "asOf", "calendar", "lang"]);
  if (given === undefined) throw new InvalidOptionsError("monitoringReport needs its period and date: { from, to, asOf }.");
  const from = parseIsoDate(given.from, "from");
  const to = parseIsoDate(given.to, "to");
  const asOf = parseIsoDate(given.asOf, "asOf");
  if (compareDates(from, to) > 0) throw new InvalidOptionsError(`The period runs from ${from} to ${to}: from must not be after to.`);
  // A figure at the period's end after asOf would count days not yet lived.
  if (compareDates(to, asOf) > 0) throw new InvalidOptionsError(`The period ends on ${to}, after the report's date ${asOf}: end it on or before asOf.`);
  return { from, to, asOf, calendar: given.calendar as Calendar | undefined, lang: languageOption(given.lang) };
}

/**
 * The figures a board reviews for a period: disagreements begun, resolved
 * (and at which stage), still open at the period's end, overdue now,
 * escalations made late, the median and 90th percentile of working days per
 * stage against what the stage allowed, stages on time and late per
 * quarter, and the flags seen. Pure data about the process, none about
 * people; docs/monitoring.md defines each figure.
 *
 * @param policy - the policy every case follows
 * @param cases - case records, or `{ id, case }` (the ids are not used here)
 * @param options - `from` and `to` (the period, both days included), `asOf` (the report's date, not before `to`), optionally `calendar`, and `lang` (`"en"`, the default, or `"cy"`) for the stages' limits in words
 * @returns plain data
 * @throws {@link InvalidCaseError} for a case that is not valid, with its place in the list
 * @throws {@link InvalidOptionsError} for a period out of order or ending after `asOf`; {@link InvalidDateError} for a bad date
 *
 * @example
 * ```ts
 * // Both raised on Monday 2 November 2026: Stage 1 due Wednesday 4th.
 * const cases = [
 *   { policy: "swindon", raisedOn: "2026-11-02", events: [{ type: "resolved", stage: "stage-1", on: "2026-11-03" }] },
 *   { id: "B-2", case: { policy: "swindon", raisedOn: "2026-11-02", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-11-05" }] } },
 * ];
 * const report = monitoringReport(policies.swindon, cases, { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08" });
 * report.begun                                   // 2
 * report.stages.map((stage) => stage.resolved)  // [1, 0, 0, 0, 0]
 * report.escalations                             // { made: 1, late: 1 }: Stage 1 ended on the 5th, after its due date
 * report.stages[0].workingDays                   // { count: 2, median: 1, p90: 3 }
 * report.overdueNow                              // 1: Stage 2 was due on Thursday 12 November
 * ```
 */
export function monitoringReport(policy: Policy, cases: readonly ReportCase[], options: MonitoringOptions): MonitoringReport {
  const { from, to, asOf, calendar, lang } = checkOptions(options);
  const context = reportContext(policy, calendar);
  const { compiled } = context;
  const worded = inLanguage(compiled, lang);
  const inPeriod = readCases(context, cases, asOf, lang).filter((record) => compareDates(record.record.raisedOn, to) <= 0 && (record.resolvedOn === null || compareDates(record.resolvedOn, from) >= 0));

  const count = (test: (record: CaseRecord) => boolean): number => inPeriod.reduce((n, record) => n + (test(record) ? 1 : 0), 0);
  // Every stage every case of the period went through, with the one before it.
  const passed = inPeriod.flatMap((record) => record.stages.map((stage, row) => ({ record, stage, before: record.stages[row - 1] })));
  const endedIn = (first: IsoDate, last: IsoDate) => passed.filter(({ stage }) => within(stage.ended, first, last));
  const ended = endedIn(from, to);
  const escalations = passed.filter(({ stage, before }) => before !== undefined && within(stage.start, from, to));

  const stages = compiled.stages.map((plan, position): StageFigures => {
    const here = ended.filter(({ stage }) => stage.position === position).map(({ stage }) => stage);
    const allowed = spread(here.flatMap((stage) => (stage.allowed === null ? [] : [stage.allowed])));
    return {
      ...plan.ref,
      limit: worded.stages[position]?.limit?.summary.text ?? null,
      reached: passed.filter(({ stage }) => stage.position === position && compareDates(stage.start, to) <= 0).length,
      resolved: here.filter((stage) => stage.end === "resolved").length,
      ended: here.length,
      endedLate: here.filter(isLate).length,
      workingDays: spread(here.map((stage) => stage.workingDays)),
      allowedWorkingDays: allowed === null ? null : allowed.median,
    };
  });

  const quarters = quartersOf(from, to).map((quarter): QuarterFigures => {
    const timed = endedIn(quarter.from, quarter.to).filter(({ stage }) => hasLimit(stage));
    const late = timed.filter(({ stage }) => isLate(stage)).length;
    return { ...quarter, onTime: timed.length - late, late };
  });

  const seen = new Map<CaseFlag, number>();
  for (const { record } of inPeriod) {
    const flags = new Set(record.flags ?? []);
    for (const event of record.events) if (event.type === "flagged" && compareDates(event.on, to) <= 0) flags.add(event.flag);
    for (const flag of flags) seen.set(flag, (seen.get(flag) ?? 0) + 1);
  }

  return {
    policy: { id: compiled.policy.id, title: compiled.policy.title, issuer: compiled.policy.issuer },
    from,
    to,
    asOf,
    cases: inPeriod.length,
    begun: count((record) => within(record.record.raisedOn, from, to)),
    resolved: count((record) => within(record.resolvedOn, from, to)),
    openAtEnd: count((record) => record.resolvedOn === null || compareDates(record.resolvedOn, to) > 0),
    overdueNow: count((record) => record.assessment.state === "overdue"),
    escalations: { made: escalations.length, late: escalations.filter(({ stage, before }) => stage.enteredOnTime === false || before?.onTime === false).length },
    stages,
    quarters,
    flags: CASE_FLAGS.flatMap((flag) => (seen.has(flag) ? [{ flag, cases: seen.get(flag) as number }] : [])),
  };
}
