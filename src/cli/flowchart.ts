import { parseArgs } from "node:util";
import { policies } from "../policy/bundled.js";
import { renderMermaid } from "../render/mermaid.js";
import { EXIT, helpText, knownLanguage, type CliIO } from "./io.js";
import { languageArgument } from "./options.js";
import { policyArgument } from "./policyArgument.js";

/** `safeguarding-escalation flowchart`. */
export function flowchartCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseArgs({ args: [...args], options: { policy: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    io.stdout(helpText(knownLanguage(values.lang), "help.flowchart", { policies: Object.keys(policies).join(", ") }));
    return EXIT.ok;
  }
  const lang = languageArgument(values.lang);
  io.stdout(renderMermaid(policyArgument(values.policy, io.cwd, lang), { lang }));
  return EXIT.ok;
}
