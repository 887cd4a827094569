import { parseArgs } from "node:util";
import type { IsoDate } from "../calendar/isoDate.js";
import type { AssessmentState } from "../engine/assess.js";
import { parseCase } from "../engine/case.js";
import { InvalidCaseError } from "../engine/facts.js";
import { triage, type DeadlineKind, type Triage } from "../engine/triage.js";
import { policies } from "../policy/bundled.js";
import type { MessageParams } from "../messages/index.js";
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import type { Language } from "../messages/language.js";
import { describePolicy } from "../policy/describePolicy.js";
import type { Policy } from "../policy/schema.js";
import { CSV_COLUMNS, INPUT_FORMATS, readCaseEntries, type CaseEntry } from "./caseRecords.js";
import { caseOfEntry, casesFileArgument, openCases } from "./caseInput.js";
import { formatFinding, locateIssues, type Finding } from "./findings.js";
import { EXIT, helpText, knownLanguage, type CliIO } from "./io.js";
import { choiceOption, dateOption, languageArgument, wholeNumberOption } from "./options.js";
import { policyArgument, versionForCase } from "./policyArgument.js";
import { startProgress } from "./progress.js";

const MAX_DUE_SOON = 366;
const OUTPUT_FORMATS = ["jsonl", "csv", "table"] as const;
const FAIL_ON = ["overdue", "due-today", "due-soon"] as const satisfies readonly AssessmentState[];

/** One row of a sweep's output: a case's line and id, and its triage flattened, so that CSV can hold it too. */
interface Row {
  readonly line: number;
  readonly id: string | number | null;
  readonly policy: string;
  readonly stage: string;
  readonly state: AssessmentState;
  readonly due: IsoDate | null;
  readonly nearestKind: DeadlineKind | null;
  readonly nearestId: string | null;
  readonly nearestDue: IsoDate | null;
  readonly escalationRequiredNow: boolean;
  readonly escalationOverdue: boolean;
  readonly overdueDuties: number;
  readonly nextChange: IsoDate | null;
}
/** The columns of every format, in order. */
const COLUMNS = ["line", "id", "policy", "stage", "state", "due", "nearestKind", "nearestId", "nearestDue", "escalationRequiredNow", "escalationOverdue", "overdueDuties", "nextChange"] as const satisfies readonly (keyof Row)[];

/** Chunks as Buffers, counting the bytes that have passed. */
async function* counted(chunks: AsyncIterable<Buffer | string>, count: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    count.bytes += bytes.length;
    yield bytes;
  }
}

const toRow = (line: number, id: string | number | null, result: Triage): Row => ({
  line,
  id,
  policy: result.policy,
  stage: result.stage.id,
  state: result.state,
  due: result.due,
  nearestKind: result.nearest?.kind ?? null,
  nearestId: result.nearest?.id ?? null,
  nearestDue: result.nearest?.due ?? null,
  escalationRequiredNow: result.escalationRequiredNow,
  escalationOverdue: result.escalationOverdue,
  overdueDuties: result.overdueDuties,
  nextChange: result.nextChange,
});

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
const csvCell = (value: Row[keyof Row]): string => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The table's columns: a row's fields drawn together where they read as one, the case's own id last; headings and words in the chosen language. */
type TableColumn = "line" | "policy" | "stage" | "state" | "due" | "nearest" | "escalate" | "dutiesOverdue" | "nextChange" | "id";
const TABLE: readonly { readonly key: TableColumn; readonly cell: (row: Row, say: Say) => string }[] = [
  { key: "line", cell: (row) => String(row.line) },
  { key: "policy", cell: (row) => row.policy },
  { key: "stage", cell: (row) => row.stage },
  { key: "state", cell: (row, say) => say(`sweep.state.${row.state}`) },
  { key: "due", cell: (row) => row.due ?? "-" },
  { key: "nearest", cell: (row, say) => (row.nearestKind === null ? "-" : `${row.nearestDue} ${say(`sweep.kind.${row.nearestKind}`)} ${row.nearestId}`) },
  { key: "escalate", cell: (row, say) => (row.escalationOverdue ? say("sweep.escalate.late") : row.escalationRequiredNow ? say("sweep.escalate.now") : "-") },
  { key: "dutiesOverdue", cell: (row) => String(row.overdueDuties) },
  { key: "nextChange", cell: (row) => row.nextChange ?? "-" },
  { key: "id", cell: (row) => (row.id === null ? "-" : String(row.id)) },
];
type Say = (key: RendererKey) => string;
const STATES = ["on-track", "due-soon", "due-today", "overdue", "no-time-limit", "resolved"] as const satisfies readonly AssessmentState[];
const KINDS = ["stage", "step", "escalation", "duty"] as const satisfies readonly DeadlineKind[];

/**
 * The table's column widths, known before the first row so that it can be
 * written as it goes: the longest value each column can hold in the policies
 * in play. An id a case makes up (an agreed action's) may be longer and
 * pushes its row out; the case's own id is last and not padded.
 */
function tableWidths(inPlay: readonly Policy[], say: Say): number[] {
  const longest = (values: readonly string[]): number => Math.max(0, ...values.map((value) => value.length));
  const described = inPlay.map(describePolicy);
  const stages = described.flatMap((policy) => policy.stages.map((stage) => stage.id));
  const deadlines = described.flatMap((policy) => [...stages, ...policy.steps.map((step) => step.id), ...policy.duties.map((duty) => duty.id)]);
  const known: Partial<Record<TableColumn, number>> = {
    line: 7,
    policy: longest(described.map((policy) => policy.policy)),
    stage: longest(stages),
    state: longest(STATES.map((state) => say(`sweep.state.${state}`))),
    due: "YYYY-MM-DD".length,
    nearest: "YYYY-MM-DD  ".length + longest(KINDS.map((kind) => say(`sweep.kind.${kind}`))) + longest(deadlines),
    escalate: longest([say("sweep.escalate.now"), say("sweep.escalate.late")]),
    nextChange: "YYYY-MM-DD".length,
  };
  return TABLE.map(({ key }) => Math.max(say(`sweep.column.${key}`).length, known[key] ?? 0));
}

/** Writes rows in the chosen format, in blocks of about 64 KiB: a write per row would cost more than the triage. */
function rowWriter(format: (typeof OUTPUT_FORMATS)[number], io: CliIO, inPlay: readonly Policy[], lang: Language) {
  const say: Say = (key) => rendererMessage(lang, key);
  let pending = "";
  const push = (text: string): void => {
    pending += text;
    if (pending.length >= 1 << 16) flush();
  };
  const flush = (): void => {
    if (pending !== "") io.stdout(pending);
    pending = "";
  };
  const widths = format === "table" ? tableWidths(inPlay, say) : [];
  const tableLine = (cells: readonly string[]): string =>
    `${cells.map((text, index) => (index === 0 ? text.padStart(widths[0] ?? 0) : index === cells.length - 1 ? text : text.padEnd(widths[index] ?? 0))).join("  ")}\n`;
  if (format === "csv") push(`${COLUMNS.join(",")}\n`);
  if (format === "table") push(tableLine(TABLE.map(({ key }) => say(`sweep.column.${key}`))));
  return {
    write(row: Row): void {
      if (format === "jsonl") push(`${JSON.stringify(row)}\n`);
      else if (format === "csv") push(`${COLUMNS.map((column) => csvCell(row[column])).join(",")}\n`);
      else push(tableLine(TABLE.map((column) => column.cell(row, say))));
    },
    flush,
  };
}

interface Counts {
  cases: number;
  refused: number;
  failing: number;
  readonly states: Map<AssessmentState, number>;
}

/** The line that closes a sweep on stderr: "2 cases read: 2 triaged (1 due-today, 1 due-soon), 0 refused", and what --fail-on found. */
function summary(counts: Counts, failOn: ReadonlySet<AssessmentState>, lang: Language): string {
  const say = (key: RendererKey, params: MessageParams): string => rendererMessage(lang, key, params);
  const states = [...counts.states].map(([state, count]) => say("sweep.summary.state", { count, state: say(`sweep.state.${state}`, {}) })).join(", ");
  const done = counts.cases - counts.refused;
  const line = say("sweep.summary", {
    read: say("sweep.summary.read", { count: counts.cases }),
    triaged: states === "" ? say("sweep.summary.triaged", { count: done }) : say("sweep.summary.triagedStates", { count: done, states }),
    refused: say("sweep.summary.refused", { count: counts.refused }),
  });
  if (failOn.size === 0) return line;
  const named = [...failOn].map((state) => say(`sweep.state.${state}`, {})).reduce((list, item) => say("list.or", { list, item }));
  return say("sweep.summary.failOn", { summary: line, count: counts.failing, states: named });
}

/** `safeguarding-escalation sweep`. */
export async function sweepCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      "as-of": { type: "string" },
      policy: { type: "string", multiple: true },
      input: { type: "string" },
      format: { type: "string", default: "jsonl" },
      "due-soon": { type: "string" },
      "fail-on": { type: "string", multiple: true },
      lang: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    io.stdout(
      helpText(knownLanguage(values.lang), "help.sweep", {
        lbrace: "{",
        csvColumns: CSV_COLUMNS.join(", "),
        columns: COLUMNS.join(", "),
        inputFormats: INPUT_FORMATS.join("|"),
        outputFormats: OUTPUT_FORMATS.join("|"),
        maxDueSoon: MAX_DUE_SOON,
        failOnCode: EXIT.failOn,
        failOnStates: FAIL_ON.join(", "),
      }),
    );
    return EXIT.ok;
  }
  const file = casesFileArgument(positionals);
  const format = choiceOption(values.format, "--format", OUTPUT_FORMATS) as (typeof OUTPUT_FORMATS)[number];
  const input = choiceOption(values.input, "--input", INPUT_FORMATS);
  const failOn = new Set<AssessmentState>((values["fail-on"] ?? []).map((state) => choiceOption(state, "--fail-on", FAIL_ON) as AssessmentState));
  const asOf: IsoDate = dateOption(values["as-of"], "--as-of") ?? io.today;
  const dueSoonDays = wholeNumberOption(values["due-soon"], "--due-soon", MAX_DUE_SOON, "usage.workingDays") ?? 1;
  const lang = languageArgument(values.lang);
  const given = values.policy?.map((value) => policyArgument(value, io.cwd, lang));
  const opened = openCases(file, io, lang);
  const { name } = opened;

  const count = { bytes: 0 };
  const progress = await startProgress(io, "sweep", opened.size, lang);
  const out = rowWriter(format, io, given ?? Object.values(policies), lang);
  const counts: Counts = { cases: 0, refused: 0, failing: 0, states: new Map() };
  const refuse = (findings: readonly Finding[]): void => {
    counts.refused += 1;
    progress.message(`${findings.map(formatFinding).join("\n")}\n`);
  };
  const sweepOne = (entry: CaseEntry): void => {
    counts.cases += 1;
    const read = caseOfEntry(entry, name, lang);
    if ("findings" in read) return refuse(read.findings);
    const { source, id, record } = read;
    const found = versionForCase(record, given, lang);
    if ("issue" in found) return refuse(locateIssues(name, source, [found.issue], lang));
    const { policy } = found;
    const parsed = parseCase(record, policy, { lang });
    if (!parsed.success) return refuse(locateIssues(name, source, parsed.errors, lang));
    let result: Triage;
    try {
      result = triage(policy, parsed.case, asOf, { dueSoonDays, lang });
    } catch (error) {
      // Events after --as-of, or a case raised after it: this case's fault, not the sweep's.
      if (error instanceof InvalidCaseError) return refuse(locateIssues(name, source, error.issues, lang));
      throw error;
    }
    counts.states.set(result.state, (counts.states.get(result.state) ?? 0) + 1);
    if (failOn.has(result.state)) counts.failing += 1;
    out.write(toRow(entry.line, id, result));
  };

  try {
    for await (const entry of readCaseEntries(counted(opened.chunks, count), input, name, lang)) {
      sweepOne(entry);
      if ((counts.cases & 0xff) === 0) {
        progress.update(counts.cases, count.bytes);
        await io.drain?.();
      }
    }
  } finally {
    out.flush();
    progress.stop();
  }

  io.stderr(`${summary(counts, failOn, lang)}\n`);
  if (counts.refused > 0) return EXIT.invalid;
  return counts.failing > 0 ? EXIT.failOn : EXIT.ok;
}
