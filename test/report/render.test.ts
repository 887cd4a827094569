// The report's plain formats: Markdown tables that a caller's text cannot
// break, and a CSV log that reads back as the rows and runs no formula.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { InvalidResultError, renderLogCsv, renderReportHtml, renderReportMarkdown, type Case } from "../../src/index.js";
import { escalationLog, monitoringReport } from "../../src/report/index.js";
import { B, cases, period, swindon } from "./swindonCases.js";

const report = monitoringReport(swindon, cases, period);

describe("renderReportMarkdown", () => {
  it("writes the headline figures and each stage as table rows", () => {
    const text = renderReportMarkdown(report);
    expect(text).toContain(
      [
        "## The period in figures",
        "",
        "| Figure | Number |",
        "| --- | --- |",
        "| Cases in the period | 5 |",
        "| Begun | 4 |",
        "| Resolved | 2 |",
        "| Still open at the end | 3 |",
        "| Overdue now | 1 |",
        "| Escalations made | 3 |",
        "| Escalations made late | 1 |",
      ].join("\n"),
    );
    // Stage 2 (hand-worked): reached 2, resolved 1, ended 1, none late, 4 working days of the 5 allowed.
    expect(text).toMatch(/\| Stage 2: Inter-agency Discussion \| within 5 working days of the completion of Stage 1 \(Internal Discussion\) \| 2 \| 1 \| 1 \| 0 \| 4 \| 4 \| 5 \|/);
    expect(text).toContain("| Oct–Dec 2026 | 2026-10-01 | 2026-12-31 | 3 | 1 |");
  });

  it("escapes what a policy's text could turn into markup or extra cells", () => {
    const title = "# Heading | cell *bold* _em_ `code` [link](x) <b>html</b> &amp;\nnext line";
    const text = renderReportMarkdown({ ...report, policy: { ...report.policy, title }, stages: report.stages.map((stage) => ({ ...stage, title })) });
    const row = text.split("\n").find((line) => line.startsWith("| Stage 1:")) as string;
    // Nine columns: ten pipes not escaped.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(10);
    expect(row).toContain("Stage 1: # Heading \\| cell \\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\>html\\</b\\> \\&amp; next line");
    expect(text.split("\n")[2]).toMatch(/^\\# Heading/);
  });
});

describe("renderLogCsv", () => {
  it("reads back as the log's rows, with text that has commas, quotes and line breaks intact", () => {
    const awkward: Case = { ...B, events: B.events.map((event) => (event.type === "resolved" ? { ...event, outcome: 'Agreed, "in principle"\nreview in May' } : event)) };
    const log = escalationLog(swindon, [{ id: "B, 2", case: awkward }], period.asOf);
    const records = parse(renderLogCsv(log), { columns: true }) as Record<string, string>[];
    expect(records.map((record) => [record.id, record.stage, record.start, record.raisedWith, record.due, record.ended, record.timing, record.workingDays, record.outcome])).toEqual([
      ["B, 2", "stage-1", "2026-11-02", "Line manager; Safeguarding Lead (safeguarding designate) of the organisation", "2026-11-04", "2026-11-05", "late", "3", "No agreement between the practitioners"],
      ["B, 2", "stage-2", "2026-11-05", "Hospital social work team", "2026-11-12", "2026-11-11", "on-time", "4", 'Agreed, "in principle"\nreview in May'],
    ]);
  });

  it("defuses a text a spreadsheet would run as a formula", () => {
    const formula: Case = { ...B, events: B.events.map((event) => (event.type === "resolved" ? { ...event, outcome: '=HYPERLINK("http://example.invalid","x")' } : event.type === "stage-entered" ? { ...event, raisedWith: "@SUM(A1)" } : event)) };
    const records = parse(renderLogCsv(escalationLog(swindon, [formula], period.asOf)), { columns: true }) as Record<string, string>[];
    expect(records[1]?.outcome).toBe('\'=HYPERLINK("http://example.invalid","x")');
    expect(records[1]?.raisedWith).toBe("'@SUM(A1)");
  });
});

describe("the report renderers' inputs", () => {
  it("refuse what is not a report or a log, saying what was expected and where", () => {
    expect(() => renderReportHtml({} as never)).toThrow(InvalidResultError);
    expect(() => renderReportMarkdown({ ...report, begun: -1 })).toThrow(/Expected a monitoring report \(what monitoringReport\(\) returns\): begun/);
    expect(() => renderLogCsv({ rows: [{}] } as never)).toThrow(/Expected row 0 of an escalation log/);
    expect(() => renderLogCsv({} as never)).toThrow(/rows must be an array/);
  });

  it("take a report that went through JSON as the report itself", () => {
    expect(renderReportHtml(JSON.parse(JSON.stringify(report)) as typeof report)).toBe(renderReportHtml(report));
  });
});
