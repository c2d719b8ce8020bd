package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrUnavailable is wrapped by the error Open returns when the journal
// cannot be used at all (no permission, read-only disk, a file where a
// folder should be, a journal from a newer rygtimer). The app then runs
// without saving and tells the patient so.
var ErrUnavailable = errors.New("journal unavailable")

// ErrNotFound is returned by writes to a session that does not exist.
var ErrNotFound = errors.New("journal: no such session")

// UnavailableError says which journal could not be used and why, in plain
// words. errors.Is(err, ErrUnavailable) holds, and the OS or SQLite error
// stays reachable through errors.Is/As too.
type UnavailableError struct {
	Path   string
	Reason string // plain words: "permission denied", "the disk is full", …
	Err    error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("the journal %s cannot be used: %s", e.Path, e.Reason)
}

func (e *UnavailableError) Unwrap() []error { return []error{ErrUnavailable, e.Err} }

func unavailable(path string, err error) error {
	var ue *UnavailableError
	if errors.As(err, &ue) {
		return err
	}
	return &UnavailableError{Path: path, Reason: reason(err), Err: err}
}

// reason turns an OS or SQLite error into words a patient can act on.
func reason(err error) string {
	var newer errNewerSchema
	if errors.As(err, &newer) {
		return newer.Error()
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		switch errno {
		case syscall.EACCES, syscall.EPERM:
			return "permission denied"
		case syscall.EROFS:
			return "the disk is read-only"
		case syscall.ENOSPC, syscall.EDQUOT:
			return "the disk is full"
		case syscall.ENOTDIR:
			return "a part of the path is a file, not a folder"
		case syscall.EISDIR:
			return "the path is a folder, not a file"
		case syscall.ENOENT:
			return "the folder does not exist"
		}
		return errno.Error()
	}
	if errors.Is(err, fs.ErrPermission) {
		return "permission denied"
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL:
			return "the disk is full"
		case sqlite3.SQLITE_READONLY:
			return "the file or its folder is read-only"
		case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
			return "permission denied"
		case sqlite3.SQLITE_CANTOPEN:
			return "the file cannot be opened"
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return "another program keeps the journal locked"
		case sqlite3.SQLITE_IOERR:
			return "the disk reported an error"
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return "the file is damaged"
		}
	}
	return err.Error()
}

// IsDamaged reports whether err says the journal file itself is damaged
// (not a SQLite database, or one that fails to read), as opposed to
// unreachable. Open sets such a file aside and begins a fresh journal; a
// reading command (OpenReadOnly) cannot, and can say so.
func IsDamaged(err error) bool {
	var d *damagedError
	return errors.As(err, &d) || damaged(err)
}

// damaged reports whether err means the file itself is broken (as opposed
// to unreachable), so it should be moved aside and a fresh journal begun.
func damaged(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return true
		}
	}
	return false
}

// transient reports whether err may go away on its own when another
// process finishes what it is doing with the file.
func transient(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_IOERR:
			return true
		}
	}
	return false
}

// writeErr wraps a failed write with what was being saved and why in plain
// words; the cause stays reachable with errors.Is/As.
func writeErr(what string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, ErrNotFound) {
		return err
	}
	return fmt.Errorf("journal: could not save the %s (%s): %w", what, reason(err), err)
}
