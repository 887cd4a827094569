// Proves the built package loads by its own name (Node's self-reference),
// through both `import` and `require()`, as a consumer would load it.
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const esm = await import("safeguarding-escalation");
const cjs = createRequire(import.meta.url)("safeguarding-escalation");
for (const [how, lib] of [["import", esm], ["require", cjs]]) {
  const calendar = lib.createCalendar({ jurisdiction: "england-and-wales" });
  assert.equal(lib.addWorkingDays("2026-12-24", 2, calendar), "2026-12-30", `${how}: addWorkingDays`);
}
console.log("package loads by name through import and require()");
