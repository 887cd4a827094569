import type { Calendar } from "../calendar/calendar.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import type { IsoDate } from "../calendar/isoDate.js";
import type { Policy } from "../policy/schema.js";
import { appliesAt, calendarFor, compilePolicy, inLanguage, viewOf, type DutyPlan } from "./compile.js";
import { checkedFacts } from "./caseChecks.js";
import { ladderInput } from "./facts.js";
import { dayOf, governingOf, Ladder, NO_DAY } from "./ladder.js";
import { dueIso, isConfirmedDay, isoOrNull } from "./results.js";
import type { CaseFacts, DutyDue, Governing, LimitSummary, RoleRef } from "./types.js";

/** Options for {@link schedule}. */
export interface ScheduleOptions {
  /** The working-day calendar; defaults to the policy's jurisdiction's. */
  readonly calendar?: Calendar | undefined;
  /** The language of the limit summaries, and of the issues of an {@link InvalidCaseError} it throws: `"en"` (default) or `"cy"` (Welsh). The policy's own words stay as it gives them. */
  readonly lang?: Language;
}

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
  /** The latest day the stage may begin: entered by its `escalateBy`, else when the stage before ends. */
  readonly start: IsoDate | null;
  /**
   * The latest day the case may be escalated or referred into the stage,
   * where the text sets a time for that (apart from the stage's own work);
   * `null` where it sets none, for the stage a case starts at, or where what
   * it runs from has no date.
   */
  readonly escalateBy: IsoDate | null;
  /** The rule that sets `escalateBy`. */
  readonly escalateByLimit: LimitSummary | null;
  /** The latest day the stage's own work may end; `null` where the text sets no limit, or an earlier stage has none. */
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
  /** For a route that starts at a stage: that stage's id; null otherwise. */
  readonly stage: string | null;
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
 * @param options - `calendar` (default: the policy's jurisdiction's), `lang` (`"en"`, default, or `"cy"`)
 * @returns plain data: stages with start, due, steps, notify, copy-to and duties
 * @throws {@link InvalidCaseError} for a bad date or flag, or a priority the policy does not set; {@link DateOutOfRangeError} past 2099
 *
 * @example
 * ```ts
 * const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });
 * plan.stages.map((stage) => stage.due)
 * // ["2026-12-29", "2027-01-06", "2027-01-13", "2027-01-20", null]
 * // Stage 4 on the 17th working day after 23 December: Swindon's own "Day 17".
 * plan.stages[4].escalateBy
 * // "2027-01-27": the referral into Stage 5, within five working days of Stage 4's completion
 * schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" }).stages[0].limit.text
 * // "o fewn 2 ddiwrnod gwaith ar ôl i'r anghytundeb godi"
 * ```
 */
export function schedule(policy: Policy, facts: CaseFacts, options?: ScheduleOptions): Schedule {
  const english = compilePolicy(policy);
  const given = readOptions(options, ["calendar", "lang"]);
  const calendar = given?.calendar as Calendar | undefined;
  const compiled = inLanguage(english, languageOption(given?.lang));
  const checked = checkedFacts(facts, policy, compiled.lang);
  const input = ladderInput(checked, compiled.priorityIndex);
  const view = viewOf(compiled, input);
  const inUse = calendarFor(policy, calendar);
  const ladder = new Ladder(compiled, inUse.index, input, view);
  // A route taken on the day raised: one that applies at the ladder's first stage.
  const jump = view.rules.find((route) => route.rule.effect === "start-at-stage" && appliesAt(route, view.firstLive));
  if (jump !== undefined) ladder.jumpTo(jump.target);
  ladder.walk();
  let confirmed = isConfirmedDay(input.raisedOn, inUse);
  const noted = (due: number): number => {
    const day = dayOf(due);
    if (day !== NO_DAY && !isConfirmedDay(day, inUse)) confirmed = false;
    return due;
  };
  const duties = (plans: readonly DutyPlan[], position: number): DutyDue[] => plans.map(({ template: t, limit }) => ({ id: t.id, kind: t.kind, what: t.what, where: t.where, to: t.to, form: t.form, stage: t.stage, afterResolution: t.afterResolution, due: dueIso(ladder.limitDue(limit, position)), limit: t.limit }));
  const stages = compiled.stages.map((plan, position): ScheduledStage => {
    const { stage } = plan;
    const skipped = ladder.skipped(position);
    const due = noted(ladder.due(position));
    const escalateBy = skipped ? 0 : noted(ladder.escalateBy(position));
    return {
      id: stage.id,
      number: stage.number,
      title: stage.title,
      actors: plan.actors,
      skipped,
      start: isoOrNull(ladder.start(position)),
      escalateBy: dueIso(escalateBy),
      escalateByLimit: dueIso(escalateBy) === null ? null : (plan.escalateBy?.summary ?? null),
      due: dueIso(due),
      governedBy: governingOf(due),
      limit: plan.limit?.summary ?? null,
      steps: plan.steps.map((step) => {
        const stepDue = skipped ? 0 : noted(ladder.stepDue(step.index));
        return { id: step.step.id, title: step.step.title, actors: step.actors, afterResolution: step.afterResolution, due: dueIso(stepDue), governedBy: governingOf(stepDue), limit: step.limit?.summary ?? null };
      }),
      notify: view.notify[position] as readonly RoleRef[],
      copyTo: plan.copyTo,
      duties: skipped ? [] : [...duties(view.duties[position] ?? [], position), ...duties(view.afterResolution[position] ?? [], position)],
    };
  });
  const final = view.finalApplies ? compiled.final : null;
  const finalDue = final === null ? 0 : noted(ladder.limitDue(final.limit, compiled.stages.length - 1));
  return {
    policy: policy.id,
    raisedOn: checked.raisedOn,
    stages,
    final: final === null ? null : { ...final.ref, due: dueIso(finalDue), limit: final.limit?.summary ?? null },
    routes: view.rules.map(({ rule, to, limit }): ApplicableRoute => ({
      id: rule.id,
      title: rule.title,
      effect: rule.effect,
      stage: rule.stage ?? null,
      to,
      due: dueIso(ladder.limitDue(limit, -1)),
      limit: limit?.summary ?? null,
    })),
    duties: duties(view.policyDuties, -1),
    calendar: { jurisdictions: inUse.calendar.jurisdictions, confirmed, confirmedThrough: inUse.calendar.confirmed.through },
  };
}
