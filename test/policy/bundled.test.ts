// The bundled policies, against the texts they encode.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProvenance } from "../../scripts/policies/provenance.js";
import { formatPath, getPolicy, lintPolicy, parsePolicy, policies } from "../../src/index.js";

const ids = ["swindon", "rochdale", "trafford", "redbridge", "mid-and-west-wales"] as const;
const seed = (id: string): string => readFileSync(new URL(`../fixtures/seeds/${id}.txt`, import.meta.url), "utf8");

describe.each(ids)("%s", (id) => {
  const policy = policies[id];

  it("is exported by its id, frozen, and names the JSON Schema", () => {
    expect(policy.id).toBe(id);
    expect(Object.isFrozen(policy.stages)).toBe(true);
    expect(policy.$schema).toBe("../schema/policy.schema.json");
  });

  // The package trusts its own files without checking them when it is imported
  // (src/policy/bundled.ts): this is the check, made when the package is tested.
  it("is accepted by parsePolicy, which gives back exactly the data of its file", () => {
    const file: unknown = JSON.parse(readFileSync(new URL(`../../policies/${id}.json`, import.meta.url), "utf8"));
    const parsed = parsePolicy(file);
    if (!parsed.success) throw new Error(`policies/${id}.json: ${parsed.errors.map((found) => `${formatPath(found.path)} ${found.message}`).join("; ")}`);
    expect(parsed.policy).toStrictEqual(file);
    expect(policy).toStrictEqual(file);
  });

  it("is the same deeply frozen object each time it is read", () => {
    expect(policies[id]).toBe(policy);
    expect(getPolicy(id)).toBe(policy);
    const frozen = (value: unknown): boolean => typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(policy)).toBe(true);
  });

  it("quotes its source verbatim, and every limit's number is in its quote with its unit", () => {
    expect(checkProvenance(policy, seed(id))).toEqual([]);
  });

  it("is lint-clean but for honest warnings: review dates passed, stages without a limit, other readings the text allows", () => {
    const findings = lintPolicy(policy, { today: "2026-11-24" });
    expect(findings.filter((finding) => !["review-date-passed", "no-time-limit", "other-reading"].includes(finding.code)).map((f) => `${formatPath(f.path)} ${f.message}`)).toEqual([]);
  });
});

// The check itself is tested in provenance.test.ts.
