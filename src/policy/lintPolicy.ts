import { compareDates, toDayNumber, type IsoDate } from "../calendar/isoDate.js";
import { InvalidOptionsError } from "../errors.js";
import { languageOption, type Language } from "../messages/language.js";
import { policyMessage } from "../messages/policyIssues.js";
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
  /** The language of the findings' sentences: `"en"` (English, the default) or `"cy"` (Welsh). */
  readonly lang?: Language;
}


/**
 * Reviews a policy for what a person should look at: the errors
 * {@link parsePolicy} refuses (for policies built in code), and warnings that
 * do not stop it being used: a stage with no time limit, a review date that
 * has passed, other readings the protocol's text allows (recorded as other
 * readings), roles declared but never used.
 *
 * @param policy - a policy, parsed or built in code
 * @param options - `today`, to judge review dates; `lang`, the language of
 *   the sentences (`"en"`, the default, or `"cy"`: codes and paths are the same in both)
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
 * lintPolicy(policies.swindon, { today: "2026-11-24", lang: "cy" })[1].message
 * // "Mae'r dyddiad adolygu 2026-03-01 wedi mynd heibio (heddiw yw 2026-11-24): gwiriwch mai hon yw'r fersiwn sydd mewn grym o hyd."
 * ```
 */
export function lintPolicy(policy: Policy, options: LintOptions): PolicyIssue[] {
  const { today, lang } = checkOptions(options);
  // A policy built in code may be anything: what parsePolicy refuses is all there is to say of it.
  if (!isParsedPolicy(policy)) {
    const checked = parsePolicy(policy, { lang });
    if (!checked.success) return [...checked.errors];
  }
  const { issues: errors, usedRoles } = analyseReferences(policy, lang);
  const warnings: PolicyIssue[] = [];
  policy.stages.forEach((stage, s) => {
    if (stage.limit === null) {
      warnings.push(issue("no-time-limit", ["stages", s, "limit"], policyMessage(lang, "noTimeLimit", { number: stage.number, title: stage.title }), "warning"));
    }
  });
  if (policy.reviewDue !== undefined && compareDates(policy.reviewDue, today) < 0) {
    warnings.push(issue("review-date-passed", ["reviewDue"], policyMessage(lang, "reviewDatePassed", { date: policy.reviewDue, today }), "warning"));
  }
  for (const [path, limit] of limitsOf(policy)) {
    limit.otherReadings?.forEach((reading, r) => {
      warnings.push(issue("other-reading", [...path, "otherReadings", r], policyMessage(lang, "otherReading", { note: reading.note, section: reading.source.section }), "warning"));
    });
  }
  policy.roles.forEach((role, r) => {
    if (!usedRoles.has(role.id)) warnings.push(issue("unused-role", ["roles", r], policyMessage(lang, "unusedRole", { role: JSON.stringify(role.id) }), "warning"));
  });
  return [...errors, ...warnings];
}

/** `today`, checked: lint reads no clock, so it must be given, as a real date; and the language. */
function checkOptions(given: LintOptions): { today: IsoDate; lang: Language } {
  const options = readOptions(given, ["today", "lang"]);
  if (options === undefined) throw new InvalidOptionsError("lintPolicy needs { today }: lint reads no clock, so it must be told the date.");
  toDayNumber(options.today, "today");
  return { today: options.today as IsoDate, lang: languageOption(options.lang) };
}
