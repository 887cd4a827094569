// The events-so-far editor: one row per event, each a small fieldset with the
// kind of event, what it names (a stage, step, duty, named event, flag or
// priority of the chosen policy) and its date.
import { CASE_FLAGS, FLAG_MEANINGS, type CaseEvent, type Policy, type PolicyDescription } from "../../src/index.js";
import { h } from "./dom.js";

interface EventKind {
  readonly type: CaseEvent["type"];
  readonly label: string;
  /** What the event names, from the policy; null for an event that names nothing. */
  readonly choices: (policy: Policy, described: PolicyDescription) => readonly { readonly value: string; readonly label: string }[] | null;
  /** The field of the event that holds the choice. */
  readonly field: string | null;
  /** Whether the policy lets a case record it. */
  readonly allowed: (policy: Policy, described: PolicyDescription) => boolean;
}

const stages = (_: Policy, d: PolicyDescription) => d.stages.map((stage) => ({ value: stage.id, label: `Stage ${stage.number}: ${stage.title}` }));
const always = () => true;

const KINDS: readonly EventKind[] = [
  { type: "stage-entered", label: "Escalated into a stage", field: "stage", choices: stages, allowed: always },
  { type: "resolved", label: "Resolved at a stage", field: "stage", choices: stages, allowed: always },
  { type: "step-done", label: "A step done", field: "step", choices: (_, d) => d.steps.map((step) => ({ value: step.id, label: step.title })), allowed: (_, d) => d.steps.length > 0 },
  {
    type: "duty-done",
    label: "A duty done, or a route followed",
    field: "duty",
    // One id may be owed at several stages: list it once.
    choices: (_, d) => [...new Map([...d.duties.map((duty) => [duty.id, duty.what] as const), ...d.routes.map((route) => [route.id, `Route: ${route.title}`] as const)]).entries()].map(([value, label]) => ({ value, label })),
    allowed: (_, d) => d.duties.length + d.routes.length > 0,
  },
  { type: "happened", label: "A named event happened", field: "event", choices: (_, d) => d.events.map((event) => ({ value: event.id, label: event.title })), allowed: (_, d) => d.events.length > 0 },
  { type: "flagged", label: "Flagged during the case", field: "flag", choices: () => CASE_FLAGS.map((flag) => ({ value: flag, label: `${flag.replace(/-/g, " ")}: ${FLAG_MEANINGS[flag]}` })), allowed: always },
  { type: "priority-changed", label: "Priority changed", field: "priority", choices: (p) => (p.priorities ?? []).map((priority) => ({ value: priority.id, label: priority.title })), allowed: (p) => p.priorities !== undefined },
  { type: "clock-stopped", label: "Clock stopped", field: "reason", choices: () => null, allowed: (p) => p.clockStops !== undefined },
  { type: "clock-restarted", label: "Clock restarted", field: null, choices: () => null, allowed: (p) => p.clockStops !== undefined },
];

/** The rows of the editor, and the events they hold. */
export class EventsEditor {
  private policy: Policy | null = null;
  private described: PolicyDescription | null = null;
  private serial = 0;

  constructor(private readonly list: HTMLOListElement) {}

  /** A new policy: its own stages, steps and duties; events of the old one no longer mean anything, so they go. */
  usePolicy(policy: Policy, described: PolicyDescription): void {
    this.policy = policy;
    this.described = described;
    this.list.replaceChildren();
  }

  /** Adds a row and puts the keyboard in it. */
  add(): void {
    const { policy, described } = this;
    if (policy === null || described === null) return;
    const id = `event-${++this.serial}`;
    const kinds = KINDS.filter((kind) => kind.allowed(policy, described));
    const type = h("select", { id: `${id}-type`, "data-role": "type" }, ...kinds.map((kind) => h("option", { value: kind.type }, kind.label)));
    const detail = h("div", { class: "field" });
    const on = h("input", { type: "date", id: `${id}-on`, "data-role": "on", min: "2000-01-01", max: "2099-12-31", required: true });
    const row = h("li", { "data-event": id });
    const legendText = h("span");
    const remove = h("button", { type: "button" }, "Remove");
    const fieldset = h(
      "fieldset",
      {},
      h("legend", {}, legendText),
      h("div", { class: "field" }, h("label", { for: type.id }, "What happened"), type),
      detail,
      h("div", { class: "field" }, h("label", { for: on.id }, "On"), on),
      remove,
    );
    row.append(fieldset);
    const showDetail = (): void => {
      const kind = kinds.find((candidate) => candidate.type === type.value) as EventKind;
      const choices = kind.choices(policy, described);
      const control =
        kind.field === null ? null
        : choices === null ? h("input", { type: "text", id: `${id}-detail`, "data-role": "detail", required: true })
        : h("select", { id: `${id}-detail`, "data-role": "detail" }, ...choices.map((choice) => h("option", { value: choice.value }, choice.label))); // prettier-ignore
      detail.replaceChildren(...(control === null ? [] : [h("label", { for: `${id}-detail` }, kind.field === "reason" ? "Why" : "Which"), control]));
      detail.hidden = control === null;
    };
    type.addEventListener("change", showDetail);
    remove.addEventListener("click", () => {
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      this.renumber();
      // Keep the keyboard near where it was, not thrown back to the top of the page.
      const target = next?.querySelector("select") ?? document.getElementById("add-event");
      target?.focus();
    });
    showDetail();
    this.list.append(row);
    this.renumber();
    type.focus();
  }

  /** Each row's legend and remove button say which event they are, for a screen reader's list of controls. */
  private renumber(): void {
    [...this.list.children].forEach((row, index) => {
      const legend = row.querySelector("legend span");
      if (legend !== null) legend.textContent = `Event ${index + 1}`;
      row.querySelector("button")?.setAttribute("aria-label", `Remove event ${index + 1}`);
    });
  }

  /** The events as a case records them, and the row of each (to mark one a problem is found in). */
  read(): { events: Record<string, string>[]; rows: HTMLElement[] } {
    const rows = [...this.list.children] as HTMLElement[];
    const events = rows.map((row) => {
      const type = (row.querySelector("[data-role=type]") as HTMLSelectElement).value;
      const kind = KINDS.find((candidate) => candidate.type === type) as EventKind;
      const event: Record<string, string> = { type, on: (row.querySelector("[data-role=on]") as HTMLInputElement).value };
      const detail = row.querySelector<HTMLInputElement | HTMLSelectElement>("[data-role=detail]");
      if (kind.field !== null && detail !== null) event[kind.field] = detail.value;
      return event;
    });
    return { events, rows };
  }
}
