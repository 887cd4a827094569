import type { CalendarIndex } from "../calendar/calendar.js";
import type { Anchor, CaseFlag, Duty, Limit, Stage, Subject } from "../policy/schema.js";
import { holds, type CompiledPolicy } from "./compile.js";
import { dueDay } from "./limits.js";
import type { Governing } from "./types.js";

/** @internal What has happened in a case, as day numbers. Empty for a schedule. */
export interface Observed {
  readonly entered: ReadonlyMap<string, number>;
  readonly stepsDone: ReadonlyMap<string, number>;
  readonly resolved?: { readonly stage: string; readonly day: number };
  /** For a schedule: a start-at-stage route taken on the day raised. */
  readonly jumpTo?: string;
}

/** @internal The inputs every date depends on. */
export interface LadderInput {
  readonly raisedOn: number;
  readonly subject: Subject | undefined;
  readonly flags: ReadonlySet<CaseFlag>;
  readonly riskDeadline: number | undefined;
}

/** @internal A due day and what set it. `day` null: no limit, or an open anchor. */
export interface DueDay {
  readonly day: number | null;
  readonly governing: Governing | null;
}

/** @internal One stage of the evaluated ladder. */
export interface LadderStage {
  readonly stage: Stage;
  readonly position: number;
  /** Not applicable to this case, or passed over by a route or by the case's own events. */
  readonly skipped: boolean;
  readonly start: number | null;
  readonly due: DueDay;
  /** The day the stage ended: observed (next stage entered, resolved) or projected (its due). */
  readonly completion: number | null;
  readonly completionObserved: boolean;
  readonly steps: ReadonlyMap<string, DueDay>;
}

const OPEN: DueDay = Object.freeze({ day: null, governing: null });
// Shared by every stage without steps; never written to (steps are only set for stages that have them).
const NO_STEPS: Map<string, DueDay> = new Map();

/**
 * @internal Walks the ladder in order, giving every stage its start, due day
 * and completion, and every step its due day. Observed dates are used where
 * the case has them; the rest are projected as each stage running to its limit.
 */
export class Ladder {
  readonly stages: readonly LadderStage[];
  private readonly byId = new Map<string, LadderStage>();

  constructor(
    readonly compiled: CompiledPolicy,
    readonly index: CalendarIndex,
    readonly input: LadderInput,
    readonly observed: Observed,
  ) {
    const facts = { subject: input.subject, flags: input.flags };
    const { stages } = compiled.policy;
    const lastEntered = stages.reduce((last, stage, position) => (observed.entered.has(stage.id) ? position : last), -1);
    const jumpPosition = observed.jumpTo === undefined ? -1 : (compiled.stagePosition.get(observed.jumpTo) ?? -1);
    // The entry day of the first stage entered after each position, in one backward pass.
    const nextEntered: (number | undefined)[] = new Array(stages.length);
    for (let position = stages.length - 2, next: number | undefined; position >= 0; position--) {
      const entry = observed.entered.get((stages[position + 1] as Stage).id);
      if (entry !== undefined) next = entry;
      nextEntered[position] = next;
    }
    const result: LadderStage[] = [];
    let previousCompletion: number | null = input.raisedOn;
    let firstLive = true;
    stages.forEach((stage, position) => {
      const entered = observed.entered.get(stage.id);
      const skipped =
        !holds(stage.when, facts) ||
        position < jumpPosition ||
        (entered === undefined && position < lastEntered) ||
        (observed.resolved !== undefined && position > (compiled.stagePosition.get(observed.resolved.stage) ?? Infinity));
      if (skipped) {
        // A stage passed over ends when the ladder moves past it.
        const completion = nextEntered[position] ?? (position < jumpPosition ? input.raisedOn : previousCompletion);
        const ladderStage: LadderStage = { stage, position, skipped, start: null, due: OPEN, completion, completionObserved: true, steps: NO_STEPS };
        result.push(ladderStage);
        this.byId.set(stage.id, ladderStage);
        previousCompletion = completion;
        return;
      }
      const start = entered ?? (firstLive ? input.raisedOn : previousCompletion);
      firstLive = false;
      // Provisional entry so that anchors on this stage's own start resolve.
      const steps = stage.steps === undefined ? NO_STEPS : new Map<string, DueDay>();
      const provisional: LadderStage = { stage, position, skipped, start, due: OPEN, completion: null, completionObserved: false, steps };
      this.byId.set(stage.id, provisional);
      // Steps in order; a step that runs from a later step of the same stage resolves that one first.
      const resolveStep = (id: string, seen: Set<string>): DueDay => {
        const known = steps.get(id);
        if (known !== undefined) return known;
        const step = stage.steps?.find((candidate) => candidate.id === id);
        if (step === undefined || seen.has(id)) return OPEN;
        seen.add(id);
        const from = step.limit?.from;
        if (from !== undefined && "step" in from && !observed.stepsDone.has(from.step)) resolveStep(from.step, seen);
        const due = this.limitDue(step.limit, stage);
        steps.set(id, due);
        return due;
      };
      // A stage that starts after one with no end in sight is open too, whatever
      // its own limit runs from: the ladder never reaches it on a known date.
      const reachable = start !== null;
      // Steps that follow a resolution run from the stage's last day, so they come after its due.
      if (reachable) for (const step of stage.steps ?? []) if (step.afterResolution !== true) resolveStep(step.id, new Set());
      const due = reachable ? this.limitDue(stage.limit, stage) : OPEN;
      this.byId.set(stage.id, { ...provisional, due });
      if (reachable) for (const step of stage.steps ?? []) if (step.afterResolution === true) resolveStep(step.id, new Set());
      const next = nextEntered[position];
      let completion: number | null;
      let completionObserved = true;
      if (observed.resolved?.stage === stage.id) completion = observed.resolved.day;
      else if (next !== undefined) completion = next;
      else {
        completion = due.day;
        completionObserved = false;
      }
      const ladderStage: LadderStage = { stage, position, skipped, start, due, completion, completionObserved, steps };
      result.push(ladderStage);
      this.byId.set(stage.id, ladderStage);
      previousCompletion = completion;
    });
    this.stages = result;
  }

  stageOf(id: string): LadderStage | undefined {
    return this.byId.get(id);
  }

  /**
   * The due day of a limit belonging to `stage` (undefined: policy-wide), or
   * open when what it runs from has no date yet.
   */
  limitDue(limit: Limit | null | undefined, stage: Stage | undefined): DueDay {
    if (limit === null || limit === undefined) return OPEN;
    const anchor = this.anchorDay(limit.from, stage);
    if (anchor === null) return OPEN;
    const day = dueDay(limit, anchor, this.index);
    const cap = this.input.riskDeadline;
    if (limit.whicheverIsLess === true && cap !== undefined && cap < day) return { day: cap, governing: "risk-deadline" };
    return { day, governing: "policy-limit" };
  }

  /** The day an anchor stands for, or null while it has no date. */
  anchorDay(anchor: Anchor, stage: Stage | undefined): number | null {
    if ("raised" in anchor) return this.input.raisedOn;
    if ("completionOf" in anchor) return this.byId.get(anchor.completionOf)?.completion ?? null;
    if ("startOf" in anchor) return this.byId.get(anchor.startOf)?.start ?? null;
    if ("step" in anchor) {
      const done = this.observed.stepsDone.get(anchor.step);
      if (done !== undefined) return done;
      const owner = this.compiled.stepById.get(anchor.step);
      return owner === undefined ? null : (this.byId.get(owner.stage.id)?.steps.get(anchor.step)?.day ?? null);
    }
    // Resolution: observed if it happened; for a stage's own duties, projected as the stage's last day.
    if (this.observed.resolved !== undefined) return this.observed.resolved.day;
    if (stage === undefined) return null;
    return this.byId.get(stage.id)?.due.day ?? null;
  }

  /** The due day of a duty, judged at its stage. */
  dutyDue(duty: Duty, stage: Stage | undefined): DueDay {
    return this.limitDue(duty.limit, stage);
  }
}
