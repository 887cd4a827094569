import { isJurisdiction } from "../calendar/jurisdiction.js";
import { longDateOfDay } from "../calendar/formatLongDate.js";
import { toDayNumber } from "../calendar/isoDate.js";
import type { Assessment } from "../engine/assess.js";
import type { Schedule } from "../engine/schedule.js";
import { message } from "../messages/index.js";
import { rendererMessage } from "../messages/renderers.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { checkAssessmentInput, checkScheduleInput } from "./inputs.js";

/** Options for {@link renderScheduleText} and {@link renderAssessmentText}. */
export interface TextOptions {
  /**
   * The language of the renderer's words: `"en"` (default) or `"cy"`
   * (Welsh). The sentences and limits inside the result are in the language
   * it was made in: pass the same `lang` to {@link schedule} or {@link assess}.
   */
  readonly lang?: Language;
}

const languageOf = (options: TextOptions | undefined): Language => languageOption(readOptions(options, ["lang"])?.lang);
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
/** "Resolution Panel", or "Chair decides (Independent Chair)" where the body's own name says more. */
const named = (title: string, body: string): string => (body === title || body.startsWith(title) ? body : `${title} (${body})`);

/**
 * Writes a schedule as lines a person reads: each stage's due date, the time
 * to escalate into it where the text sets one, who acts, the limit each date
 * comes from, and the steps and duties that have dates.
 *
 * @param given - from {@link schedule}
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh)
 * @returns text, one stage a paragraph
 * @throws {@link InvalidResultError} for anything that is not a schedule
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * console.log(renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" })));
 * // Stage 1  Internal Discussion  due Tuesday 29 December 2026
 * //   within 2 working days of the disagreement arising ...
 * console.log(renderScheduleText(schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" }), { lang: "cy" }));
 * // Cam 1  Internal Discussion  erbyn dydd Mawrth 29 Rhagfyr 2026
 * //   o fewn 2 ddiwrnod gwaith ar ôl i'r anghytundeb godi ...
 * ```
 */
export function renderScheduleText(given: Schedule, options?: TextOptions): string {
  const lang = languageOf(options);
  // Read once, as plain data: the caller's object is not read again.
  const plan = checkScheduleInput(given);
  const date = (iso: string): string => longDateOfDay(toDayNumber(iso), lang);
  const say = rendererMessage.bind(null, lang);
  const jurisdictions = plan.calendar.jurisdictions.map((id) => (isJurisdiction(id) ? say(`jurisdiction.${id}`) : id)).join(" + ");
  const lines = [say("text.scheduleHeading", { policy: plan.policy, date: date(plan.raisedOn), jurisdictions }), ""];
  for (const stage of plan.stages) {
    const { number, title } = stage;
    if (stage.skipped) {
      lines.push(say("text.stage.skipped", { number, title }));
      continue;
    }
    lines.push(
      stage.due === null ? say(stage.limit === null ? "text.stage.noLimit" : "text.stage.noDateYet", { number, title })
      : say(stage.governedBy === "risk-deadline" ? "text.stage.dueRisk" : "text.stage.due", { number, title, date: date(stage.due) }), // prettier-ignore
    );
    if (stage.escalateBy !== null) lines.push(`  ${stage.escalateByLimit === null ? say("text.stage.escalateBy", { date: date(stage.escalateBy) }) : say("text.stage.escalateByLimit", { date: date(stage.escalateBy), limit: stage.escalateByLimit.text })}`);
    if (stage.limit !== null) lines.push(`  ${stage.limit.text}`);
    const actors = [...new Set([...stage.actors.raising, ...stage.actors.receiving].map((role) => role.title))];
    lines.push(`  ${say("text.stage.who", { roles: actors.join("; ") })}`);
    for (const step of stage.steps) {
      const key = step.afterResolution ? (step.due === null ? "text.stage.stepAfterResolutionNoLimit" : "text.stage.stepAfterResolutionDue") : step.due === null ? "text.stage.stepNoLimit" : "text.stage.stepDue";
      lines.push(`  ${say(key, { title: step.title, ...(step.due === null ? {} : { date: date(step.due) }) })}`);
    }
    for (const duty of stage.duties) if (duty.due !== null) lines.push(`  ${say("text.stage.duty", { what: sentence(duty.what), date: date(duty.due) })}`);
    if (stage.copyTo.length > 0) lines.push(`  ${say("text.stage.copyTo", { roles: stage.copyTo.map((role) => role.title).join("; ") })}`);
    if (stage.notify.length > 0) lines.push(`  ${say("text.stage.notify", { roles: stage.notify.map((role) => role.title).join("; ") })}`);
  }
  for (const duty of plan.duties) if (duty.due !== null) lines.push(say("text.everyStageDuty", { what: sentence(duty.what), date: date(duty.due) }));
  if (plan.final !== null) {
    const words = { body: named(plan.final.title, plan.final.body.title), what: sentence(plan.final.what) };
    lines.push(plan.final.due === null ? say("text.final", words) : say("text.finalDue", { ...words, date: date(plan.final.due) }));
  }
  for (const route of plan.routes) lines.push(route.due === null ? say("text.route", { title: sentence(route.title) }) : say("text.routeDue", { title: sentence(route.title), date: date(route.due) }));
  if (!plan.calendar.confirmed) lines.push(say("text.projected", { date: date(plan.calendar.confirmedThrough) }));
  return `${lines.join("\n")}\n`;
}

/**
 * Writes an assessment for a case note: the state, the explanation, what to
 * do next and the duties still owed.
 *
 * @param given - from {@link assess}
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh)
 * @returns text
 * @throws {@link InvalidResultError} for anything that is not an assessment
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] };
 * console.log(renderAssessmentText(assess(policies.swindon, record, "2027-01-07")));
 * // OVERDUE: Stage 2 (Inter-agency Discussion), due Wednesday 6 January 2027 ...
 * console.log(renderAssessmentText(assess(policies.swindon, record, "2027-01-07", { lang: "cy" }), { lang: "cy" }));
 * // YN HWYR: Cam 2 (Inter-agency Discussion), erbyn dydd Mercher 6 Ionawr 2027 ...
 * ```
 */
export function renderAssessmentText(given: Assessment, options?: TextOptions): string {
  const lang = languageOf(options);
  const result = checkAssessmentInput(given);
  const date = (iso: string): string => longDateOfDay(toDayNumber(iso), lang);
  const say = rendererMessage.bind(null, lang);
  const label = (stage: { readonly number: number; readonly title: string }): string => message(lang, "stage.label", { number: stage.number, title: stage.title });
  const lines = [
    say(`text.headline.${result.state}`, { stage: label(result.stage), due: result.due === null ? say("text.noTimeLimit") : date(result.due) }),
    "",
    ...result.explanation.map((line) => `- ${line}`),
  ];
  const next = result.escalateTo;
  if (next !== null && next.requiredNow) {
    const where = next.stage === null ? (next.final?.title ?? "") : label(next.stage);
    lines.push(
      "",
      next.by === null ? say(next.overdue ? "text.escalateNowOverdue" : "text.escalateNow", { where })
      : say(next.overdue ? "text.escalateByOverdue" : "text.escalateBy", { where, date: date(next.by) }), // prettier-ignore
    );
  }
  const { step } = result;
  if (step !== null) {
    lines.push("", step.due === null ? say("text.nextStep", { title: step.title }) : say(step.overdue ? "text.nextStepOverdue" : "text.nextStepDue", { title: step.title, date: date(step.due) }));
  }
  if (result.duties.length > 0) {
    lines.push("", say("text.dutiesHeading"));
    for (const duty of result.duties) {
      const what = sentence(duty.what);
      lines.push(`- ${duty.due === null ? what : say(duty.overdue ? "text.dutyOverdue" : "text.dutyDue", { what, date: date(duty.due) })}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
