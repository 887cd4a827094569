// examples/nightly-sweep on a real PostgreSQL (PGlite, in memory): seed a
// few thousand generated cases, sweep one night, and check every row of the
// night's tables against the library, and every qualifying case against the
// rows, recomputed here from `assess` rather than from `triage`.
//
// The night: Wednesday 23 December 2026. Tomorrow is Thursday 24 December,
// a working day (Christmas Eve is not a bank holiday); the days after it are
// Christmas Day (Friday), the weekend and the substitute Boxing Day (Monday
// 28th), so many cases raised in December fall due or due-soon on the 24th.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSchema, seedCases } from "../../examples/nightly-sweep/seed.js";
import { sweep, type SweepCounts } from "../../examples/nightly-sweep/sweep.js";
import { assess, getPolicy, parseCase, policies, triage, type Assessment, type Case, type Policy } from "../../src/index.js";

const AS_OF = "2026-12-23";
const TOMORROW = "2026-12-24";
const COUNT = 3000;

interface Stored {
  readonly id: number;
  readonly open: boolean;
  readonly policy: Policy;
  readonly record: Case;
}

let db: PGlite;
let counts: SweepCounts;
let stored: readonly Stored[];

beforeAll(async () => {
  db = await PGlite.create();
  await createSchema(db);
  await seedCases(db, { count: COUNT, asOf: AS_OF });
  counts = await sweep(db, AS_OF);
  const { rows } = await db.query<{ id: number; policy_id: string; record: unknown; open: boolean }>("SELECT id, policy_id, record, open FROM cases ORDER BY id");
  stored = rows.map((row) => {
    const policy = getPolicy(row.policy_id);
    const parsed = parseCase(row.record, policy);
    if (!parsed.success) throw new Error(`case ${row.id} does not parse: ${JSON.stringify(parsed.errors)}`);
    return { id: row.id, open: row.open, policy, record: parsed.case };
  });
  // Creating the database in WebAssembly takes 5 s on an idle 2-core machine, and several times that when it is busy.
}, 120_000);

afterAll(async () => {
  await db.close();
});

const byId = (id: number): Stored => stored.find((found) => found.id === id) as Stored;
const assessOn = ({ policy, record }: Stored, day: string): Assessment => assess(policy, record, day, { explain: false });

/**
 * What a change of the assessment is (triage's `nextChange` JSDoc): the
 * state, whether an escalation is required now or late, whether the step is
 * overdue while open, and the set of overdue duties.
 */
function watched(assessment: Assessment): string {
  return JSON.stringify([
    assessment.state,
    assessment.escalateTo?.requiredNow ?? false,
    assessment.escalateTo?.overdue ?? false,
    assessment.state !== "resolved" && (assessment.step?.overdue ?? false),
    assessment.duties.filter((duty) => duty.overdue).map((duty) => duty.id).sort(),
  ]);
}

/** The README's rule, in assess's words: an escalation is required and late. */
function overdueEscalation(assessment: Assessment): boolean {
  const to = assessment.escalateTo;
  return to !== null && (to.overdue || (to.requiredNow && assessment.state === "overdue"));
}

async function rowsOf<T>(sql: string): Promise<T[]> {
  return (await db.query<T>(sql, [AS_OF])).rows;
}

describe("examples/nightly-sweep", () => {
  it("stores every generated case, open ones and closed ones, and the open column agrees with assess", () => {
    expect(stored).toHaveLength(COUNT);
    for (const item of stored) expect(item.open, `case ${item.id}`).toBe(assessOn(item, AS_OF).state !== "resolved");
    const open = stored.filter((item) => item.open).length;
    expect(counts.open).toBe(open);
    // A sweep over cases that are all open, or all closed, would test little.
    expect(open).toBeGreaterThan(COUNT / 4);
    expect(open).toBeLessThan(COUNT);
    expect(new Set(stored.map((item) => item.policy.id)).size).toBe(Object.keys(policies).length);
  });

  it("writes a reminder exactly for each open case whose assessment changes tomorrow", async () => {
    const rows = await rowsOf<{ case_id: number; remind_on: string; stage_id: string; state: string; nearest_kind: string | null; nearest_id: string | null; nearest_due: string | null }>(
      "SELECT case_id, remind_on::text, stage_id, state, nearest_kind, nearest_id, nearest_due::text FROM reminders WHERE sweep_on = $1 ORDER BY case_id",
    );
    expect(rows).toHaveLength(counts.reminders);
    for (const row of rows) {
      const item = byId(row.case_id);
      const found = triage(item.policy, item.record, AS_OF);
      expect(found.nextChange, `case ${row.case_id}`).toBe(TOMORROW);
      expect(row).toEqual({ case_id: item.id, remind_on: TOMORROW, stage_id: found.stage.id, state: found.state, nearest_kind: found.nearest?.kind ?? null, nearest_id: found.nearest?.id ?? null, nearest_due: found.nearest?.due ?? null });
    }
    // Independently: the open cases whose assessment tomorrow differs from tonight's.
    const expected = stored.filter((item) => item.open && watched(assessOn(item, AS_OF)) !== watched(assessOn(item, TOMORROW))).map((item) => item.id);
    expect(rows.map((row) => row.case_id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("lists an overdue escalation exactly for each open case that must be escalated and is late", async () => {
    const rows = await rowsOf<{ case_id: number; stage_id: string; stage_due: string | null; escalation_late: boolean; stage_overdue: boolean }>(
      "SELECT case_id, stage_id, stage_due::text, escalation_late, stage_overdue FROM overdue_escalations WHERE sweep_on = $1 ORDER BY case_id",
    );
    expect(rows).toHaveLength(counts.overdueEscalations);
    for (const row of rows) {
      const assessment = assessOn(byId(row.case_id), AS_OF);
      expect(overdueEscalation(assessment), `case ${row.case_id}`).toBe(true);
      expect(row).toEqual({ case_id: row.case_id, stage_id: assessment.stage.id, stage_due: assessment.due, escalation_late: assessment.escalateTo?.overdue, stage_overdue: assessment.state === "overdue" });
    }
    const expected = stored.filter((item) => item.open && overdueEscalation(assessOn(item, AS_OF))).map((item) => item.id);
    expect(rows.map((row) => row.case_id)).toEqual(expected);
    // Both ways of being late occur, and so does an escalation required now that is not late.
    expect(rows.some((row) => row.escalation_late)).toBe(true);
    expect(rows.some((row) => row.stage_overdue && !row.escalation_late)).toBe(true);
    expect(stored.some((item) => item.open && assessOn(item, AS_OF).escalateTo?.requiredNow === true && !expected.includes(item.id))).toBe(true);
  });

  it("refuses no generated case, and a second run of the night replaces its rows", async () => {
    expect(counts.refused).toBe(0);
    expect(await sweep(db, AS_OF)).toEqual(counts);
    const [{ reminders, overdue }] = await rowsOf<{ reminders: number; overdue: number }>(
      "SELECT (SELECT count(*)::int FROM reminders WHERE sweep_on = $1) AS reminders, (SELECT count(*)::int FROM overdue_escalations WHERE sweep_on = $1) AS overdue",
    ) as [{ reminders: number; overdue: number }];
    expect({ reminders, overdue }).toEqual({ reminders: counts.reminders, overdue: counts.overdueEscalations });
  });

  // Last: it adds cases the tests above do not expect.
  it("refuses a stored case it cannot triage, with the reason, and sweeps the rest", async () => {
    // An event recorded after the night swept (as when a past night is swept again), and a policy no one knows.
    const afterTonight = { policy: "swindon", raisedOn: "2026-12-21", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-24" }] };
    const unknown = { policy: "nowhere", raisedOn: "2026-12-21", events: [] };
    const { rows } = await db.query<{ id: number }>(
      "INSERT INTO cases (policy_id, record) SELECT r ->> 'policy', r FROM jsonb_array_elements($1::jsonb) AS r RETURNING id",
      [JSON.stringify([afterTonight, unknown])],
    );
    const [afterId, unknownId] = rows.map((row) => row.id);
    const again = await sweep(db, AS_OF);
    expect(again).toEqual({ ...counts, open: counts.open + 2, refused: 2 });
    const refused = await rowsOf<{ case_id: number; reason: string }>("SELECT case_id, reason FROM refused_cases WHERE sweep_on = $1 ORDER BY case_id");
    expect(refused.map((row) => row.case_id)).toEqual([afterId, unknownId]);
    expect(refused[0]?.reason).toMatch(/^The case is not valid: events\[0\]/);
    expect(refused[1]?.reason).toBe('There is no bundled policy "nowhere": the bundled policies are swindon, rochdale, trafford, redbridge, mid-and-west-wales.');
  });
});
