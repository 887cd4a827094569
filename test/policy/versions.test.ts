// Policy versions: Swindon "revised March 2024, review March 2026". A synthetic second version,
// in force from 1 April 2026, gives Stage 1 three working days instead of two.
import { describe, expect, it } from "vitest";
import { assess, InvalidCaseError, NoPolicyVersionError, parsePolicy, policies, policyInForce, type Policy } from "../../src/index.js";

const current = policies.swindon;
const revised = (() => {
  const copy = JSON.parse(JSON.stringify(current)) as { version: string; effectiveFrom?: string; stages: { limit: { workingDays?: number } | null }[] };
  copy.version = "Revised: March 2026 (synthetic, for tests)";
  copy.effectiveFrom = "2026-04-01";
  (copy.stages[0]?.limit as { workingDays: number }).workingDays = 3;
  const parsed = parsePolicy(copy);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
})();
const versions: readonly Policy[] = [current, revised];

describe("the version in force", () => {
  it("is the latest that has started by the date", () => {
    expect(policyInForce(versions, "swindon", "2026-03-31")).toBe(current);
    expect(policyInForce(versions, "swindon", "2026-04-01")).toBe(revised);
    expect(policyInForce(versions, "swindon", "2026-12-23")).toBe(revised);
  });

  it("is the pinned one where a case pins it, whatever the date", () => {
    expect(policyInForce(versions, "swindon", "2026-12-23", "Revised: March 2024")).toBe(current);
  });

  it("is an error when there is none", () => {
    expect(() => policyInForce(versions, "trafford", "2026-12-23")).toThrow(NoPolicyVersionError);
    expect(() => policyInForce(versions, "swindon", "2026-12-23", "Revised: 1999")).toThrow(/No version "Revised: 1999" of "swindon"/);
    expect(() => policyInForce([{ id: "swindon" } as Policy], "swindon", "2026-12-23")).toThrow(NoPolicyVersionError);
  });
});

describe("a case that pins its version", () => {
  const record = { policy: "swindon", policyVersion: "Revised: March 2024", raisedOn: "2026-12-23", events: [] } as const;

  it("is assessed by that version", () => {
    // Stage 1 under the March 2024 text: two working days from Wed 23 Dec: Thu 24, Tue 29 Dec.
    expect(assess(current, record, "2026-12-24").due).toBe("2026-12-29");
    // Unpinned, the revised version's three working days: Thu 24, Tue 29, Wed 30 Dec.
    expect(assess(revised, { ...record, policyVersion: revised.version }, "2026-12-24").due).toBe("2026-12-30");
  });

  it("is refused against another version", () => {
    expect(() => assess(revised, record, "2026-12-24")).toThrow(InvalidCaseError);
    expect(() => assess(revised, record, "2026-12-24")).toThrow(/raised under version "Revised: March 2024" of swindon/);
  });
});
