// A bundled policy's page, in English or Welsh: who issued it and when it is
// due for review, its flowchart, every rule with its limit, what the limit
// runs from and the words it came from, the readings not encoded and why, and
// a worked timeline around Christmas 2026. The words of limits are the
// engine's own (describeLimits), in the page's language, the same a case
// worker reads in an assessment, so the page cannot say one thing and the
// engine do another.
// The page's own words come from the site's catalogue; the board's words
// (titles, quotes, notes) stay as the policy gives them, marked English on a
// Welsh page.
import { message, type MessageKey } from "../../src/messages/index.js";
import { rendererMessage, type RendererKey } from "../../src/messages/renderers.js";
import type { Language } from "../../src/messages/language.js";
import { createCalendar, formatLongDate, holidaysBetween, schedule, type Anchor, type Condition, type IsoDate, type Policy, type Source } from "../../src/index.js";
import { describeLimits, type PolicyLimit } from "../../src/policy/describePolicy.js";
import { siteList, t, type SiteKey } from "../../site/messages/index.js";
import { policyPhrases, splitPolicyPhrases } from "../../site/shared/policyPhrases.js";
import { escapeHtml as e, html, policyWords, table } from "./html.js";

/** The day a case is raised in every policy's worked timeline: the Wednesday before Christmas 2026. */
export const WORKED_RAISED_ON: IsoDate = "2026-12-23";

/** What a policy's page is written with: its language, and the board's phrases to mark inside the engine's sentences. */
interface Writer {
  readonly lang: Language;
  readonly policy: Policy;
  readonly phrases: readonly string[];
}

/** A date as a <time>, in the page's language. */
export const dateHtml = (lang: Language, iso: IsoDate | null | undefined, none: string = t(lang, "site.none")): string =>
  iso === null || iso === undefined ? e(none) : `<time datetime="${iso}">${e(formatLongDate(iso, { lang }))}</time>`;

/** The engine's words (a limit, in the page's language), with the board's phrases inside them marked English on a Welsh page. */
function engineWords({ lang, phrases }: Writer, text: string): string {
  if (lang === "en") return e(text);
  return splitPolicyPhrases(text, phrases)
    .map((piece) => (piece.policy ? policyWords(lang, piece.text) : e(piece.text)))
    .join("");
}

const flagName = (lang: Language, flag: string): string => message(lang, `flag.${flag}` as MessageKey);
/** The name of a policy's calendar, as the text renderer gives it. */
export const calendarName = (lang: Language, jurisdiction: string): string => rendererMessage(lang, `jurisdiction.${jurisdiction}` as RendererKey);

/** "immediate risk and about a child": a condition in words, for a row that applies only to some cases (HTML). */
function conditionWords(lang: Language, condition: Condition): string {
  if ("flag" in condition) return html(lang, "policy.condition.flag", { flag: e(flagName(lang, condition.flag)) });
  if ("subject" in condition) return html(lang, condition.subject === "adult" ? "policy.condition.adult" : "policy.condition.child");
  if ("priority" in condition) return html(lang, "policy.condition.priority", { priority: `<code>${e(condition.priority)}</code>` });
  if ("all" in condition) return siteList(lang, condition.all.map((part) => conditionWords(lang, part)));
  if ("any" in condition) return html(lang, "policy.condition.any", { conditions: siteList(lang, condition.any.map((part) => conditionWords(lang, part)), "or") });
  return html(lang, "policy.condition.not", { condition: conditionWords(lang, condition.not) });
}

/** What a limit runs from, named as the policy names its stages, steps and events (HTML). */
function anchorWords({ lang, policy }: Writer, from: Anchor): string {
  const stage = (id: string): string => {
    const found = policy.stages.find((candidate) => candidate.id === id);
    return found === undefined ? e(id) : html(lang, "policy.anchor.stage", { number: String(found.number), title: policyWords(lang, found.title) });
  };
  if ("raised" in from) return html(lang, "policy.anchor.raised");
  if ("completionOf" in from) return html(lang, "policy.anchor.completionOf", { stage: stage(from.completionOf) });
  if ("startOf" in from) return html(lang, "policy.anchor.startOf", { stage: stage(from.startOf) });
  if ("resolution" in from) return html(lang, "policy.anchor.resolution");
  if ("event" in from) return html(lang, "policy.anchor.event", { event: policyWords(lang, policy.events?.find((event) => event.id === from.event)?.title ?? from.event) });
  if ("flagged" in from) {
    const flags = (typeof from.flagged === "string" ? [from.flagged] : from.flagged).map((flag) => html(lang, "policy.condition.flag", { flag: e(flagName(lang, flag)) }));
    return html(lang, "policy.anchor.flagged", { flags: siteList(lang, flags) });
  }
  const step = policy.stages.flatMap((candidate) => candidate.steps ?? []).find((candidate) => candidate.id === from.step);
  return html(lang, "policy.anchor.step", { step: policyWords(lang, step?.title ?? from.step) });
}

const only = (lang: Language, condition: Condition | undefined): string => (condition === undefined ? "" : `<br><span class="hint">${html(lang, "policy.row.only", { condition: conditionWords(lang, condition) })}</span>`);

/** The quote and its section: the board's words, whole. */
const quote = (lang: Language, source: Source): string => `<td class="quote"${lang === "en" ? "" : ' lang="en"'}>${e(t("en", "site.quoted", { text: source.quote }))}<span class="section-name">${e(source.section)}</span></td>`;

/** One row of the rules table: what, its limit in the engine's words, what it runs from, and the quote. */
function row(writer: Writer, found: PolicyLimit, what: string): string {
  const { lang } = writer;
  const { limit } = found;
  const limitCell = limit === null ? html(lang, "policy.rules.noLimit") : engineWords(writer, limit.text);
  const from = limit === null ? html(lang, "site.none") : anchorWords(writer, limit.from);
  return `<tr class="kind-${found.kind === "escalate" ? "escalate" : found.kind}"><th scope="row">${what}${only(lang, found.when ?? undefined)}</th><td>${limitCell}</td><td>${from}</td>${quote(lang, limit?.source ?? found.source)}</tr>`;
}

/** What a row of the rules table is, in the page's words around the policy's. */
function rowName({ lang, policy }: Writer, found: PolicyLimit): string {
  const words = (text: string): string => policyWords(lang, text);
  const kind = `<code>${e(found.dutyKind ?? "")}</code>`;
  const number = String(policy.stages.find((stage) => stage.id === found.stage)?.number ?? "");
  switch (found.kind) {
    case "stage":
      return html(lang, "policy.row.stage", { number, title: words(found.title) });
    case "escalate":
      return html(lang, "policy.row.escalate", { number });
    case "step":
      return html(lang, found.owed === "after-resolution" ? "policy.row.stepAfterResolution" : "policy.row.step", { title: words(found.title) });
    case "duty":
      return html(lang, found.owed === "after-resolution" ? "policy.row.dutyAfterResolution" : found.owed === "every-stage" ? "policy.row.everyStage" : "policy.row.duty", { kind, what: words(found.title) });
    case "shared":
      return html(lang, "policy.row.shared", { title: words(found.title) });
    case "route":
      return html(lang, "policy.row.route", { title: words(found.title) });
    case "final":
      return html(lang, "policy.row.final", { title: words(found.title) });
  }
}

function rulesTable(writer: Writer): string {
  const { lang, policy } = writer;
  const rows = describeLimits(policy, { lang }).map((found) => row(writer, found, rowName(writer, found)));
  const head: SiteKey[] = ["policy.rules.head.what", "policy.rules.head.limit", "policy.rules.head.from", "policy.rules.head.words"];
  return table(t(lang, "policy.rules.caption", { id: policy.id }), head.map((key) => t(lang, key)), rows, "rules");
}

/** Every limit of the policy that records another reading, with where it sits. */
function otherReadings(writer: Writer): string {
  const { lang, policy } = writer;
  const words = (text: string): string => policyWords(lang, text);
  const where = (found: PolicyLimit): string => {
    const number = String(policy.stages.find((stage) => stage.id === found.stage)?.number ?? "");
    switch (found.kind) {
      case "stage":
        return html(lang, "policy.where.stage", { number, title: words(found.title) });
      case "escalate":
        return html(lang, "policy.where.escalate", { number });
      case "step":
        return html(lang, "policy.where.step", { title: words(found.title) });
      case "duty":
        return html(lang, "policy.where.duty", { what: words(found.title) });
      case "shared":
        return html(lang, "policy.where.shared", { title: words(found.title) });
      case "route":
        return html(lang, "policy.where.route", { title: words(found.title) });
      case "final":
        return html(lang, "policy.where.final", { title: words(found.title) });
    }
  };
  const rows = describeLimits(policy, { lang }).flatMap((found) =>
    (found.limit?.otherReadings ?? []).map((reading) => `<tr><th scope="row">${where(found)}</th><td>${e(found.limit?.amount ?? "")}</td><td>${e(reading.amount)}</td>${quote(lang, reading.source)}<td>${words(reading.note)}</td></tr>`),
  );
  if (rows.length === 0) return `<p>${html(lang, "policy.readings.none")}</p>`;
  const head: SiteKey[] = ["policy.readings.head.where", "policy.readings.head.encoded", "policy.readings.head.other", "policy.readings.head.words", "policy.readings.head.why"];
  return table(t(lang, "policy.readings.caption"), head.map((key) => t(lang, key)), rows);
}

function workedTimeline(writer: Writer): string {
  const { lang, policy } = writer;
  const date = (iso: IsoDate | null | undefined, none?: string): string => dateHtml(lang, iso, none);
  const words = (text: string): string => policyWords(lang, text);
  const plan = schedule(policy, { raisedOn: WORKED_RAISED_ON }, { lang });
  const rows: string[] = [];
  for (const stage of plan.stages) {
    const name = html(lang, "policy.row.stage", { number: String(stage.number), title: words(stage.title) });
    if (stage.skipped) {
      rows.push(`<tr class="passed-over"><th scope="row">${name}</th><td colspan="4" data-label="">${html(lang, "policy.worked.passedOver")}</td></tr>`);
      continue;
    }
    const due = stage.due === null ? html(lang, stage.limit === null ? "policy.worked.noLimit" : "policy.worked.noAnchor") : date(stage.due);
    const rule = stage.governedBy === "risk-deadline" ? html(lang, "policy.worked.riskDeadline") : stage.limit === null ? html(lang, "site.none") : engineWords(writer, stage.limit.text);
    rows.push(`<tr class="kind-stage"><th scope="row">${name}</th><td>${date(stage.start)}</td><td>${date(stage.escalateBy)}</td><td>${due}</td><td>${rule}</td></tr>`);
    for (const step of stage.steps) if (step.due !== null) rows.push(`<tr><th scope="row">${html(lang, "policy.worked.step", { title: words(step.title) })}</th><td></td><td></td><td>${date(step.due)}</td><td>${engineWords(writer, step.limit?.text ?? "")}</td></tr>`);
    for (const duty of stage.duties) if (duty.due !== null) rows.push(`<tr><th scope="row">${html(lang, "policy.worked.duty", { what: words(duty.what) })}</th><td></td><td></td><td>${date(duty.due)}</td><td>${engineWords(writer, duty.limit?.text ?? "")}</td></tr>`);
  }
  if (plan.final !== null) {
    const rule = plan.final.limit === null ? html(lang, "site.none") : engineWords(writer, plan.final.limit.text);
    rows.push(`<tr class="kind-final"><th scope="row">${html(lang, "policy.worked.final", { title: words(plan.final.title) })}</th><td></td><td></td><td>${plan.final.due === null ? html(lang, "policy.worked.noLimit") : date(plan.final.due)}</td><td>${rule}</td></tr>`);
  }
  const dated = [...plan.stages.flatMap((stage) => [stage.due, stage.escalateBy, ...stage.steps.map((step) => step.due)]), plan.final?.due ?? null].filter((day): day is IsoDate => day !== null).sort();
  const last = dated.at(-1) ?? WORKED_RAISED_ON;
  const holidays = holidaysBetween(WORKED_RAISED_ON, last, createCalendar({ jurisdiction: policy.jurisdiction }));
  const calendar = e(calendarName(lang, policy.jurisdiction));
  const passed =
    holidays.length === 0 ? `<p>${html(lang, "policy.worked.noHolidays")}</p>`
    : `<p>${html(lang, "policy.worked.holidays", { calendar, holidays: holidays.map((day) => html(lang, "policy.worked.holiday", { date: date(day.date), name: lang === "cy" && day.nameCy !== undefined ? e(day.nameCy) : policyWords(lang, day.name) })).join("; ") })}</p>`; // prettier-ignore
  const head: SiteKey[] = ["policy.worked.head.stage", "policy.worked.head.start", "policy.worked.head.escalateBy", "policy.worked.head.due", "policy.worked.head.rule"];
  const call = `<code>schedule(policies["${e(policy.id)}"], { raisedOn: "${WORKED_RAISED_ON}" }${lang === "en" ? "" : `, { lang: "${lang}" }`})</code>`;
  return `<p>${html(lang, "policy.worked.lead", { date: date(WORKED_RAISED_ON), call })}</p>
${table(t(lang, "policy.worked.caption", { id: policy.id, date: WORKED_RAISED_ON }), head.map((key) => t(lang, key)), rows, "timeline")}
${passed}
${plan.calendar.confirmed ? "" : `<p class="note">${html(lang, "policy.worked.projected", { date: date(plan.calendar.confirmedThrough) })}</p>`}`;
}

/** The HTML of a policy's page (its main content) in a language, with the flowchart's SVG (drawn in that language) already rendered. */
export function policyPageBody(policy: Policy, flowchartSvg: string, lang: Language = "en"): string {
  const writer: Writer = { lang, policy, phrases: policyPhrases(policy) };
  const words = (text: string): string => policyWords(lang, text);
  const date = (iso: IsoDate | undefined, none: SiteKey): string => (iso === undefined ? html(lang, none) : dateHtml(lang, iso));
  const facts: [SiteKey, string][] = [
    ["policy.fact.board", words(policy.issuer)],
    ["policy.fact.document", words(policy.document.title)],
    ["policy.fact.version", policy.version === undefined ? html(lang, "policy.notStatedInText") : words(policy.version)],
    ["policy.fact.effectiveFrom", date(policy.effectiveFrom, "policy.notStated")],
    ["policy.fact.approved", date(policy.approved, "policy.notStatedInText")],
    ["policy.fact.reviewDue", date(policy.reviewDue, "policy.notStatedInText")],
    ["policy.fact.calendar", e(calendarName(lang, policy.jurisdiction))],
    ["policy.fact.covers", html(lang, policy.subjects.length === 2 ? "policy.subjects.both" : policy.subjects[0] === "adults" ? "policy.subjects.adults" : "policy.subjects.children")],
    ["policy.fact.id", `<code>${e(policy.id)}</code> (<code>policies["${e(policy.id)}"]</code>, <code>--policy ${e(policy.id)}</code>)`],
  ];
  const roles = policy.roles.map((role) => `<tr><th scope="row"><code>${e(role.id)}</code></th><td>${words(role.title)}</td><td><code>${e(role.kind)}</code></td></tr>`);
  const english = lang === "en" ? "" : ' lang="en"';
  const roleHead: SiteKey[] = ["policy.roles.head.id", "policy.roles.head.title", "policy.roles.head.kind"];
  return `<h1${english}>${e(policy.title)}</h1>
<dl class="facts">
${facts.map(([term, value]) => `<dt>${html(lang, term)}</dt><dd>${value}</dd>`).join("\n")}
</dl>
${policy.document.notes === undefined ? "" : `<h2 id="notes">${html(lang, "policy.heading.notes")}</h2>\n<p${english}>${e(policy.document.notes)}</p>`}
<h2 id="flowchart">${html(lang, "policy.heading.flowchart")}</h2>
<figure class="flowchart" tabindex="0">
<div role="img" aria-labelledby="flowchart-caption">${flowchartSvg}</div>
<figcaption id="flowchart-caption">${html(lang, "policy.flowchart.caption", { id: e(policy.id), renderMermaid: `<code>renderMermaid${lang === "en" ? "" : `(policy, { lang: "${lang}" })`}</code>` })}</figcaption>
</figure>
<h2 id="rules">${html(lang, "policy.heading.rules")}</h2>
<p>${html(lang, "policy.rules.lead")}</p>
${rulesTable(writer)}
<h2 id="readings">${html(lang, "policy.heading.readings")}</h2>
${otherReadings(writer)}
<h2 id="christmas">${html(lang, "policy.heading.christmas")}</h2>
${workedTimeline(writer)}
<h2 id="roles">${html(lang, "policy.heading.roles")}</h2>
${table(t(lang, "policy.roles.caption", { id: policy.id }), roleHead.map((key) => t(lang, key)), roles)}`;
}
