import type { CalendarIndex } from "../calendar/calendar.js";
import type { CaseSubject } from "../policy/schema.js";
import type { CaseView, CompiledPolicy, StagePlan, StepPlan } from "./compile.js";
import { advance, countBetween } from "../calendar/advance.js";
import { DateOutOfRangeError, LAST_DAY, LAST_SUPPORTED_DATE, toIsoDate } from "../calendar/isoDate.js";
import { amountFor, countsWorkingDays, dueDay, isDated, type Amount, FROM_COMPLETION, FROM_EVENT, FROM_FLAGGED, FROM_RAISED, FROM_RESOLUTION, FROM_START, FROM_STEP, type LimitPlan } from "./limits.js";
import type { Governing } from "./types.js";

/**
 * @internal Day numbers count from 1970, so no supported date is 0: the
 * ladder's arrays use 0 for "no date", which is also what a new array holds.
 */
export const NO_DAY = 0;

/** @internal The inputs every date depends on, as day numbers. */
export interface LadderInput {
  readonly raisedOn: number;
  readonly subject: CaseSubject | undefined;
  /** A bit per flag, in CASE_FLAGS order. */
  readonly flags: number;
  /** {@link NO_DAY} when the case has none. */
  readonly riskDeadline: number;
  /** Per flag (CASE_FLAGS order), the day the case was flagged so; {@link NO_DAY} if it is not. */
  readonly flaggedOn: readonly number[];
  /** The clock's stops, as pairs of days: stopped on the first, restarted on the second. */
  readonly stops: readonly number[];
  /** The case's priority over time, as pairs (from day, index in the policy's priorities); empty for none. */
  readonly priorities: readonly number[];
  /** The case's current priority (the last of `priorities`), for conditions; -1 for none. */
  readonly priority: number;
}

// A due date and the rule that set it travel together as one integer,
// day × 4 + governing, so that the walk allocates nothing per date.
const POLICY_LIMIT = 1;
const RISK_DEADLINE = 2;
const SHARED_LIMIT = 3;
const OPEN = 0;

/** @internal The day of a packed due date; {@link NO_DAY} when open. */
export function dayOf(due: number): number {
  return due >> 2;
}

/** @internal Which rule set a packed due date; null when open. */
export function governingOf(due: number): Governing | null {
  const governing = due & 3;
  return governing === POLICY_LIMIT ? "policy-limit" : governing === RISK_DEADLINE ? "risk-deadline" : governing === SHARED_LIMIT ? "shared-limit" : null;
}

// Whether a stage's end was seen in the case (not projected): 1 if so, in its own region.
const SEEN = 1;
// A step's due date before it is timed, and while it is being timed (so that
// a step that runs from a later one is timed first, once). Both read as open.
const UNTIMED = -1;
const TIMING = -2;

/** @internal The day array of a ladder before anything is known: 6 entries per stage, 2 per step, 1 per named event, laid out as {@link Ladder} reads them. */
export function blankLadder(stageCount: number, stepCount: number, eventCount: number): number[] {
  const steps = 6 * stageCount;
  return new Array<number>(steps + 2 * stepCount + eventCount).fill(NO_DAY).fill(UNTIMED, steps, steps + stepCount);
}

/**
 * @internal The ladder of one case (or one schedule): what has happened, as
 * day numbers, and then, after {@link Ladder.walk}, every stage's start, due
 * date and end, and every step's due date. Observed dates are used where the
 * case has them; the rest are projected as each stage running to its limit.
 *
 * The dates live in one array, in regions of S (stages) and T (steps)
 * entries, because a bulk run builds hundreds of thousands of ladders and
 * each allocation counts: every byte allocated per case costs time (on the
 * benchmark machine, two 16-entry arrays more per case cost 11% of the rate).
 *
 * Use: record every event (`enter`, `markStepDone`, `markDone`, `resolve`,
 * `jumpTo`), then walk and read. The walk reads the events once, when it
 * starts, so one recorded later would not be seen.
 */
export class Ladder {
  private readonly days: number[];
  private readonly stageCount: number;
  private readonly stepCount: number;
  // Duties done are rare in a bulk run, so their marks are made on first use.
  private done: boolean[] | undefined;
  // Shared limits' due dates, worked out when a member is first timed.
  private sharedDues: number[] | undefined;
  private resolvedAt = -1;
  private resolvedDay = NO_DAY;
  private jump = -1;
  // The walk's progress: stages below `walked` are timed.
  private prepared = false;
  private walking = false;
  private walked = 0;
  private lastEntered = -1;
  private previousCompletion = NO_DAY;
  private firstLive = true;
  /** The day the disagreement arose. */
  readonly raisedOn: number;
  private readonly riskDeadline: number;
  private readonly flaggedOn: readonly number[];
  private readonly stops: readonly number[];
  private readonly priorities: readonly number[];

  constructor(
    readonly compiled: CompiledPolicy,
    readonly index: CalendarIndex,
    input: LadderInput,
    readonly view: CaseView,
  ) {
    this.stageCount = compiled.stages.length;
    this.stepCount = compiled.steps.length;
    // Copied, not kept: the input object can then stay on the stack.
    this.raisedOn = input.raisedOn;
    this.riskDeadline = input.riskDeadline;
    this.flaggedOn = input.flaggedOn;
    this.stops = input.stops;
    this.priorities = input.priorities;
    // Copying a blank array is several times faster than new Array(n).fill(0),
    // and many times faster than allocating an Int32Array (measured on Node 20).
    this.days = compiled.blankLadder.slice();
  }

  // Where each region begins in `days`: S entries per stage region (the
  // first, starts, at 0), then T per step region. See blankLadder.
  private get DUE(): number { return this.stageCount; } // prettier-ignore
  private get COMPLETION(): number { return 2 * this.stageCount; } // prettier-ignore
  private get ENTERED(): number { return 3 * this.stageCount; } // prettier-ignore
  private get ESCALATE_BY(): number { return 4 * this.stageCount; } // prettier-ignore
  private get END_SEEN(): number { return 5 * this.stageCount; } // prettier-ignore
  private get STEP_DUE(): number { return 6 * this.stageCount; } // prettier-ignore
  private get STEP_DONE(): number { return 6 * this.stageCount + this.stepCount; } // prettier-ignore
  private get EVENT(): number { return 6 * this.stageCount + 2 * this.stepCount; } // prettier-ignore

  /** Records that the case entered a stage (a later entry of the same stage wins). */
  enter(position: number, day: number): void {
    this.days[this.ENTERED + position] = day;
  }

  /** Records that a step was done. */
  markStepDone(step: number, day: number): void {
    this.days[this.STEP_DONE + step] = day;
  }

  /** Records that a named event happened (the first time counts). */
  happened(event: number, day: number): void {
    if (this.days[this.EVENT + event] === NO_DAY) this.days[this.EVENT + event] = day;
  }

  /** Records that a duty or notify route was done. */
  markDone(doneIndex: number): void {
    (this.done ??= new Array<boolean>(this.compiled.doneIndex.size).fill(false))[doneIndex] = true;
  }

  /** Records the resolution, at a stage position (-1 if it names no stage of the policy). */
  resolve(position: number, day: number): void {
    this.resolvedAt = position;
    this.resolvedDay = day;
  }

  /** For a schedule: a start-at-stage route taken on the day raised. */
  jumpTo(position: number): void {
    this.jump = position;
  }

  get resolved(): boolean {
    return this.resolvedDay !== NO_DAY;
  }

  get resolvedOn(): number {
    return this.resolvedDay;
  }

  /**
   * Gives every stage up to `through` (default: the last) its start, due
   * date and end, and every step its due date, in ladder order. A later call
   * goes on from where the last one stopped, and so does any read of a stage
   * not yet reached: an assessment need not time the stages above its own.
   */
  walk(through = this.stageCount - 1): this {
    if (!this.prepared) this.prepare();
    this.walking = true;
    try {
      while (this.walked <= through && this.walked < this.stageCount) this.walkStage(this.walked++);
    } finally {
      this.walking = false;
    }
    return this;
  }

  /** What the walk needs from all the events: the last stage entered. */
  private prepare(): void {
    const S = this.stageCount;
    for (let position = S - 1; position >= 0 && this.lastEntered < 0; position--) if (this.days[this.ENTERED + position] !== NO_DAY) this.lastEntered = position;
    // Resolved at a stage the policy does not have: no stage is passed over for it.
    if (this.resolvedDay === NO_DAY || this.resolvedAt < 0) this.resolvedAt = S;
    this.previousCompletion = this.raisedOn;
    this.prepared = true;
  }

  /** The first entry into a stage above `position`, or {@link NO_DAY}. */
  private nextEntry(position: number): number {
    for (let above = position + 1; above <= this.lastEntered; above++) {
      const entry = this.days[this.ENTERED + above] as number;
      if (entry !== NO_DAY) return entry;
    }
    return NO_DAY;
  }

  /**
   * Not applicable to this case, or passed over by a route or by the case's
   * own events. The first stage that applies is never passed over by events:
   * a case is at it from the day it is raised until it enters another.
   */
  skipped(position: number): boolean {
    if (!this.prepared) this.prepare();
    return (
      this.view.live[position] !== true ||
      position < this.jump ||
      (this.days[this.ENTERED + position] === NO_DAY && position < this.lastEntered && position !== this.view.firstLive) ||
      position > this.resolvedAt
    );
  }

  private walkStage(position: number): void {
    const { days, raisedOn } = this;
    const entered = days[this.ENTERED + position] as number;
    const nextEntered = this.nextEntry(position);
    if (this.skipped(position)) {
      // A stage passed over ends when the ladder moves past it.
      const completion = nextEntered !== NO_DAY ? nextEntered : position < this.jump ? raisedOn : this.previousCompletion;
      days[this.COMPLETION + position] = completion;
      days[this.END_SEEN + position] = SEEN;
      this.previousCompletion = completion;
      return;
    }
    const plan = this.compiled.stages[position] as StagePlan;
    // By when the case must be escalated into the stage: not for the stage a case starts at.
    const escalateBy = this.firstLive ? OPEN : this.limitDue(plan.escalateBy, position, true);
    days[this.ESCALATE_BY + position] = escalateBy;
    // Projected, a stage begins on the latest day the text allows it to be
    // entered: its escalate-by date where it has one, else when the one before ends.
    const start = entered !== NO_DAY ? entered : this.firstLive ? raisedOn : escalateBy !== OPEN ? dayOf(escalateBy) : this.previousCompletion;
    this.firstLive = false;
    days[position] = start;
    // A stage that starts after one with no end in sight is open too, whatever
    // its own limit runs from: the ladder never reaches it on a known date.
    let due = OPEN;
    if (start !== NO_DAY) {
      for (const step of plan.steps) if (!step.afterResolution) this.timeStep(step.index, position, false);
      due = this.withShared(this.limitDue(plan.limit, position), plan.shared);
      days[this.DUE + position] = due;
      // Steps that follow a resolution run from the stage's last day, so they come after its due,
      // and so do the steps that run from one of them (left untimed above).
      for (const step of plan.steps) this.timeStep(step.index, position, true);
    }
    let completion: number;
    let seen = SEEN;
    if (this.resolvedAt === position) completion = this.resolvedDay;
    else if (nextEntered !== NO_DAY) completion = nextEntered;
    else {
      completion = dayOf(due);
      seen = 0;
    }
    days[this.COMPLETION + position] = completion;
    days[this.END_SEEN + position] = seen;
    this.previousCompletion = completion;
  }

  /** During the walk, a stage not yet reached has no dates; after it, reading one walks on to it. */
  private reach(position: number): void {
    if (position >= this.walked && !this.walking) this.walk(position);
  }

  /**
   * Times a step of the stage at `position`, after the same-stage step it
   * runs from if that is not done. A step that follows the resolution waits
   * for the stage's due (`dueKnown`), and so does one that runs from it:
   * both are left untimed, and false returned, until then.
   */
  private timeStep(step: number, position: number, dueKnown: boolean): boolean {
    const { days } = this;
    if (days[this.STEP_DUE + step] !== UNTIMED) return true; // timed already, or a ring (which parsePolicy refuses)
    const plan = this.compiled.steps[step];
    if (plan?.afterResolution === true && !dueKnown) return false;
    days[this.STEP_DUE + step] = TIMING;
    const limit = plan?.limit ?? null;
    if (limit !== null && limit.from === FROM_STEP && limit.ref >= 0 && this.compiled.steps[limit.ref]?.stage === position && days[this.STEP_DONE + limit.ref] === NO_DAY && !this.timeStep(limit.ref, position, dueKnown)) {
      days[this.STEP_DUE + step] = UNTIMED;
      return false;
    }
    days[this.STEP_DUE + step] = this.withShared(this.limitDue(limit, position), plan?.shared ?? -1);
    return true;
  }

  /**
   * A member's due date held to the limit its group shares: the earlier of
   * the two, and the group's alone where the member has none of its own.
   */
  private withShared(due: number, group: number): number {
    if (group < 0) return due;
    let groupDue = this.sharedDues?.[group];
    if (groupDue === undefined) {
      const shared = this.compiled.sharedLimits[group] as CompiledPolicy["sharedLimits"][number];
      const packed = this.limitDue(shared.limit, shared.position);
      groupDue = packed === OPEN ? OPEN : dayOf(packed) * 4 + SHARED_LIMIT;
      (this.sharedDues ??= [])[group] = groupDue;
    }
    if (groupDue === OPEN) return due;
    return due === OPEN || dayOf(groupDue) < dayOf(due) ? groupDue : due;
  }

  /**
   * The packed due date of a limit belonging to the stage at `position`
   * (-1: policy-wide), or open when what it runs from has no date yet.
   * `escalation`: the limit is the stage's escalate-by (see {@link anchorDay}).
   */
  limitDue(limit: LimitPlan | null, position: number, escalation = false): number {
    if (limit === null) return OPEN;
    const anchor = this.anchorDay(limit, position, escalation);
    // "Whichever is less": whenever the limit starts, it ends by the risk deadline.
    if (anchor === NO_DAY) return limit.capped && this.riskDeadline !== NO_DAY ? this.riskDeadline * 4 + RISK_DEADLINE : OPEN;
    const amount = this.amountOn(limit, anchor);
    if (amount === null || !isDated(amount)) return OPEN;
    const day = this.stops.length === 0 ? dueDay(amount, anchor, this.index) : this.afterStops(amount, anchor);
    const cap = this.riskDeadline;
    if (limit.capped && cap !== NO_DAY && cap < day) return cap * 4 + RISK_DEADLINE;
    return day * 4 + POLICY_LIMIT;
  }

  /**
   * A limit's amount for the case: the one for the priority the case had on
   * the day the limit started (a later change of priority times the limits
   * that start after it), else the limit's own.
   */
  amountOn(limit: LimitPlan, anchor: number): Amount | null {
    let priority = -1;
    for (let i = 0; i < this.priorities.length && (this.priorities[i] as number) <= anchor; i += 2) priority = this.priorities[i + 1] as number;
    return amountFor(limit, priority);
  }

  /**
   * The due day of a limit when the clock has stopped: the days stopped
   * within its count (from the day after the anchor to the due day) do not
   * count, so the due day moves on by them, and may then take in a later stop.
   * A stop counts the days after it was stopped up to the day it restarted:
   * working days for a working-day limit, every day for the others. The risk
   * deadline does not move: it protects the person, whatever the clock says.
   * @throws {@link DateOutOfRangeError} when the day falls after 2099
   */
  private afterStops(amount: Amount, anchor: number): number {
    const original = dueDay(amount, anchor, this.index);
    const working = countsWorkingDays(amount);
    let stopped = 0;
    let due = original;
    for (;;) {
      let counted = 0;
      for (let i = 0; i < this.stops.length; i += 2) {
        const from = Math.max(anchor, this.stops[i] as number);
        const to = Math.min(due, this.stops[i + 1] as number);
        if (to > from) counted += working ? countBetween(this.index, from, to) : to - from;
      }
      if (counted === stopped) return due;
      stopped = counted;
      const moved = working ? advance(this.index, original, stopped) : original + stopped;
      if (moved === undefined || moved > LAST_DAY) throw new DateOutOfRangeError(toIsoDate(original), `A deadline of ${toIsoDate(original)} moved on by ${stopped} days the clock was stopped falls after ${LAST_SUPPORTED_DATE}, the last date supported.`);
      due = moved;
    }
  }

  /**
   * The day a limit runs from, or {@link NO_DAY} while it has none.
   *
   * For an escalate-by limit (`escalation`), "the completion of Stage k" is
   * the day Stage k ended or its due date, whichever is earlier. The ladder
   * sees a stage end only when the next one is entered, so the entry itself
   * would otherwise be what its own deadline runs from, and a late referral
   * would always look in time: a stage cannot be deemed to finish later than
   * its own limit allows.
   */
  anchorDay(limit: LimitPlan, position: number, escalation = false): number {
    const { ref } = limit;
    switch (limit.from) {
      case FROM_RAISED:
        return this.raisedOn;
      case FROM_START:
        if (ref < 0) return NO_DAY;
        this.reach(ref);
        return this.days[ref] as number;
      case FROM_COMPLETION: {
        if (ref < 0) return NO_DAY;
        const end = this.completion(ref);
        if (!escalation) return end;
        const due = dayOf(this.days[this.DUE + ref] as number);
        return due !== NO_DAY && due < end ? due : end;
      }
      case FROM_STEP: {
        if (ref < 0) return NO_DAY;
        const done = this.days[this.STEP_DONE + ref] as number;
        if (done !== NO_DAY) return done;
        return dayOf(this.stepDue(ref));
      }
      case FROM_FLAGGED: {
        // The day the last of the flags was raised; none while any is not.
        let last = NO_DAY;
        for (let flag = 0; flag < this.flaggedOn.length; flag++) {
          if ((ref & (1 << flag)) === 0) continue;
          const day = this.flaggedOn[flag] as number;
          if (day === NO_DAY) return NO_DAY;
          if (day > last) last = day;
        }
        return last;
      }
      case FROM_EVENT:
        // Open until it happens: nothing can be counted from an event not yet recorded.
        return ref < 0 ? NO_DAY : (this.days[this.EVENT + ref] as number);
      case FROM_RESOLUTION:
      default:
        // Observed if it happened; for a stage's own duties, projected as the stage's last day.
        if (this.resolvedDay !== NO_DAY) return this.resolvedDay;
        if (position < 0) return NO_DAY;
        this.reach(position);
        return dayOf(this.days[this.DUE + position] as number);
    }
  }

  start(position: number): number {
    this.reach(position);
    return this.days[position] as number;
  }

  /** The day a stage the case is at, or has been through, began: its start, or the day raised where no earlier stage gave one. */
  began(position: number): number {
    const start = this.start(position);
    return start === NO_DAY ? this.raisedOn : start;
  }

  /** Packed: see {@link dayOf} and {@link governingOf}. */
  due(position: number): number {
    this.reach(position);
    return this.days[this.DUE + position] as number;
  }

  completion(position: number): number {
    this.reach(position);
    return this.days[this.COMPLETION + position] as number;
  }

  /** Whether the stage's end was observed (the next stage entered, or resolved), not projected. */
  endObserved(position: number): boolean {
    this.reach(position);
    return this.days[this.END_SEEN + position] === SEEN;
  }

  entered(position: number): number {
    return this.days[this.ENTERED + position] as number;
  }

  /** Packed: by when the case must be escalated into the stage; open where the text sets no time, or for the stage it starts at. */
  escalateBy(position: number): number {
    this.reach(position);
    return this.days[this.ESCALATE_BY + position] as number;
  }

  /** Packed: see {@link dayOf} and {@link governingOf}. */
  stepDue(step: number): number {
    this.reach((this.compiled.steps[step] as StepPlan).stage);
    const due = this.days[this.STEP_DUE + step] as number;
    return due < 0 ? OPEN : due;
  }

  stepDone(step: number): number {
    return this.days[this.STEP_DONE + step] as number;
  }

  /** True while no duty or notify route is marked done. */
  get noneDone(): boolean {
    return this.done === undefined;
  }

  isDone(doneIndex: number): boolean {
    return this.done !== undefined && this.done[doneIndex] === true;
  }
}
