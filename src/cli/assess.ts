import { parseArgs } from "node:util";
import { assess } from "../engine/assess.js";
import { parseCase } from "../engine/case.js";
import { policies } from "../policy/bundled.js";
import type { Policy } from "../policy/schema.js";
import { renderAssessmentText } from "../render/text.js";
import { formatFinding, locateIssues } from "./findings.js";
import { UsageError, type CliIO } from "./io.js";
import { InvalidInputError, policyArgument, readJsonFile } from "./policyArgument.js";
import { dateOption } from "./timeline.js";

const ASSESS_HELP = `Usage: safeguarding-escalation assess <case.json> [options]

Where a case stands: its stage, due date, state, whom to escalate to, the
duties still owed, and why.

Options:
  --as-of <date>        the date to assess on (default: today in London)
  --policy <id|file>    the policy (default: the bundled policy the case names)
  --due-soon <n>        working days ahead that count as due soon (default 1)
  --json                the assessment as JSON`;

/** `safeguarding-escalation assess`. */
export function assessCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { "as-of": { type: "string" }, policy: { type: "string" }, "due-soon": { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    io.stdout(`${ASSESS_HELP}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("name exactly one case file");
  const asOf = dateOption(values["as-of"], "--as-of") ?? io.today;
  const dueSoonDays = values["due-soon"] === undefined ? 1 : Number(values["due-soon"]);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new UsageError("--due-soon must be a whole number of working days");
  const source = readJsonFile(file, io.cwd);
  const named = typeof source.value === "object" && source.value !== null ? (source.value as { policy?: unknown }).policy : undefined;
  const policy: Policy | undefined = values.policy !== undefined ? policyArgument(values.policy, io.cwd) : (policies as Readonly<Record<string, Policy>>)[String(named)];
  if (policy === undefined) throw new InvalidInputError(`${file}: the case names policy ${JSON.stringify(named)}, which is not bundled: pass --policy <file>`);
  const parsed = parseCase(source.value, policy);
  if (!parsed.success) {
    throw new InvalidInputError(locateIssues(file, source, parsed.errors).map(formatFinding).join("\n"));
  }
  const result = assess(policy, parsed.case, asOf, undefined, { dueSoonDays });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderAssessmentText(result));
  return 0;
}
