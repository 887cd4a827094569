import { parseArgs } from "node:util";
import { policies } from "../policy/bundled.js";
import { renderMermaid } from "../render/mermaid.js";
import { EXIT, helpText, type CliIO } from "./io.js";
import { LANG_OPTION_HELP, languageArgument } from "./options.js";
import { policyArgument } from "./policyArgument.js";

const FLOWCHART_HELP = helpText(`Usage: safeguarding-escalation flowchart --policy <id or file>

The policy's ladder as a Mermaid flowchart.

Options:
  --policy <id|file>   ${Object.keys(policies).join(", ")}, or a policy .json file
  ${LANG_OPTION_HELP}       the flowchart's own words: English (default) or Welsh (the
                       policy's titles stay as its file gives them)`);

/** `safeguarding-escalation flowchart`. */
export function flowchartCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseArgs({ args: [...args], options: { policy: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    io.stdout(FLOWCHART_HELP);
    return EXIT.ok;
  }
  const lang = languageArgument(values.lang);
  io.stdout(renderMermaid(policyArgument(values.policy, io.cwd), { lang }));
  return EXIT.ok;
}
