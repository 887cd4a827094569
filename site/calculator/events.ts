// The events-so-far editor: one row per event, each a small fieldset with the
// kind of event, what it names (a stage, step, duty, named event, flag or
// priority of the chosen policy) and its date. Its words are in the page's
// language, and switch with it; what it names from the policy is the policy's.
import { CASE_FLAGS, type CaseEvent, type Language, type Policy, type PolicyDescription } from "../../src/index.js";
import { message, type MessageKey } from "../../src/messages/index.js";
import { t, type SiteKey } from "../messages/index.js";
import { h } from "./dom.js";
import { bind, say } from "./i18n.js";

/** A choice of what an event names: its value, and its words in a language. */
interface Choice {
  readonly value: string;
  readonly label: (lang: Language) => string;
}

interface EventKind {
  readonly type: CaseEvent["type"];
  /** What the event names, from the policy; null for an event that names nothing. */
  readonly choices: (policy: Policy, described: PolicyDescription) => readonly Choice[] | null;
  /** The field of the event that holds the choice. */
  readonly field: string | null;
  /** Whether the policy lets a case record it. */
  readonly allowed: (policy: Policy, described: PolicyDescription) => boolean;
}

/** The policy's own words: the same in every language. */
const as = (text: string) => (): string => text;
const stages = (_: Policy, d: PolicyDescription): Choice[] => d.stages.map((stage) => ({ value: stage.id, label: (lang) => t(lang, "event.stage", { number: stage.number, title: stage.title }) }));
const always = () => true;

const KINDS: readonly EventKind[] = [
  { type: "stage-entered", field: "stage", choices: stages, allowed: always },
  { type: "resolved", field: "stage", choices: stages, allowed: always },
  { type: "step-done", field: "step", choices: (_, d) => d.steps.map((step) => ({ value: step.id, label: as(step.title) })), allowed: (_, d) => d.steps.length > 0 },
  {
    type: "duty-done",
    field: "duty",
    // One id may be owed at several stages: list it once.
    choices: (_, d) =>
      [...new Map<string, Choice["label"]>([...d.duties.map((duty) => [duty.id, as(duty.what)] as const), ...d.routes.map((route) => [route.id, (lang: Language) => t(lang, "event.route", { title: route.title })] as const)]).entries()].map(([value, label]) => ({ value, label })),
    allowed: (_, d) => d.duties.length + d.routes.length > 0,
  },
  { type: "happened", field: "event", choices: (_, d) => d.events.map((event) => ({ value: event.id, label: as(event.title) })), allowed: (_, d) => d.events.length > 0 },
  {
    type: "flagged",
    field: "flag",
    choices: () => CASE_FLAGS.map((flag) => ({ value: flag, label: (lang) => t(lang, "event.flag", { flag: message(lang, `flag.${flag}` as MessageKey), meaning: t(lang, `flag.${flag}.meaning` as SiteKey) }) })),
    allowed: always,
  },
  { type: "priority-changed", field: "priority", choices: (p) => (p.priorities ?? []).map((priority) => ({ value: priority.id, label: as(priority.title) })), allowed: (p) => p.priorities !== undefined },
  { type: "clock-stopped", field: "reason", choices: () => null, allowed: (p) => p.clockStops !== undefined },
  { type: "clock-restarted", field: null, choices: () => null, allowed: (p) => p.clockStops !== undefined },
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
    const type = h("select", { id: `${id}-type`, "data-role": "type" }, ...kinds.map((kind) => say(h("option", { value: kind.type }), `event.type.${kind.type}` as SiteKey)));
    const detail = h("div", { class: "field" });
    const on = h("input", { type: "date", id: `${id}-on`, "data-role": "on", min: "2000-01-01", max: "2099-12-31", required: true });
    const row = h("li", { "data-event": id });
    const legendText = h("span");
    const remove = say(h("button", { type: "button" }), "event.remove");
    const fieldset = h(
      "fieldset",
      {},
      h("legend", {}, legendText),
      h("div", { class: "field" }, say(h("label", { for: type.id }), "event.what"), type),
      detail,
      h("div", { class: "field" }, say(h("label", { for: on.id }), "event.on"), on),
      remove,
    );
    row.append(fieldset);
    const showDetail = (): void => {
      const kind = kinds.find((candidate) => candidate.type === type.value) as EventKind;
      const choices = kind.choices(policy, described);
      const control =
        kind.field === null ? null
        : choices === null ? h("input", { type: "text", id: `${id}-detail`, "data-role": "detail", required: true })
        : h("select", { id: `${id}-detail`, "data-role": "detail" }, ...choices.map((choice) => bind(h("option", { value: choice.value }), choice.label))); // prettier-ignore
      detail.replaceChildren(...(control === null ? [] : [say(h("label", { for: `${id}-detail` }), kind.field === "reason" ? "event.why" : "event.which"), control]));
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
      if (legend !== null) say(legend, "event.legend", { number: index + 1 });
      const remove = row.querySelector("button");
      if (remove !== null) say(remove, "event.removeLabel", { number: index + 1 }, "aria-label");
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
