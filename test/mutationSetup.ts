// Loaded only by vitest.mutation.config.ts (`npm run mutate`): each mutant
// runs every test that reaches it, so the fast-check properties draw 25 cases
// rather than 100. A mutant that survives is then checked against the full
// suite before it is counted as a survivor in TESTING.md.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
