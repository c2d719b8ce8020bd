-- Version 1: sessions and their steps.
-- Times are Unix milliseconds (UTC instants): they sort and index as
-- integers, and calendar days are worked out in the reader's zone.
CREATE TABLE sessions (
	id          INTEGER PRIMARY KEY,
	started_at  INTEGER NOT NULL,
	ended_at    INTEGER,                 -- NULL while the session is open
	routine     TEXT    NOT NULL,
	phase       TEXT    NOT NULL DEFAULT '',
	outcome     TEXT    NOT NULL DEFAULT '',
	pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
	pain_after  INTEGER CHECK (pain_after BETWEEN 0 AND 10),
	note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_start ON sessions (started_at);
-- Open sessions are few; the partial index keeps CloseAbandoned instant.
CREATE INDEX sessions_open ON sessions (id) WHERE ended_at IS NULL;

CREATE TABLE steps (
	id         INTEGER PRIMARY KEY,
	session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	exercise   TEXT    NOT NULL,
	side       TEXT    NOT NULL DEFAULT '',
	set_no     INTEGER NOT NULL,
	planned    INTEGER NOT NULL,
	done       INTEGER NOT NULL,
	unit       TEXT    NOT NULL CHECK (unit IN ('s', 'reps')),
	completed  INTEGER NOT NULL CHECK (completed IN (0, 1)),
	at         INTEGER NOT NULL
);
-- Loading a session's steps in write order is one index range scan.
CREATE INDEX steps_by_session ON steps (session_id, id);
