import midAndWestWales from "../../policies/mid-and-west-wales.json" with { type: "json" };
import redbridge from "../../policies/redbridge.json" with { type: "json" };
import rochdale from "../../policies/rochdale.json" with { type: "json" };
import swindon from "../../policies/swindon.json" with { type: "json" };
import trafford from "../../policies/trafford.json" with { type: "json" };
import { describeValue } from "../describeValue.js";
import { InvalidArgumentError, SafeguardingEscalationError } from "../errors.js";
import { deepFreeze, markParsedPolicy } from "./parsed.js";
import type { Policy } from "./schema.js";

/** The ids of the policies this package bundles. */
export type BundledPolicyId = "swindon" | "rochdale" | "trafford" | "redbridge" | "mid-and-west-wales";

const FILES: Readonly<Record<BundledPolicyId, unknown>> = { swindon, rochdale, trafford, redbridge, "mid-and-west-wales": midAndWestWales };
const loaded = new Map<BundledPolicyId, Policy>();

// The files are checked when the package is tested, not when it is imported
// (test/policy/bundled.test.ts: parsePolicy accepts each and gives back the
// same data), so reading one needs no schema: it is frozen and trusted on
// first use, and importing the package costs no parsing.
function load(id: BundledPolicyId): Policy {
  let policy = loaded.get(id);
  if (policy === undefined) {
    policy = markParsedPolicy(deepFreeze(structuredClone(FILES[id]) as Policy));
    loaded.set(id, policy);
  }
  return policy;
}

/**
 * The five protocols this package encodes, checked and frozen, by id. Each
 * stage, limit and duty cites its source text; see `policies/*.json`. Each
 * is read on first use, and is the same object every time.
 *
 * @example
 * ```ts
 * policies.swindon.stages.map((stage) => stage.limit?.workingDays) // [2, 5, 5, 5, undefined]
 * policies.swindon.stages[4].escalateBy?.workingDays                // 5: the referral into Stage 5
 * Object.keys(policies) // ["swindon", "rochdale", "trafford", "redbridge", "mid-and-west-wales"]
 * ```
 */
export const policies: Readonly<Record<BundledPolicyId, Policy>> = /* @__PURE__ */ Object.freeze({
  get swindon() {
    return load("swindon");
  },
  get rochdale() {
    return load("rochdale");
  },
  get trafford() {
    return load("trafford");
  },
  get redbridge() {
    return load("redbridge");
  },
  get "mid-and-west-wales"() {
    return load("mid-and-west-wales");
  },
});

/** Thrown by {@link getPolicy} for an id that names no bundled policy. */
export class UnknownPolicyError extends SafeguardingEscalationError {
  readonly code = "unknown-policy";

  constructor(
    /** The id asked for. */
    readonly id: string,
  ) {
    super(`There is no bundled policy ${describeValue(id)}: the bundled policies are ${Object.keys(policies).join(", ")}.`);
  }
}

/**
 * The bundled policy with this id, for an id that comes as a plain string
 * (a database column, a request): no cast to {@link BundledPolicyId} needed.
 * Only the policies' own ids count, so "constructor" or "__proto__" name none.
 *
 * @param id - a bundled policy's id, e.g. "swindon"
 * @returns the parsed, frozen policy: the same object as `policies[id]`
 * @throws {@link UnknownPolicyError} for an id that names no bundled policy
 * @throws {@link InvalidArgumentError} for a value that is not a string
 *
 * @example
 * ```ts
 * const row: { policyId: string } = { policyId: "rochdale" }; // e.g. from a database
 * getPolicy(row.policyId).stages.length // 6
 * getPolicy("swindon") === policies.swindon // true
 * getPolicy("swindn")  // throws UnknownPolicyError: There is no bundled policy "swindn": the bundled policies are swindon, ...
 * ```
 */
export function getPolicy(id: string): Policy {
  if (typeof id !== "string") throw new InvalidArgumentError(`getPolicy takes a policy's id, a string such as "swindon"; got ${describeValue(id)}.`);
  if (!Object.hasOwn(policies, id)) throw new UnknownPolicyError(id);
  return (policies as Readonly<Record<string, Policy>>)[id] as Policy;
}
