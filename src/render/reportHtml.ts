// The monitoring report as one self-contained HTML page for a board paper:
// styles and charts inline (SVG written here, no script, no fonts or images
// fetched), readable on screen and when printed. Every chart has a title,
// axis labels, a caption saying what it counts, and its numbers in a table.
// docs/monitoring.md says why the SVG is written here rather than by a
// charting library.
import { rendererMessage, type RendererKey } from "../messages/renderers.js";
import type { MessageParams } from "../messages/index.js";
import type { Language } from "../messages/language.js";
import type { MonitoringReport, StageFigures } from "../report/monitoringReport.js";
import { checkReportInput, dayMonthYear, escapedMessage, figureWords, FIGURES, periodWords, quarterLabel, reportLanguage, stageColumnWords } from "./reportInputs.js";
import type { ReportRenderOptions } from "./reportTables.js";

/** The page's words in its language. */
type Say = (key: RendererKey, params?: MessageParams) => string;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML or SVG, in an element or an attribute. */
const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
/** Text for an element's content only: quotes stand as they are there. */
const escText = (text: string): string => text.replace(/[&<>]/g, (c) => ENTITIES[c] as string);
/** A coordinate, to a tenth. */
const at = (value: number): string => String(Math.round(value * 10) / 10);

const WIDTH = 640;
const INK = "#1a1a1a";
const GRID = "#d0d0d0";
const DARK = "#1f4e79";
const LIGHT = "#9dc3e6";
const LATE = "#c55a11";

/** An axis from 0 to a round number above `max`, in steps of 1, 2 or 5 times a power of ten (at least 1: these are counts). */
function axis(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power);
  return { top: Math.ceil(max / step) * step, step };
}

const ticks = ({ top, step }: { top: number; step: number }): number[] => Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);

interface Chart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly height: number;
  readonly body: string;
}

function svg({ id, title, description, height, body }: Chart): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" font-size="12" fill="${INK}">
<title id="${id}-title">${esc(title)}</title>
<desc id="${id}-desc">${esc(description)}</desc>
${body}
</svg>`;
}

/** A legend: swatches and their words, in a row at the top. */
function legend(entries: readonly { readonly swatch: string; readonly label: string }[], x: number): string {
  let left = x;
  return entries
    .map(({ swatch, label }) => {
      const item = `<g class="legend" transform="translate(${at(left)},8)">${swatch}<text x="18" y="11">${esc(label)}</text></g>`;
      left += 28 + label.length * 6.5;
      return item;
    })
    .join("\n");
}

const box = (fill: string) => `<rect width="12" height="12" fill="${fill}" stroke="${INK}" stroke-width="0.5"/>`;

/** Vertical grid lines and their numbers along the bottom, with the axis's name. */
function xAxis(scale: { top: number; step: number }, left: number, right: number, top: number, bottom: number, name: string): string {
  const x = (value: number) => left + ((right - left) * value) / scale.top;
  const lines = ticks(scale).map((value) => `<line x1="${at(x(value))}" y1="${top}" x2="${at(x(value))}" y2="${bottom}" stroke="${GRID}"/><text x="${at(x(value))}" y="${bottom + 14}" text-anchor="middle">${value}</text>`);
  return `<g class="axis">${lines.join("")}<text class="axis-label" x="${at((left + right) / 2)}" y="${bottom + 32}" text-anchor="middle">${esc(name)}</text></g>`;
}

/** Figure 1: for each stage, the cases that reached it and those resolved at it. */
function stagesReachedChart(report: MonitoringReport, say: Say, lang: Language): string {
  const [left, right, top] = [84, WIDTH - 40, 34];
  const group = 40;
  const bottom = top + report.stages.length * group;
  const scale = axis(Math.max(...report.stages.map((stage) => stage.reached)));
  const x = (value: number) => ((right - left) * value) / scale.top;
  const bars = report.stages.map((stage, i) => {
    const y = top + i * group + 5;
    const bar = (value: number, dy: number, fill: string, kind: string) =>
      `<rect class="bar ${kind}" data-stage="${esc(stage.id)}" data-value="${value}" x="${left}" y="${y + dy}" width="${at(x(value))}" height="14" fill="${fill}"/><text x="${at(left + x(value) + 4)}" y="${y + dy + 11}">${value}</text>`;
    return `<g><text x="${left - 8}" y="${y + 18}" text-anchor="end">${esc(say("report.chart.stage", { number: stage.number }))}</text>${bar(stage.reached, 0, LIGHT, "reached")}${bar(stage.resolved, 15, DARK, "resolved")}</g>`;
  });
  return svg({
    id: "chart-stages",
    title: say("report.chart.stagesTitle"),
    description: say("report.chart.stagesDescription", { date: dayMonthYear(report.to, lang) }),
    height: bottom + 44,
    body: [legend([{ swatch: box(LIGHT), label: say("report.chart.reachedByEnd") }, { swatch: box(DARK), label: say("report.chart.resolvedAtStage") }], left), xAxis(scale, left, right, top, bottom, say("report.column.cases")), ...bars].join("\n"),
  });
}

/** Figure 2: for each stage, the median and 90th percentile of working days taken, against the median allowed. */
function timePerStageChart(report: MonitoringReport, say: Say): string {
  // Room on the right for "median / p90" beside a whisker that reaches the axis's end.
  const [left, right, top] = [84, WIDTH - 76, 34];
  const row = 32;
  const bottom = top + report.stages.length * row;
  const scale = axis(Math.max(...report.stages.flatMap((stage) => [stage.workingDays?.p90 ?? 0, stage.allowedWorkingDays ?? 0])));
  const x = (value: number) => left + ((right - left) * value) / scale.top;
  const rows = report.stages.map((stage, i) => {
    const y = top + i * row + 8;
    const label = `<text x="${left - 8}" y="${y + 12}" text-anchor="end">${esc(say("report.chart.stage", { number: stage.number }))}</text>`;
    const allowed = stage.allowedWorkingDays === null ? "" : `<line class="allowed" data-stage="${esc(stage.id)}" data-value="${stage.allowedWorkingDays}" x1="${at(x(stage.allowedWorkingDays))}" y1="${y - 5}" x2="${at(x(stage.allowedWorkingDays))}" y2="${y + 21}" stroke="${INK}" stroke-width="2" stroke-dasharray="4 2"/>`;
    const taken = stage.workingDays;
    if (taken === null) return `<g>${label}<text class="none" x="${left + 4}" y="${y + 12}" font-style="italic">${esc(say("report.chart.noneEnded"))}</text>${allowed}</g>`;
    const whisker = `<line class="p90" data-stage="${esc(stage.id)}" data-value="${taken.p90}" x1="${at(x(taken.median))}" y1="${y + 8}" x2="${at(x(taken.p90))}" y2="${y + 8}" stroke="${INK}" stroke-width="1.5"/><line x1="${at(x(taken.p90))}" y1="${y + 2}" x2="${at(x(taken.p90))}" y2="${y + 14}" stroke="${INK}" stroke-width="1.5"/>`;
    const bar = `<rect class="bar median" data-stage="${esc(stage.id)}" data-value="${taken.median}" x="${left}" y="${y + 1}" width="${at(x(taken.median) - left)}" height="14" fill="${DARK}"/>`;
    const words = `<text x="${at(Math.max(x(taken.p90), stage.allowedWorkingDays === null ? 0 : x(stage.allowedWorkingDays)) + 6)}" y="${y + 12}">${taken.median} / ${taken.p90}</text>`;
    return `<g>${label}${bar}${whisker}${allowed}${words}</g>`;
  });
  const dashed = `<line x1="0" y1="6" x2="12" y2="6" stroke="${INK}" stroke-width="2" stroke-dasharray="4 2"/>`;
  const whiskerSwatch = `<line x1="0" y1="6" x2="12" y2="6" stroke="${INK}" stroke-width="1.5"/><line x1="12" y1="1" x2="12" y2="11" stroke="${INK}" stroke-width="1.5"/>`;
  return svg({
    id: "chart-time",
    title: say("report.chart.timeTitle"),
    description: say("report.chart.timeDescription"),
    height: bottom + 44,
    body: [
      legend([{ swatch: box(DARK), label: say("report.chart.medianTaken") }, { swatch: whiskerSwatch, label: say("report.chart.toP90") }, { swatch: dashed, label: say("report.column.allowed") }], left),
      xAxis(scale, left, right, top, bottom, say("report.chart.workingDays")),
      ...rows,
    ].join("\n"),
  });
}

/** Figure 3: for each quarter, the stages with a limit that ended in it, on time and late, stacked. */
function quartersChart(report: MonitoringReport, say: Say, lang: Language): string {
  const [left, right, top, bottom] = [56, WIDTH - 20, 48, 228];
  const { quarters } = report;
  const scale = axis(Math.max(...quarters.map((quarter) => quarter.onTime + quarter.late)));
  const y = (value: number) => bottom - ((bottom - top) * value) / scale.top;
  const band = (right - left) / Math.max(1, quarters.length);
  const width = Math.min(56, band * 0.6);
  const slanted = quarters.length > 6;
  const grid = ticks(scale).map((value) => `<line x1="${left}" y1="${at(y(value))}" x2="${right}" y2="${at(y(value))}" stroke="${GRID}"/><text x="${left - 6}" y="${at(y(value) + 4)}" text-anchor="end">${value}</text>`);
  const bars = quarters.map((quarter, i) => {
    const middle = left + band * (i + 0.5);
    const x0 = at(middle - width / 2);
    const segment = (value: number, base: number, fill: string, kind: string) =>
      `<rect class="bar ${kind}" data-quarter="${quarter.from}" data-value="${value}" x="${x0}" y="${at(y(base + value))}" width="${at(width)}" height="${at(y(base) - y(base + value))}" fill="${fill}" stroke="${INK}" stroke-width="${value === 0 ? 0 : 0.5}"/>`;
    const total = quarter.onTime + quarter.late;
    const label = slanted
      ? `<text x="${at(middle)}" y="${bottom + 14}" text-anchor="end" transform="rotate(-35 ${at(middle)} ${bottom + 14})">${esc(quarterLabel(quarter, lang))}</text>`
      : `<text x="${at(middle)}" y="${bottom + 16}" text-anchor="middle">${esc(quarterLabel(quarter, lang))}</text>`;
    return `<g>${segment(quarter.onTime, 0, DARK, "on-time")}${segment(quarter.late, quarter.onTime, "url(#late-hatch)", "late")}<text x="${at(middle)}" y="${at(y(total) - 5)}" text-anchor="middle">${esc(say("report.chart.lateOfTotal", { late: quarter.late, total }))}</text>${label}</g>`;
  });
  const height = bottom + (slanted ? 78 : 48);
  const hatch = `<defs><pattern id="late-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f8cbad"/><line x1="0" y1="0" x2="0" y2="6" stroke="${LATE}" stroke-width="2.5"/></pattern></defs>`;
  const axes = `<g class="axis">${grid.join("")}<text class="axis-label" transform="rotate(-90)" x="${-(top + bottom) / 2}" y="16" text-anchor="middle">${esc(say("report.chart.stagesEnded"))}</text><text class="axis-label" x="${at((left + right) / 2)}" y="${height - 6}" text-anchor="middle">${esc(say("report.column.quarter"))}</text></g>`;
  return svg({
    id: "chart-quarters",
    title: say("report.chart.quartersTitle"),
    description: say("report.chart.quartersDescription"),
    height,
    body: [hatch, legend([{ swatch: box(DARK), label: say("report.column.onTime") }, { swatch: box("url(#late-hatch)"), label: say("report.column.late") }], left), axes, ...bars].join("\n"),
  });
}

const cell = (value: string | number | null, className?: string): string => `<td${className === undefined ? "" : ` class="${className}"`}>${value === null ? "–" : esc(value)}</td>`;
const stageName = (stage: StageFigures, say: Say): string => `<th scope="row">${esc(say("report.stageName", { number: stage.number, title: stage.title }))}</th>`;

function figure(id: string, number: number, chart: string, caption: string, table: string, say: Say): string {
  return `<figure class="chart" id="${id}" data-chart="${id}">
${chart}
<figcaption><strong>${esc(say("report.html.figureNumber", { number }))}</strong> ${esc(caption)}</figcaption>
<table class="numbers">${table}</table>
</figure>`;
}

const STYLE = `
:root { color: ${INK}; background: #fff; font-family: system-ui, "Segoe UI", Arial, sans-serif; line-height: 1.4; }
body { margin: 0 auto; padding: 24px; max-width: 760px; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.2em; margin: 1.6em 0 0.6em; border-bottom: 1px solid ${GRID}; }
.issuer, .period { margin: 0.2em 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 0; }
.figures div { border: 1px solid ${GRID}; padding: 8px; }
.figures dt { font-size: 0.85em; }
.figures dd { margin: 0; font-size: 1.8em; font-weight: 600; }
figure { margin: 1.2em 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { margin: 0.4em 0; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 0.4em 0; }
th, td { border: 1px solid ${GRID}; padding: 3px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.definitions dt { font-weight: 600; margin-top: 0.5em; }
dl.definitions dd { margin-left: 1em; }
footer { margin-top: 2em; font-size: 0.8em; border-top: 1px solid ${GRID}; padding-top: 0.5em; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  figure, table, .figures, dl.definitions div { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

/**
 * Writes a monitoring report as one self-contained HTML page for a board
 * paper: the headline figures, three charts as inline SVG (stages reached,
 * time per stage against its limit, on time versus late per quarter), each
 * with a caption and its numbers in a table, the flags seen, and what each
 * figure counts. No script, nothing fetched; print styles for A4. Every text
 * is escaped.
 *
 * @param given - from {@link monitoringReport}
 * @param options - `lang`: `"en"` (default) or `"cy"` (Welsh; the page is marked `lang="cy"`)
 * @returns the page, `<!doctype html>` first
 * @throws {@link InvalidResultError} for anything that is not a monitoring report
 * @throws {@link InvalidOptionsError} for an unknown option or language
 *
 * @example
 * ```ts
 * const cases = [{ policy: "swindon", raisedOn: "2026-11-02", events: [] }];
 * const html = renderReportHtml(monitoringReport(policies.swindon, cases, { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08" }));
 * html.startsWith("<!doctype html>") // true
 * html.match(/<svg /g).length        // 3: stages reached, time per stage, on time versus late per quarter
 * writeFileSync("board-paper.html", html);
 * // In Welsh: the report made with lang "cy" (its stages' limits), and the page in Welsh
 * const tudalen = renderReportHtml(monitoringReport(policies.swindon, cases, { from: "2026-10-01", to: "2026-12-31", asOf: "2027-01-08", lang: "cy" }), { lang: "cy" });
 * tudalen.includes('<html lang="cy">') // true
 * ```
 */
export function renderReportHtml(given: MonitoringReport, options?: ReportRenderOptions): string {
  const lang = reportLanguage(options);
  // Read once, as plain data: the caller's object is not read again.
  const report = checkReportInput(given);
  const say: Say = (key, params) => rendererMessage(lang, key, params);
  const period = periodWords(report, lang);
  const figures = FIGURES.map((f) => `<div data-figure="${f.key}"><dt>${esc(figureWords(lang, f).label)}</dt><dd>${f.value(report)}</dd></div>`).join("\n");
  const header = (...keys: RendererKey[]): string => `<thead><tr>${keys.map((key) => `<th scope="col">${esc(say(key))}</th>`).join("")}</tr></thead>`;
  const stagesTable =
    header("report.column.stage", "report.column.reached", "report.column.resolvedAt") +
    `<tbody>${report.stages.map((stage) => `<tr data-stage="${esc(stage.id)}">${stageName(stage, say)}${cell(stage.reached, "n")}${cell(stage.resolved, "n")}</tr>`).join("")}</tbody>`;
  const timeTable =
    header("report.column.stage", "report.column.limit", "report.column.ended", "report.column.late", "report.column.median", "report.column.p90", "report.column.allowed") +
    `<tbody>${report.stages.map((stage) => `<tr data-stage="${esc(stage.id)}">${stageName(stage, say)}${cell(stage.limit ?? say("report.noLimit"))}${cell(stage.ended, "n")}${cell(stage.endedLate, "n")}${cell(stage.workingDays?.median ?? null, "n")}${cell(stage.workingDays?.p90 ?? null, "n")}${cell(stage.allowedWorkingDays, "n")}</tr>`).join("")}</tbody>`;
  const quarterTable =
    header("report.column.quarter", "report.column.from", "report.column.to", "report.column.onTime", "report.column.late") +
    `<tbody>${report.quarters.map((quarter) => `<tr data-quarter="${quarter.from}"><th scope="row">${esc(quarterLabel(quarter, lang))}</th>${cell(quarter.from)}${cell(quarter.to)}${cell(quarter.onTime, "n")}${cell(quarter.late, "n")}</tr>`).join("")}</tbody>`;
  const flags =
    report.flags.length === 0
      ? `<p>${esc(say("report.noFlags"))}</p>`
      : `<table class="numbers">${header("report.column.flag", "report.column.meaning", "report.column.cases")}<tbody>${report.flags.map((flag) => `<tr data-flag="${esc(flag.flag)}"><th scope="row">${esc(flag.flag)}</th>${cell(say(`report.flagMeaning.${flag.flag}`))}${cell(flag.cases, "n")}</tr>`).join("")}</tbody></table>`;
  const definitions = [...FIGURES.map((f) => figureWords(lang, f)).map(({ label, definition }) => [label, definition] as const), ...stageColumnWords(lang).map(([label, text]) => [say("report.html.stageColumn", { label }), text] as const)]
    .map(([term, text]) => `<div><dt>${esc(term)}</dt><dd>${esc(text)}</dd></div>`)
    .join("\n");
  const asOf = dayMonthYear(report.asOf, lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(say("report.html.title", { title: report.policy.title, period }))}</title>
<style>${STYLE}
</style>
</head>
<body>
<header>
<p class="issuer">${esc(report.policy.issuer)}</p>
<h1>${esc(say("report.title"))}</h1>
<p class="policy">${esc(report.policy.title)}</p>
<p class="period">${escapedMessage(lang, "report.periodLine", escText, { period: `<strong>${esc(period)}</strong>`, date: esc(asOf) })}</p>
</header>
<main>
<section aria-labelledby="headline">
<h2 id="headline">${esc(say("report.heading.figures"))}</h2>
<dl class="figures">
${figures}
</dl>
</section>
<section aria-labelledby="charts">
<h2 id="charts">${esc(say("report.heading.charts"))}</h2>
${figure("stages-reached", 1, stagesReachedChart(report, say, lang), say("report.caption.stages", { cases: report.cases, date: dayMonthYear(report.to, lang) }), stagesTable, say)}
${figure("time-per-stage", 2, timePerStageChart(report, say), say("report.caption.time"), timeTable, say)}
${figure("quarters", 3, quartersChart(report, say, lang), say("report.caption.quarters"), quarterTable, say)}
</section>
<section aria-labelledby="flags">
<h2 id="flags">${esc(say("report.heading.flags"))}</h2>
<p>${esc(say("report.html.flagsIntro"))}</p>
${flags}
</section>
<section aria-labelledby="definitions">
<h2 id="definitions">${esc(say("report.heading.definitions"))}</h2>
<dl class="definitions">
${definitions}
</dl>
</section>
</main>
<footer>
<p>${escapedMessage(lang, "report.html.footer", escText, { policy: esc(report.policy.id) })}</p>
</footer>
</body>
</html>
`;
}
