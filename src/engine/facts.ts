import { toDayNumber } from "../calendar/isoDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { CASE_FLAGS, SUBJECTS } from "../policy/schema.js";
import { flagBit } from "./compile.js";
import { NO_DAY, type LadderInput } from "./ladder.js";
import type { CaseFacts } from "./types.js";

/** Thrown when a case, or the facts given to {@link schedule}, are malformed. */
export class InvalidCaseError extends SafeguardingEscalationError {
  readonly code = "invalid-case";
}

/** @internal Validates the facts schedule and assess share, as day numbers and flag bits. */
export function checkFacts(facts: CaseFacts): LadderInput {
  if (typeof facts !== "object" || facts === null) throw new InvalidCaseError("Expected the case facts as an object: { raisedOn, subject?, riskDeadline?, flags? }.");
  const raisedOn = toDayNumber(facts.raisedOn, "raisedOn");
  const riskDeadline = facts.riskDeadline === undefined ? NO_DAY : toDayNumber(facts.riskDeadline, "riskDeadline");
  const { subject } = facts;
  if (subject !== undefined && !(SUBJECTS as readonly string[]).includes(subject)) {
    throw new InvalidCaseError(`Unknown subject ${JSON.stringify(subject)}: expected ${SUBJECTS.join(" or ")}.`);
  }
  let flags = 0;
  if (facts.flags !== undefined) {
    for (const flag of facts.flags) {
      const bit = flagBit(flag);
      if (bit < 0) throw new InvalidCaseError(`Unknown flag ${JSON.stringify(flag)}: expected one of ${CASE_FLAGS.join(", ")}.`);
      flags |= bit;
    }
  }
  return { raisedOn, subject, flags, riskDeadline };
}
