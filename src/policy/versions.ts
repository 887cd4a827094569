import { compareDates, toDayNumber, type IsoDate } from "../calendar/isoDate.js";
import { describeValue } from "../describeValue.js";
import { SafeguardingEscalationError } from "../errors.js";
import { readOwnList } from "../ownFields.js";
import { isParsedPolicy } from "./parsed.js";
import type { Policy } from "./schema.js";

/** Thrown when no version of a policy is in force on a date, or a pinned version is not among those given. */
export class NoPolicyVersionError extends SafeguardingEscalationError {
  readonly code = "no-policy-version";
}

/**
 * The version of a policy in force on a date, among several versions of it
 * (each from {@link parsePolicy}, with `effectiveFrom`): the latest that has
 * started by then. A version without `effectiveFrom` counts as in force from
 * the start of time. With `version`, the one with that `version` instead,
 * whatever the date (a case pins the version it was raised under).
 *
 * @param versions - parsed policies; those with another id are ignored
 * @param id - the policy's id
 * @param on - the date, e.g. the day a disagreement arose
 * @param version - a pinned version, if any
 * @returns the version to use
 * @throws {@link NoPolicyVersionError} when none is in force, or the pinned one is not given
 *
 * @example
 * ```ts
 * const revised = parsePolicy({ ...JSON.parse(JSON.stringify(policies.swindon)), version: "Revised: March 2026", effectiveFrom: "2026-04-01" });
 * const versions = revised.success ? [policies.swindon, revised.policy] : [policies.swindon];
 * policyInForce(versions, "swindon", "2026-12-23").version // "Revised: March 2026"
 * policyInForce(versions, "swindon", "2026-01-05").version // "Revised: March 2024"
 * policyInForce(versions, "swindon", "2026-12-23", "Revised: March 2024").version // "Revised: March 2024"
 * ```
 */
export function policyInForce(versions: readonly Policy[], id: string, on: IsoDate, version?: string): Policy {
  toDayNumber(on, "on");
  const fail = (message: string) => new NoPolicyVersionError(message);
  const list = readOwnList(versions, "the versions", fail) as Policy[];
  if (!list.every((candidate) => isParsedPolicy(candidate))) throw fail(`Expected a list of policies from parsePolicy; got ${describeValue(versions)}.`);
  if (typeof id !== "string" || (version !== undefined && typeof version !== "string")) throw fail(`Expected a policy id and, if pinned, a version, as text; got ${describeValue(id)} and ${describeValue(version)}.`);
  const ofId = list.filter((candidate) => candidate.id === id);
  if (version !== undefined) {
    const pinned = ofId.find((candidate) => candidate.version === version);
    if (pinned === undefined) throw new NoPolicyVersionError(`No version ${JSON.stringify(version)} of ${JSON.stringify(id)} is given (${ofId.map((candidate) => JSON.stringify(candidate.version ?? "unversioned")).join(", ") || "none"}).`);
    return pinned;
  }
  const started = ofId.filter((candidate) => candidate.effectiveFrom === undefined || compareDates(candidate.effectiveFrom, on) <= 0);
  const latest = started.reduce<Policy | undefined>((best, candidate) => (best === undefined || compareDates(candidate.effectiveFrom ?? "2000-01-01", best.effectiveFrom ?? "2000-01-01") > 0 ? candidate : best), undefined);
  if (latest === undefined) throw new NoPolicyVersionError(`No version of ${JSON.stringify(id)} is in force on ${on}${ofId.length === 0 ? " (none is given)" : ""}.`);
  return latest;
}
