package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
)

// ErrNoJournal is returned by OpenReadOnly when there is no journal file
// yet: nothing has been recorded, which a reading command shows as "no
// sessions", not as a failure. It wraps fs.ErrNotExist.
var ErrNoJournal = fmt.Errorf("journal: no journal yet: %w", fs.ErrNotExist)

// OpenReadOnly opens the journal at path for reading only, for commands
// that print or export it: they must work on a read-only disk, a journal
// the user made 0400, or a full disk, and must change nothing. It never
// creates, migrates, converts, moves aside or re-modes anything; a missing
// file returns ErrNoJournal and creates nothing. A journal from an older
// rygtimer is read as it is. Writes on the Store fail.
//
// A journal with no write-ahead log beside it (nobody has it open, and
// nothing is waiting to be read from a log) is read as immutable: SQLite
// then takes no locks and creates no -wal or -shm file, which a read-only
// folder or disk would refuse and a 0400 journal would leave with modes
// that lock the app out later. When a log exists, rygtimer is writing or
// was killed mid-session, and the reader goes through SQLite's locks
// (mode=ro) so it sees the latest sessions whole.
func OpenReadOnly(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := newOptions(opts)
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, unavailable(path, err)
	}
	if _, err := precheck(abs, false); err != nil {
		var d *damagedError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, ErrNoJournal
		case errors.As(err, &d):
			// Kept whole, so that IsDamaged knows it.
			return nil, &UnavailableError{Path: abs, Reason: reason(d.err), Err: d}
		}
		return nil, err
	}
	db, version, err := connectReadOnly(ctx, abs, !exists(abs+"-wal"))
	if err != nil {
		return nil, unavailable(abs, err)
	}
	return &Store{db: db, path: abs, now: o.now, mine: map[int64]bool{}, version: version}, nil
}

// connectReadOnly opens abs read-only and returns its schema version.
func connectReadOnly(ctx context.Context, abs string, immutable bool) (*sql.DB, int, error) {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Set("_query_only", "1")
	db, err := sql.Open("sqlite", u.String()+"?"+q.Encode())
	if err != nil {
		return nil, 0, err
	}
	db.SetMaxOpenConns(1)
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return nil, 0, err
	}
	if known := SchemaVersion(); version > known {
		db.Close()
		return nil, 0, errNewerSchema{version, known}
	}
	return db, version, nil
}
