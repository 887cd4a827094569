import { once } from "node:events";
import { toLondonDate } from "../calendar/toLondonDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { assessCommand } from "./assess.js";
import { flowchartCommand } from "./flowchart.js";
import { debugRequested, EXIT, helpText, internalError, InvalidInputError, UsageError, version, type CliIO } from "./io.js";
import { reportCommand } from "./report.js";
import { sweepCommand } from "./sweep.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

const HELP = helpText(`Usage: safeguarding-escalation <command> [options]

Commands:
  validate <files or globs...>   check policy definition files
  timeline --policy <id> --raised <date>
                                 every stage's due date for a disagreement
  assess <case.json>             where a case stands today, and what is owed
  flowchart --policy <id>        the ladder as a Mermaid flowchart
  sweep <file|->                 triage every case of a file: JSON lines, a JSON array or CSV
  report <file|-> --policy <id> --from <date> --to <date>
                                 a board's figures for a period (md, html with charts, json), or the escalation log (csv)

"<command> --help" says more.

Options:
  --help       this text
  --version    the package version

Every command takes --lang <en|cy>: the words it writes for people in English
(the default) or Welsh (docs/welsh.md).`);

type Command = (args: readonly string[], io: CliIO) => number | Promise<number>;
const COMMANDS: Readonly<Record<string, Command>> = { validate: validateCommand, timeline: timelineCommand, assess: assessCommand, flowchart: flowchartCommand, sweep: sweepCommand, report: reportCommand };

/** parseArgs reports a bad option as a TypeError with an ERR_PARSE_ARGS code: a usage error, not a bug. */
function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

/**
 * The one place an error becomes a message and an exit code. Every error the
 * library throws on purpose is a SafeguardingEscalationError saying what was
 * wrong with the input; anything else reaching here is a bug in this package.
 */
function report(error: unknown, command: string | undefined, io: CliIO): number {
  if (error instanceof InvalidInputError) {
    io.stderr(`${error.message}\n`);
    return EXIT.invalid;
  }
  if (error instanceof SafeguardingEscalationError) {
    io.stderr(`safeguarding-escalation: ${error.message}\n`);
    return EXIT.invalid;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    // parseArgs adds a paragraph on positional arguments; its first sentence is the point.
    const message = error instanceof UsageError ? error.message : (error.message.split(/\.\s/)[0] ?? error.message).replace(/\.$/, "");
    io.stderr(`safeguarding-escalation: ${message}\nRun "safeguarding-escalation ${command === undefined ? "" : `${command} `}--help" for usage.\n`);
    return EXIT.usage;
  }
  return internalError(error, io);
}

/**
 * Runs the command line and returns the exit code, or a promise of it for a
 * command that streams its input (sweep); never exits the process itself,
 * never throws or rejects.
 */
export function run(argv: readonly string[], io: CliIO): number | Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(HELP);
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (name === "--version") {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")}`);
    const code = command(args, io);
    return typeof code === "number" ? code : code.catch((error: unknown) => report(error, name, io));
  } catch (error) {
    return report(error, command === undefined ? undefined : name, io);
  }
}

/** The process's own IO. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: toLondonDate(new Date()),
    debug: debugRequested(process.env),
    drain: async () => {
      await Promise.all([process.stdout, process.stderr].filter((stream) => stream.writableNeedDrain).map((stream) => once(stream, "drain")));
    },
    stdin: () => process.stdin,
    ...(process.stderr.isTTY && !process.stdout.isTTY ? { progress: process.stderr } : {}),
  };
}
