import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { caseEventSchema, caseJsonSchema } from "../../src/index.js";

it("schema/case.schema.json is what `npm run gen:schema` would write now", () => {
  const committed = JSON.parse(readFileSync(new URL("../../schema/case.schema.json", import.meta.url), "utf8")) as unknown;
  // If this fails: run `npm run gen:schema` and commit the result.
  expect(committed).toEqual(caseJsonSchema());
});

it("describes a case record: its required keys, $schema allowed, no other key, every kind of event", () => {
  const schema = caseJsonSchema() as {
    $id: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, unknown> & { events: { items: { oneOf?: { properties: { type: { const: string } } }[]; anyOf?: { properties: { type: { const: string } } }[] } } };
  };
  expect(schema.$id).toMatch(/\/schema\/case\.schema\.json$/);
  expect(schema.required.sort()).toEqual(["events", "policy", "raisedOn"]);
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toContain("$schema");
  const kinds = (schema.properties.events.items.oneOf ?? schema.properties.events.items.anyOf ?? []).map((kind) => kind.properties.type.const);
  expect(kinds.sort()).toEqual(caseEventSchema.options.map((option) => option.shape.type.value).sort());
});
