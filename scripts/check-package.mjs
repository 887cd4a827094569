// Proves the built package works as a consumer would use it: loaded by its
// own name (Node's self-reference) through `import` and `require()`, and its
// command line run on the bundled policies.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const esm = await import("safeguarding-escalation");
const cjs = createRequire(import.meta.url)("safeguarding-escalation");
for (const [how, lib] of [["import", esm], ["require", cjs]]) {
  const calendar = lib.createCalendar({ jurisdiction: "england-and-wales" });
  assert.equal(lib.addWorkingDays("2026-12-24", 2, calendar), "2026-12-30", `${how}: addWorkingDays`);
  assert.deepEqual(Object.keys(lib.policies), ["swindon", "rochdale", "trafford", "redbridge", "mid-and-west-wales"], `${how}: policies`);
}
const testing = await import("safeguarding-escalation/testing");
assert.equal(typeof testing.isoDates, "function", "testing entry");

// The JSON files `exports` gives out, to require.resolve and to import with a JSON attribute.
const require = createRequire(import.meta.url);
for (const file of ["schema/policy.schema.json", "schema/case.schema.json", "policies/swindon.json", "policies/mid-and-west-wales.json"]) {
  const resolved = require.resolve(`safeguarding-escalation/${file}`);
  assert.equal(resolved, fileURLToPath(new URL(`../${file}`, import.meta.url)), `require.resolve ${file}`);
  const { default: imported } = await import(`safeguarding-escalation/${file}`, { with: { type: "json" } });
  assert.deepEqual(imported, JSON.parse(readFileSync(resolved, "utf8")), `import ${file}`);
}
assert.throws(() => require.resolve("safeguarding-escalation/src/index.ts"), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }, "only what exports names");
// The links npm shows beside the README.
const manifest = require("safeguarding-escalation/package.json");
assert.match(manifest.repository?.url ?? "", /^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/, "repository");
assert.equal(manifest.homepage, `${manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}#readme`, "homepage");
assert.equal(manifest.bugs?.url, `${manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/issues`, "bugs");

const output = execFileSync(process.execPath, ["dist/cli.js", "validate", "policies/*.json", "--today", "2026-11-24"], { encoding: "utf8" });
assert.match(output, /5 files checked: 5 valid, 0 invalid/, "cli validate");
console.log("package loads by name through import and require(); its schemas and policies resolve; its CLI validates the bundled policies");
