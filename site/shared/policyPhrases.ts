// A policy's own words inside the library's sentences. On a Welsh page the
// library writes Welsh around the board's English titles and quotes ("Mae Cam
// 1 (Between the practitioners ...) yn hwyr."): the page marks those English
// stretches lang="en", so that a screen reader reads each in its language.
// Used by the site build (Node) and the calculator (browser): no DOM here.
import type { Policy } from "../../src/index.js";

/** Keys of a policy whose text values are the board's words, shown as they stand. */
const WORDS = new Set(["title", "issuer", "what", "quote", "section", "note"]);

/** Every distinct phrase of the board's words in a policy (three letters or more), longest first, so that a title is never split by a shorter one inside it. */
export function policyPhrases(policy: Policy): readonly string[] {
  const found = new Set<string>();
  JSON.stringify(policy, (key, value: unknown) => {
    if (WORDS.has(key) && typeof value === "string" && value.trim().length >= 3) found.add(value);
    return value;
  });
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** A piece of a sentence: the library's words, or the policy's (`policy: true`). */
export interface Piece {
  readonly text: string;
  readonly policy: boolean;
}

/** `text` cut into the library's words and the policy's phrases, in order; the pieces join back to `text`. */
export function splitPolicyPhrases(text: string, phrases: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  while (rest !== "") {
    let at = -1;
    let phrase = "";
    for (const candidate of phrases) {
      const index = rest.indexOf(candidate);
      if (index !== -1 && (at === -1 || index < at || (index === at && candidate.length > phrase.length))) {
        at = index;
        phrase = candidate;
      }
    }
    if (at === -1) {
      pieces.push({ text: rest, policy: false });
      break;
    }
    if (at > 0) pieces.push({ text: rest.slice(0, at), policy: false });
    pieces.push({ text: phrase, policy: true });
    rest = rest.slice(at + phrase.length);
  }
  return pieces;
}
