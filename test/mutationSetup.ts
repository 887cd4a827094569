// Loaded only by vitest.mutation.config.ts (`npm run mutate`): each mutant
// runs every test that reaches it, so the fast-check properties draw 25 cases
// rather than 100. A mutant that only a rarer case would kill can survive
// here; TESTING.md reads each survivor.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
