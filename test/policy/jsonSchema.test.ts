import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { policyJsonSchema } from "../../src/index.js";

it("schema/policy.schema.json is what `npm run gen:schema` would write now", () => {
  const committed = JSON.parse(readFileSync(new URL("../../schema/policy.schema.json", import.meta.url), "utf8")) as unknown;
  // If this fails: run `npm run gen:schema` and commit the result.
  expect(committed).toEqual(policyJsonSchema());
});
