import { parseArgs } from "node:util";
import { assess } from "../engine/assess.js";
import { parseCase } from "../engine/case.js";
import { renderAssessmentText } from "../render/text.js";
import { locateIssues } from "./findings.js";
import { EXIT, helpText, InvalidInputError, knownLanguage, UsageError, type CliIO } from "./io.js";
import { dateOption, languageArgument, wholeNumberOption } from "./options.js";
import { policyArgument, policyForCase, readJsonFile } from "./policyArgument.js";

// The engine's own bound on dueSoonDays: a year of working days.
const MAX_DUE_SOON = 366;

/** `safeguarding-escalation assess`. */
export function assessCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { "as-of": { type: "string" }, policy: { type: "string" }, "due-soon": { type: "string" }, json: { type: "boolean", default: false }, lang: { type: "string" }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    io.stdout(helpText(knownLanguage(values.lang), "help.assess", { maxDueSoon: MAX_DUE_SOON }));
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("usage.oneCaseFile");
  const asOf = dateOption(values["as-of"], "--as-of") ?? io.today;
  const dueSoonDays = wholeNumberOption(values["due-soon"], "--due-soon", MAX_DUE_SOON, "usage.workingDays") ?? 1;
  const lang = languageArgument(values.lang);
  const source = readJsonFile(file, io.cwd, lang);
  const found = policyForCase(source.value, values.policy === undefined ? undefined : policyArgument(values.policy, io.cwd, lang), lang);
  if ("issue" in found) throw new InvalidInputError(locateIssues(file, source, [found.issue], lang));
  const { policy } = found;
  const parsed = parseCase(source.value, policy, { lang });
  if (!parsed.success) throw new InvalidInputError(locateIssues(file, source, parsed.errors, lang));
  const result = assess(policy, parsed.case, asOf, { dueSoonDays, lang });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderAssessmentText(result, { lang }));
  return EXIT.ok;
}
