import { defineConfig } from "vitest/config";

// For `npm run mutate` (stryker.config.mjs): the tests of the layer under
// mutation only, so each layer's mutants are judged by that layer's own tests.
export default defineConfig({
  test: {
    include: [`test/${process.env.LAYER ?? "calendar"}/**/*.test.ts`],
    // It compares the generated holiday table with the generator's output byte for byte: code Stryker does not mutate.
    exclude: ["test/calendar/holidayTable.test.ts"],
    setupFiles: ["test/mutationSetup.ts"],
    // Instrumented code on a loaded 2-core machine: a property test may take longer than the usual 5 s.
    testTimeout: 60_000,
  },
});
