import { parseArgs } from "node:util";
import { schedule } from "../engine/schedule.js";
import { policies } from "../policy/bundled.js";
import { CASE_FLAGS, CASE_SUBJECTS, type CaseFlag, type CaseSubject } from "../policy/schema.js";
import { renderIcs } from "../render/ics.js";
import { renderScheduleText } from "../render/text.js";
import { EXIT, helpText, UsageError, type CliIO } from "./io.js";
import { dateOption, LANG_OPTION_HELP, languageArgument } from "./options.js";
import { policyArgument } from "./policyArgument.js";

const TIMELINE_HELP = helpText(`Usage: safeguarding-escalation timeline --policy <id or file> --raised <YYYY-MM-DD> [options]

Every stage's latest due date if each runs to its limit.

Options:
  --policy <id|file>       ${Object.keys(policies).join(", ")}, or a policy .json file
  --raised <date>          the date the disagreement arose
  --subject <adult|child>
  --flag <flag>            repeatable: ${CASE_FLAGS.join(", ")}
  --risk-deadline <date>   caps limits marked "whichever is less"
  --json                   the schedule as JSON
  --ics                    the due dates as an iCalendar file
  ${LANG_OPTION_HELP}           the words: English (default) or Welsh (the policy's own
                           titles and quotes stay as its file gives them)`);

/** `safeguarding-escalation timeline`. */
export function timelineCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseArgs({
    args: [...args],
    options: {
      policy: { type: "string" },
      raised: { type: "string" },
      subject: { type: "string" },
      flag: { type: "string", multiple: true },
      "risk-deadline": { type: "string" },
      json: { type: "boolean", default: false },
      ics: { type: "boolean", default: false },
      lang: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    io.stdout(TIMELINE_HELP);
    return EXIT.ok;
  }
  const raisedOn = dateOption(values.raised, "--raised");
  if (raisedOn === undefined) throw new UsageError("--raised is required: the date the disagreement arose, YYYY-MM-DD");
  if (values.subject !== undefined && !(CASE_SUBJECTS as readonly string[]).includes(values.subject)) throw new UsageError(`--subject must be ${CASE_SUBJECTS.join(" or ")}`);
  for (const flag of values.flag ?? []) if (!(CASE_FLAGS as readonly string[]).includes(flag)) throw new UsageError(`unknown --flag ${JSON.stringify(flag)}: expected one of ${CASE_FLAGS.join(", ")}`);
  if (values.json && values.ics) throw new UsageError("choose --json or --ics, not both");
  const lang = languageArgument(values.lang);
  const policy = policyArgument(values.policy, io.cwd);
  const plan = schedule(policy, {
    raisedOn,
    ...(values.subject === undefined ? {} : { subject: values.subject as CaseSubject }),
    ...(values.flag === undefined ? {} : { flags: values.flag as CaseFlag[] }),
    ...(values["risk-deadline"] === undefined ? {} : { riskDeadline: dateOption(values["risk-deadline"], "--risk-deadline") }),
  }, { lang });
  io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : values.ics ? renderIcs(plan, { lang }) : renderScheduleText(plan, { lang }));
  return EXIT.ok;
}
