import { formatLongDate } from "../calendar/formatLongDate.js";
import type { Assessment } from "../engine/assess.js";
import type { Schedule } from "../engine/schedule.js";

const when = (date: string | null): string => (date === null ? "no time limit" : formatLongDate(date));

/**
 * Writes a schedule as lines a person reads: each stage's due date, who acts,
 * and the limit it comes from.
 *
 * @param plan - from {@link schedule}
 * @returns text, one stage a paragraph
 *
 * @example
 * ```ts
 * console.log(renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" })));
 * // Stage 1  Internal Discussion  due Tuesday 29 December 2026
 * //   within 2 working days of the disagreement arising ...
 * ```
 */
export function renderScheduleText(plan: Schedule): string {
  const lines = [`${plan.policy}: disagreement raised on ${formatLongDate(plan.raisedOn)} (${plan.calendar.jurisdictions.join(" + ")} calendar)`, ""];
  for (const stage of plan.stages) {
    if (stage.skipped) {
      lines.push(`Stage ${stage.number}  ${stage.title}  passed over`);
      continue;
    }
    lines.push(`Stage ${stage.number}  ${stage.title}  due ${when(stage.due)}${stage.governedBy === "risk-deadline" ? " (the risk deadline)" : ""}`);
    if (stage.limit !== null) lines.push(`  ${stage.limit.text}`);
    const actors = [...new Set([...stage.actors.raising, ...stage.actors.receiving].map((role) => role.title))];
    lines.push(`  who: ${actors.join("; ")}`);
    for (const step of stage.steps) lines.push(`  step: ${step.title}: ${step.afterResolution ? "after resolution, " : ""}${when(step.due)}`);
    if (stage.copyTo.length > 0) lines.push(`  copy in: ${stage.copyTo.map((role) => role.title).join("; ")}`);
    if (stage.notify.length > 0) lines.push(`  tell: ${stage.notify.map((role) => role.title).join("; ")}`);
  }
  if (plan.final !== null) lines.push(`Then: ${plan.final.title} (${plan.final.body.title}): ${plan.final.what}${plan.final.due === null ? "" : `, by ${formatLongDate(plan.final.due)}`}`);
  for (const route of plan.routes) lines.push(`Route in force: ${route.title}${route.due === null ? "" : `, by ${formatLongDate(route.due)}`}`);
  if (!plan.calendar.confirmed) lines.push(`Note: dates after ${formatLongDate(plan.calendar.confirmedThrough)} use bank holidays projected from the rules.`);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes an assessment for a case note: the state, the explanation, what to
 * do next and the duties still owed.
 *
 * @param result - from {@link assess}
 * @returns text
 *
 * @example
 * ```ts
 * console.log(renderAssessmentText(assess(policies.swindon, record, "2027-01-07")));
 * // OVERDUE: Stage 2 (Inter-agency Discussion), due Wednesday 6 January 2027 ...
 * ```
 */
export function renderAssessmentText(result: Assessment): string {
  const headline =
    result.state === "resolved"
      ? `RESOLVED at Stage ${result.stage.number} (${result.stage.title})`
      : `${result.state.toUpperCase()}: Stage ${result.stage.number} (${result.stage.title}), due ${when(result.due)}`;
  const lines = [headline, "", ...result.explanation.map((sentence) => `- ${sentence}`)];
  if (result.step !== null) lines.push("", `Next step: ${result.step.title}${result.step.due === null ? "" : `, due ${formatLongDate(result.step.due)}${result.step.overdue ? " (overdue)" : ""}`}`);
  if (result.duties.length > 0) {
    lines.push("", "Duties still owed:");
    for (const duty of result.duties) lines.push(`- ${duty.what}${duty.due === null ? "" : ` (due ${formatLongDate(duty.due)}${duty.overdue ? ", OVERDUE" : ""})`}`);
  }
  return `${lines.join("\n")}\n`;
}
