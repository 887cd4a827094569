import type { Calendar } from "../calendar/calendar.js";
import { parseIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { InvalidOptionsError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import type { CompiledPolicy } from "../engine/compile.js";
import type { Policy } from "../policy/schema.js";
import { readOptions } from "../readOptions.js";
import { readCases, reportContext, type CaseRecord, type ReportCase, type StageTimes } from "./cases.js";

/** Whether a log keeps the text a case's events carry (outcomes, the role raised with), or drops it. */
export type FreeText = "include" | "omit";

/** Options for {@link escalationLog}. */
export interface EscalationLogOptions {
  /** The working-day calendar; defaults to the policy's jurisdiction's. */
  readonly calendar?: Calendar | undefined;
  /**
   * `omit` drops every text the caller wrote into the cases (outcomes, and
   * the role a case says it was raised with), for a log that leaves the
   * agency. Default `include`.
   */
  readonly freeText?: FreeText;
  /** The language of a refused case's issues (the log itself is data: ids, dates, codes): `"en"` (default) or `"cy"` (Welsh). */
  readonly lang?: Language;
}

/**
 * One row of an escalation log: one stage of one case, with what the
 * protocols ask a log to hold (Swindon: "start date, who the concern was
 * raised with, and the outcome or resolution agreed").
 */
export interface EscalationLogRow extends StageTimes {
  /** The case's place in the list given, from 1. */
  readonly case: number;
  /** The caller's id for the case, where given. */
  readonly id: string | number | null;
  readonly stage: string;
  readonly stageNumber: number;
  readonly stageTitle: string;
  /**
   * Whom the concern was raised with: the role the case names on entering
   * the stage, else the stage's receiving roles; null where the case named
   * one and free text is omitted.
   */
  readonly raisedWith: readonly string[] | null;
  /** Whether `raisedWith` comes from the case's event or from the policy. */
  readonly raisedWithFrom: "case" | "policy";
  /** The outcome or resolution the case records for the stage; null where none is recorded, or free text is omitted. */
  readonly outcome: string | null;
}

/** What {@link escalationLog} returns: plain, JSON-serialisable data. */
export interface EscalationLog {
  readonly policy: string;
  readonly asOf: IsoDate;
  readonly freeText: FreeText;
  /** Case by case in the order given, each case's stages in the order it went through them. */
  readonly rows: readonly EscalationLogRow[];
}

const FREE_TEXT: readonly FreeText[] = ["include", "omit"];

/**
 * The escalation log the protocols ask each agency to keep: a row for each
 * stage of each case, with its start date, whom the concern was raised with,
 * the outcome or resolution agreed, whether it was resolved there, whether it
 * was on time or late (against its due date and its time to escalate into
 * it), and the working days it took. A case event may carry the outcome
 * (`outcome` on `resolved`, and on `stage-entered` for the stage it ends) and
 * the role it was raised with (`raisedWith` on `stage-entered`). About
 * process, not people: ids are the caller's, and `freeText: "omit"` drops
 * every text a case carries.
 *
 * @param policy - the policy every case follows
 * @param cases - case records, or `{ id, case }` with the caller's id
 * @param asOf - the date the log is made on: open stages are counted to it
 * @param options - `calendar` (default: the policy's jurisdiction's), `freeText` (`include` or `omit`), `lang` (of a refused case's issues)
 * @returns plain data, a row per case and stage
 * @throws {@link InvalidCaseError} for a case that is not valid, with its place in the list (`cases[3].events[2]`)
 * @throws {@link InvalidArgumentError} for a list that is not one; {@link InvalidOptionsError} for bad options
 *
 * @example
 * ```ts
 * const log = escalationLog(policies.swindon, [{ id: "A-17", case: {
 *   policy: "swindon", raisedOn: "2026-12-23", events: [
 *     { type: "stage-entered", stage: "stage-2", on: "2026-12-29", outcome: "No agreement" },
 *     { type: "resolved", stage: "stage-2", on: "2027-01-05", outcome: "Plan agreed" },
 *   ] } }], "2027-01-06");
 * log.rows.map((row) => [row.stage, row.start, row.end, row.timing, row.workingDays, row.outcome]);
 * // [["stage-1", "2026-12-23", "escalated", "on-time", 2, "No agreement"],
 * //  ["stage-2", "2026-12-29", "resolved", "on-time", 4, "Plan agreed"]]
 * ```
 */
export function escalationLog(policy: Policy, cases: readonly ReportCase[], asOf: IsoDate, options?: EscalationLogOptions): EscalationLog {
  const given = readOptions(options, ["calendar", "freeText", "lang"]);
  const lang = languageOption(given?.lang);
  const freeText = given?.freeText ?? "include";
  if (!FREE_TEXT.includes(freeText as FreeText)) throw new InvalidOptionsError(`freeText must be ${FREE_TEXT.map((value) => JSON.stringify(value)).join(" or ")}; got ${describeValue(freeText)}.`);
  const day = parseIsoDate(asOf, "asOf");
  const context = reportContext(policy, given?.calendar as Calendar | undefined);
  const records = readCases(context, cases, day, lang);
  return { policy: context.compiled.policy.id, asOf: day, freeText: freeText as FreeText, rows: records.flatMap((record) => logRows(record, context.compiled.stages, freeText === "include")) };
}

function logRows({ index, id, stages }: CaseRecord, plans: CompiledPolicy["stages"], withText: boolean): EscalationLogRow[] {
  return stages.map((stage) => {
    const named = stage.raisedWith !== undefined;
    return {
      case: index,
      id,
      stage: stage.id,
      stageNumber: stage.number,
      stageTitle: stage.title,
      start: stage.start,
      raisedWith: !named ? (plans[stage.position]?.actors.receiving ?? []).map((role) => role.title) : withText ? [stage.raisedWith] : null,
      raisedWithFrom: named ? "case" : "policy",
      escalateBy: stage.escalateBy,
      enteredOnTime: stage.enteredOnTime,
      due: stage.due,
      ended: stage.ended,
      end: stage.end,
      onTime: stage.onTime,
      timing: stage.timing,
      workingDays: stage.workingDays,
      outcome: withText ? (stage.outcome ?? null) : null,
    };
  });
}
