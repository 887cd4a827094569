import { InvalidOptionsError } from "./errors.js";
import { readOwnFields } from "./ownFields.js";

/**
 * @internal A function's options object, read as {@link readOwnFields} reads
 * one (own data fields only, no caller's code run, a copy returned), with
 * only the keys the function takes; `undefined` for no options.
 * @throws {@link InvalidOptionsError}
 */
export function readOptions(options: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  if (options === undefined) return undefined;
  return readOwnFields(options, keys, "the options", (message) => new InvalidOptionsError(message));
}
