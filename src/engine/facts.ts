import { toDayNumber } from "../calendar/isoDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { formatPath, type PolicyIssue } from "../policy/issues.js";
import { flagBit } from "./compile.js";
import { NO_DAY, type LadderInput } from "./ladder.js";
import type { CaseFacts } from "./types.js";

/**
 * Thrown when a case, or the facts given to {@link schedule}, are not valid
 * for the policy; `issues` says what is wrong, where (a JSON path) and why.
 */
export class InvalidCaseError extends SafeguardingEscalationError {
  readonly code = "invalid-case";

  constructor(readonly issues: readonly PolicyIssue[]) {
    const shown = issues.slice(0, 3).map((found) => `${formatPath(found.path)}: ${found.message}`);
    super(`The case is not valid: ${shown.join("; ")}${issues.length > 3 ? `; and ${issues.length - 3} more` : ""}`);
  }
}

/** @internal The facts of a checked case as day numbers and flag bits. */
export function ladderInput(facts: CaseFacts): LadderInput {
  let flags = 0;
  if (facts.flags !== undefined) for (const flag of facts.flags) flags |= flagBit(flag);
  return {
    raisedOn: toDayNumber(facts.raisedOn, "raisedOn"),
    subject: facts.subject,
    flags,
    riskDeadline: facts.riskDeadline === undefined ? NO_DAY : toDayNumber(facts.riskDeadline, "riskDeadline"),
  };
}
