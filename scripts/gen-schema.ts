// Writes schema/policy.schema.json from the zod schema. Run: npm run gen:schema
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../src/policy/jsonSchema.js";

export const SCHEMA_PATH = new URL("../schema/policy.schema.json", import.meta.url);
writeFileSync(SCHEMA_PATH, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_PATH.pathname}`);
