import { cliMessage } from "../messages/cli.js";
import { describeValueIn } from "../messages/values.js";
import type { Language } from "../messages/language.js";
import { policies } from "../policy/bundled.js";
import type { PolicyIssue } from "../policy/issues.js";
import { parsePolicy } from "../policy/parsePolicy.js";
import type { Policy } from "../policy/schema.js";
import { NoPolicyVersionError, policyInForce } from "../policy/versions.js";
import { parseIsoDate } from "../calendar/isoDate.js";
import { locateIssues, problemFindings } from "./findings.js";
import { InvalidInputError, UsageError } from "./io.js";
import { readJsonSource, type JsonSource } from "./jsonSource.js";

/** A JSON file named on the command line, or {@link InvalidInputError} saying (in `lang`) why it cannot be read. */
export function readJsonFile(file: string, cwd: string, lang: Language = "en"): JsonSource {
  const source = readJsonSource(file, cwd, lang);
  if ("errors" in source) throw new InvalidInputError(problemFindings(file, source.errors, lang));
  return source;
}

/** The bundled policy with this id; an own property only, so "constructor" or "__proto__" name none. */
function bundledPolicy(id: unknown): Policy | undefined {
  return typeof id === "string" && Object.hasOwn(policies, id) ? (policies as Readonly<Record<string, Policy>>)[id] : undefined;
}

const BUNDLED = Object.keys(policies).join(", ");
const BUNDLED_VERSIONS: readonly Policy[] = Object.values(policies);

/** `--policy`: a bundled policy's id, or a policy file (whose findings are written in `lang`). */
export function policyArgument(value: string | undefined, cwd: string, lang: Language = "en"): Policy {
  if (value === undefined) throw new UsageError("usage.policyRequired", { policies: BUNDLED });
  const bundled = bundledPolicy(value);
  if (bundled !== undefined) return bundled;
  if (!value.endsWith(".json")) throw new UsageError("usage.unknownPolicy", { value: JSON.stringify(value), policies: BUNDLED });
  const source = readJsonFile(value, cwd, lang);
  const result = parsePolicy(source.value, { lang });
  if (!result.success) throw new InvalidInputError(locateIssues(value, source, result.errors, lang));
  return result.policy;
}

/**
 * The policy a case follows: the one --policy gave, else the bundled policy
 * the case names; or the issue saying why there is none.
 */
export function policyForCase(record: unknown, given: Policy | undefined, lang: Language = "en"): { readonly policy: Policy } | { readonly issue: PolicyIssue } {
  if (given !== undefined) return { policy: given };
  const named = typeof record === "object" && record !== null ? (record as { policy?: unknown }).policy : undefined;
  const policy = bundledPolicy(named);
  if (policy !== undefined) return { policy };
  return { issue: unknownPolicy(named, undefined, lang) };
}

/** Why a case follows none of the policies there are: it names none, or one not bundled, or (`given`, the ids --policy gave) one not among them. */
function unknownPolicy(named: unknown, given: readonly string[] | undefined, lang: Language): PolicyIssue {
  const message =
    named === undefined
      ? cliMessage(lang, "finding.noPolicy")
      : given === undefined
        ? cliMessage(lang, "finding.policyNotBundled", { value: describeValueIn(named, lang), policies: BUNDLED })
        : cliMessage(lang, "finding.policyNotGiven", { value: describeValueIn(named, lang), policies: given.join(", ") });
  return { severity: "error", code: "unknown-policy", path: ["policy"], message };
}

/**
 * The version of a policy a case follows, among several (each `--policy`
 * given, or the bundled ones): the one it pins with `policyVersion`, else the
 * one in force on the day it was raised, as {@link policyInForce} chooses.
 * With versions of one policy only, every case follows that policy (one
 * naming another is refused when it is checked against it, as with a single
 * --policy). A case whose date or pin cannot be read yet gets the latest
 * version, so that checking the case reports what is wrong with it.
 */
export function versionForCase(record: unknown, given: readonly Policy[] | undefined, lang: Language = "en"): { readonly policy: Policy } | { readonly issue: PolicyIssue } {
  const versions = given ?? BUNDLED_VERSIONS;
  const fields = typeof record === "object" && record !== null ? (record as { policy?: unknown; raisedOn?: unknown; policyVersion?: unknown }) : {};
  const ids = [...new Set(versions.map((version) => version.id))];
  const named = fields.policy;
  const id = ids.length === 1 ? (ids[0] as string) : typeof named === "string" && ids.includes(named) ? named : undefined;
  if (id === undefined) return { issue: unknownPolicy(named, given === undefined ? undefined : ids, lang) };
  const ofId = versions.filter((version) => version.id === id);
  const pinned = typeof fields.policyVersion === "string" ? fields.policyVersion : undefined;
  let raisedOn: string;
  try {
    raisedOn = parseIsoDate(fields.raisedOn, "raisedOn");
  } catch {
    return { policy: ofId.at(-1) as Policy };
  }
  try {
    return { policy: policyInForce(ofId, id, raisedOn, pinned) };
  } catch (error) {
    if (!(error instanceof NoPolicyVersionError)) throw error;
    // The only version there is: checking the case against it says why it does not fit (a pin of another version, say) in the words every command uses.
    if (ofId.length === 1) return { policy: ofId[0] as Policy };
    // policyInForce's reasons, worded here so that they can be in the language of the findings around them.
    const message =
      pinned === undefined
        ? cliMessage(lang, "finding.noVersionInForce", { policy: JSON.stringify(id), date: raisedOn })
        : cliMessage(lang, "finding.pinnedVersionMissing", {
            version: JSON.stringify(pinned),
            policy: JSON.stringify(id),
            versions: ofId.map((version) => (version.version === undefined ? cliMessage(lang, "finding.unversioned") : JSON.stringify(version.version))).join(", "),
          });
    return { issue: { severity: "error", code: "no-policy-version", path: [pinned === undefined ? "raisedOn" : "policyVersion"], message } };
  }
}
