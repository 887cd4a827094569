// Writes schema/policy.schema.json and schema/case.schema.json from the zod schemas. Run: npm run gen:schema
import { writeFileSync } from "node:fs";
import { caseJsonSchema, policyJsonSchema } from "../src/policy/jsonSchema.js";

for (const [file, schema] of [
  ["policy.schema.json", policyJsonSchema()],
  ["case.schema.json", caseJsonSchema()],
] as const) {
  const path = new URL(`../schema/${file}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
