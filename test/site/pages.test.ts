// The generated pages in Welsh, without a browser: a policy's page and the
// frame around it. The page's words are the Welsh catalogue's, the dates
// Intl's Welsh, the limits the engine's own Welsh, and the board's words stay
// as the policy gives them, marked English (lang="en") for a screen reader.
import { describe, expect, it } from "vitest";
import { escapeHtml, page } from "../../scripts/site/html.js";
import { policyPageBody } from "../../scripts/site/policyPage.js";
import { formatLongDate, policies, schedule } from "../../src/index.js";
import { t } from "../../site/messages/index.js";

const policy = policies["mid-and-west-wales"];
const welsh = policyPageBody(policy, "<svg></svg>", "cy");
const english = policyPageBody(policy, "<svg></svg>", "en");

describe("a policy's page in Welsh", () => {
  it("has the page's headings from the Welsh catalogue, the same sections (ids) as the English page", () => {
    for (const key of ["policy.heading.flowchart", "policy.heading.rules", "policy.heading.readings", "policy.heading.christmas", "policy.heading.roles"] as const) expect(welsh).toContain(`>${escapeHtml(t("cy", key))}</h2>`);
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((found) => found[1]);
    expect(ids(welsh)).toEqual(ids(english));
  });

  it("writes its dates in Welsh from Intl: approved Tuesday 24 January 2023, the worked timeline's Wednesday 23 December 2026", () => {
    expect(policy.approved).toBe("2023-01-24");
    expect(formatLongDate("2023-01-24", { lang: "cy" })).toBe("dydd Mawrth 24 Ionawr 2023");
    expect(welsh).toContain('<time datetime="2023-01-24">dydd Mawrth 24 Ionawr 2023</time>');
    expect(welsh).toContain('<time datetime="2026-12-23">dydd Mercher 23 Rhagfyr 2026</time>');
    expect(welsh).not.toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d<\/time>/);
  });

  it("gives each stage's due date as schedule does, and its limit in the engine's Welsh", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" }, { lang: "cy" });
    for (const stage of plan.stages) if (stage.due !== null) expect(welsh).toContain(`<time datetime="${stage.due}">${formatLongDate(stage.due, { lang: "cy" })}</time>`);
    const first = plan.stages[0]?.limit?.text ?? "";
    expect(first).toMatch(/^o fewn 10 diwrnod gwaith/);
    expect(welsh).toContain(escapeHtml(first));
  });

  it("marks the board's words English: the title, each stage's title, the quotes", () => {
    expect(welsh).toContain(`<h1 lang="en">${policy.title}</h1>`);
    for (const stage of policy.stages) expect(welsh).toContain(`<span lang="en">${escapeHtml(stage.title)}</span>`);
    expect(welsh).toMatch(/<td data-label="[^"]+" class="quote" lang="en">/);
    expect(english).not.toContain('lang="en"');
  });
});

describe("the page frame", () => {
  it("is marked Welsh, links to the Welsh pages and to the English one, and marks the English-only API reference", () => {
    const html = page({ lang: "cy", title: "Polisïau", root: "../", current: "policies/index.html", alternate: "index.html", body: "<h1>x</h1>" });
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<a href="../policies/index.cy.html" aria-current="page">Polisïau</a>');
    expect(html).toContain('<a href="index.html" hreflang="en-GB" lang="en-GB" rel="alternate">English</a>');
    expect(html).toContain('<a href="../api/index.html" hreflang="en">Cyfeirnod yr API (yn Saesneg)</a>');
    expect(html).toContain(`>${escapeHtml(t("cy", "site.skip"))}</a>`);
    expect(html).toContain(`<title>Polisïau · safeguarding-escalation</title>`);
  });
});
