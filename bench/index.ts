/**
 * Benchmarks, run with `npm run bench`. Each section is a function returning
 * its rows and checks; add a section by appending it to `sections`.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { calendarBench } from "./calendar.js";
import { coldImportBench } from "./coldImport.js";
import { engineBench } from "./engine.js";
import { renderSection, sinkValue, type Section } from "./harness.js";

/** Every section by the name that picks it: `npm run bench -- cold-import` runs that one alone. */
const SECTIONS: Readonly<Record<string, Section>> = { calendar: calendarBench, engine: engineBench, "cold-import": coldImportBench };

/** The sections named on the command line, in the order given; all of them when none is named. */
function chosenSections(names: readonly string[]): Section[] {
  const unknown = names.filter((name) => !Object.hasOwn(SECTIONS, name));
  if (unknown.length > 0) {
    console.error(`Unknown section ${unknown.map((name) => JSON.stringify(name)).join(", ")}: choose from ${Object.keys(SECTIONS).join(", ")}.`);
    process.exit(2);
  }
  return names.length === 0 ? Object.values(SECTIONS) : names.map((name) => SECTIONS[name] as Section);
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  const started = Date.now();
  console.log("# Benchmarks\n");
  console.log(`- Date: ${new Date().toISOString()}`);
  console.log(`- Node: ${process.version} (${process.platform} ${process.arch})`);
  console.log(`- CPU: ${cpus()[0]?.model ?? "unknown"}, ${availableParallelism()} available in parallel`);
  // Other work on the machine slows every wall-clock rate: its load is part of the figures.
  console.log(`- Load average at the start (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(2)).join(", ")}\n`);

  let allMet = true;
  for (const section of sections) {
    const report = await section();
    console.log(renderSection(report));
    console.log("");
    allMet &&= report.targets.every((t) => t.met);
  }

  console.log(`Load average at the end (1, 5, 15 min): ${loadavg().map((load) => load.toFixed(2)).join(", ")}.`);
  // Printed so the accumulated results are observably used.
  console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(1)} s (result checksum ${sinkValue()}). Targets: ${allMet ? "all met" : "some MISSED"}.`);
}

await main();
