// The guides' code is run like the API reference's examples: what a guide
// shows as a result is what the code gives.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "./runExample.js";

const GUIDES = new URL("../../site/guides/", import.meta.url);
const blocks = readdirSync(GUIDES)
  .filter((name) => name.endsWith(".md"))
  .flatMap((name) => [...readFileSync(new URL(name, GUIDES), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({ label: `${name} #${index + 1}`, code: match[1] as string })));

describe("the guides' code", () => {
  it("is found (the vendors' guide has examples)", () => {
    expect(blocks.filter((block) => block.label.startsWith("vendors.md")).length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks)("$label runs and gives what it shows", async (block) => {
    // A block with no shown result must still run: fc.assert, for one, throws when its law fails.
    const { problems } = await check(block);
    expect(problems).toEqual([]);
  });
});
