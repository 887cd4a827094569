import { performance } from "node:perf_hooks";
import { Bench, type FnReturnedObject, type Task } from "tinybench";

/** One measured line of a section's table. */
export interface Row {
  readonly contender: string;
  /** The value of the section's parameter column (e.g. "5" for n = 5). */
  readonly parameter: string;
  readonly opsPerSecond: number;
  /** Relative margin of error of the mean time per op, in percent. */
  readonly rmePercent: number;
  /** How many times faster our code is than this contender; undefined for our own rows. */
  readonly oursOverContender?: number;
}

/** A pass/fail claim a section checks, printed after its table. */
export interface Target {
  readonly description: string;
  readonly met: boolean;
  readonly detail: string;
}

/** What a section hands back to main for printing. */
export interface SectionReport {
  readonly title: string;
  /** Header of the parameter column, e.g. "n". */
  readonly parameterName: string;
  readonly rows: readonly Row[];
  /** Free-form lines printed before the table: correctness checks, what each contender does. */
  readonly notes: readonly string[];
  readonly targets: readonly Target[];
}

export type Section = () => Promise<SectionReport>;

/** An operation over the i-th prepared input; returns a string so every contender's result is consumed the same way. */
export type Op = (i: number) => string;

export interface Measurement {
  readonly opsPerSecond: number;
  readonly rmePercent: number;
  readonly batch: number;
}

// Written to by every op so V8 cannot prove the results unused and drop the work.
let sink = 0;

/** Lets main print the sink, so the accumulation is observable. */
export function sinkValue(): number {
  return sink;
}

// A sample must be long enough that the two timer reads around it (tens of ns)
// are noise, yet short enough to give many samples in the time budget.
const TARGET_BATCH_MS = 0.25;
const MAX_BATCH = 1000;

/** Ops per sample so that one sample takes about TARGET_BATCH_MS. */
function calibrateBatch(op: Op, inputs: number): number {
  const probe = Math.min(inputs, 20);
  const start = performance.now();
  for (let i = 0; i < probe; i++) sink ^= op(i).charCodeAt(9);
  const perOpMs = (performance.now() - start) / probe;
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(TARGET_BATCH_MS / Math.max(perOpMs, 1e-6))));
}

/**
 * Measures ops/s of `op` cycling through `inputs` prepared inputs, each in
 * its own tinybench instance so that per-task budgets stay independent.
 *
 * Fast ops are batched: one tinybench sample times `batch` consecutive ops and
 * reports the mean per op (tinybench's `overriddenDuration`), because timing a
 * single sub-microsecond call would mostly measure the timer.
 */
export async function measure(name: string, op: Op, inputs: number, timeMs: number): Promise<Measurement> {
  const batch = calibrateBatch(op, inputs);
  let next = 0;
  // Low iteration floors: at a few ops/s the defaults (64 runs, 16 warmup runs) would take minutes.
  const bench = new Bench({
    name,
    time: timeMs,
    iterations: 10,
    warmupTime: Math.min(250, timeMs / 2),
    warmupIterations: 2,
    throws: true,
  });
  bench.add(
    name,
    (): FnReturnedObject => {
      const start = performance.now();
      for (let k = 0; k < batch; k++) {
        sink ^= op(next).charCodeAt(9);
        next = next + 1 === inputs ? 0 : next + 1;
      }
      const elapsed = performance.now() - start;
      return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
    },
    // Explicit, so tinybench makes no exploratory call before warmup.
    { async: false },
  );
  await bench.run();
  const [task] = bench.tasks as [Task];
  const result = task.result;
  if (result.state !== "completed") {
    throw new Error(`Benchmark ${name} ended in state ${result.state}${result.state === "errored" ? `: ${result.error.message}` : ""}`);
  }
  // Equal-sized batches make the mean of per-op latencies equal total time / total ops,
  // which is the throughput a caller would see; tinybench's throughput.mean is a mean of rates instead.
  return { opsPerSecond: 1000 / result.latency.mean, rmePercent: result.latency.rme, batch };
}

/** A deterministic PRNG (mulberry32), so every run benchmarks the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function formatOps(ops: number): string {
  if (ops >= 100) return Math.round(ops).toLocaleString("en-GB");
  return ops.toPrecision(3);
}

function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined) return "—";
  if (ratio >= 100) return `${Math.round(ratio).toLocaleString("en-GB")}×`;
  return `${ratio.toPrecision(3)}×`;
}

/** Renders a section as markdown: notes, the results table, then its targets. */
export function renderSection(report: SectionReport): string {
  const lines = [`## ${report.title}`, ""];
  for (const note of report.notes) lines.push(note);
  if (report.notes.length > 0) lines.push("");
  lines.push(`| Contender | ${report.parameterName} | ops/s | ± | ours ÷ contender |`, "|---|--:|--:|--:|--:|");
  for (const row of report.rows) {
    lines.push(
      `| ${row.contender} | ${row.parameter} | ${formatOps(row.opsPerSecond)} | ${row.rmePercent.toFixed(1)}% | ${formatRatio(row.oursOverContender)} |`,
    );
  }
  if (report.targets.length > 0) {
    lines.push("", "Targets:");
    for (const target of report.targets) {
      lines.push(`- ${target.met ? "MET" : "MISSED"}: ${target.description} (${target.detail})`);
    }
  }
  return lines.join("\n");
}
