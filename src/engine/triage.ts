import { advance, countBetween } from "../calendar/advance.js";
import type { Calendar, CalendarIndex } from "../calendar/calendar.js";
import { DateOutOfRangeError, FIRST_DAY, LAST_DAY, toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { InvalidOptionsError } from "../errors.js";
import type { Policy } from "../policy/schema.js";
import { readOptions } from "../readOptions.js";
import type { AssessmentState } from "./assess.js";
import { checkedCase, type Case } from "./case.js";
import { readCaseLadder, rereadCaseLadder, type CaseLadder } from "./caseLadder.js";
import { appliesAt, calendarFor, compilePolicy, type CalendarInUse, type CaseView, type CompiledPolicy, type OwedPlan, type RulePlan, type StepPlan } from "./compile.js";
import { dayOf, NO_DAY } from "./ladder.js";
import { mayBeDated } from "./limits.js";
import { isoOrNull } from "./results.js";

/** What the nearest deadline of a {@link Triage} is for. */
export type DeadlineKind = "stage" | "step" | "escalation" | "duty";

/** The earliest deadline still open in a case, passed or not. */
export interface NearestDeadline {
  /** The stage's own due date, the first step not done, the escalation's `by`, or an outstanding duty (an agreed action among them). */
  readonly kind: DeadlineKind;
  /** The stage's or step's id; for an escalation, the id of the stage it goes to; for a duty, its id (an agreed action's own id). */
  readonly id: string;
  readonly due: IsoDate;
}

/**
 * What {@link triage} returns: plain, JSON-serialisable data. Every field
 * but `nearest` and `nextChange` is a field of {@link assess}'s result, or
 * a count of one, and equal to it.
 */
export interface Triage {
  readonly policy: string;
  readonly asOf: IsoDate;
  /** The stage the case is at (as assess's `stage`, without `start`). */
  readonly stage: { readonly id: string; readonly number: number; readonly title: string };
  readonly state: AssessmentState;
  /** The stage's own due date, as assess's `due`. */
  readonly due: IsoDate | null;
  /**
   * The earliest of the deadlines still open: the stage's due date and the
   * first step not done (while the case is open), the escalation's `by`
   * where a route or an escalate-by limit sets it, and every outstanding
   * duty's due date. Passed ones count (the earliest is the most pressing);
   * on a tie, the first in that order. Null when none has a date.
   */
  readonly nearest: NearestDeadline | null;
  /** Whether the first step not done is overdue, as assess's `step.overdue`; false once resolved. */
  readonly stepOverdue: boolean;
  /** As assess's `escalateTo.requiredNow`; false when there is nowhere to escalate to. */
  readonly escalationRequiredNow: boolean;
  /** As assess's `escalateTo.overdue`: the time a route or an escalate-by limit gives to escalate has passed. */
  readonly escalationOverdue: boolean;
  /** How many of assess's `duties` are overdue. */
  readonly overdueDuties: number;
  /**
   * The first day after `asOf` on which the assessment of the case changes
   * if nothing new is recorded: on which, assessed on that day rather than
   * the day before, its `state`, `escalateTo.requiredNow`,
   * `escalateTo.overdue`, `step.overdue` (while open) or the set of overdue
   * duties differs. Counts that move every day (`workingDaysLeft`,
   * `workingDaysOverdue`), the explanation, and `escalateTo.by` where it is
   * "now" are not changes; nor, while the clock is stopped, is a due date
   * moving on with it. Null when no such day comes up to 2099-12-31, the
   * last date that can be assessed.
   *
   * While the clock is stopped (stopped and not restarted), the due dates
   * that run on it move on day by day, so the case is followed day by day
   * for a year: `nextChange` is the first day on which it changes within
   * 366 days of `asOf`, or else the 366th day, a day to look again (on
   * which it has not changed).
   */
  readonly nextChange: IsoDate | null;
}

/** Options for {@link triage}. */
export interface TriageOptions {
  /** Defaults to the policy's jurisdiction. */
  readonly calendar?: Calendar | undefined;
  /** How many working days ahead a due date makes the state `due-soon`. Default 1. */
  readonly dueSoonDays?: number | undefined;
}

/**
 * Triages a case on a date, for a system that sweeps many cases and wakes
 * each one up again only when something changes: the stage, its state and
 * due date (as {@link assess} gives them), the nearest deadline and what it
 * is for, whether an escalation is required now or late, how many duties
 * are overdue, and `nextChange`, the day on which the assessment will next
 * change if nothing new is recorded. It reads only what these need, so it
 * costs far less than an assessment; a law holds it to agree with assess.
 *
 * @param policy - the policy the case follows
 * @param record - a case accepted by {@link parseCase} (any other object is checked on every call, as assess does)
 * @param asOf - the date to triage on
 * @param options - `calendar` (default: the policy's jurisdiction), `dueSoonDays` (default 1)
 * @returns plain data
 * @throws {@link InvalidCaseError} if the case is not valid for the policy, or has events after `asOf`
 * @throws {@link InvalidOptionsError} for an unknown option or a value out of range
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `asOf`
 * @throws {@link InvalidPolicyError} for a policy that is not valid
 *
 * @example
 * ```ts
 * // Swindon, raised Wednesday 23 December 2026: Stage 1 is due within 2 working days,
 * // on Tuesday 29 December (25 and 28 December are bank holidays).
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [] };
 * const result = triage(policies.swindon, record, "2026-12-24");
 * result.state      // "due-soon": one working day left
 * result.nearest    // { kind: "stage", id: "stage-1", due: "2026-12-29" }
 * result.nextChange // "2026-12-29": due today then
 * ```
 */
export function triage(policy: Policy, record: Case, asOf: IsoDate, options?: TriageOptions): Triage {
  const compiled = compilePolicy(policy);
  const today = toDayNumber(asOf, "asOf");
  const { calendar, dueSoonDays } = checkOptions(options);
  const checked = checkedCase(record, policy);
  const inUse = calendarFor(policy, calendar);
  const read = readCaseLadder(compiled, checked, today, asOf, inUse);
  const found = standing(compiled, read, today, dueSoonDays, inUse.index);
  let next = found.next;
  if (read.clockStopped) next = nextChangeStopped(compiled, checked, today, dueSoonDays, inUse, found);
  const { ref } = compiled.stages[read.current] as CompiledPolicy["stages"][number];
  return {
    policy: policy.id,
    asOf,
    stage: ref,
    state: found.state,
    due: isoOrNull(found.due),
    nearest: found.nearestDay === NO_DAY ? null : { kind: found.nearestKind, id: found.nearestId, due: toIsoDate(found.nearestDay) },
    stepOverdue: found.stepOverdue,
    escalationRequiredNow: found.requiredNow,
    escalationOverdue: found.escalationOverdue,
    overdueDuties: found.overdueDuties,
    nextChange: next > LAST_DAY ? null : isoOrNull(next),
  };
}

/** Where a case stands on a day, as day numbers; `next` is LAST_DAY + 1 when nothing is due to change. */
interface Standing {
  readonly state: AssessmentState;
  readonly due: number;
  readonly stepOverdue: boolean;
  readonly requiredNow: boolean;
  readonly escalationOverdue: boolean;
  readonly overdueDuties: number;
  readonly nearestDay: number;
  readonly nearestKind: DeadlineKind;
  readonly nearestId: string;
  /** The first day after `today` on which one of the fields above changes, if every date stays where it is. */
  readonly next: number;
}

/**
 * The stand of a case on a day, by the rules assess follows (see the
 * fields of {@link Triage}), reading only the dates they need.
 */
function standing(compiled: CompiledPolicy, read: CaseLadder, today: number, dueSoonDays: number, index: CalendarIndex): Standing {
  const { ladder, current, agreed } = read;
  const at = triagePlan(compiled, read.view)[current] as StagePlan;
  ladder.walk(current);
  const due = dayOf(ladder.due(current));
  const resolved = ladder.resolved;
  let next = LAST_DAY + 1;
  let nearestDay = NO_DAY;
  let nearestKind: DeadlineKind = "stage";
  let nearestId = "";

  let state: AssessmentState;
  if (resolved) state = "resolved";
  else if (due === NO_DAY) state = "no-time-limit";
  else {
    if (today > due) state = "overdue";
    else if (today === due) {
      state = "due-today";
      next = due + 1;
    } else if (countBetween(index, today, due) <= dueSoonDays) {
      state = "due-soon";
      next = due;
    } else {
      // On track until the day from which no more than dueSoonDays working days are left.
      state = "on-track";
      next = Math.min(dueSoonFrom(index, due, dueSoonDays), due);
    }
    nearestDay = due;
    nearestId = at.id;
  }

  let stepOverdue = false;
  let requiredNow = false;
  let escalationOverdue = false;
  if (!resolved) {
    for (const step of at.steps) {
      if (ladder.stepDone(step.index) !== NO_DAY) continue;
      const stepDue = dayOf(ladder.stepDue(step.index));
      if (stepDue !== NO_DAY) {
        stepOverdue = today > stepDue;
        if (!stepOverdue && stepDue + 1 < next) next = stepDue + 1;
        if (nearestDay === NO_DAY || stepDue < nearestDay) {
          nearestDay = stepDue;
          nearestKind = "step";
          nearestId = step.step.id;
        }
      }
      break;
    }
    const { route, target } = at;
    if (target >= 0) {
      const by = dayOf(route !== null ? ladder.limitDue(route.limit, -1) : ladder.escalateBy(target));
      escalationOverdue = by !== NO_DAY && today > by;
      requiredNow = state === "overdue" || escalationOverdue || route !== null || at.involve;
      if (by !== NO_DAY) {
        if (!escalationOverdue && by + 1 < next) next = by + 1;
        if (nearestDay === NO_DAY || by < nearestDay) {
          nearestDay = by;
          nearestKind = "escalation";
          nearestId = at.targetId;
        }
      }
    } else if (at.finalFollows) requiredNow = state === "overdue";
  }

  let overdueDuties = 0;
  for (const owed of resolved ? at.timedResolved : at.timedOpen) {
    let dutyDue: number;
    if (owed.step >= 0) {
      if (ladder.stepDone(owed.step) !== NO_DAY) continue;
      dutyDue = dayOf(ladder.stepDue(owed.step));
    } else {
      if (ladder.isDone(owed.doneIndex)) continue;
      dutyDue = dayOf(ladder.limitDue(owed.limit, owed.position));
    }
    if (dutyDue === NO_DAY) continue;
    if (today > dutyDue) overdueDuties++;
    else if (dutyDue + 1 < next) next = dutyDue + 1;
    if (nearestDay === NO_DAY || dutyDue < nearestDay) {
      nearestDay = dutyDue;
      nearestKind = "duty";
      nearestId = owed.template.id;
    }
  }
  if (agreed !== undefined) {
    for (const action of agreed) {
      if (today > action.due) overdueDuties++;
      else if (action.due + 1 < next) next = action.due + 1;
      if (nearestDay === NO_DAY || action.due < nearestDay) {
        nearestDay = action.due;
        nearestKind = "duty";
        nearestId = action.event.action;
      }
    }
  }
  return { state, due, stepOverdue, requiredNow, escalationOverdue, overdueDuties, nearestDay, nearestKind, nearestId, next };
}

/**
 * The first day on which no more than `dueSoonDays` working days are left
 * before `due` (counting `due`, not the day itself): the (dueSoonDays + 1)-th
 * working day on or before `due`; `due` itself where the range holds no
 * such day (never for a case on track, which has more working days left).
 */
function dueSoonFrom(index: CalendarIndex, due: number, dueSoonDays: number): number {
  const working = index.working[due - FIRST_DAY] === 1;
  return advance(index, due, working ? -dueSoonDays : -(dueSoonDays + 1)) ?? due;
}

/**
 * The next change while the clock is stopped. Due dates that run on the
 * clock then move on day by day (assess counts a clock still stopped as
 * restarting on the day assessed), so none can be read off once: each day
 * is assessed in turn, for up to {@link LOOK_AGAIN_DAYS} days.
 */
function nextChangeStopped(compiled: CompiledPolicy, checked: Case, today: number, dueSoonDays: number, calendar: CalendarInUse, first: Standing): number {
  const last = Math.min(today + LOOK_AGAIN_DAYS, LAST_DAY);
  for (let day = today + 1; day <= last; day++) {
    let later: Standing;
    try {
      later = standing(compiled, rereadCaseLadder(compiled, checked, day, calendar), day, dueSoonDays, calendar.index);
    } catch (error) {
      // A due date moved on past 2099: this day, and every later one, cannot be assessed.
      if (error instanceof DateOutOfRangeError) return LAST_DAY + 1;
      throw error;
    }
    // Overdue duties only ever become so (a duty moving with the clock is never overdue), so a count tells the set.
    if (later.state !== first.state || later.stepOverdue !== first.stepOverdue || later.requiredNow !== first.requiredNow || later.escalationOverdue !== first.escalationOverdue || later.overdueDuties !== first.overdueDuties) return day;
  }
  // Nothing changes within the span: its last day is the day to look again (none after 2099).
  return last === LAST_DAY ? LAST_DAY + 1 : last;
}

/** How far ahead a case with its clock stopped is followed day by day: a year, leap day included. */
const LOOK_AGAIN_DAYS = 366;

/** What triage reads of a stage, for one view of the policy. */
interface StagePlan {
  readonly id: string;
  /** The steps a case open at the stage does, in order (not those that follow resolution). */
  readonly steps: readonly StepPlan[];
  /** The first start-at-stage route that applies here and leads further up, or null. */
  readonly route: RulePlan | null;
  /** Whether an involve-next-level route applies here. */
  readonly involve: boolean;
  /** Where an escalation goes: the route's stage, else the next stage that applies; -1 for none. */
  readonly target: number;
  readonly targetId: string;
  /** Whether the policy's final body follows, where no stage does. */
  readonly finalFollows: boolean;
  /** The duties owed while open, and once resolved, that can have a date (those with a limit, and steps that follow resolution). */
  readonly timedOpen: readonly OwedPlan[];
  readonly timedResolved: readonly OwedPlan[];
}

// Worked out once per view (a policy for one combination of subject and flags).
const triagePlans = new WeakMap<CaseView, readonly StagePlan[]>();

function triagePlan(compiled: CompiledPolicy, view: CaseView): readonly StagePlan[] {
  let plan = triagePlans.get(view);
  if (plan === undefined) {
    plan = compiled.stages.map((stage, position): StagePlan => {
      const applying = view.rules.filter((rule) => appliesAt(rule, position));
      const route = applying.find((rule) => rule.rule.effect === "start-at-stage" && rule.target > position) ?? null;
      const target = route !== null ? route.target : view.live.findIndex((live, later) => live && later > position);
      const timed = (plans: readonly OwedPlan[]) => plans.filter((owed) => owed.step >= 0 || (owed.limit !== null && mayBeDated(owed.limit)));
      return {
        id: stage.ref.id,
        steps: stage.steps.filter((step) => !step.afterResolution),
        route,
        involve: applying.some((rule) => rule.rule.effect === "involve-next-level"),
        target,
        targetId: target < 0 ? "" : (compiled.stages[target] as CompiledPolicy["stages"][number]).ref.id,
        finalFollows: target < 0 && compiled.final !== null && view.finalApplies,
        timedOpen: timed((view.owedOpen[position] as CaseView["owedOpen"][number]).plans),
        timedResolved: timed((view.owedResolved[position] as CaseView["owedResolved"][number]).plans),
      };
    });
    triagePlans.set(view, plan);
  }
  return plan;
}

/** The options, checked: a caller's typo or wrong type is an error, not a silent default. */
function checkOptions(given: TriageOptions | undefined): { calendar: Calendar | undefined; dueSoonDays: number } {
  const options = readOptions(given, ["calendar", "dueSoonDays"]);
  if (options === undefined) return DEFAULT_OPTIONS;
  const { calendar, dueSoonDays = 1 } = options;
  if (typeof dueSoonDays !== "number" || !Number.isSafeInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366) throw new InvalidOptionsError(`dueSoonDays must be a whole number of working days from 0 to 366; got ${describeValue(dueSoonDays)}.`);
  return { calendar: calendar as Calendar | undefined, dueSoonDays };
}

const DEFAULT_OPTIONS = Object.freeze({ calendar: undefined, dueSoonDays: 1 });
