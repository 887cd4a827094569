// Quick check of policy files while writing them: schema, then provenance.
// Usage: npx tsx scripts/check-policies.ts policies/swindon.json [...]
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { policySchema } from "../src/policy/schema.js";
import { checkProvenance } from "./policies/provenance.js";

let failed = false;
for (const file of process.argv.slice(2)) {
  const parsed = policySchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    failed = true;
    for (const issue of parsed.error.issues) console.log(`${file}: ${issue.path.join(".")}: ${issue.message}`);
    continue;
  }
  const seed = readFileSync(new URL(`../test/fixtures/seeds/${basename(file, ".json")}.txt`, import.meta.url), "utf8");
  const problems = checkProvenance(parsed.data, seed);
  for (const problem of problems) console.log(`${file}: ${problem.path}: ${problem.message}`);
  failed ||= problems.length > 0;
  if (problems.length === 0) console.log(`${file}: schema and provenance OK`);
}
process.exitCode = failed ? 1 : 0;
