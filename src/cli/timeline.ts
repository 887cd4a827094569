import { parseArgs } from "node:util";
import { schedule } from "../engine/schedule.js";
import { policies } from "../policy/bundled.js";
import { CASE_FLAGS, CASE_SUBJECTS, type CaseFlag, type CaseSubject } from "../policy/schema.js";
import { renderIcs } from "../render/ics.js";
import { renderScheduleText } from "../render/text.js";
import { EXIT, helpText, knownLanguage, UsageError, type CliIO } from "./io.js";
import { dateOption, languageArgument } from "./options.js";
import { policyArgument } from "./policyArgument.js";

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
    io.stdout(helpText(knownLanguage(values.lang), "help.timeline", { policies: Object.keys(policies).join(", "), flags: CASE_FLAGS.join(", ") }));
    return EXIT.ok;
  }
  const raisedOn = dateOption(values.raised, "--raised");
  if (raisedOn === undefined) throw new UsageError("usage.raisedRequired");
  if (values.subject !== undefined && !(CASE_SUBJECTS as readonly string[]).includes(values.subject)) throw new UsageError("usage.subject");
  for (const flag of values.flag ?? []) if (!(CASE_FLAGS as readonly string[]).includes(flag)) throw new UsageError("usage.unknownFlag", { value: JSON.stringify(flag), flags: CASE_FLAGS.join(", ") });
  if (values.json && values.ics) throw new UsageError("usage.jsonOrIcs");
  const lang = languageArgument(values.lang);
  const policy = policyArgument(values.policy, io.cwd, lang);
  const plan = schedule(policy, {
    raisedOn,
    ...(values.subject === undefined ? {} : { subject: values.subject as CaseSubject }),
    ...(values.flag === undefined ? {} : { flags: values.flag as CaseFlag[] }),
    ...(values["risk-deadline"] === undefined ? {} : { riskDeadline: dateOption(values["risk-deadline"], "--risk-deadline") }),
  }, { lang });
  io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : values.ics ? renderIcs(plan, { lang }) : renderScheduleText(plan, { lang }));
  return EXIT.ok;
}
