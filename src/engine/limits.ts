// A time limit as the engine uses it: numbers for the arithmetic, words for the result.
import { advance } from "../calendar/advance.js";
import type { CalendarIndex } from "../calendar/calendar.js";
import { addMonthsToDayNumber, DateOutOfRangeError, LAST_DAY, LAST_SUPPORTED_DATE, toIsoDate } from "../calendar/isoDate.js";
import { listAnd, message, type MessageKey, type MessageParams } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import type { Anchor, CaseFlag, Limit, Policy } from "../policy/schema.js";
import { CASE_FLAGS } from "../policy/vocabulary.js";
import type { LimitSummary } from "./types.js";

/** @internal What a limit runs from, as a number for the ladder's inner loop. */
export const FROM_RAISED = 0;
/** @internal */
export const FROM_START = 1;
/** @internal */
export const FROM_COMPLETION = 2;
/** @internal */
export const FROM_STEP = 3;
/** @internal */
export const FROM_RESOLUTION = 4;
/** @internal */
export const FROM_EVENT = 5;
/** @internal */
export const FROM_FLAGGED = 6;

const WORKING_DAYS = 0;
const CALENDAR_DAYS = 1;
const CALENDAR_MONTHS = 2;
const HOURS = 3;
/** "As soon as possible": owed, but the text gives no date. */
const NO_DATE = 4;

/** @internal The fields that say how long a limit is, as a policy writes them. */
export type AmountWords = Pick<Limit, "workingDays" | "workingWeeks" | "calendarDays" | "calendarMonths" | "hours" | "immediately" | "asSoonAsPossible">;

/** @internal How long a limit is, as numbers, with the words it came from. */
export interface Amount {
  /** Working days ("immediately" is 0 of them, a working week 5), calendar days, calendar months, hours, or no date. */
  readonly unit: number;
  readonly amount: number;
  readonly words: AmountWords;
}

/** @internal A limit as numbers, with its summary for results. */
export interface LimitPlan {
  /** Its amount for every case; null where it sets one only per priority. */
  readonly base: Amount | null;
  /** Per priority (in the policy's order), the amount for cases of that priority; empty when it sets none. */
  readonly byPriority: readonly (Amount | null)[];
  readonly from: number;
  /** The stage position, step index or named event the anchor names; for flags, a bit per flag (CASE_FLAGS order); -1 when it names none (raised, resolution). */
  readonly ref: number;
  /** "Whichever is less": the case's risk deadline caps it. */
  readonly capped: boolean;
  readonly limit: Limit;
  readonly summary: LimitSummary;
  /** "The completion of Stage 1 (Internal Discussion): {date}.": the sentence that says what it runs from, all but the date filled. */
  readonly anchorDay: { readonly key: MessageKey; readonly params: MessageParams };
}

/** @internal A limit as numbers, its words in a language. */
export function planLimit(limit: Limit, policy: Policy, stagePosition: ReadonlyMap<string, number>, stepIndex: ReadonlyMap<string, number>, eventIndex: ReadonlyMap<string, number>, lang: Language): LimitPlan {
  const priorities = policy.priorities ?? [];
  const byPriority = limit.byPriority === undefined ? [] : priorities.map(({ id }) => {
    const given = limit.byPriority?.find((entry) => entry.priority === id);
    return given === undefined ? null : amountOf(given);
  });
  const { from } = limit;
  const [kind, ref] =
    "raised" in from ? [FROM_RAISED, -1]
    : "startOf" in from ? [FROM_START, stagePosition.get(from.startOf) ?? -1]
    : "completionOf" in from ? [FROM_COMPLETION, stagePosition.get(from.completionOf) ?? -1]
    : "step" in from ? [FROM_STEP, stepIndex.get(from.step) ?? -1]
    : "event" in from ? [FROM_EVENT, eventIndex.get(from.event) ?? -1]
    : "flagged" in from ? [FROM_FLAGGED, flagsOf(from.flagged).reduce((bits, flag) => bits | (1 << CASE_FLAGS.indexOf(flag)), 0)]
    : [FROM_RESOLUTION, -1]; // prettier-ignore
  const anchor = describeAnchor(from, policy, lang);
  const base = hasAmount(limit) ? amountOf(limit) : null;
  const summary = summarise(limit, message(lang, anchor.key, anchor.params), personOf(policy, lang), lang, priorities.flatMap(({ id, title }) => {
    const given = limit.byPriority?.find((entry) => entry.priority === id);
    return given === undefined ? [] : [message(lang, "summary.priorityAmount", { priority: title, amount: describeAmount(given, lang) })];
  }));
  return { base, byPriority, from: kind, ref, capped: limit.whicheverIsLess === true, limit, summary, anchorDay: { key: anchor.dayKey, params: anchor.params } };
}

const hasAmount = (words: AmountWords): boolean =>
  [words.workingDays, words.workingWeeks, words.calendarDays, words.calendarMonths, words.hours, words.immediately, words.asSoonAsPossible].some((value) => value !== undefined);

function amountOf(words: AmountWords): Amount {
  const [unit, amount] =
    words.calendarDays !== undefined ? [CALENDAR_DAYS, words.calendarDays]
    : words.calendarMonths !== undefined ? [CALENDAR_MONTHS, words.calendarMonths]
    : words.hours !== undefined ? [HOURS, words.hours]
    : words.asSoonAsPossible === true ? [NO_DATE, 0]
    : words.workingWeeks !== undefined ? [WORKING_DAYS, 5 * words.workingWeeks]
    : [WORKING_DAYS, words.workingDays ?? 0]; // prettier-ignore
  return { unit, amount, words };
}

/**
 * @internal The amount of a limit for a case of a priority (its index in the
 * policy's list; -1 for none): the priority's own where the limit sets one,
 * else the limit's base; null where neither gives one.
 */
export function amountFor(limit: LimitPlan, priority: number): Amount | null {
  return (priority >= 0 ? limit.byPriority[priority] : undefined) ?? limit.base;
}

/** @internal Whether an amount counts working days (so does "immediately"), not calendar time. */
export function countsWorkingDays(amount: Amount): boolean {
  return amount.unit === WORKING_DAYS;
}

/** @internal Whether a limit can give a date for some case: an amount that is dated, for every case or for a priority. */
export function mayBeDated(limit: LimitPlan): boolean {
  return [limit.base, ...limit.byPriority].some((amount) => amount !== null && isDated(amount));
}

/** @internal Whether an amount gives a date at all ("as soon as possible" does not). */
export function isDated(amount: Amount): boolean {
  return amount.unit !== NO_DATE;
}

/**
 * @internal The due day of a dated limit counted from an anchor day, by the
 * contract in DESIGN.md: working days by the calendar's index, calendar days
 * and months by the civil calendar (a month on from 31 January is the last
 * day of February), "immediately" as the same working day. Hours run on the
 * clock from the start of the anchor day, and the due day is the last that
 * ends within them (never the day after the true deadline, whatever the
 * hour the anchor happened): 48 hours, the next day; under 48, the same day.
 * @throws {@link DateOutOfRangeError} when the day falls after 2099
 */
export function dueDay(amount: Amount, anchor: number, index: CalendarIndex): number {
  let result: number | undefined;
  if (amount.unit === WORKING_DAYS) result = advance(index, anchor, amount.amount);
  else if (amount.unit === CALENDAR_DAYS) result = anchor + amount.amount;
  else if (amount.unit === HOURS) result = anchor + Math.max(0, Math.floor(amount.amount / 24) - 1);
  else result = addMonthsToDayNumber(anchor, amount.amount);
  if (result === undefined || result > LAST_DAY) {
    throw new DateOutOfRangeError(toIsoDate(anchor), `A deadline ${describeAmount(amount.words)} of ${toIsoDate(anchor)} falls after ${LAST_SUPPORTED_DATE}, the last date supported.`);
  }
  return result;
}

/** @internal How long a dated amount is, as its unit's message counts it: "5 working days", "1 calendar month", "48 hours"; null for "immediately" and "as soon as possible". */
export function durationOf(limit: AmountWords, lang: Language): string | null {
  if (limit.workingDays !== undefined) return message(lang, "duration.workingDays", { count: limit.workingDays });
  if (limit.workingWeeks !== undefined) return message(lang, "duration.workingWeeks", { count: limit.workingWeeks });
  if (limit.calendarDays !== undefined) return message(lang, "duration.calendarDays", { count: limit.calendarDays });
  if (limit.calendarMonths !== undefined) return message(lang, "duration.calendarMonths", { count: limit.calendarMonths });
  if (limit.hours !== undefined) return message(lang, "duration.hours", { count: limit.hours });
  return null;
}

/** @internal "within 5 working days", "within 1 calendar month", "within 48 hours", "immediately". */
export function describeAmount(limit: AmountWords, lang: Language = "en"): string {
  const duration = durationOf(limit, lang);
  if (duration !== null) return message(lang, "amount.within", { duration });
  return message(lang, limit.asSoonAsPossible === true ? "amount.asSoonAsPossible" : "amount.immediately");
}

/** Whom a policy's sentences speak of: "the adult", "the child", or "the child or adult" where it covers both. */
function personOf(policy: Pick<Policy, "subjects">, lang: Language): string {
  const adults = policy.subjects.includes("adults");
  const children = policy.subjects.includes("children");
  return message(lang, adults && children ? "person.childOrAdult" : children ? "person.child" : "person.adult");
}

/**
 * What a limit runs from: the message that names it after "within 5 working
 * days of" ("the completion of Stage 1 (Internal Discussion)"), the message
 * of the sentence that gives its day, and their placeholders' values. Welsh
 * words the two differently, so each has its own message.
 */
function describeAnchor(anchor: Anchor, policy: Policy, lang: Language): { key: MessageKey; dayKey: MessageKey; params: MessageParams } {
  const stage = (id: string) => {
    const found = policy.stages.find((candidate) => candidate.id === id);
    return found === undefined ? id : message(lang, "stage.label", { number: found.number, title: found.title });
  };
  if ("raised" in anchor) return { key: "anchor.raised", dayKey: "anchorDay.raised", params: {} };
  if ("completionOf" in anchor) return { key: "anchor.completionOf", dayKey: "anchorDay.completionOf", params: { stage: stage(anchor.completionOf) } };
  if ("startOf" in anchor) return { key: "anchor.startOf", dayKey: "anchorDay.startOf", params: { stage: stage(anchor.startOf) } };
  if ("resolution" in anchor) return { key: "anchor.resolution", dayKey: "anchorDay.resolution", params: {} };
  if ("event" in anchor) return { key: "anchor.event", dayKey: "anchorDay.event", params: { event: policy.events?.find((candidate) => candidate.id === anchor.event)?.title ?? anchor.event } };
  if ("flagged" in anchor) {
    const flags = listAnd(lang, flagsOf(anchor.flagged).map((flag) => message(lang, "flag.quoted", { flag: message(lang, `flag.${flag}`) })));
    return { key: "anchor.flagged", dayKey: "anchorDay.flagged", params: { flags } };
  }
  const step = policy.stages.flatMap((candidate) => candidate.steps ?? []).find((candidate) => candidate.id === anchor.step);
  return { key: "anchor.step", dayKey: "anchorDay.step", params: { step: step?.title ?? anchor.step } };
}

function summarise(limit: Limit, anchor: string, person: string, lang: Language, perPriority: readonly string[]): LimitSummary {
  const duration = durationOf(limit, lang);
  const amount =
    limit.immediately === true ? message(lang, "summary.immediately", { anchor })
    : limit.asSoonAsPossible === true ? message(lang, "summary.asSoonAsPossible", { anchor })
    : duration !== null ? message(lang, "summary.within", { duration, anchor })
    : message(lang, "summary.byPriority", { anchor }); // prettier-ignore
  const priorities = perPriority.length === 0 ? amount : message(lang, hasAmount(limit) ? "summary.prioritiesUnless" : "summary.priorities", { summary: amount, priorities: perPriority.join("; ") });
  return Object.freeze({
    text: limit.whicheverIsLess === true ? message(lang, "summary.whicheverIsLess", { summary: priorities, person }) : priorities,
    ...(limit.workingDays === undefined ? {} : { workingDays: limit.workingDays }),
    ...(limit.workingWeeks === undefined ? {} : { workingWeeks: limit.workingWeeks }),
    ...(limit.calendarDays === undefined ? {} : { calendarDays: limit.calendarDays }),
    ...(limit.calendarMonths === undefined ? {} : { calendarMonths: limit.calendarMonths }),
    ...(limit.hours === undefined ? {} : { hours: limit.hours }),
    ...(limit.immediately === undefined ? {} : { immediately: limit.immediately }),
    ...(limit.asSoonAsPossible === undefined ? {} : { asSoonAsPossible: limit.asSoonAsPossible }),
    whicheverIsLess: limit.whicheverIsLess === true,
    section: limit.source.section,
    quote: limit.source.quote,
  });
}

const flagsOf = (flagged: CaseFlag | readonly CaseFlag[]): readonly CaseFlag[] => (typeof flagged === "string" ? [flagged] : flagged);
