// Flowcharts drawn at build time: the Mermaid source renderMermaid gives,
// laid out by mermaid-cli in headless Chromium, so the page carries a
// finished SVG and needs no script to show it.
import { renderMermaid as drawWithMermaidCli } from "@mermaid-js/mermaid-cli";
import type { Browser } from "puppeteer-core";

/** The SVG of a Mermaid flowchart, its ids prefixed so that several can share a page. */
export async function flowchartSvg(browser: Browser, source: string, id: string): Promise<string> {
  const { data } = await drawWithMermaidCli(browser, source, "svg", {
    svgId: `flowchart-${id}`,
    // A page printed in black and white still shows the ladder: the default theme, on white.
    backgroundColor: "white",
    mermaidConfig: { theme: "default", securityLevel: "strict", flowchart: { htmlLabels: true } },
  });
  return new TextDecoder().decode(data);
}
