import { formatLongDate } from "../calendar/formatLongDate.js";
import type { Assessment } from "../engine/assess.js";
import type { Schedule } from "../engine/schedule.js";
import { checkAssessmentInput, checkScheduleInput } from "./inputs.js";

const when = (date: string | null): string => (date === null ? "no time limit" : formatLongDate(date));
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
/** "Resolution Panel", or "Chair decides (Independent Chair)" where the body's own name says more. */
const named = (title: string, body: string): string => (body === title || body.startsWith(title) ? body : `${title} (${body})`);

/**
 * Writes a schedule as lines a person reads: each stage's due date, the time
 * to escalate into it where the text sets one, who acts, the limit each date
 * comes from, and the steps and duties that have dates.
 *
 * @param given - from {@link schedule}
 * @returns text, one stage a paragraph
 * @throws {@link InvalidResultError} for anything that is not a schedule
 *
 * @example
 * ```ts
 * console.log(renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" })));
 * // Stage 1  Internal Discussion  due Tuesday 29 December 2026
 * //   within 2 working days of the disagreement arising ...
 * ```
 */
export function renderScheduleText(given: Schedule): string {
  // Read once, as plain data: the caller's object is not read again.
  const plan = checkScheduleInput(given);
  const lines = [`${plan.policy}: disagreement raised on ${formatLongDate(plan.raisedOn)} (${plan.calendar.jurisdictions.join(" + ")} calendar)`, ""];
  for (const stage of plan.stages) {
    if (stage.skipped) {
      lines.push(`Stage ${stage.number}  ${stage.title}  passed over`);
      continue;
    }
    const due = stage.due === null ? (stage.limit === null ? "no time limit" : "no date yet: what its limit runs from has none") : `due ${formatLongDate(stage.due)}${stage.governedBy === "risk-deadline" ? " (the risk deadline)" : ""}`;
    lines.push(`Stage ${stage.number}  ${stage.title}  ${due}`);
    if (stage.escalateBy !== null) lines.push(`  escalate into it by ${formatLongDate(stage.escalateBy)}${stage.escalateByLimit === null ? "" : `: ${stage.escalateByLimit.text}`}`);
    if (stage.limit !== null) lines.push(`  ${stage.limit.text}`);
    const actors = [...new Set([...stage.actors.raising, ...stage.actors.receiving].map((role) => role.title))];
    lines.push(`  who: ${actors.join("; ")}`);
    for (const step of stage.steps) lines.push(`  step: ${step.title}: ${step.afterResolution ? "after resolution, " : ""}${when(step.due)}`);
    for (const duty of stage.duties) if (duty.due !== null) lines.push(`  duty: ${sentence(duty.what)} Due ${formatLongDate(duty.due)}.`);
    if (stage.copyTo.length > 0) lines.push(`  copy in: ${stage.copyTo.map((role) => role.title).join("; ")}`);
    if (stage.notify.length > 0) lines.push(`  tell: ${stage.notify.map((role) => role.title).join("; ")}`);
  }
  for (const duty of plan.duties) if (duty.due !== null) lines.push(`At every stage: ${sentence(duty.what)} Due ${formatLongDate(duty.due)}.`);
  if (plan.final !== null) lines.push(`Then: ${named(plan.final.title, plan.final.body.title)}. ${sentence(plan.final.what)}${plan.final.due === null ? "" : ` Due ${formatLongDate(plan.final.due)}.`}`);
  for (const route of plan.routes) lines.push(`Route in force: ${sentence(route.title)}${route.due === null ? "" : ` Due ${formatLongDate(route.due)}.`}`);
  if (!plan.calendar.confirmed) lines.push(`Note: dates after ${formatLongDate(plan.calendar.confirmedThrough)} use bank holidays projected from the rules.`);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes an assessment for a case note: the state, the explanation, what to
 * do next and the duties still owed.
 *
 * @param given - from {@link assess}
 * @returns text
 * @throws {@link InvalidResultError} for anything that is not an assessment
 *
 * @example
 * ```ts
 * console.log(renderAssessmentText(assess(policies.swindon, record, "2027-01-07")));
 * // OVERDUE: Stage 2 (Inter-agency Discussion), due Wednesday 6 January 2027 ...
 * ```
 */
export function renderAssessmentText(given: Assessment): string {
  const result = checkAssessmentInput(given);
  const at = `Stage ${result.stage.number} (${result.stage.title})`;
  const headline =
    result.state === "resolved" ? `RESOLVED at ${at}`
    : result.state === "no-time-limit" ? `NO TIME LIMIT: ${at}`
    : `${result.state.replace(/-/g, " ").toUpperCase()}: ${at}, due ${when(result.due)}`; // prettier-ignore
  const lines = [headline, "", ...result.explanation.map((line) => `- ${line}`)];
  const next = result.escalateTo;
  if (next !== null && next.requiredNow) {
    const where = next.stage === null ? (next.final?.title ?? "") : `Stage ${next.stage.number} (${next.stage.title})`;
    lines.push("", `Escalate to ${where}${next.by === null ? " now" : ` by ${formatLongDate(next.by)}`}${next.overdue ? " (OVERDUE)" : ""}.`);
  }
  if (result.step !== null) lines.push("", `Next step: ${result.step.title}${result.step.due === null ? "" : `, due ${formatLongDate(result.step.due)}${result.step.overdue ? " (overdue)" : ""}`}`);
  if (result.duties.length > 0) {
    lines.push("", "Duties still owed:");
    for (const duty of result.duties) lines.push(`- ${sentence(duty.what)}${duty.due === null ? "" : ` Due ${formatLongDate(duty.due)}${duty.overdue ? " (OVERDUE)" : ""}.`}`);
  }
  return `${lines.join("\n")}\n`;
}
