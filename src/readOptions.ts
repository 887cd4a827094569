import { describeValue } from "./describeValue.js";
import { InvalidOptionsError } from "./errors.js";

/**
 * @internal A function's options object, read key by key from its own data
 * properties (no getter or Proxy trap of the caller's runs, and a later
 * change to the caller's object changes nothing), with only the keys the
 * function takes: `undefined` for no options. Anything else is refused with
 * a sentence naming the options there are.
 * @throws {@link InvalidOptionsError}
 */
export function readOptions(options: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  if (options === undefined) return undefined;
  const expected = `{ ${keys.map((key) => `${key}?`).join(", ")} }`;
  const read: Record<string, unknown> = {};
  try {
    const prototype = typeof options === "object" && options !== null ? Reflect.getPrototypeOf(options) : undefined;
    if (prototype !== Object.prototype && prototype !== null) throw new InvalidOptionsError(`Expected the options as an object, ${expected}; got ${describeValue(options)}.`);
    for (const key of Reflect.ownKeys(options as object)) {
      if (typeof key !== "string" || !keys.includes(key)) throw new InvalidOptionsError(`Unknown option ${describeValue(key)}: the options are ${keys.join(", ")}.`);
      const descriptor = Reflect.getOwnPropertyDescriptor(options as object, key);
      if (descriptor === undefined || !("value" in descriptor)) throw new InvalidOptionsError(`The option ${key} must be a plain value, not a getter.`);
      if (descriptor.value !== undefined) read[key] = descriptor.value as unknown;
    }
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw error;
    // A Proxy whose traps throw, or a revoked one.
    throw new InvalidOptionsError(`The options could not be read as plain data, ${expected}; got ${describeValue(options)}.`);
  }
  return read;
}
