// The API reference's examples are run, and what each one shows as a result
// is compared with what the code gives: an example that drifts from the code
// fails here, with its line, before a reader is misled by it.
import { describe, expect, it } from "vitest";
import { publicExports } from "./jsdocExamples.js";
import { check } from "./runExample.js";

const ENTRIES = ["src/index.ts", "src/testing/index.ts"];
const exported = publicExports(ENTRIES);

describe("the API reference's examples", () => {
  it("finds the public API (the runner reads the entry points)", () => {
    const names = exported.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(["schedule", "assess", "parsePolicy", "renderMermaid", "renderIcs", "calendars"]));
  });

  it("every public function has an @example with a ```ts block", () => {
    const missing = exported.filter((item) => item.isFunction && item.blocks.length === 0).map((item) => `${item.name} (${item.file})`);
    expect(missing).toEqual([]);
  });

  const blocks = exported.flatMap((item) => item.blocks.map((block, index) => ({ block, label: `${item.name}${item.blocks.length > 1 ? ` #${index + 1}` : ""} (${item.entry})` })));
  it.each(blocks)("$label runs and gives what it shows", async ({ block }) => {
    const { problems } = await check(block);
    expect(problems, `${block.file}`).toEqual([]);
  });

  it("checks a shown result in most examples (the runner is not reading them all as prose)", async () => {
    const checked = await Promise.all(blocks.map(async ({ block }) => (await check(block)).checked));
    expect(checked.filter((count) => count > 0).length).toBeGreaterThanOrEqual(Math.ceil(blocks.length / 2));
  });
});
