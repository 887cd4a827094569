// One pass over a list of cases, shared by the escalation log and the board's
// figures: each case checked and assessed once, and each stage it has been
// through laid out as the log's texts name it.
import type { Calendar } from "../calendar/calendar.js";
import { compareDates, type IsoDate } from "../calendar/isoDate.js";
import { workingDaysBetween } from "../calendar/workingDaysBetween.js";
import { describeValue } from "../describeValue.js";
import { assess, type Assessment } from "../engine/assess.js";
import type { Case } from "../engine/case.js";
import { checkedCase } from "../engine/caseChecks.js";
import { calendarFor, compilePolicy, type CompiledPolicy } from "../engine/compile.js";
import { InvalidCaseError } from "../engine/facts.js";
import { InvalidArgumentError } from "../errors.js";
import type { Language } from "../messages/language.js";
import { readOwnFields, readOwnList } from "../ownFields.js";
import type { PolicyIssue } from "../policy/issues.js";
import type { Policy } from "../policy/schema.js";

/**
 * A case as {@link escalationLog} and {@link monitoringReport} take it: a
 * case record, or one beside the caller's own id for it (which the log
 * repeats, and nothing else reads).
 */
export type ReportCase = Case | { readonly id: string | number; readonly case: Case };

/** How a stage ended: the next stage entered, the disagreement resolved at it, or not yet. */
export type StageEnd = "escalated" | "resolved" | "open";

/**
 * A stage judged against its time limits: `late` when it was entered after
 * its escalate-by date, ended after its due date, or is still open past it;
 * `open` while it is within its due date; `on-time` when it ended (or, with no
 * due date, was entered) in time; `no-limit` where the text sets neither.
 */
export type StageTiming = "on-time" | "late" | "open" | "no-limit";

/**
 * One stage of one case against its time limits: its dates, how it ended,
 * and whether it was on time. An escalation log's row holds these, and the
 * board's figures count them.
 */
export interface StageTimes {
  /** The day the case entered the stage (the day raised, for the stage it started at). */
  readonly start: IsoDate;
  /** By when the case had to be escalated into the stage; null where the text sets no time, or for the stage it started at. */
  readonly escalateBy: IsoDate | null;
  /** Whether it was entered by `escalateBy`; null without one. */
  readonly enteredOnTime: boolean | null;
  readonly due: IsoDate | null;
  /** When it ended: the next stage entered, or the resolution; null while open. */
  readonly ended: IsoDate | null;
  readonly end: StageEnd;
  /** Whether it ended by its due date; null while open or without one. */
  readonly onTime: boolean | null;
  readonly timing: StageTiming;
  /** Working days from its start to its end, or to the date the log or report is made on while open. */
  readonly workingDays: number;
}

/** @internal One stage of one case, with what the log and the figures read. */
export interface StageRecord extends StageTimes {
  readonly position: number;
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** The role the case says the concern was raised with here; undefined where it names none. */
  readonly raisedWith: string | undefined;
  readonly outcome: string | undefined;
  /** Working days from its start to its due date; null without one. */
  readonly allowed: number | null;
}

/** @internal A case of the list, checked and assessed. */
export interface CaseRecord {
  /** From 1, in the order given. */
  readonly index: number;
  readonly id: string | number | null;
  readonly record: Case;
  readonly assessment: Assessment;
  readonly stages: readonly StageRecord[];
  /** The day it was resolved, or null while open. */
  readonly resolvedOn: IsoDate | null;
}

/** @internal The policy checked once, and the calendar every count uses. */
export interface ReportContext {
  readonly compiled: CompiledPolicy;
  readonly calendar: Calendar;
}

/**
 * @internal The policy and the calendar (the caller's, or the policy's
 * jurisdiction's), both checked before any case is read: with no cases, a
 * bad one is still refused.
 * @throws {@link InvalidPolicyError}, {@link InvalidCalendarError}
 */
export function reportContext(policy: Policy, calendar: Calendar | undefined): ReportContext {
  const compiled = compilePolicy(policy);
  return { compiled, calendar: calendarFor(compiled.policy, calendar).calendar };
}

const invalid = (message: string) => new InvalidArgumentError(message);

/** A case's id as the caller gave it, the same rule as the sweep's: a text of 1 to 200 characters or a whole number. */
function checkedId(id: unknown, where: string): string | number {
  if ((typeof id === "string" && id.length > 0 && id.length <= 200) || (typeof id === "number" && Number.isSafeInteger(id))) return id;
  throw invalid(`${where}.id must be a text of 1 to 200 characters or a whole number; got ${describeValue(id)}.`);
}

/** An issue of a case, placed in the list: `cases[3].events[2].on`. */
const placed = (issues: readonly PolicyIssue[], prefix: readonly (string | number)[]): PolicyIssue[] => issues.map((found) => ({ ...found, path: [...prefix, ...found.path] }));

/**
 * @internal Every case of the list, checked against the policy and assessed
 * on `asOf`, in order. A case that is not valid is refused with its issues
 * placed in the list (`cases[3].events[2]`), never skipped: a figure that
 * silently left a case out would be wrong.
 * @param lang - the language of a refused case's issues
 * @throws {@link InvalidArgumentError} for a list or entry that is not one; {@link InvalidCaseError}
 */
export function readCases(context: ReportContext, cases: readonly ReportCase[], asOf: IsoDate, lang: Language): CaseRecord[] {
  const items = readOwnList(cases, "cases", invalid);
  return items.map((item, at) => {
    const where = `cases[${at}]`;
    const { id, record, wrapped } = entryOf(item, where);
    const prefix = wrapped ? ["cases", at, "case"] : ["cases", at];
    try {
      return analyse(context, at + 1, id, checkedCase(record as Case, context.compiled.policy, lang), asOf, lang);
    } catch (error) {
      if (error instanceof InvalidCaseError) throw new InvalidCaseError(placed(error.issues, prefix), { lang });
      throw error;
    }
  });
}

/** An item of the list: a case, or `{ id, case }`; read without running the caller's code (a Proxy whose traps throw is refused). */
function entryOf(item: unknown, where: string): { id: string | number | null; record: unknown; wrapped: boolean } {
  let wrapped: boolean;
  try {
    wrapped = typeof item === "object" && item !== null && !Array.isArray(item) && Object.hasOwn(item, "case");
  } catch {
    throw invalid(`${where} could not be read: ${describeValue(item)} threw when its fields were listed.`);
  }
  if (!wrapped) return { id: null, record: item, wrapped };
  const fields = readOwnFields(item, ["id", "case"], where, invalid);
  return { id: checkedId(fields.id, where), record: fields.case, wrapped };
}

function analyse({ compiled, calendar }: ReportContext, index: number, id: string | number | null, record: Case, asOf: IsoDate, lang: Language): CaseRecord {
  // The report reads dates and ids of the assessment, none of its words: `lang` words only a refusal (an event after asOf).
  const assessment = assess(compiled.policy, record, asOf, { calendar, explain: false, lang });
  const { history } = assessment;
  const resolved = assessment.state === "resolved";
  // What the case's events say of each stage: whom it was raised with on entry; the outcome on the event that ends it.
  const raisedWith = new Map<string, string>();
  const outcomes = new Map<string, string>();
  const rowOf = new Map(history.map((stage, row) => [stage.id, row]));
  record.events.forEach((event) => {
    if (event.type === "resolved" && event.outcome !== undefined) outcomes.set(event.stage, event.outcome);
    if (event.type !== "stage-entered") return;
    if (event.raisedWith !== undefined) raisedWith.set(event.stage, event.raisedWith);
    if (event.outcome === undefined) return;
    // The case checks refuse an outcome on entering the stage a case starts at, so an earlier stage is there.
    const left = history[(rowOf.get(event.stage) ?? 0) - 1];
    if (left !== undefined) outcomes.set(left.id, event.outcome);
  });
  const stages = history.map((stage, row): StageRecord => {
    const position = compiled.stagePosition.get(stage.id) as number;
    const ended = stage.completed;
    const end: StageEnd = ended === null ? "open" : row === history.length - 1 && resolved ? "resolved" : "escalated";
    return {
      position,
      id: stage.id,
      number: stage.number,
      title: compiled.stages[position]?.ref.title ?? stage.id,
      start: stage.start,
      escalateBy: stage.escalateBy,
      enteredOnTime: stage.enteredOnTime,
      due: stage.due,
      ended,
      end,
      onTime: stage.onTime,
      timing: timingOf(stage.escalateBy, stage.enteredOnTime, stage.due, ended, stage.onTime, asOf),
      raisedWith: raisedWith.get(stage.id),
      outcome: outcomes.get(stage.id),
      workingDays: workingDaysBetween(stage.start, ended ?? asOf, calendar),
      allowed: stage.due === null ? null : workingDaysBetween(stage.start, stage.due, calendar),
    };
  });
  const last = stages[stages.length - 1];
  return { index, id, record, assessment, stages, resolvedOn: resolved && last !== undefined ? last.ended : null };
}

function timingOf(escalateBy: IsoDate | null, enteredOnTime: boolean | null, due: IsoDate | null, ended: IsoDate | null, onTime: boolean | null, asOf: IsoDate): StageTiming {
  if (escalateBy === null && due === null) return "no-limit";
  const overdueNow = ended === null && due !== null && compareDates(asOf, due) > 0;
  if (enteredOnTime === false || onTime === false || overdueNow) return "late";
  return ended === null && due !== null ? "open" : "on-time";
}

/** @internal Whether a date lies in a period, both ends included. */
export const within = (date: IsoDate | null, from: IsoDate, to: IsoDate): date is IsoDate => date !== null && compareDates(date, from) >= 0 && compareDates(date, to) <= 0;
