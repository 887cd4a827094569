import { parseArgs } from "node:util";
import { renderMermaid } from "../render/mermaid.js";
import type { CliIO } from "./io.js";
import { policyArgument } from "./policyArgument.js";

const FLOWCHART_HELP = `Usage: safeguarding-escalation flowchart --policy <id or file>

The policy's ladder as a Mermaid flowchart.`;

/** `safeguarding-escalation flowchart`. */
export function flowchartCommand(args: readonly string[], io: CliIO): number {
  const { values } = parseArgs({ args: [...args], options: { policy: { type: "string" }, help: { type: "boolean", default: false } } });
  if (values.help) {
    io.stdout(`${FLOWCHART_HELP}\n`);
    return 0;
  }
  io.stdout(renderMermaid(policyArgument(values.policy, io.cwd)));
  return 0;
}
