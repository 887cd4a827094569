import { commandLineLanguage, debugRequested, internalError } from "./io.js";

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

// Loaded here, not imported above, so that a failure while loading (a bundled
// policy that does not parse) is reported like any other bug, not as a stack.
try {
  const { processIO, run } = await import("./main.js");
  process.exitCode = await run(process.argv.slice(2), processIO());
} catch (error) {
  process.exitCode = internalError(error, { stderr: (text) => process.stderr.write(text), debug: debugRequested(process.env) }, commandLineLanguage(process.argv.slice(2)));
}
