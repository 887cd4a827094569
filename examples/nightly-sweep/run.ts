// `npm run example:sweep [-- --cases 5000 --as-of 2026-12-23 --seed 7]`:
// a database in memory, seeded with generated cases, swept for one night,
// and a summary of what the night's tables hold.
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { parseIsoDate, toLondonDate } from "../../src/index.js";
import { createSchema, seedCases } from "./seed.js";
import { sweep } from "./sweep.js";

const USAGE = "usage: npm run example:sweep -- [--cases N] [--as-of YYYY-MM-DD] [--seed N]";

function readArguments(): { count: number; asOf: string; seed: number } {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "3000" },
      // The job runs for the day that is ending in London.
      "as-of": { type: "string" },
      seed: { type: "string", default: "20261223" },
    },
  });
  const count = Number(values.cases);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--cases must be a whole number above 0; got "${values.cases}".`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number; got "${values.seed}".`);
  return { count, seed, asOf: parseIsoDate(values["as-of"] ?? toLondonDate(new Date()), "--as-of") };
}

let args: ReturnType<typeof readArguments>;
try {
  args = readArguments();
} catch (error) {
  // A mistyped argument is the person's to fix: say what, without a stack.
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { count, seed, asOf } = args;

const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  console.log(`${what}: ${Math.round(performance.now() - start)} ms`);
  return result;
};

const db = await timed("start PGlite", () => PGlite.create());
try {
  await timed("create tables", () => createSchema(db));
  const seeded = await timed(`seed ${count} cases`, () => seedCases(db, { count, asOf, seed }));
  const counts = await timed(`sweep ${asOf}`, () => sweep(db, asOf));
  console.log(`\n${seeded} cases stored, ${counts.open} open: ${counts.reminders} reminders for tomorrow, ${counts.overdueEscalations} overdue escalations, ${counts.refused} refused.\n`);

  const show = async (title: string, sql: string) => {
    const { rows } = await db.query(sql, [asOf]);
    console.log(title);
    console.table(rows);
  };
  await show("Reminders by policy and tonight's state", "SELECT c.policy_id, r.state, count(*)::int AS cases FROM reminders r JOIN cases c ON c.id = r.case_id WHERE sweep_on = $1 GROUP BY 1, 2 ORDER BY 1, 2");
  await show("Overdue escalations by policy and stage", "SELECT c.policy_id, o.stage_id, count(*) FILTER (WHERE escalation_late)::int AS escalation_late, count(*) FILTER (WHERE stage_overdue)::int AS stage_overdue FROM overdue_escalations o JOIN cases c ON c.id = o.case_id WHERE sweep_on = $1 GROUP BY 1, 2 ORDER BY 1, 2");
  await show("The first five reminders", "SELECT case_id, remind_on::text, stage_id, state, nearest_kind, nearest_id, nearest_due::text FROM reminders WHERE sweep_on = $1 ORDER BY case_id LIMIT 5");
} finally {
  await db.close();
}
