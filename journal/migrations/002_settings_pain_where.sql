-- Version 2: small key/value settings kept with the journal (first-run
-- acknowledgements and the like), where the pain was after a pain stop,
-- and which red flag a check-in answered yes to.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE sessions ADD COLUMN pain_where TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN red_flag   TEXT NOT NULL DEFAULT '';
