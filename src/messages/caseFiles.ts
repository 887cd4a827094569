// The words of the problems the command line finds in reading a file of cases
// (sweep and report), before any case is checked: one catalogue per language
// (caseFiles/en.json, caseFiles/cy.json, reviewed through
// caseFiles/cy-review.json). Apart from the case issues' catalogue
// (caseIssues.ts), which the engine carries: only the command line reads files.
import cy from "./caseFiles/cy.json" with { type: "json" };
import en from "./caseFiles/en.json" with { type: "json" };
import { catalogueReader, type MessageReader } from "./index.js";

/** @internal The key of a case file problem's message, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type CaseFileKey = keyof typeof en;

/** @internal A case file problem's message in a language, its placeholders filled as `message` (index.ts) fills them. */
export const caseFileMessage: MessageReader<CaseFileKey> = /* @__PURE__ */ catalogueReader<CaseFileKey>(en, cy);
