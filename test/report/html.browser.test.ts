// The report's HTML page in a real browser: Debian's headless Chromium,
// driven by puppeteer-core. Every headline figure, chart and table is on the
// page with the report's numbers, the charts are drawn (bars sized by their
// values, no label outside its chart), nothing is fetched, no text becomes
// markup, and the page still holds everything when printed. Screenshots are
// left in the system's temporary folder for a person to look at.
//
// Without Chromium this test FAILS, saying how to install it: it never skips.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportHtml } from "../../src/index.js";
import { monitoringReport, type MonitoringReport } from "../../src/report/index.js";
import { casesFor } from "../../src/testing/index.js";
import { swindon } from "./swindonCases.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = join(tmpdir(), "safeguarding-escalation-report");

// A year of Swindon cases, the same every run (a fixed seed).
const generated = fc.sample(casesFor(swindon, { from: "2026-01-01", to: "2026-12-31" }), { numRuns: 60, seed: 20_261_231 });
const asOf = [...generated.map((drawn) => drawn.asOf), "2027-01-08"].sort().at(-1) as string;
const report: MonitoringReport = monitoringReport(swindon, generated.map((drawn) => drawn.record), { from: "2026-01-01", to: "2026-12-31", asOf });

let browser: Browser | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: this test renders the report in Debian's headless Chromium. Install it with: apt-get update && apt-get install -y chromium (.ci/run does so).`);
  }
  profile = mkdtempSync(join(tmpdir(), "se-chromium-"));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`],
  });
}, 20_000);

afterAll(async () => {
  await browser?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** A page showing `html`, with every request it makes counted (and refused: the page must need none). */
async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    requests.push(request.url());
    void request.abort();
  });
  await page.setViewport({ width: 820, height: 1100 });
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests };
}

describe("the report's HTML page in Chromium", () => {
  it("shows every headline figure, chart and table with the report's numbers, and fetches nothing", async () => {
    const { page, requests } = await open(renderReportHtml(report));
    const figures = await page.$$eval("[data-figure]", (items) => items.map((item) => [item.getAttribute("data-figure"), item.querySelector("dt")?.textContent, Number(item.querySelector("dd")?.textContent)]));
    expect(figures).toEqual([
      ["cases", "Cases in the period", report.cases],
      ["begun", "Begun", report.begun],
      ["resolved", "Resolved", report.resolved],
      ["open-at-end", "Still open at the end", report.openAtEnd],
      ["overdue-now", "Overdue now", report.overdueNow],
      ["escalations", "Escalations made", report.escalations.made],
      ["escalations-late", "Escalations made late", report.escalations.late],
    ]);
    // Three charts, each drawn at a real size, with a title, a caption and a table.
    const charts = await page.$$eval("figure[data-chart]", (items) =>
      items.map((item) => {
        const box = item.querySelector("svg")?.getBoundingClientRect();
        return { id: item.id, title: item.querySelector("svg > title")?.textContent, width: box?.width ?? 0, height: box?.height ?? 0, caption: item.querySelector("figcaption")?.textContent ?? "", rows: item.querySelectorAll("tbody tr").length, axisLabels: [...item.querySelectorAll(".axis-label")].map((label) => label.textContent) };
      }),
    );
    expect(charts.map(({ id, title, rows, axisLabels }) => ({ id, title, rows, axisLabels }))).toEqual([
      { id: "stages-reached", title: "Stages reached", rows: report.stages.length, axisLabels: ["Cases"] },
      { id: "time-per-stage", title: "Time per stage against its limit", rows: report.stages.length, axisLabels: ["Working days"] },
      { id: "quarters", title: "On time versus late, per quarter", rows: report.quarters.length, axisLabels: ["Stages ended", "Quarter"] },
    ]);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(400);
      expect(chart.height).toBeGreaterThan(150);
      expect(chart.caption).toMatch(/^Figure \d\. /);
    }
    expect(requests).toEqual([]);
    await page.screenshot({ path: screenshot("screen.png"), fullPage: true });
    await page.close();
  }, 15_000);

  it("sizes every bar by its value, and keeps every label inside its chart", async () => {
    const { page } = await open(renderReportHtml(report));
    const bars = await page.$$eval("rect.bar", (rects) =>
      rects.map((rect) => {
        const box = rect.getBoundingClientRect();
        return { kind: rect.getAttribute("class"), stage: rect.getAttribute("data-stage"), quarter: rect.getAttribute("data-quarter"), value: Number(rect.getAttribute("data-value")), width: box.width, height: box.height };
      }),
    );
    const of = (kind: string) => bars.filter((bar) => bar.kind === `bar ${kind}`);
    expect(of("reached").map((bar) => [bar.stage, bar.value])).toEqual(report.stages.map((stage) => [stage.id, stage.reached]));
    expect(of("resolved").map((bar) => [bar.stage, bar.value])).toEqual(report.stages.map((stage) => [stage.id, stage.resolved]));
    expect(of("median").map((bar) => [bar.stage, bar.value])).toEqual(report.stages.flatMap((stage) => (stage.workingDays === null ? [] : [[stage.id, stage.workingDays.median]])));
    expect(of("on-time").map((bar) => [bar.quarter, bar.value])).toEqual(report.quarters.map((quarter) => [quarter.from, quarter.onTime]));
    expect(of("late").map((bar) => [bar.quarter, bar.value])).toEqual(report.quarters.map((quarter) => [quarter.from, quarter.late]));
    // Within a chart, a bar's length is its value times one scale: horizontal bars by width, the quarters' by height.
    const proportional = (group: typeof bars, size: "width" | "height") => {
      const scale = Math.max(...group.map((bar) => bar[size] / Math.max(bar.value, 1)));
      for (const bar of group) expect(Math.abs(bar[size] - bar.value * scale), `${bar.kind} ${bar.stage ?? bar.quarter}`).toBeLessThan(1.5);
    };
    proportional([...of("reached"), ...of("resolved")], "width");
    proportional(of("median"), "width");
    proportional([...of("on-time"), ...of("late")], "height");
    expect(await page.$$eval("line.allowed", (lines) => lines.map((line) => [line.getAttribute("data-stage"), Number(line.getAttribute("data-value"))]))).toEqual(
      report.stages.flatMap((stage) => (stage.allowedWorkingDays === null ? [] : [[stage.id, stage.allowedWorkingDays]])),
    );
    // No text of a chart runs outside it (it would be cut off on paper).
    const outside = await page.$$eval("figure svg", (svgs) =>
      svgs.flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")].flatMap((text) => {
          const box = text.getBoundingClientRect();
          return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5 ? [text.textContent] : [];
        });
      }),
    );
    expect(outside).toEqual([]);
    await page.close();
  }, 15_000);

  it("shows a caller's text as text: nothing in a report becomes markup", async () => {
    const hostile = "<script>window.hacked = 1</script><img src=x onerror=\"window.hacked = 2\"> & 'quotes'";
    const { page, requests } = await open(renderReportHtml({ ...report, policy: { ...report.policy, title: hostile, issuer: hostile }, stages: report.stages.map((stage) => ({ ...stage, title: hostile, limit: hostile })) }));
    const found = await page.$eval("html", (root) => ({ scripts: root.ownerDocument.scripts.length, images: root.ownerDocument.images.length, hacked: (root.ownerDocument.defaultView as unknown as { hacked?: number }).hacked }));
    expect(found).toEqual({ scripts: 0, images: 0, hacked: undefined });
    expect(await page.$eval(".policy", (element) => element.textContent)).toBe(hostile);
    expect(await page.$eval("#stages-reached tbody th", (element) => element.textContent)).toBe(`Stage 1: ${hostile}`);
    expect(requests).toEqual([]);
    await page.close();
  }, 15_000);

  it("keeps every chart and figure when printed on A4", async () => {
    const { page } = await open(renderReportHtml(report));
    await page.emulateMediaType("print");
    const shown = await page.$$eval("figure[data-chart], [data-figure]", (items) => items.filter((item) => item.getBoundingClientRect().height > 0 && item.ownerDocument.defaultView?.getComputedStyle(item).display !== "none").length);
    expect(shown).toBe(3 + 7);
    await page.screenshot({ path: screenshot("print.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(OUT, "report.pdf"), pdf);
    // A few A4 pages, not one long strip: the page breaks where print styles allow.
    const pages = (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await page.close();
  }, 15_000);
});

function screenshot(name: string): `${string}.png` {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, name) as `${string}.png`;
}
