import fc from "fast-check";
import { assess, policies, type Case, type Policy } from "safeguarding-escalation";
import { casesFor } from "safeguarding-escalation/testing";
import { measure, type Row, type SectionReport, type Target } from "./harness.js";

const CASES = 100_000;
const TARGET_PER_SECOND = 1_000_000;

/** Bulk assessment: what a case-management system does nightly over every open case. */
export async function engineBench(): Promise<SectionReport> {
  // The same 100,000 open (unresolved) cases every run: fixed seed, spread over the five policies.
  const all = Object.values(policies) as Policy[];
  const perPolicy = Math.ceil(CASES / all.length);
  const prepared: { policy: Policy; record: Case; asOf: string }[] = [];
  for (const [offset, policy] of all.entries()) {
    const open = fc
      .sample(casesFor(policy), { numRuns: perPolicy * 3, seed: 2026 + offset })
      .filter(({ record }) => !record.events.some((event) => event.type === "resolved"))
      .slice(0, perPolicy);
    for (const { record, asOf } of open) prepared.push({ policy, record, asOf });
  }
  const cases = prepared.slice(0, CASES);
  const states = new Map<string, number>();
  for (const { policy, record, asOf } of cases) {
    const state = assess(policy, record, asOf, undefined, { explain: false }).state;
    states.set(state, (states.get(state) ?? 0) + 1);
  }

  // Each op returns a 10+ character string built from the result, so the result is consumed.
  const lean = await measure(
    "assess, explain: false",
    (i) => {
      const c = cases[i] as (typeof cases)[number];
      const result = assess(c.policy, c.record, c.asOf, undefined, { explain: false });
      return `${result.state}:${result.due ?? "open"}:${result.duties.length}`;
    },
    cases.length,
    3000,
  );
  const full = await measure(
    "assess with explanation",
    (i) => {
      const c = cases[i] as (typeof cases)[number];
      const result = assess(c.policy, c.record, c.asOf);
      return `${result.state}:${result.due ?? "open"}:${result.explanation.length}`;
    },
    cases.length,
    3000,
  );
  const rows: Row[] = [
    { contender: "ours: assess, explain: false", parameter: String(cases.length), opsPerSecond: lean.opsPerSecond, rmePercent: lean.rmePercent },
    { contender: "ours: assess with explanation sentences", parameter: String(cases.length), opsPerSecond: full.opsPerSecond, rmePercent: full.rmePercent },
  ];
  const targets: Target[] = [
    {
      description: `at least ${TARGET_PER_SECOND.toLocaleString("en-GB")} assessments per second on one core`,
      met: lean.opsPerSecond >= TARGET_PER_SECOND,
      detail: `${Math.round(lean.opsPerSecond).toLocaleString("en-GB")} per second without explanations (${(lean.opsPerSecond / TARGET_PER_SECOND).toFixed(2)} of the target)`,
    },
  ];
  return {
    title: "Bulk assessment: 100,000 open cases over the bundled policies",
    parameterName: "cases",
    rows,
    notes: [
      `Cases: ${cases.length} open cases, ${perPolicy} per bundled policy, from \`casesFor\` (safeguarding-escalation/testing) with fixed seeds; assessed on a date on or after their last event.`,
      `States in the set: ${[...states].map(([state, count]) => `${state} ${count}`).join(", ")}.`,
      "Each op is one full `assess`: stage, step, due date and governing rule, state, working days left or overdue, escalation target with roles, every outstanding duty with its due date, and the stage history. No other library computes this, so there is no contender to compare with.",
    ],
    targets,
  };
}
