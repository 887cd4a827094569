// The words of the text renderers, the flowchart, the calendar files, the
// board report and the command line's tables, one catalogue per language
// (renderers/en.json, renderers/cy.json: data a translator edits without
// touching code, reviewed through cy-review.json like the engine's). Kept
// apart from the engine's catalogue (index.ts) so that a program using only
// the engine does not carry a report's words, and its bundle stays small.
import cy from "./renderers/cy.json" with { type: "json" };
import en from "./renderers/en.json" with { type: "json" };
import { compiledOf, filled, type Catalogue, type CompiledCache, type MessageParams } from "./index.js";
import type { Language } from "./language.js";

/** @internal The key of a renderer's message, as the English catalogue names it (both catalogues have the same keys: a test checks). */
export type RendererKey = keyof typeof en;

// Typed against the English keys, so a key missing from the Welsh catalogue fails the typecheck too.
const welsh: Catalogue<RendererKey> = cy;
const CATALOGUES: Readonly<Record<Language, Catalogue<RendererKey>>> = { en, cy: welsh };
const compiled: CompiledCache = { en: new Map(), cy: new Map() };

/** @internal A renderer's message in a language, its placeholders filled as {@link message} fills them. */
export function rendererMessage(lang: Language, key: RendererKey, params?: MessageParams): string {
  return filled(compiledOf(CATALOGUES, compiled, lang, key), lang, key, params);
}
