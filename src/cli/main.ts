import { once } from "node:events";
import { toLondonDate } from "../calendar/toLondonDate.js";
import { SafeguardingEscalationError } from "../errors.js";
import { assessCommand } from "./assess.js";
import { flowchartCommand } from "./flowchart.js";
import { cliMessage } from "../messages/cli.js";
import type { Language } from "../messages/language.js";
import { commandLineLanguage, debugRequested, EXIT, helpText, internalError, InvalidInputError, UsageError, version, type CliIO } from "./io.js";
import { reportCommand } from "./report.js";
import { sweepCommand } from "./sweep.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

type Command = (args: readonly string[], io: CliIO) => number | Promise<number>;
const COMMANDS: Readonly<Record<string, Command>> = { validate: validateCommand, timeline: timelineCommand, assess: assessCommand, flowchart: flowchartCommand, sweep: sweepCommand, report: reportCommand };

/** parseArgs reports a bad option as a TypeError with an ERR_PARSE_ARGS code: a usage error, not a bug. */
function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

/**
 * @internal parseArgs's error in the catalogue's words. Its English is Node's, whose
 * first sentence is the point (the next is on positional arguments); the
 * option it names is read out of it, so that Welsh can say the same. An error
 * of a form not known here keeps Node's English sentence inside the words of
 * the language.
 */
export function parseArgsMessage(error: TypeError, lang: Language): string {
  const first = (error.message.split(/\.\s/)[0] ?? error.message).replace(/\.$/, "");
  const known: readonly [RegExp, (found: string) => UsageError][] = [
    [/^Unknown option '(.*)'$/s, (option) => new UsageError("usage.args.unknownOption", { option })],
    [/^Option '(.*) <value>' argument missing$/s, (option) => new UsageError("usage.args.missingValue", { option })],
    [/^Option '(.*)' argument is ambiguous$/s, (option) => new UsageError("usage.args.ambiguousValue", { option })],
    [/^Option '(.*)' does not take an argument$/s, (option) => new UsageError("usage.args.noValue", { option })],
    [/^Unexpected argument '(.*)'$/s, (value) => new UsageError("usage.args.unexpected", { value })],
  ];
  for (const [pattern, usage] of known) {
    const found = pattern.exec(first);
    if (found !== null) return usage(found[1] as string).in(lang);
  }
  return lang === "en" ? first : cliMessage(lang, "usage.args.other", { detail: first });
}

/**
 * The one place an error becomes a message and an exit code. Every error the
 * library throws on purpose is a SafeguardingEscalationError saying what was
 * wrong with the input; anything else reaching here is a bug in this package.
 */
function report(error: unknown, command: string | undefined, io: CliIO, lang: Language): number {
  if (error instanceof InvalidInputError) {
    io.stderr(`${error.message}\n`);
    return EXIT.invalid;
  }
  if (error instanceof SafeguardingEscalationError) {
    io.stderr(`safeguarding-escalation: ${error.message}\n`);
    return EXIT.invalid;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    const message = error instanceof UsageError ? error.in(lang) : parseArgsMessage(error, lang);
    const runHelp = command === undefined ? cliMessage(lang, "usage.runHelp") : cliMessage(lang, "usage.runCommandHelp", { command });
    io.stderr(`safeguarding-escalation: ${message}\n${runHelp}\n`);
    return EXIT.usage;
  }
  return internalError(error, io, lang);
}

/** `--lang <value>` or `--lang=<value>`, which may stand before the command's name: how many arguments it takes there. */
const leadingLanguage = (argv: readonly string[], at: number): number => (argv[at] === "--lang" ? 2 : argv[at]?.startsWith("--lang=") === true ? 1 : 0);

/**
 * Runs the command line and returns the exit code, or a promise of it for a
 * command that streams its input (sweep); never exits the process itself,
 * never throws or rejects. `--lang` may stand anywhere, even before the
 * command's name (it is then passed on to the command): help and usage
 * errors are written in the language it names, English where it names none
 * ({@link commandLineLanguage}).
 */
export function run(argv: readonly string[], io: CliIO): number | Promise<number> {
  const lang = commandLineLanguage(argv);
  let at = 0;
  for (let taken = leadingLanguage(argv, at); taken > 0; taken = leadingLanguage(argv, at)) at += taken;
  const name = argv[at];
  const args = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const help = (): string => helpText(lang, "help.main");
  if (name === undefined) {
    io.stderr(help());
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (name === "--version") {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError("usage.unknownCommand", { name: JSON.stringify(name), commands: Object.keys(COMMANDS).join(", ") });
    const code = command(args, io);
    return typeof code === "number" ? code : code.catch((error: unknown) => report(error, name, io, lang));
  } catch (error) {
    return report(error, command === undefined ? undefined : name, io, lang);
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
