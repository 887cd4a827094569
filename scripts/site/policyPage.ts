// A bundled policy's page: who issued it and when it is due for review, its
// flowchart, every rule with its limit, what the limit runs from and the
// words it came from, the readings not encoded and why, and a worked
// timeline around Christmas 2026. The words of limits are the engine's own
// (the same a case worker reads in an assessment), so the page cannot say one
// thing and the engine do another.
import { compilePolicy } from "../../src/engine/compile.js";
import type { LimitPlan } from "../../src/engine/limits.js";
import { describeAmount } from "../../src/engine/limits.js";
import { createCalendar, formatLongDate, holidaysBetween, schedule, type Anchor, type Condition, type IsoDate, type Limit, type Policy, type Source } from "../../src/index.js";
import { escapeHtml as e, table } from "./html.js";

/** The day a case is raised in every policy's worked timeline: the Wednesday before Christmas 2026. */
export const WORKED_RAISED_ON: IsoDate = "2026-12-23";

const date = (iso: IsoDate | null | undefined, none = "—"): string => (iso === null || iso === undefined ? none : `<time datetime="${iso}">${e(formatLongDate(iso))}</time>`);

/** "immediate risk and about a child": a condition in words, for a row that applies only to some cases. */
function conditionWords(condition: Condition): string {
  if ("flag" in condition) return `“${condition.flag.replace(/-/g, " ")}”`;
  if ("subject" in condition) return `the case is about ${condition.subject === "adult" ? "an adult" : "a child"}`;
  if ("priority" in condition) return `priority ${condition.priority}`;
  if ("all" in condition) return condition.all.map(conditionWords).join(" and ");
  if ("any" in condition) return `(${condition.any.map(conditionWords).join(" or ")})`;
  return `not ${conditionWords(condition.not)}`;
}

/** What a limit runs from, named as the policy names its stages, steps and events. */
function anchorWords(policy: Policy, from: Anchor): string {
  const stage = (id: string): string => {
    const found = policy.stages.find((candidate) => candidate.id === id);
    return found === undefined ? id : `Stage ${found.number} (${found.title})`;
  };
  if ("raised" in from) return "The disagreement arising";
  if ("completionOf" in from) return `The completion of ${stage(from.completionOf)}`;
  if ("startOf" in from) return `The start of ${stage(from.startOf)}`;
  if ("resolution" in from) return "The disagreement being resolved";
  if ("event" in from) return `The ${policy.events?.find((event) => event.id === from.event)?.title ?? from.event}`;
  if ("flagged" in from) return `The case being flagged ${(typeof from.flagged === "string" ? [from.flagged] : from.flagged).map((flag) => `“${flag.replace(/-/g, " ")}”`).join(" and ")}`;
  const step = policy.stages.flatMap((candidate) => candidate.steps ?? []).find((candidate) => candidate.id === from.step);
  return `The step “${step?.title ?? from.step}” being done`;
}

const only = (condition: Condition | undefined): string => (condition === undefined ? "" : `<br><span class="hint">only when ${e(conditionWords(condition))}</span>`);

const quote = (source: Source): string => `<td class="quote">“${e(source.quote)}”<span class="section-name">${e(source.section)}</span></td>`;

/** One row of the rules table: what, its limit in the engine's words, what it runs from, and the quote. */
function row(policy: Policy, kind: string, what: string, limit: LimitPlan | null, source: Source): string {
  const limitCell = limit === null ? "no time limit in the text" : e(limit.summary.text);
  const from = limit === null ? "—" : e(anchorWords(policy, limit.limit.from));
  return `<tr class="kind-${kind}"><th scope="row">${what}</th><td>${limitCell}</td><td>${from}</td>${quote(limit?.limit.source ?? source)}</tr>`;
}

function rulesTable(policy: Policy): string {
  const compiled = compilePolicy(policy);
  const rows: string[] = [];
  for (const plan of compiled.stages) {
    const { stage } = plan;
    rows.push(row(policy, "stage", `Stage ${stage.number}: ${e(stage.title)}${only(stage.when)}`, plan.limit, stage.source));
    if (plan.escalateBy !== null) rows.push(row(policy, "escalate", `↳ Escalate or refer into Stage ${stage.number}`, plan.escalateBy, plan.escalateBy.limit.source));
    for (const step of plan.steps) rows.push(row(policy, "step", `↳ Step: ${e(step.step.title)}${step.afterResolution ? " (after resolution)" : ""}`, step.limit, step.step.source));
    for (const duty of plan.duties) rows.push(row(policy, "duty", `↳ Duty (${e(duty.duty.kind)}): ${e(duty.duty.what)}${only(duty.duty.when)}`, duty.limit, duty.duty.source));
    for (const duty of plan.afterResolution) rows.push(row(policy, "duty", `↳ Once resolved here (${e(duty.duty.kind)}): ${e(duty.duty.what)}${only(duty.duty.when)}`, duty.limit, duty.duty.source));
  }
  for (const shared of compiled.sharedLimits) rows.push(row(policy, "shared", `Shared limit: ${e(shared.title)}`, shared.limit, shared.limit.limit.source));
  for (const route of compiled.rules) rows.push(row(policy, "route", `Route: ${e(route.rule.title)}${only(route.rule.when)}`, route.limit, route.rule.source));
  for (const duty of compiled.duties) rows.push(row(policy, "duty", `At every stage (${e(duty.duty.kind)}): ${e(duty.duty.what)}${only(duty.duty.when)}`, duty.limit, duty.duty.source));
  if (compiled.final !== null && policy.final !== undefined) rows.push(row(policy, "final", `Then: ${e(policy.final.title)}${only(policy.final.when)}`, compiled.final.limit, policy.final.source));
  return table(`Every stage, escalation, step, duty and route of ${policy.id}`, ["What", "Limit (as the engine reads it)", "Runs from", "The words it came from"], rows, "rules");
}

/** Every limit of the policy that records another reading, with where it sits. */
function otherReadings(policy: Policy): string {
  const found: { where: string; limit: Limit }[] = [];
  const look = (where: string, limit: Limit | null | undefined): void => {
    if (limit?.otherReadings !== undefined) found.push({ where, limit });
  };
  for (const stage of policy.stages) {
    look(`Stage ${stage.number}: ${stage.title}`, stage.limit);
    look(`Escalating into Stage ${stage.number}`, stage.escalateBy);
    for (const step of stage.steps ?? []) look(`Step: ${step.title}`, step.limit);
    for (const duty of [...(stage.duties ?? []), ...(stage.afterResolution ?? [])]) look(`Duty: ${duty.what}`, duty.limit);
  }
  for (const rule of policy.rules ?? []) look(`Route: ${rule.title}`, rule.limit);
  for (const duty of policy.duties ?? []) look(`Duty: ${duty.what}`, duty.limit);
  for (const shared of policy.sharedLimits ?? []) look(`Shared limit: ${shared.title}`, shared.limit);
  look(`Then: ${policy.final?.title ?? ""}`, policy.final?.limit);
  if (found.length === 0) return `<p>None recorded: wherever the text states a limit, it states one figure for it (see the notes above for how each was read).</p>`;
  return table(
    "Readings the text also allows, and why each was not encoded",
    ["Where", "Encoded", "Other reading", "Its words", "Why it was not used"],
    found.flatMap(({ where, limit }) =>
      (limit.otherReadings ?? []).map((reading) => `<tr><th scope="row">${e(where)}</th><td>${e(describeAmount(limit))}</td><td>${e(describeAmount(reading))}</td>${quote(reading.source)}<td>${e(reading.note)}</td></tr>`),
    ),
  );
}

function workedTimeline(policy: Policy): string {
  const plan = schedule(policy, { raisedOn: WORKED_RAISED_ON });
  const rows: string[] = [];
  for (const stage of plan.stages) {
    if (stage.skipped) {
      rows.push(`<tr class="passed-over"><th scope="row">Stage ${stage.number}: ${e(stage.title)}</th><td colspan="4" data-label="">passed over for this case</td></tr>`);
      continue;
    }
    const due = stage.due === null ? (stage.limit === null ? "no time limit" : "no date: what its limit runs from has none") : date(stage.due);
    const rule = stage.governedBy === "risk-deadline" ? "the case's risk deadline" : (stage.limit?.text ?? "—");
    rows.push(`<tr class="kind-stage"><th scope="row">Stage ${stage.number}: ${e(stage.title)}</th><td>${date(stage.start)}</td><td>${date(stage.escalateBy)}</td><td>${due}</td><td>${e(rule)}</td></tr>`);
    for (const step of stage.steps) if (step.due !== null) rows.push(`<tr><th scope="row">↳ Step: ${e(step.title)}</th><td></td><td></td><td>${date(step.due)}</td><td>${e(step.limit?.text ?? "")}</td></tr>`);
    for (const duty of stage.duties) if (duty.due !== null) rows.push(`<tr><th scope="row">↳ Duty: ${e(duty.what)}</th><td></td><td></td><td>${date(duty.due)}</td><td>${e(duty.limit?.text ?? "")}</td></tr>`);
  }
  if (plan.final !== null) rows.push(`<tr class="kind-final"><th scope="row">Then: ${e(plan.final.title)}</th><td></td><td></td><td>${plan.final.due === null ? "no time limit" : date(plan.final.due)}</td><td>${e(plan.final.limit?.text ?? "—")}</td></tr>`);
  const dated = [...plan.stages.flatMap((stage) => [stage.due, stage.escalateBy, ...stage.steps.map((step) => step.due)]), plan.final?.due ?? null].filter((day): day is IsoDate => day !== null).sort();
  const last = dated.at(-1) ?? WORKED_RAISED_ON;
  const holidays = holidaysBetween(WORKED_RAISED_ON, last, createCalendar({ jurisdiction: policy.jurisdiction }));
  const passed =
    holidays.length === 0 ? "<p>No bank holiday falls between the day raised and the last date.</p>"
    : `<p>Bank holidays passed over (${e(policy.jurisdiction)} calendar), besides the weekends: ${holidays.map((day) => `${date(day.date)} (${e(day.name)})`).join("; ")}.</p>`; // prettier-ignore
  return `<p>A disagreement raised on ${date(WORKED_RAISED_ON)}, with no flags, each stage running to its limit and nothing resolved early: the latest date of each stage, from <code>schedule(policies["${e(policy.id)}"], { raisedOn: "${WORKED_RAISED_ON}" })</code>.</p>
${table(`Worked timeline: ${policy.id}, raised ${WORKED_RAISED_ON}`, ["Stage", "Starts by", "Escalate into it by", "Due", "Rule"], rows, "timeline")}
${passed}
${plan.calendar.confirmed ? "" : `<p class="note">Some dates lie after ${date(plan.calendar.confirmedThrough)}: their bank holidays are projected from the rules, not yet confirmed by GOV.UK.</p>`}`;
}

/** The HTML of a policy's page (its main content), with the flowchart's SVG already rendered. */
export function policyPageBody(policy: Policy, flowchartSvg: string): string {
  const facts: [string, string][] = [
    ["Board", e(policy.issuer)],
    ["Document", e(policy.document.title)],
    ["Version", policy.version === undefined ? "not stated in the text" : e(policy.version)],
    ["In force from", policy.effectiveFrom === undefined ? "not stated" : date(policy.effectiveFrom)],
    ["Approved", policy.approved === undefined ? "not stated in the text" : date(policy.approved)],
    ["Review date", policy.reviewDue === undefined ? "not stated in the text" : date(policy.reviewDue)],
    ["Bank holidays", e(policy.jurisdiction)],
    ["Covers", e(policy.subjects.join(" and "))],
    ["Policy id", `<code>${e(policy.id)}</code> (<code>policies["${e(policy.id)}"]</code>, <code>--policy ${e(policy.id)}</code>)`],
  ];
  const roles = policy.roles.map((role) => `<tr><th scope="row"><code>${e(role.id)}</code></th><td>${e(role.title)}</td><td>${e(role.kind)}</td></tr>`);
  return `<h1>${e(policy.title)}</h1>
<dl class="facts">
${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("\n")}
</dl>
${policy.document.notes === undefined ? "" : `<h2 id="notes">How the text was read</h2>\n<p>${e(policy.document.notes)}</p>`}
<h2 id="flowchart">Flowchart</h2>
<figure class="flowchart" tabindex="0">
<div role="img" aria-labelledby="flowchart-caption">${flowchartSvg}</div>
<figcaption id="flowchart-caption">The ladder of ${e(policy.id)} as the engine reads it, drawn from <code>renderMermaid</code>: each stage with the limit on its own work, the time to escalate into it where the text sets one (on the arrow), the routes some cases take (dotted) and what follows the last stage. Every figure is in the table below.</figcaption>
</figure>
<h2 id="rules">Every rule, its limit and its words</h2>
<p>Each row cites the section and the words of the published text it was taken from. A stage's limit is on its own work; “escalate or refer into” is the time to move the case up to it, a separate date.</p>
${rulesTable(policy)}
<h2 id="readings">Other readings</h2>
${otherReadings(policy)}
<h2 id="christmas">Worked timeline: Christmas 2026</h2>
${workedTimeline(policy)}
<h2 id="roles">Roles and bodies</h2>
${table(`Roles of ${policy.id}`, ["Id", "As the text names it", "Kind (shared across boards)"], roles)}`;
}
