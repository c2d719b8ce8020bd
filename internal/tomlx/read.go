package tomlx

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ReadFile reads the file at path for parsing, refusing what is not a
// settings or routine file before it can hurt: anything that is not a
// regular file (a FIFO would hang every command, /dev/zero would fill the
// memory) and anything larger than limit bytes. Opening a FIFO blocks until
// a writer appears, so the file is opened without blocking and checked
// with fstat before a byte is read; at most limit+1 bytes are read, in case
// the file grows after the check.
//
// Every failure is an *fs.PathError naming the file, so that callers tell
// "cannot use this file" from "this file has mistakes" (a tomlx.Errors);
// errors.Is(err, fs.ErrNotExist) finds a missing file.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("it is %s, not a text file; give the path of a .toml file", fileKind(info.Mode()))}
	}
	if info.Size() > limit {
		return nil, tooLarge(path, limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err // an *fs.PathError from os.File
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(path, limit)
	}
	return data, nil
}

func tooLarge(path string, limit int64) error {
	return &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("it is larger than %d KiB, far more than such a file needs; is it the right file?", limit/1024)}
}

// fileKind names a file that is not regular in plain words.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// utf8BOM is the byte-order mark Windows Notepad writes at the start of a
// file saved as UTF-8. TOML does not allow it, but an editor hides it, so
// an author could never see what is wrong.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// stripBOM returns data without a leading byte-order mark. Positions in the
// rest stay right: an editor does not show the mark as a character.
func stripBOM(data []byte) []byte { return bytes.TrimPrefix(data, utf8BOM) }
