import { processIO, run } from "./main.js";

process.exitCode = run(process.argv.slice(2), processIO());
