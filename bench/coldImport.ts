import { execFileSync } from "node:child_process";
import type { Row, SectionReport } from "./harness.js";

// Each import is timed in a fresh Node process, inside it (from just before
// the dynamic import to just after), so that Node's own start-up, the same
// for every contender, is not counted. The contenders take turns, so that a
// change in the machine's load falls on all of them alike.
const RUNS = 40;
const TARGET_RATIO = 1.5;

interface Contender {
  readonly name: string;
  readonly specifier: string;
}

const CONTENDERS: readonly Contender[] = [
  { name: "ours: safeguarding-escalation/core", specifier: "safeguarding-escalation/core" },
  { name: "date-fns/addBusinessDays", specifier: "date-fns/addBusinessDays" },
  { name: "ours: the main entry (with zod)", specifier: "safeguarding-escalation" },
];

function importMs(specifier: string): number {
  const script = `const started = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - started));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The relative spread of the middle half of the samples (half the interquartile range over the median), in percent. */
function spreadPercent(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const quartile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return (100 * (quartile(0.75) - quartile(0.25))) / 2 / median(values);
}

/** Cold import: what a web page or a serverless function pays before its first deadline. */
export async function coldImportBench(): Promise<SectionReport> {
  const samples = CONTENDERS.map((): number[] => []);
  // One throw-away round, so that the file system cache is warm for all alike.
  for (const contender of CONTENDERS) importMs(contender.specifier);
  for (let run = 0; run < RUNS; run++) {
    for (const [k, contender] of CONTENDERS.entries()) samples[k]?.push(importMs(contender.specifier));
  }
  const medians = samples.map(median);
  const [core, dateFns, main] = medians as [number, number, number];
  const rows: Row[] = CONTENDERS.map((contender, k) => ({
    contender: contender.name,
    parameter: `${(medians[k] as number).toFixed(1)} ms`,
    opsPerSecond: 1000 / (medians[k] as number),
    rmePercent: spreadPercent(samples[k] as number[]),
    ...(k === 0 ? {} : { oursOverContender: (medians[k] as number) / core }),
  }));
  const ratio = core / dateFns;
  return {
    title: "Cold import: the core entry against date-fns/addBusinessDays, each in a fresh process",
    parameterName: "median time",
    rows,
    notes: [
      `Each contender imported ${RUNS} times, each time in a fresh Node process, taking turns; the time is measured inside the process around the dynamic import alone, and the median is shown (ops/s is imports per second at that median; ± is half the interquartile range over the median). The right-hand column is the contender's time divided by the core entry's.`,
      "The core entry holds the calendar, the bundled policies (read on first use) and the engine, without zod; the main entry adds parsePolicy, parseCase, lintPolicy, the reports and the renderers, and loads zod.",
      `Each run's times in ms, in the order run: ${CONTENDERS.map((contender, k) => `${contender.name}: ${(samples[k] as number[]).map((ms) => ms.toFixed(1)).join(", ")}`).join("; ")}.`,
    ],
    targets: [
      {
        description: `the core entry's cold import within ${TARGET_RATIO}× of date-fns/addBusinessDays`,
        met: ratio <= TARGET_RATIO,
        detail: `${ratio.toFixed(2)}×: ${core.toFixed(1)} ms against ${dateFns.toFixed(1)} ms (median); the main entry ${main.toFixed(1)} ms`,
      },
    ],
  };
}
