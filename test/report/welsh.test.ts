// The board report in Welsh: the renderers' words from the catalogue
// (src/messages/cy.json), filled by hand below, the stages' limits as
// monitoringReport words them with lang "cy", dates and month names from
// Intl's cy-GB; the policy's titles and the data as they are; English the
// default and unchanged.
import { describe, expect, it } from "vitest";
import { InvalidOptionsError, renderLogCsv, renderReportHtml, renderReportMarkdown } from "../../src/index.js";
import { escalationLog, monitoringReport } from "../../src/report/index.js";
import { runCliAsync } from "../cli/run.js";
import { A, B, C, D, E, F, G, cases, period, swindon } from "./swindonCases.js";

const english = monitoringReport(swindon, cases, period);
const welsh = monitoringReport(swindon, cases, { ...period, lang: "cy" });

describe("monitoringReport with lang", () => {
  it("words each stage's limit in Welsh, and nothing else changes", () => {
    // Swindon's Stage 2: 5 working days from the completion of Stage 1 (summary.within, duration.workingDays "other",
    // anchor.completionOf "cwblhau {stage}", stage.label "Cam {number} ({title})").
    expect(welsh.stages[1]?.limit).toBe("o fewn 5 diwrnod gwaith ar ôl cwblhau Cam 1 (Internal Discussion)");
    expect(english.stages[1]?.limit).toBe("within 5 working days of the completion of Stage 1 (Internal Discussion)");
    expect({ ...welsh, stages: welsh.stages.map((stage) => ({ ...stage, limit: null })) }).toEqual({ ...english, stages: english.stages.map((stage) => ({ ...stage, limit: null })) });
    expect(monitoringReport(swindon, cases, { ...period, lang: "en" })).toEqual(english);
  });

  it("refuses an unknown language", () => {
    expect(() => monitoringReport(swindon, cases, { ...period, lang: "fr" } as never)).toThrow(InvalidOptionsError);
  });
});

describe("renderReportMarkdown in Welsh", () => {
  const text = renderReportMarkdown(welsh, { lang: "cy" });

  it("writes the title, the period and the headline figures in Welsh", () => {
    // The figures are test/report/render.test.ts's hand-worked ones: 5, 4, 2, 3, 1, 3, 1.
    expect(text.split("\n\n").slice(0, 4)).toEqual([
      "# Datrys anghytundebau proffesiynol: adroddiad monitro",
      // report.periodLine and report.period, the dates in Intl's cy-GB: September "Medi", December "Rhagfyr", January "Ionawr".
      `${swindon.title} (${swindon.issuer}). Cyfnod: 1 Medi 2026 i 31 Rhagfyr 2026. Ffigurau fel yr oeddent ar 8 Ionawr 2027.`,
      "## Y cyfnod mewn ffigurau",
      [
        "| Ffigur | Nifer |",
        "| --- | --- |",
        "| Achosion yn y cyfnod | 5 |",
        "| Wedi dechrau | 4 |",
        "| Wedi'u datrys | 2 |",
        "| Yn dal ar agor ar y diwedd | 3 |",
        "| Yn hwyr nawr | 1 |",
        "| Uwchgyfeiriadau a wnaed | 3 |",
        "| Uwchgyfeiriadau a wnaed yn hwyr | 1 |",
      ].join("\n"),
    ]);
  });

  it("writes the stages, quarters and flags tables with Welsh headings", () => {
    expect(text).toContain("| Cam | Terfyn | Cyrhaeddwyd | Datryswyd arno | Daeth i ben | Yn hwyr | Canolrif y diwrnodau gwaith | 90fed canradd | Caniatawyd (canolrif) |");
    // Stage 2 (hand-worked in render.test.ts): reached 2, resolved 1, ended 1, none late, 4 working days of the 5 allowed.
    expect(text).toContain("| Cam 2: Inter-agency Discussion | o fewn 5 diwrnod gwaith ar ôl cwblhau Cam 1 (Internal Discussion) | 2 | 1 | 1 | 0 | 4 | 4 | 5 |");
    // Stage 5 has no limit: report.noLimit "dim terfyn".
    expect(text).toMatch(/\| Cam 5: Swindon Safeguarding Partnership \| dim terfyn \|/);
    // Quarters: Intl's cy-GB short months, October "Hyd", December "Rhag"; English "Oct–Dec 2026".
    expect(text).toContain("| Chwarter | O | Hyd at | Ar amser | Yn hwyr |");
    expect(text).toContain("| Hyd–Rhag 2026 | 2026-10-01 | 2026-12-31 | 3 | 1 |");
    // A flag's id as it is, its meaning from report.flagMeaning.
    expect(text).toContain("| Baner | Ystyr | Achosion |");
    expect(text).toContain("| immediate-risk | Mae'r plentyn neu'r oedolyn mewn perygl uniongyrchol o niwed sylweddol, neu mae angen gweithredu ar unwaith er ei les. | 1 |");
    expect(text).toContain("- **Camau, Cyrhaeddwyd**: Achosion y cyfnod a oedd wedi mynd i'r cam erbyn ei ddiwrnod olaf.");
  });

  it("is English by default, the same as with lang en", () => {
    expect(renderReportMarkdown(english, { lang: "en" })).toBe(renderReportMarkdown(english));
    expect(renderReportMarkdown(english)).toContain("| Oct–Dec 2026 | 2026-10-01 | 2026-12-31 | 3 | 1 |");
  });

  it("refuses an unknown option or language", () => {
    expect(() => renderReportMarkdown(welsh, { lang: "cym" } as never)).toThrow(InvalidOptionsError);
    expect(() => renderReportMarkdown(welsh, { lang: "cy", format: "md" } as never)).toThrow(InvalidOptionsError);
  });
});

describe("renderReportHtml in Welsh", () => {
  const html = renderReportHtml(welsh, { lang: "cy" });

  it("marks the page as Welsh and writes its own words in Welsh", () => {
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(`<title>Monitro uwchgyfeirio: ${swindon.title}, 1 Medi 2026 i 31 Rhagfyr 2026</title>`);
    expect(html).toContain("<h1>Datrys anghytundebau proffesiynol: adroddiad monitro</h1>");
    expect(html).toContain('<p class="period">Cyfnod: <strong>1 Medi 2026 i 31 Rhagfyr 2026</strong>. Ffigurau fel yr oeddent ar 8 Ionawr 2027.</p>');
    expect(html).toContain('<div data-figure="overdue-now"><dt>Yn hwyr nawr</dt><dd>1</dd></div>');
    // The charts: titles for screen readers, a bar's label, a caption with its figure number (report.caption.stages with 5 cases).
    expect(html).toContain('<title id="chart-stages-title">Camau a gyrhaeddwyd</title>');
    expect(html).toContain('text-anchor="end">Cam 1</text>');
    expect(html).toContain("<figcaption><strong>Ffigur 1.</strong> Camau a gyrhaeddwyd: o&#39;r 5 achos yn y cyfnod, faint oedd wedi mynd i bob cam erbyn 31 Rhagfyr 2026, a faint a ddatryswyd arno o fewn y cyfnod.</figcaption>");
    // Quarter Oct–Dec: 3 on time, 1 late (report.chart.lateOfTotal "{late} o {total} yn hwyr").
    expect(html).toContain(">1 o 4 yn hwyr</text>");
    expect(html).toContain("Hyd–Rhag 2026");
    // The footer's policy id in straight quotes, as the English has it (element text: quotes and apostrophes need no escaping there).
    expect(html).toContain(`Gwnaed gan safeguarding-escalation o'r polisi "swindon".</p>`);
    expect(html).not.toMatch(/\b(Stage|Figure|Period|Quarter|Working days)\b/);
  });

  it("is English by default, the same as with lang en", () => {
    const page = renderReportHtml(english);
    expect(renderReportHtml(english, { lang: "en" })).toBe(page);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Made by safeguarding-escalation from the policy "swindon".</p>');
  });
});

describe("renderLogCsv in Welsh", () => {
  const log = escalationLog(swindon, cases, period.asOf);

  it("words the header row, and keeps every value as the log holds it", () => {
    const [header, ...rows] = renderLogCsv(log, { lang: "cy" }).split("\r\n");
    expect(header).toBe(
      "achos,id,cam,rhif y cam,teitl y cam,dechrau,codwyd gyda,codwyd gyda (ffynhonnell),uwchgyfeirio erbyn,dechreuwyd ar amser,erbyn,daeth i ben,diwedd,ar amser,amseru,diwrnodau gwaith,canlyniad",
    );
    expect(rows).toEqual(renderLogCsv(log).split("\r\n").slice(1));
  });

  it("is English by default: the header names the row's fields", () => {
    expect(renderLogCsv(log, { lang: "en" })).toBe(renderLogCsv(log));
    expect(renderLogCsv(log).split("\r\n")[0]).toBe("case,id,stage,stageNumber,stageTitle,start,raisedWith,raisedWithFrom,escalateBy,enteredOnTime,due,ended,end,onTime,timing,workingDays,outcome");
  });
});

describe("report --lang cy", () => {
  const withIds = { A, B, C, D, E, F, G };
  const files = { "cases.jsonl": `${Object.entries(withIds).map(([id, record]) => JSON.stringify({ id, ...record })).join("\n")}\n` };
  const argv = (format: string, lang: string[]) => ["report", "cases.jsonl", "--policy", "swindon", "--from", period.from, "--to", period.to, "--as-of", period.asOf, "--format", format, ...lang];
  const ids = Object.entries(withIds).map(([id, record]) => ({ id, case: record }));

  it("writes each format as the library does with lang cy", async () => {
    const report = monitoringReport(swindon, ids, { ...period, lang: "cy" });
    expect((await runCliAsync(argv("md", ["--lang", "cy"]), files)).stdout).toBe(renderReportMarkdown(report, { lang: "cy" }));
    expect((await runCliAsync(argv("html", ["--lang", "cy"]), files)).stdout).toBe(renderReportHtml(report, { lang: "cy" }));
    expect((await runCliAsync(argv("csv", ["--lang", "cy"]), files)).stdout).toBe(renderLogCsv(escalationLog(swindon, ids, period.asOf), { lang: "cy" }));
    expect(JSON.parse((await runCliAsync(argv("json", ["--lang", "cy"]), files)).stdout)).toMatchObject({ report: { stages: report.stages } });
  });

  it("is English without it", async () => {
    expect((await runCliAsync(argv("md", ["--lang", "en"]), files)).stdout).toBe((await runCliAsync(argv("md", []), files)).stdout);
  });
});
