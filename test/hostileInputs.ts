// Hostile calls of every public function, shared by test/hostile.test.ts (a
// few hundred runs each, in `npm test`) and scripts/fuzz.ts (`npm run fuzz`,
// a million inputs): valid arguments for each function, values no generator
// makes by chance, the ways a call is made hostile, and the property each
// call must keep.
import fc from "fast-check";
import { describeValue } from "../src/describeValue.js";
import * as lib from "../src/index.js";

const calendar = lib.createCalendar({ jurisdiction: "england-and-wales" });
const CALENDAR_PROTOTYPE: unknown = Object.getPrototypeOf(calendar);
const policy = lib.policies.swindon;
export const caseRecord = () => ({ policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] });
const plan = lib.schedule(policy, { raisedOn: "2026-12-23" });
const assessment = lib.assess(policy, caseRecord() as Parameters<typeof lib.assess>[1], "2026-12-30");
const report = lib.monitoringReport(policy, [caseRecord() as lib.Case], { from: "2026-12-01", to: "2026-12-31", asOf: "2027-01-08" });
const log = lib.escalationLog(policy, [caseRecord() as lib.Case], "2027-01-08");

// Valid arguments for each function: the property puts hostile values in
// place of some of them, or deep inside one, so that every check on the way
// in is reached, not only the first.
export const VALID: Readonly<Record<string, () => unknown[]>> = {
  addCalendarDays: () => ["2026-12-24", 7],
  addCalendarMonths: () => ["2027-01-31", 1],
  addWorkingDays: () => ["2026-12-24", 2, calendar],
  assess: () => [policy, caseRecord(), "2026-12-30", { calendar, dueSoonDays: 2, explain: true }],
  caseJsonSchema: () => [],
  compareDates: () => ["2026-12-24", "2027-01-04"],
  describeLimits: () => [policy, { lang: "cy" }],
  describePolicy: () => [policy],
  escalationLog: () => [policy, [caseRecord(), { id: "A-1", case: caseRecord() }], "2027-01-08", { calendar, freeText: "omit" }],
  createCalendar: () => [{ jurisdiction: "wales", closures: ["2026-12-29", { date: "2026-12-30", name: "Closed" }], extraWorkingDays: ["2026-12-28"] }],
  explainWorkingDays: () => ["2026-12-24", 2, calendar],
  formatLongDate: () => ["2026-12-24"],
  formatPath: () => [["stages", 2, "limit"]],
  getPolicy: () => ["swindon"],
  holidaysBetween: () => ["2026-12-20", "2027-01-03", calendar],
  isConfirmedDate: () => ["2026-06-15", calendar],
  isIsoDate: () => ["2026-02-28"],
  isJurisdiction: () => ["scotland"],
  isWorkingDay: () => ["2026-12-24", calendar],
  joinCalendars: () => [calendar, lib.createCalendar({ jurisdiction: "scotland", closures: ["2026-12-29"] })],
  monitoringReport: () => [policy, [caseRecord(), { id: 7, case: caseRecord() }], { from: "2026-12-01", to: "2026-12-31", asOf: "2027-01-08", calendar }],
  lintPolicy: () => [policy, { today: "2026-11-24" }],
  nextWorkingDay: () => ["2026-12-24", calendar],
  parseCase: () => [caseRecord(), policy],
  parseIsoDate: () => ["2026-12-24", "raisedOn"],
  parsePolicy: () => [structuredClone(policy)],
  policyInForce: () => [[policy], "swindon", "2026-12-23"],
  policyJsonSchema: () => [],
  previousWorkingDay: () => ["2026-12-29", calendar],
  renderAssessmentText: () => [structuredClone(assessment)],
  renderIcs: () => [structuredClone(plan), { stamp: "2026-12-23T09:30:00Z", uidPrefix: "case-1" }],
  renderLogCsv: () => [structuredClone(log)],
  renderMermaid: () => [policy],
  renderReportHtml: () => [structuredClone(report)],
  renderReportMarkdown: () => [structuredClone(report)],
  renderScheduleText: () => [structuredClone(plan)],
  schedule: () => [policy, { raisedOn: "2026-12-23", subject: "adult", flags: ["immediate-risk"] }, { calendar }],
  toLondonDate: () => ["2026-03-31T23:30:00Z"],
  triage: () => [policy, caseRecord(), "2026-12-30", { calendar, dueSoonDays: 2 }],
  forecast: () => [policy, caseRecord(), "2026-12-30", { calendar }],
  renderForecastIcs: () => [structuredClone(lib.forecast(policy, caseRecord() as lib.Case, "2026-12-30")), { stamp: "2026-12-30T09:30:00Z", uidPrefix: "case-1" }],
  workingDaysBetween: () => ["2026-12-24", "2026-12-31", calendar],
};

export const functions = Object.entries(lib).filter(([, value]) => typeof value === "function" && !(value.prototype instanceof Error)) as [string, (...args: unknown[]) => unknown][];

// Values no generator makes by chance.
const thrower = (what: string) => () => {
  throw new Error(`hostile ${what}`);
};
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const circular: Record<string, unknown> = { raisedOn: "2026-12-23" };
circular.self = circular;
circular.events = [circular];
let deep: unknown = "2026-12-23";
for (let level = 0; level < 5000; level++) deep = level % 2 === 0 ? [deep] : { raisedOn: deep };
const everyTrapThrows = new Proxy(
  {},
  Object.fromEntries(["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "defineProperty", "set", "deleteProperty", "isExtensible", "preventExtensions", "apply"].map((trap) => [trap, thrower(trap)])),
);
const SPECIALS: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  1.5,
  1n,
  -(10n ** 30n),
  Symbol("hostile"),
  "",
  "\u0000\r\n",
  "2026-02-30",
  "x".repeat(20_000), // over DOCUMENT_LIMITS.stringLength
  "__proto__",
  () => "2026-12-24",
  Object.create(Date.prototype),
  new Proxy(new Date(), {}),
  new Date(Number.NaN),
  revoked.proxy,
  everyTrapThrows,
  new Proxy(calendar, {}),
  { ...calendar },
  Object.create(null),
  Object.assign(Object.create(null), { raisedOn: "2026-12-23", jurisdiction: "wales" }),
  Object.defineProperty({}, "raisedOn", { enumerable: true, get: thrower("getter") }),
  { toString: thrower("toString"), valueOf: thrower("valueOf"), toJSON: thrower("toJSON"), [Symbol.toPrimitive]: thrower("toPrimitive") },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
  [, "2026-12-24"], // eslint-disable-line no-sparse-arrays
  new Array(2 ** 32 - 1),
  circular,
  deep,
  new Map([["raisedOn", "2026-12-23"]]),
  new Uint8Array(4),
  [calendar, calendar],
];

// A special is drawn by its index and looked up only when the call is made:
// fast-check itself inspects the values it generates, and a revoked Proxy
// would throw inside it.
export const hostile = fc.oneof(
  fc.record({ special: fc.nat(SPECIALS.length - 1) }),
  fc.record({
    value: fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    }),
  }),
);
export const valueOf = (drawn: { special: number } | { value: unknown }): unknown => ("special" in drawn ? SPECIALS[drawn.special] : drawn.value);

const isCalendar = (value: unknown): boolean => typeof value === "object" && value !== null && Object.getPrototypeOf(value) === CALENDAR_PROTOTYPE;

/** Own data nodes of a plain tree, as paths, for putting a hostile value deep inside an argument. */
function pathsOf(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(path);
  if (typeof value === "object" && value !== null && !isCalendar(value)) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], into);
  }
  return into;
}

/** A copy of `value` with the node at `path` replaced (frozen parts are copied, not changed). */
function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key] = replaced(copy[key], rest, by);
  return copy;
}

/** True for data a caller could pass and expect back unchanged: arrays and plain objects of primitives, no getters, no Proxies that throw. */
function isPlain(value: unknown, seen = new Set<unknown>(), depth = 0): boolean {
  try {
    if (typeof value === "symbol" || typeof value === "function") return false;
    if (typeof value !== "object" || value === null || seen.has(value)) return true;
    if (depth > 64) return false;
    seen.add(value);
    const prototype: unknown = Reflect.getPrototypeOf(value);
    if (Array.isArray(value) ? prototype !== Array.prototype || value.length > 10_000 : prototype !== Object.prototype && prototype !== null) return false;
    return Reflect.ownKeys(value).every((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      return typeof key === "string" && descriptor !== undefined && "value" in descriptor && isPlain(descriptor.value, seen, depth + 1);
    });
  } catch {
    return false;
  }
}

const GLOBALS = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshotOf = (prototype: object) => new Map(Reflect.ownKeys(prototype).map((key) => [key, Reflect.getOwnPropertyDescriptor(prototype, key)?.value as unknown]));
const globalsBefore = GLOBALS.map(snapshotOf);

/** The built-in prototypes have the same own properties, with the same values, as before any call. */
export function globalsUntouched(): boolean {
  return GLOBALS.every((prototype, i) => {
    const before = globalsBefore[i] as Map<PropertyKey, unknown>;
    const keys = Reflect.ownKeys(prototype);
    return keys.length === before.size && keys.every((key) => before.has(key) && before.get(key) === Reflect.getOwnPropertyDescriptor(prototype, key)?.value);
  });
}

/** How a call is made hostile: an argument replaced, a value put deep inside one, or arguments left out. */
export const attack = fc.oneof(
  fc.record({ kind: fc.constant("argument" as const), at: fc.nat(5), value: hostile }),
  fc.record({ kind: fc.constant("inside" as const), at: fc.nat(5), pick: fc.nat(), value: hostile }),
  fc.record({ kind: fc.constant("fewer" as const), at: fc.nat(5) }),
);

export type Attack = typeof attack extends fc.Arbitrary<infer A> ? A : never;

export function hostileArguments(name: string, how: Attack): unknown[] {
  const args = (VALID[name] as () => unknown[])();
  if (how.kind === "fewer") return args.slice(0, how.at % (args.length + 1));
  const at = how.at % (args.length + 1);
  if (how.kind === "argument") {
    args[at] = valueOf(how.value);
    return args;
  }
  const paths = pathsOf(args[at]);
  args[at] = replaced(args[at], paths[how.pick % paths.length] ?? [], valueOf(how.value));
  return args;
}


/** Deep equality of plain data (what {@link isPlain} accepts), cycles included: the same own keys, primitives the same by Object.is, the same holes. */
function sameData(a: unknown, b: unknown, seen = new Map<object, unknown>()): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Reflect.ownKeys(a);
  return keys.length === Reflect.ownKeys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], seen));
}

/**
 * The property every public function keeps, whatever it is given: it returns,
 * or throws a SafeguardingEscalationError; a plain argument is left as it was
 * (deep-equal before and after); the built-in prototypes are untouched.
 * Throws an Error that names the call when the property fails.
 */
export function checkCall(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): void {
  const snapshots = args.map((arg) => (isPlain(arg) ? { arg, copy: structuredClone(arg) } : undefined));
  const call = () => `${name}(${args.map(describeValue).join(", ")})`;
  try {
    fn(...args);
  } catch (error) {
    if (!(error instanceof lib.SafeguardingEscalationError)) {
      const thrown = error instanceof Error ? `${error.constructor.name}: ${error.message}` : describeValue(error);
      throw new Error(`${call()} threw ${thrown}`, { cause: error });
    }
  }
  snapshots.forEach((snapshot, i) => {
    if (snapshot !== undefined && !sameData(snapshot.arg, snapshot.copy)) throw new Error(`${call()} changed its argument ${i + 1}`);
  });
  if (!globalsUntouched()) throw new Error(`${call()} changed a built-in prototype`);
}
