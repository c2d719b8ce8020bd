-- Version 3: how far the pain reached at check-in and at check-out
-- ('' = not answered; back, buttock_thigh, below_knee, foot), and
-- whether a step was an exercise skipped with s (a physiotherapist reads
-- "skipped the bridge" differently from "cut the bridge short").
ALTER TABLE sessions ADD COLUMN pain_reach_before TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN pain_reach_after  TEXT NOT NULL DEFAULT '';
ALTER TABLE steps    ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));
-- The steps that did some work, per session: `rygtimer status` counts a
-- streak of years from this partial index alone (Store.ExercisedStarts).
CREATE INDEX steps_with_work ON steps (session_id) WHERE skipped = 0 AND (completed = 1 OR done > 0);
