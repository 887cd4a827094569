// The pages' common frame: escaping, and one self-contained HTML file per
// page (the stylesheet inline, so that a page saved, emailed or printed for a
// board paper looks the same).
import { readFileSync } from "node:fs";

const STYLES = readFileSync(new URL("../../site/site.css", import.meta.url), "utf8");

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** Where a page sits, so that its links to the others are relative (the site works from a folder, a server or a zip). */
export interface PageOptions {
  readonly title: string;
  /** The path from this page to the site's root: "" at the root, "../" one folder down. */
  readonly root: string;
  /** HTML of the page's main content. */
  readonly body: string;
  readonly description?: string;
}

/** A whole page: header with the site's links, the content, a footer. */
export function page({ title, root, body, description }: PageOptions): string {
  const links: [string, string][] = [
    ["index.html", "Home"],
    ["policies/index.html", "Policies"],
    ["calculator/index.html", "Timeline calculator"],
    ["guides/vendors.html", "Guide for vendors"],
    ["guides/boards.html", "Guide for boards"],
    ["api/index.html", "API reference"],
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · safeguarding-escalation</title>
${description === undefined ? "" : `<meta name="description" content="${escapeHtml(description)}">\n`}<style>
${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site">
<nav aria-label="Site">
<ul>
<li class="name"><a href="${root}index.html">safeguarding-escalation</a></li>
${links
  .slice(1)
  .map(([href, label]) => `<li><a href="${root}${href}">${escapeHtml(label)}</a></li>`)
  .join("\n")}
</ul>
</nav>
</header>
<main id="main">
${body}
</main>
<footer class="site">
<p>safeguarding-escalation: deadlines of UK multi-agency escalation protocols, every number cited to the words it came from. The protocol texts are the boards' published documents; bank holidays are GOV.UK's (Crown copyright, Open Government Licence v3.0).</p>
</footer>
</body>
</html>
`;
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
