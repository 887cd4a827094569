import type { Calendar } from "../calendar/calendar.js";
import { toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import type { Policy } from "../policy/schema.js";
import { appliesAt, calendarFor, compilePolicy, holds } from "./compile.js";
import { roleRefs, summariseLimit } from "./describe.js";
import { Ladder, type DueDay } from "./ladder.js";
import { allConfirmed, dayOrNull, dutyDue, stageDuties, stageTargets } from "./results.js";
import { checkFacts } from "./facts.js";
import type { CaseFacts, DutyDue, Governing, LimitSummary, RoleRef } from "./types.js";

/** A step of a scheduled stage. */
export interface ScheduledStep {
  readonly id: string;
  readonly title: string;
  readonly actors: readonly RoleRef[];
  /** Happens only once the disagreement is resolved at this stage. */
  readonly afterResolution: boolean;
  readonly due: IsoDate | null;
  readonly governedBy: Governing | null;
  readonly limit: LimitSummary | null;
}

/** A stage of a {@link Schedule}. */
export interface ScheduledStage {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly actors: { readonly raising: readonly RoleRef[]; readonly receiving: readonly RoleRef[] };
  /** Passed over: not applicable to the case, or jumped by a route such as immediate risk. */
  readonly skipped: boolean;
  readonly start: IsoDate | null;
  /** The latest day the stage may end; `null` where the text sets no limit, or an earlier stage has none. */
  readonly due: IsoDate | null;
  readonly governedBy: Governing | null;
  readonly limit: LimitSummary | null;
  readonly steps: readonly ScheduledStep[];
  /** Roles to tell, or sight, at this stage (conditions judged against the case). */
  readonly notify: readonly RoleRef[];
  /** Roles to copy into all communication at this stage. */
  readonly copyTo: readonly RoleRef[];
  readonly duties: readonly DutyDue[];
}

/** A route of the policy that applies to the case's flags. */
export interface ApplicableRoute {
  readonly id: string;
  readonly title: string;
  readonly effect: string;
  readonly stage?: string;
  readonly to: readonly RoleRef[];
  readonly due: IsoDate | null;
  readonly limit: LimitSummary | null;
}

/** What follows the last stage. */
export interface FinalStepDue {
  readonly title: string;
  readonly body: RoleRef;
  readonly what: string;
  readonly due: IsoDate | null;
  readonly limit: LimitSummary | null;
}

/** What {@link schedule} returns: plain, JSON-serialisable data. */
export interface Schedule {
  readonly policy: string;
  readonly raisedOn: IsoDate;
  readonly stages: readonly ScheduledStage[];
  readonly final: FinalStepDue | null;
  readonly routes: readonly ApplicableRoute[];
  /** Duties at every stage. */
  readonly duties: readonly DutyDue[];
  readonly calendar: {
    readonly jurisdictions: readonly string[];
    /** False when some date lies outside the span where GOV.UK confirms the bank holidays. */
    readonly confirmed: boolean;
    readonly confirmedThrough: IsoDate;
  };
}

/**
 * Lays out the whole ladder for a disagreement: the latest date of every
 * stage, step and duty if each stage runs to its limit and nothing is
 * resolved early, and what follows the last stage. Where the text sets no
 * limit, `due` is `null`, and so is everything that runs from it: never an
 * invented date. Routes that the case's flags trigger (immediate risk) are
 * applied: a start-at-stage route passes over the stages before its target.
 *
 * @param policy - a policy from {@link parsePolicy} or {@link policies}
 * @param facts - when the disagreement arose, and optionally subject, risk deadline and flags
 * @param calendar - defaults to the policy's jurisdiction
 * @returns plain data: stages with start, due, steps, notify, copy-to and duties
 * @throws {@link InvalidCaseError} for a bad date or flag; {@link DateOutOfRangeError} past 2099
 *
 * @example
 * ```ts
 * const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });
 * plan.stages.map((stage) => stage.due)
 * // ["2026-12-29", "2027-01-06", "2027-01-13", "2027-01-20", "2027-01-27"]
 * // Stage 4 on the 17th working day after 23 December: Swindon's own "Day 17".
 * ```
 */
export function schedule(policy: Policy, facts: CaseFacts, calendar?: Calendar): Schedule {
  const compiled = compilePolicy(policy);
  const input = checkFacts(facts);
  const { calendar: chosen, index } = calendarFor(policy, calendar);
  const conditionFacts = { subject: input.subject, flags: input.flags };
  // A route taken on the day raised: one that applies at the ladder's first stage.
  const firstStage = policy.stages.find((stage) => holds(stage.when, conditionFacts))?.id;
  const jump = (policy.rules ?? []).find((rule) => rule.effect === "start-at-stage" && holds(rule.when, conditionFacts) && appliesAt(rule, firstStage));
  const ladder = new Ladder(compiled, index, input, { entered: new Map(), stepsDone: new Map(), ...(jump?.stage === undefined ? {} : { jumpTo: jump.stage }) });
  const dates: number[] = [];
  const note = (due: DueDay): DueDay => {
    if (due.day !== null) dates.push(due.day);
    return due;
  };
  const stages = ladder.stages.map((entry): ScheduledStage => {
    const { stage } = entry;
    return {
      id: stage.id,
      number: stage.number,
      title: stage.title,
      actors: { raising: roleRefs(stage.actors.raising, compiled), receiving: roleRefs(stage.actors.receiving, compiled) },
      skipped: entry.skipped,
      start: entry.start === null ? null : toIsoDate(entry.start),
      due: dayOrNull(note(entry.due)),
      governedBy: entry.due.governing,
      limit: summariseLimit(stage.limit, policy),
      steps: (stage.steps ?? []).map((step) => {
        const due = note(entry.steps.get(step.id) ?? { day: null, governing: null });
        return {
          id: step.id,
          title: step.title,
          actors: roleRefs(step.actors, compiled),
          afterResolution: step.afterResolution === true,
          due: entry.skipped ? null : dayOrNull(due),
          governedBy: entry.skipped ? null : due.governing,
          limit: summariseLimit(step.limit, policy),
        };
      }),
      ...stageTargets(compiled, entry, conditionFacts),
      duties: entry.skipped ? [] : [...stageDuties(ladder, entry, false), ...stageDuties(ladder, entry, true)],
    };
  });
  const last = ladder.stages.at(-1);
  const finalStep = policy.final;
  const finalDue = finalStep === undefined ? undefined : ladder.limitDue(finalStep.limit, last?.stage);
  const routes = (policy.rules ?? [])
    .filter((rule) => holds(rule.when, conditionFacts))
    .map((rule): ApplicableRoute => ({
      id: rule.id,
      title: rule.title,
      effect: rule.effect,
      ...(rule.stage === undefined ? {} : { stage: rule.stage }),
      to: roleRefs(rule.to, compiled),
      due: dayOrNull(ladder.limitDue(rule.limit, undefined)),
      limit: summariseLimit(rule.limit, policy),
    }));
  return {
    policy: policy.id,
    raisedOn: facts.raisedOn,
    stages,
    final:
      finalStep === undefined || finalDue === undefined
        ? null
        : { title: finalStep.title, body: roleRefs([finalStep.body], compiled)[0] as RoleRef, what: finalStep.what, due: dayOrNull(note(finalDue)), limit: summariseLimit(finalStep.limit, policy) },
    routes,
    duties: (policy.duties ?? []).filter((duty) => holds(duty.when, conditionFacts)).map((duty) => dutyDue(ladder, duty, undefined, false)),
    calendar: { jurisdictions: chosen.jurisdictions, confirmed: allConfirmed([input.raisedOn, ...dates], chosen), confirmedThrough: chosen.confirmed.through },
  };
}
