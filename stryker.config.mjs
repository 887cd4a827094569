// Mutation testing: `npm run mutate` (not part of `npm test`: it takes
// minutes). The calendar's mutants are judged by the calendar's own tests
// (test/calendar), so a survivor there is a gap in those tests even if some
// engine test happens to catch it. LAYER=policy or LAYER=engine runs another
// layer the same way.
import { tmpdir } from "node:os";
import { join } from "node:path";

const layer = process.env.LAYER ?? "calendar";

export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  // What the tests need, without the folders other work changes as it goes.
  ignorePatterns: ["/site", "/docs", "/examples", "/bench", "/build", "/reports", "/scripts/site", "/scripts/.tmp-*"],
  mutate: [`src/${layer}/**/*.ts`, "!src/**/*.generated.ts"],
  coverageAnalysis: "perTest",
  // vitest does not type-check, so no file needs "// @ts-nocheck" (a test compares the generated holiday table byte for byte).
  disableTypeChecks: false,
  // Mutants in code run once, when a module loads (the holiday table, constants), need every test run again
  // for each: 30% of the calendar's mutants and 61% of the time. They are left out and counted in TESTING.md.
  ignoreStatic: true,
  // This machine has 2 cores.
  concurrency: 2,
  // Only mutants in changed code, or judged by changed tests, run again.
  incremental: true,
  incrementalFile: `reports/mutation/${layer}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${layer}.html` },
  jsonReporter: { fileName: `reports/mutation/${layer}.json` },
  thresholds: { high: 90, low: 80, break: null },
  // Outside the work tree, so that ESLint and the type check never see the sandboxes.
  tempDirName: join(tmpdir(), "safeguarding-escalation-stryker"),
  cleanTempDir: "always",
};
