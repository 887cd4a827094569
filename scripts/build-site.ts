// npm run docs: the documentation site, one static folder (build/site) that
// works from a web server, a zip or the file system. The API reference from
// typedoc; a page per bundled policy with its flowchart drawn by mermaid-cli
// in headless Chromium; the guides; the timeline calculator. Every link
// between the pages is checked before the build says it is done.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { formatLongDate, policies, renderMermaid, type Policy } from "../src/index.js";
import { buildCalculator } from "./site/calculator.js";
import { launchChromium } from "./site/chromium.js";
import { flowchartSvg } from "./site/flowcharts.js";
import { escapeHtml as e, page, table } from "./site/html.js";
import { policyPageBody, WORKED_RAISED_ON } from "./site/policyPage.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "build", "site");
const started = performance.now();
const timings: [string, number][] = [];

async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const from = performance.now();
  const result = await work();
  timings.push([name, performance.now() - from]);
  return result;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), text);
}

function run(command: string, args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// ---- the API reference
await step("typedoc (API reference)", () => {
  const { status, output } = run(join(ROOT, "node_modules", ".bin", "typedoc"), ["--out", join(OUT, "api")], ROOT);
  if (status !== 0) throw new Error(`typedoc failed:\n${output}`);
});

// ---- the calculator
const bundleBytes = await step("calculator bundle (esbuild)", () => buildCalculator(OUT));

// ---- the flowcharts, drawn once each in one browser
const bundled = Object.values(policies) as Policy[];
const svgs = await step("flowcharts (mermaid-cli in Chromium)", async () => {
  const browser = await launchChromium();
  try {
    const drawn = new Map<string, string>();
    for (const policy of bundled) drawn.set(policy.id, await flowchartSvg(browser, renderMermaid(policy), policy.id));
    return drawn;
  } finally {
    await browser.close();
  }
});

// ---- a page per policy, and their index
await step("policy pages", () => {
  for (const policy of bundled) {
    write(`policies/${policy.id}.html`, page({ title: policy.issuer, root: "../", description: `${policy.title}: flowchart, time limits with their sources, and a worked timeline.`, body: policyPageBody(policy, svgs.get(policy.id) as string) }));
  }
  const rows = bundled.map((policy) => {
    const limits = policy.stages.length;
    return `<tr><th scope="row"><a href="${policy.id}.html">${e(policy.issuer)}</a></th><td>${e(policy.document.title)}</td><td>${policy.version === undefined ? "—" : e(policy.version)}</td><td>${policy.reviewDue === undefined ? "—" : e(formatLongDate(policy.reviewDue))}</td><td>${limits}</td><td>${e(policy.jurisdiction)}</td></tr>`;
  });
  write(
    "policies/index.html",
    page({
      title: "Policies",
      root: "../",
      body: `<h1>The bundled policies</h1>
<p class="lead">Five boards' published protocols, each encoded as a policy file with every limit cited to its words. Each page has the flowchart, a table of every rule with its source, the readings not used and why, and a worked timeline for a disagreement raised on ${e(formatLongDate(WORKED_RAISED_ON))}.</p>
${table("The bundled policies", ["Board", "Document", "Version", "Review date", "Stages", "Bank holidays"], rows)}`,
    }),
  );
});

// ---- the guides
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** What `validate` prints, run for real on a file: the guide shows the command's own words. */
function validateOutput(name: string, json: string, args: readonly string[], expectedStatus: number): string {
  const folder = mkdtempSync(join(tmpdir(), "validate-"));
  try {
    writeFileSync(join(folder, name), json);
    const { status, output } = run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "bin.ts"), "validate", ...args, name], folder);
    if (status !== expectedStatus) throw new Error(`validate ${name} exited ${status}, not ${expectedStatus}:\n${output}`);
    return `<pre><code>$ npx safeguarding-escalation validate ${e([...args, name].join(" "))}\n${e(output.trimEnd())}\n</code></pre>`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await step("guides (with validate run for real)", () => {
  const swindonJson = readFileSync(join(ROOT, "policies", "swindon.json"), "utf8");
  const broken = JSON.parse(swindonJson);
  broken.$schema = "https://unpkg.com/safeguarding-escalation/schema/policy.schema.json";
  broken.id = "my-board";
  broken.stages[1].limit.workingDays = "5";
  broken.stages[2].actors.raising = ["line-manger"];
  broken.stages[3].escalate = broken.stages[3].escalateBy;
  delete broken.stages[3].escalateBy;
  const fills: Record<string, () => string> = {
    "validate:broken": () => validateOutput("my-board.json", `${JSON.stringify(broken, null, 2)}\n`, [], 1),
    "validate:swindon": () => validateOutput("swindon.json", swindonJson, ["--today", "2026-11-30"], 0),
    "flowchart:swindon": () => `<figure class="flowchart" tabindex="0"><div role="img" aria-label="Swindon's escalation ladder as a flowchart">${(svgs.get("swindon") as string).replace(/flowchart-swindon/g, "guide-flowchart-swindon")}</div><figcaption>Swindon's ladder, as on <a href="../policies/swindon.html#flowchart">its policy page</a>.</figcaption></figure>`,
  };
  const render = (source: string): string => markdown.render(source).replace(/<p>\{\{([a-z:]+)\}\}<\/p>/g, (_, key: string) => {
    const fill = fills[key];
    if (fill === undefined) throw new Error(`a guide asks for {{${key}}}, which the build does not know`);
    return fill();
  });
  const guide = (file: string, title: string, out: string) => write(`guides/${out}`, page({ title, root: "../", body: render(readFileSync(file, "utf8")) }));
  guide(join(ROOT, "site", "guides", "vendors.md"), "Guide for vendors", "vendors.html");
  guide(join(ROOT, "site", "guides", "boards.md"), "Guide for boards", "boards.html");
  guide(join(ROOT, "docs", "encoding-policies.md"), "Encoding a protocol", "encoding-policies.html");
});

// ---- the front page
write(
  "index.html",
  page({
    title: "Documentation",
    root: "",
    body: `<h1>safeguarding-escalation</h1>
<p class="lead">Exact deadlines for UK multi-agency professional-disagreement (escalation) protocols: which stage a disagreement is at, when that stage is due in working days around bank holidays, whether it is overdue, who it must go to next and which duties are owed. Every number is cited to the words of the board's published text.</p>
<ul class="cards">
<li><h2><a href="calculator/index.html">Timeline calculator</a></h2><p>Enter a case and see its dates, its standing on a day, the flowchart and a calendar file. Runs in your browser; nothing leaves the page.</p></li>
<li><h2><a href="policies/index.html">The bundled policies</a></h2><p>${bundled.map((policy) => `<a href="policies/${policy.id}.html">${e(policy.issuer)}</a>`).join(", ")}: flowcharts, every limit with its source, a worked timeline around Christmas 2026.</p></li>
<li><h2><a href="guides/boards.html">Guide for boards</a></h2><p>Encoding your own protocol, what <code>validate</code> tells you, how to read a flowchart.</p></li>
<li><h2><a href="guides/vendors.html">Guide for vendors</a></h2><p>Importing the library, triage and forecast, validating files in CI, property tests, a nightly sweep.</p></li>
<li><h2><a href="api/index.html">API reference</a></h2><p>Every public function, with an example the tests run.</p></li>
</ul>`,
  }),
);

// ---- every link between our pages goes somewhere (typedoc checks its own)
await step("link check", () => {
  const broken: string[] = [];
  const pages = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return name === "api" && folder === OUT ? [] : pages(path);
      return name.endsWith(".html") ? [path] : [];
    });
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> => {
    let found = idsOf.get(file);
    if (found === undefined) {
      found = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
      idsOf.set(file, found);
    }
    return found;
  };
  for (const file of pages(OUT)) {
    for (const [, link] of readFileSync(file, "utf8").matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (link === undefined || /^(https?:|mailto:|data:|blob:)/.test(link)) continue;
      const [path = "", fragment] = link.split("#");
      const target = path === "" ? file : resolve(dirname(file), path);
      if (!existsSync(target) || !target.startsWith(OUT)) broken.push(`${relative(OUT, file)}: ${link} (no such file)`);
      else if (fragment !== undefined && fragment !== "" && target.endsWith(".html") && !ids(target).has(fragment)) broken.push(`${relative(OUT, file)}: ${link} (no id ${fragment})`);
    }
  }
  if (broken.length > 0) throw new Error(`Broken links:\n${broken.join("\n")}`);
});

const total = (performance.now() - started) / 1000;
for (const [name, ms] of timings) console.log(`${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
console.log(`Site built in ${total.toFixed(1)} s: ${relative(process.cwd(), OUT)}/index.html (calculator bundle ${(bundleBytes / 1024).toFixed(0)} KiB)`);
