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
    // Each mutant's run starts a fresh worker thread (Stryker's vitest runner calls
    // vitest's start() once a mutant), so modules and their caches never outlive
    // one mutant; within that run, the test files share the loaded modules instead
    // of loading the library again for each file. Every layer's tests pass so, and
    // src/engine/schedule.ts gave the same 64 results either way, 2.3 times faster
    // (TESTING.md).
    isolate: false,
  },
});
