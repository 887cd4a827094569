// The problems found in a case, in Welsh (src/messages/caseIssues): every way
// a case can be refused gives its issue in both languages, with the same code
// and path, the Welsh message being the Welsh of the same catalogue message
// as the English; the English stays as the other tests pin it; and a case
// checked in one language never hands its words to a check in the other.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forms, placeholderMismatches, pluralFormMistakes, reviewListMistakes, strayBraces, type Entry, type ReviewList } from "../catalogueLaws.js";
import { assess, forecast, formatPath, InvalidCaseError, parseCase, parsePolicy, policies, schedule, triage, type Language, type Policy, type PolicyIssue } from "../../src/index.js";
import { CASE_FLAGS } from "../../src/policy/vocabulary.js";

const read = (file: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`../../src/messages/caseIssues/${file}`, import.meta.url), "utf8")) as Record<string, Entry>;
const catalogues = { en: read("en.json"), cy: read("cy.json") };
const review = JSON.parse(readFileSync(new URL("../../src/messages/caseIssues/cy-review.json", import.meta.url), "utf8")) as ReviewList;

const policyOf = (input: unknown): Policy => {
  const parsed = parsePolicy(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
};
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../fixtures/policies/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
const { swindon, rochdale } = policies;
const wales = policies["mid-and-west-wales"];
const stoppable = policyOf({ ...fixture("referral"), clockStops: { source: { section: "Test", quote: "the clock may be stopped while information is awaited" } } });
const byPriority = policyOf(fixture("priorities"));
/** Swindon with its stages for children only, or only its Stage 2. */
const forChildren = (which: (position: number) => boolean): Policy => {
  const copy = structuredClone(swindon) as unknown as { stages: { when?: unknown }[] };
  copy.stages.forEach((stage, position) => {
    if (which(position)) stage.when = { subject: "child" };
  });
  return policyOf(copy);
};
const childrenOnly = forChildren(() => true);
const stage2ForChildren = forChildren((position) => position === 1);
/** Swindon with every stage only for a case flagged as under time pressure: a case with no flags has none. */
const flaggedOnly = (() => {
  const copy = structuredClone(swindon) as unknown as { stages: { when?: unknown }[] };
  for (const stage of copy.stages) stage.when = { flag: "time-pressure" };
  return policyOf(copy);
})();

const record = (events: unknown[], extra: Record<string, unknown> = {}, policy = "swindon") => ({ policy, raisedOn: "2026-12-23", events, ...extra });
const entered = (stage: string, on: string) => ({ type: "stage-entered", stage, on });
const ASSESSED_ON = "2027-01-29";

/** A way to refuse a case: the policy, the input, and the code the issue found first has. */
interface Refusal {
  readonly policy: Policy;
  readonly input: unknown;
  readonly code: string;
  /** When the case is refused only by an assessment on this date (events after it), not by parseCase. */
  readonly asOf?: string;
  /** When the refusal is of schedule's facts, not of a case. */
  readonly facts?: boolean;
}

// Every message of src/engine/case{Checks,Shape,Ladder}.ts, each reached by its own input (the inputs of
// the engine's tests of invalid cases, test/engine/contract.test.ts and others, and the shape's checks).
const REFUSALS: Record<string, Refusal> = {
  "another policy's case": { policy: swindon, input: record([], {}, "trafford"), code: "wrong-policy" },
  "another version of the policy": { policy: swindon, input: record([], { policyVersion: "Revised: March 2020" }), code: "wrong-version" },
  "a version of a policy without versions": { policy: rochdale, input: record([], { policyVersion: "v1" }, "rochdale"), code: "wrong-version" },
  "a risk deadline before the disagreement": { policy: swindon, input: record([], { riskDeadline: "2026-12-01" }), code: "risk-deadline-before-raised" },
  "a priority where the policy sets none": { policy: swindon, input: record([], { priority: "urgent" }), code: "unknown-priority" },
  "an unknown priority": { policy: byPriority, input: record([], { priority: "rush" }, "priorities"), code: "unknown-priority" },
  "no priority where the policy sets limits by one": { policy: byPriority, input: record([], {}, "priorities"), code: "missing-priority" },
  "a case to which no stage applies": { policy: flaggedOnly, input: record([]), code: "no-applicable-stage" },
  "a case about someone to whom no stage applies": { policy: childrenOnly, input: record([], { subject: "adult" }), code: "no-applicable-stage" },
  "an event before the disagreement arose": { policy: swindon, input: record([entered("stage-2", "2026-12-22")]), code: "before-raised" },
  "events out of order": { policy: swindon, input: record([entered("stage-2", "2026-12-30"), entered("stage-3", "2026-12-29")]), code: "out-of-order" },
  "resolving twice": { policy: swindon, input: record([{ type: "resolved", stage: "stage-1", on: "2026-12-24" }, { type: "resolved", stage: "stage-1", on: "2026-12-29" }]), code: "after-resolution" },
  "a stage entered after resolution": { policy: swindon, input: record([{ type: "resolved", stage: "stage-1", on: "2026-12-24" }, entered("stage-2", "2026-12-29")]), code: "after-resolution" },
  "an unknown stage": { policy: swindon, input: record([entered("stage-9", "2026-12-29")]), code: "unknown-stage" },
  "resolving at a stage the case is not at": { policy: swindon, input: record([{ type: "resolved", stage: "stage-3", on: "2026-12-24" }]), code: "not-current-stage" },
  "a stage that does not apply to the case": { policy: stage2ForChildren, input: record([entered("stage-2", "2026-12-29")], { subject: "adult" }), code: "stage-not-applicable" },
  "going back down the ladder": { policy: swindon, input: record([entered("stage-3", "2026-12-24"), entered("stage-2", "2026-12-29")], { flags: ["immediate-risk"] }), code: "stage-order" },
  "an outcome on entering the stage the case starts at": { policy: swindon, input: record([{ ...entered("stage-1", "2026-12-23"), outcome: "No agreement" }]), code: "outcome-ends-no-stage" },
  "skipping a stage with no route to do so": { policy: swindon, input: record([entered("stage-3", "2026-12-29")]), code: "stage-skipped" },
  "skipping a stage of a policy with no routes": { policy: wales, input: record([entered("stage-3", "2026-12-29")], {}, "mid-and-west-wales"), code: "stage-skipped" },
  "a clock stopped where the policy allows none": { policy: swindon, input: record([{ type: "clock-stopped", reason: "Waiting for the GP", on: "2026-12-24" }]), code: "clock-stop-not-allowed" },
  "a clock stopped twice": { policy: stoppable, input: record([{ type: "clock-stopped", reason: "Waiting", on: "2026-12-24" }, { type: "clock-stopped", reason: "Waiting", on: "2026-12-29" }], {}, "referral"), code: "clock-order" },
  "a clock restarted that was not stopped": { policy: stoppable, input: record([{ type: "clock-restarted", on: "2026-12-24" }], {}, "referral"), code: "clock-order" },
  "an agreed action named as a duty": { policy: swindon, input: record([{ type: "action-agreed", action: "stage-1-record-discussions", what: "Share the plan", due: "2026-12-30", on: "2026-12-24" }]), code: "duplicate-id" },
  "an agreed action named twice": {
    policy: swindon,
    input: record([
      { type: "action-agreed", action: "share-plan", what: "Share the plan", due: "2026-12-30", on: "2026-12-24" },
      { type: "action-agreed", action: "share-plan", what: "Share it again", due: "2026-12-31", on: "2026-12-29" },
    ]),
    code: "duplicate-id",
  },
  "an action due before it was agreed": { policy: swindon, input: record([{ type: "action-agreed", action: "share-plan", what: "Share the plan", due: "2026-12-23", on: "2026-12-24" }]), code: "due-before-agreed" },
  "a flag raised twice": { policy: swindon, input: record([{ type: "flagged", flag: "time-pressure", on: "2026-12-24" }, { type: "flagged", flag: "time-pressure", on: "2026-12-29" }]), code: "flagged-twice" },
  "a flag raised that the case had from the start": { policy: swindon, input: record([{ type: "flagged", flag: "time-pressure", on: "2026-12-24" }], { flags: ["time-pressure"] }), code: "flagged-twice" },
  "an unknown named event": { policy: wales, input: record([{ type: "happened", event: "meeting", on: "2026-12-24" }], {}, "mid-and-west-wales"), code: "unknown-event" },
  "a named event where the policy declares none": { policy: swindon, input: record([{ type: "happened", event: "meeting", on: "2026-12-24" }]), code: "unknown-event" },
  "a named event twice": { policy: wales, input: record([{ type: "happened", event: "concerns-in-writing", on: "2026-12-24" }, { type: "happened", event: "concerns-in-writing", on: "2026-12-29" }], {}, "mid-and-west-wales"), code: "happened-twice" },
  "a duty done twice": { policy: swindon, input: record([{ type: "duty-done", duty: "stage-1-record-discussions", on: "2026-12-24" }, { type: "duty-done", duty: "stage-1-record-discussions", on: "2026-12-29" }]), code: "done-twice" },
  "an unknown step": { policy: swindon, input: record([{ type: "step-done", step: "shake-hands", on: "2026-12-29" }]), code: "unknown-step" },
  "a step of a stage not reached": { policy: swindon, input: record([{ type: "step-done", step: "resolution-meeting", on: "2026-12-29" }]), code: "step-ahead" },
  "an unknown duty": { policy: swindon, input: record([{ type: "duty-done", duty: "tea", on: "2026-12-29" }]), code: "unknown-duty" },
  "a case raised after the assessment date": { policy: swindon, input: record([]), code: "raised-after-as-of", asOf: "2026-12-22" },
  "an event after the assessment date": { policy: swindon, input: record([entered("stage-2", "2026-12-29")]), code: "event-after-as-of", asOf: "2026-12-24" },
  // The shape of a case, as the engine reads a case given as data (caseShape.ts).
  "an empty id": { policy: swindon, input: record([], { policy: "" }), code: "empty" },
  "an id too long": { policy: swindon, input: record([], { policy: "x".repeat(65) }), code: "too-long" },
  "too many flags": { policy: swindon, input: record([], { flags: [...CASE_FLAGS, "immediate-risk"] }), code: "too-many" },
  "a date out of range": { policy: swindon, input: record([], { raisedOn: "1999-12-31" }), code: "invalid" },
  "an impossible date": { policy: swindon, input: record([], { raisedOn: "2026-02-30" }), code: "bad-format" },
  "an unknown flag": { policy: swindon, input: record([], { flags: ["urgent"] }), code: "not-allowed" },
  "an unknown event type": { policy: swindon, input: record([{ type: "escalated", on: "2026-12-24" }]), code: "not-allowed" },
  "an event without its type": { policy: swindon, input: record([{ on: "2026-12-24" }]), code: "not-allowed" },
  "an event without its date": { policy: swindon, input: record([{ type: "stage-entered", stage: "stage-2" }]), code: "missing" },
  "a number for an id": { policy: swindon, input: record([], { policy: 5 }), code: "wrong-type" },
  "a text for the events": { policy: swindon, input: record([], { events: "none" }), code: "wrong-type" },
  "a number for an event": { policy: swindon, input: record([5]), code: "wrong-type" },
  "an unknown field of an event": { policy: swindon, input: record([{ ...entered("stage-2", "2026-12-29"), by: "me" }]), code: "unknown-field" },
  "an unknown field of a case": { policy: swindon, input: record([], { notes: "x" }), code: "unknown-field" },
  "an unknown field of schedule's facts": { policy: swindon, input: { raisedOn: "2026-12-23", events: [] }, code: "unknown-field", facts: true },
  "schedule's facts with a risk deadline before the disagreement": { policy: swindon, input: { raisedOn: "2026-12-23", riskDeadline: "2026-12-01" }, code: "risk-deadline-before-raised", facts: true },
};

/** What the engine throws for a refused case or facts, in a language. */
function thrown(refusal: Refusal, lang: Language): InvalidCaseError {
  try {
    if (refusal.facts === true) schedule(refusal.policy, refusal.input as never, { lang });
    else assess(refusal.policy, refusal.input as never, refusal.asOf ?? ASSESSED_ON, { lang });
  } catch (error) {
    if (error instanceof InvalidCaseError) return error;
    throw error;
  }
  throw new Error("not refused");
}

// A catalogue message as a pattern that matches its texts whole, any placeholder standing for any text.
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patternOf = (text: string): RegExp => new RegExp(`^${text.split(/\{[A-Za-z]+\}/).map(escape).join("(.+)")}$`, "s");
/** The message of the catalogue a text is written from: of those whose pattern matches, the one with the most words of its own. */
function keyOf(lang: Language, text: string, among: readonly string[] = ISSUE_KEYS): string | undefined {
  const matching = among.flatMap((key) =>
    forms(catalogues[lang][key] as Entry)
      .filter((form) => patternOf(form).test(text))
      .map((form) => ({ key, own: form.replace(/\{[A-Za-z]+\}/g, "").length })),
  );
  return matching.sort((a, b) => b.own - a.own)[0]?.key;
}

const SUMMARY_KEYS = ["summary", "summary.more"];
const ISSUE_KEYS = Object.keys(catalogues.en).filter((key) => !SUMMARY_KEYS.includes(key));
const issuesOf = (found: readonly PolicyIssue[]) => found.map((one) => ({ code: one.code, path: formatPath(one.path), message: one.message }));
const PLACEHOLDER = /\{[A-Za-z]+\}/;

describe("the case's issues, in Welsh", () => {
  const used = new Set<string>();

  it.each(Object.entries(REFUSALS))("%s: the same issues in Welsh, each the Welsh of the English's message", (_, refusal) => {
    const english = thrown(refusal, "en");
    const welsh = thrown(refusal, "cy");
    expect(english.issues.map((one) => one.code)).toContain(refusal.code);
    expect(welsh.issues.map((one) => [one.code, formatPath(one.path)])).toEqual(english.issues.map((one) => [one.code, formatPath(one.path)]));
    english.issues.forEach((issue, index) => {
      const cy = welsh.issues[index] as PolicyIssue;
      expect(cy.message).not.toBe(issue.message);
      expect(cy.message).not.toMatch(PLACEHOLDER);
      const key = keyOf("en", issue.message);
      expect(key, issue.message).toBeDefined();
      expect(keyOf("cy", cy.message), cy.message).toBe(key);
      // A message's key is its issue's code, and which of that code's messages.
      expect((key as string).split(".")[0]).toBe(issue.code);
      used.add(key as string);
    });
    // The summary: the first three issues, in the language, and how many more.
    for (const [error, lang] of [[english, "en"], [welsh, "cy"]] as const) {
      const key = keyOf(lang, error.message, SUMMARY_KEYS);
      expect(key, error.message).toBe(error.issues.length > 3 ? "summary.more" : "summary");
      used.add(key as string);
    }
    expect(welsh.message).not.toMatch(PLACEHOLDER);
  });

  it("summarises more than three issues with how many more, in each language", () => {
    const unknown = (count: number) => record(["stage-9", "stage-8", "stage-7", "stage-6", "stage-0"].slice(0, count).map((stage) => entered(stage, "2026-12-24")));
    for (const [count, welshMore] of [[4, "ac 1 arall"], [5, "a 2 arall"]] as const) {
      const refusal = { policy: swindon, input: unknown(count), code: "unknown-stage" };
      const english = thrown(refusal, "en");
      const welsh = thrown(refusal, "cy");
      expect(english.issues).toHaveLength(count);
      expect(english.message).toMatch(new RegExp(`^The case is not valid: events\\[0\\]\\.stage: "stage-9" is not a stage of swindon \\(.*; and ${count - 3} more$`));
      expect(welsh.message).toMatch(new RegExp(`^Nid yw'r achos yn ddilys: events\\[0\\]\\.stage: Nid yw "stage-9" yn un o gamau swindon \\(.*; ${welshMore}$`));
      expect([keyOf("en", english.message, SUMMARY_KEYS), keyOf("cy", welsh.message, SUMMARY_KEYS)]).toEqual(["summary.more", "summary.more"]);
    }
    used.add("summary.more");
  });

  it("and every message of the catalogue is one of them (a stage's name, inside the list of those passed over)", () => {
    const welsh = thrown(REFUSALS["skipping a stage with no route to do so"] as Refusal, "cy");
    expect(welsh.issues[0]?.message).toContain("yn hepgor Cam 2;");
    used.add("stage-skipped.stage");
    expect(Object.keys(catalogues.en).filter((key) => !used.has(key))).toEqual([]);
  });

  it("are the same from parseCase, triage and forecast as from assess, and parseCase's own words from the schema are Welsh too", () => {
    for (const [label, refusal] of Object.entries(REFUSALS)) {
      if (refusal.facts === true) continue;
      const fromAssess = issuesOf(thrown(refusal, "cy").issues);
      for (const other of [triage, forecast]) {
        let found: readonly PolicyIssue[] = [];
        try {
          other(refusal.policy, refusal.input as never, refusal.asOf ?? ASSESSED_ON, { lang: "cy" });
        } catch (error) {
          if (!(error instanceof InvalidCaseError)) throw error;
          found = error.issues;
        }
        expect([label, issuesOf(found)]).toEqual([label, fromAssess]);
      }
      if (refusal.asOf !== undefined) continue;
      const english = parseCase(refusal.input, refusal.policy);
      const welsh = parseCase(refusal.input, refusal.policy, { lang: "cy" });
      expect(english.success || welsh.success).toBe(false);
      if (english.success || welsh.success) continue;
      expect([label, welsh.errors.map((one) => [one.code, formatPath(one.path)])]).toEqual([label, english.errors.map((one) => [one.code, formatPath(one.path)])]);
      welsh.errors.forEach((one, index) => {
        expect([label, one.message]).not.toEqual([label, english.errors[index]?.message]);
        expect(one.message).not.toMatch(PLACEHOLDER);
      });
    }
  });

  it("reads as a Welsh speaker would write it (a sample, checked by hand)", () => {
    const welsh = (name: string) => issuesOf(thrown(REFUSALS[name] as Refusal, "cy").issues)[0];
    expect(welsh("another version of the policy")).toEqual({
      code: "wrong-version",
      path: "policyVersion",
      message: 'Codwyd yr achos dan fersiwn "Revised: March 2020" y polisi swindon, nid "Revised: March 2024": aseswch yr achos yn erbyn y fersiwn y mae\'n ei nodi.',
    });
    expect(welsh("resolving at a stage the case is not at")?.message).toBe("Mae'r achos yng Ngham 1, nid yng Ngham 3: dim ond yn ei gam presennol y gellir ei ddatrys.");
    expect(welsh("skipping a stage of a policy with no routes")?.message).toBe(
      "Mae mynd i Gam 3 yn hepgor Cam 2; dim ond drwy un o'i lwybrau y mae'r polisi'n caniatáu hynny (nid oes ganddo lwybr), ac nid oes yr un yn berthnasol i'r achos hwn.",
    );
    expect(welsh("an action due before it was agreed")?.message).toBe("Mae'r weithred yn ddyledus ar 2026-12-23, cyn iddi gael ei chytuno (2026-12-24).");
    expect(welsh("a flag raised that the case had from the start")?.message).toBe('Mae\'r achos eisoes yn dwyn y faner "time-pressure" o\'r dechrau (yn y maes flags): dim ond unwaith y codir baner.');
    expect(welsh("an event after the assessment date")).toEqual({ code: "event-after-as-of", path: "events[0].on", message: "Mae'r digwyddiad hwn (2026-12-29) ar ôl dyddiad yr asesiad, 2026-12-24." });
    expect(welsh("an id too long")?.message).toBe("Caniateir 64 nod ar y mwyaf.");
    expect(welsh("a number for an id")?.message).toBe("Disgwyliwyd testun, cafwyd 5.");
    expect(welsh("an unknown field of an event")?.message).toBe(
      'Nid yw "by" yn un o feysydd digwyddiad "stage-entered"; y meysydd yw: type, stage, raisedWith, outcome, on.',
    );
    expect(thrown(REFUSALS["an unknown duty"] as Refusal, "cy").message).toBe(
      "Nid yw'r achos yn ddilys: events[0].duty: Nid yw \"tea\" yn un o ddyletswyddau na llwybrau swindon, nac yn weithred a gytunwyd yn gynharach yn yr achos.",
    );
  });

  it("leaves the English as it was: the default, and with lang \"en\"", () => {
    const refusal = REFUSALS["resolving at a stage the case is not at"] as Refusal;
    expect(thrown(refusal, "en").message).toBe("The case is not valid: events[0].stage: The case is at Stage 1, not Stage 3: it can only be resolved at its current stage.");
    expect(() => assess(swindon, refusal.input as never, ASSESSED_ON)).toThrow("The case is not valid: events[0].stage: The case is at Stage 1, not Stage 3: it can only be resolved at its current stage.");
    const parsed = parseCase(refusal.input, swindon);
    expect(parsed.success ? [] : parsed.errors.map((one) => one.message)).toEqual(["The case is at Stage 1, not Stage 3: it can only be resolved at its current stage."]);
  });

  it("refuses a language it does not write, as the other options do", () => {
    expect(() => parseCase(record([]), swindon, { lang: "fr" as never })).toThrow(/lang must be "en" \(English\) or "cy" \(Welsh\)/);
    expect(() => parseCase(record([]), swindon, { language: "cy" } as never)).toThrow(/language/);
    expect(() => triage(swindon, record([]) as never, ASSESSED_ON, { lang: "CY" as never })).toThrow(/lang must be/);
    expect(() => new InvalidCaseError([], { lang: "fr" as never })).toThrow(/lang must be/);
  });

  it("makes its summary by hand in the language given, as InvalidPolicyError does", () => {
    const { issues } = thrown(REFUSALS["an unknown duty"] as Refusal, "cy");
    expect(new InvalidCaseError(issues, { lang: "cy" }).message).toBe(thrown(REFUSALS["an unknown duty"] as Refusal, "cy").message);
    expect(new InvalidCaseError(thrown(REFUSALS["an unknown duty"] as Refusal, "en").issues).message).toBe(
      'The case is not valid: events[0].duty: "tea" is not a duty or route of swindon, nor an action agreed earlier in the case.',
    );
  });
});

describe("a case checked in one language, then in the other", () => {
  it("gives each check its own words: a refused case is checked again in the language asked for", () => {
    const input = record([{ type: "duty-done", duty: "tea", on: "2026-12-29" }]);
    const first = parseCase(input, swindon);
    const second = parseCase(input, swindon, { lang: "cy" });
    const third = parseCase(input, swindon);
    const messages = (result: ReturnType<typeof parseCase>) => (result.success ? [] : result.errors.map((one) => one.message));
    expect(messages(first)).toEqual(['"tea" is not a duty or route of swindon, nor an action agreed earlier in the case.']);
    expect(messages(second)).toEqual(["Nid yw \"tea\" yn un o ddyletswyddau na llwybrau swindon, nac yn weithred a gytunwyd yn gynharach yn yr achos."]);
    expect(messages(third)).toEqual(messages(first));
    // The same object, refused by the engine in English and then in Welsh.
    expect(() => assess(swindon, input as never, ASSESSED_ON)).toThrow(/^The case is not valid: /);
    expect(() => triage(swindon, input as never, ASSESSED_ON, { lang: "cy" })).toThrow(/^Nid yw'r achos yn ddilys: /);
    expect(() => forecast(swindon, input as never, ASSESSED_ON)).toThrow(/^The case is not valid: /);
  });

  it("gives a case accepted in English its refusal on a date in Welsh, and the other way round", () => {
    const input = record([entered("stage-2", "2026-12-29")]);
    const english = parseCase(input, swindon);
    const welsh = parseCase(input, swindon, { lang: "cy" });
    expect(english.success && welsh.success).toBe(true);
    if (!english.success || !welsh.success) return;
    // Accepted once, the case is taken again without checking; what is found on a date is written then.
    expect(() => assess(swindon, english.case, "2026-12-24", { lang: "cy" })).toThrow("Nid yw'r achos yn ddilys: events[0].on: Mae'r digwyddiad hwn (2026-12-29) ar ôl dyddiad yr asesiad, 2026-12-24.");
    expect(() => triage(swindon, welsh.case, "2026-12-24")).toThrow("The case is not valid: events[0].on: This event (2026-12-29) is after the assessment date 2026-12-24.");
    expect(() => forecast(swindon, english.case, "2026-12-22", { lang: "cy" })).toThrow(
      "Nid yw'r achos yn ddilys: raisedOn: Cododd yr anghytundeb ar 2026-12-23, ar ôl dyddiad yr asesiad, 2026-12-22: nid oes dim i'w asesu eto.",
    );
  });

  it("never changes the issues it gave: each call's are its own", () => {
    const input = record([{ type: "duty-done", duty: "tea", on: "2026-12-29" }]);
    const english = parseCase(input, swindon);
    const before = english.success ? [] : english.errors.map((one) => one.message);
    parseCase(input, swindon, { lang: "cy" });
    expect(english.success ? [] : english.errors.map((one) => one.message)).toEqual(before);
  });
});

describe("the case issues' catalogue (src/messages/caseIssues)", () => {
  it("has the same keys in each language", () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it("gives every form of a message the same placeholders, writes braces only as placeholders, and the plural forms of each language", () => {
    expect(placeholderMismatches(catalogues)).toEqual([]);
    expect(strayBraces(catalogues)).toEqual([]);
    expect(pluralFormMistakes(catalogues)).toEqual([]);
  });

  it("holds no message the code does not name (by its key, or by a key made from its prefix)", () => {
    const code = ["engine/caseChecks.ts", "engine/caseShape.ts", "engine/caseLadder.ts", "engine/case.ts", "engine/facts.ts"].map((file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8")).join("\n");
    expect(Object.keys(catalogues.en).filter((key) => !code.includes(`"${key}"`) && !code.includes(`\`${key.slice(0, key.lastIndexOf(".") + 1)}\${`))).toEqual([]);
  });

  it("accounts for every Welsh string in cy-review.json exactly once, each with a note", () => {
    expect(reviewListMistakes(catalogues.cy, review)).toEqual([]);
  });
});
