import { compareDates, toDayNumber, type IsoDate } from "../calendar/isoDate.js";
import { InvalidOptionsError } from "../errors.js";
import { readOptions } from "../readOptions.js";
import { issue, type PolicyIssue } from "./issues.js";
import { isParsedPolicy } from "./parsed.js";
import { parsePolicy } from "./parsePolicy.js";
import { analyseReferences, limitsOf } from "./references.js";
import type { Policy } from "./schema.js";

/** What {@link lintPolicy} needs to know beyond the policy. */
export interface LintOptions {
  /** Today's date, for review dates: lint is pure and reads no clock. */
  readonly today: IsoDate;
}


/**
 * Reviews a policy for what a person should look at: the errors
 * {@link parsePolicy} refuses (for policies built in code), and warnings that
 * do not stop it being used: a stage with no time limit, a review date that
 * has passed, other readings the protocol's text allows (recorded as other
 * readings), roles declared but never used.
 *
 * @param policy - a policy, parsed or built in code
 * @param options - `today`, to judge review dates
 * @returns errors first, then warnings; empty when there is nothing to say. For
 *   a value that is not a valid policy, only what {@link parsePolicy} finds.
 * @throws {@link InvalidOptionsError} / {@link InvalidDateError} for bad options
 *
 * @example
 * ```ts
 * lintPolicy(policies.swindon, { today: "2026-11-24" }).map((found) => found.code)
 * // ["no-time-limit", "review-date-passed"]
 * lintPolicy(policies.swindon, { today: "2026-11-24" })[1]
 * // { severity: "warning", code: "review-date-passed", path: ["reviewDue"], message: "The review date 2026-03-01 has passed ..." }
 * ```
 */
export function lintPolicy(policy: Policy, options: LintOptions): PolicyIssue[] {
  const today = checkOptions(options);
  // A policy built in code may be anything: what parsePolicy refuses is all there is to say of it.
  if (!isParsedPolicy(policy)) {
    const checked = parsePolicy(policy);
    if (!checked.success) return [...checked.errors];
  }
  const { issues: errors, usedRoles } = analyseReferences(policy);
  const warnings: PolicyIssue[] = [];
  policy.stages.forEach((stage, s) => {
    if (stage.limit === null) {
      warnings.push(issue("no-time-limit", ["stages", s, "limit"], `Stage ${stage.number} (${stage.title}) has no time limit in the protocol: its deadline, and every later one, stays open.`, "warning"));
    }
  });
  if (policy.reviewDue !== undefined && compareDates(policy.reviewDue, today) < 0) {
    warnings.push(issue("review-date-passed", ["reviewDue"], `The review date ${policy.reviewDue} has passed (today is ${today}): check that this is still the version in force.`, "warning"));
  }
  for (const [path, limit] of limitsOf(policy)) {
    limit.otherReadings?.forEach((reading, r) => {
      warnings.push(issue("other-reading", [...path, "otherReadings", r], `The protocol can be read another way here, not encoded: ${reading.note} (${reading.source.section}).`, "warning"));
    });
  }
  policy.roles.forEach((role, r) => {
    if (!usedRoles.has(role.id)) warnings.push(issue("unused-role", ["roles", r], `The role ${JSON.stringify(role.id)} is declared but never used.`, "warning"));
  });
  return [...errors, ...warnings];
}

/** `today`, checked: lint reads no clock, so it must be given, as a real date. */
function checkOptions(given: LintOptions): IsoDate {
  const options = readOptions(given, ["today"]);
  if (options === undefined) throw new InvalidOptionsError("lintPolicy needs { today }: lint reads no clock, so it must be told the date.");
  toDayNumber(options.today, "today");
  return options.today as IsoDate;
}
