import { advance, countBetween } from "../calendar/advance.js";
import type { Calendar, CalendarIndex } from "../calendar/calendar.js";
import { DateOutOfRangeError, FIRST_DAY, LAST_DAY, toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { InvalidOptionsError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import type { CaseSubject, Policy } from "../policy/schema.js";
import { CASE_FLAGS, CASE_SUBJECTS } from "../policy/vocabulary.js";
import { readOptions } from "../readOptions.js";
import type { AssessmentState } from "./assess.js";
import type { Case, CaseEvent } from "./case.js";
import { checkedCase } from "./caseChecks.js";
import { readCaseLadder, rereadCaseLadder, type AgreedDue, type CaseLadder } from "./caseLadder.js";
import { appliesAt, calendarFor, compilePolicy, flagBit, viewOf, type CalendarInUse, type CaseView, type CompiledPolicy, type OwedPlan, type RulePlan, type StepPlan } from "./compile.js";
import { dayOf, NO_DAY } from "./ladder.js";
import { dueDay, FROM_COMPLETION, FROM_EVENT, FROM_FLAGGED, FROM_RAISED, FROM_RESOLUTION, FROM_START, FROM_STEP, isDated, mayBeDated, type LimitPlan } from "./limits.js";
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
  /** The language of the issues of an {@link InvalidCaseError} it throws: `"en"` (default) or `"cy"` (Welsh). A triage itself holds no words. */
  readonly lang?: Language | undefined;
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
 * @param options - `calendar` (default: the policy's jurisdiction), `dueSoonDays` (default 1), `lang` (`"en"`, default, or `"cy"`: the words of a refusal)
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
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [
 *   { type: "duty-done", duty: "liaise-with-safeguarding-designates", on: "2026-12-23" },
 * ] };
 * const result = triage(policies.swindon, record, "2026-12-24");
 * result.state      // "due-soon": one working day left, Tuesday 29th
 * result.nearest    // { kind: "stage", id: "stage-1", due: "2026-12-29" }
 * result.nextChange // "2026-12-29": due today then
 * triage(policies.swindon, record, "2026-12-22", { lang: "cy" })
 * // throws InvalidCaseError: Nid yw'r achos yn ddilys: raisedOn: Cododd yr anghytundeb ar 2026-12-23, ar ôl dyddiad yr asesiad, 2026-12-22: ...
 * ```
 */
export function triage(policy: Policy, record: Case, asOf: IsoDate, options?: TriageOptions): Triage {
  const prepared = triagePolicy(policy);
  const { compiled } = prepared;
  const today = toDayNumber(asOf, "asOf");
  const { calendar, dueSoonDays, lang } = checkOptions(options);
  const checked = checkedCase(record, policy, lang);
  const inUse = calendar === undefined ? prepared.calendar : calendarFor(policy, calendar);
  let dates: Dates | undefined = fastDates(prepared, checked, today, inUse.index);
  let read: CaseLadder | undefined;
  if (dates === undefined) {
    read = readCaseLadder(compiled, checked, today, asOf, inUse, lang);
    dates = new LadderDates(prepared, read);
  }
  const found = standing(dates, policy.id, asOf, today, dueSoonDays, inUse.index);
  if (read?.clockStopped !== true) return found;
  const next = nextChangeStopped(prepared, checked, today, dueSoonDays, inUse, found);
  return { ...found, nextChange: next > LAST_DAY ? null : toIsoDate(next) };
}

/**
 * The dates a triage reads, as day numbers ({@link NO_DAY} where there is
 * none): those of the stage the case is at, its steps, its escalation and
 * the duties it owes. Read off the case's ladder, as assess reads them, or
 * worked out directly where that gives the same dates for less (see
 * {@link FastDates}).
 */
interface Dates {
  readonly compiled: CompiledPolicy;
  /** What triage reads of the stage the case is at. */
  readonly at: StagePlan;
  /** The position of the stage the case is at. */
  readonly current: number;
  readonly resolved: boolean;
  readonly agreed: readonly AgreedAction[] | undefined;
  stageDue(): number;
  stepDone(step: number): boolean;
  stepDue(step: number): number;
  /** By when the case must be escalated: the route's time where one applies, else the escalate-by of the stage it goes to. */
  escalationBy(at: StagePlan): number;
  owedDone(owed: OwedPlan): boolean;
  owedDue(owed: OwedPlan): number;
}

/** The dates of a case's ladder, read as assess reads them. */
class LadderDates implements Dates {
  readonly compiled: CompiledPolicy;
  readonly at: StagePlan;
  readonly current: number;
  readonly resolved: boolean;
  readonly agreed: readonly AgreedAction[] | undefined;

  constructor(prepared: TriagePolicy, private readonly read: CaseLadder) {
    this.compiled = prepared.compiled;
    this.at = prepared.stagesOf(read.view)[read.current] as StagePlan;
    this.current = read.current;
    read.ladder.walk(read.current);
    this.resolved = read.ladder.resolved;
    this.agreed = read.agreed;
  }

  stageDue(): number {
    return dayOf(this.read.ladder.due(this.current));
  }

  stepDone(step: number): boolean {
    return this.read.ladder.stepDone(step) !== NO_DAY;
  }

  stepDue(step: number): number {
    return dayOf(this.read.ladder.stepDue(step));
  }

  escalationBy(at: StagePlan): number {
    const { ladder } = this.read;
    return dayOf(at.route !== null ? ladder.limitDue(at.route.limit, -1) : ladder.escalateBy(at.target));
  }

  owedDone(owed: OwedPlan): boolean {
    return owed.step >= 0 ? this.read.ladder.stepDone(owed.step) !== NO_DAY : this.read.ladder.isDone(owed.doneIndex);
  }

  owedDue(owed: OwedPlan): number {
    return dayOf(owed.step >= 0 ? this.read.ladder.stepDue(owed.step) : this.read.ladder.limitDue(owed.limit, owed.position));
  }
}

/** An agreed action not yet done, with its due date as a day number. */
type AgreedAction = Pick<AgreedDue, "event" | "due">;

/**
 * Where a case stands on a day, by the rules assess follows (see the
 * fields of {@link Triage}), reading only the dates they need: the triage,
 * built once, with the next change as though every date stays where it is
 * (so not while the clock is stopped).
 */
function standing(dates: Dates, policy: string, asOf: IsoDate, today: number, dueSoonDays: number, index: CalendarIndex): Triage {
  const { at, agreed, resolved } = dates;
  const due = dates.stageDue();
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
      if (dates.stepDone(step.index)) continue;
      const stepDue = dates.stepDue(step.index);
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
    if (at.target >= 0) {
      const by = dates.escalationBy(at);
      escalationOverdue = by !== NO_DAY && today > by;
      requiredNow = state === "overdue" || escalationOverdue || at.route !== null || at.involve;
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
    if (dates.owedDone(owed)) continue;
    const dutyDue = dates.owedDue(owed);
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
  return {
    policy,
    asOf,
    stage: (dates.compiled.stages[dates.current] as CompiledPolicy["stages"][number]).ref,
    state,
    due: isoOrNull(due),
    nearest: nearestDay === NO_DAY ? null : { kind: nearestKind, id: nearestId, due: toIsoDate(nearestDay) },
    stepOverdue,
    escalationRequiredNow: requiredNow,
    escalationOverdue,
    overdueDuties,
    nextChange: next > LAST_DAY ? null : toIsoDate(next),
  };
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
function nextChangeStopped(prepared: TriagePolicy, checked: Case, today: number, dueSoonDays: number, calendar: CalendarInUse, first: Triage): number {
  const last = Math.min(today + LOOK_AGAIN_DAYS, LAST_DAY);
  for (let day = today + 1; day <= last; day++) {
    let later: Triage;
    try {
      later = standing(new LadderDates(prepared, rereadCaseLadder(prepared.compiled, checked, day, calendar)), first.policy, toIsoDate(day), day, dueSoonDays, calendar.index);
    } catch (error) {
      // A due date moved on past 2099: this day, and every later one, cannot be assessed.
      if (error instanceof DateOutOfRangeError) return LAST_DAY + 1;
      throw error;
    }
    // Overdue duties only ever become so (a duty moving with the clock is never overdue), so a count tells the set.
    if (later.state !== first.state || later.stepOverdue !== first.stepOverdue || later.escalationRequiredNow !== first.escalationRequiredNow || later.escalationOverdue !== first.escalationOverdue || later.overdueDuties !== first.overdueDuties) return day;
  }
  // Nothing changes within the span: its last day is the day to look again (none after 2099).
  return last === LAST_DAY ? LAST_DAY + 1 : last;
}

/** How far ahead a case with its clock stopped is followed day by day: a year, leap day included. */
const LOOK_AGAIN_DAYS = 366;

/**
 * The short way to a triage's dates, for the cases most systems hold: open,
 * the clock never stopped, no priority, and a stage whose dates run from
 * what the case records directly (see {@link fastLimit}). It reads the
 * events once and works out only the dates a triage reads, by the same
 * rules as the ladder (Ladder.limitDue and Ladder.anchorDay, for the
 * anchors it takes); any other case, and any date past
 * {@link TriagePolicy.fastUntil}, goes the ladder's way.
 * Undefined when the case must go the ladder's way.
 */
function fastDates(prepared: TriagePolicy, checked: Case, today: number, index: CalendarIndex): FastDates | undefined {
  const { compiled } = prepared;
  const { events } = checked;
  if (checked.priority !== undefined || today > prepared.fastUntil) return undefined;
  // A case from parseCase has real dates, in order, none before the day it arose: the last event's
  // day, or the day raised where there is none, says whether anything is after the day. A case that
  // is goes the ladder's way, which refuses it as assess does.
  const last = events.length === 0 ? NO_DAY : toDayNumber((events[events.length - 1] as CaseEvent).on, "event date");
  const raisedOn = last === NO_DAY ? toDayNumber(checked.raisedOn, "raisedOn") : UNKNOWN;
  if (last > today || raisedOn > today) return undefined;
  // Only the flags the policy's conditions name choose the view: a policy that names none reads no flag.
  const viewFlags = prepared.viewFlags.length > 0;
  let flags = 0;
  if (viewFlags && checked.flags !== undefined) for (const flag of checked.flags) flags |= prepared.viewBit(flag);
  let entering = -1;
  let done = 0;
  let agreed: AgreedAction[] | undefined;
  for (let e = 0; e < events.length; e++) {
    const event = events[e] as CaseEvent;
    switch (event.type) {
      case "stage-entered":
        // A checked case only moves up the ladder: its last entry is into the stage it is at.
        entering = e;
        break;
      case "flagged":
        if (viewFlags) flags |= prepared.viewBit(event.flag);
        break;
      case "action-agreed": {
        const action = { event, due: toDayNumber(event.due, "due") };
        // Most cases agree one action, if any: an array made with it holds one, where pushing onto [] reserves room for 17.
        if (agreed === undefined) agreed = [action];
        else agreed.push(action);
        break;
      }
      case "duty-done": {
        const marked = compiled.doneIndex.get(event.duty);
        if (marked === undefined) {
          if (agreed !== undefined) agreed = agreed.filter((action) => action.event.action !== event.duty);
        } else if (marked < 31) done |= 1 << marked;
        else return undefined; // more duties than a mark each in one number: the ladder's way
        break;
      }
      case "step-done":
      case "happened":
        break; // read when a date needs them
      default:
        return undefined; // resolved, the clock, a priority: the ladder's way
    }
  }
  const { firstLive, stages } = prepared.forCase(checked.subject, flags);
  const position = entering < 0 ? firstLive : (compiled.stagePosition.get((events[entering] as Extract<CaseEvent, { type: "stage-entered" }>).stage) as number);
  const at = stages[position] as StagePlan;
  if (!at.fast) return undefined;
  // The day entered is the last event's where that is the entry (as it often is), else read when a date needs it.
  const entered = entering < 0 ? NO_DAY : entering === events.length - 1 ? last : UNKNOWN;
  return new FastDates(compiled, at, position, entering, entered, raisedOn, checked, index, done, agreed === undefined || agreed.length === 0 ? undefined : agreed);
}

/**
 * The dates of an open case at a stage whose every date triage reads runs
 * from the disagreement arising, the stage's start, the completion of the
 * stage before or of this one, a flag, a named event, a step of this stage,
 * or (for a duty) the resolution: each is worked out as Ladder.limitDue
 * works it out for such a case (no stopped clock, no priority), reading the
 * case's events where it needs them. The days it arose and entered its
 * stage are read when a date first needs them, since many stages need
 * only one of the two.
 */
class FastDates implements Dates {
  readonly resolved = false;
  private due = UNKNOWN;
  private risk = UNKNOWN;

  constructor(
    readonly compiled: CompiledPolicy,
    readonly at: StagePlan,
    readonly current: number,
    /** The event that entered the case's stage; -1 for the stage it started at, not entered. */
    private readonly entering: number,
    /** The day it entered its stage: NO_DAY for the stage it started at, not entered; UNKNOWN until read. */
    private enteredDay: number,
    /** The day the disagreement arose; UNKNOWN until read. */
    private raisedDay: number,
    private readonly record: Case,
    private readonly index: CalendarIndex,
    /** A bit per duty or notify route done (its index among the policy's, under 31). */
    private readonly done: number,
    readonly agreed: readonly AgreedAction[] | undefined,
  ) {}

  private get raisedOn(): number {
    if (this.raisedDay === UNKNOWN) this.raisedDay = toDayNumber(this.record.raisedOn, "raisedOn");
    return this.raisedDay;
  }

  private get entered(): number {
    if (this.enteredDay === UNKNOWN) this.enteredDay = toDayNumber((this.record.events[this.entering] as CaseEvent).on, "event date");
    return this.enteredDay;
  }

  stageDue(): number {
    if (this.due === UNKNOWN) this.due = this.limitDue((this.compiled.stages[this.current] as CompiledPolicy["stages"][number]).limit, this.current);
    return this.due;
  }

  stepDone(step: number): boolean {
    return this.stepDoneOn(step) !== NO_DAY;
  }

  stepDue(step: number): number {
    return this.limitDue((this.compiled.steps[step] as StepPlan).limit, this.current);
  }

  escalationBy(at: StagePlan): number {
    if (at.route !== null) return this.limitDue(at.route.limit, -1);
    return this.limitDue((this.compiled.stages[at.target] as CompiledPolicy["stages"][number]).escalateBy, at.target);
  }

  owedDone(owed: OwedPlan): boolean {
    return (this.done & (1 << owed.doneIndex)) !== 0;
  }

  owedDue(owed: OwedPlan): number {
    return this.limitDue(owed.limit, owed.position);
  }

  /** As Ladder.limitDue, as a day: capped by the risk deadline where the limit says "whichever is less". */
  private limitDue(limit: LimitPlan | null, position: number): number {
    if (limit === null) return NO_DAY;
    const anchor = this.anchorDay(limit, position);
    const cap = limit.capped ? this.riskDeadline() : NO_DAY;
    if (anchor === NO_DAY) return cap;
    const amount = limit.base;
    if (amount === null || !isDated(amount)) return NO_DAY;
    const day = dueDay(amount, anchor, this.index);
    return cap !== NO_DAY && cap < day ? cap : day;
  }

  /** The case's risk deadline, read when a limit is capped by it. */
  private riskDeadline(): number {
    if (this.risk === UNKNOWN) this.risk = this.record.riskDeadline === undefined ? NO_DAY : toDayNumber(this.record.riskDeadline, "riskDeadline");
    return this.risk;
  }

  /** As Ladder.anchorDay, for the anchors {@link fastLimit} lets through. */
  private anchorDay(limit: LimitPlan, position: number): number {
    const { ref } = limit;
    switch (limit.from) {
      case FROM_RAISED:
        return this.raisedOn;
      case FROM_START:
        // This stage's: the day entered, or the day raised for the stage a case starts at.
        return ref < 0 ? NO_DAY : this.entered !== NO_DAY ? this.entered : this.raisedOn;
      case FROM_COMPLETION:
        if (ref < 0) return NO_DAY;
        // This stage ends, projected, on its due date (and an escalation's anchor is the earlier of the two);
        // the one before ended when this one was entered (or, before any was, its end is the day raised).
        if (ref === this.current) return this.stageDue();
        return this.entered !== NO_DAY ? this.entered : this.raisedOn;
      case FROM_STEP: {
        if (ref < 0) return NO_DAY;
        const done = this.stepDoneOn(ref);
        return done !== NO_DAY ? done : this.stepDue(ref);
      }
      case FROM_FLAGGED:
        return this.flaggedOn(ref);
      case FROM_EVENT:
        return ref < 0 ? NO_DAY : this.happenedOn((this.compiled.policy.events?.[ref] as { readonly id: string }).id);
      case FROM_RESOLUTION:
      default:
        // Not resolved: for a duty of this stage, projected as the stage's last day.
        return position < 0 ? NO_DAY : this.stageDue();
    }
  }

  /** The day a step was last recorded done, or NO_DAY. */
  private stepDoneOn(step: number): number {
    const id = (this.compiled.steps[step] as StepPlan).step.id;
    const { events } = this.record;
    for (let e = events.length - 1; e >= 0; e--) {
      const event = events[e] as CaseEvent;
      if (event.type === "step-done" && event.step === id) return toDayNumber(event.on, "event date");
    }
    return NO_DAY;
  }

  /** The day a named event first happened, or NO_DAY. */
  private happenedOn(id: string): number {
    for (const event of this.record.events) if (event.type === "happened" && event.event === id) return toDayNumber(event.on, "event date");
    return NO_DAY;
  }

  /** The day the last of the flags (a bit each, CASE_FLAGS order) was raised: its last flagged event, else the day raised if the case had it then; NO_DAY while any is not raised. */
  private flaggedOn(bits: number): number {
    let last = NO_DAY;
    for (let rest = bits; rest !== 0; rest &= rest - 1) {
      const name = CASE_FLAGS[31 - Math.clz32(rest & -rest)] as string;
      let day = NO_DAY;
      const { events, flags } = this.record;
      for (let e = events.length - 1; e >= 0 && day === NO_DAY; e--) {
        const event = events[e] as CaseEvent;
        if (event.type === "flagged" && event.flag === name) day = toDayNumber(event.on, "event date");
      }
      if (day === NO_DAY && flags?.includes(name as (typeof CASE_FLAGS)[number]) === true) day = this.raisedOn;
      if (day === NO_DAY) return NO_DAY;
      if (day > last) last = day;
    }
    return last;
  }
}

const UNKNOWN = -1;

/**
 * Whether {@link FastDates} gives a limit's date as the ladder does, for
 * an open case at the stage at `current`, read in the context the ladder
 * reads it: `position` as Ladder.limitDue takes it, `escalation` for an
 * escalate-by, and `inWalk` for a date the ladder works out while it times
 * the stage (its own due and its steps), when the stage's own end is not
 * yet known. Anchors on other stages, shared limits and steps of other
 * stages go the ladder's way.
 */
function fastLimit(compiled: CompiledPolicy, limit: LimitPlan | null, position: number, escalation: boolean, inWalk: boolean, current: number, depth = 0): boolean {
  if (limit === null || limit.ref < 0) return true;
  switch (limit.from) {
    case FROM_RAISED:
    case FROM_FLAGGED:
    case FROM_EVENT:
      return true;
    case FROM_START:
      return limit.ref === current;
    case FROM_COMPLETION:
      return limit.ref === current ? !inWalk : limit.ref === current - 1 && !escalation;
    case FROM_STEP: {
      const step = compiled.steps[limit.ref] as StepPlan;
      // A step of this stage timed with it (those that follow resolution are timed after its due date).
      return step.stage === current && !step.afterResolution && step.shared < 0 && depth < compiled.steps.length && fastLimit(compiled, step.limit, current, false, true, current, depth + 1);
    }
    case FROM_RESOLUTION:
      return position < 0 || (position === current && !inWalk);
    default:
      return false;
  }
}

/** What the short way reads of a view of a policy: the first stage that applies, and what triage reads of each stage. */
interface ViewPlans {
  readonly firstLive: number;
  readonly stages: readonly StagePlan[];
}

/**
 * What triage keeps of a policy, worked out on first use. A policy has a
 * view for each combination of subject, flags and priority that a case
 * has, but few of them differ in what triage reads: plans that are the
 * same are one object, so that a sweep over many cases reads the same few.
 */
class TriagePolicy {
  /**
   * The last day on which {@link FastDates} may be used: far enough from
   * 2099 that no date assess works out for the case can fall after it, so
   * that triage refuses a date past 2099 exactly where assess does (the
   * ladder's way works out every date assess does).
   */
  readonly fastUntil: number;
  private readonly plans = new WeakMap<CaseView, { readonly stages: readonly StagePlan[]; readonly key: string }>();
  /**
   * The flags the policy's conditions name, in CASE_FLAGS order: only they
   * choose which of its stages, routes and duties apply (see viewOf), so
   * the short way looks for these alone, whatever else a case is flagged.
   */
  readonly viewFlags: readonly string[];
  private readonly byFacts: (ViewPlans | undefined)[];
  // Plans, lists of them and duties owed, by what they hold.
  private readonly shared = new Map<string, unknown>();

  constructor(
    readonly compiled: CompiledPolicy,
    /** The calendar of the policy's jurisdiction, used when the caller gives none. */
    readonly calendar: CalendarInUse,
  ) {
    // Every date is at most one chain of limits from a day recorded: as many as the policy has, each as long as its longest.
    const limits = [
      ...compiled.stages.flatMap((stage) => [stage.limit, stage.escalateBy, ...stage.duties.map((duty) => duty.limit), ...stage.afterResolution.map((duty) => duty.limit)]),
      ...compiled.steps.map((step) => step.limit),
      ...compiled.duties.map((duty) => duty.limit),
      ...compiled.rules.map((rule) => rule.limit),
      ...compiled.sharedLimits.map((shared) => shared.limit),
      compiled.final?.limit ?? null,
    ].filter((limit): limit is LimitPlan => limit !== null);
    const longest = Math.max(0, ...limits.flatMap((limit) => [limit.base, ...limit.byPriority]).map(spanOf));
    this.fastUntil = LAST_DAY - longest * (limits.length + 1);
    const named = flagsNamed(compiled.policy, new Set());
    this.viewFlags = CASE_FLAGS.filter((flag) => named.has(flag));
    this.byFacts = new Array<ViewPlans | undefined>((CASE_SUBJECTS.length + 1) << this.viewFlags.length).fill(undefined);
  }

  /** A bit for a flag the policy's conditions name (its place in {@link viewFlags}); 0 for any other. */
  viewBit(flag: string): number {
    const { viewFlags } = this;
    for (let i = 0; i < viewFlags.length; i++) if (viewFlags[i] === flag) return 1 << i;
    return 0;
  }

  /** What triage reads of each stage, for one view. */
  stagesOf(view: CaseView): readonly StagePlan[] {
    return this.planned(view).stages;
  }

  /** The view for a case with no priority, as the short way reads it: `flags` has a bit per flag of {@link viewFlags}, in its order. */
  forCase(subject: CaseSubject | undefined, flags: number): ViewPlans {
    const key = ((subject === undefined ? 0 : CASE_SUBJECTS.indexOf(subject) + 1) << this.viewFlags.length) | flags;
    let found = this.byFacts[key];
    if (found === undefined) {
      const view = viewOf(this.compiled, { subject, flags: this.viewFlags.reduce((bits, flag, i) => ((flags & (1 << i)) === 0 ? bits : bits | flagBit(flag)), 0), priority: -1 });
      const { stages, key: stagesKey } = this.planned(view);
      found = this.one(`view ${view.firstLive} ${stagesKey}`, { firstLive: view.firstLive, stages });
      this.byFacts[key] = found;
    }
    return found;
  }

  /** A view's plans, each the one kept for what it holds, and the key of the list. */
  private planned(view: CaseView): { readonly stages: readonly StagePlan[]; readonly key: string } {
    let found = this.plans.get(view);
    if (found === undefined) {
      const owed = (plans: readonly OwedPlan[]) => plans.map((plan) => this.one(`owed ${plan.template.id} ${plan.position} ${plan.step} ${plan.doneIndex}`, plan));
      const plans = stagePlans(this.compiled, view).map((plan) => ({ ...plan, timedOpen: owed(plan.timedOpen), timedResolved: owed(plan.timedResolved) }));
      const keys = plans.map(({ id, steps, route, involve, target, finalFollows, timedOpen, timedResolved, fast }) =>
        JSON.stringify([id, steps.map((step) => step.index), route?.rule.id ?? null, involve, target, finalFollows, timedOpen.map((plan) => plan.template.id), timedResolved.map((plan) => plan.template.id), fast]),
      );
      const key = `stages ${keys.join(" ")}`;
      found = { stages: this.one(key, plans.map((plan, position) => this.one(`stage ${keys[position] as string}`, plan))), key };
      this.plans.set(view, found);
    }
    return found;
  }

  /** The one object kept for a key: the first given for it. */
  private one<T>(key: string, value: T): T {
    const found = this.shared.get(key);
    if (found !== undefined) return found as T;
    this.shared.set(key, value);
    return value;
  }
}

/**
 * The flags named by conditions anywhere in a policy: every `flag` a
 * condition can hold, gathered from the whole policy, so that a condition
 * in a new place is never missed (a name found elsewhere would only make
 * the short way look for one flag more).
 */
function flagsNamed(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value as unknown[]) flagsNamed(item, found);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "flag" && typeof item === "string") found.add(item);
      else flagsNamed(item, found);
    }
  }
  return found;
}

const triagePolicies = new WeakMap<Policy, TriagePolicy>();

/**
 * What triage keeps of a policy, prepared once: compilePolicy has refused
 * any policy that did not come from `parsePolicy` or the bundled set, so
 * what is kept cannot change under it.
 * @throws {@link InvalidPolicyError}
 */
function triagePolicy(policy: Policy): TriagePolicy {
  let found = triagePolicies.get(policy);
  if (found === undefined) {
    found = new TriagePolicy(compilePolicy(policy), calendarFor(policy, undefined));
    triagePolicies.set(policy, found);
  }
  return found;
}

/** More calendar days than an amount can ever span: two per working day and a fortnight of holidays, 31 a month. */
function spanOf(amount: LimitPlan["base"]): number {
  if (amount === null) return 0;
  const { workingDays = 0, workingWeeks = 0, calendarDays = 0, calendarMonths = 0, hours = 0 } = amount.words;
  return 2 * (workingDays + 5 * workingWeeks) + 14 + calendarDays + 31 * calendarMonths + Math.ceil(hours / 24);
}

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
  /** Whether {@link FastDates} gives every date triage reads of an open case here. */
  readonly fast: boolean;
}

/** What triage reads of each stage, for one view of the policy (its subject, flags and priority). */
function stagePlans(compiled: CompiledPolicy, view: CaseView): readonly StagePlan[] {
  return compiled.stages.map((stage, position): StagePlan => {
    const applying = view.rules.filter((rule) => appliesAt(rule, position));
    const route = applying.find((rule) => rule.rule.effect === "start-at-stage" && rule.target > position) ?? null;
    const target = route !== null ? route.target : view.live.findIndex((live, later) => live && later > position);
    const timed = (plans: readonly OwedPlan[]) => plans.filter((owed) => owed.step >= 0 || (owed.limit !== null && mayBeDated(owed.limit)));
    const steps = stage.steps.filter((step) => !step.afterResolution);
    const timedOpen = timed((view.owedOpen[position] as CaseView["owedOpen"][number]).plans);
    const fast = (limit: LimitPlan | null, at: number, escalation: boolean, inWalk: boolean) => fastLimit(compiled, limit, at, escalation, inWalk, position);
    return {
      id: stage.ref.id,
      steps,
      route,
      involve: applying.some((rule) => rule.rule.effect === "involve-next-level"),
      target,
      targetId: target < 0 ? "" : (compiled.stages[target] as CompiledPolicy["stages"][number]).ref.id,
      finalFollows: target < 0 && compiled.final !== null && view.finalApplies,
      timedOpen,
      timedResolved: timed((view.owedResolved[position] as CaseView["owedResolved"][number]).plans),
      fast:
        stage.shared < 0 &&
        fast(stage.limit, position, false, true) &&
        steps.every((step) => step.shared < 0 && fast(step.limit, position, false, true)) &&
        (route !== null ? fast(route.limit, -1, false, false) : target < 0 || fast((compiled.stages[target] as CompiledPolicy["stages"][number]).escalateBy, target, true, false)) &&
        timedOpen.every((owed) => owed.step < 0 && owed.doneIndex < 31 && fast(owed.limit, owed.position, false, false)),
    };
  });
}

/** The options, checked: a caller's typo or wrong type is an error, not a silent default. */
function checkOptions(given: TriageOptions | undefined): { calendar: Calendar | undefined; dueSoonDays: number; lang: Language } {
  if (given === undefined) return DEFAULT_OPTIONS; // a sweep's usual call: nothing to read
  const options = readOptions(given, ["calendar", "dueSoonDays", "lang"]);
  if (options === undefined) return DEFAULT_OPTIONS;
  const { calendar, dueSoonDays = 1 } = options;
  if (typeof dueSoonDays !== "number" || !Number.isSafeInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366) throw new InvalidOptionsError(`dueSoonDays must be a whole number of working days from 0 to 366; got ${describeValue(dueSoonDays)}.`);
  return { calendar: calendar as Calendar | undefined, dueSoonDays, lang: languageOption(options.lang) };
}

const DEFAULT_OPTIONS = /* @__PURE__ */ Object.freeze({ calendar: undefined, dueSoonDays: 1, lang: "en" as const });
