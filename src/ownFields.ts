import { describeValue } from "./describeValue.js";
import { SafeguardingEscalationError } from "./errors.js";

/**
 * @internal The own data fields of a caller's options object, read without
 * running the caller's code: a getter, a symbol key, a key not in `keys`, an
 * array or a Proxy whose traps throw is refused with `fail(message)`, and
 * what comes back is a copy the caller can no longer change.
 *
 * @param what - how the message names the object, e.g. "createCalendar() options"
 */
export function readOwnFields<K extends string>(value: unknown, keys: readonly K[], what: string, fail: (message: string) => SafeguardingEscalationError): Partial<Record<K, unknown>> {
  return guarded(value, what, fail, () => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail(`${what} must be an object, got ${describeValue(value)}.`);
    const fields: Partial<Record<K, unknown>> = {};
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== "string" || !(keys as readonly string[]).includes(key)) {
        throw fail(`Unknown field ${describeValue(key)} in ${what}: expected ${keys.join(", ")}.`);
      }
      fields[key as K] = dataOf(value, key, `${what}.${key}`, fail);
    }
    return fields;
  });
}

/**
 * @internal The items of a caller's array, read as {@link readOwnFields}
 * reads fields: an array with a hole, a getter or extra fields is refused,
 * and its cost is that of the items present, whatever its length claims.
 */
export function readOwnList(value: unknown, what: string, fail: (message: string) => SafeguardingEscalationError): unknown[] {
  return guarded(value, what, fail, () => {
    if (!Array.isArray(value)) throw fail(`${what} must be an array, got ${describeValue(value)}.`);
    const length = dataOf(value, "length", what, fail) as number;
    // An array's own keys are its items and "length": any other count is a hole or an extra field.
    if (Reflect.ownKeys(value).length !== length + 1) throw fail(`${what} must be a plain array, without holes or extra fields.`);
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(dataOf(value, String(i), `${what}[${i}]`, fail));
    return items;
  });
}

function dataOf(value: object, key: string, where: string, fail: (message: string) => SafeguardingEscalationError): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
  if (descriptor === undefined) throw fail(`${where} is missing (a hole in an array?).`);
  if (!("value" in descriptor)) throw fail(`${where} must be a plain value, not a getter.`);
  return descriptor.value;
}

/** Runs `read`, turning anything a Proxy's trap throws into the caller's typed error. */
function guarded<T>(value: unknown, what: string, fail: (message: string) => SafeguardingEscalationError, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SafeguardingEscalationError) throw error;
    throw fail(`${what} could not be read: ${describeValue(value)} threw when its fields were listed or read.`);
  }
}
