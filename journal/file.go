package journal

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// errSymlink and errNotRegular say why a journal.db is refused before
// SQLite ever sees it: a link may lead to another program's database (which
// would be switched to WAL and given rygtimer's tables), and a FIFO or a
// device would hang the open or feed it endless bytes.
var (
	errSymlink    = errors.New("the journal is a symbolic link; rygtimer does not follow it, because it may lead to another program's database. Replace the link with the journal file itself")
	errNotRegular = errors.New("the journal is not a regular file")
)

// precheck makes sure abs is a regular file rygtimer may open (for writing
// when write is set, creating it with mode 0600 when missing, so it is
// never briefly readable by others) and that a non-empty file at least
// starts like a SQLite database. It returns the file's identity, so a file
// judged damaged is the one set aside. A missing file without write
// returns an error wrapping fs.ErrNotExist.
func precheck(abs string, write bool) (os.FileInfo, error) {
	if err := checkKind(abs); err != nil && !(write && errors.Is(err, fs.ErrNotExist)) {
		return nil, err
	}
	flags := os.O_RDONLY
	if write {
		flags = os.O_RDWR | os.O_CREATE
	}
	f, err := os.OpenFile(abs, flags|openFlags, 0o600)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) { // O_NOFOLLOW met a link
			return nil, unavailable(abs, errSymlink)
		}
		if errors.Is(err, fs.ErrNotExist) && !write {
			return nil, err
		}
		return nil, unavailable(abs, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, unavailable(abs, err)
	}
	if !fi.Mode().IsRegular() { // swapped in after the Lstat
		return nil, unavailable(abs, errNotRegular)
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && (err == io.EOF || err == nil):
		return fi, nil // empty: SQLite treats it as a new database
	case err != nil && err != io.ErrUnexpectedEOF:
		return nil, unavailable(abs, err)
	case !bytes.Equal(head[:n], sqliteMagic):
		return nil, &damagedError{err: errors.New("the file is not a SQLite database"), file: fi}
	}
	return fi, nil
}

// checkKind refuses a journal path that is a symbolic link or anything but
// a regular file, without opening it. A missing file returns the Lstat
// error (wrapping fs.ErrNotExist).
func checkKind(abs string) error {
	fi, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return err
	case err != nil:
		return unavailable(abs, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		return unavailable(abs, errSymlink)
	case fi.IsDir():
		return unavailable(abs, &fs.PathError{Op: "open", Path: abs, Err: syscall.EISDIR})
	case !fi.Mode().IsRegular():
		return unavailable(abs, errNotRegular)
	}
	return nil
}
