import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { buildHolidayTable, renderHolidayModule } from "../../scripts/holidays/generate.js";

it("the committed holiday table is what `npm run gen:holidays` would write now", () => {
  const committed = readFileSync(fileURLToPath(new URL("../../src/calendar/holidayTable.generated.ts", import.meta.url)), "utf8");
  // If this fails: run `npm run gen:holidays`, review the diff, commit it.
  expect(committed).toBe(renderHolidayModule(buildHolidayTable()));
});
