// Proves the built package works as a consumer would use it: loaded by its
// own name (Node's self-reference) through `import` and `require()`, and its
// command line run on the bundled policies; and that `npm pack` ships what
// users need and nothing else.
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
// require() loads the ES module build itself: one copy, so a library error
// caught by code that required the package is an instance of the class an
// importer sees.
assert.equal(cjs.SafeguardingEscalationError, esm.SafeguardingEscalationError, "one copy for import and require()");
// The core entry: the same functions and classes as the main entry (one copy, shared chunks), without zod.
const core = await import("safeguarding-escalation/core");
assert.equal(core.assess, esm.assess, "core and main entries share the engine");
assert.equal(createRequire(import.meta.url)("safeguarding-escalation/core").InvalidCaseError, esm.InvalidCaseError, "core entry through require()");
assert.equal(core.assess(core.policies.swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [] }, "2026-12-24").due, "2026-12-29", "core: assess");
// ...and loads no dependency: walk its static imports through the shared chunks.
const coreImports = new Set();
for (const pending = ["core.js"]; pending.length > 0; ) {
  const file = pending.pop();
  for (const [, specifier] of readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s*["']([^"']+)["']/gms)) {
    if (!specifier.startsWith("./")) coreImports.add(specifier);
    else if (!coreImports.has(specifier)) {
      coreImports.add(specifier);
      pending.push(specifier.slice(2));
    }
  }
}
assert.deepEqual([...coreImports].filter((specifier) => !specifier.startsWith("./")), [], "the core entry imports no dependency (no zod)");
const testing = await import("safeguarding-escalation/testing");
assert.equal(typeof testing.isoDates, "function", "testing entry");
assert.equal(createRequire(import.meta.url)("safeguarding-escalation/testing").isoDates, testing.isoDates, "testing entry through require()");

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

// What `npm pack` ships: the built entries, their shared chunks and
// declarations, the policies and schemas, and the documents npm shows. No
// source, tests or source maps.
const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }));
const shipped = packed.files.map((file) => file.path).sort();
const SHIPPED = [
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
  /^dist\/(index|core|testing)\.(js|cjs|d\.ts|d\.cts)$/,
  /^dist\/cli\.js$/,
  /^dist\/(chunk|main)-[\w-]+\.js$/,
  /^dist\/[a-z]+-[\w-]+\.d\.c?ts$/,
  /^policies\/[a-z-]+\.json$/,
  /^schema\/[a-z]+\.schema\.json$/,
];
assert.deepEqual(shipped.filter((path) => !SHIPPED.some((pattern) => pattern.test(path))), [], "npm pack ships only what users need");
const manifestOnDisk = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const named = [manifestOnDisk.main, manifestOnDisk.types, ...Object.values(manifestOnDisk.bin), ...JSON.stringify(manifestOnDisk.exports).match(/\.\/[^"*]+\.[a-z.]+(?=")/g)];
for (const path of named) assert.ok(shipped.includes(path.replace(/^\.\//, "")), `npm pack ships ${path}, which package.json names`);
for (const id of Object.keys(esm.policies)) assert.ok(shipped.includes(`policies/${id}.json`), `npm pack ships policies/${id}.json`);

const output = execFileSync(process.execPath, ["dist/cli.js", "validate", "policies/*.json", "--today", "2026-11-24"], { encoding: "utf8" });
assert.match(output, /5 files checked: 5 valid, 0 invalid/, "cli validate");
// sweep loads csv-parse, a runtime dependency, for CSV: the built CLI finds it.
const swept = execFileSync(process.execPath, ["dist/cli.js", "sweep", "-", "--as-of", "2026-11-30", "--format", "csv"], { encoding: "utf8", input: "id,policy,raisedOn,events\n7,trafford,2026-11-27,\n", stdio: ["pipe", "pipe", "pipe"] });
assert.match(swept, /^line,id,policy,stage,state,due,.*\n2,7,trafford,stage-1,due-today,2026-11-30,/, "cli sweep");
console.log(`package loads by name through import and require() (one copy); its schemas and policies resolve; its CLI validates the bundled policies; npm pack ships ${shipped.length} files, all of them needed`);
