// formatLongDate where the runtime's Intl lacks a language's data, as Debian's
// Chromium lacks Welsh: `new Intl.DateTimeFormat("cy-GB")` resolves to the
// default locale ("en-US") and would write "Monday, December 21, 2026".
// Welsh sentences must never carry English dates: a typed error instead.
import { afterEach, describe, expect, it, vi } from "vitest";

/** Intl as such a browser has it: every locale but English resolves to "en-US". */
function withoutLocaleData(): void {
  const Real = Intl.DateTimeFormat;
  const Trimmed = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const wanted = [locales ?? []].flat()[0] ?? "en-US";
    return new Real(wanted.startsWith("en") ? wanted : "en-US", options);
  } as unknown as typeof Intl.DateTimeFormat;
  vi.stubGlobal("Intl", { ...Intl, DateTimeFormat: Trimmed });
}

/** A fresh copy of the module, so that its formats (made once per language) are made under the stubbed Intl. */
async function freshModule() {
  vi.resetModules();
  return import("../../src/calendar/formatLongDate.js");
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("formatLongDate without a language's Intl data", () => {
  it("refuses Welsh with LocaleDataUnavailableError (code, language, the locale given instead), every time, and still writes English", async () => {
    withoutLocaleData();
    const { formatLongDate, LocaleDataUnavailableError } = await freshModule();
    const attempt = (): string => formatLongDate("2026-12-21", { lang: "cy" });
    expect(attempt).toThrow(LocaleDataUnavailableError);
    for (let time = 0; time < 2; time++) {
      try {
        attempt();
        expect.unreachable("Welsh was written without Welsh data");
      } catch (error) {
        expect(error).toBeInstanceOf(LocaleDataUnavailableError);
        expect(error).toMatchObject({ code: "locale-data-unavailable", lang: "cy", resolvedLocale: "en-US", name: "LocaleDataUnavailableError" });
        expect((error as Error).message).toBe('This runtime\'s Intl has no "cy-GB" data (it gives "en-US"), so it cannot write dates in Welsh: use full ICU (as Node.js has), or another language.');
      }
    }
    // 21 December 2026 is a Monday (24 December is a Thursday, three days on).
    expect(formatLongDate("2026-12-21")).toBe("Monday 21 December 2026");
  });

  it("is a SafeguardingEscalationError, so that a caller catching the library's errors catches it", async () => {
    withoutLocaleData();
    const { formatLongDate } = await freshModule();
    const { SafeguardingEscalationError } = await import("../../src/errors.js");
    expect(() => formatLongDate("2026-12-21", { lang: "cy" })).toThrow(SafeguardingEscalationError);
  });

  it("writes Welsh where the data is there (Node.js has full ICU)", async () => {
    const { formatLongDate } = await freshModule();
    expect(new Intl.DateTimeFormat("cy-GB").resolvedOptions().locale).toMatch(/^cy/);
    expect(formatLongDate("2026-12-21", { lang: "cy" })).toBe("dydd Llun 21 Rhagfyr 2026");
  });
});
