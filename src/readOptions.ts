import { describeValue } from "./describeValue.js";
import { InvalidOptionsError } from "./errors.js";
import { formatPath } from "./policy/issues.js";
import { readUntrusted } from "./policy/untrusted.js";

/**
 * @internal A function's options object, read as plain data (no getter or
 * Proxy trap of the caller's runs) with only the keys the function takes:
 * `undefined` for no options; anything else that is not such an object is
 * refused with a sentence naming the options there are.
 * @throws {@link InvalidOptionsError}
 */
export function readOptions(options: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  if (options === undefined) return undefined;
  const expected = `{ ${keys.map((key) => `${key}?`).join(", ")} }`;
  const { issues, value } = readUntrusted(options);
  const found = issues[0];
  if (found !== undefined) throw new InvalidOptionsError(`The options must be plain data, ${expected}: ${formatPath(found.path)}: ${found.message}`);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidOptionsError(`Expected the options as an object, ${expected}; got ${describeValue(options)}.`);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new InvalidOptionsError(`Unknown option ${describeValue(key)}: the options are ${keys.join(", ")}.`);
  return value as Readonly<Record<string, unknown>>;
}
