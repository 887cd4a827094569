// Shared by the tests that pin each policy file to its source text.
import { readFileSync } from "node:fs";
import { policySchema, type Policy } from "../../src/policy/schema.js";

/** The policy file `policies/<id>.json`, read from disk and checked against the schema. */
export function policyFile(id: string): Policy {
  return policySchema.parse(JSON.parse(readFileSync(new URL(`../../policies/${id}.json`, import.meta.url), "utf8")));
}

/** The entry of `list` with this id; fails the test if there is none. */
export function byId<T extends { readonly id: string }>(list: readonly T[] | undefined, id: string): T {
  const found = list?.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
}
