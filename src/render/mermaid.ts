import { describeAmount } from "../engine/limits.js";
import type { Condition, Limit, Policy, Rule } from "../policy/schema.js";
import { checkPolicyInput } from "./inputs.js";

// Mermaid labels are quoted; these characters would end or break them.
const label = (text: string): string => text.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));

/** "immediate risk and (not about a child)": a condition as the flowchart says it. */
function describeCondition(condition: Condition): string {
  if ("flag" in condition) return condition.flag.replace(/-/g, " ");
  if ("subject" in condition) return `about ${condition.subject === "adult" ? "an adult" : "a child"}`;
  if ("priority" in condition) return `priority ${condition.priority}`;
  if ("all" in condition) return condition.all.map((part) => group(part)).join(" and ");
  if ("any" in condition) return condition.any.map((part) => group(part)).join(" or ");
  return `not ${group(condition.not)}`;
}
const group = (condition: Condition): string => ("all" in condition || "any" in condition ? `(${describeCondition(condition)})` : describeCondition(condition));

const amountOf = (limit: Limit | null | undefined): string => (limit === null || limit === undefined ? "no time limit" : `${describeAmount(limit)}${limit.whicheverIsLess === true ? ", or the risk deadline if sooner" : ""}`);

/**
 * Draws a policy's ladder as a Mermaid flowchart: each stage with the limit
 * on its own work, the time to escalate into it where the text sets one,
 * every route (straight to a stage, into any stage, to tell someone, to
 * involve the next level) from where the text says it starts, under its
 * condition, and what follows the last stage.
 *
 * @param policy - a parsed policy
 * @returns Mermaid source (`flowchart TD ...`)
 * @throws {@link InvalidPolicyError} for anything that is not a valid policy
 *
 * @example
 * ```ts
 * renderMermaid(policies.trafford)
 * // flowchart TD
 * //   raised(["Disagreement arises"])
 * //   resolved(["Resolved"])
 * //   s_stage_1["Stage 1: Professional<br/>within 1 working day"] ...
 * ```
 */
export function renderMermaid(policy: Policy): string {
  checkPolicyInput(policy);
  const node = (id: string) => `s_${id.replace(/-/g, "_")}`;
  const lines = ["flowchart TD", `  raised(["Disagreement arises"])`, `  resolved(["Resolved"])`];
  let previous = "raised";
  for (const stage of policy.stages) {
    const only = stage.when === undefined ? "" : `<br/>${label(`only when: ${describeCondition(stage.when)}`)}`;
    lines.push(`  ${node(stage.id)}["${label(`Stage ${stage.number}: ${stage.title}`)}<br/>${label(amountOf(stage.limit))}${only}"]`);
    const into = stage.escalateBy === undefined ? "" : `escalate ${amountOf(stage.escalateBy)}`;
    const edge = previous === "raised" ? "" : `|"${label(into === "" ? "not resolved" : `not resolved: ${into}`)}"|`;
    lines.push(`  ${previous} -->${edge} ${node(stage.id)}`);
    lines.push(`  ${node(stage.id)} -.->|resolved| resolved`);
    previous = node(stage.id);
  }
  if (policy.final !== undefined) {
    lines.push(`  final["${label(policy.final.title)}<br/>${label(amountOf(policy.final.limit))}"]`);
    lines.push(`  ${previous} -->|not resolved| final`);
  }
  const stageIds = policy.stages.map((stage) => stage.id);
  (policy.rules ?? []).forEach((rule, index) => lines.push(...routeLines(rule, `r${index + 1}`, stageIds, node)));
  return `${lines.join("\n")}\n`;
}

/** One route as edges from where it applies: the stages it names, or the disagreement arising ("at any stage"). */
function routeLines(rule: Rule, id: string, stageIds: readonly string[], node: (id: string) => string): string[] {
  const from = rule.atStages === undefined ? ["raised"] : rule.atStages.map(node);
  const when = `${rule.atStages === undefined ? "at any stage, " : ""}when ${describeCondition(rule.when)}`;
  const text = (words: string) => `|"${label(`${words} (${when})`)}"|`;
  switch (rule.effect) {
    case "start-at-stage":
      return from.map((start) => `  ${start} -.->${text(`${rule.title}, ${amountOf(rule.limit)}`)} ${node(rule.stage ?? "")}`);
    case "start-at-any-stage":
      return from.map((start) => `  ${start} -.->${text(rule.title)} ${stageIds.map(node).join(" & ")}`);
    case "involve-next-level": {
      const starts = rule.atStages ?? stageIds.slice(0, -1);
      return starts.flatMap((stage) => {
        const next = stageIds[stageIds.indexOf(stage) + 1];
        return next === undefined ? [] : [`  ${node(stage)} -.->${text(rule.title)} ${node(next)}`];
      });
    }
    case "notify":
      return [`  ${id}{{"${label(rule.title)}<br/>${label(amountOf(rule.limit))}"}}`, ...from.map((start) => `  ${start} -.->${text("tell")} ${id}`)];
  }
}
