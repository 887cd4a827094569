-- The nightly sweep's tables. Cases are kept as a case-management system
-- keeps them: the record exactly as parseCase accepts it, with the policy
-- it follows. The sweep's two tables are written afresh for each night.

CREATE TABLE cases (
  id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id text  NOT NULL,
  record    jsonb NOT NULL,
  -- A case is closed once a resolution is recorded; the sweep reads open cases only.
  open      boolean GENERATED ALWAYS AS (NOT jsonb_path_exists(record, '$.events[*] ? (@.type == "resolved")')) STORED,
  CONSTRAINT record_names_its_policy CHECK (record ->> 'policy' = policy_id)
);
CREATE INDEX cases_open ON cases (id) WHERE open;

-- Cases whose assessment changes tomorrow (triage's nextChange): someone
-- should look at them before it does. `state` and `nearest_*` (the most
-- pressing deadline still open, passed or not) are as of the night swept.
CREATE TABLE reminders (
  sweep_on     date    NOT NULL,
  case_id      integer NOT NULL REFERENCES cases (id),
  remind_on    date    NOT NULL,
  stage_id     text    NOT NULL,
  state        text    NOT NULL,
  nearest_kind text,
  nearest_id   text,
  nearest_due  date,
  PRIMARY KEY (sweep_on, case_id)
);

-- Cases that had to be escalated and are late: the time a route or an
-- escalate-by limit gives has passed (escalation_late), or the current
-- stage is overdue with a next stage or final body to go to (stage_overdue).
-- See README.md for the exact rule.
CREATE TABLE overdue_escalations (
  sweep_on        date    NOT NULL,
  case_id         integer NOT NULL REFERENCES cases (id),
  stage_id        text    NOT NULL,
  stage_due       date,
  escalation_late boolean NOT NULL,
  stage_overdue   boolean NOT NULL,
  PRIMARY KEY (sweep_on, case_id),
  CHECK (escalation_late OR stage_overdue)
);

-- Stored cases the sweep could not triage, with the reason; the sweep goes on without them.
CREATE TABLE refused_cases (
  sweep_on date    NOT NULL,
  case_id  integer NOT NULL REFERENCES cases (id),
  reason   text    NOT NULL,
  PRIMARY KEY (sweep_on, case_id)
);
