// Mid and West Wales (a Welsh board, under the Welsh Language Standards) in
// Welsh, around Christmas 2026: whole sentences of the explanation, limit
// summaries and text output, with dates worked out by hand.
//
// The Wales calendar, counting working days after Wed 23 Dec 2026 (as in
// test/engine/mid-and-west-wales.test.ts):
//   Thu 24 Dec 1; Fri 25 Christmas Day (Dydd Nadolig); Sat 26, Sun 27 weekend;
//   Mon 28 Boxing Day, substitute for Sat 26 (Dydd San Steffan, diwrnod amgen);
//   Tue 29 2, Wed 30 3, Thu 31 4; Fri 1 Jan New Year's Day (Dydd Calan);
//   Sat 2, Sun 3 weekend; Mon 4 5, Tue 5 6, Wed 6 7, Thu 7 8, Fri 8 9;
//   Sat 9, Sun 10 weekend; Mon 11 Jan 10.
// So 10 working days after Wed 23 Dec pass over three bank holidays and six
// weekend days, and give Mon 11 Jan 2027.
//
// The Welsh words are the catalogue's drafts (src/messages/cy.json), all
// marked for review by a Welsh speaker; the policy's own words (titles, roles,
// quotes) stay in English, as the board wrote them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptedCase } from "../engine/helpers.js";
import { assess, InvalidOptionsError, policies, renderAssessmentText, renderScheduleText, schedule, type Case } from "../../src/index.js";
import { bundledPolicies, casesFor, policyDefinitions } from "../../src/testing/index.js";

const policy = policies["mid-and-west-wales"];
const caseOf = (input: unknown): Case => acceptedCase(policy, input);
const cy = { lang: "cy" } as const;

const RAISED = "Mid and West Wales Safeguarding Board: multi-agency protocol for the resolution of professional differences, Mid and West Wales Safeguarding Board (CYSUR for children, CWMPAS for adults). Y dyddiad y cododd yr anghytundeb: dydd Mercher 23 Rhagfyr 2026.";
const STAGE_1 = "Cam 1 (Between the practitioners and/or staff members)";
const QUOTE_3_6 =
  "If the matter is not resolved at Stage 1 or within 10 working days, the individual practitioner and/ or staff members should bring the matter to the attention of their line managers, or appropriate manager within their organisation, who should have a discussion with relevant parties and/or convene a meeting.";
// Stage 1's 10 working days, counted as the header shows.
const COUNTED_FROM_23_DECEMBER =
  "Mae cyfrif 10 diwrnod gwaith ar ôl dydd Mercher 23 Rhagfyr 2026, gan hepgor dydd Gwener 25 Rhagfyr 2026 (Dydd Nadolig), dydd Llun 28 Rhagfyr 2026 (Dydd San Steffan, diwrnod amgen), dydd Gwener 1 Ionawr 2027 (Dydd Calan), 6 diwrnod penwythnos, yn rhoi dydd Llun 11 Ionawr 2027.";
const LINE_MANAGERS = "line manager, or appropriate manager, in the organisation raising the concern, line manager, or appropriate manager, in the other organisation";

describe("Mid and West Wales in Welsh: a disagreement about a child raised on Wed 23 December 2026", () => {
  // The concerns put in writing, asking to meet, on the day raised: the meeting is due on the 5th working day, Mon 4 Jan 2027.
  const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "child", events: [{ type: "happened", event: "concerns-in-writing", on: "2026-12-23" }] });

  it("Thu 7 Jan 2027: on track, two working days left (Fri 8, Mon 11), explained sentence by sentence", () => {
    const result = assess(policy, record, "2027-01-07", cy);
    expect(result.state).toBe("on-track");
    expect(result.limit?.text).toBe("o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb godi");
    expect(result.explanation).toEqual([
      RAISED,
      `Mae'r achos yn y cam hwn: ${STAGE_1}. Dyddiad dechrau'r cam: dydd Mercher 23 Rhagfyr 2026.`,
      `Terfyn y polisi: o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb godi. Mae'n dweud: "${QUOTE_3_6}" (3.6 Stage 2).`,
      `Y dyddiad y cododd yr anghytundeb: dydd Mercher 23 Rhagfyr 2026. ${COUNTED_FROM_23_DECEMBER}`,
      // Two: "2 ddiwrnod" (soft mutation after dau).
      `Mae ${STAGE_1} yn ddyledus erbyn diwedd dydd Llun 11 Ionawr 2027; heddiw, dydd Iau 7 Ionawr 2027, mae 2 ddiwrnod gwaith ar ôl (ar y trywydd iawn).`,
      `Os na chaiff ei ddatrys, mae'n mynd wedyn i'r lefel nesaf: Cam 2 (Line managers); pwy sy'n gweithredu: ${LINE_MANAGERS}.`,
    ]);
  });

  it("Fri 8 Jan: due soon, one working day left; Mon 11 Jan: due today", () => {
    expect(assess(policy, record, "2027-01-08", cy).explanation[4]).toBe(`Mae ${STAGE_1} yn ddyledus erbyn diwedd dydd Llun 11 Ionawr 2027; heddiw, dydd Gwener 8 Ionawr 2027, mae 1 diwrnod gwaith ar ôl (dyledus cyn hir).`);
    expect(assess(policy, record, "2027-01-11", cy).explanation[4]).toBe(`Mae ${STAGE_1} yn ddyledus erbyn diwedd dydd Llun 11 Ionawr 2027: heddiw.`);
  });

  it("Tue 12 Jan: overdue by one working day, escalation to Stage 2 required now; the text for a case note", () => {
    const result = assess(policy, record, "2027-01-12", cy);
    expect(result.escalateTo?.reason).toBe(`Mae ${STAGE_1} yn hwyr.`);
    expect(renderAssessmentText(result, cy)).toBe(
      [
        `YN HWYR: ${STAGE_1}, erbyn dydd Llun 11 Ionawr 2027`,
        "",
        `- ${RAISED}`,
        `- Mae'r achos yn y cam hwn: ${STAGE_1}. Dyddiad dechrau'r cam: dydd Mercher 23 Rhagfyr 2026.`,
        `- Terfyn y polisi: o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb godi. Mae'n dweud: "${QUOTE_3_6}" (3.6 Stage 2).`,
        `- Y dyddiad y cododd yr anghytundeb: dydd Mercher 23 Rhagfyr 2026. ${COUNTED_FROM_23_DECEMBER}`,
        `- Mae ${STAGE_1} yn ddyledus erbyn diwedd dydd Llun 11 Ionawr 2027; heddiw, dydd Mawrth 12 Ionawr 2027, mae'n hwyr o 1 diwrnod gwaith.`,
        `- Mae angen uwchgyfeirio'r achos nawr i'r lefel nesaf: Cam 2 (Line managers); pwy sy'n gweithredu: ${LINE_MANAGERS}. Mae ${STAGE_1} yn hwyr.`,
        "",
        // An overdue stage is escalated on the day assessed.
        "Uwchgyfeirio erbyn dydd Mawrth 12 Ionawr 2027: Cam 2 (Line managers).",
        "",
        // The meeting was due Mon 4 Jan (5 working days after Wed 23 Dec) and is not recorded as done.
        "Y cam gweithredu nesaf: Discuss or meet with the other party, as the written concerns ask, erbyn dydd Llun 4 Ionawr 2027 (yn hwyr)",
        "",
      ].join("\n"),
    );
  });

  it("resolved at Stage 1 on Mon 4 Jan under an unclear procedure: the referral within 10 working days, and an action the parties agreed", () => {
    // 10 working days after Mon 4 Jan: Tue 5 (1), Wed 6 (2), Thu 7 (3), Fri 8 (4), Mon 11 (5), Tue 12 (6),
    // Wed 13 (7), Thu 14 (8), Fri 15 (9), Mon 18 Jan (10).
    const resolved = caseOf({
      policy: "mid-and-west-wales",
      raisedOn: "2026-12-23",
      subject: "child",
      flags: ["unclear-procedure"],
      events: [
        { type: "action-agreed", action: "share-plan", what: "Share the safety plan with the school", due: "2027-01-06", on: "2027-01-04" },
        { type: "resolved", stage: "stage-1", on: "2027-01-04" },
      ],
    });
    const result = assess(policy, resolved, "2027-01-07", cy);
    expect(result.explanation[2]).toBe("Cafodd ei ddatrys ar y cam hwn. Dyddiad datrys: dydd Llun 4 Ionawr 2027. Mae'r hyn sy'n rhaid ei wneud ar ôl datrys wedi'i restru ymhlith y dyletswyddau.");
    const referral = result.duties.find((duty) => duty.id === "refer-procedure-issue");
    expect([referral?.due, referral?.limit?.text]).toEqual(["2027-01-18", "o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb gael ei ddatrys"]);
    const agreed = result.duties.find((duty) => duty.id === "share-plan");
    expect(agreed?.limit).toMatchObject({ text: "erbyn dydd Mercher 6 Ionawr 2027, fel y cytunwyd gan y partïon (dyddiad y cytundeb: dydd Llun 4 Ionawr 2027)", section: "Cytunwyd gan y partïon" });
    const text = renderAssessmentText(result, cy);
    expect(text.split("\n")[0]).toBe(`WEDI'I DDATRYS: ${STAGE_1}`);
    expect(text).toContain("\nDyletswyddau sy'n dal yn ddyledus:\n");
    expect(text).toContain("Sub Group. Erbyn dydd Llun 18 Ionawr 2027.\n");
    // Agreed for Wed 6 Jan, assessed on Thu 7 Jan: late.
    expect(text).toContain("- Share the safety plan with the school. Erbyn dydd Mercher 6 Ionawr 2027 (YN HWYR).\n");
  });
});

describe("Mid and West Wales in Welsh: Stage 3 entered on Wed 23 December 2026, with an earlier risk deadline", () => {
  // Raised Mon 30 Nov 2026; Stage 2 entered Mon 14 Dec; Stage 3 entered Wed 23 Dec, when Stage 2 completed. Its 10
  // working days (3.10) give Mon 11 Jan 2027 (header); the case's risk deadline, Tue 5 Jan 2027, is earlier and governs
  // ("whichever is sooner"). On Tue 29 Dec the working days left are Wed 30, Thu 31, Mon 4, Tue 5: four ("few" is 3 in
  // Welsh, 4 is "other": no mutation).
  const record = caseOf({
    policy: "mid-and-west-wales",
    raisedOn: "2026-11-30",
    subject: "adult",
    riskDeadline: "2027-01-05",
    events: [
      { type: "stage-entered", stage: "stage-2", on: "2026-12-14" },
      { type: "stage-entered", stage: "stage-3", on: "2026-12-23" },
    ],
  });

  it("says the risk deadline governs, in whole sentences", () => {
    const result = assess(policy, record, "2026-12-29", cy);
    expect([result.due, result.governedBy, result.escalateTo]).toEqual(["2027-01-05", "risk-deadline", null]);
    expect(result.explanation.slice(3)).toEqual([
      `Dyddiad cwblhau Cam 2 (Line managers): dydd Mercher 23 Rhagfyr 2026. ${COUNTED_FROM_23_DECEMBER}`,
      "Mae dyddiad terfyn risg yr achos, dydd Mawrth 5 Ionawr 2027, yn gynt na dyddiad y polisi, dydd Llun 11 Ionawr 2027, ac mae'n drech: mae'r terfyn yn dweud \"pa un bynnag sydd leiaf\".",
      "Mae Cam 3 (Review by agency senior managers) yn ddyledus erbyn diwedd dydd Mawrth 5 Ionawr 2027; heddiw, dydd Mawrth 29 Rhagfyr 2026, mae 4 diwrnod gwaith ar ôl (ar y trywydd iawn).",
    ]);
    // The policy covers children and adults, so its summary speaks of both.
    expect(result.limit?.text).toBe("o fewn 10 diwrnod gwaith ar ôl cwblhau Cam 2 (Line managers), neu'n gynt lle mae angen hynny i amddiffyn y plentyn neu'r oedolyn rhag niwed (pa un bynnag sydd leiaf)");
  });
});

describe("Mid and West Wales in Welsh: the schedule of a disagreement raised on Wed 23 December 2026", () => {
  // Stage 1: Mon 11 Jan 2027 (header). Stage 2 has no limit, so Stage 3 has no date yet. Flagged unclear-procedure:
  // the referral is projected 10 working days after Stage 1's last day, Mon 11 Jan: Mon 25 Jan 2027
  // (Tue 12 (1) ... Fri 15 (4), Mon 18 (5) ... Fri 22 (9), Mon 25 (10)).
  const plan = schedule(policy, { raisedOn: "2026-12-23", subject: "child", flags: ["unclear-procedure"] }, cy);

  it("gives the limits in Welsh and the dates as in English", () => {
    const english = schedule(policy, { raisedOn: "2026-12-23", subject: "child", flags: ["unclear-procedure"] });
    expect(plan.stages.map((stage) => stage.due)).toEqual(["2027-01-11", null, null]);
    expect(plan.stages.map((stage) => stage.due)).toEqual(english.stages.map((stage) => stage.due));
    expect(plan.stages[0]?.steps[0]?.limit?.text).toBe(
      "o fewn 5 diwrnod gwaith ar ôl y digwyddiad \"written concerns asking to discuss or meet\", neu'n gynt lle mae angen hynny i amddiffyn y plentyn neu'r oedolyn rhag niwed (pa un bynnag sydd leiaf)",
    );
  });

  it("writes the text a person reads in Welsh, line by line", () => {
    const lines = renderScheduleText(plan, cy).split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "mid-and-west-wales: dyddiad codi'r anghytundeb: dydd Mercher 23 Rhagfyr 2026 (calendr Cymru)",
      "",
      "Cam 1  Between the practitioners and/or staff members  erbyn dydd Llun 11 Ionawr 2027",
      "  o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb godi",
      "  pwy: the practitioner and/or staff member raising the concern; the individual with whom they have the professional difference",
      // The meeting runs from the written request, not yet made.
      "  cam gweithredu: Discuss or meet with the other party, as the written concerns ask: dim terfyn amser",
    ]);
    expect(lines).toContain(
      "  dyletswydd: Follow internal processes and refer the issue to the organisation's representative on the Regional Policies & Procedures Sub Group, who highlights it to the Board Business Unit for consideration by the Sub Group. Erbyn dydd Llun 25 Ionawr 2027.",
    );
    expect(lines).toContain("Cam 2  Line managers  dim terfyn amser");
    expect(lines).toContain("Cam 3  Review by agency senior managers  dim dyddiad eto: nid oes dyddiad i'r hyn y mae ei derfyn yn rhedeg ohono");
    expect(lines).toContain("  rhoi gwybod i: Statutory Director/Agency Senior Strategic Lead; Chair of the relevant Safeguarding Board: CYSUR (children)");
  });
});

describe("the lang option", () => {
  const record = caseOf({ policy: "mid-and-west-wales", raisedOn: "2026-12-23", events: [] });

  it("is English by default, and a Welsh call changes nothing English", () => {
    const before = assess(policy, record, "2027-01-12");
    const welsh = assess(policy, record, "2027-01-12", cy);
    expect(assess(policy, record, "2027-01-12")).toEqual(before);
    expect(assess(policy, record, "2027-01-12", { lang: "en" })).toEqual(before);
    expect(before.limit?.text).toBe("within 10 working days of the disagreement arising");
    expect(welsh.limit?.text).toBe("o fewn 10 diwrnod gwaith ar ôl i'r anghytundeb godi");
    expect(renderScheduleText(schedule(policy, { raisedOn: "2026-12-23" }), { lang: "en" })).toBe(renderScheduleText(schedule(policy, { raisedOn: "2026-12-23" })));
  });

  it("words a policy once per language: results in one language share its frozen summaries", () => {
    expect(assess(policy, record, "2027-01-12", cy).limit).toBe(assess(policy, record, "2027-01-12", cy).limit);
    expect(schedule(policy, { raisedOn: "2026-12-23" }, cy).stages[0]?.limit).toBe(assess(policy, record, "2027-01-12", cy).limit);
    expect(Object.isFrozen(assess(policy, record, "2027-01-12", cy).limit)).toBe(true);
  });

  it("refuses a language it does not have, in each function that takes one", () => {
    const message = 'lang must be "en" (English) or "cy" (Welsh); got "fr".';
    const fr = { lang: "fr" } as never;
    expect(() => assess(policy, record, "2027-01-12", fr)).toThrow(message);
    expect(() => schedule(policy, { raisedOn: "2026-12-23" }, fr)).toThrow(message);
    expect(() => renderScheduleText(schedule(policy, { raisedOn: "2026-12-23" }), fr)).toThrow(message);
    expect(() => renderAssessmentText(assess(policy, record, "2027-01-12"), fr)).toThrow(InvalidOptionsError);
    expect(() => renderAssessmentText(assess(policy, record, "2027-01-12"), { language: "cy" } as never)).toThrow(InvalidOptionsError);
  });
});

/** A result with its words taken out: what is left must not depend on the language. */
function withoutWords(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (["explanation", "text", "reason", "section"].includes(key) ? undefined : field)));
}

describe("Welsh changes only the words (random policies and cases)", () => {
  it("assess and schedule give the same dates, states and targets in both languages, and the Welsh renders", () => {
    fc.assert(
      fc.property(
        fc.oneof(bundledPolicies(), policyDefinitions()).chain((chosen) => casesFor(chosen).map((drawn) => ({ chosen, drawn }))),
        ({ chosen, drawn }) => {
          const english = assess(chosen, drawn.record, drawn.asOf);
          const welsh = assess(chosen, drawn.record, drawn.asOf, cy);
          expect(withoutWords(welsh)).toEqual(withoutWords(english));
          expect(welsh.explanation).toHaveLength(english.explanation.length);
          expect(renderAssessmentText(welsh, cy).length).toBeGreaterThan(0);
          // The case's facts, without its events (and without fields it leaves out: a fact given as undefined is refused).
          const { raisedOn, subject, riskDeadline, flags, priority } = drawn.record;
          const facts = { raisedOn, ...(subject === undefined ? {} : { subject }), ...(riskDeadline === undefined ? {} : { riskDeadline }), ...(flags === undefined ? {} : { flags }), ...(priority === undefined ? {} : { priority }) };
          expect(withoutWords(schedule(chosen, facts, cy))).toEqual(withoutWords(schedule(chosen, facts)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
