import { toDayNumber } from "../calendar/isoDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { CASE_FLAGS, SUBJECTS, type CaseFlag } from "../policy/schema.js";
import type { LadderInput } from "./ladder.js";
import type { CaseFacts } from "./types.js";

/** Thrown when a case, or the facts given to {@link schedule}, are malformed. */
export class InvalidCaseError extends SafeguardingEscalationError {
  readonly code = "invalid-case";
}

/** @internal Validates the facts schedule and assess share, as day numbers. */
export function checkFacts(facts: CaseFacts): LadderInput {
  if (typeof facts !== "object" || facts === null) throw new InvalidCaseError("Expected the case facts as an object: { raisedOn, subject?, riskDeadline?, flags? }.");
  const raisedOn = toDayNumber(facts.raisedOn, "raisedOn");
  const riskDeadline = facts.riskDeadline === undefined ? undefined : toDayNumber(facts.riskDeadline, "riskDeadline");
  if (facts.subject !== undefined && !(SUBJECTS as readonly string[]).includes(facts.subject)) {
    throw new InvalidCaseError(`Unknown subject ${JSON.stringify(facts.subject)}: expected ${SUBJECTS.join(" or ")}.`);
  }
  const flags = new Set<CaseFlag>();
  for (const flag of facts.flags ?? []) {
    if (!(CASE_FLAGS as readonly string[]).includes(flag)) throw new InvalidCaseError(`Unknown flag ${JSON.stringify(flag)}: expected one of ${CASE_FLAGS.join(", ")}.`);
    flags.add(flag);
  }
  return { raisedOn, subject: facts.subject, flags, riskDeadline };
}
