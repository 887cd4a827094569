// The calculator's files: its page, the library bundled for the browser from
// src/ (esbuild, platform "browser": an import of a Node built-in fails the
// build rather than the page), the site's stylesheet, and Mermaid's own
// browser build, served beside it so that nothing is fetched from elsewhere.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const site = fileURLToPath(new URL("../../site/", import.meta.url));
const require = createRequire(import.meta.url);
// Mermaid's own build for a page's <script> (a global `mermaid`), as it publishes it.
const mermaidBundle = require.resolve("mermaid/dist/mermaid.min.js");

/** Writes the calculator into `root`/calculator (and the stylesheet it links into `root`); returns the bundle's size in bytes. */
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
  copyFileSync(join(site, "calculator", "index.html"), join(out, "index.html"));
  copyFileSync(join(site, "site.css"), join(root, "site.css"));
  copyFileSync(mermaidBundle, join(out, "mermaid.min.js"));
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}
