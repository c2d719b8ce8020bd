package speech

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// chimeFiles writes each chime's WAV file the first time it is played,
// never at start-up: a session without a sound player, or one that is
// muted throughout, writes nothing.
type chimeFiles struct {
	dir string // "" until first use when not configured

	mu      sync.Mutex
	written map[Chime]string
	tempDir string // made by us when there is no cache dir; removed on close
}

// chimeFileVersion changes whenever the tones change, so a file written by
// an older rygtimer is never played by a newer one.
const chimeFileVersion = "v1"

// path returns the chime's file, writing it first if this process has not
// yet. It runs on a line's worker, never on the caller's goroutine.
func (f *chimeFiles) path(c Chime) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.written[c]; ok {
		return p, nil
	}
	dir, err := f.directory()
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, fmt.Sprintf("rygtimer-%s-%s.wav", c, chimeFileVersion))
	if err := writeAtomically(p, c.wav()); err != nil {
		return "", fmt.Errorf("writing chime: %w", err)
	}
	if f.written == nil {
		f.written = map[Chime]string{}
	}
	f.written[c] = p
	return p, nil
}

// directory is the configured dir, else rygtimer's folder in the user's
// cache dir (private to the user, unlike a fixed name in /tmp), else a
// fresh temp dir.
func (f *chimeFiles) directory() (string, error) {
	if f.dir != "" {
		return f.dir, os.MkdirAll(f.dir, 0o700)
	}
	if cache, err := os.UserCacheDir(); err == nil {
		dir := filepath.Join(cache, "rygtimer", "chimes")
		if os.MkdirAll(dir, 0o700) == nil {
			f.dir = dir
			return dir, nil
		}
	}
	dir, err := os.MkdirTemp("", "rygtimer-chimes-")
	if err != nil {
		return "", fmt.Errorf("no folder for chimes: %w", err)
	}
	f.dir, f.tempDir = dir, dir
	return dir, nil
}

// writeAtomically writes through a temp file and a rename, so a player
// started by another rygtimer at the same moment never reads half a file.
func writeAtomically(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".chime-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
	}
	return werr
}

// close removes the chimes when they live in a temp dir of our own; the
// ones in the cache dir stay for the next session.
func (f *chimeFiles) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.tempDir != "" {
		_ = os.RemoveAll(f.tempDir)
		f.tempDir = ""
		f.written = nil
	}
}
