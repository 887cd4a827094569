// Mutation testing: `npm run mutate` (not part of `npm test`: it takes
// minutes). The calendar's mutants are judged by the calendar's own tests
// (test/calendar), so a survivor there is a gap in those tests even if some
// engine test happens to catch it. LAYER=policy or LAYER=engine runs another
// layer the same way.
import { tmpdir } from "node:os";
import { join } from "node:path";

const layer = process.env.LAYER ?? "calendar";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", dir: `test/${layer}`, related: false },
  mutate: [`src/${layer}/**/*.ts`, "!src/**/*.generated.ts"],
  coverageAnalysis: "perTest",
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
