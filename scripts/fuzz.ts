/**
 * `npm run fuzz`: the properties of test/fuzzProperties.ts, a million
 * generated inputs in all, over every public entry point; then the timing
 * checks, alone on the machine. Two processes share the suites (this machine
 * has two cores). Prints a markdown summary for TESTING.md; exits 1 if any
 * property or timing check fails, with the seed and the counterexample.
 *
 *   npm run fuzz                       the full run
 *   FUZZ_SCALE=0.01 npm run fuzz       a hundredth of the runs of each suite
 *   FUZZ_SEED=1234 npm run fuzz        the same inputs again
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { suites, timingChecks } from "../test/fuzzProperties.js";

interface Outcome {
  readonly name: string;
  readonly runs: number;
  readonly ms: number;
  readonly failure?: string;
}

const MINIMUM = 1_000_000;
const scale = Number(process.env.FUZZ_SCALE ?? "1");
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));
const MARK = "fuzz-outcome ";

/** A worker: runs every WORKERS-th suite from `shard` on, and prints one outcome a line. */
async function worker(shard: number): Promise<void> {
  const all = suites();
  for (let i = shard; i < all.length; i += WORKERS) {
    const suite = all[i];
    if (suite === undefined) continue;
    const numRuns = Math.max(1, Math.round(suite.runs * scale));
    const started = performance.now();
    const details = await fc.check(suite.property, { numRuns, seed: seed + i });
    const ms = performance.now() - started;
    const failure = details.failed ? `${String(details.errorInstance)}\n\n${fc.defaultReportMessage(details) ?? ""}` : undefined;
    const outcome: Outcome = { name: suite.name, runs: details.numRuns, ms, ...(failure === undefined ? {} : { failure }) };
    process.stdout.write(`${MARK}${JSON.stringify(outcome)}\n`);
  }
}

function spawnWorker(shard: number): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--shard", String(shard)], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, FUZZ_SEED: String(seed) } });
    const outcomes: Outcome[] = [];
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.startsWith(MARK))) {
        const outcome = JSON.parse(line.slice(MARK.length)) as Outcome;
        outcomes.push(outcome);
        process.stderr.write(`  ${outcome.failure === undefined ? "ok" : "FAILED"} ${outcome.name}: ${thousands(outcome.runs)} in ${(outcome.ms / 1000).toFixed(1)} s\n`);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(outcomes) : reject(new Error(`fuzz worker ${shard} exited ${code}`))));
  });
}

const thousands = (n: number) => n.toLocaleString("en-GB");

async function main(): Promise<number> {
  const started = performance.now();
  console.error(`fuzz: seed ${seed}, scale ${scale}, ${WORKERS} processes`);
  const outcomes = (await Promise.all(Array.from({ length: WORKERS }, (_, shard) => spawnWorker(shard)))).flat();
  const fuzzSeconds = (performance.now() - started) / 1000;
  const total = outcomes.reduce((sum, o) => sum + o.runs, 0);
  const failures = outcomes.filter((o) => o.failure !== undefined);

  console.error("fuzz: timing checks, alone");
  const timingStarted = performance.now();
  const timings = timingChecks();
  const timingSeconds = (performance.now() - timingStarted) / 1000;

  console.log(`## npm run fuzz (seed ${seed}, scale ${scale})\n`);
  console.log(`${thousands(total)} generated inputs in ${fuzzSeconds.toFixed(0)} s over ${outcomes.length} properties (${WORKERS} processes); timing checks ${timingSeconds.toFixed(0)} s.\n`);
  console.log("| Property | Inputs | Time (s) | Result |\n|---|--:|--:|---|");
  for (const o of outcomes) console.log(`| ${o.name} | ${thousands(o.runs)} | ${(o.ms / 1000).toFixed(1)} | ${o.failure === undefined ? "passed" : "FAILED"} |`);
  console.log("\n| Timing check | Figures | Result |\n|---|---|---|");
  for (const t of timings) console.log(`| ${t.name} | ${t.figures} | ${t.passed ? "passed" : "FAILED"} |`);
  for (const o of failures) console.log(`\n### ${o.name} FAILED\n\n\`\`\`\n${o.failure}\n\`\`\``);
  const enough = scale < 1 || total >= MINIMUM;
  if (!enough) console.log(`\nFAILED: ${thousands(total)} inputs, fewer than ${thousands(MINIMUM)}.`);
  const failed = failures.length + timings.filter((t) => !t.passed).length;
  console.log(`\n${outcomes.length + timings.length - failed} passed, ${failed} failed`);
  return failed === 0 && enough ? 0 : 1;
}

const shardAt = process.argv.indexOf("--shard");
if (shardAt === -1) process.exitCode = await main();
else await worker(Number(process.argv[shardAt + 1]));
