package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
	// version is the schema the file has: the current one for a Store
	// opened for writing, maybe an older one read as it is by
	// OpenReadOnly (0: an empty file, no tables yet).
	version int

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

// Option changes how Open and OpenReadOnly work.
type Option func(*options)

type options struct {
	now func() time.Time
}

// WithClock sets the time source for writes whose At is zero and for the
// names of damaged journals set aside. The default is time.Now.
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}

func newOptions(opts []Option) options {
	o := options{now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// openAttempts bounds how often Open starts again after another process
// set the same damaged journal aside first.
const openAttempts = 5

// Open opens (creating if need be) the journal at path, migrating it to
// the current schema. A damaged file is moved aside and a fresh journal
// started (see Notice); a journal that cannot be reached at all returns an
// error wrapping ErrUnavailable, as does a journal.db that is a symbolic
// link or not a regular file (it may be another program's database). Modes
// of existing paths are the user's and are left alone; a folder or file
// Open creates gets 0700 or 0600. Open does no more than a quick check of
// the file, so it stays fast for years of history; run it off the UI
// thread all the same.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, unavailable(path, err)
	}
	return openWritable(ctx, abs, 0, newOptions(opts))
}

// openWritable is Open for an absolute path and a schema version target
// (all migrations when 0; tests build old journals with lower ones).
func openWritable(ctx context.Context, abs string, target int, o options) (*Store, error) {
	if err := ensureDir(filepath.Dir(abs)); err != nil {
		return nil, unavailable(abs, err)
	}
	var notice *DamagedNotice
	for attempt := 1; ; attempt++ {
		s, err := open(ctx, abs, target, o)
		var d *damagedError
		if !errors.As(err, &d) {
			if s != nil {
				s.notice = notice
			}
			return s, err
		}
		if notice != nil || attempt >= openAttempts {
			// A file we just created cannot be damaged; something else
			// is wrong with the location.
			return nil, unavailable(abs, d.err)
		}
		kept, qerr := quarantine(abs, d.file, o.now())
		if errors.Is(qerr, errMovedByOther) {
			continue // another process set it aside first: open what it left
		}
		if qerr != nil {
			return nil, unavailable(abs, fmt.Errorf("it is damaged (%v) and could not be moved aside: %w", d.err, qerr))
		}
		notice = &DamagedNotice{Path: abs, KeptAt: kept, Err: d.err}
	}
}

// damagedError carries the reason a journal file was judged damaged, and
// which file it was, from open to Open, which moves the file aside.
type damagedError struct {
	err  error
	file os.FileInfo
}

func (e *damagedError) Error() string { return "journal damaged: " + e.err.Error() }

// open opens the journal at abs and migrates it to version target.
func open(ctx context.Context, abs string, target int, o options) (*Store, error) {
	fi, err := precheck(abs, true)
	if err != nil {
		return nil, err
	}
	db, err := connect(ctx, abs, target)
	if err != nil {
		var d *damagedError
		if errors.As(err, &d) {
			d.file = fi
			return nil, d
		}
		if damaged(err) {
			return nil, &damagedError{err: err, file: fi}
		}
		return nil, unavailable(abs, err)
	}
	version := target
	if version <= 0 {
		version = SchemaVersion()
	}
	return &Store{db: db, path: abs, now: o.now, mine: map[int64]bool{}, version: version}, nil
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
		return &damagedError{err: fmt.Errorf("the integrity check failed: %s", strings.Join(problems, "; "))}
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
