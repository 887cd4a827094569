import fc from "fast-check";

/**
 * The runs a property asks for, capped by fast-check's global setting when
 * one is made. A property's own `numRuns` overrides the global one, so the
 * mutation run's cap (test/mutationSetup.ts: every mutant runs every test that
 * reaches it) reaches a property that asks for more only through this.
 */
export function runs(wanted: number): number {
  const cap = fc.readConfigureGlobal().numRuns;
  return cap === undefined ? wanted : Math.min(wanted, cap);
}
