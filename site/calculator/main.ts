// The timeline calculator: a policy (bundled, or a file read in the page), a
// case's facts and events, and the library, bundled for the browser, works
// out the schedule and, given a date, the assessment. Nothing is sent
// anywhere: there is no server to send it to. The page is in English or
// Welsh (its switch changes every word in place); the results are written
// in the page's language by the library itself (`lang`), except where the
// browser cannot write Welsh dates: then they are in English, and the page
// says so, rather than put English dates inside Welsh sentences.
import {
  assess,
  CASE_FLAGS,
  describePolicy,
  formatLongDate,
  formatPath,
  parseCase,
  parsePolicy,
  policies,
  renderAssessmentText,
  renderIcs,
  SafeguardingEscalationError,
  schedule,
  type Assessment,
  type CaseFacts,
  type CaseFlag,
  type Case,
  type CaseSubject,
  type IsoDate,
  type Language,
  type Policy,
  type PolicyIssue,
  type Schedule,
} from "../../src/index.js";
import { message, type MessageKey } from "../../src/messages/index.js";
import { HTML_LANG, t, tParts, type SiteKey } from "../messages/index.js";
import { policyPhrases, splitPolicyPhrases } from "../shared/policyPhrases.js";
import { byId, h } from "./dom.js";
import { EventsEditor } from "./events.js";
import { flowchartFigure } from "./flowchart.js";
import { bind, pageLanguage, say, setLanguage, unsay } from "./i18n.js";

const form = byId("case-form", HTMLFormElement);
const policySelect = byId("policy", HTMLSelectElement);
const policyFile = byId("policy-file", HTMLInputElement);
const policyStatus = byId("policy-status", HTMLParagraphElement);
const policyErrors = byId("policy-errors", HTMLDivElement);
const raisedOn = byId("raised-on", HTMLInputElement);
const raisedOnError = byId("raised-on-error", HTMLSpanElement);
const subject = byId("subject", HTMLSelectElement);
const priorityField = byId("priority-field", HTMLDivElement);
const priority = byId("priority", HTMLSelectElement);
const riskDeadline = byId("risk-deadline", HTMLInputElement);
const flagsField = byId("flags-field", HTMLFieldSetElement);
const flags = byId("flags", HTMLUListElement);
const asOf = byId("as-of", HTMLInputElement);
const langSwitch = byId("lang-switch", HTMLButtonElement);
const langAnnounce = byId("lang-announce", HTMLParagraphElement);
const langNotice = byId("lang-notice", HTMLParagraphElement);
const announce = byId("announce", HTMLDivElement);
const caseErrors = byId("case-errors", HTMLDivElement);
const results = byId("results", HTMLElement);
const assessmentOut = byId("assessment", HTMLDivElement);
const scheduleOut = byId("schedule", HTMLDivElement);
const icsOut = byId("ics", HTMLParagraphElement);
const flowchartOut = byId("flowchart", HTMLDivElement);
const events = new EventsEditor(byId("events", HTMLOListElement));

/** The policies on offer: the bundled ones, and any loaded from a file (by a key of their own). */
const choices = new Map<string, Policy>(Object.entries(policies));
let icsUrl: string | null = null;

/** The language the results shown now are written in, and the board's phrases to mark inside them. */
interface Results {
  readonly lang: Language;
  readonly phrases: readonly string[];
}

const time = (out: Results, iso: IsoDate): HTMLTimeElement => h("time", { datetime: iso }, formatLongDate(iso, { lang: out.lang }));
const dateOrWords = (out: Results, iso: IsoDate | null, none: string): Node | string => (iso === null ? none : time(out, iso));

/** The board's own words, marked English inside Welsh results so that a screen reader reads them as English. */
const policyText = (out: Results, text: string): Node | string => (out.lang === "en" ? text : h("span", { lang: "en" }, text));

/** A sentence of the library's, with the board's phrases inside it marked (Welsh around English titles and quotes). */
function libraryText(out: Results, text: string): (Node | string)[] {
  if (out.lang === "en") return [text];
  return splitPolicyPhrases(text, out.phrases).map((piece) => (piece.policy ? policyText(out, piece.text) : piece.text));
}

/** A message of the results' language, its placeholders filled with text or nodes. */
const words = (out: Results, key: SiteKey, params: Readonly<Record<string, Node | string>> = {}): (Node | string)[] => tParts(out.lang, key, params);

// ---- the policy

function offerPolicies(): void {
  policySelect.replaceChildren(
    ...[...choices.entries()].map(([key, policy]) =>
      key.startsWith("file:")
        ? say(h("option", { value: key }), "calc.policy.optionFile", { title: policy.title })
        : say(h("option", { value: key, lang: "en" }), "calc.policy.option", { issuer: policy.issuer, id: policy.id }),
    ),
  );
}

/** The flags a policy's rules, routes and limits turn on: the only ones that can change its dates. */
function flagsUsedBy(policy: Policy): CaseFlag[] {
  const used = new Set<string>();
  JSON.stringify(policy, (key, value: unknown) => {
    if (key === "flag" && typeof value === "string") used.add(value);
    if (key === "flagged") for (const flag of typeof value === "string" ? [value] : (value as string[])) used.add(flag);
    return value;
  });
  return CASE_FLAGS.filter((flag) => used.has(flag));
}

function usePolicy(policy: Policy): void {
  const subjects = policy.subjects.map((covered) => (covered === "adults" ? "adult" : "child"));
  subject.replaceChildren(say(h("option", { value: "" }), "calc.subject.notStated"), ...subjects.map((value) => say(h("option", { value }), value === "adult" ? "calc.subject.adult" : "calc.subject.child")));
  priorityField.hidden = policy.priorities === undefined;
  priority.replaceChildren(...(policy.priorities ?? []).map((level) => h("option", { value: level.id }, level.title)));
  const used = flagsUsedBy(policy);
  flagsField.hidden = used.length === 0;
  flags.replaceChildren(
    ...used.map((flag) =>
      h(
        "li",
        {},
        h("input", { type: "checkbox", id: `flag-${flag}`, value: flag, "aria-describedby": `flag-${flag}-meaning` }),
        h(
          "label",
          { for: `flag-${flag}` },
          // The flag's name as the library's sentences name it; its meaning from the site's words.
          bind(h("span"), (lang) => message(lang, `flag.${flag}` as MessageKey)),
          say(h("span", { class: "hint", id: `flag-${flag}-meaning` }), `flag.${flag}.meaning` as SiteKey),
        ),
      ),
    ),
  );
  events.usePolicy(policy, describePolicy(policy));
  results.hidden = true;
  langNotice.hidden = true;
}

function showPolicyErrors(title: HTMLElement, issues: readonly { path: string; message: string }[]): void {
  policyErrors.replaceChildren(
    title,
    // The library's error messages are for whoever wrote the file, in English.
    h("ul", { lang: HTML_LANG.en }, ...issues.map((issue) => h("li", {}, issue.path === "" ? "" : h("code", { class: "path" }, issue.path), issue.path === "" ? "" : ": ", issue.message))),
  );
  policyErrors.hidden = false;
  policyErrors.focus();
}

async function loadPolicyFile(): Promise<void> {
  const file = policyFile.files?.[0];
  if (file === undefined) return;
  policyErrors.hidden = true;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    showPolicyErrors(say(h("h3"), "calc.policyFile.notJson", { file: file.name }), [{ path: "", message: error instanceof Error ? error.message : String(error) }]);
    say(policyStatus, "calc.policyFile.unusable", { file: file.name });
    return;
  }
  const parsed = parsePolicy(json);
  if (!parsed.success) {
    const errors = parsed.errors.filter((issue: PolicyIssue) => issue.severity === "error");
    showPolicyErrors(say(h("h3"), "calc.policyFile.invalid", { file: file.name, count: errors.length }), errors.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
    say(policyStatus, "calc.policyFile.unusableSeeBelow", { file: file.name });
    return;
  }
  const key = `file:${file.name}`;
  choices.set(key, parsed.policy);
  offerPolicies();
  policySelect.value = key;
  usePolicy(parsed.policy);
  say(policyStatus, "calc.policyFile.loaded", { title: parsed.policy.title, file: file.name });
}

// ---- the case

function readFacts(policy: Policy, quiet: boolean): CaseFacts | null {
  unsay(raisedOnError);
  raisedOn.removeAttribute("aria-invalid");
  if (raisedOn.value === "") {
    say(raisedOnError, "calc.raisedOn.missing");
    raisedOn.setAttribute("aria-invalid", "true");
    if (!quiet) raisedOn.focus();
    return null;
  }
  const checked = [...flags.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value as CaseFlag);
  // Only what was given: parseCase and schedule refuse a wrong value, and say where.
  return {
    raisedOn: raisedOn.value,
    ...(subject.value === "" ? {} : { subject: subject.value as CaseSubject }),
    ...(riskDeadline.value === "" ? {} : { riskDeadline: riskDeadline.value }),
    ...(checked.length === 0 ? {} : { flags: checked }),
    ...(policy.priorities === undefined ? {} : { priority: priority.value }),
  };
}

function showCaseErrors(title: SiteKey, issues: readonly PolicyIssue[], rows: readonly HTMLElement[], quiet: boolean): void {
  for (const row of rows) row.querySelectorAll("[aria-invalid]").forEach((field) => field.removeAttribute("aria-invalid"));
  for (const issue of issues) {
    // Mark the field of the event a problem is in: ["events", 2, "on"].
    const [top, index, field] = issue.path;
    if (top === "events" && typeof index === "number") rows[index]?.querySelector(field === "on" ? "[data-role=on]" : "[data-role=detail]")?.setAttribute("aria-invalid", "true");
  }
  // The library's messages are for the developer integrating it, in English; the page's own, in the page's language.
  const message = (issue: PolicyIssue): HTMLElement => (issue.code === "no-as-of" ? say(h("span"), "calc.error.noAsOf") : h("span", { lang: HTML_LANG.en }, issue.message));
  caseErrors.replaceChildren(say(h("h3"), title), h("ul", {}, ...issues.map((issue) => h("li", {}, h("code", { class: "path" }, formatPath(issue.path)), ": ", message(issue)))));
  caseErrors.hidden = false;
  results.hidden = true;
  langNotice.hidden = true;
  if (quiet) return;
  announce.setAttribute("lang", HTML_LANG[pageLanguage()]);
  announce.textContent = t(pageLanguage(), title);
  caseErrors.focus();
}

/** What the library worked out, in one language. */
function workOut(policy: Policy, facts: CaseFacts, record: Case | null, lang: Language): { plan: Schedule; assessment: Assessment | null } {
  const plan = schedule(policy, facts, { lang });
  return { plan, assessment: record === null || asOf.value === "" ? null : assess(policy, record, asOf.value, { lang }) };
}

/** Works the case out and shows it; `quiet` (after a language switch) leaves the keyboard and the announcements alone. */
async function calculate(quiet = false): Promise<void> {
  const policy = choices.get(policySelect.value) as Policy;
  const lang = pageLanguage();
  caseErrors.hidden = true;
  const facts = readFacts(policy, quiet);
  if (facts === null) return;
  const { events: recorded, rows } = events.read();
  let worked: ReturnType<typeof workOut>;
  let resultsLang = lang;
  try {
    const record = parseCase({ policy: policy.id, ...facts, events: recorded }, policy);
    if (!record.success) return showCaseErrors("calc.error.cannotWorkOut", record.errors, rows, quiet);
    if (asOf.value === "" && recorded.length > 0) return showCaseErrors("calc.error.noAsOf.title", [{ severity: "error", code: "no-as-of", path: ["asOf"], message: t("en", "calc.error.noAsOf") }], rows, quiet);
    try {
      worked = workOut(policy, facts, record.case, lang);
    } catch (error) {
      // The browser cannot write dates in this language (no Welsh calendar data in its Intl):
      // the results in English, and a notice why, never English dates in Welsh sentences.
      if (!(error instanceof SafeguardingEscalationError) || error.code !== "locale-data-unavailable") throw error;
      resultsLang = "en";
      worked = workOut(policy, facts, record.case, "en");
    }
  } catch (error) {
    if (!(error instanceof SafeguardingEscalationError)) throw error;
    const issues = (error as SafeguardingEscalationError & { issues?: readonly PolicyIssue[] }).issues ?? [{ severity: "error", code: error.code, path: [], message: error.message }];
    return showCaseErrors("calc.error.cannotWorkOut", issues, rows, quiet);
  }
  const { plan, assessment } = worked;
  const out: Results = { lang: resultsLang, phrases: policyPhrases(policy) };
  if (resultsLang === lang) {
    unsay(langNotice);
    langNotice.hidden = true;
  } else {
    say(langNotice, "calc.results.noWelshDates");
    langNotice.hidden = false;
  }
  renderAssessment(out, assessment);
  renderSchedule(out, plan, assessment);
  renderIcsLink(out, plan);
  // A screen reader reads the results in the language they are written in.
  results.setAttribute("lang", HTML_LANG[resultsLang]);
  results.hidden = false;
  const current = assessment?.stage ?? null;
  if (!quiet) {
    const firstDue = plan.stages.find((stage) => stage.due !== null)?.due ?? undefined;
    announce.setAttribute("lang", HTML_LANG[resultsLang]);
    announce.textContent =
      assessment === null ? t(resultsLang, "calc.announce.schedule", { count: plan.stages.filter((stage) => !stage.skipped).length, first: firstDue === undefined ? t(resultsLang, "calc.announce.noLimit") : formatLongDate(firstDue, { lang: resultsLang }) })
      : headline(out, assessment); // prettier-ignore
  }
  const heading = h("h3", {}, t(resultsLang, "calc.flowchart.heading"));
  flowchartOut.replaceChildren(heading, h("p", {}, t(resultsLang, "calc.flowchart.drawing")));
  flowchartOut.replaceChildren(heading, await flowchartFigure(policy, current, resultsLang));
}

// ---- the results

/** The assessment's headline in its language ("OVERDUE: Stage 2 (…), due …"), as the library's text renderer writes it. */
const headline = (out: Results, result: Assessment): string => renderAssessmentText(result, { lang: out.lang }).split("\n", 1)[0] as string;

function renderAssessment(out: Results, result: Assessment | null): void {
  if (result === null) {
    assessmentOut.replaceChildren();
    return;
  }
  const next = result.escalateTo;
  const parts: (Node | string)[] = [
    h("h3", {}, ...words(out, "calc.standing.heading", { date: time(out, result.asOf) })),
    h("p", { id: "state-line" }, h("span", { class: `state state-${result.state}`, "data-state": result.state }, ...libraryText(out, headline(out, result)))),
    h("h4", {}, t(out.lang, "calc.standing.why")),
    h("ul", { id: "explanation" }, ...result.explanation.map((line) => h("li", {}, ...libraryText(out, line)))),
  ];
  if (next !== null) {
    const where = next.stage !== null ? words(out, "calc.next.stage", { number: String(next.stage.number), title: policyText(out, next.stage.title) }) : [policyText(out, next.final?.title ?? "")];
    parts.push(
      h("h4", {}, t(out.lang, "calc.standing.next")),
      h(
        "p",
        { id: "escalate-to" },
        ...words(out, next.requiredNow ? "calc.next.now" : "calc.next.ifNot", { where: h("span", {}, ...where) }),
        next.by === null ? "" : h("span", {}, ...words(out, "calc.next.by", { date: time(out, next.by) })),
        next.overdue ? t(out.lang, "calc.next.passed") : "",
        next.reason === null ? "" : h("span", { class: "hint" }, ...libraryText(out, next.reason)),
      ),
    );
  }
  if (result.duties.length > 0) {
    parts.push(
      h("h4", {}, t(out.lang, "calc.duties.heading")),
      h("ul", {}, ...result.duties.map((duty) => h("li", {}, policyText(out, duty.what), duty.due === null ? "" : h("span", {}, ...words(out, "calc.duties.due", { date: time(out, duty.due) }), duty.overdue ? t(out.lang, "calc.duties.overdue") : "")))),
    );
  }
  assessmentOut.replaceChildren(...parts);
}

function renderSchedule(out: Results, plan: Schedule, result: Assessment | null): void {
  const { lang } = out;
  const HEADINGS = { stage: "calc.schedule.head.stage", start: "calc.schedule.head.start", escalateBy: "calc.schedule.head.escalateBy", due: "calc.schedule.head.due", limit: "calc.schedule.head.limit" } as const;
  // data-label: on a phone each row is shown as a card, each cell under its column's heading.
  const cell = (stage: string, field: "start" | "escalateBy" | "due", content: Node | string) => h("td", { "data-stage": stage, "data-field": field, "data-label": t(lang, HEADINGS[field]) }, content);
  const limitCell = (...content: (Node | string)[]) => h("td", { "data-label": t(lang, HEADINGS.limit) }, ...content);
  const stageName = (number: number, title: string) => words(out, "calc.schedule.stage", { number: String(number), title: policyText(out, title) });
  const rows = plan.stages.map((stage) => {
    const current = result !== null && result.stage.id === stage.id;
    if (stage.skipped) return h("tr", { class: "passed-over" }, h("th", { scope: "row" }, ...stageName(stage.number, stage.title)), h("td", { colspan: "4", "data-label": "" }, t(lang, "calc.schedule.passedOver")));
    const due = stage.due === null ? t(lang, stage.limit === null ? "calc.schedule.noLimit" : "calc.schedule.noDate") : time(out, stage.due);
    return h(
      "tr",
      { class: current ? "current" : undefined, "data-stage": stage.id },
      h("th", { scope: "row" }, ...stageName(stage.number, stage.title), current ? h("span", { class: "hint" }, t(lang, "calc.schedule.here")) : ""),
      cell(stage.id, "start", dateOrWords(out, stage.start, t(lang, "site.none"))),
      cell(stage.id, "escalateBy", dateOrWords(out, stage.escalateBy, t(lang, "site.none"))),
      cell(stage.id, "due", due),
      stage.governedBy === "risk-deadline" ? limitCell(t(lang, "calc.schedule.riskDeadline")) : stage.limit === null ? limitCell(t(lang, "calc.schedule.noLimitInText")) : limitCell(...libraryText(out, stage.limit.text)),
    );
  });
  if (plan.final !== null) {
    const { final } = plan;
    rows.push(
      h(
        "tr",
        {},
        h("th", { scope: "row" }, ...words(out, "calc.schedule.final", { title: policyText(out, final.title) })),
        cell("final", "start", t(lang, "site.none")),
        cell("final", "escalateBy", t(lang, "site.none")),
        cell("final", "due", dateOrWords(out, final.due, t(lang, "calc.schedule.noLimit"))),
        final.limit === null ? limitCell(t(lang, "calc.schedule.noLimitInText")) : limitCell(...libraryText(out, final.limit.text)),
      ),
    );
  }
  const table = h(
    "table",
    { id: "schedule-table", class: "cards" },
    h("caption", {}, ...words(out, "calc.schedule.caption", { date: time(out, plan.raisedOn) })),
    h("thead", {}, h("tr", {}, ...Object.values(HEADINGS).map((heading) => h("th", { scope: "col" }, t(lang, heading))))),
    h("tbody", {}, ...rows),
  );
  scheduleOut.replaceChildren(
    h("h3", {}, t(lang, "calc.schedule.heading")),
    h("div", { class: "table-wrap", role: "region", "aria-label": t(lang, "calc.schedule.heading"), tabindex: "0" }, table),
    plan.calendar.confirmed ? "" : h("p", { class: "note" }, ...words(out, "calc.schedule.projected", { date: time(out, plan.calendar.confirmedThrough) })),
  );
}

function renderIcsLink(out: Results, plan: Schedule): void {
  if (icsUrl !== null) URL.revokeObjectURL(icsUrl);
  // The plan was made in the results' language: its events' words are written in it too.
  icsUrl = URL.createObjectURL(new Blob([renderIcs(plan, { lang: out.lang })], { type: "text/calendar" }));
  icsOut.replaceChildren(h("a", { class: "button", id: "ics-link", href: icsUrl, download: `${plan.policy}-${plan.raisedOn}.ics`, hreflang: HTML_LANG[out.lang] }, t(out.lang, "calc.ics")));
}

// ---- wiring

/** The switch: every word of the page into the other language, the results worked out again in it, and said so. */
function switchLanguage(): void {
  const next: Language = pageLanguage() === "cy" ? "en" : "cy";
  setLanguage(next);
  const other: Language = next === "cy" ? "en" : "cy";
  langSwitch.setAttribute("lang", HTML_LANG[other]);
  langSwitch.dataset.lang = other;
  langAnnounce.setAttribute("lang", HTML_LANG[next]);
  langAnnounce.textContent = t(next, "site.lang.switched");
  // The address follows, so that a reload or a link shared keeps the language (a page opened from a file may not allow it).
  try {
    history.replaceState(null, "", next === "cy" ? "index.cy.html" : "index.html");
  } catch {
    // The words switched all the same.
  }
  if (!results.hidden || !caseErrors.hidden) void calculate(true);
}

offerPolicies();
usePolicy(choices.get(policySelect.value) as Policy);
policySelect.addEventListener("change", () => {
  usePolicy(choices.get(policySelect.value) as Policy);
  unsay(policyStatus);
  policyErrors.hidden = true;
});
policyFile.addEventListener("change", () => void loadPolicyFile());
byId("add-event", HTMLButtonElement).addEventListener("click", () => events.add());
langSwitch.addEventListener("click", switchLanguage);
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void calculate();
});
document.documentElement.dataset.ready = "true";
