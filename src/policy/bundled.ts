import midAndWestWales from "../../policies/mid-and-west-wales.json" with { type: "json" };
import redbridge from "../../policies/redbridge.json" with { type: "json" };
import rochdale from "../../policies/rochdale.json" with { type: "json" };
import swindon from "../../policies/swindon.json" with { type: "json" };
import trafford from "../../policies/trafford.json" with { type: "json" };
import { formatPath } from "./issues.js";
import { parsePolicy } from "./parsePolicy.js";
import type { Policy } from "./schema.js";

/** The ids of the policies this package bundles. */
export type BundledPolicyId = "swindon" | "rochdale" | "trafford" | "redbridge" | "mid-and-west-wales";

function load(json: unknown): Policy {
  const result = parsePolicy(json);
  // The test suite validates every bundled file, so this is a packaging bug.
  if (!result.success) throw new Error(`bundled policy is invalid: ${result.errors.map((e) => `${formatPath(e.path)}: ${e.message}`).join("; ")}`);
  return result.policy;
}

/**
 * The five protocols this package encodes, parsed and frozen, by id. Each
 * stage, limit and duty cites its source text; see `policies/*.json`.
 *
 * @example
 * ```ts
 * policies.swindon.stages.map((stage) => stage.limit?.workingDays) // [2, 5, 5, 5, undefined]
 * policies.swindon.stages[4].escalateBy?.workingDays                // 5: the referral into Stage 5
 * Object.keys(policies) // ["swindon", "rochdale", "trafford", "redbridge", "mid-and-west-wales"]
 * ```
 */
export const policies: Readonly<Record<BundledPolicyId, Policy>> = Object.freeze({
  swindon: load(swindon),
  rochdale: load(rochdale),
  trafford: load(trafford),
  redbridge: load(redbridge),
  "mid-and-west-wales": load(midAndWestWales),
});
