// Actions the parties agree, with their own dates: Trafford's "written confirmation between
// the parties about any agreed outcome of the disagreement, the timescales for responses /
// actions". assess owes them as duties, dated as agreed, with the agreement as the source.
import { describe, expect, it } from "vitest";
import { assess, parseCase, policies } from "../../src/index.js";

const trafford = policies.trafford;
const agreedOn = { type: "action-agreed", action: "share-care-plan", what: "Health shares the updated care plan with adult social care.", due: "2027-01-08", on: "2027-01-04" } as const;

describe("agreed actions", () => {
  it("are owed, dated as agreed, until done", () => {
    const record = { policy: "trafford", raisedOn: "2027-01-04", events: [agreedOn] } as const;
    const owed = assess(trafford, record, "2027-01-05").duties.find((duty) => duty.id === "share-care-plan");
    expect(owed).toMatchObject({ kind: "agreed-action", due: "2027-01-08", overdue: false, stage: "stage-1", to: [] });
    expect(owed?.limit).toMatchObject({ text: "by Friday 8 January 2027, as agreed by the parties on Monday 4 January 2027", section: "Agreed by the parties", quote: agreedOn.what });
    // Monday 11 January: past the agreed Friday.
    expect(assess(trafford, record, "2027-01-11").duties.find((duty) => duty.id === "share-care-plan")?.overdue).toBe(true);
    const done = { ...record, events: [agreedOn, { type: "duty-done", duty: "share-care-plan", on: "2027-01-07" }] } as const;
    expect(assess(trafford, done, "2027-01-11").duties.map((duty) => duty.id)).not.toContain("share-care-plan");
  });

  it("stay owed after the disagreement is resolved", () => {
    const record = { policy: "trafford", raisedOn: "2027-01-04", events: [{ type: "resolved", stage: "stage-1", on: "2027-01-04" }, agreedOn] } as const;
    expect(assess(trafford, record, "2027-01-05").duties.map((duty) => duty.id)).toContain("share-care-plan");
  });

  it("are refused when their id is taken, they are due before they were agreed, or done before agreed", () => {
    const codes = (events: unknown[]) => {
      const result = parseCase({ policy: "trafford", raisedOn: "2027-01-04", events }, trafford);
      return result.success ? [] : result.errors.map((found) => [found.code, found.path.join(".")]);
    };
    expect(codes([agreedOn, agreedOn])).toContainEqual(["duplicate-id", "events.1.action"]);
    expect(codes([{ ...agreedOn, due: "2027-01-01" }])).toEqual([["due-before-agreed", "events.0.due"]]);
    expect(codes([{ type: "duty-done", duty: "share-care-plan", on: "2027-01-04" }, agreedOn])).toEqual([["unknown-duty", "events.0.duty"]]);
  });
});
