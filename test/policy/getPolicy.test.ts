import { describe, expect, it } from "vitest";
import { getPolicy, InvalidArgumentError, policies, SafeguardingEscalationError, UnknownPolicyError, type Policy } from "../../src/index.js";

describe("getPolicy", () => {
  it("gives the bundled policy for an id held in a plain string, the same object as policies[id]", () => {
    // Typed string, not BundledPolicyId: no cast is needed to call it.
    const ids: string[] = JSON.parse('["swindon", "rochdale", "trafford", "redbridge", "mid-and-west-wales"]') as string[];
    for (const id of ids) {
      const policy: Policy = getPolicy(id);
      expect(policy).toBe((policies as Readonly<Record<string, Policy>>)[id]);
      expect(policy.id).toBe(id);
    }
  });

  it.each(["swindn", "", "Swindon", "constructor", "__proto__", "toString", "hasOwnProperty"])("refuses %j with UnknownPolicyError", (id) => {
    let thrown: unknown;
    try {
      getPolicy(id);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownPolicyError);
    expect(thrown).toBeInstanceOf(SafeguardingEscalationError);
    expect(thrown).toMatchObject({ code: "unknown-policy", id, message: `There is no bundled policy ${JSON.stringify(id)}: the bundled policies are swindon, rochdale, trafford, redbridge, mid-and-west-wales.` });
  });

  it("refuses what is not a string with InvalidArgumentError", () => {
    for (const value of [undefined, null, 1, ["swindon"], { toString: () => "swindon" }]) {
      expect(() => getPolicy(value as unknown as string)).toThrow(InvalidArgumentError);
    }
  });
});
