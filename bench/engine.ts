import fc from "fast-check";
import { assess, parseCase, policies, triage, type Assessment, type Case, type CaseEvent, type Policy, type Triage } from "safeguarding-escalation";
import { casesFor } from "safeguarding-escalation/testing";
import { measureSideBySide, type Contender, type Measurement, type Row, type SectionReport, type Target } from "./harness.js";

const CASES = 100_000;
const TARGET_PER_SECOND = 1_000_000;
const TARGET_RATIO = 2;
// Per contender, in turns of TIME_MS / ROUNDS.
const TIME_MS = 4000;
const ROUNDS = 8;

interface Prepared {
  readonly policy: Policy;
  readonly record: Case;
  readonly asOf: string;
}

/**
 * The honest lower bound of any work on a case: read each of its fields
 * once, and nothing more (a string's length is read, not its characters).
 * Whatever triage or assess does, it must at least do this.
 */
function readEveryField({ policy, record, asOf }: Prepared): number {
  let total = policy.id.length + asOf.length + record.policy.length + record.raisedOn.length + (record.subject?.length ?? 0) + (record.riskDeadline?.length ?? 0) + (record.priority?.length ?? 0);
  if (record.flags !== undefined) for (const flag of record.flags) total += flag.length;
  for (const event of record.events) total += event.type.length + event.on.length + ownFieldsOf(event);
  return total;
}

function ownFieldsOf(event: CaseEvent): number {
  switch (event.type) {
    case "stage-entered":
    case "resolved":
      return event.stage.length;
    case "step-done":
      return event.step.length;
    case "duty-done":
      return event.duty.length;
    case "happened":
      return event.event.length;
    case "flagged":
      return event.flag.length;
    case "action-agreed":
      return event.action.length + event.what.length + event.due.length;
    case "clock-stopped":
      return event.reason.length;
    case "priority-changed":
      return event.priority.length;
    default:
      return 0;
  }
}

/** The fields a triage shares with an assessment, worked out from the assessment (see test/engine/triage.test.ts). */
function triageOf(assessment: Assessment): Omit<Triage, "nextChange"> {
  const open = assessment.state !== "resolved";
  const candidates: { kind: "stage" | "step" | "escalation" | "duty"; id: string; due: string }[] = [];
  if (open && assessment.due !== null) candidates.push({ kind: "stage", id: assessment.stage.id, due: assessment.due });
  if (open && assessment.step?.due != null) candidates.push({ kind: "step", id: assessment.step.id, due: assessment.step.due });
  const escalation = assessment.escalateTo;
  if (escalation !== null && escalation.limit !== null && escalation.by !== null) candidates.push({ kind: "escalation", id: escalation.stage?.id ?? "", due: escalation.by });
  for (const duty of assessment.duties) if (duty.due !== null) candidates.push({ kind: "duty", id: duty.id, due: duty.due });
  return {
    policy: assessment.policy,
    asOf: assessment.asOf,
    stage: { id: assessment.stage.id, number: assessment.stage.number, title: assessment.stage.title },
    state: assessment.state,
    due: assessment.due,
    nearest: candidates.reduce<(typeof candidates)[number] | null>((best, candidate) => (best === null || candidate.due < best.due ? candidate : best), null),
    stepOverdue: open && (assessment.step?.overdue ?? false),
    escalationRequiredNow: assessment.escalateTo?.requiredNow ?? false,
    escalationOverdue: assessment.escalateTo?.overdue ?? false,
    overdueDuties: assessment.duties.filter((duty) => duty.overdue).length,
  };
}

/** Bulk triage and assessment: what a case-management system does nightly over every open case. */
export async function engineBench(): Promise<SectionReport> {
  // The same 100,000 open (unresolved) cases every run: fixed seed, spread over the five policies.
  const all = Object.values(policies) as Policy[];
  const perPolicy = Math.ceil(CASES / all.length);
  const prepared: Prepared[] = [];
  for (const [offset, policy] of all.entries()) {
    const open = fc
      .sample(casesFor(policy), { numRuns: perPolicy * 3, seed: 2026 + offset })
      .filter(({ record }) => !record.events.some((event) => event.type === "resolved"))
      .slice(0, perPolicy);
    // Parsed once, as a system does when it loads its cases: assess and triage then trust them.
    for (const { record, asOf } of open) {
      const parsed = parseCase(record, policy);
      if (!parsed.success) throw new Error(`casesFor gave a case parseCase refuses: ${JSON.stringify(parsed.errors)}`);
      prepared.push({ policy, record: parsed.case, asOf });
    }
  }
  const cases = prepared.slice(0, CASES);

  // Correctness first, in the same run: triage agrees with assess on every case.
  const checkStarted = performance.now();
  const states = new Map<string, number>();
  let disagreements = 0;
  let wakeUps = 0;
  let events = 0;
  for (const c of cases) {
    const assessment = assess(c.policy, c.record, c.asOf, { explain: false });
    const { nextChange, ...shared } = triage(c.policy, c.record, c.asOf);
    if (JSON.stringify(shared) !== JSON.stringify(triageOf(assessment))) disagreements++;
    if (nextChange !== null) wakeUps++;
    states.set(assessment.state, (states.get(assessment.state) ?? 0) + 1);
    events += c.record.events.length;
  }
  if (disagreements > 0) throw new Error(`triage disagrees with assess on ${disagreements} of ${cases.length} cases`);
  const checkMs = Math.round(performance.now() - checkStarted);

  const at = (i: number) => cases[i] as Prepared;
  const contenders: Contender[] = [
    { name: "ours: triage", op: (i) => triage(at(i).policy, at(i).record, at(i).asOf) },
    { name: "assess, explain: false", op: (i) => assess(at(i).policy, at(i).record, at(i).asOf, { explain: false }) },
    { name: "assess with explanation sentences", op: (i) => assess(at(i).policy, at(i).record, at(i).asOf) },
    { name: "lower bound: read every field of the case once", op: (i) => readEveryField(at(i)) },
  ];
  const measured = await measureSideBySide(contenders, cases.length, TIME_MS, ROUNDS);
  const [triaged, lean, full, floor] = measured as [Measurement, Measurement, Measurement, Measurement];
  const row = (contender: Contender, measured: Measurement, ratio?: number): Row => ({
    contender: contender.name,
    parameter: String(cases.length),
    opsPerSecond: measured.opsPerSecond,
    rmePercent: measured.rmePercent,
    opsPerCpuSecond: measured.opsPerCpuSecond,
    ...(ratio === undefined ? {} : { oursOverContender: ratio }),
  });
  const [ours, leanContender, fullContender, floorContender] = contenders as [Contender, Contender, Contender, Contender];
  const ratio = triaged.opsPerSecond / lean.opsPerSecond;
  const rows: Row[] = [row(ours, triaged), row(leanContender, lean, ratio), row(fullContender, full, triaged.opsPerSecond / full.opsPerSecond), row(floorContender, floor, triaged.opsPerSecond / floor.opsPerSecond)];
  const rate = (measured: Measurement) => Math.round(measured.opsPerSecond).toLocaleString("en-GB");
  const targets: Target[] = [
    {
      description: `triage at least ${TARGET_RATIO}× assess (explain: false), measured side by side`,
      met: ratio >= TARGET_RATIO,
      detail: `${ratio.toFixed(2)}×: ${rate(triaged)} against ${rate(lean)} per second`,
    },
    {
      description: `at least ${TARGET_PER_SECOND.toLocaleString("en-GB")} triages per second on one core`,
      met: triaged.opsPerSecond >= TARGET_PER_SECOND,
      detail: `${rate(triaged)} per second of wall-clock time (${(triaged.opsPerSecond / TARGET_PER_SECOND).toFixed(2)} of the target), ${Math.round(triaged.opsPerCpuSecond).toLocaleString("en-GB")} per second of CPU time; reading every field of each case once, and nothing more, runs at ${rate(floor)} per second on this machine`,
    },
  ];
  return {
    title: "Bulk triage and assessment: 100,000 open cases over the bundled policies",
    parameterName: "cases",
    rows,
    notes: [
      `Cases: ${cases.length} open cases, ${perPolicy} per bundled policy, from \`casesFor\` (safeguarding-escalation/testing) with fixed seeds (${(events / cases.length).toFixed(2)} events a case), each parsed once with \`parseCase\` (as a system loading its cases would; \`assess\` and \`triage\` check any other object on every call); each taken on a date on or after its last event.`,
      `States in the set: ${[...states].map(([state, count]) => `${state} ${count}`).join(", ")}; ${wakeUps} have a \`nextChange\`.`,
      `Checked before timing, in the same run: \`triage\` agrees with \`assess\` on every field they share (the nearest deadline and the overdue duties worked out from the assessment), on all ${cases.length} cases (${checkMs} ms).`,
      "One op of `triage`: the stage, its state and due date, the nearest deadline and what it is for, whether an escalation is required now or late, how many duties are overdue, and the next day the assessment changes. One op of `assess`: the stage and step, the due date and which rule governs it, the state, working days left or overdue, the escalation target with its roles, every outstanding duty with its own due date, the stage history, and (with explanations) the sentences. Each op's result is kept for a while, so that it is built in full.",
      `The last row is a lower bound, not a contender: it reads every field of each case once (a string's length, not its characters) and does nothing else. Its right-hand column, like the others', is \`triage\` divided by it.`,
      `Each run's rate, in the order run (per second): ${contenders.map((contender, k) => `${contender.name} ${measured[k]?.runs.map((rate) => Math.round(rate).toLocaleString("en-GB")).join(", ")}`).join("; ")}.`,
      `Method: the four run side by side in one process. Each is warmed up (at least a second and a full pass over the cases) before its batch is sized, then they take turns, ${ROUNDS} runs of ${TIME_MS / ROUNDS} ms each, so that a change in the machine's load falls on all of them alike; a row's figure pools its runs (total ops ÷ total time), and its ± the pooled samples' margin of error. Ops per CPU-second divide all the ops timed by the CPU time the process used meanwhile: on a machine busy with other work they hold where wall-clock rates fall. The target is judged on wall-clock time.`,
    ],
    targets,
  };
}
