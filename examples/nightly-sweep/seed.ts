// Fills the example's database: the schema, then generated cases across the
// bundled policies, each as it had been recorded by the night of the sweep.
import { readFile } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import fc from "fast-check";
import { addCalendarDays, compareDates, getPolicy, policies, type IsoDate } from "../../src/index.js";
import { casesFor } from "../../src/testing/index.js";
import { loadCase } from "./sweep.js";

/** Creates the sweep's tables (schema.sql) in an empty database. */
export async function createSchema(db: PGlite): Promise<void> {
  await db.exec(await readFile(new URL("schema.sql", import.meta.url), "utf8"));
}

/** What to generate. */
export interface SeedOptions {
  readonly count: number;
  /** The night of the sweep: every case is raised on or before it, and keeps only the events recorded by then. */
  readonly asOf: IsoDate;
  /** How many days before `asOf` the earliest case may be raised. Default 90. */
  readonly days?: number;
  /** fast-check's seed: the same seed gives the same cases. */
  readonly seed?: number;
}

/**
 * Inserts `count` generated cases (fast-check's `casesFor` over every
 * bundled policy, with a fixed seed) into `cases`, each parsed with
 * parseCase before it is stored.
 *
 * @returns how many were inserted
 * @example
 * ```ts
 * await seedCases(db, { count: 3000, asOf: "2026-12-23" });
 * ```
 */
export async function seedCases(db: PGlite, { count, asOf, days = 90, seed = 20261223 }: SeedOptions): Promise<number> {
  const bounds = { from: addCalendarDays(asOf, -days), to: asOf };
  const generated = fc.sample(fc.oneof(...Object.values(policies).map((policy) => casesFor(policy, bounds))), { seed, numRuns: count });
  const rows = generated.map(({ record }) => {
    // The generator writes a case's whole history; tonight's database holds what had happened by tonight.
    const recorded = { ...record, events: record.events.filter((event) => compareDates(event.on, asOf) <= 0) };
    const policy = getPolicy(record.policy);
    return { policy_id: policy.id, record: loadCase(recorded, policy) };
  });
  await db.query("INSERT INTO cases (policy_id, record) SELECT policy_id, record FROM jsonb_to_recordset($1::jsonb) AS r(policy_id text, record jsonb)", [JSON.stringify(rows)]);
  return rows.length;
}
