// Every public function, driven with hostile values: wrong types, NaN, -0,
// huge numbers, BigInt, Symbols, Proxies (revoked, or whose traps throw),
// getters and toString/toJSON/valueOf that throw, null-prototype objects,
// clones of Date.prototype, sparse, circular and deep structures. What may
// come out is a result or a SafeguardingEscalationError; a caller's plain
// input is left as it was, and Object.prototype is never touched. The
// generators and the property are in ./hostileInputs.ts, which `npm run fuzz`
// runs a million times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { attack, checkCall, functions, hostileArguments, VALID } from "./hostileInputs.js";

/** Paths of the objects within `value` that are not frozen. */
function unfrozenParts(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(
    Reflect.ownKeys(value).flatMap((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      return descriptor !== undefined && "value" in descriptor ? unfrozenParts(descriptor.value, `${path}.${String(key)}`, seen) : [];
    }),
  );
}

describe("hostile input", () => {
  it("covers every public function, and each is given valid arguments that it accepts", () => {
    expect(functions.map(([name]) => name).sort()).toEqual(Object.keys(VALID).sort());
    for (const [name, fn] of functions) expect(() => fn(...(VALID[name] as () => unknown[])()), name).not.toThrow();
  });

  it("shares no data a caller could change for everyone: every exported list and table is deeply frozen", () => {
    // zod's schemas are left out: they are zod's objects, which cache within themselves.
    const data = Object.entries(lib).filter(([, value]) => typeof value === "object" && value !== null && !("_zod" in value));
    const unfrozen = data.flatMap(([name, value]) => unfrozenParts(value, name));
    expect(unfrozen).toEqual([]);
  });

  it.each(functions)("%s throws only library errors, mutates no plain input and leaves Object.prototype alone", (name, fn) => {
    fc.assert(
      fc.property(attack, (how) => checkCall(name, fn, hostileArguments(name, how))),
      // A function of no arguments ignores extra ones: a few runs show that.
      { numRuns: fn.length === 0 && name !== "joinCalendars" ? 10 : 200 },
    );
  });
});
