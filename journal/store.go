package journal

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// Store is an open journal. Its methods are safe for concurrent use; a nil
// *Store (the app running without a journal) answers every call with
// ErrUnavailable instead of panicking.
type Store struct {
	db     *sql.DB
	path   string
	notice *DamagedNotice
	now    func() time.Time

	mu sync.Mutex
	// mine holds the sessions this Store started and has not finished, so
	// CloseAbandoned never closes a session that is still running here.
	mine map[int64]bool
}

// DamagedNotice tells that Open found a damaged journal, moved it (and its
// -wal/-shm files) aside to KeptAt, and started a fresh one at Path. The
// old file is never deleted; a physiotherapist or a helpful relative may
// still recover something from it.
type DamagedNotice struct {
	Path, KeptAt string
	Err          error // what was wrong with it
}

// busyTimeout is how long a write waits for another rygtimer process that
// holds the write lock. Writes are tiny, so 5 s is far more than enough
// and still short enough that a stuck process surfaces as an error.
const busyTimeout = 5 * time.Second

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// clock is the time source for names of moved-aside files and for writes
// whose At is zero; tests replace it.
var clock = time.Now

// Open opens (creating if need be) the journal at path, migrating it to
// the current schema. A damaged file is moved aside and a fresh journal
// started (see Notice); a journal that cannot be reached at all returns an
// error wrapping ErrUnavailable. Open does no more than a quick check of
// the file, so it stays fast for years of history; run it off the UI
// thread all the same.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, unavailable(path, err)
	}
	s, err := open(ctx, abs, 0)
	var d *damagedError
	if !errors.As(err, &d) {
		return s, err
	}
	kept, qerr := quarantine(abs)
	if qerr != nil {
		return nil, unavailable(abs, fmt.Errorf("it is damaged (%v) and could not be moved aside: %w", d.err, qerr))
	}
	s, err = open(ctx, abs, 0)
	if err != nil {
		if errors.As(err, &d) {
			// A file we just created cannot be damaged; something else
			// is wrong with the location.
			return nil, unavailable(abs, d.err)
		}
		return nil, err
	}
	s.notice = &DamagedNotice{Path: abs, KeptAt: kept, Err: d.err}
	return s, nil
}

// damagedError carries the reason a journal file was judged damaged from
// open to Open, which moves the file aside.
type damagedError struct{ err error }

func (e *damagedError) Error() string { return "journal damaged: " + e.err.Error() }

// open opens the journal at abs and migrates it to version target (all
// migrations when target is 0; tests use lower targets to build old
// journals).
func open(ctx context.Context, abs string, target int) (*Store, error) {
	if err := ensureDir(filepath.Dir(abs)); err != nil {
		return nil, unavailable(abs, err)
	}
	if err := precheck(abs); err != nil {
		return nil, err
	}
	db, err := connect(ctx, abs, target)
	if err != nil {
		var d *damagedError
		if damaged(err) {
			return nil, &damagedError{err}
		}
		if errors.As(err, &d) {
			return nil, err
		}
		return nil, unavailable(abs, err)
	}
	// SQLite gives the -wal and -shm files the main file's mode, but a
	// journal made by an older build or copied in may be wider: tighten
	// all three. Health data is nobody else's business.
	for _, p := range []string{abs, abs + "-wal", abs + "-shm"} {
		if err := os.Chmod(p, 0o600); err != nil && !errors.Is(err, os.ErrNotExist) {
			db.Close()
			return nil, unavailable(abs, err)
		}
	}
	return &Store{db: db, path: abs, now: clock, mine: map[int64]bool{}}, nil
}

// connect opens the database and runs setup, retrying for up to
// busyTimeout when another process is opening the same journal at the same
// moment. Two processes converting a brand-new file to WAL race inside
// SQLite in ways the busy handler does not cover (SQLITE_BUSY at once, or
// an I/O error about a rollback journal the other process just deleted);
// a moment later the file is settled and the retry succeeds.
func connect(ctx context.Context, abs string, target int) (*sql.DB, error) {
	deadline := time.Now().Add(busyTimeout)
	wait := 5 * time.Millisecond
	for {
		db, err := sql.Open("sqlite", dsn(abs))
		if err != nil {
			return nil, err
		}
		// One connection: writes are rare and tiny, reads take
		// milliseconds, and a single connection keeps this process's
		// statements in order (a step written before the finish is
		// committed before it). Concurrency with other processes is
		// SQLite's file locking plus the busy timeout.
		db.SetMaxOpenConns(1)
		err = setup(ctx, db, target)
		if err == nil {
			return db, nil
		}
		db.Close()
		if !transient(err) || time.Now().After(deadline) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
}

// dsn builds the driver's data source name. The path goes in as a file:
// URI with escaping so that a '?' or '#' in a folder name cannot be taken
// for parameters. _txlock=immediate makes every transaction take the
// write lock at BEGIN: with two processes writing, a deferred transaction
// that later upgrades would fail with SQLITE_BUSY at once instead of
// waiting out the busy timeout.
func dsn(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	// FULL: each commit is on the disk before the call returns. Writes are
	// one every few seconds at most, so the fsync costs nothing noticeable
	// and a power cut loses no more than kill -9 does.
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("_txlock", "immediate")
	return u.String() + "?" + q.Encode()
}

// precheck makes sure the file can be opened for reading and writing
// (creating it with mode 0600 so it is never briefly readable by others)
// and that a non-empty file at least starts like a SQLite database.
func precheck(abs string) error {
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return unavailable(abs, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && (err == io.EOF || err == nil):
		return nil // empty: SQLite treats it as a new database
	case err != nil && err != io.ErrUnexpectedEOF:
		return unavailable(abs, err)
	case !bytes.Equal(head[:n], sqliteMagic):
		return &damagedError{errors.New("the file is not a SQLite database")}
	}
	return nil
}

// setup checks the file, switches it to WAL and migrates it. The quick
// check runs before anything is written, so a damaged journal is judged
// as found.
func setup(ctx context.Context, db *sql.DB, target int) error {
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return err
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		if len(problems) > 3 {
			problems = append(problems[:3], "…")
		}
		return &damagedError{fmt.Errorf("the integrity check failed: %s", strings.Join(problems, "; "))}
	}
	// WAL lets the history screen read while a session writes, and makes
	// each commit a single append. The mode is stored in the file, so
	// setting it once per open is enough for every later connection.
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return err
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal: the file system does not support WAL (journal mode %q)", mode)
	}
	return migrate(ctx, db, target)
}

// Close closes the journal. Closing a nil Store is a no-op.
func (s *Store) Close() error {
	if s == nil {
		return nil
	}
	return s.db.Close()
}

// Path returns the absolute path of the journal file.
func (s *Store) Path() string {
	if s == nil {
		return ""
	}
	return s.path
}

// Notice is non-nil when Open found a damaged journal and moved it aside.
func (s *Store) Notice() *DamagedNotice {
	if s == nil {
		return nil
	}
	return s.notice
}
