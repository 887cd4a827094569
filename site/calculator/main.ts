// The timeline calculator: a policy (bundled, or a file read in the page), a
// case's facts and events, and the library, bundled for the browser, works
// out the schedule and, given a date, the assessment. Nothing is sent
// anywhere: there is no server to send it to.
import {
  assess,
  CASE_FLAGS,
  describePolicy,
  FLAG_MEANINGS,
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
  type CaseSubject,
  type IsoDate,
  type Language,
  type Policy,
  type PolicyIssue,
  type Schedule,
} from "../../src/index.js";
import { byId, h } from "./dom.js";
import { EventsEditor } from "./events.js";
import { flowchartFigure } from "./flowchart.js";

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
const langSelect = byId("lang", HTMLSelectElement);
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
/** The language of the results shown now: their dates are written in it too. */
let lang: Language = "en";

const time = (iso: IsoDate): HTMLTimeElement => h("time", { datetime: iso }, formatLongDate(iso, { lang }));
const dateOrWords = (iso: IsoDate | null, none: string): Node | string => (iso === null ? none : time(iso));

// ---- the policy

function offerPolicies(): void {
  policySelect.replaceChildren(...[...choices.entries()].map(([key, policy]) => h("option", { value: key }, key.startsWith("file:") ? `${policy.title} (your file)` : `${policy.issuer} (${policy.id})`)));
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
  subject.replaceChildren(h("option", { value: "" }, "Not stated"), ...subjects.map((value) => h("option", { value }, value === "adult" ? "An adult" : "A child")));
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
        h("label", { for: `flag-${flag}` }, flag.replace(/-/g, " "), h("span", { class: "hint", id: `flag-${flag}-meaning` }, FLAG_MEANINGS[flag])),
      ),
    ),
  );
  events.usePolicy(policy, describePolicy(policy));
  results.hidden = true;
}

function showPolicyErrors(title: string, issues: readonly { path: string; message: string }[]): void {
  policyErrors.replaceChildren(
    h("h3", {}, title),
    h("ul", {}, ...issues.map((issue) => h("li", {}, issue.path === "" ? "" : h("code", { class: "path" }, issue.path), issue.path === "" ? "" : ": ", issue.message))),
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
    showPolicyErrors(`${file.name} is not JSON`, [{ path: "", message: error instanceof Error ? error.message : String(error) }]);
    policyStatus.textContent = `${file.name} could not be used.`;
    return;
  }
  const parsed = parsePolicy(json);
  if (!parsed.success) {
    const errors = parsed.errors.filter((issue: PolicyIssue) => issue.severity === "error");
    showPolicyErrors(`${file.name} is not a valid policy: ${errors.length} ${errors.length === 1 ? "problem" : "problems"}`, errors.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
    policyStatus.textContent = `${file.name} could not be used: see the problems below.`;
    return;
  }
  const key = `file:${file.name}`;
  choices.set(key, parsed.policy);
  offerPolicies();
  policySelect.value = key;
  usePolicy(parsed.policy);
  policyStatus.textContent = `Loaded ${parsed.policy.title} from ${file.name}.`;
}

// ---- the case

function readFacts(policy: Policy): CaseFacts | null {
  raisedOnError.textContent = "";
  raisedOn.removeAttribute("aria-invalid");
  if (raisedOn.value === "") {
    raisedOnError.textContent = "Enter the date the disagreement arose.";
    raisedOn.setAttribute("aria-invalid", "true");
    raisedOn.focus();
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

function showCaseErrors(title: string, issues: readonly PolicyIssue[], rows: readonly HTMLElement[]): void {
  for (const row of rows) row.querySelectorAll("[aria-invalid]").forEach((field) => field.removeAttribute("aria-invalid"));
  for (const issue of issues) {
    // Mark the field of the event a problem is in: ["events", 2, "on"].
    const [top, index, field] = issue.path;
    if (top === "events" && typeof index === "number") rows[index]?.querySelector(field === "on" ? "[data-role=on]" : "[data-role=detail]")?.setAttribute("aria-invalid", "true");
  }
  caseErrors.replaceChildren(h("h3", {}, title), h("ul", {}, ...issues.map((issue) => h("li", {}, h("code", { class: "path" }, formatPath(issue.path)), ": ", issue.message))));
  caseErrors.hidden = false;
  results.hidden = true;
  announce.textContent = title;
  caseErrors.focus();
}

async function calculate(): Promise<void> {
  const policy = choices.get(policySelect.value) as Policy;
  lang = langSelect.value === "cy" ? "cy" : "en";
  caseErrors.hidden = true;
  const facts = readFacts(policy);
  if (facts === null) return;
  const { events: recorded, rows } = events.read();
  let plan: Schedule;
  let assessment: Assessment | null = null;
  try {
    const record = parseCase({ policy: policy.id, ...facts, events: recorded }, policy);
    if (!record.success) return showCaseErrors("The case cannot be worked out as entered", record.errors, rows);
    plan = schedule(policy, facts, { lang });
    if (asOf.value !== "") assessment = assess(policy, record.case, asOf.value, { lang });
    else if (recorded.length > 0) return showCaseErrors("Give a date to assess the case on", [{ severity: "error", code: "no-as-of", path: ["asOf"], message: "With events recorded, the case's standing depends on the date: enter one under Assess." }], rows);
  } catch (error) {
    if (!(error instanceof SafeguardingEscalationError)) throw error;
    const issues = (error as SafeguardingEscalationError & { issues?: readonly PolicyIssue[] }).issues ?? [{ severity: "error", code: error.code, path: [], message: error.message }];
    return showCaseErrors("The case cannot be worked out as entered", issues, rows);
  }
  renderAssessment(assessment);
  renderSchedule(plan, assessment);
  renderIcsLink(plan);
  // A screen reader reads the results in the language they are written in.
  results.setAttribute("lang", lang === "cy" ? "cy" : "en-GB");
  results.hidden = false;
  const current = assessment?.stage ?? null;
  const firstDue = plan.stages.find((stage) => stage.due !== null)?.due ?? undefined;
  announce.textContent =
    assessment === null ? `Schedule worked out: ${plan.stages.filter((stage) => !stage.skipped).length} stages, the first due ${firstDue === undefined ? "with no time limit" : formatLongDate(firstDue, { lang })}.`
    : headline(assessment); // prettier-ignore
  flowchartOut.replaceChildren(h("h3", {}, "Flowchart"), h("p", {}, "Drawing the flowchart…"));
  flowchartOut.replaceChildren(h("h3", {}, "Flowchart"), await flowchartFigure(policy, current));
}

// ---- the results

/** The assessment's headline in its language ("OVERDUE: Stage 2 (…), due …"), as the library's text renderer writes it. */
const headline = (result: Assessment): string => renderAssessmentText(result, { lang }).split("\n", 1)[0] as string;

function renderAssessment(result: Assessment | null): void {
  if (result === null) {
    assessmentOut.replaceChildren();
    return;
  }
  const next = result.escalateTo;
  const parts: (Node | string)[] = [
    h("h3", {}, "Where the case stands on ", time(result.asOf)),
    h(
      "p",
      { id: "state-line" },
      h("span", { class: `state state-${result.state}`, "data-state": result.state }, headline(result)),
    ),
    h("h4", {}, "Why"),
    h("ul", { id: "explanation" }, ...result.explanation.map((line) => h("li", {}, line))),
  ];
  if (next !== null) {
    const where = next.stage !== null ? `Stage ${next.stage.number}: ${next.stage.title}` : (next.final?.title ?? "");
    parts.push(
      h("h4", {}, "Next"),
      h(
        "p",
        { id: "escalate-to" },
        next.requiredNow ? "Escalate now to " : "If not resolved, escalate to ",
        where,
        next.by === null ? "" : h("span", {}, " by ", time(next.by)),
        next.overdue ? " (the time to escalate has passed)" : "",
        next.reason === null ? "" : h("span", { class: "hint" }, next.reason),
      ),
    );
  }
  if (result.duties.length > 0) {
    parts.push(
      h("h4", {}, "Duties still owed"),
      h("ul", {}, ...result.duties.map((duty) => h("li", {}, duty.what, duty.due === null ? "" : h("span", {}, " — due ", time(duty.due), duty.overdue ? " (overdue)" : "")))),
    );
  }
  assessmentOut.replaceChildren(...parts);
}

function renderSchedule(plan: Schedule, result: Assessment | null): void {
  const HEADINGS = ["Stage", "Starts by", "Escalate into it by", "Due", "Limit"] as const;
  // data-label: on a phone each row is shown as a card, each cell under its column's heading.
  const cell = (stage: string, field: string, label: (typeof HEADINGS)[number], content: Node | string) => h("td", { "data-stage": stage, "data-field": field, "data-label": label }, content);
  const rows = plan.stages.map((stage) => {
    const current = result !== null && result.stage.id === stage.id;
    if (stage.skipped) return h("tr", { class: "passed-over" }, h("th", { scope: "row" }, `Stage ${stage.number}: ${stage.title}`), h("td", { colspan: "4", "data-label": "" }, "passed over for this case"));
    const due = stage.due === null ? (stage.limit === null ? "no time limit" : "no date yet") : time(stage.due);
    return h(
      "tr",
      { class: current ? "current" : undefined, "data-stage": stage.id },
      h("th", { scope: "row" }, `Stage ${stage.number}: ${stage.title}`, current ? h("span", { class: "hint" }, "the case is here") : ""),
      cell(stage.id, "start", "Starts by", dateOrWords(stage.start, "—")),
      cell(stage.id, "escalateBy", "Escalate into it by", dateOrWords(stage.escalateBy, "—")),
      cell(stage.id, "due", "Due", due),
      h("td", { "data-label": "Limit" }, stage.governedBy === "risk-deadline" ? "the risk deadline" : (stage.limit?.text ?? "no time limit in the text")),
    );
  });
  if (plan.final !== null) {
    const { final } = plan;
    rows.push(h("tr", {}, h("th", { scope: "row" }, `Then: ${final.title}`), cell("final", "start", "Starts by", "—"), cell("final", "escalateBy", "Escalate into it by", "—"), cell("final", "due", "Due", dateOrWords(final.due, "no time limit")), h("td", { "data-label": "Limit" }, final.limit?.text ?? "no time limit in the text")));
  }
  const table = h(
    "table",
    { id: "schedule-table", class: "cards" },
    h("caption", {}, `Schedule: raised ${formatLongDate(plan.raisedOn)}, each stage running to its limit`),
    h("thead", {}, h("tr", {}, ...HEADINGS.map((heading) => h("th", { scope: "col" }, heading)))),
    h("tbody", {}, ...rows),
  );
  scheduleOut.replaceChildren(
    h("h3", {}, "Schedule"),
    h("div", { class: "table-wrap", role: "region", "aria-label": "Schedule", tabindex: "0" }, table),
    plan.calendar.confirmed ? "" : h("p", { class: "note" }, "Some dates lie after ", time(plan.calendar.confirmedThrough), ": their bank holidays are projected from the rules, not yet confirmed by GOV.UK."),
  );
}

function renderIcsLink(plan: Schedule): void {
  if (icsUrl !== null) URL.revokeObjectURL(icsUrl);
  icsUrl = URL.createObjectURL(new Blob([renderIcs(plan)], { type: "text/calendar" }));
  icsOut.replaceChildren(h("a", { class: "button", id: "ics-link", href: icsUrl, download: `${plan.policy}-${plan.raisedOn}.ics` }, "Download the due dates (.ics calendar file)"));
}

// ---- wiring

// Dates in Welsh come from the browser's Intl, and some browsers carry no Welsh
// calendar data (Chromium's trimmed ICU, for one): there Intl falls back to
// English, and results would mix Welsh sentences with English dates. Welsh is
// offered only where the browser can write it.
const welshDates = Intl.DateTimeFormat.supportedLocalesOf(["cy"]).length > 0;
if (!welshDates) {
  const welsh = langSelect.querySelector<HTMLOptionElement>('option[value="cy"]');
  if (welsh !== null) welsh.disabled = true;
  byId("lang-hint", HTMLSpanElement).textContent = "Cymraeg is not offered in this browser: it has no Welsh calendar data, so it cannot write dates in Welsh (Firefox and Safari can). The results are in English.";
}

offerPolicies();
usePolicy(choices.get(policySelect.value) as Policy);
policySelect.addEventListener("change", () => {
  usePolicy(choices.get(policySelect.value) as Policy);
  policyStatus.textContent = "";
  policyErrors.hidden = true;
});
policyFile.addEventListener("change", () => void loadPolicyFile());
byId("add-event", HTMLButtonElement).addEventListener("click", () => events.add());
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void calculate();
});
document.documentElement.dataset.ready = "true";
