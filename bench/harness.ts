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
  /** Ops per second of the CPU time the process used while timing: what one core gives, however loaded the machine. */
  readonly opsPerCpuSecond?: number;
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

/**
 * An operation over the i-th prepared input. What it returns is consumed so
 * that V8 cannot drop the work: a string by one of its characters, a number
 * as it is, and anything else (a result object) by keeping it alive for a
 * while, so that it must be built in full.
 */
export type Op<Result = unknown> = (i: number) => Result;

export interface Measurement {
  readonly opsPerSecond: number;
  readonly rmePercent: number;
  readonly batch: number;
  /**
   * Ops per second of CPU time: all the ops run while timing, over the CPU
   * time the whole process used meanwhile (the timer's own calls and any
   * collector thread included, so never more than one core's rate). On a
   * machine busy with other work, wall-clock rates fall with the time the
   * process waits for a core; this does not.
   */
  readonly opsPerCpuSecond: number;
  /** Each run's rate, in the order run: a first run well below the rest would mean the warm-up fell short. */
  readonly runs: readonly number[];
}

// Written to by every op so V8 cannot prove the results unused and drop the work.
let sink = 0;
// The last results that were objects: kept, so that none can be left unbuilt.
const kept = new Array<unknown>(256).fill(undefined);
let keptAt = 0;

function consume(value: unknown): void {
  if (typeof value === "string") sink ^= value.charCodeAt(9);
  else if (typeof value === "number") sink ^= value;
  else {
    kept[keptAt] = value;
    keptAt = (keptAt + 1) & 255;
    sink ^= keptAt;
  }
}

/** Lets main print the sink, so the accumulation is observable. */
export function sinkValue(): number {
  return sink;
}

// A sample must be long enough that the two timer reads around it (tens of ns)
// are noise, yet short enough to give many samples in the time budget.
const TARGET_BATCH_MS = 0.25;
const MAX_BATCH = 1000;

/**
 * Runs an op until its code is optimised for every input it will see: for
 * at least `ms`, and at least one pass over all the inputs (an engine op
 * meets a new policy, stage or shape of case deep into its inputs), unless
 * the op is so slow that four times `ms` pass first.
 */
function warmUp(op: Op, inputs: number, ms: number): void {
  const start = performance.now();
  let done = 0;
  for (;;) {
    for (let k = 0; k < 16; k++) consume(op(done++ % inputs));
    const elapsed = performance.now() - start;
    if ((elapsed >= ms && done >= inputs) || elapsed >= 4 * ms) return;
  }
}

/**
 * Ops per sample so that one sample takes about TARGET_BATCH_MS, found on
 * the warmed code: ops are timed in doubling runs until a run lasts 20 ms.
 * (Timed before warm-up, the first ops of a fresh process ran at a third
 * of the warmed rate, and the batches were sized for that.)
 */
function calibrateBatch(op: Op, inputs: number): number {
  let next = 0;
  for (let count = 16; ; count *= 2) {
    const start = performance.now();
    for (let k = 0; k < count; k++) {
      consume(op(next));
      next = next + 1 === inputs ? 0 : next + 1;
    }
    const elapsed = performance.now() - start;
    if (elapsed >= 20 || count >= 1 << 24) return Math.max(1, Math.min(MAX_BATCH, Math.ceil(TARGET_BATCH_MS / Math.max(elapsed / count, 1e-6))));
  }
}

/** One timed run of an op with tinybench: the mean time per op (ms), its standard deviation, the number of samples, and the ops run and CPU time used (µs) in all. */
interface Run {
  readonly mean: number;
  readonly sd: number;
  readonly samples: number;
  readonly ops: number;
  readonly cpuMicros: number;
}

/**
 * Times `op` cycling through `inputs` prepared inputs, in batches: one
 * tinybench sample times `batch` consecutive ops and reports the mean per op
 * (tinybench's `overriddenDuration`), because timing a single
 * sub-microsecond call would mostly measure the timer.
 */
async function timedRun(name: string, op: Op, inputs: number, batch: number, timeMs: number, start: number): Promise<Run> {
  let next = start % inputs;
  let ops = 0;
  // Low iteration floors: at a few ops/s the defaults (64 runs) would take minutes. Warmed up already.
  const bench = new Bench({ name, time: timeMs, iterations: 10, warmupTime: 0, warmupIterations: 1, throws: true });
  bench.add(
    name,
    (): FnReturnedObject => {
      const begun = performance.now();
      for (let k = 0; k < batch; k++) {
        consume(op(next));
        next = next + 1 === inputs ? 0 : next + 1;
      }
      const elapsed = performance.now() - begun;
      ops += batch;
      return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
    },
    // Explicit, so tinybench makes no exploratory call before warmup.
    { async: false },
  );
  const cpu = process.cpuUsage();
  await bench.run();
  const { user, system } = process.cpuUsage(cpu);
  const [task] = bench.tasks as [Task];
  const result = task.result;
  if (result.state !== "completed") {
    throw new Error(`Benchmark ${name} ended in state ${result.state}${result.state === "errored" ? `: ${result.error.message}` : ""}`);
  }
  return { mean: result.latency.mean, sd: result.latency.sd, samples: result.latency.samplesCount, ops, cpuMicros: user + system };
}

/**
 * The runs of one op taken together. Every sample is a batch of the same
 * size, so the mean of the per-op latencies is total time ÷ total ops, the
 * throughput a caller would see (tinybench's throughput.mean is a mean of
 * rates instead). The margin of error is that of the pooled samples, their
 * spread including the differences between runs.
 */
function pooled(runs: readonly Run[], batch: number): Measurement {
  const count = runs.reduce((sum, run) => sum + run.samples, 0);
  const mean = runs.reduce((sum, run) => sum + run.mean * run.samples, 0) / count;
  const squares = runs.reduce((sum, run) => sum + (run.samples - 1) * run.sd ** 2 + run.samples * (run.mean - mean) ** 2, 0);
  const sd = Math.sqrt(squares / Math.max(1, count - 1));
  const ops = runs.reduce((sum, run) => sum + run.ops, 0);
  const cpuMicros = runs.reduce((sum, run) => sum + run.cpuMicros, 0);
  return { opsPerSecond: 1000 / mean, rmePercent: (100 * 1.96 * sd) / Math.sqrt(count) / mean, batch, opsPerCpuSecond: (ops * 1e6) / cpuMicros, runs: runs.map((run) => 1000 / run.mean) };
}

/** Measures ops/s of `op` cycling through `inputs` prepared inputs: warmed up, then batched and timed. */
export async function measure(name: string, op: Op, inputs: number, timeMs: number): Promise<Measurement> {
  warmUp(op, inputs, Math.min(1000, timeMs));
  const batch = calibrateBatch(op, inputs);
  return pooled([await timedRun(name, op, inputs, batch, timeMs, 0)], batch);
}

/** One of the ops {@link measureSideBySide} compares. */
export interface Contender {
  readonly name: string;
  readonly op: Op;
}

/**
 * Measures several ops over the same inputs in one process, side by side:
 * each is warmed up and its batch calibrated, then they take turns, in
 * `rounds` runs of `timeMs / rounds` each, so that a change in the machine's
 * load while the section runs falls on all of them alike, and their ratios
 * hold even when their absolute rates move.
 */
export async function measureSideBySide(contenders: readonly Contender[], inputs: number, timeMs: number, rounds: number): Promise<Measurement[]> {
  const batches = contenders.map(({ op }) => {
    warmUp(op, inputs, 1000);
    return calibrateBatch(op, inputs);
  });
  const runs = contenders.map((): Run[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [k, { name, op }] of contenders.entries()) {
      process.stderr.write(`measuring ${name}, round ${round + 1} of ${rounds} ...\n`);
      // Each round starts where the last left off, so that every run meets different inputs.
      runs[k]?.push(await timedRun(name, op, inputs, batches[k] as number, timeMs / rounds, round * 7919));
    }
  }
  return contenders.map((_, k) => pooled(runs[k] as Run[], batches[k] as number));
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
  // Ops per CPU-second where a section gives them: beside the wall-clock rate, not instead of it.
  const cpu = report.rows.some((row) => row.opsPerCpuSecond !== undefined);
  lines.push(`| Contender | ${report.parameterName} | ops/s |${cpu ? " ops/CPU-s |" : ""} ± | ours ÷ contender |`, `|---|--:|--:|${cpu ? "--:|" : ""}--:|--:|`);
  for (const row of report.rows) {
    const perCpu = cpu ? ` ${row.opsPerCpuSecond === undefined ? "—" : formatOps(row.opsPerCpuSecond)} |` : "";
    lines.push(`| ${row.contender} | ${row.parameter} | ${formatOps(row.opsPerSecond)} |${perCpu} ${row.rmePercent.toFixed(1)}% | ${formatRatio(row.oursOverContender)} |`);
  }
  if (report.targets.length > 0) {
    lines.push("", "Targets:");
    for (const target of report.targets) {
      lines.push(`- ${target.met ? "MET" : "MISSED"}: ${target.description} (${target.detail})`);
    }
  }
  return lines.join("\n");
}
