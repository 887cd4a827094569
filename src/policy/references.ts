import type { Language } from "../messages/language.js";
import { policyMessage } from "../messages/policyIssues.js";
import { issue, type PolicyIssue } from "./issues.js";
import type { Anchor, Condition, Limit, Policy } from "./schema.js";

type Path = readonly (string | number)[];

/**
 * @internal The checks a schema cannot make: every reference names something
 * declared, ids are unique, stages are in order, and no limit depends on
 * itself or on a later stage. All findings are errors: `parsePolicy` refuses
 * a policy that has any. Their sentences are in `lang`.
 */
export function referenceIssues(policy: Policy, lang: Language = "en"): PolicyIssue[] {
  return analyseReferences(policy, lang).issues;
}

/** @internal {@link referenceIssues}, and the role ids the policy refers to. */
export function analyseReferences(policy: Policy, lang: Language = "en"): { issues: PolicyIssue[]; usedRoles: Set<string> } {
  const issues: PolicyIssue[] = [];
  const usedRoles = new Set<string>();
  const roles = new Map<string, Path>();
  policy.roles.forEach((role, index) => declare(roles, role.id, ["roles", index, "id"], "role", issues, lang));

  // Stages, steps, duties and rules share one namespace: anchors name them.
  const ids = new Map<string, Path>();
  const stageNumber = new Map<string, number>();
  const stepStage = new Map<string, number>();
  policy.stages.forEach((stage, s) => {
    declare(ids, stage.id, ["stages", s, "id"], "id", issues, lang);
    stageNumber.set(stage.id, stage.number);
    stage.steps?.forEach((step, t) => {
      declare(ids, step.id, ["stages", s, "steps", t, "id"], "id", issues, lang);
      stepStage.set(step.id, stage.number);
    });
    stage.duties?.forEach((duty, d) => declare(ids, duty.id, ["stages", s, "duties", d, "id"], "id", issues, lang));
    stage.afterResolution?.forEach((duty, d) => declare(ids, duty.id, ["stages", s, "afterResolution", d, "id"], "id", issues, lang));
    const previous = policy.stages[s - 1];
    if (previous !== undefined && stage.number <= previous.number) {
      issues.push(issue("stage-order", ["stages", s, "number"], policyMessage(lang, "stageOrder", { number: stage.number, previous: previous.number })));
    }
  });
  policy.duties?.forEach((duty, d) => declare(ids, duty.id, ["duties", d, "id"], "id", issues, lang));
  policy.rules?.forEach((rule, r) => declare(ids, rule.id, ["rules", r, "id"], "id", issues, lang));
  policy.sharedLimits?.forEach((group, g) => declare(ids, group.id, ["sharedLimits", g, "id"], "id", issues, lang));
  policy.final?.duties?.forEach((duty, d) => declare(ids, duty.id, ["final", "duties", d, "id"], "id", issues, lang));
  const events = new Set<string>();
  policy.events?.forEach((event, e) => {
    declare(ids, event.id, ["events", e, "id"], "id", issues, lang);
    events.add(event.id);
  });

  const unknownStep = (value: string): string =>
    stepStage.size === 0 ? policyMessage(lang, "unknownStep.none", { value: JSON.stringify(value) }) : policyMessage(lang, "unknownStep.list", { value: JSON.stringify(value), steps: [...stepStage.keys()].join(", ") });
  const role = (value: string | undefined, path: Path): void => {
    if (value !== undefined) usedRoles.add(value);
    if (value !== undefined && !roles.has(value)) {
      issues.push(issue("unknown-role", path, policyMessage(lang, "unknownRole", { value: JSON.stringify(value), roles: [...roles.keys()].join(", ") })));
    }
  };
  const roleList = (values: readonly string[] | undefined, path: Path): void => values?.forEach((value, index) => role(value, [...path, index]));
  const stage = (value: string | undefined, path: Path): void => {
    if (value !== undefined && !stageNumber.has(value)) {
      issues.push(issue("unknown-stage", path, policyMessage(lang, "unknownStage", { value: JSON.stringify(value), stages: [...stageNumber.keys()].join(", ") })));
    }
  };
  // `ownNumber`: the stage the limit belongs to (undefined: policy-wide), whose
  // later stages and steps it cannot run from. `escalation`: an escalate-by
  // limit, which must run from something before its stage begins.
  const limit = (value: Limit | null | undefined, path: Path, ownNumber?: number, escalation = false): void => {
    if (value === null || value === undefined) return;
    anchor(value.from, [...path, "from"], ownNumber, escalation);
  };
  const anchor = (from: Anchor, path: Path, ownNumber?: number, escalation = false): void => {
    if ("completionOf" in from || "startOf" in from) {
      const target = "completionOf" in from ? from.completionOf : from.startOf;
      const key = "completionOf" in from ? "completionOf" : "startOf";
      stage(target, [...path, key]);
      const targetNumber = stageNumber.get(target);
      const isForward = targetNumber !== undefined && ownNumber !== undefined && (key === "completionOf" || escalation ? targetNumber >= ownNumber : targetNumber > ownNumber);
      if (isForward) {
        const which = key === "completionOf" ? (escalation ? "unreachable.escalation.completion" : "unreachable.limit.completion") : escalation ? "unreachable.escalation.start" : "unreachable.limit.start";
        issues.push(issue("unreachable", [...path, key], policyMessage(lang, which, { number: targetNumber })));
      }
    } else if ("step" in from) {
      const stepNumber = stepStage.get(from.step);
      if (stepNumber === undefined) {
        issues.push(issue("unknown-step", [...path, "step"], unknownStep(from.step)));
      } else if (ownNumber !== undefined && (escalation ? stepNumber >= ownNumber : stepNumber > ownNumber)) {
        issues.push(issue("unreachable", [...path, "step"], policyMessage(lang, escalation ? "unreachable.step.escalation" : "unreachable.step.later", { step: JSON.stringify(from.step), number: stepNumber })));
      }
    } else if ("event" in from) {
      if (!events.has(from.event)) issues.push(issue("unknown-event", [...path, "event"], events.size === 0 ? policyMessage(lang, "unknownEvent.none", { value: JSON.stringify(from.event) }) : policyMessage(lang, "unknownEvent.list", { value: JSON.stringify(from.event), events: [...events].join(", ") })));
    } else if ("resolution" in from && escalation) {
      issues.push(issue("unreachable", [...path, "resolution"], policyMessage(lang, "unreachable.resolution")));
    }
  };
  const duties = (list: Policy["duties"], path: Path, ownNumber?: number): void =>
    list?.forEach((duty, d) => {
      roleList(duty.to, [...path, d, "to"]);
      limit(duty.limit, [...path, d, "limit"], ownNumber);
    });

  policy.stages.forEach((s, index) => {
    const path = ["stages", index];
    roleList(s.actors.raising, [...path, "actors", "raising"]);
    roleList(s.actors.receiving, [...path, "actors", "receiving"]);
    limit(s.limit, [...path, "limit"], s.number);
    limit(s.escalateBy, [...path, "escalateBy"], s.number, true);
    if (s.escalateBy !== undefined && index === 0) {
      issues.push(issue("escalate-into-first", [...path, "escalateBy"], policyMessage(lang, "escalateIntoFirst")));
    }
    s.steps?.forEach((step, t) => {
      roleList(step.actors, [...path, "steps", t, "actors"]);
      limit(step.limit, [...path, "steps", t, "limit"], s.number);
    });
    s.notify?.forEach((target, t) => {
      roleList(target.to, [...path, "notify", t, "to"]);
      role(target.via, [...path, "notify", t, "via"]);
    });
    duties(s.duties, [...path, "duties"], s.number);
    duties(s.afterResolution, [...path, "afterResolution"], s.number);
  });
  duties(policy.duties, ["duties"]);
  policy.copyRules?.forEach((rule, r) => {
    roleList(rule.to, ["copyRules", r, "to"]);
    stage(rule.fromStage, ["copyRules", r, "fromStage"]);
  });
  policy.rules?.forEach((rule, r) => {
    const path = ["rules", r];
    roleList(rule.to, [...path, "to"]);
    stage(rule.stage, [...path, "stage"]);
    rule.atStages?.forEach((id, index) => stage(id, [...path, "atStages", index]));
    limit(rule.limit, [...path, "limit"]);
    if (rule.effect === "start-at-stage" && rule.stage === undefined) issues.push(issue("incomplete-rule", [...path, "stage"], policyMessage(lang, "incompleteRule.stage")));
    if (rule.effect === "notify" && rule.to === undefined) issues.push(issue("incomplete-rule", [...path, "to"], policyMessage(lang, "incompleteRule.to")));
  });
  if (policy.final !== undefined) {
    role(policy.final.body, ["final", "body"]);
    const lastNumber = policy.stages.at(-1)?.number;
    limit(policy.final.limit, ["final", "limit"], lastNumber === undefined ? undefined : lastNumber + 1);
    duties(policy.final.duties, ["final", "duties"]);
  }
  const priorities = new Set((policy.priorities ?? []).map((priority) => priority.id));
  const unknownPriority = (value: string): string =>
    priorities.size === 0 ? policyMessage(lang, "unknownPriority.none", { value: JSON.stringify(value) }) : policyMessage(lang, "unknownPriority.list", { value: JSON.stringify(value), priorities: [...priorities].join(", ") });
  policy.priorities?.forEach((priority, p) => declare(ids, priority.id, ["priorities", p, "id"], "id", issues, lang));
  const condition = (value: Condition | undefined, path: Path): void => {
    if (value === undefined) return;
    if ("priority" in value && !priorities.has(value.priority)) issues.push(issue("unknown-priority", [...path, "priority"], unknownPriority(value.priority)));
    if ("all" in value) value.all.forEach((part, i) => condition(part, [...path, "all", i]));
    if ("any" in value) value.any.forEach((part, i) => condition(part, [...path, "any", i]));
    if ("not" in value) condition(value.not, [...path, "not"]);
  };
  policy.stages.forEach((s, index) => {
    condition(s.when, ["stages", index, "when"]);
    s.notify?.forEach((target, t) => condition(target.when, ["stages", index, "notify", t, "when"]));
    s.duties?.forEach((duty, d) => condition(duty.when, ["stages", index, "duties", d, "when"]));
    s.afterResolution?.forEach((duty, d) => condition(duty.when, ["stages", index, "afterResolution", d, "when"]));
  });
  policy.duties?.forEach((duty, d) => condition(duty.when, ["duties", d, "when"]));
  policy.rules?.forEach((rule, r) => condition(rule.when, ["rules", r, "when"]));
  condition(policy.final?.when, ["final", "when"]);
  for (const [path, found] of limitsOf(policy)) {
    found.byPriority?.forEach((entry, e) => {
      if (!priorities.has(entry.priority)) issues.push(issue("unknown-priority", [...path, "byPriority", e, "priority"], unknownPriority(entry.priority)));
    });
    const covered = new Set(found.byPriority?.map((entry) => entry.priority));
    const missing = [...priorities].filter((priority) => !covered.has(priority));
    if (found.byPriority !== undefined && missing.length > 0 && found.workingDays === undefined && found.workingWeeks === undefined && found.calendarDays === undefined && found.calendarMonths === undefined && found.hours === undefined && found.immediately === undefined && found.asSoonAsPossible === undefined) {
      issues.push(issue("priority-without-limit", [...path, "byPriority"], policyMessage(lang, "priorityWithoutLimit", { missing: missing.join(", ") })));
    }
  }
  const grouped = new Set<string>();
  policy.sharedLimits?.forEach((group, g) => {
    const path = ["sharedLimits", g];
    const members = group.stages ?? group.steps ?? [];
    const key = group.stages === undefined ? "steps" : "stages";
    members.forEach((member, m) => {
      if (grouped.has(member)) issues.push(issue("shared-twice", [...path, key, m], policyMessage(lang, "sharedTwice", { value: JSON.stringify(member) })));
      grouped.add(member);
      if (key === "stages") stage(member, [...path, key, m]);
      else if (!stepStage.has(member)) issues.push(issue("unknown-step", [...path, key, m], unknownStep(member)));
    });
    if (key === "stages") {
      const positions = members.map((member) => policy.stages.findIndex((candidate) => candidate.id === member));
      if (positions.every((position) => position >= 0) && positions.some((position, i) => i > 0 && position !== (positions[i - 1] as number) + 1)) {
        issues.push(issue("not-consecutive", [...path, key], policyMessage(lang, "notConsecutive")));
      }
    }
    // The group's time must be reachable from its earliest member, wherever that member is listed:
    // the ladder times members in stage order, so a later anchor would leave the earlier ones open.
    const numbers = members.map((member) => (key === "stages" ? stageNumber.get(member) : stepStage.get(member))).filter((n) => n !== undefined);
    limit(group.limit, [...path, "limit"], numbers.length === 0 ? undefined : Math.min(...numbers));
  });
  issues.push(...stepCycles(policy, lang));
  return { issues, usedRoles };
}

function declare(seen: Map<string, Path>, id: string, path: Path, what: "role" | "id", issues: PolicyIssue[], lang: Language): void {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, path);
  } else {
    issues.push(issue("duplicate-id", path, policyMessage(lang, what === "role" ? "duplicateId.role" : "duplicateId.id", { id: JSON.stringify(id), first: first.join(".") })));
  }
}

/** Steps may run from one another; a ring of them could never be timed. */
function stepCycles(policy: Policy, lang: Language): PolicyIssue[] {
  const next = new Map<string, { step: string; path: Path }>();
  policy.stages.forEach((stage, s) =>
    stage.steps?.forEach((step, t) => {
      if (step.limit !== null && "step" in step.limit.from) next.set(step.id, { step: step.limit.from.step, path: ["stages", s, "steps", t, "limit", "from", "step"] });
    }),
  );
  const issues: PolicyIssue[] = [];
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      current = next.get(current)?.step;
    }
    if (current !== undefined && !reported.has(current)) {
      const ring = seen.slice(seen.indexOf(current));
      ring.forEach((id) => reported.add(id));
      issues.push(issue("cycle", next.get(current)?.path ?? [], policyMessage(lang, "cycle", { ring: [...ring, current].join(" → ") })));
    }
  }
  return issues;
}

/** @internal Every limit of a policy with its path: stages', escalations', steps', duties', routes', shared and the final step's. */
export function* limitsOf(policy: Policy): Generator<[Path, Limit]> {
  for (const [s, stage] of policy.stages.entries()) {
    if (stage.limit !== null) yield [["stages", s, "limit"], stage.limit];
    if (stage.escalateBy !== undefined) yield [["stages", s, "escalateBy"], stage.escalateBy];
    for (const [t, step] of (stage.steps ?? []).entries()) if (step.limit !== null) yield [["stages", s, "steps", t, "limit"], step.limit];
    for (const [d, duty] of (stage.duties ?? []).entries()) if (duty.limit !== undefined) yield [["stages", s, "duties", d, "limit"], duty.limit];
    for (const [d, duty] of (stage.afterResolution ?? []).entries()) if (duty.limit !== undefined) yield [["stages", s, "afterResolution", d, "limit"], duty.limit];
  }
  for (const [d, duty] of (policy.duties ?? []).entries()) if (duty.limit !== undefined) yield [["duties", d, "limit"], duty.limit];
  for (const [r, rule] of (policy.rules ?? []).entries()) if (rule.limit !== undefined) yield [["rules", r, "limit"], rule.limit];
  for (const [g, group] of (policy.sharedLimits ?? []).entries()) yield [["sharedLimits", g, "limit"], group.limit];
  if (policy.final?.limit) yield [["final", "limit"], policy.final.limit];
}
