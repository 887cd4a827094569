import type { Calendar } from "../calendar/calendar.js";
import { toDayNumber, toIsoDate, type IsoDate } from "../calendar/isoDate.js";
import { languageOption, type Language } from "../messages/language.js";
import type { Policy } from "../policy/schema.js";
import { readOptions } from "../readOptions.js";
import type { Case } from "./case.js";
import { checkedCase } from "./caseChecks.js";
import { readCaseLadder, type AgreedDue } from "./caseLadder.js";
import { appliesAt, calendarFor, compilePolicy, inLanguage, type CompiledPolicy, type OwedPlan, type RulePlan, type StagePlan } from "./compile.js";
import { dayOf, governingOf, NO_DAY, type Ladder } from "./ladder.js";
import type { LimitPlan } from "./limits.js";
import type { Governing, LimitSummary } from "./types.js";

/** What a deadline of a {@link Forecast} is for. */
export type ForecastKind = "stage" | "escalation" | "step" | "duty" | "final";

/** One deadline still ahead of a case (or passed, and still to be met). */
export interface ForecastDeadline {
  /**
   * A stage's own work (`stage`), the time to escalate or refer the case
   * into a stage (`escalation`: a route's time, or the stage's escalate-by),
   * a step, a duty (an action the parties agreed among them), or the
   * policy's final body (`final`).
   */
  readonly kind: ForecastKind;
  /** The stage's or step's id; for an escalation, the stage it goes into; a duty's id (an agreed action's own); for the final body, its role's id. */
  readonly id: string;
  /** The stage it belongs to (for an escalation, the stage it goes into); an agreed action's is the stage the case was at when it was agreed (a case is at a stage from the day it is raised); null for a duty at every stage, a route's notification and the final body. */
  readonly stage: string | null;
  /** The policy's own words for it: the stage's or step's title, what the duty is, the final body's title. */
  readonly title: string;
  /** `null` where the text sets no time, or what it runs from has no date in sight. */
  readonly due: IsoDate | null;
  /** Which rule sets `due`: the policy's limit, the case's risk deadline or a shared limit; null with no date, and for an agreed action (its date is the parties'). */
  readonly governedBy: Governing | null;
  readonly limit: LimitSummary | null;
  /** True when `due` is before `asOf`: late already, and still to be met. */
  readonly overdue: boolean;
}

/** What {@link forecast} returns: plain, JSON-serialisable data. */
export interface Forecast {
  readonly policy: string;
  /** The day the disagreement arose: with the policy, what tells one case's forecast from another's. */
  readonly raisedOn: IsoDate;
  readonly asOf: IsoDate;
  /** The stage the case is at. */
  readonly stage: { readonly id: string; readonly number: number; readonly title: string };
  readonly resolved: boolean;
  /**
   * The deadlines not yet met, dated ones first in date order, then the
   * undated; within each, in the order of the ladder: the stage the case is
   * at, its steps, a route's escalation and the duties owed now, then stage
   * by stage the escalation into it, the stage, its steps and its duties,
   * and last the final body.
   */
  readonly deadlines: readonly ForecastDeadline[];
}

/** Options for {@link forecast}. */
export interface ForecastOptions {
  /** Defaults to the policy's jurisdiction. */
  readonly calendar?: Calendar | undefined;
  /** The language of each deadline's `limit.text`, and of the issues of an {@link InvalidCaseError} it throws: `"en"` (default) or `"cy"` (Welsh). */
  readonly lang?: Language | undefined;
}

/**
 * The deadlines still ahead of a case under way, from where it stands: its
 * stage's due date, the steps of it not done, the duties it owes, the time
 * to escalate, then every stage still to come (its escalate-by, due date,
 * steps and duties) and the final body, each dated as if every stage runs
 * to its limit (as {@link schedule} dates a new case, but from the case's
 * own events). Where a route (immediate risk) sends the case on, the stages
 * it passes over are left out and the one it goes to is dated from the
 * route's time. A resolved case has only what follows its resolution.
 * What follows a resolution is not forecast for a case still open: it comes
 * only if the case is resolved there. Dates are those {@link assess} gives
 * on `asOf` (with the clock stopped, as if it restarted on `asOf`).
 *
 * @param policy - the policy the case follows
 * @param record - a case accepted by {@link parseCase} (any other object is checked on every call, as assess does)
 * @param asOf - the date to forecast from
 * @param options - `calendar` (default: the policy's jurisdiction), `lang` (`"en"`, the default, or `"cy"`: the words of each `limit.text`)
 * @returns plain data
 * @throws {@link InvalidCaseError} if the case is not valid for the policy, or has events after `asOf`
 * @throws {@link InvalidOptionsError} for an unknown option or language
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `asOf`
 *
 * @example
 * ```ts
 * // Swindon, raised Wednesday 23 December 2026, at Stage 2 from Tuesday 29 December.
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [
 *   { type: "stage-entered", stage: "stage-2", on: "2026-12-29" },
 * ] };
 * forecast(policies.swindon, record, "2026-12-30").deadlines
 *   .filter((deadline) => deadline.kind === "stage")
 *   .map((deadline) => deadline.due)
 * // ["2027-01-06", "2027-01-13", "2027-01-20", null]: Stages 2 to 5, Stage 5 with no limit
 * ```
 */
export function forecast(policy: Policy, record: Case, asOf: IsoDate, options?: ForecastOptions): Forecast {
  const english = compilePolicy(policy);
  const today = toDayNumber(asOf, "asOf");
  const given = readOptions(options, ["calendar", "lang"]);
  const calendar = given?.calendar as Calendar | undefined;
  const compiled = inLanguage(english, languageOption(given?.lang));
  const checked = checkedCase(record, policy, compiled.lang);
  const inUse = calendarFor(policy, calendar);
  const read = readCaseLadder(compiled, checked, today, asOf, inUse, compiled.lang);
  const { ladder, view, current } = read;
  const here = compiled.stages[current] as StagePlan;
  const found = new Deadlines(today);

  if (ladder.walk().resolved) {
    owed(found, ladder, view.owedResolved[current]?.plans ?? [], compiled);
    agreedActions(found, read.agreed, compiled);
  } else {
    found.add("stage", here.ref.id, here.ref.id, here.ref.title, ladder.due(current), here.limit);
    steps(found, ladder, here);
    // A route that sends the case on now: its time, then the stages from the one it goes to, entered on that day.
    const route = view.rules.find((rule) => rule.rule.effect === "start-at-stage" && rule.target > current && appliesAt(rule, current));
    if (route !== undefined) routeTaken(found, ladder, route, compiled);
    owed(found, ladder, view.owedOpen[current]?.plans ?? [], compiled);
    agreedActions(found, read.agreed, compiled);
    if (route === undefined) stagesFrom(found, ladder, current + 1, compiled);
    else {
      const by = dayOf(ladder.limitDue(route.limit, -1));
      const onRoute = readCaseLadder(compiled, checked, today, asOf, inUse).ladder;
      if (by !== NO_DAY) onRoute.enter(route.target, by);
      stagesFrom(found, onRoute, route.target, compiled, true, by === NO_DAY);
    }
  }
  return {
    policy: policy.id,
    raisedOn: checked.raisedOn,
    asOf,
    stage: here.ref,
    resolved: ladder.resolved,
    deadlines: found.sorted(),
  };
}

/** The deadlines found, in ladder order, with their days. */
class Deadlines {
  private readonly found: { readonly day: number; readonly deadline: ForecastDeadline }[] = [];

  constructor(private readonly today: number) {}

  /** Adds a deadline from a packed due date (see Ladder.due) and the limit that sets it. */
  add(kind: ForecastKind, id: string, stage: string | null, title: string, packed: number, limit: LimitPlan | null): void {
    const day = dayOf(packed);
    this.push(day, { kind, id, stage, title, due: day === NO_DAY ? null : toIsoDate(day), governedBy: governingOf(packed), limit: limit?.summary ?? null, overdue: this.isOverdue(day) });
  }

  push(day: number, deadline: ForecastDeadline): void {
    this.found.push({ day, deadline });
  }

  isOverdue(day: number): boolean {
    return day !== NO_DAY && this.today > day;
  }

  /** Dated first, by date, then the undated; the ladder's order within each (Array.prototype.sort is stable). */
  sorted(): ForecastDeadline[] {
    const rank = (day: number) => (day === NO_DAY ? Number.MAX_SAFE_INTEGER : day);
    return this.found.sort((a, b) => rank(a.day) - rank(b.day)).map(({ deadline }) => deadline);
  }
}

/** The steps of a stage not done (those that follow resolution come only with one). */
function steps(found: Deadlines, ladder: Ladder, stage: StagePlan): void {
  for (const step of stage.steps) {
    if (step.afterResolution || ladder.stepDone(step.index) !== NO_DAY) continue;
    found.add("step", step.step.id, stage.ref.id, step.step.title, ladder.stepDue(step.index), step.limit);
  }
}

/** The duties of a list not yet done. */
function owed(found: Deadlines, ladder: Ladder, plans: readonly OwedPlan[], compiled: CompiledPolicy): void {
  for (const plan of plans) {
    const { template } = plan;
    if (plan.step >= 0) {
      if (ladder.stepDone(plan.step) === NO_DAY) found.add("duty", template.id, template.stage, template.what, ladder.stepDue(plan.step), (compiled.steps[plan.step] as CompiledPolicy["steps"][number]).limit);
    } else if (!ladder.isDone(plan.doneIndex)) found.add("duty", template.id, template.stage, template.what, ladder.limitDue(plan.limit, plan.position), plan.limit);
  }
}

/** The actions the parties agreed and have not done: due on the day they agreed. */
function agreedActions(found: Deadlines, agreed: readonly AgreedDue[] | undefined, compiled: CompiledPolicy): void {
  for (const { event, due, stage } of agreed ?? []) {
    found.push(due, { kind: "duty", id: event.action, stage: compiled.stages[stage]?.ref.id ?? null, title: event.what, due: event.due, governedBy: null, limit: null, overdue: found.isOverdue(due) });
  }
}

/** A route's time to send the case on, as the escalation into the stage it goes to. */
function routeTaken(found: Deadlines, ladder: Ladder, route: RulePlan, compiled: CompiledPolicy): void {
  const target = compiled.stages[route.target] as StagePlan;
  found.add("escalation", target.ref.id, target.ref.id, target.ref.title, ladder.limitDue(route.limit, -1), route.limit);
}

/**
 * Every stage from `first` on that the case has still to reach: the time to
 * escalate into it, its own due date, its steps and its duties; then the
 * final body. On a route, the case goes into the first on the route's time
 * (already listed); and where that has no date (`undated`), nothing after
 * it can be dated.
 */
function stagesFrom(found: Deadlines, ladder: Ladder, first: number, compiled: CompiledPolicy, onRoute = false, undated = false): void {
  const { view } = ladder;
  const dated = (packed: number) => (undated ? 0 : packed);
  for (let position = first; position < compiled.stages.length; position++) {
    if (ladder.skipped(position)) continue;
    const stage = compiled.stages[position] as StagePlan;
    const { id, title } = stage.ref;
    if (stage.escalateBy !== null && !(onRoute && position === first)) found.add("escalation", id, id, title, dated(ladder.escalateBy(position)), stage.escalateBy);
    found.add("stage", id, id, title, dated(ladder.due(position)), stage.limit);
    for (const step of stage.steps) if (!step.afterResolution && ladder.stepDone(step.index) === NO_DAY) found.add("step", step.step.id, id, step.step.title, dated(ladder.stepDue(step.index)), step.limit);
    for (const plan of view.duties[position] ?? []) if (!ladder.isDone(plan.doneIndex)) found.add("duty", plan.template.id, id, plan.template.what, dated(ladder.limitDue(plan.limit, position)), plan.limit);
  }
  const { final } = compiled;
  if (final !== null && view.finalApplies) {
    // Its limit belongs to the last stage, as in a schedule.
    found.add("final", final.ref.body.id, null, final.ref.title, dated(ladder.limitDue(final.limit, compiled.stages.length - 1)), final.limit);
  }
}
