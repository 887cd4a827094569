import { performance } from "node:perf_hooks";
import { addBusinessDays } from "date-fns";
import Holidays, { type HolidaysTypes } from "date-holidays";
import moment from "moment";
import "moment-business-days";
import { addWorkingDays, createCalendar, holidaysBetween, type Calendar } from "safeguarding-escalation";
import { measure, seededRandom, type Op, type Row, type SectionReport, type Target } from "./harness.js";

const INPUT_COUNT = 1000;
const SEED = 20_260_101;
const FIRST_START = Date.UTC(2020, 0, 1);
const LAST_START = Date.UTC(2030, 11, 31);
const NS = [5, 500] as const;
// Per task; the day-by-day date-holidays loop at n = 500 is milliseconds per op,
// so a longer budget would only stretch the run without sharpening the ratios.
const TIME_MS = 800;
const DAY_MS = 86_400_000;
// Every 25th input: 40 start dates, ~8 s of date-holidays at n = 500.
const DATE_HOLIDAYS_SAMPLE_EVERY = 25;

// Every Date-returning contender pays for one of these per op, so the string
// conversion costs the same everywhere and results compare with ours directly.
function isoFromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

// date-fns works in local time, so its results are read back in local time.
function isoFromLocal(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** The naive approach: step one UTC day at a time, skipping weekends and `isHoliday` days, until n are counted. */
function addWorkingDaysDayByDay(iso: string, n: number, isHoliday: (day: Date) => boolean): string {
  const day = new Date(`${iso}T00:00:00Z`);
  for (let counted = 0; counted < n; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isHoliday(day)) counted++;
  }
  return isoFromUtc(day);
}

interface Contender {
  readonly name: string;
  /** Exactly what one measured op does, printed with the results. */
  readonly perOp: string;
  readonly op: (n: number) => Op<string>;
}

interface Mismatch {
  readonly start: string;
  readonly n: number;
  readonly ours: string;
  readonly theirs: string;
}

/** Cases among `indices` (into `starts`) where `other` and `ours` give different dates. */
function mismatches(starts: readonly string[], indices: readonly number[], ours: Contender, other: Contender): Mismatch[] {
  const found: Mismatch[] = [];
  for (const n of NS) {
    const oursOp = ours.op(n);
    const otherOp = other.op(n);
    for (const i of indices) {
      const a = oursOp(i);
      const b = otherOp(i);
      if (a !== b) found.push({ start: starts[i] as string, n, ours: a, theirs: b });
    }
  }
  return found;
}

function describeMismatches(diff: readonly Mismatch[], cases: number): string {
  if (diff.length === 0) return `agrees with ours on all ${cases} cases`;
  const examples = diff.slice(0, 5).map((m) => `${m.start} + ${m.n}: ours ${m.ours}, theirs ${m.theirs}`);
  return `DIFFERS from ours on ${diff.length} of ${cases} cases, e.g. ${examples.join("; ")}`;
}

/** Weekdays from `from` to `to` (ISO, inclusive) on which the two holiday predicates disagree. */
function holidayDisagreements(from: string, to: string, ours: (day: Date) => boolean, theirs: (day: Date) => boolean): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && ours(day) !== theirs(day)) days.push(isoFromUtc(day));
  }
  return days;
}

function pseudoRandomStarts(): string[] {
  const random = seededRandom(SEED);
  const span = (LAST_START - FIRST_START) / DAY_MS + 1;
  return Array.from({ length: INPUT_COUNT }, () => isoFromUtc(new Date(FIRST_START + Math.floor(random() * span) * DAY_MS)));
}

type Contenders = Readonly<Record<"ours" | "dateFns" | "setLoop" | "dateHolidays" | "moment", Contender>>;

interface HolidaySources {
  readonly setHas: (day: Date) => boolean;
  readonly dateHolidaysHas: (day: Date) => boolean;
  readonly oursName: (iso: string) => string | undefined;
  readonly dateHolidaysName: (day: Date) => string | undefined;
}

/**
 * Checks the contenders against ours on the benchmark inputs and explains
 * each disagreement rather than hiding it.
 */
function verify(starts: readonly string[], contenders: Contenders, sources: HolidaySources): string[] {
  const all = starts.map((_, i) => i);
  const cases = all.length * NS.length;
  const { ours } = contenders;
  const notes: string[] = [`Correctness against ours, n ∈ {${NS.join(", ")}}:`, ""];

  for (const contender of [contenders.setLoop, contenders.moment]) {
    notes.push(`- ${contender.name}: ${describeMismatches(mismatches(starts, all, ours, contender), cases)} (all ${all.length} start dates).`);
  }

  // At ~0.3 ms per isHoliday call, checking every input at n = 500 would take minutes;
  // the result check runs on a sample and the holiday data is compared day by day instead.
  const sample = all.filter((i) => i % DATE_HOLIDAYS_SAMPLE_EVERY === 0);
  const dhDiff = mismatches(starts, sample, ours, contenders.dateHolidays);
  const first = starts.reduce((a, b) => (a < b ? a : b));
  const oursFurthest = contenders.ours.op(Math.max(...NS));
  const last = all.map(oursFurthest).reduce((a, b) => (a > b ? a : b));
  const disputed = holidayDisagreements(first, last, sources.setHas, sources.dateHolidaysHas).map((iso) => {
    const oursName = sources.oursName(iso);
    return oursName === undefined
      ? `${iso} (date-holidays: ${sources.dateHolidaysName(new Date(`${iso}T00:00:00Z`)) ?? "?"}; ours: working day)`
      : `${iso} (ours: ${oursName}; date-holidays: working day)`;
  });
  notes.push(
    `- ${contenders.dateHolidays.name}: ${describeMismatches(dhDiff, sample.length * NS.length)} (a sample of ${sample.length} start dates).` +
      (disputed.length === 0
        ? ` Its public/bank holidays match our list on every weekday from ${first} to ${last} (the span all inputs reach), so it would agree on every input.`
        : ` Its weekday holidays differ from ours between ${first} and ${last} on: ${disputed.join(", ")}.`),
  );

  const fnsDiff = mismatches(starts, all, ours, contenders.dateFns);
  // Evidence that date-fns differs only by ignoring holidays, not by counting differently.
  const weekendsOnly: Contender = {
    name: "day-by-day loop with no holidays",
    perOp: "",
    op: (n) => (i) => addWorkingDaysDayByDay(starts[i] as string, n, () => false),
  };
  const fnsVsWeekendsOnly = mismatches(starts, all, weekendsOnly, contenders.dateFns).length;
  notes.push(
    `- ${contenders.dateFns.name}: differs from ours on ${fnsDiff.length} of ${cases} cases, as expected: it skips weekends only.` +
      ` It ${fnsVsWeekendsOnly === 0 ? "agrees on all" : `still differs on ${fnsVsWeekendsOnly} of`} ${cases} cases with the day-by-day loop given an empty holiday list.`,
  );
  return notes;
}

/** Our addWorkingDays against other ways of adding UK working days. */
export async function calendarBench(): Promise<SectionReport> {
  const calendar: Calendar = createCalendar({ jurisdiction: "england-and-wales" });
  const holidays = holidaysBetween("2000-01-01", "2099-12-31", calendar);
  const holidaySet: ReadonlySet<string> = new Set(holidays.map((h) => h.date));
  const holidayNames: ReadonlyMap<string, string> = new Map(holidays.map((h) => [h.date, h.name]));
  const setHas = (day: Date): boolean => holidaySet.has(isoFromUtc(day));

  const dateHolidays = new Holidays("GB", "ENG", { types: ["public", "bank"] });
  // isHoliday also reports weekend holidays and, without the types filter, observances.
  const dateHolidaysFind = (day: Date): HolidaysTypes.Holiday | undefined => {
    const found = dateHolidays.isHoliday(day);
    return found === false ? undefined : found.find((h) => h.type === "public" || h.type === "bank");
  };
  const dateHolidaysHas = (day: Date): boolean => dateHolidaysFind(day) !== undefined;

  moment.updateLocale("en", { holidays: [...holidaySet], holidayFormat: "YYYY-MM-DD" });

  const starts = pseudoRandomStarts();
  // Prepared outside the timed region, as a date-fns user would already hold Dates.
  const localStarts = starts.map((iso) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    return new Date(year, month - 1, day);
  });
  const start = (i: number): string => starts[i] as string;

  const contenders = {
    ours: {
      name: "ours: addWorkingDays",
      perOp: "`addWorkingDays(iso, n, calendar)`: validate and parse the ISO string, two typed-array reads, ISO string out (England and Wales bank holidays).",
      op: (n) => (i) => addWorkingDays(start(i), n, calendar),
    },
    dateFns: {
      name: "date-fns addBusinessDays (weekends only, NO holidays)",
      perOp: "`addBusinessDays(date, n)` on a `Date` prepared beforehand, then the result formatted as `YYYY-MM-DD` from its local fields. Skips Saturdays and Sundays only: **bank holidays are ignored**, so its answers are wrong whenever a bank holiday is in range.",
      op: (n) => (i) => isoFromLocal(addBusinessDays(localStarts[i] as Date, n)),
    },
    setLoop: {
      name: "day-by-day loop + Set of holiday strings",
      perOp: "parse the ISO string to a UTC `Date`, then one `setUTCDate` step per calendar day: skip Sat/Sun, format the day as `YYYY-MM-DD` and skip it if in a `Set` of the 2000–2099 England and Wales bank holidays (built once from `holidaysBetween`); ISO string out.",
      op: (n) => (i) => addWorkingDaysDayByDay(start(i), n, setHas),
    },
    dateHolidays: {
      name: "day-by-day loop + date-holidays isHoliday",
      perOp: "the same loop, but each weekday is tested with date-holidays' `isHoliday(date)` (`new Holidays('GB', 'ENG', { types: ['public', 'bank'] })`, built once), a day being a holiday if any returned entry has type public or bank; ISO string out.",
      op: (n) => (i) => addWorkingDaysDayByDay(start(i), n, dateHolidaysHas),
    },
    moment: {
      name: "moment-business-days businessAdd",
      perOp: "`moment(iso, 'YYYY-MM-DD').businessAdd(n).format('YYYY-MM-DD')`, the locale's `holidays` being the same 2000–2099 list. `businessAdd` steps one day at a time and, per day, formats it and searches the holiday array linearly (`indexOf`). Like ours, the start day never counts.",
      op: (n) => (i) => moment(start(i), "YYYY-MM-DD").businessAdd(n).format("YYYY-MM-DD"),
    },
  } satisfies Record<string, Contender>;

  const verifyStarted = performance.now();
  const notes = verify(starts, contenders, {
    setHas,
    dateHolidaysHas,
    oursName: (iso) => holidayNames.get(iso),
    dateHolidaysName: (day) => dateHolidaysFind(day)?.name,
  });
  notes.push(`  (checked in ${Math.round(performance.now() - verifyStarted)} ms)`, "", "What one op does, per contender:", "");
  for (const contender of Object.values(contenders)) notes.push(`- ${contender.name}: ${contender.perOp}`);
  notes.push(
    "",
    `Inputs: ${INPUT_COUNT} start dates drawn uniformly from 2020-01-01 to 2030-12-31 (mulberry32, seed ${SEED}), cycled in the same order by every contender.` +
      ` Each tinybench sample times a batch of consecutive ops (enough for ~0.25 ms) and records the mean per op; budget ${TIME_MS} ms per task after warmup.`,
  );

  const rows: Row[] = [];
  const oursOps = new Map<number, number>();
  const dateFnsRatios = new Map<number, number>();
  for (const n of NS) {
    for (const contender of Object.values(contenders)) {
      const label = `${contender.name}, n = ${n}`;
      process.stderr.write(`measuring ${label} ...\n`);
      const m = await measure(label, contender.op(n), starts.length, TIME_MS);
      const isOurs = contender === contenders.ours;
      if (isOurs) oursOps.set(n, m.opsPerSecond);
      const oursHz = oursOps.get(n);
      const ratio = isOurs || oursHz === undefined ? undefined : oursHz / m.opsPerSecond;
      if (contender === contenders.dateFns && ratio !== undefined) dateFnsRatios.set(n, ratio);
      rows.push({
        contender: contender.name,
        parameter: String(n),
        opsPerSecond: m.opsPerSecond,
        rmePercent: m.rmePercent,
        ...(ratio === undefined ? {} : { oursOverContender: ratio }),
      });
    }
  }

  const [small, large] = NS;
  const oursSmall = oursOps.get(small) ?? Number.NaN;
  const oursLarge = oursOps.get(large) ?? Number.NaN;
  const growth = oursSmall / oursLarge;
  const fnsRatios = NS.map((n) => dateFnsRatios.get(n) ?? Number.NaN);
  const targets: Target[] = [
    {
      description: "ours (holidays handled) at least 10× date-fns addBusinessDays (weekends only), at every n",
      met: fnsRatios.every((r) => r >= 10),
      detail: NS.map((n, k) => `n = ${n}: ${(fnsRatios[k] ?? Number.NaN).toFixed(2)}×`).join(", "),
    },
    {
      description: `ours at n = ${large} no slower than 2× ours at n = ${small}`,
      met: growth <= 2,
      detail: `ours(n=${small}) ÷ ours(n=${large}) = ${growth.toFixed(2)} in ops/s, i.e. n = ${large} takes ${growth.toFixed(2)}× the time of n = ${small}`,
    },
  ];

  return { title: "Calendar: addWorkingDays", parameterName: "n", rows, notes, targets };
}
