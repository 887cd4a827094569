// A case's events read onto its ladder: the one reading assess, triage and
// forecast share, so that they make the same checks, in the same order, with
// the same errors, and read every event alike.
import type { IsoDate } from "../calendar/isoDate.js";
import { toDayNumber } from "../calendar/isoDate.js";
import { caseIssue } from "../messages/caseIssues.js";
import type { Language } from "../messages/language.js";
import type { Case, CaseEvent } from "./case.js";
import type { CalendarInUse, CaseView, CompiledPolicy } from "./compile.js";
import { viewOf } from "./compile.js";
import { InvalidCaseError, ladderInput } from "./facts.js";
import { Ladder, type LadderInput } from "./ladder.js";

/** @internal An action the parties agreed in the case: its agreed due date as a day number, and the stage the case was at. */
export interface AgreedDue {
  readonly event: Extract<CaseEvent, { type: "action-agreed" }>;
  readonly due: number;
  readonly stage: number;
}

/** @internal A case read onto its ladder on a date. */
export interface CaseLadder {
  /** The facts every date depends on, as day numbers. */
  readonly input: LadderInput;
  readonly view: CaseView;
  /** Not yet walked: walk it as far as the reader needs. */
  readonly ladder: Ladder;
  /** The position of the stage the case is at. */
  readonly current: number;
  /** Agreed actions not yet done, in the order agreed; undefined when there are none. */
  readonly agreed: readonly AgreedDue[] | undefined;
  /** Whether the clock is stopped on the date (stopped and not restarted). */
  readonly clockStopped: boolean;
}

/**
 * @internal Reads a checked case's events onto a new ladder: the facts as
 * day numbers (a clock still stopped counting to `today`), the stages
 * entered, steps and duties done, named events, resolution and agreed actions.
 * @throws {@link InvalidCaseError} when the case arose, or has an event, after `asOf` (its issue written in `lang`)
 */
export function readCaseLadder(compiled: CompiledPolicy, checked: Case, today: number, asOf: IsoDate, calendar: CalendarInUse, lang: Language = "en"): CaseLadder {
  const input = ladderInput(checked, compiled.priorityIndex, today);
  if (input.raisedOn > today) throw new InvalidCaseError([caseIssue(lang, "raised-after-as-of", ["raisedOn"], { raisedOn: checked.raisedOn, asOf })], { lang });
  return onLadder(compiled, checked, input, today, asOf, calendar, lang);
}

/**
 * @internal The same case read again as if assessed on a later day: only
 * a clock still stopped reads differently (it counts to that day). The case
 * was read on an earlier day already, so no check can fail.
 */
export function rereadCaseLadder(compiled: CompiledPolicy, checked: Case, today: number, calendar: CalendarInUse): CaseLadder {
  return onLadder(compiled, checked, ladderInput(checked, compiled.priorityIndex, today), today, "", calendar, "en");
}

function onLadder(compiled: CompiledPolicy, checked: Case, input: LadderInput, today: number, asOf: IsoDate, calendar: CalendarInUse, lang: Language): CaseLadder {
  const view = viewOf(compiled, input);
  const ladder = new Ladder(compiled, calendar.index, input, view);
  const { events } = checked;
  let current = -1;
  let agreed: AgreedDue[] | undefined;
  for (let e = 0; e < events.length; e++) {
    const event = events[e] as CaseEvent;
    const day = toDayNumber(event.on, "event date");
    if (day > today) throw new InvalidCaseError([caseIssue(lang, "event-after-as-of", ["events", e, "on"], { on: event.on, asOf })], { lang });
    switch (event.type) {
      case "stage-entered": {
        const position = compiled.stagePosition.get(event.stage) as number;
        ladder.enter(position, day);
        if (position > current) current = position;
        break;
      }
      case "step-done":
        ladder.markStepDone(compiled.stepIndex.get(event.step) as number, day);
        break;
      case "duty-done": {
        const done = compiled.doneIndex.get(event.duty);
        if (done !== undefined) ladder.markDone(done);
        else if (agreed !== undefined) agreed = agreed.filter((action) => action.event.action !== event.duty);
        break;
      }
      case "action-agreed":
        (agreed ??= []).push({ event, due: toDayNumber(event.due, "due"), stage: current < 0 ? view.firstLive : current });
        break;
      case "happened":
        ladder.happened(compiled.eventIndex.get(event.event) as number, day);
        break;
      case "resolved":
        ladder.resolve(compiled.stagePosition.get(event.stage) as number, day);
        break;
      default:
      // flagged and clock events were read with the facts: flags with their days, and the clock's stops
    }
  }
  // Before any stage is entered, the case is at the first stage the ladder reaches.
  if (current < 0) for (let position = 0; position < compiled.stages.length && current < 0; position++) if (!ladder.skipped(position)) current = position;
  const { stops } = input;
  return { input, view, ladder, current, agreed: agreed === undefined || agreed.length === 0 ? undefined : agreed, clockStopped: stops.length > 0 && stopStillOpen(checked) };
}

/** Whether the case's last clock event stopped it. */
function stopStillOpen(checked: Case): boolean {
  for (let e = checked.events.length - 1; e >= 0; e--) {
    const type = (checked.events[e] as CaseEvent).type;
    if (type === "clock-stopped") return true;
    if (type === "clock-restarted") return false;
  }
  return false;
}
