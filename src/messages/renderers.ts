// The words of the text renderers, the flowchart, the calendar files, the
// board report and the command line's tables, one catalogue per language
// (renderers/en.json, renderers/cy.json: data a translator edits without
// touching code, reviewed through cy-review.json like the engine's). Kept
// apart from the engine's catalogue (index.ts) so that a program using only
// the engine does not carry a report's words, and its bundle stays small.
import cy from "./renderers/cy.json" with { type: "json" };
import en from "./renderers/en.json" with { type: "json" };
import { catalogueReader, type MessageReader } from "./index.js";

/** @internal The key of a renderer's message, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type RendererKey = keyof typeof en;

/** @internal A renderer's message in a language, its placeholders filled as {@link message} fills them. */
export const rendererMessage: MessageReader<RendererKey> = /* @__PURE__ */ catalogueReader<RendererKey>(en, cy);
