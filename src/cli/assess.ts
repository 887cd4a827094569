import { parseArgs } from "node:util";
import { assess } from "../engine/assess.js";
import { parseCase } from "../engine/case.js";
import { renderAssessmentText } from "../render/text.js";
import { locateIssues } from "./findings.js";
import { EXIT, helpText, InvalidInputError, UsageError, type CliIO } from "./io.js";
import { dateOption, LANG_OPTION_HELP, languageArgument, wholeNumberOption } from "./options.js";
import { policyArgument, policyForCase, readJsonFile } from "./policyArgument.js";

// The engine's own bound on dueSoonDays: a year of working days.
const MAX_DUE_SOON = 366;

const ASSESS_HELP = helpText(`Usage: safeguarding-escalation assess <case.json> [options]

Where a case stands: its stage, due date, state, whom to escalate to, the
duties still owed, and why.

Options:
  --as-of <date>        the date to assess on (default: today in London)
  --policy <id|file>    the policy (default: the bundled policy the case names)
  --due-soon <n>        working days ahead that count as due soon, 0 to ${MAX_DUE_SOON} (default 1)
  --json                the assessment as JSON
  ${LANG_OPTION_HELP}        the words, in the text and in the JSON's sentences: English
                        (default) or Welsh (the policy's own titles stay as its file gives them)`);

/** `safeguarding-escalation assess`. */
export function assessCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { "as-of": { type: "string" }, policy: { type: "string" }, "due-soon": { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string" }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    io.stdout(ASSESS_HELP);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("name exactly one case file");
  const asOf = dateOption(values["as-of"], "--as-of") ?? io.today;
  const dueSoonDays = wholeNumberOption(values["due-soon"], "--due-soon", MAX_DUE_SOON, "working days") ?? 1;
  const lang = languageArgument(values.lang);
  const source = readJsonFile(file, io.cwd);
  const found = policyForCase(source.value, values.policy === undefined ? undefined : policyArgument(values.policy, io.cwd));
  if ("issue" in found) throw new InvalidInputError(locateIssues(file, source, [found.issue]));
  const { policy } = found;
  const parsed = parseCase(source.value, policy);
  if (!parsed.success) throw new InvalidInputError(locateIssues(file, source, parsed.errors));
  const result = assess(policy, parsed.case, asOf, { dueSoonDays, lang });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderAssessmentText(result, { lang }));
  return EXIT.ok;
}
