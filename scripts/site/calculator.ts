// The calculator's files: its page in English and in Welsh (the site's frame
// around site/calculator/index.html, its words from the site's catalogue),
// the library bundled for the browser from src/ (esbuild, platform
// "browser": an import of a Node built-in fails the build rather than the
// page), and Mermaid's own browser build, served beside it so that nothing is
// fetched from elsewhere.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { LANGUAGES } from "../../src/messages/language.js";
import { t } from "../../site/messages/index.js";
import { fillMessages, inLanguage, otherLanguage, page } from "./html.js";

const site = fileURLToPath(new URL("../../site/", import.meta.url));
const require = createRequire(import.meta.url);
// Mermaid's own build for a page's <script> (a global `mermaid`), as it publishes it.
const mermaidBundle = require.resolve("mermaid/dist/mermaid.min.js");

/** Writes the calculator into `root`/calculator (index.html, index.cy.html, app.js, mermaid.min.js); returns the bundle's size in bytes. */
export async function buildCalculator(root: string): Promise<number> {
  const out = join(root, "calculator");
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(site, "calculator", "main.ts")],
    outfile: join(out, "app.js"),
    bundle: true,
    platform: "browser",
    format: "iife",
    target: ["es2022"],
    minify: true,
    legalComments: "linked",
    metafile: true,
    logLevel: "silent",
  });
  const template = readFileSync(join(site, "calculator", "index.html"), "utf8").replace(/^<!--[\s\S]*?-->\n/, "");
  for (const lang of LANGUAGES) {
    // A link of the content goes to the page in the language shown: both targets are kept, for the switch.
    const body = fillMessages(template, lang).replace(/href="([^"]+)" data-href-cy="([^"]+)"/g, (_, en: string, cy: string) => `href="${lang === "cy" ? cy : en}" data-href-en="${en}" data-href-cy="${cy}"`);
    writeFileSync(
      join(out, inLanguage("index.html", lang)),
      page({
        lang,
        title: t(lang, "calc.title"),
        root: "../",
        current: "calculator/index.html",
        alternate: inLanguage("index.html", otherLanguage(lang)),
        switcher: "button",
        footer: "calc.footer",
        description: t(lang, "calc.description"),
        head: '<script src="mermaid.min.js" defer></script>\n<script src="app.js" defer></script>\n',
        body,
      }),
    );
  }
  copyFileSync(mermaidBundle, join(out, "mermaid.min.js"));
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}
