import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeValue } from "../src/describeValue.js";

describe("describeValue", () => {
  it.each<[string, unknown, string]>([
    ["text, JSON-quoted", "2026-02-30", '"2026-02-30"'],
    ["a line break, escaped", "a\r\nb", '"a\\r\\nb"'],
    ["long text, cut short", "x".repeat(100), `"${"x".repeat(57)}..."`],
    ["a number", 20261224, "20261224"],
    ["minus zero", -0, "-0"],
    ["NaN", Number.NaN, "NaN"],
    ["Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["a BigInt", 1n, "1n"],
    ["a huge BigInt", 10n ** 100n, "10000000000000000000...n (101 digits)"],
    ["a Symbol", Symbol("x"), 'Symbol("x")'],
    ["a Symbol without description", Symbol(), "Symbol()"],
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["true", true, "true"],
    ["a named function", function named() {}, "function named"],
    ["a Date", new Date(Date.UTC(2026, 11, 24)), "Date(2026-12-24T00:00:00.000Z)"],
    ["an invalid Date", new Date(Number.NaN), "Date(invalid)"],
    ["a clone of Date.prototype", Object.create(Date.prototype), "Date {}"],
    ["a Proxy of a Date (no date slot)", new Proxy(new Date(0), {}), "Date {}"],
    ["a plain object", { date: "2026-12-24", name: 5 }, '{ date: "2026-12-24", name: 5 }'],
    ["an odd key, quoted", { "a b\n": 1 }, '{ "a b\\n": 1 }'],
    ["a null-prototype object", Object.assign(Object.create(null), { a: 1 }), "{ a: 1 }"],
    ["a class instance", new Map([[1, 2]]), "Map {}"],
    ["an array", [1, "a"], '[1, "a"]'],
    ["a long array", Array.from({ length: 1000 }, (_, i) => i), "[0, 1, 2, 3, ... 996 more]"],
    ["a sparse array", [1, , 3], "[1, <empty>, 3]"], // eslint-disable-line no-sparse-arrays
    ["a huge sparse array", new Array(2 ** 32 - 1), "[<empty>, <empty>, <empty>, <empty>, ... 4294967291 more]"],
    ["nesting past two levels", { a: { b: { c: 1 } } }, "{ a: { b: {...} } }"],
    ["a wide, nested value, cut at 200 characters", { a: { b: "x".repeat(61), c: "y".repeat(61) }, d: "z".repeat(61), e: 1 }, `{ a: { b: "${"x".repeat(57)}...", c: "${"y".repeat(57)}..." }, d: "${"z".repeat(57)}..." }, e: 1 }`.slice(0, 197) + "..."],
    ["many keys", { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, "{ a: 1, b: 2, c: 3, d: 4, ... 2 more }"],
  ])("%s", (_, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("runs none of the value's code: getters, toString, toJSON, Symbol.toPrimitive", () => {
    const calls: string[] = [];
    const hostile = {
      get date() {
        calls.push("get");
        throw new Error("getter");
      },
      toString() {
        calls.push("toString");
        throw new Error("toString");
      },
      toJSON() {
        calls.push("toJSON");
        throw new Error("toJSON");
      },
      [Symbol.toPrimitive]() {
        calls.push("toPrimitive");
        throw new Error("toPrimitive");
      },
    };
    expect(describeValue(hostile)).toBe("{ date: [getter], toString: function toString, toJSON: function toJSON }");
    expect(calls).toEqual([]);
  });

  it("describes circular and 5,000-deep structures briefly", () => {
    const circular: Record<string, unknown> = { name: "loop" };
    circular.self = circular;
    expect(describeValue(circular)).toBe('{ name: "loop", self: { name: "loop", self: {...} } }');
    let deep: unknown = 0;
    for (let level = 0; level < 5000; level++) deep = [deep];
    expect(describeValue(deep)).toBe("[[[...]]]");
  });

  it("falls back to the value's type when a Proxy's traps throw, or the Proxy is revoked", () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
        getPrototypeOf: () => {
          throw new Error("trap");
        },
      },
    );
    expect(describeValue(throwing)).toBe("an object");
    const { proxy, revoke } = Proxy.revocable(() => undefined, {});
    revoke();
    expect(describeValue(proxy)).toBe("a function");
    expect(describeValue(new Proxy({ a: 1 }, {}))).toBe("{ a: 1 }");
  });

  it("never throws, never runs the value's code, and says it in one short line", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }), (value) => {
        const description = describeValue(value);
        expect(description).not.toMatch(/[\r\n]/);
        expect(description.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});
