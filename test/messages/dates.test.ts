// Long dates in English and Welsh, written by Intl (CLDR), checked against
// names spelled out here: English exactly as the library wrote them before it
// used Intl, over every day it supports; Welsh by its shape and weekday.
import { describe, expect, it } from "vitest";
import { formatLongDate, InvalidOptionsError, type IsoDate } from "../../src/index.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Welsh, mid-sentence: "dydd" lower-case, the day's own name capitalised.
const DYDDIAU = ["dydd Sul", "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn"];
const MISOEDD = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"];

/** Every day from 2000-01-01 to 2099-12-31 with its weekday (0 Sunday), counted from a known one: 1 January 2000 was a Saturday. */
function* everyDay(): Generator<{ iso: IsoDate; year: number; month: number; day: number; weekday: number }> {
  let weekday = 6;
  for (let year = 2000; year <= 2099; year++) {
    for (let month = 1; month <= 12; month++) {
      const length = month === 2 ? (year % 4 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31; // 2000 is a leap year; 2100 is outside
      for (let day = 1; day <= length; day++) {
        yield { iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate, year, month, day, weekday };
        weekday = (weekday + 1) % 7;
      }
    }
  }
}

describe("formatLongDate", () => {
  it("writes English as the hand-spelled names did, for every day from 2000 to 2099", () => {
    const wrong: string[] = [];
    let days = 0;
    for (const { iso, year, month, day, weekday } of everyDay()) {
      days++;
      const expected = `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
      const written = formatLongDate(iso);
      if (written !== expected || formatLongDate(iso, { lang: "en" }) !== expected) wrong.push(`${iso}: ${written}`);
    }
    expect(days).toBe(36525);
    expect(wrong).toEqual([]);
  });

  it("writes Welsh with the weekday as it stands mid-sentence, for every day from 2000 to 2099", () => {
    const wrong: string[] = [];
    for (const { iso, year, month, day, weekday } of everyDay()) {
      const written = formatLongDate(iso, { lang: "cy" });
      if (written !== `${DYDDIAU[weekday]} ${day} ${MISOEDD[month - 1]} ${year}`) wrong.push(`${iso}: ${written}`);
    }
    expect(wrong).toEqual([]);
  });

  it("writes the days around Christmas 2026 in Welsh", () => {
    // 21 December 2026 is a Monday (25 December 2026 is a Friday).
    expect(formatLongDate("2026-12-21", { lang: "cy" })).toBe("dydd Llun 21 Rhagfyr 2026");
    expect(formatLongDate("2026-12-25", { lang: "cy" })).toBe("dydd Gwener 25 Rhagfyr 2026");
    expect(formatLongDate("2027-01-01", { lang: "cy" })).toBe("dydd Gwener 1 Ionawr 2027");
  });

  it("refuses a language it does not have, and an option it does not take", () => {
    expect(() => formatLongDate("2026-12-21", { lang: "fr" } as never)).toThrow(InvalidOptionsError);
    expect(() => formatLongDate("2026-12-21", { lang: "CY" } as never)).toThrow('lang must be "en" (English) or "cy" (Welsh); got "CY".');
    expect(() => formatLongDate("2026-12-21", { language: "cy" } as never)).toThrow(InvalidOptionsError);
  });
});
