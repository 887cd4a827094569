// npm run docs: the documentation site, one static folder (build/site) that
// works from a web server, a zip or the file system. The API reference from
// typedoc; a page per bundled policy with its flowchart drawn by mermaid-cli
// in headless Chromium; the guides; the timeline calculator. Every page but
// the API reference in English and in Welsh ("x.html" and "x.cy.html", each
// linking to the other), the words from the site's catalogue (site/messages).
// Every link between the pages is checked before the build says it is done.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { LANGUAGES, policies, renderMermaid, type Language, type Policy } from "../src/index.js";
import { siteList, t, type SiteKey } from "../site/messages/index.js";
import { buildCalculator } from "./site/calculator.js";
import { launchChromium } from "./site/chromium.js";
import { flowchartSvg } from "./site/flowcharts.js";
import { escapeHtml as e, html, inLanguage, otherLanguage, page, policyWords, table } from "./site/html.js";
import { calendarName, dateHtml, policyPageBody, WORKED_RAISED_ON } from "./site/policyPage.js";

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

// ---- the flowcharts, drawn once each per language in one browser
const bundled = Object.values(policies) as Policy[];
const drawnIn = await step("flowcharts (mermaid-cli in Chromium, English and Welsh)", async () => {
  const browser = await launchChromium();
  try {
    const drawn = new Map<string, string>();
    for (const lang of LANGUAGES) for (const policy of bundled) drawn.set(`${lang}:${policy.id}`, await flowchartSvg(browser, renderMermaid(policy, { lang }), policy.id));
    return drawn;
  } finally {
    await browser.close();
  }
});
const svgOf = (policy: string, lang: Language): string => drawnIn.get(`${lang}:${policy}`) as string;

// ---- a page per policy in each language, and their index
await step("policy pages (English and Welsh)", () => {
  for (const lang of LANGUAGES) {
    for (const policy of bundled) {
      const path = `policies/${policy.id}.html`;
      write(inLanguage(path, lang), page({ lang, title: policy.issuer, root: "../", current: "policies/index.html", alternate: inLanguage(`${policy.id}.html`, otherLanguage(lang)), description: t(lang, "policy.description", { title: policy.title }), body: policyPageBody(policy, svgOf(policy.id, lang), lang) }));
    }
    const none = html(lang, "site.none");
    const rows = bundled.map((policy) => {
      const limits = policy.stages.length;
      return `<tr><th scope="row"><a href="${inLanguage(`${policy.id}.html`, lang)}"${lang === "en" ? "" : ' lang="en"'}>${e(policy.issuer)}</a></th><td>${policyWords(lang, policy.document.title)}</td><td>${policy.version === undefined ? none : policyWords(lang, policy.version)}</td><td>${policy.reviewDue === undefined ? none : dateHtml(lang, policy.reviewDue)}</td><td>${limits}</td><td>${e(calendarName(lang, policy.jurisdiction))}</td></tr>`;
    });
    const head: SiteKey[] = ["policies.head.board", "policies.head.document", "policies.head.version", "policies.head.reviewDue", "policies.head.stages", "policies.head.calendar"];
    write(
      inLanguage("policies/index.html", lang),
      page({
        lang,
        title: t(lang, "policies.title"),
        root: "../",
        current: "policies/index.html",
        alternate: inLanguage("index.html", otherLanguage(lang)),
        body: `<h1>${html(lang, "policies.heading")}</h1>
<p class="lead">${html(lang, "policies.lead", { count: String(bundled.length), date: dateHtml(lang, WORKED_RAISED_ON) }, bundled.length)}</p>
${table(t(lang, "policies.caption"), head.map((key) => t(lang, key)), rows)}`,
      }),
    );
  }
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
    // The guides are English (a Welsh page gives the English text): so is what they show.
    "flowchart:swindon": () =>
      `<figure class="flowchart" tabindex="0"><div role="img" aria-label="${e(t("en", "guide.flowchart.label"))}">${svgOf("swindon", "en").replace(/flowchart-swindon/g, "guide-flowchart-swindon")}</div><figcaption>${html("en", "guide.flowchart.caption", { link: `<a href="../policies/swindon.html#flowchart">${html("en", "guide.flowchart.link")}</a>` })}</figcaption></figure>`,
  };
  const render = (source: string): string => markdown.render(source).replace(/<p>\{\{([a-z:]+)\}\}<\/p>/g, (_, key: string) => {
    const fill = fills[key];
    if (fill === undefined) throw new Error(`a guide asks for {{${key}}}, which the build does not know`);
    return fill();
  });
  // The guides are long prose, in English for now: the Welsh page of each says
  // so, in Welsh, and gives the English text marked as English (docs/welsh.md
  // lists them for translation).
  const guide = (file: string, title: SiteKey, out: string) => {
    const body = render(readFileSync(file, "utf8"));
    for (const lang of LANGUAGES) {
      const notice = lang === "en" ? "" : `<p class="note" role="note">${html(lang, "guide.notTranslated")}</p>\n`;
      write(`guides/${inLanguage(out, lang)}`, page({ lang, title: t(lang, title), root: "../", current: `guides/${out}`, alternate: inLanguage(out, otherLanguage(lang)), body: `${notice}${lang === "en" ? body : `<div lang="en">\n${body}</div>`}` }));
    }
  };
  guide(join(ROOT, "site", "guides", "vendors.md"), "guide.vendors.title", "vendors.html");
  guide(join(ROOT, "site", "guides", "boards.md"), "guide.boards.title", "boards.html");
  guide(join(ROOT, "docs", "encoding-policies.md"), "guide.encoding.title", "encoding-policies.html");
});

// ---- the front page, in each language
for (const lang of LANGUAGES) {
  const link = (path: string): string => inLanguage(path, lang);
  const boards = siteList(lang, bundled.map((policy) => `<a href="${link(`policies/${policy.id}.html`)}"${lang === "en" ? "" : ' lang="en"'}>${e(policy.issuer)}</a>`));
  write(
    link("index.html"),
    page({
      lang,
      title: t(lang, "home.title"),
      root: "",
      current: "index.html",
      alternate: inLanguage("index.html", otherLanguage(lang)),
      body: `<h1>safeguarding-escalation</h1>
<p class="lead">${html(lang, "home.lead")}</p>
<ul class="cards">
<li><h2><a href="${link("calculator/index.html")}">${html(lang, "site.nav.calculator")}</a></h2><p>${html(lang, "home.calculator")}</p></li>
<li><h2><a href="${link("policies/index.html")}">${html(lang, "policies.heading")}</a></h2><p>${html(lang, "home.policies", { boards })}</p></li>
<li><h2><a href="${link("guides/boards.html")}">${html(lang, "site.nav.boards")}</a></h2><p>${html(lang, "home.boards", { validate: "<code>validate</code>" })}</p></li>
<li><h2><a href="${link("guides/vendors.html")}">${html(lang, "site.nav.vendors")}</a></h2><p>${html(lang, "home.vendors")}</p></li>
<li><h2><a href="api/index.html"${lang === "en" ? "" : ' hreflang="en"'}>${html(lang, "site.nav.api")}</a></h2><p>${html(lang, "home.api")}</p></li>
</ul>`,
    }),
  );
}

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
