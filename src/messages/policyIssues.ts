// The words of a policy's findings: what parsePolicy, lintPolicy and the
// command line's validate say about a policy file, and the problems of
// reading a JSON file (src/cli/jsonSource.ts). One catalogue per language
// (policyIssues/en.json, policyIssues/cy.json: data a translator edits without
// touching code), reviewed through policyIssues/cy-review.json. Kept apart
// from the engine's catalogue (index.ts), so that a program that only
// schedules and assesses does not carry them; the words the case checks share
// with these are in values.ts.
import cy from "./policyIssues/cy.json" with { type: "json" };
import en from "./policyIssues/en.json" with { type: "json" };
import { catalogueReader, type MessageReader } from "./index.js";
import type { Language } from "./language.js";

/** @internal The key of a policy finding's message, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type PolicyIssueKey = keyof typeof en;

/** @internal Whether the catalogues have a message of this key (for keys made from data: a type, a schema id, an error code). */
export function isPolicyIssueKey(key: string): key is PolicyIssueKey {
  return Object.hasOwn(en, key);
}

/** @internal A policy finding's message in a language, its placeholders filled as `message` (index.ts) fills them. */
export const policyMessage: MessageReader<PolicyIssueKey> = /* @__PURE__ */ catalogueReader<PolicyIssueKey>(en, cy);

/** @internal Items joined as a list of the language: "a, b or c" (`form.list` between all but the last two, `form.or` before the last). */
export function listOr(lang: Language, items: readonly string[]): string {
  return items.reduce((list, item, index) => policyMessage(lang, index === items.length - 1 ? "form.or" : "form.list", { list, item }));
}
