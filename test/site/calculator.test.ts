// The timeline calculator, driven in headless Chromium as a person would use
// it: the page is built as `npm run docs` builds it (the library bundled for
// the browser), served on the loopback interface, filled in, and what it shows
// is compared with what the library gives. Chromium missing is a failure with
// what to install, never a skip.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCalculator } from "../../scripts/site/calculator.js";
import { launchChromium } from "../../scripts/site/chromium.js";
import { assess, formatPath, parseCase, parsePolicy, policies, renderAssessmentText, renderIcs, schedule } from "../../src/index.js";
import { t, type SiteKey } from "../../site/messages/index.js";
import { serveStatic } from "./server.js";

const root = mkdtempSync(join(tmpdir(), "calculator-"));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  await buildCalculator(root);
  server = await serveStatic(root);
  browser = await launchChromium();
}, 20_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A fresh page on the calculator, its script run; a script error on the page fails the test. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(`${server.url}/calculator/index.html`);
  await page.waitForSelector("html[data-ready=true]");
  return { page, errors };
}

/**
 * Sets a date field as a date picker does. Typing would depend on the
 * browser's locale (dd/mm/yyyy or mm/dd/yyyy); the value a date field holds
 * is ISO whatever the locale.
 */
async function fillDate(page: Page, selector: string, iso: string): Promise<void> {
  await page.$eval(
    selector,
    (input, value) => {
      // The test is typed without the DOM's types (it runs in Node): the field as the little it is used for.
      (input as unknown as { value: string }).value = value;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    iso,
  );
}

/**
 * Enters a Swindon case raised on Wednesday 23 December 2026 that entered
 * Stage 2 on `entered`, to be assessed on Thursday 7 January 2027, and asks
 * for the result.
 */
async function enterSwindonCase(page: Page, entered: string): Promise<void> {
  await page.select("#policy", "swindon");
  await fillDate(page, "#raised-on", "2026-12-23");
  await page.click("#add-event");
  await page.select("#events li [data-role=type]", "stage-entered");
  await page.select("#events li [data-role=detail]", "stage-2");
  await fillDate(page, "#events li [data-role=on]", entered);
  await fillDate(page, "#as-of", "2027-01-07");
  await page.click("#calculate");
}

/** The dates the schedule table shows, by stage and column: an ISO date (from its <time>), or the words shown instead. */
async function shownSchedule(page: Page): Promise<Record<string, Record<string, string>>> {
  const cells = await page.$$eval("#schedule-table td[data-field]", (tds) =>
    tds.map((td) => ({ stage: td.getAttribute("data-stage") ?? "", field: td.getAttribute("data-field") ?? "", value: td.querySelector("time")?.getAttribute("datetime") ?? td.textContent ?? "" })),
  );
  const table: Record<string, Record<string, string>> = {};
  for (const { stage, field, value } of cells) (table[stage] ??= {})[field] = value;
  return table;
}

describe("the timeline calculator in Chromium", () => {
  it("lays out a Swindon case raised on Wednesday 23 December 2026 with the dates schedule gives, and offers them as an ICS file", async () => {
    const { page, errors } = await open();
    await page.select("#policy", "swindon");
    await fillDate(page, "#raised-on", "2026-12-23");
    await page.click("#calculate");
    await page.waitForSelector("#schedule-table");
    const shown = await shownSchedule(page);

    // By hand: Stage 1, within 2 working days of 23 December. Thursday 24th is
    // the first; Friday 25th (Christmas), the weekend and Monday 28th (Boxing
    // Day, substitute) are not working days; Tuesday 29th is the second.
    // Stage 2, 5 working days on: 30th, 31st, (1 January a holiday, then the
    // weekend) 4th, 5th, 6th: Wednesday 6 January 2027.
    expect(shown["stage-1"]?.due).toBe("2026-12-29");
    expect(shown["stage-2"]?.due).toBe("2027-01-06");

    const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" });
    for (const stage of plan.stages) {
      expect(shown[stage.id]?.due, `Stage ${stage.number} due`).toBe(stage.due ?? "no time limit");
      expect(shown[stage.id]?.escalateBy, `Stage ${stage.number} escalate by`).toBe(stage.escalateBy ?? "—");
      expect(shown[stage.id]?.start, `Stage ${stage.number} start`).toBe(stage.start ?? "—");
    }
    expect(shown.final?.due).toBe(plan.final?.due ?? "no time limit");

    const ics = await page.$eval("#ics-link", async (link) => ({ name: link.getAttribute("download"), text: await (await fetch(link.getAttribute("href") ?? "")).text() }));
    expect(ics).toEqual({ name: "swindon-2026-12-23.ics", text: renderIcs(plan) });
    expect(await page.$eval("#announce", (region) => [region.getAttribute("aria-live"), region.textContent])).toEqual(["polite", expect.stringContaining("the first due Tuesday 29 December 2026")]);
    expect(errors).toEqual([]);
    await page.close();
  }, 20_000);

  it("assesses the case with its events on a date as assess does, and picks out its stage in the flowchart", async () => {
    const { page, errors } = await open();
    await enterSwindonCase(page, "2026-12-29");
    await page.waitForSelector("#flowchart svg");

    // Stage 2 entered on Tuesday 29 December is due five working days later, on
    // Wednesday 6 January 2027 (New Year's Day passed over): on the 7th, overdue.
    const result = assess(policies.swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, "2027-01-07");
    expect([result.state, result.due]).toEqual(["overdue", "2027-01-06"]);
    expect(await page.$eval("[data-state]", (badge) => [badge.getAttribute("data-state"), badge.textContent])).toEqual([result.state, renderAssessmentText(result).split("\n")[0]]);
    expect(await page.$eval("[data-state]", (badge) => badge.textContent)).toContain("due Wednesday 6 January 2027");
    expect(await page.$$eval("#explanation li", (items) => items.map((item) => item.textContent))).toEqual(result.explanation);
    expect(await page.$eval("#escalate-to time", (date) => date.getAttribute("datetime"))).toBe(result.escalateTo?.by);
    expect(await page.$eval("#schedule-table tr.current", (row) => row.getAttribute("data-stage"))).toBe("stage-2");

    // The highlighted node of the drawn chart is Stage 2's.
    const highlighted = await page.$eval("#flowchart .drawing", (drawing) => {
      const node = drawing.getAttribute("data-highlighted") ?? "";
      return [...drawing.querySelectorAll("g.node.current")].map((group) => [group.id.includes(node), group.textContent]);
    });
    expect(highlighted).toEqual([[true, expect.stringContaining("Stage 2: Inter-agency Discussion")]]);
    expect(errors).toEqual([]);
    await page.close();
  }, 20_000);

  it("switches every word of the page to Welsh from a keyboard-reachable button, says so, and gives the results in Welsh, or in English with a notice where the browser cannot write Welsh dates", async () => {
    const { page, errors } = await open();
    await enterSwindonCase(page, "2026-12-29");
    await page.waitForSelector("#explanation");

    // The switch sits before the form (Shift+Tab from the first field reaches it), names Welsh in Welsh, and is pressed from the keyboard.
    await page.focus("#policy");
    await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    await page.keyboard.up("Shift");
    expect(await page.evaluate("document.activeElement.id")).toBe("lang-switch");
    expect(await page.$eval("#lang-switch", (button) => [button.tagName, button.textContent, button.getAttribute("lang")])).toEqual(["BUTTON", "Cymraeg", "cy"]);
    await page.keyboard.press("Enter");
    await page.waitForSelector("html[lang=cy]");
    expect(await page.evaluate("document.activeElement.id")).toBe("lang-switch");
    expect(await page.$eval("#lang-switch", (button) => [button.textContent, button.getAttribute("lang")])).toEqual(["English", "en-GB"]);
    expect(await page.$eval("#lang-announce", (region) => [region.getAttribute("role"), region.getAttribute("lang"), region.textContent])).toEqual(["status", "cy", t("cy", "site.lang.switched")]);

    // Every word the page carries a key for is the Welsh catalogue's, and the ones it writes itself too.
    const keyed = await page.$$eval("[data-msg]", (elements) => elements.map((element) => [element.getAttribute("data-msg") ?? "", element.textContent ?? ""]));
    expect(keyed.length).toBeGreaterThan(25);
    for (const [key, text] of keyed) expect(text, key).toBe(t("cy", key as SiteKey));
    expect(await page.title()).toBe(t("cy", "site.name.suffix", { title: t("cy", "calc.title") }));
    expect(await page.$eval("#events li legend", (legend) => legend.textContent)).toBe(t("cy", "event.legend", { number: 1 }));
    expect(await page.$eval('#subject option[value=""]', (option) => option.textContent)).toBe(t("cy", "calc.subject.notStated"));
    expect(await page.$eval('label[for="flag-immediate-risk"] .hint', (hint) => hint.textContent)).toBe(t("cy", "flag.immediate-risk.meaning"));
    // The nav's links go to the Welsh pages; the board's name in the protocol list is marked English.
    expect(await page.$eval('header a[aria-current="page"]', (link) => link.getAttribute("href"))).toBe("../calculator/index.cy.html");
    expect(await page.$eval('#policy option[value="swindon"]', (option) => option.getAttribute("lang"))).toBe("en");

    const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered" as const, stage: "stage-2", on: "2026-12-29" }] };
    // Dates in Welsh come from Intl; Debian's Chromium (as of 156) has no Welsh calendar data.
    const welshDates = await page.evaluate(`new Intl.DateTimeFormat("cy-GB", { month: "long" }).resolvedOptions().locale.startsWith("cy")`);
    await page.waitForFunction(`document.querySelector("#results").getAttribute("lang") === ${welshDates ? '"cy"' : '"en-GB"'}`);
    if (welshDates) {
      const result = assess(policies.swindon, record, "2027-01-07", { lang: "cy" });
      expect(await page.$eval("#lang-notice", (notice) => notice.hasAttribute("hidden"))).toBe(true);
      expect(await page.$$eval("#explanation li", (items) => items.map((item) => item.textContent))).toEqual(result.explanation);
      expect(await page.$eval("[data-state]", (badge) => badge.textContent)).toBe(renderAssessmentText(result, { lang: "cy" }).split("\n")[0]);
      // Wednesday 6 January 2027, Stage 2's due date, in Welsh: dydd Mercher, Ionawr.
      expect(await page.$eval('#schedule-table td[data-stage="stage-2"][data-field="due"]', (cell) => cell.textContent)).toBe("dydd Mercher 6 Ionawr 2027");
      // The board's stage title inside the Welsh row is marked English.
      expect(await page.$eval('#schedule-table tr[data-stage="stage-2"] th [lang="en"]', (title) => title.textContent)).toBe(policies.swindon.stages[1]?.title);
    } else {
      // No English month names inside Welsh sentences: the results are English, whole, marked so, and the page says why, in Welsh.
      const result = assess(policies.swindon, record, "2027-01-07");
      expect(await page.$eval("#lang-notice", (notice) => [notice.hasAttribute("hidden"), notice.textContent])).toEqual([false, t("cy", "calc.results.noWelshDates")]);
      expect(await page.$$eval("#explanation li", (items) => items.map((item) => item.textContent))).toEqual(result.explanation);
      expect(await page.$eval("[data-state]", (badge) => badge.textContent)).toBe(renderAssessmentText(result).split("\n")[0]);
      expect(await page.$eval('#schedule-table td[data-stage="stage-2"][data-field="due"]', (cell) => cell.textContent)).toBe("Wednesday 6 January 2027");
      expect(await page.$eval("#results h2", (heading) => heading.textContent)).toBe(t("cy", "calc.results.heading"));
    }

    // And back: English words, English results, no notice.
    await page.click("#lang-switch");
    await page.waitForSelector("html[lang=en-GB]");
    await page.waitForFunction(`document.querySelector("#results").getAttribute("lang") === "en-GB" && document.querySelector("#lang-notice").hidden`);
    expect(await page.$eval("#calculate", (button) => button.textContent)).toBe("Work out the dates");
    expect(await page.$$eval("#explanation li", (items) => items.map((item) => item.textContent))).toEqual(assess(policies.swindon, record, "2027-01-07").explanation);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it("gives the results in Welsh where the browser has Welsh calendar data (Node's own CLDR data, lent to the page), the board's words inside them marked English", async () => {
    // What a browser with Welsh data (Firefox, Safari) would give: Intl's Welsh dates, here
    // Node's, for the days the case can reach; everything else is the browser's own Intl.
    const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    const welsh = new Intl.DateTimeFormat("cy-GB", options);
    const days: Record<number, Intl.DateTimeFormatPart[]> = {};
    for (let day = Date.UTC(2026, 11, 1); day <= Date.UTC(2027, 3, 30); day += 86_400_000) days[day] = welsh.formatToParts(day);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument((table: Record<number, Intl.DateTimeFormatPart[]>) => {
      const Real = Intl.DateTimeFormat;
      const Lent = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        const wanted = [locales ?? []].flat()[0];
        if (typeof wanted !== "string" || !wanted.startsWith("cy")) return new Real(locales, options);
        const parts = (day: number | Date = Date.now()): Intl.DateTimeFormatPart[] => {
          const found = table[Number(day)];
          if (found === undefined) throw new Error(`no Welsh date lent for ${String(day)}`);
          return found;
        };
        return { resolvedOptions: () => ({ ...new Real("en-GB", options).resolvedOptions(), locale: "cy-GB" }), formatToParts: parts, format: (day?: number | Date) => parts(day).map((part) => part.value).join("") };
      } as unknown as typeof Intl.DateTimeFormat;
      Object.assign(Lent, { supportedLocalesOf: Real.supportedLocalesOf });
      Intl.DateTimeFormat = Lent;
    }, days);
    await page.goto(`${server.url}/calculator/index.cy.html`);
    await page.waitForSelector("html[data-ready=true]");
    await enterSwindonCase(page, "2026-12-29");
    await page.waitForSelector("#flowchart svg");

    const record = { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered" as const, stage: "stage-2", on: "2026-12-29" }] };
    const result = assess(policies.swindon, record, "2027-01-07", { lang: "cy" });
    expect(await page.$eval("#results", (section) => section.getAttribute("lang"))).toBe("cy");
    expect(await page.$eval("#lang-notice", (notice) => notice.hasAttribute("hidden"))).toBe(true);
    expect(await page.$$eval("#explanation li", (items) => items.map((item) => item.textContent))).toEqual(result.explanation);
    expect(await page.$eval("[data-state]", (badge) => badge.textContent)).toBe(renderAssessmentText(result, { lang: "cy" }).split("\n")[0]);
    // Wednesday 6 January 2027, Stage 2's due date: dydd Mercher, Ionawr.
    expect(await page.$eval('#schedule-table td[data-stage="stage-2"][data-field="due"]', (cell) => cell.textContent)).toBe("dydd Mercher 6 Ionawr 2027");
    expect(await page.$eval("#results h3", (heading) => heading.textContent)).toBe(t("cy", "calc.standing.heading", { date: "dydd Iau 7 Ionawr 2027" }));
    // The board's words, inside Welsh rows and sentences, marked English.
    expect(await page.$eval('#schedule-table tr[data-stage="stage-2"] th [lang="en"]', (title) => title.textContent)).toBe("Inter-agency Discussion");
    expect(await page.$$eval('#explanation [lang="en"]', (spans) => spans.map((span) => span.textContent))).toEqual(expect.arrayContaining(["Inter-agency Discussion", "Internal Discussion"]));
    // The calendar file in Welsh too, as renderIcs writes it for the Welsh schedule.
    const plan = schedule(policies.swindon, { raisedOn: "2026-12-23" }, { lang: "cy" });
    const ics = await page.$eval("#ics-link", async (link) => (await fetch(link.getAttribute("href") ?? "")).text());
    expect(ics.replace(/DTSTAMP:\S+/g, "")).toBe(renderIcs(plan, { lang: "cy" }).replace(/DTSTAMP:\S+/g, ""));
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it("opens in Welsh at index.cy.html, every word Welsh before the script has run", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/calculator/index.cy.html`);
    expect(await page.$eval("html", (root) => root.getAttribute("lang"))).toBe("cy");
    expect(await page.$eval("h1", (heading) => heading.textContent)).toBe(t("cy", "calc.title"));
    expect(await page.$eval('label[for="raised-on"]', (label) => label.textContent)).toBe(`${t("cy", "calc.raisedOn.label")} ${t("cy", "calc.raisedOn.hint")}`);
    expect(await page.$eval("#lang-switch", (button) => [button.textContent, button.getAttribute("lang")])).toEqual(["English", "en-GB"]);
    expect(await page.$eval(".skip", (link) => link.textContent)).toBe(t("cy", "site.skip"));
    await page.close();
  }, 20_000);

  it("shows a broken policy file's errors, each with its path, and keeps the last good policy", async () => {
    const { page, errors } = await open();
    const broken = JSON.parse(readFileSync("policies/swindon.json", "utf8"));
    broken.stages[1].limit.workingDays = "5";
    broken.stages[3].escalate = broken.stages[3].escalateBy; // Stage 4's, misspelt
    delete broken.stages[3].escalateBy;
    const file = join(root, "broken-policy.json");
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const expected = parsePolicy(JSON.parse(readFileSync(file, "utf8")));
    if (expected.success) throw new Error("the broken policy parsed");

    const input = await page.$("#policy-file");
    await input?.uploadFile(file);
    await page.waitForSelector("#policy-errors:not([hidden])");
    const paths = await page.$$eval("#policy-errors code.path", (codes) => codes.map((code) => code.textContent));
    expect(paths).toEqual(expected.errors.filter((issue) => issue.severity === "error").map((issue) => formatPath(issue.path)));
    expect(paths).toEqual(expect.arrayContaining(["stages[1].limit.workingDays", "stages[3].escalate"]));
    expect(await page.$eval("#policy-errors", (box) => box.textContent)).toContain(`Expected a number, got the text "5"`);
    // The errors take the keyboard, so a screen reader reads them at once.
    expect(await page.evaluate("document.activeElement.id")).toBe("policy-errors");
    expect(await page.$eval("#policy", (select) => (select as unknown as { value: string }).value)).toBe("swindon");
    expect(errors).toEqual([]);
    await page.close();
  }, 20_000);

  it("refuses a case it cannot work out with the path of each problem, and never shows stale results", async () => {
    const { page, errors } = await open();
    await enterSwindonCase(page, "2026-12-20"); // before the disagreement arose
    await page.waitForSelector("#case-errors:not([hidden])");
    const expected = parseCase({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-20" }] }, policies.swindon);
    if (expected.success) throw new Error("the case parsed");
    expect(await page.$$eval("#case-errors code.path", (codes) => codes.map((code) => code.textContent))).toEqual(expected.errors.map((issue) => formatPath(issue.path)));
    expect(await page.$eval("#events li [data-role=on]", (input) => input.getAttribute("aria-invalid"))).toBe("true");
    expect(await page.$eval("#results", (section) => section.hasAttribute("hidden"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 20_000);

  it("is usable from the keyboard: every control labelled, and Tab goes through the form in reading order", async () => {
    const { page } = await open();
    await page.select("#policy", "swindon");
    await page.click("#add-event");
    const unlabelled = await page.$$eval("#case-form input, #case-form select, #case-form button", (controls) =>
      controls.filter((control) => (control as unknown as { labels: { length: number } }).labels.length === 0 && !control.getAttribute("aria-label") && control.textContent?.trim() === "").map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);

    await page.focus("#policy");
    const order: string[] = [];
    for (let press = 0; press < 30; press++) {
      const focused = String(await page.evaluate(`document.activeElement.id || document.activeElement.textContent`));
      // Chromium's date field takes a Tab per part (day, month, year, picker): one stop here.
      if (order.at(-1) !== focused) order.push(focused);
      await page.keyboard.press("Tab");
    }
    const flags = ["flag-immediate-risk", "flag-no-resolution-in-prospect", "flag-unsure-which-process"];
    expect(order.slice(0, 15)).toEqual(["policy", "policy-file", "raised-on", "subject", "risk-deadline", ...flags, "event-1-type", "event-1-detail", "event-1-on", "Remove", "add-event", "as-of", "calculate"]);
    await page.close();
  }, 20_000);
});
