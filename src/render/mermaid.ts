import { describeAmount } from "../engine/limits.js";
import type { Condition, Limit, Policy, Rule } from "../policy/schema.js";
import { message, type MessageParams } from "../messages/index.js";
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import { languageOption, type Language } from "../messages/language.js";
import { readOptions } from "../readOptions.js";
import { checkPolicyInput } from "./inputs.js";

// Mermaid labels are quoted; these characters would end or break them.
const label = (text: string): string => text.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));

/** The flowchart's words in its language; `lang` too, for the engine's words it shares (flags, "and"). */
type Say = ((key: RendererKey, params?: MessageParams) => string) & { readonly lang: Language };

/** "immediate risk and (not about a child)": a condition as the flowchart says it. */
function describeCondition(condition: Condition, say: Say): string {
  if ("flag" in condition) return message(say.lang, `flag.${condition.flag}`);
  if ("subject" in condition) return say(condition.subject === "adult" ? "mermaid.aboutAdult" : "mermaid.aboutChild");
  if ("priority" in condition) return say("mermaid.priority", { priority: condition.priority });
  if ("all" in condition) return condition.all.map((part) => group(part, say)).reduce((list, item) => message(say.lang, "list.and", { list, item }));
  if ("any" in condition) return condition.any.map((part) => group(part, say)).reduce((list, item) => say("list.or", { list, item }));
  return say("mermaid.not", { condition: group(condition.not, say) });
}
const group = (condition: Condition, say: Say): string => ("all" in condition || "any" in condition ? `(${describeCondition(condition, say)})` : describeCondition(condition, say));

const amountOf = (limit: Limit | null | undefined, say: Say, lang: Language): string =>
  limit === null || limit === undefined ? say("mermaid.noTimeLimit") : limit.whicheverIsLess === true ? say("mermaid.orRiskDeadline", { amount: describeAmount(limit, lang) }) : describeAmount(limit, lang);

/** An edge's label: bare where it is a plain word or two, as the English ones are, quoted where it holds anything else. */
const edgeLabel = (text: string): string => (/^[A-Za-z ]+$/.test(text) ? `|${text}|` : `|"${label(text)}"|`);

/** Options for {@link renderMermaid}. */
export interface MermaidOptions {
  /** The language of the flowchart's own words: `"en"` (default) or `"cy"` (Welsh). The policy's titles stay as its file gives them. */
  readonly lang?: Language;
}

/**
 * Draws a policy's ladder as a Mermaid flowchart: each stage with the limit
 * on its own work, the time to escalate into it where the text sets one,
 * every route (straight to a stage, into any stage, to tell someone, to
 * involve the next level) from where the text says it starts, under its
 * condition, and what follows the last stage.
 *
 * @param policy - a parsed policy
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh), for the flowchart's own words
 * @returns Mermaid source (`flowchart TD ...`)
 * @throws {@link InvalidPolicyError} for anything that is not a valid policy
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * renderMermaid(policies.trafford)
 * // flowchart TD
 * //   raised(["Disagreement arises"])
 * //   resolved(["Resolved"])
 * //   s_stage_1["Stage 1: Professional<br/>within 1 working day"] ...
 * renderMermaid(policies["mid-and-west-wales"], { lang: "cy" })
 * // flowchart TD
 * //   raised(["Yr anghytundeb yn codi"])
 * //   resolved(["Wedi'i ddatrys"]) ...
 * ```
 */
export function renderMermaid(policy: Policy, options?: MermaidOptions): string {
  const lang = languageOption(readOptions(options, ["lang"])?.lang);
  checkPolicyInput(policy);
  const say: Say = Object.assign((key: RendererKey, params?: MessageParams) => rendererMessage(lang, key, params), { lang });
  const amount = (limit: Limit | null | undefined): string => amountOf(limit, say, lang);
  const node = (id: string) => `s_${id.replace(/-/g, "_")}`;
  const lines = ["flowchart TD", `  raised(["${label(say("mermaid.raised"))}"])`, `  resolved(["${label(say("mermaid.resolved"))}"])`];
  let previous = "raised";
  for (const stage of policy.stages) {
    const only = stage.when === undefined ? "" : `<br/>${label(say("mermaid.onlyWhen", { condition: describeCondition(stage.when, say) }))}`;
    lines.push(`  ${node(stage.id)}["${label(say("mermaid.stage", { number: stage.number, title: stage.title }))}<br/>${label(amount(stage.limit))}${only}"]`);
    const edge = previous === "raised" ? "" : `|"${label(stage.escalateBy === undefined ? say("mermaid.notResolved") : say("mermaid.notResolvedEscalate", { amount: amount(stage.escalateBy) }))}"|`;
    lines.push(`  ${previous} -->${edge} ${node(stage.id)}`);
    lines.push(`  ${node(stage.id)} -.->${edgeLabel(say("mermaid.resolvedEdge"))} resolved`);
    previous = node(stage.id);
  }
  if (policy.final !== undefined) {
    lines.push(`  final["${label(policy.final.title)}<br/>${label(amount(policy.final.limit))}"]`);
    lines.push(`  ${previous} -->${edgeLabel(say("mermaid.notResolved"))} final`);
  }
  const stageIds = policy.stages.map((stage) => stage.id);
  (policy.rules ?? []).forEach((rule, index) => lines.push(...routeLines(rule, `r${index + 1}`, stageIds, node, say, amount)));
  return `${lines.join("\n")}\n`;
}

/** One route as edges from where it applies: the stages it names, or the disagreement arising ("at any stage"). */
function routeLines(rule: Rule, id: string, stageIds: readonly string[], node: (id: string) => string, say: Say, amountOf: (limit: Limit | null | undefined) => string): string[] {
  const from = rule.atStages === undefined ? ["raised"] : rule.atStages.map(node);
  const when = say(rule.atStages === undefined ? "mermaid.whenAnyStage" : "mermaid.when", { condition: describeCondition(rule.when, say) });
  const text = (words: string) => `|"${label(say("mermaid.route", { words, when }))}"|`;
  switch (rule.effect) {
    case "start-at-stage":
      return from.map((start) => `  ${start} -.->${text(say("mermaid.routeLimit", { title: rule.title, amount: amountOf(rule.limit) }))} ${node(rule.stage ?? "")}`);
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
      return [`  ${id}{{"${label(rule.title)}<br/>${label(amountOf(rule.limit))}"}}`, ...from.map((start) => `  ${start} -.->${text(say("mermaid.tell"))} ${id}`)];
  }
}
