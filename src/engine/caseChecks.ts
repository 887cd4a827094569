// What the engine checks of a case beyond its shape, and the cases it has
// checked already: no dependency on zod (parseCase, in case.ts, reads the
// shape with the schema; the engine reads a case it was given as data with
// caseShape.ts), so that the engine runs without loading the schema library.
import { compareDates, type IsoDate } from "../calendar/isoDate.js";
import { issue, type PolicyIssue } from "../policy/issues.js";
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
function caseIssues(data: Case, policy: Policy): PolicyIssue[] {
  const compiled = compilePolicy(policy);
  const issues: PolicyIssue[] = [];
  if (data.policy !== policy.id) issues.push(issue("wrong-policy", ["policy"], `The case follows policy ${JSON.stringify(data.policy)}, not ${JSON.stringify(policy.id)}.`));
  else if (data.policyVersion !== undefined && data.policyVersion !== policy.version) {
    issues.push(issue("wrong-version", ["policyVersion"], `The case was raised under version ${JSON.stringify(data.policyVersion)} of ${policy.id}, not ${policy.version === undefined ? "this unversioned one" : JSON.stringify(policy.version)}: assess it against the version it pins.`));
  }
  const risk = riskDeadlineIssue(data);
  if (risk !== undefined) issues.push(risk);
  const priorities = compiled.priorityIndex;
  const unknownPriority = (priority: string, path: (string | number)[]): void => {
    if (!priorities.has(priority)) issues.push(issue("unknown-priority", path, priorities.size === 0 ? `${policy.id} sets no priorities.` : `${JSON.stringify(priority)} is not one of the priorities of ${policy.id} (${[...priorities.keys()].join(", ")}).`));
  };
  if (data.priority !== undefined) unknownPriority(data.priority, ["priority"]);
  else if (priorities.size > 0) issues.push(issue("missing-priority", ["priority"], `${policy.id} sets its limits by priority: the case must say which (${[...priorities.keys()].join(", ")}).`));
  const flags = [...(data.flags ?? []), ...data.events.flatMap((event) => (event.type === "flagged" ? [event.flag] : []))].reduce((bits, flag) => bits | flagBit(flag), 0);
  const lastPriority = data.events.reduce<string | undefined>((priority, event) => (event.type === "priority-changed" ? event.priority : priority), data.priority);
  const view = viewOf(compiled, { subject: data.subject, flags, priority: compiled.priorityIndex.get(lastPriority ?? "") ?? -1 });
  const { rules, firstLive } = view;
  if (firstLive < 0) {
    issues.push(issue("no-applicable-stage", data.subject === undefined ? [] : ["subject"], `None of the stages of ${policy.id} applies to this case${data.subject === undefined ? "" : ` (about ${data.subject})`}.`));
  }
  let current = -1; // no stage entered yet: the case is at the first applicable stage
  let previous: IsoDate = data.raisedOn;
  let resolvedAt: number | undefined;
  let clockStopped = false;
  const done = new Set<string>();
  data.events.forEach((event, e) => {
    const at = (key: string) => ["events", e, key];
    if (compareDates(event.on, data.raisedOn) < 0) issues.push(issue("before-raised", at("on"), `This event (${event.on}) is before the disagreement arose (${data.raisedOn}).`));
    else if (compareDates(event.on, previous) < 0) issues.push(issue("out-of-order", at("on"), `Events must be in date order: ${event.on} comes after ${previous}.`));
    else previous = event.on;
    // After a resolution only what follows it can happen: its steps and duties being done.
    if (resolvedAt !== undefined && (event.type === "stage-entered" || event.type === "resolved")) {
      issues.push(issue("after-resolution", ["events", e], `The case was already resolved: it cannot ${event.type === "resolved" ? "be resolved again" : "enter another stage"}.`));
      return;
    }
    const here = current < 0 ? firstLive : current;
    if (event.type === "stage-entered" || event.type === "resolved") {
      const position = compiled.stagePosition.get(event.stage);
      if (position === undefined) {
        issues.push(issue("unknown-stage", at("stage"), `${JSON.stringify(event.stage)} is not a stage of ${policy.id} (${policy.stages.map((s) => s.id).join(", ")}).`));
        return;
      }
      const stage = policy.stages[position] as Policy["stages"][number];
      if (event.type === "resolved") {
        if (position !== here) issues.push(issue("not-current-stage", at("stage"), `The case is at Stage ${policy.stages[here]?.number}, not Stage ${stage.number}: it can only be resolved at its current stage.`));
        resolvedAt = position;
        return;
      }
      if (view.live[position] !== true) issues.push(issue("stage-not-applicable", at("stage"), `Stage ${stage.number} does not apply to this case.`));
      if (position <= current) {
        issues.push(issue("stage-order", at("stage"), `Stage ${stage.number} cannot be entered after Stage ${policy.stages[current]?.number}: stages only move up the ladder.`));
        return;
      }
      // An outcome says how the stage the case leaves ended: entering the stage it starts at leaves none.
      if (current < 0 && position === here && event.outcome !== undefined) {
        issues.push(issue("outcome-ends-no-stage", at("outcome"), `Entering Stage ${stage.number} ends no earlier stage of this case: an outcome belongs on the event that ends a stage (the next stage-entered, or resolved).`));
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
        issues.push(issue("stage-skipped", at("stage"), `Entering Stage ${stage.number} passes over ${passedOver.map((p) => `Stage ${policy.stages[p]?.number}`).join(", ")}; the policy allows that only through one of its routes (${(policy.rules ?? []).map((r) => r.title).join("; ") || "it has none"}), and none applies to this case.`));
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
      if (policy.clockStops === undefined) issues.push(issue("clock-stop-not-allowed", at("type"), `${policy.id} does not let the clock be stopped: its due dates run on.`));
      else if (stopping === clockStopped) issues.push(issue("clock-order", at("type"), stopping ? "The clock is already stopped: restart it before stopping it again." : "The clock is not stopped: there is nothing to restart."));
      clockStopped = stopping;
      return;
    }
    if (event.type === "action-agreed") {
      if (compiled.doneIndex.has(event.action) || done.has(`action-agreed:${event.action}`)) issues.push(issue("duplicate-id", at("action"), `${JSON.stringify(event.action)} already names ${compiled.doneIndex.has(event.action) ? "a duty or route of the policy" : "an action agreed earlier"}: give each agreed action its own id.`));
      if (compareDates(event.due, event.on) < 0) issues.push(issue("due-before-agreed", at("due"), `The action is due on ${event.due}, before it was agreed (${event.on}).`));
      done.add(`action-agreed:${event.action}`);
      return;
    }
    if (event.type === "flagged") {
      if (done.has(`flagged:${event.flag}`) || data.flags?.includes(event.flag) === true) issues.push(issue("flagged-twice", at("flag"), `The case already carries the flag ${JSON.stringify(event.flag)}${data.flags?.includes(event.flag) === true ? " from the start (its flags)" : ""}: a flag is raised once.`));
      done.add(`flagged:${event.flag}`);
      return;
    }
    if (event.type === "happened") {
      if (!compiled.eventIndex.has(event.event)) issues.push(issue("unknown-event", at("event"), `${JSON.stringify(event.event)} is not one of the named events of ${policy.id} (${[...compiled.eventIndex.keys()].join(", ") || "it declares none"}).`));
      else if (done.has(`happened:${event.event}`)) issues.push(issue("happened-twice", at("event"), `${JSON.stringify(event.event)} is already recorded as having happened: limits run from the first time.`));
      done.add(`happened:${event.event}`);
      return;
    }
    const key = event.type === "step-done" ? event.step : event.duty;
    if (done.has(`${event.type}:${key}`)) issues.push(issue("done-twice", at(event.type === "step-done" ? "step" : "duty"), `${JSON.stringify(key)} is already recorded as done.`));
    done.add(`${event.type}:${key}`);
    if (event.type === "step-done") {
      const owner = compiled.steps[compiled.stepIndex.get(event.step) ?? -1];
      if (owner === undefined) issues.push(issue("unknown-step", at("step"), `${JSON.stringify(event.step)} is not a step of ${policy.id}.`));
      else if (owner.stage > here) issues.push(issue("step-ahead", at("step"), `The step ${JSON.stringify(event.step)} belongs to Stage ${compiled.stages[owner.stage]?.ref.number}, which the case has not reached.`));
    } else if (!compiled.doneIndex.has(event.duty) && !done.has(`action-agreed:${event.duty}`)) {
      issues.push(issue("unknown-duty", at("duty"), `${JSON.stringify(event.duty)} is not a duty or route of ${policy.id}, nor an action agreed earlier in the case.`));
    }
  });
  return issues;
}


/**
 * @internal Checks a case whose shape has been read against its policy; if
 * it holds, freezes it (the data is the reader's own copy) and remembers it,
 * so the engine takes it again without checking.
 */
export function acceptCase(data: Case, policy: Policy): { readonly success: true; readonly case: Case } | { readonly success: false; readonly errors: readonly PolicyIssue[] } {
  const issues = caseIssues(data, policy);
  if (issues.length > 0) return { success: false, errors: issues };
  for (const event of data.events) Object.freeze(event);
  Object.freeze(data.events);
  if (data.flags !== undefined) Object.freeze(data.flags);
  const record: Case = Object.freeze(data);
  checkedFor.set(record, policy);
  return { success: true, case: record };
}

// Cases checked here, with the policy each was checked against: the engine trusts these.
const checkedFor = new WeakMap<Case, Policy>();

/**
 * @internal The case to assess: one that parseCase (or an earlier call)
 * checked for this policy as it is; anything else is checked now (on every
 * call, since it could change between calls) and refused with its issues.
 * @throws {@link InvalidCaseError}
 */
export function checkedCase(record: Case, policy: Policy): Case {
  if (typeof record === "object" && record !== null && checkedFor.get(record) === policy) return record;
  const shape = readCaseShape(record);
  if (!shape.success) throw new InvalidCaseError(shape.issues);
  const checked = acceptCase(shape.data, policy);
  if (!checked.success) throw new InvalidCaseError(checked.errors);
  return checked.case;
}

/**
 * @internal The facts {@link schedule} takes, checked as a case's are: known
 * keys only, real dates, a known subject and flags, a risk deadline not
 * before the disagreement arose.
 * @throws {@link InvalidCaseError}
 */
export function checkedFacts(facts: CaseFacts): CaseFacts {
  const shape = readFactsShape(facts);
  if (!shape.success) throw new InvalidCaseError(shape.issues);
  const risk = riskDeadlineIssue(shape.data);
  if (risk !== undefined) throw new InvalidCaseError([risk]);
  return shape.data;
}

function riskDeadlineIssue(facts: CaseFacts): PolicyIssue | undefined {
  if (facts.riskDeadline === undefined || compareDates(facts.riskDeadline, facts.raisedOn) >= 0) return undefined;
  return issue("risk-deadline-before-raised", ["riskDeadline"], `The risk deadline ${facts.riskDeadline} is before the disagreement arose (${facts.raisedOn}).`);
}
