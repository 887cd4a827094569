// One vocabulary of case flags, the same meaning in every policy, documented once.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASE_FLAGS, FLAG_MEANINGS } from "../../src/index.js";

const guide = readFileSync(new URL("../../docs/encoding-policies.md", import.meta.url), "utf8");

describe("case flags", () => {
  it("each has a meaning, and nothing else does", () => {
    expect(Object.keys(FLAG_MEANINGS).sort()).toEqual([...CASE_FLAGS].sort());
  });

  it("fit the engine's bit per flag, with room to spare", () => {
    // Views of a policy and flag anchors hold a bit per flag in a 32-bit number.
    expect(CASE_FLAGS.length).toBeLessThanOrEqual(30);
  });

  it.each(CASE_FLAGS.map((flag) => [flag]))("the guide for boards gives %s its meaning word for word", (flag) => {
    expect(guide).toContain(`| \`${flag}\` | ${FLAG_MEANINGS[flag]} |`);
  });
});
