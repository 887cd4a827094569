// The command line's own words: each command's --help, the usage errors, the
// progress bar, validate's summary and the internal-error report, one
// catalogue per language (cli/en.json, cli/cy.json: data a translator edits
// without touching code, reviewed through cli/cy-review.json). Kept apart
// from the library's catalogues so that a program importing the library
// never carries the command line's help.
import cy from "./cli/cy.json" with { type: "json" };
import en from "./cli/en.json" with { type: "json" };
import { catalogueReader, type MessageReader } from "./index.js";

/** @internal The key of a command-line message, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type CliKey = keyof typeof en;

/** @internal A command-line message in a language, its placeholders filled as {@link message} fills them. */
export const cliMessage: MessageReader<CliKey> = /* @__PURE__ */ catalogueReader<CliKey>(en, cy);
