import { toDayNumber } from "../calendar/isoDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { caseIssueMessage } from "../messages/caseIssues.js";
import { languageOption, type Language } from "../messages/language.js";
import { formatPath, type PolicyIssue } from "../policy/issues.js";
import { readOptions } from "../readOptions.js";
import { flagBit } from "./compile.js";
import { NO_DAY, type LadderInput } from "./ladder.js";
import type { CaseFlag } from "../policy/schema.js";
import { CASE_FLAGS } from "../policy/vocabulary.js";
import type { CaseEvent } from "./case.js";
import type { CaseFacts } from "./types.js";

/**
 * Thrown when a case, or the facts given to {@link schedule}, are not valid
 * for the policy; `issues` says what is wrong, where (a JSON path) and why.
 * The issues and the message are in the language of the call that threw it
 * (`lang` in the options of schedule, assess, triage and forecast; English by
 * default); `code` and each issue's `code` and `path` are the same in any.
 * Made by hand, its message shows the first three issues in the words of
 * `lang` (pass the language the issues were written in), as
 * {@link InvalidPolicyError}'s does.
 *
 * @throws {@link InvalidOptionsError} for a `lang` other than `"en"` or `"cy"`
 * @example
 * ```ts
 * const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "resolved", stage: "stage-9", on: "2026-12-24" }] };
 * assess(policies.swindon, record, "2026-12-30")  // throws InvalidCaseError: The case is not valid: events[0].stage: "stage-9" is not a stage of swindon (...
 * assess(policies.swindon, record, "2026-12-30", { lang: "cy" })  // throws InvalidCaseError: Nid yw'r achos yn ddilys: events[0].stage: Nid yw "stage-9" yn un o gamau swindon (...
 * ```
 */
export class InvalidCaseError extends SafeguardingEscalationError {
  readonly code = "invalid-case";

  constructor(
    readonly issues: readonly PolicyIssue[],
    options?: { readonly lang?: Language },
  ) {
    const lang = options === undefined ? "en" : languageOption(readOptions(options, ["lang"])?.lang);
    const shown = issues
      .slice(0, 3)
      .map((found) => `${formatPath(found.path, { lang })}: ${found.message}`)
      .join("; ");
    super(issues.length > 3 ? caseIssueMessage(lang, "summary.more", { issues: shown, count: issues.length - 3 }) : caseIssueMessage(lang, "summary", { issues: shown }));
  }
}

const NOT_FLAGGED: readonly number[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ CASE_FLAGS.map(() => NO_DAY));
const NO_STOPS: number[] = [];

/**
 * @internal The facts of a checked case as day numbers and flag bits. A
 * flag counts from its `flagged` event where the case records one, else
 * from the day raised.
 */
export function ladderInput(facts: CaseFacts & { readonly events?: readonly CaseEvent[] }, priorityIndex: ReadonlyMap<string, number>, today = NO_DAY): LadderInput {
  const raisedOn = toDayNumber(facts.raisedOn, "raisedOn");
  let flags = 0;
  let flaggedOn = NOT_FLAGGED;
  const flag = (name: CaseFlag, day: number): void => {
    flags |= flagBit(name);
    if (flaggedOn === NOT_FLAGGED) flaggedOn = [...NOT_FLAGGED];
    (flaggedOn as number[])[CASE_FLAGS.indexOf(name)] = day;
  };
  if (facts.flags !== undefined) for (const name of facts.flags) flag(name, raisedOn);
  let stops: number[] = NO_STOPS;
  // The case's priority over time: pairs of (from day, priority index), the first from the day raised.
  const priorities: number[] = facts.priority === undefined ? [] : [raisedOn, priorityIndex.get(facts.priority) ?? -1];
  if (facts.events !== undefined) {
    for (const event of facts.events) {
      if (event.type === "flagged") flag(event.flag, toDayNumber(event.on, "event date"));
      else if (event.type === "clock-stopped") (stops = stops === NO_STOPS ? [] : stops).push(toDayNumber(event.on, "event date"), NO_DAY);
      else if (event.type === "clock-restarted") stops[stops.length - 1] = toDayNumber(event.on, "event date");
      else if (event.type === "priority-changed") priorities.push(toDayNumber(event.on, "event date"), priorityIndex.get(event.priority) ?? -1);
    }
  }
  // A clock still stopped is counted as restarting on the day of the assessment.
  if (stops.length > 0 && stops[stops.length - 1] === NO_DAY) stops[stops.length - 1] = today;
  return {
    stops,
    priorities,
    priority: priorities.length === 0 ? -1 : (priorities[priorities.length - 1] as number),
    raisedOn,
    subject: facts.subject,
    flags,
    riskDeadline: facts.riskDeadline === undefined ? NO_DAY : toDayNumber(facts.riskDeadline, "riskDeadline"),
    flaggedOn,
  };
}
