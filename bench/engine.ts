import fc from "fast-check";
import { assess, parseCase, parseIsoDate, policies, type Assessment, type Case, type Policy } from "safeguarding-escalation";
import { casesFor } from "safeguarding-escalation/testing";
import { measure, type Row, type SectionReport, type Target } from "./harness.js";

const CASES = 100_000;
const TARGET_PER_SECOND = 1_000_000;

/**
 * The least an assessment can cost on the machine running the bench: check
 * every date of the case, look up every stage it entered, and build a result
 * with the keys, objects and list lengths `assess` gives for it, but with no
 * deadline logic (no walk, no limits, no working days). Not a contender: a
 * floor, so that the target can be read on any machine.
 */
function floorOf(policies: readonly Policy[]): (policy: Policy, record: Case, asOf: string, duties: number) => Assessment {
  const stageIndex = new Map(policies.map((policy) => [policy, new Map(policy.stages.map((stage, position) => [stage.id, position]))]));
  const anyDuty = Object.freeze({ id: "duty", kind: "record", what: "", where: null, to: [], form: null, stage: null, afterResolution: false, due: null, limit: null, overdue: false } as const);
  const dutyList: Assessment["duties"] = new Array(64).fill(anyDuty);
  const ref = { id: "stage", number: 1, title: "Stage" };
  return (policy, record, asOf, duties) => {
    const positions = stageIndex.get(policy) as Map<string, number>;
    parseIsoDate(asOf);
    parseIsoDate(record.raisedOn);
    if (record.riskDeadline !== undefined) parseIsoDate(record.riskDeadline);
    let flags = 0;
    for (const flag of record.flags ?? []) flags += flag.length;
    let current = 0;
    for (const event of record.events) {
      parseIsoDate(event.on);
      if (event.type === "stage-entered") current = Math.max(current, positions.get(event.stage) ?? 0);
    }
    const history = new Array<Assessment["history"][number]>(current + 1);
    for (let position = 0; position <= current; position++) history[position] = { id: ref.id, number: position + 1, start: record.raisedOn, escalateBy: null, enteredOnTime: null, due: asOf, completed: null, onTime: null };
    return {
      policy: policy.id,
      asOf,
      stage: { id: ref.id, number: ref.number, title: ref.title, start: record.raisedOn },
      history,
      step: null,
      due: asOf,
      originalDue: asOf,
      governedBy: "policy-limit",
      limit: null,
      state: "overdue",
      workingDaysLeft: null,
      workingDaysOverdue: flags,
      escalateTo: { stage: ref, final: null, actors: { raising: [], receiving: [] }, notify: [], copyTo: [], requiredNow: true, reason: null, by: asOf, limit: null, overdue: false },
      duties: dutyList.slice(0, duties),
      explanation: [],
      confirmed: true,
    };
  };
}

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
    // Parsed once, as a system does when it loads its cases: assess then trusts them.
    for (const { record, asOf } of open) {
      const parsed = parseCase(record, policy);
      if (!parsed.success) throw new Error(`casesFor gave a case parseCase refuses: ${JSON.stringify(parsed.errors)}`);
      prepared.push({ policy, record: parsed.case, asOf });
    }
  }
  const cases = prepared.slice(0, CASES);
  const states = new Map<string, number>();
  // How many duties each case's result lists, so that the floor builds lists as long.
  const dutyCounts: number[] = [];
  for (const { policy, record, asOf } of cases) {
    const { state, duties } = assess(policy, record, asOf, { explain: false });
    states.set(state, (states.get(state) ?? 0) + 1);
    dutyCounts.push(duties.length);
  }
  const floor = floorOf(all);

  // Each op returns a 10+ character string built from the result, so the result is consumed.
  const lean = await measure(
    "assess, explain: false",
    (i) => {
      const c = cases[i] as (typeof cases)[number];
      const result = assess(c.policy, c.record, c.asOf, { explain: false });
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
  const least = await measure(
    "floor: read the case, build a result of the same shape",
    (i) => {
      const c = cases[i] as (typeof cases)[number];
      const result = floor(c.policy, c.record, c.asOf, dutyCounts[i] as number);
      return `${result.state}:${result.due ?? "open"}:${result.duties.length}`;
    },
    cases.length,
    3000,
  );
  const rows: Row[] = [
    { contender: "ours: assess, explain: false", parameter: String(cases.length), opsPerSecond: lean.opsPerSecond, rmePercent: lean.rmePercent },
    { contender: "ours: assess with explanation sentences", parameter: String(cases.length), opsPerSecond: full.opsPerSecond, rmePercent: full.rmePercent },
    {
      contender: "floor (not an assessment): read the case and build a result of the same shape, no deadline logic",
      parameter: String(cases.length),
      opsPerSecond: least.opsPerSecond,
      rmePercent: least.rmePercent,
      oursOverContender: lean.opsPerSecond / least.opsPerSecond,
    },
  ];
  const targets: Target[] = [
    {
      description: `at least ${TARGET_PER_SECOND.toLocaleString("en-GB")} assessments per second on one core`,
      met: lean.opsPerSecond >= TARGET_PER_SECOND,
      detail: `${Math.round(lean.opsPerSecond).toLocaleString("en-GB")} per second without explanations (${(lean.opsPerSecond / TARGET_PER_SECOND).toFixed(2)} of the target); the floor on this machine is ${Math.round(least.opsPerSecond).toLocaleString("en-GB")} per second`,
    },
  ];
  return {
    title: "Bulk assessment: 100,000 open cases over the bundled policies",
    parameterName: "cases",
    rows,
    notes: [
      `Cases: ${cases.length} open cases, ${perPolicy} per bundled policy, from \`casesFor\` (safeguarding-escalation/testing) with fixed seeds, each parsed once with \`parseCase\` (as a system loading its cases would; \`assess\` checks any other object on every call); assessed on a date on or after their last event.`,
      `States in the set: ${[...states].map(([state, count]) => `${state} ${count}`).join(", ")}.`,
      "Each op is one full `assess`: stage, step, due date and governing rule, state, working days left or overdue, escalation target with roles, every outstanding duty with its due date, and the stage history. No other library computes this, so there is no contender to compare with.",
      "The floor row is not an assessment. It checks every date of the case (with `parseIsoDate`), looks up each stage entered, and builds a result with the same keys, objects and list lengths as `assess` returns for that case, with fixed values and no deadline logic. It measures what the machine allows before any deadline is worked out; its column on the right is `assess` (explain: false) divided by it.",
    ],
    targets,
  };
}
