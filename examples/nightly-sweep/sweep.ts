// The nightly job: triage every open case in the database on a date and
// write tonight's reminders, overdue escalations and refusals.
//
// A user imports "safeguarding-escalation"; this example imports the source
// instead, because inside this repository that name resolves to the built
// dist/ (the package refers to itself), which the test suite must not need.
import type { PGlite } from "@electric-sql/pglite";
import { addCalendarDays, getPolicy, InvalidCaseError, parseCase, parseIsoDate, triage, UnknownPolicyError, type Case, type IsoDate, type Policy, type Triage } from "../../src/index.js";

/** What one night's sweep found. */
export interface SweepCounts {
  /** Open cases read (no resolution recorded), refused ones included. */
  readonly open: number;
  /** Cases whose assessment changes tomorrow. */
  readonly reminders: number;
  readonly overdueEscalations: number;
  /** Stored cases that could not be triaged; each is in `refused_cases` with its reason. */
  readonly refused: number;
}

/**
 * Whether a triaged case is an overdue escalation: it must be escalated and
 * is late. Either the time a route or the next stage's escalate-by limit
 * gives has passed (`escalationOverdue`, assess's `escalateTo.overdue`), or
 * the current stage's own due date has passed while there is a next stage
 * or final body to go to (`escalationRequiredNow` with state `overdue`;
 * without one, nothing is required). An escalation required now but not
 * late, such as a route sending a case up on the day it is raised, is not
 * overdue.
 */
function isOverdueEscalation(found: Triage): boolean {
  return found.escalationOverdue || (found.escalationRequiredNow && found.state === "overdue");
}

/**
 * Triages every open case on `asOf` and replaces that night's rows in
 * `reminders` (cases whose `nextChange` is the next day), `overdue_escalations`
 * and `refused_cases`, in one transaction: running a night again gives the
 * same rows.
 *
 * @example
 * ```ts
 * const counts = await sweep(db, "2026-12-23");
 * counts.reminders // cases whose assessment changes on Christmas Eve
 * ```
 */
export async function sweep(db: PGlite, asOf: IsoDate): Promise<SweepCounts> {
  const tomorrow = addCalendarDays(parseIsoDate(asOf, "asOf"), 1);
  const { rows } = await db.query<{ id: number; policy_id: string; record: unknown }>("SELECT id, policy_id, record FROM cases WHERE open ORDER BY id");

  const reminders: object[] = [];
  const overdue: object[] = [];
  const refused: object[] = [];
  for (const row of rows) {
    let found: Triage;
    try {
      // A system with policies of its own would look them up here.
      const policy = getPolicy(row.policy_id);
      found = triage(policy, loadCase(row.record, policy), asOf);
    } catch (error) {
      // One bad record must not stop the night's work for every other case.
      if (!(error instanceof InvalidCaseError || error instanceof UnknownPolicyError)) throw error;
      refused.push({ case_id: row.id, reason: error.message });
      continue;
    }
    if (found.nextChange === tomorrow) {
      reminders.push({ case_id: row.id, remind_on: tomorrow, stage_id: found.stage.id, state: found.state, nearest_kind: found.nearest?.kind ?? null, nearest_id: found.nearest?.id ?? null, nearest_due: found.nearest?.due ?? null });
    }
    if (isOverdueEscalation(found)) {
      overdue.push({ case_id: row.id, stage_id: found.stage.id, stage_due: found.due, escalation_late: found.escalationOverdue, stage_overdue: found.state === "overdue" });
    }
  }

  await db.transaction(async (tx) => {
    for (const table of ["reminders", "overdue_escalations", "refused_cases"]) await tx.query(`DELETE FROM ${table} WHERE sweep_on = $1`, [asOf]);
    // One statement per table: the rows go over as one JSON array.
    await tx.query(
      `INSERT INTO reminders SELECT $1::date, r.* FROM jsonb_to_recordset($2::jsonb)
         AS r(case_id integer, remind_on date, stage_id text, state text, nearest_kind text, nearest_id text, nearest_due date)`,
      [asOf, JSON.stringify(reminders)],
    );
    await tx.query(
      `INSERT INTO overdue_escalations SELECT $1::date, r.* FROM jsonb_to_recordset($2::jsonb)
         AS r(case_id integer, stage_id text, stage_due date, escalation_late boolean, stage_overdue boolean)`,
      [asOf, JSON.stringify(overdue)],
    );
    await tx.query(`INSERT INTO refused_cases SELECT $1::date, r.* FROM jsonb_to_recordset($2::jsonb) AS r(case_id integer, reason text)`, [asOf, JSON.stringify(refused)]);
  });
  return { open: rows.length, reminders: reminders.length, overdueEscalations: overdue.length, refused: refused.length };
}

/**
 * A stored record, parsed as it is loaded: the engine trusts a case that
 * parseCase made for the same policy, so triage does not check it again.
 *
 * @throws {@link InvalidCaseError} with parseCase's issues
 */
export function loadCase(record: unknown, policy: Policy): Case {
  const parsed = parseCase(record, policy);
  if (!parsed.success) throw new InvalidCaseError(parsed.errors);
  return parsed.case;
}
