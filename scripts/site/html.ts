// The pages' common frame: escaping, and one self-contained HTML file per
// page (the stylesheet inline, so that a page saved, emailed or printed for a
// board paper looks the same), in English or Welsh, its words from the site's
// catalogue (site/messages).
import { readFileSync } from "node:fs";
import type { Language } from "../../src/messages/language.js";
import { HTML_LANG, t, tParts, type SiteKey } from "../../site/messages/index.js";

const STYLES = readFileSync(new URL("../../site/site.css", import.meta.url), "utf8");

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** A page's path in a language: the Welsh page sits beside the English, "swindon.html" and "swindon.cy.html". */
export const inLanguage = (path: string, lang: Language): string => (lang === "cy" ? path.replace(/\.html$/, ".cy.html") : path);

/** The other of the two languages. */
export const otherLanguage = (lang: Language): Language => (lang === "cy" ? "en" : "cy");

/** The site's links, in the header of every page; the API reference is typedoc's, in English only. */
const NAV: readonly (readonly [string, SiteKey, boolean])[] = [
  ["policies/index.html", "site.nav.policies", true],
  ["calculator/index.html", "site.nav.calculator", true],
  ["guides/vendors.html", "site.nav.vendors", true],
  ["guides/boards.html", "site.nav.boards", true],
  ["api/index.html", "site.nav.api", false],
];

/** Where a page sits, so that its links to the others are relative (the site works from a folder, a server or a zip). */
export interface PageOptions {
  readonly lang: Language;
  readonly title: string;
  /** The path from this page to the site's root: "" at the root, "../" one folder down. */
  readonly root: string;
  /** HTML of the page's main content. */
  readonly body: string;
  readonly description?: string;
  /** The same page in the other language, relative to this one. */
  readonly alternate: string;
  /**
   * "link" (the default): the language switch is a link to the other page.
   * "button": a button the page's script switches the words with, in place
   * (the calculator, so that what was entered stays); every word of the
   * frame then carries its key, and every link both languages' targets.
   */
  readonly switcher?: "link" | "button";
  /** The page's own entry in the site's links, marked as the current page. */
  readonly current?: string;
  /** The footer's words, when not the site's own. */
  readonly footer?: SiteKey;
  /** More of the head: the calculator's scripts. */
  readonly head?: string;
}

/** A whole page: header with the site's links and the language switch, the content, a footer. */
export function page({ lang, title, root, body, description, alternate, switcher = "link", current, footer = "site.footer", head = "" }: PageOptions): string {
  const dynamic = switcher === "button";
  const words = (key: SiteKey): string => `${dynamic ? ` data-msg="${key}"` : ""}>${escapeHtml(t(lang, key))}`;
  const link = (href: string, translated: boolean): string => {
    const target = translated ? inLanguage(href, lang) : href;
    const both = dynamic ? ` data-href-en="${root}${href}" data-href-cy="${root}${translated ? inLanguage(href, "cy") : href}"` : "";
    return `href="${root}${target}"${both}${href === current ? ' aria-current="page"' : ""}${!translated && lang !== "en" ? ' hreflang="en"' : ""}`;
  };
  const other = otherLanguage(lang);
  const languageSwitch = dynamic
    ? `<p class="lang-switch"><button type="button" id="lang-switch" lang="${HTML_LANG[other]}" data-lang="${other}"${words("site.lang.other")}</button></p>
<p id="lang-announce" class="visually-hidden" role="status"></p>`
    : `<p class="lang-switch"><a href="${escapeHtml(alternate)}" hreflang="${HTML_LANG[other]}" lang="${HTML_LANG[other]}" rel="alternate">${escapeHtml(t(lang, "site.lang.other"))}</a></p>`;
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(lang, "site.name.suffix", { title }))}</title>
${description === undefined ? "" : `<meta name="description" content="${escapeHtml(description)}">\n`}<link rel="alternate" hreflang="${HTML_LANG[other]}" href="${escapeHtml(alternate)}">
<style>
${STYLES}</style>
${head}</head>
<body>
<a class="skip" href="#main"${words("site.skip")}</a>
<header class="site">
<nav aria-label="${escapeHtml(t(lang, "site.nav.label"))}"${dynamic ? ' data-msg-aria-label="site.nav.label"' : ""}>
<ul>
<li class="name"><a ${link("index.html", true)}>safeguarding-escalation</a></li>
${NAV.map(([href, key, translated]) => `<li><a ${link(href, translated)}${words(key)}</a></li>`).join("\n")}
</ul>
</nav>
${languageSwitch}
</header>
<main id="main">
${body}
</main>
<footer class="site">
<p${words(footer)}</p>
</footer>
</body>
</html>
`;
}

/** A message as HTML: its own words escaped, its placeholders filled with HTML already made safe. */
export function html(lang: Language, key: SiteKey, params: Readonly<Record<string, string>> = {}, count?: number): string {
  return tParts(lang, key, params, count)
    .map((part, index) => (index % 2 === 0 ? escapeHtml(part) : part))
    .join("");
}

/** Text the policy gives (a title, a quote), marked English on a Welsh page so that a screen reader reads it as English. */
export function policyWords(lang: Language, text: string): string {
  return lang === "en" ? escapeHtml(text) : `<span lang="en">${escapeHtml(text)}</span>`;
}

/**
 * A template's words from the catalogue: every element marked
 * `data-msg="key"` (and holding no other element) gets the message as its
 * text; `data-msg-aria-label="key"` sets its label. The marks stay, for a
 * page's script to switch the words in place.
 */
export function fillMessages(template: string, lang: Language): string {
  return template
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-msg="([^"]+)"[^>]*>)[^<]*(<\/\2>)/g, (_, open: string, _tag: string, key: string, close: string) => `${open}${escapeHtml(t(lang, key as SiteKey))}${close}`)
    .replace(/\sdata-msg-aria-label="([^"]+)"/g, (found: string, key: string) => ` aria-label="${escapeHtml(t(lang, key as SiteKey))}"${found}`);
}

/**
 * A table in a wrapper that scrolls sideways where it must (and can be
 * scrolled from the keyboard). On a phone each row is shown as a card, each
 * cell under its column's heading: the rows' cells are labelled here, in
 * column order, so the row builders need not repeat the headings.
 */
export function table(caption: string, head: readonly string[], rows: readonly string[], className = ""): string {
  const labelled = rows.map((row) => {
    let column = 0;
    return row.replace(/<(th|td)(?=[\s>])([^>]*)>/g, (_, tag: string, attributes: string) => {
      const label = head[column] ?? "";
      column += Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1);
      return tag === "td" && !attributes.includes("data-label=") ? `<td data-label="${escapeHtml(label)}"${attributes}>` : `<${tag}${attributes}>`;
    });
  });
  return `<div class="table-wrap" role="region" aria-label="${escapeHtml(caption)}" tabindex="0">
<table class="cards${className === "" ? "" : ` ${className}`}">
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join("")}</tr></thead>
<tbody>
${labelled.join("\n")}
</tbody>
</table>
</div>`;
}
