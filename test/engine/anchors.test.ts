// A limit that runs from a named event of the case (test/fixtures/policies/anchors.json):
// "Within 48 hours (two working days) of the initial discussion, an agreed action plan should
// be developed". Dates counted by hand on the England and Wales calendar: 25 and 28 December
// 2026 and 1 January 2027 are bank holidays.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess, parseCase, parsePolicy, policies as policiesById, schedule, type Policy } from "../../src/index.js";
import { scheduledStage } from "./helpers.js";

const definition = JSON.parse(readFileSync(new URL("../fixtures/policies/anchors.json", import.meta.url), "utf8")) as Record<string, unknown>;
const parsed = parsePolicy(definition);
const policy = (parsed.success ? parsed.policy : undefined) as Policy;
const record = (events: unknown[]) => ({ policy: "anchors", raisedOn: "2026-12-23", events });

describe("a limit that runs from a named event", () => {
  it("parses", () => expect(parsed.success ? [] : parsed.errors).toEqual([]));

  it("is open until the event happens: no date is invented", () => {
    expect(scheduledStage(schedule(policy, { raisedOn: "2026-12-23" }), 1).steps[0]?.due).toBeNull();
    expect(assess(policy, record([]) as never, "2026-12-23").step).toMatchObject({ id: "action-plan", due: null, overdue: false });
  });

  it("runs from the day it happened", () => {
    // The initial discussion on Thu 24 Dec: 48 hours from the start of that day end within Fri 25 Dec.
    const result = assess(policy, record([{ type: "happened", event: "initial-discussion", on: "2026-12-24" }]) as never, "2026-12-24");
    expect(result.step).toMatchObject({ id: "action-plan", due: "2026-12-25" });
    expect(result.explanation.join(" ")).not.toContain("initial-discussion");
    // On Thu 31 Dec: due Fri 1 Jan 2027 (New Year's Day: hours run on the clock).
    expect(assess(policy, record([{ type: "happened", event: "initial-discussion", on: "2026-12-31" }]) as never, "2027-01-04").step).toMatchObject({ due: "2027-01-01", overdue: true });
  });

  it("words the anchor as the policy names it", () => {
    const plan = schedule(policy, { raisedOn: "2026-12-23" });
    expect(scheduledStage(plan, 1).steps[0]?.limit?.text).toBe("within 48 hours of the initial discussion");
  });

  it("is refused when the policy does not declare it, or the case names another", () => {
    const copy = structuredClone(definition) as { events: unknown[] };
    copy.events = [];
    const refused = parsePolicy(copy);
    expect(refused.success ? [] : refused.errors.map((e) => [e.code, e.path.join(".")])).toContainEqual(["unknown-event", "stages.0.steps.0.limit.from.event"]);
    const unknown = parseCase(record([{ type: "happened", event: "first-discussion", on: "2026-12-24" }]), policy);
    expect(unknown.success ? [] : unknown.errors.map((e) => [e.code, e.path.join(".")])).toEqual([["unknown-event", "events.0.event"]]);
    const twice = parseCase(record([{ type: "happened", event: "initial-discussion", on: "2026-12-24" }, { type: "happened", event: "initial-discussion", on: "2026-12-29" }]), policy);
    expect(twice.success ? [] : twice.errors.map((e) => e.code)).toEqual(["happened-twice"]);
  });
});

describe("a limit capped by the risk deadline, before what it runs from has happened", () => {
  // Mid and West Wales 3.2: meet "within 5 working days, or within a timescale that protects
  // the adult/child from harm, whichever is less", from the written concerns (a named event).
  const mww = policiesById["mid-and-west-wales"];
  it("is due by the risk deadline whenever it starts", () => {
    // No written concerns recorded yet; the risk deadline is Wed 30 Dec 2026.
    const result = assess(mww, { policy: "mid-and-west-wales", raisedOn: "2026-12-23", subject: "child", riskDeadline: "2026-12-30", events: [] }, "2026-12-24");
    expect(result.step).toMatchObject({ id: "discuss-or-meet", due: "2026-12-30" });
    const step = scheduledStage(schedule(mww, { raisedOn: "2026-12-23", riskDeadline: "2026-12-30" }), 1).steps.find((candidate) => candidate.id === "discuss-or-meet");
    expect(step).toMatchObject({ due: "2026-12-30", governedBy: "risk-deadline" });
  });

  it("is open without a risk deadline", () => {
    expect(assess(mww, { policy: "mid-and-west-wales", raisedOn: "2026-12-23", events: [] }, "2026-12-24").step).toMatchObject({ id: "discuss-or-meet", due: null });
  });
});

describe("around Easter 2027", () => {
  it("counts hours from the event through Good Friday", () => {
    // The initial discussion on Thu 25 Mar 2027: 48 hours from the start of that day end within Fri 26 Mar (Good Friday).
    const easter = { ...record([{ type: "happened", event: "initial-discussion", on: "2027-03-25" }]), raisedOn: "2027-03-24" };
    expect(assess(policy, easter as never, "2027-03-25").step).toMatchObject({ due: "2027-03-26" });
  });
});
