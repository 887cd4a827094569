// A time limit as the engine uses it: numbers for the arithmetic, words for the result.
import { advance } from "../calendar/advance.js";
import type { CalendarIndex } from "../calendar/calendar.js";
import { addMonthsToDayNumber, DateOutOfRangeError, LAST_DAY, LAST_SUPPORTED_DATE, toIsoDate } from "../calendar/isoDate.js";
import type { Anchor, Limit, Policy } from "../policy/schema.js";
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

const WORKING_DAYS = 0;
const CALENDAR_DAYS = 1;
const CALENDAR_MONTHS = 2;

/** @internal A limit as numbers, with its summary for results. */
export interface LimitPlan {
  /** Working days ("immediately" is 0 of them), calendar days or calendar months. */
  readonly unit: number;
  readonly amount: number;
  readonly from: number;
  /** The stage position or step index the anchor names; -1 when it names none (raised, resolution). */
  readonly ref: number;
  /** "Whichever is less": the case's risk deadline caps it. */
  readonly capped: boolean;
  readonly limit: Limit;
  readonly summary: LimitSummary;
  /** "The completion of Stage 1 (Internal Discussion)": what it runs from, as a sentence begins. */
  readonly anchorText: string;
}

/** @internal */
export function planLimit(limit: Limit, policy: Policy, stagePosition: ReadonlyMap<string, number>, stepIndex: ReadonlyMap<string, number>): LimitPlan {
  const { from } = limit;
  const [kind, ref] =
    "raised" in from ? [FROM_RAISED, -1]
    : "startOf" in from ? [FROM_START, stagePosition.get(from.startOf) ?? -1]
    : "completionOf" in from ? [FROM_COMPLETION, stagePosition.get(from.completionOf) ?? -1]
    : "step" in from ? [FROM_STEP, stepIndex.get(from.step) ?? -1]
    : [FROM_RESOLUTION, -1]; // prettier-ignore
  const [unit, amount] =
    limit.calendarDays !== undefined ? [CALENDAR_DAYS, limit.calendarDays]
    : limit.calendarMonths !== undefined ? [CALENDAR_MONTHS, limit.calendarMonths]
    : [WORKING_DAYS, limit.workingDays ?? 0]; // prettier-ignore
  const anchorText = describeAnchor(from, policy);
  return { unit, amount, from: kind, ref, capped: limit.whicheverIsLess === true, limit, summary: summarise(limit, anchorText, personOf(policy)), anchorText: `${anchorText.charAt(0).toUpperCase()}${anchorText.slice(1)}` };
}

/**
 * @internal The due day of a limit counted from an anchor day, by the
 * contract in DESIGN.md: working days by the calendar's index, calendar days
 * and months by the civil calendar (a month on from 31 January is the last
 * day of February), "immediately" as the same working day.
 * @throws {@link DateOutOfRangeError} when the day falls after 2099
 */
export function dueDay(limit: LimitPlan, anchor: number, index: CalendarIndex): number {
  let result: number | undefined;
  if (limit.unit === WORKING_DAYS) result = advance(index, anchor, limit.amount);
  else if (limit.unit === CALENDAR_DAYS) result = anchor + limit.amount;
  else result = addMonthsToDayNumber(anchor, limit.amount);
  if (result === undefined || result > LAST_DAY) {
    throw new DateOutOfRangeError(toIsoDate(anchor), `A deadline ${describeAmount(limit.limit)} of ${toIsoDate(anchor)} falls after ${LAST_SUPPORTED_DATE}, the last date supported.`);
  }
  return result;
}

/** @internal "1 working day", "2 working days". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** @internal "within 5 working days", "within 1 calendar month", "immediately". */
export function describeAmount(limit: Pick<Limit, "workingDays" | "calendarDays" | "calendarMonths" | "immediately">): string {
  if (limit.workingDays !== undefined) return `within ${plural(limit.workingDays, "working day")}`;
  if (limit.calendarDays !== undefined) return `within ${plural(limit.calendarDays, "calendar day")}`;
  if (limit.calendarMonths !== undefined) return `within ${plural(limit.calendarMonths, "calendar month")}`;
  return "immediately";
}

/** @internal Whom a policy's sentences speak of: "the adult", "the child", or "the child or adult" where it covers both. */
export function personOf(policy: Pick<Policy, "subjects">): string {
  const adults = policy.subjects.includes("adults");
  const children = policy.subjects.includes("children");
  return adults && children ? "the child or adult" : children ? "the child" : "the adult";
}

/** "the completion of Stage 1 (Internal Discussion)". */
function describeAnchor(anchor: Anchor, policy: Policy): string {
  const stage = (id: string) => {
    const found = policy.stages.find((candidate) => candidate.id === id);
    return found === undefined ? id : `Stage ${found.number} (${found.title})`;
  };
  if ("raised" in anchor) return "the disagreement arising";
  if ("completionOf" in anchor) return `the completion of ${stage(anchor.completionOf)}`;
  if ("startOf" in anchor) return `the start of ${stage(anchor.startOf)}`;
  if ("resolution" in anchor) return "the disagreement being resolved";
  const step = policy.stages.flatMap((candidate) => candidate.steps ?? []).find((candidate) => candidate.id === anchor.step);
  return `the step "${step?.title ?? anchor.step}" being done`;
}

function summarise(limit: Limit, anchorText: string, person: string): LimitSummary {
  const amount = limit.immediately === true ? `immediately after ${anchorText} (on the same working day)` : `${describeAmount(limit)} of ${anchorText}`;
  return Object.freeze({
    text: `${amount}${limit.whicheverIsLess ? `, or sooner where protecting ${person} from harm needs it (whichever is less)` : ""}`,
    ...(limit.workingDays === undefined ? {} : { workingDays: limit.workingDays }),
    ...(limit.calendarDays === undefined ? {} : { calendarDays: limit.calendarDays }),
    ...(limit.calendarMonths === undefined ? {} : { calendarMonths: limit.calendarMonths }),
    ...(limit.immediately === undefined ? {} : { immediately: limit.immediately }),
    whicheverIsLess: limit.whicheverIsLess === true,
    section: limit.source.section,
    quote: limit.source.quote,
  });
}
