// Proves the built package works as a consumer would use it: loaded by its
// own name (Node's self-reference) through `import` and `require()`, and its
// command line run on the bundled policies.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
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

const output = execFileSync(process.execPath, ["dist/cli.js", "validate", "policies/*.json", "--today", "2026-11-24"], { encoding: "utf8" });
assert.match(output, /5 files checked: 5 valid, 0 invalid/, "cli validate");
console.log("package loads by name through import and require(); its CLI validates the bundled policies");
