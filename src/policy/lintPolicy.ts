import { compareDates, type IsoDate } from "../calendar/isoDate.js";
import { issue, type PolicyIssue } from "./issues.js";
import { analyseReferences } from "./references.js";
import type { Limit, Policy } from "./schema.js";

/** What {@link lintPolicy} needs to know beyond the policy. */
export interface LintOptions {
  /** Today's date, for review dates: lint is pure and reads no clock. */
  readonly today: IsoDate;
}

function* limits(policy: Policy): Generator<[readonly (string | number)[], Limit]> {
  for (const [s, stage] of policy.stages.entries()) {
    if (stage.limit !== null) yield [["stages", s, "limit"], stage.limit];
    if (stage.escalateBy !== undefined) yield [["stages", s, "escalateBy"], stage.escalateBy];
    for (const [t, step] of (stage.steps ?? []).entries()) if (step.limit !== null) yield [["stages", s, "steps", t, "limit"], step.limit];
  }
  if (policy.final?.limit) yield [["final", "limit"], policy.final.limit];
}

/**
 * Reviews a policy for what a person should look at: the errors
 * {@link parsePolicy} refuses (for policies built in code), and warnings that
 * do not stop it being used: a stage with no time limit, a review date that
 * has passed, contradictions the protocol's text contains (recorded as other
 * readings), roles declared but never used.
 *
 * @param policy - a policy, parsed or built in code
 * @param options - `today`, to judge review dates
 * @returns errors first, then warnings; empty when there is nothing to say
 *
 * @example
 * ```ts
 * lintPolicy(policies.swindon, { today: "2026-11-24" })
 * // [{ severity: "warning", code: "review-date-passed", path: ["reviewDue"], message: "The review date 2026-03-01 has passed ..." }]
 * ```
 */
export function lintPolicy(policy: Policy, options: LintOptions): PolicyIssue[] {
  const { issues: errors, usedRoles } = analyseReferences(policy);
  const warnings: PolicyIssue[] = [];
  policy.stages.forEach((stage, s) => {
    if (stage.limit === null) {
      warnings.push(issue("no-time-limit", ["stages", s, "limit"], `Stage ${stage.number} (${stage.title}) has no time limit in the protocol: its deadline, and every later one, stays open.`, "warning"));
    }
  });
  if (policy.reviewDue !== undefined && compareDates(policy.reviewDue, options.today) < 0) {
    warnings.push(issue("review-date-passed", ["reviewDue"], `The review date ${policy.reviewDue} has passed (today is ${options.today}): check that this is still the version in force.`, "warning"));
  }
  for (const [path, limit] of limits(policy)) {
    limit.otherReadings?.forEach((reading, r) => {
      warnings.push(issue("contradiction", [...path, "otherReadings", r], `The protocol contradicts itself here: ${reading.note} (${reading.source.section}).`, "warning"));
    });
  }
  policy.roles.forEach((role, r) => {
    if (!usedRoles.has(role.id)) warnings.push(issue("unused-role", ["roles", r], `The role ${JSON.stringify(role.id)} is declared but never used.`, "warning"));
  });
  return [...errors, ...warnings];
}
