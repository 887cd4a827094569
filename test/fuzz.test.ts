// A small run of `npm run fuzz`'s properties in `npm test`: valid and
// boundary inputs to the calendar and the engine, the /testing entry, the
// command line (the hostile calls of the main entry's functions are run by
// test/hostile.test.ts), and the checks that no input takes super-linear time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suites, timingChecks } from "./fuzzProperties.js";

// A two-hundredth of the full run's inputs for each property, at least 10.
const SCALE = 1 / 200;

describe("fuzz, small run", () => {
  it.each(suites().filter((suite) => !suite.name.startsWith("hostile ")))("$name", async ({ property, runs }) => {
    await fc.assert(property, { numRuns: Math.max(10, Math.round(runs * SCALE)) });
  });

  it("no input takes super-linear time: a case with 100,000 events, a policy at every cap, documents at and past DOCUMENT_LIMITS", () => {
    const failed = timingChecks().filter((check) => !check.passed);
    expect(failed).toEqual([]);
  }, 120_000);
});
