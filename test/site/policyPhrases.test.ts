// The board's words inside the library's Welsh sentences, found so that the
// pages can mark them lang="en".
import { describe, expect, it } from "vitest";
import { assess, policies } from "../../src/index.js";
import { policyPhrases, splitPolicyPhrases } from "../../site/shared/policyPhrases.js";

describe("the board's phrases in the library's sentences", () => {
  const phrases = policyPhrases(policies.swindon);

  it("are the policy's titles, duties and quotes, longest first", () => {
    expect(phrases).toContain("Inter-agency Discussion");
    expect(phrases).toContain(policies.swindon.stages[1]?.source.quote);
    expect([...phrases].sort((a, b) => b.length - a.length)).toEqual(phrases.map((phrase) => phrase));
    expect(phrases.every((phrase) => phrase.trim().length >= 3)).toBe(true);
  });

  it("cut a sentence into pieces that join back to it, the board's marked", () => {
    const pieces = splitPolicyPhrases("Mae Cam 2 (Inter-agency Discussion) yn hwyr.", phrases);
    expect(pieces).toEqual([
      { text: "Mae Cam 2 (", policy: false },
      { text: "Inter-agency Discussion", policy: true },
      { text: ") yn hwyr.", policy: false },
    ]);
    expect(splitPolicyPhrases("", phrases)).toEqual([]);
    expect(splitPolicyPhrases("Dim", phrases)).toEqual([{ text: "Dim", policy: false }]);
  });

  it("find every stage title in a Welsh assessment's sentences, and change none of their words", () => {
    const result = assess(policies.swindon, { policy: "swindon", raisedOn: "2026-12-23", events: [{ type: "stage-entered", stage: "stage-2", on: "2026-12-29" }] }, "2027-01-07", { lang: "cy" });
    const marked = result.explanation.flatMap((line) => {
      const pieces = splitPolicyPhrases(line, phrases);
      expect(pieces.map((piece) => piece.text).join("")).toBe(line);
      return pieces.filter((piece) => piece.policy).map((piece) => piece.text);
    });
    expect(marked).toContain("Inter-agency Discussion");
    expect(marked).toContain("Internal Discussion");
  });
});
