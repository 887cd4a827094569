import { createRequire } from "node:module";
import { toLondonDate } from "../calendar/toLondonDate.js";
import { UsageError, type CliIO } from "./io.js";
import { assessCommand } from "./assess.js";
import { flowchartCommand } from "./flowchart.js";
import { InvalidInputError } from "./policyArgument.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

const HELP = `Usage: safeguarding-escalation <command> [options]

Commands:
  validate <files or globs...>   check policy definition files
  timeline --policy <id> --raised <date>
                                 every stage's due date for a disagreement
  assess <case.json>             where a case stands today, and what is owed
  flowchart --policy <id>        the ladder as a Mermaid flowchart

"<command> --help" says more.

Options:
  --help       this text
  --version    the package version`;

type Command = (args: readonly string[], io: CliIO) => number;
const COMMANDS: Record<string, Command> = { validate: validateCommand, timeline: timelineCommand, assess: assessCommand, flowchart: flowchartCommand };

/** Runs the command line and returns the exit code; never exits the process itself. */
export function run(argv: readonly string[], io: CliIO): number {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout(`${(createRequire(import.meta.url)("safeguarding-escalation/package.json") as { version: string }).version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")}`);
    return command(args, io);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    // parseArgs reports unknown options as TypeErrors with a code: usage, not a crash.
    const isUsage = error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    if (!isUsage) throw error;
    io.stderr(`safeguarding-escalation: ${(error as Error).message}\nRun "safeguarding-escalation ${command === undefined ? "" : `${name} `}--help" for usage.\n`);
    return 2;
  }
}

/** The process's own IO. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: toLondonDate(new Date()),
  };
}
