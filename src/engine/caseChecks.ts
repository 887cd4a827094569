// What the engine checks of a case beyond its shape, and the cases it has
// checked already: no dependency on zod (parseCase, in case.ts, reads the
// shape with the schema; the engine reads a case it was given as data with
// caseShape.ts), so that the engine runs without loading the schema library.
import { compareDates, type IsoDate } from "../calendar/isoDate.js";
import { caseIssue, caseIssueMessage, type CaseIssueKey } from "../messages/caseIssues.js";
import type { MessageParams } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import type { PolicyIssue } from "../policy/issues.js";
import type { Policy } from "../policy/schema.js";
import type { Case } from "./case.js";
import { readCaseShape, readFactsShape } from "./caseShape.js";
import { appliesAt, compilePolicy, flagBit, viewOf } from "./compile.js";
import { InvalidCaseError } from "./facts.js";
import type { CaseFacts } from "./types.js";

/**
 * The checks against the policy: names, order, and the ladder's
 * own rules about which stage may follow which.
 */
function caseIssues(data: Case, policy: Policy, lang: Language): PolicyIssue[] {
  const compiled = compilePolicy(policy);
  const issues: PolicyIssue[] = [];
  // Each message is written only when an issue is found: a valid case reads no catalogue.
  const say = (key: CaseIssueKey, path: readonly (string | number)[], params?: MessageParams): void => {
    issues.push(caseIssue(lang, key, path, params));
  };
  const { id } = policy;
  if (data.policy !== id) say("wrong-policy", ["policy"], { given: JSON.stringify(data.policy), policy: JSON.stringify(id) });
  else if (data.policyVersion !== undefined && data.policyVersion !== policy.version) {
    const given = JSON.stringify(data.policyVersion);
    if (policy.version === undefined) say("wrong-version.unversioned", ["policyVersion"], { given, policy: id });
    else say("wrong-version", ["policyVersion"], { given, policy: id, version: JSON.stringify(policy.version) });
  }
  const risk = riskDeadlineIssue(data, lang);
  if (risk !== undefined) issues.push(risk);
  const priorities = compiled.priorityIndex;
  const unknownPriority = (priority: string, path: (string | number)[]): void => {
    const found = priorityIssue(priority, path, policy, lang);
    if (found !== undefined) issues.push(found);
  };
  if (data.priority !== undefined) unknownPriority(data.priority, ["priority"]);
  else if (priorities.size > 0) say("missing-priority", ["priority"], { policy: id, priorities: [...priorities.keys()].join(", ") });
  const flags = [...(data.flags ?? []), ...data.events.flatMap((event) => (event.type === "flagged" ? [event.flag] : []))].reduce((bits, flag) => bits | flagBit(flag), 0);
  const lastPriority = data.events.reduce<string | undefined>((priority, event) => (event.type === "priority-changed" ? event.priority : priority), data.priority);
  const view = viewOf(compiled, { subject: data.subject, flags, priority: compiled.priorityIndex.get(lastPriority ?? "") ?? -1 });
  const { rules, firstLive } = view;
  if (firstLive < 0) {
    if (data.subject === undefined) say("no-applicable-stage", [], { policy: id });
    else say("no-applicable-stage.about", ["subject"], { policy: id, subject: data.subject });
  }
  let current = -1; // no stage entered yet: the case is at the first applicable stage
  let previous: IsoDate = data.raisedOn;
  let resolvedAt: number | undefined;
  let clockStopped = false;
  const done = new Set<string>();
  data.events.forEach((event, e) => {
    const at = (key: string) => ["events", e, key];
    if (compareDates(event.on, data.raisedOn) < 0) say("before-raised", at("on"), { on: event.on, raisedOn: data.raisedOn });
    else if (compareDates(event.on, previous) < 0) say("out-of-order", at("on"), { on: event.on, previous });
    else previous = event.on;
    // After a resolution only what follows it can happen: its steps and duties being done.
    if (resolvedAt !== undefined && (event.type === "stage-entered" || event.type === "resolved")) {
      say(event.type === "resolved" ? "after-resolution.resolved" : "after-resolution.entered", ["events", e]);
      return;
    }
    const here = current < 0 ? firstLive : current;
    if (event.type === "stage-entered" || event.type === "resolved") {
      const position = compiled.stagePosition.get(event.stage);
      if (position === undefined) {
        say("unknown-stage", at("stage"), { stage: JSON.stringify(event.stage), policy: id, stages: policy.stages.map((s) => s.id).join(", ") });
        return;
      }
      const stage = policy.stages[position] as Policy["stages"][number];
      if (event.type === "resolved") {
        // With no stage that applies (said once above), the case is at none: there is no current stage to name.
        if (here >= 0 && position !== here) say("not-current-stage", at("stage"), { current: `${policy.stages[here]?.number}`, stage: stage.number });
        resolvedAt = position;
        return;
      }
      if (view.live[position] !== true) say("stage-not-applicable", at("stage"), { stage: stage.number });
      if (position <= current) {
        say("stage-order", at("stage"), { stage: stage.number, current: `${policy.stages[current]?.number}` });
        return;
      }
      // An outcome says how the stage the case leaves ended: entering the stage it starts at leaves none.
      if (current < 0 && position === here && event.outcome !== undefined) {
        say("outcome-ends-no-stage", at("outcome"), { stage: stage.number });
      }
      // Whether at an entered stage or, before any entry, at the first one:
      // the stages strictly between here and there are the ones passed over.
      const passedOver = policy.stages.map((_, p) => p).filter((p) => p > here && p < position && view.live[p] === true);
      const mayPassOver = rules.some(
        (route) =>
          (route.rule.effect === "start-at-any-stage" && appliesAt(route, here)) ||
          (route.rule.effect === "start-at-stage" && route.target === position && appliesAt(route, here)) ||
          (route.rule.effect === "involve-next-level" && passedOver.length === 1 && appliesAt(route, passedOver[0] as number)),
      );
      if (passedOver.length > 0 && !mayPassOver) {
        const passed = passedOver.map((p) => caseIssueMessage(lang, "stage-skipped.stage", { number: `${policy.stages[p]?.number}` })).join(", ");
        const routes = (policy.rules ?? []).map((r) => r.title).join("; ");
        say(routes === "" ? "stage-skipped.noRoutes" : "stage-skipped", at("stage"), { stage: stage.number, passed, routes });
      }
      current = position;
      return;
    }
    if (event.type === "priority-changed") {
      unknownPriority(event.priority, at("priority"));
      return;
    }
    if (event.type === "clock-stopped" || event.type === "clock-restarted") {
      const stopping = event.type === "clock-stopped";
      if (policy.clockStops === undefined) say("clock-stop-not-allowed", at("type"), { policy: id });
      else if (stopping === clockStopped) say(stopping ? "clock-order.stopped" : "clock-order.notStopped", at("type"));
      clockStopped = stopping;
      return;
    }
    if (event.type === "action-agreed") {
      if (compiled.doneIndex.has(event.action)) say("duplicate-id.policy", at("action"), { action: JSON.stringify(event.action) });
      else if (done.has(`action-agreed:${event.action}`)) say("duplicate-id.action", at("action"), { action: JSON.stringify(event.action) });
      if (compareDates(event.due, event.on) < 0) say("due-before-agreed", at("due"), { due: event.due, on: event.on });
      done.add(`action-agreed:${event.action}`);
      return;
    }
    if (event.type === "flagged") {
      if (data.flags?.includes(event.flag) === true) say("flagged-twice.fromStart", at("flag"), { flag: JSON.stringify(event.flag) });
      else if (done.has(`flagged:${event.flag}`)) say("flagged-twice", at("flag"), { flag: JSON.stringify(event.flag) });
      done.add(`flagged:${event.flag}`);
      return;
    }
    if (event.type === "happened") {
      if (!compiled.eventIndex.has(event.event)) {
        const events = [...compiled.eventIndex.keys()].join(", ");
        say(events === "" ? "unknown-event.none" : "unknown-event", at("event"), { event: JSON.stringify(event.event), policy: id, events });
      } else if (done.has(`happened:${event.event}`)) say("happened-twice", at("event"), { event: JSON.stringify(event.event) });
      done.add(`happened:${event.event}`);
      return;
    }
    const key = event.type === "step-done" ? event.step : event.duty;
    if (done.has(`${event.type}:${key}`)) say("done-twice", at(event.type === "step-done" ? "step" : "duty"), { id: JSON.stringify(key) });
    done.add(`${event.type}:${key}`);
    if (event.type === "step-done") {
      const owner = compiled.steps[compiled.stepIndex.get(event.step) ?? -1];
      if (owner === undefined) say("unknown-step", at("step"), { step: JSON.stringify(event.step), policy: id });
      else if (owner.stage > here) say("step-ahead", at("step"), { step: JSON.stringify(event.step), stage: `${compiled.stages[owner.stage]?.ref.number}` });
    } else if (!compiled.doneIndex.has(event.duty) && !done.has(`action-agreed:${event.duty}`)) {
      say("unknown-duty", at("duty"), { duty: JSON.stringify(event.duty), policy: id });
    }
  });
  return issues;
}


/**
 * @internal Checks a case whose shape has been read against its policy; if
 * it holds, freezes it (the data is the reader's own copy) and remembers it,
 * so the engine takes it again without checking.
 */
export function acceptCase(data: Case, policy: Policy, lang: Language = "en"): { readonly success: true; readonly case: Case } | { readonly success: false; readonly errors: readonly PolicyIssue[] } {
  const issues = caseIssues(data, policy, lang);
  if (issues.length > 0) return { success: false, errors: issues };
  for (const event of data.events) Object.freeze(event);
  Object.freeze(data.events);
  if (data.flags !== undefined) Object.freeze(data.flags);
  const record: Case = Object.freeze(data);
  checkedFor.set(record, policy);
  return { success: true, case: record };
}

// Cases checked here, with the policy each was checked against: the engine
// trusts these. Only cases that passed are kept, and no words with them: a
// refused case is checked again on every call, so its issues are always in
// the language of the call that refuses it.
const checkedFor = new WeakMap<Case, Policy>();

/**
 * @internal The case to assess: one that parseCase (or an earlier call)
 * checked for this policy as it is; anything else is checked now (on every
 * call, since it could change between calls) and refused with its issues,
 * written in `lang`.
 * @throws {@link InvalidCaseError}
 */
export function checkedCase(record: Case, policy: Policy, lang: Language = "en"): Case {
  if (typeof record === "object" && record !== null && checkedFor.get(record) === policy) return record;
  const shape = readCaseShape(record, lang);
  if (!shape.success) throw new InvalidCaseError(shape.issues, { lang });
  const checked = acceptCase(shape.data, policy, lang);
  if (!checked.success) throw new InvalidCaseError(checked.errors, { lang });
  return checked.case;
}

/**
 * @internal The facts {@link schedule} takes, checked as a case's are: known
 * keys only, real dates, a known subject and flags, a risk deadline not
 * before the disagreement arose, a priority the policy sets; refused with its
 * issues written in `lang`.
 * @throws {@link InvalidCaseError}
 */
export function checkedFacts(facts: CaseFacts, policy: Policy, lang: Language = "en"): CaseFacts {
  const shape = readFactsShape(facts, lang);
  if (!shape.success) throw new InvalidCaseError(shape.issues, { lang });
  const { priority } = shape.data;
  const issues = [riskDeadlineIssue(shape.data, lang), priority === undefined ? undefined : priorityIssue(priority, ["priority"], policy, lang)].filter((found) => found !== undefined);
  if (issues.length > 0) throw new InvalidCaseError(issues, { lang });
  return shape.data;
}

/** A priority the policy does not set, named with those it does. */
function priorityIssue(priority: string, path: readonly (string | number)[], policy: Policy, lang: Language): PolicyIssue | undefined {
  const priorities = compilePolicy(policy).priorityIndex;
  if (priorities.has(priority)) return undefined;
  if (priorities.size === 0) return caseIssue(lang, "unknown-priority.none", path, { policy: policy.id });
  return caseIssue(lang, "unknown-priority", path, { priority: JSON.stringify(priority), policy: policy.id, priorities: [...priorities.keys()].join(", ") });
}

function riskDeadlineIssue(facts: CaseFacts, lang: Language): PolicyIssue | undefined {
  if (facts.riskDeadline === undefined || compareDates(facts.riskDeadline, facts.raisedOn) >= 0) return undefined;
  return caseIssue(lang, "risk-deadline-before-raised", ["riskDeadline"], { riskDeadline: facts.riskDeadline, raisedOn: facts.raisedOn });
}
