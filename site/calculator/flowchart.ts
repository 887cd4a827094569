// The policy's flowchart, drawn in the page by Mermaid (loaded from this
// site, not a CDN: nothing leaves the page) from renderMermaid's source, with
// the stage a case is at picked out, in the results' language (the chart's
// own words are the library's; the policy's titles stay as it gives them).
import { renderMermaid, type Language, type Policy } from "../../src/index.js";
import { t } from "../messages/index.js";
import { h } from "./dom.js";

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
declare global {
  // Set by mermaid.min.js, the page's other script.
  var mermaid: MermaidApi | undefined;
}

let initialised = false;
let drawn = 0;

/**
 * The Mermaid node of a stage: found in renderMermaid's own source, by the
 * label it gives the stage, rather than by guessing how it names nodes.
 */
function stageNode(source: string, stageNumber: number): string | null {
  const line = new RegExp(`^\\s*([A-Za-z0-9_]+)\\["Stage ${stageNumber}: `, "m").exec(source);
  return line === null ? null : (line[1] as string);
}

/** A figure with the flowchart, the current stage (if any) highlighted; the Mermaid source stays available beside it. */
export async function flowchartFigure(policy: Policy, current: { number: number; title: string } | null, lang: Language): Promise<HTMLElement> {
  const source = renderMermaid(policy, { lang });
  // Found by its English label: a node's name is the same in every language.
  const node = current === null ? null : stageNode(renderMermaid(policy), current.number);
  const highlighted = node === null ? source : `${source}  classDef current fill:#ffd54f,stroke:#6b4400,stroke-width:4px,color:#000\n  class ${node} current\n`;
  const caption = h(
    "figcaption",
    { id: "flowchart-caption" },
    t(lang, "calc.flowchart.caption", { title: policy.title }),
    current === null ? "" : ` ${t(lang, "calc.flowchart.current", { number: current.number, title: current.title })}`,
    ` ${t(lang, "calc.flowchart.datesAbove")}`,
  );
  const details = h("details", { class: "no-print" }, h("summary", {}, t(lang, "calc.flowchart.source")), h("pre", {}, h("code", {}, highlighted)));
  // Focusable, so that a keyboard can scroll a chart wider than a phone.
  const figure = h("figure", { class: "flowchart", "aria-labelledby": "flowchart-caption", tabindex: "0" });
  const api = globalThis.mermaid;
  if (api === undefined) {
    figure.append(h("p", {}, t(lang, "calc.flowchart.notDrawn")), caption, details);
    return figure;
  }
  if (!initialised) {
    api.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default", flowchart: { htmlLabels: true } });
    initialised = true;
  }
  const { svg } = await api.render(`flowchart-svg-${++drawn}`, highlighted);
  const drawing = h("div", { class: "drawing", "data-highlighted": node ?? "" });
  drawing.innerHTML = svg; // Mermaid's output, sanitised by it (securityLevel "strict").
  figure.append(drawing, caption, details);
  return figure;
}
