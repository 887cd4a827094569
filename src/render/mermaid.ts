import type { Policy } from "../policy/schema.js";
import { describeAmount } from "../engine/limits.js";

// Mermaid labels are quoted; these characters would end or break them.
const label = (text: string): string => text.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));

/**
 * Draws a policy's ladder as a Mermaid flowchart: each stage with its limit,
 * the routes that bypass it, and what follows the last stage.
 *
 * @param policy - a parsed policy
 * @returns Mermaid source (`flowchart TD ...`)
 *
 * @example
 * ```ts
 * renderMermaid(policies.trafford)
 * // flowchart TD
 * //   raised(["Disagreement arises"])
 * //   s_stage_1["Stage 1: Professional<br/>within 1 working day"] ...
 * ```
 */
export function renderMermaid(policy: Policy): string {
  const node = (id: string) => `s_${id.replace(/-/g, "_")}`;
  const lines = ["flowchart TD", `  raised(["Disagreement arises"])`];
  let previous = "raised";
  for (const stage of policy.stages) {
    const limit = stage.limit === null ? "no time limit" : describeAmount(stage.limit);
    lines.push(`  ${node(stage.id)}["${label(`Stage ${stage.number}: ${stage.title}`)}<br/>${label(limit)}"]`);
    lines.push(`  ${previous} -->${previous === "raised" ? "" : "|not resolved|"} ${node(stage.id)}`);
    lines.push(`  ${node(stage.id)} -.->|resolved| resolved`);
    previous = node(stage.id);
  }
  lines.push(`  resolved(["Resolved"])`);
  if (policy.final !== undefined) {
    lines.push(`  final["${label(policy.final.title)}<br/>${label(policy.final.limit === null ? "no time limit" : describeAmount(policy.final.limit))}"]`);
    lines.push(`  ${previous} -->|not resolved| final`);
  }
  for (const rule of policy.rules ?? []) {
    if (rule.effect === "start-at-stage" && rule.stage !== undefined) lines.push(`  raised -.->|"${label(rule.title)}"| ${node(rule.stage)}`);
  }
  return `${lines.join("\n")}\n`;
}
