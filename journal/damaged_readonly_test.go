package journal

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// OpenReadOnly cannot set a damaged journal aside; IsDamaged lets the
// reading commands say what will (start rygtimer once), rather than
// advice about permissions that does not fit. A file that is merely
// unreachable is not damaged.
func TestReadOnlyDamagedIsKnown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"not_sqlite": "not a journal\n",
		"corrupt":    "SQLite format 3\x00" + strings.Repeat("\xde\xad\xbe\xef", 1024),
	} {
		path := filepath.Join(dir, name+".db")
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := OpenReadOnly(ctx, path)
		if err == nil {
			_, err = s.Sessions(ctx, time.Time{})
			s.Close()
		}
		if !IsDamaged(err) {
			t.Errorf("%s: IsDamaged(%v) = false", name, err)
		}
	}
	folder := filepath.Join(dir, "folder.db")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(ctx, folder); err == nil || IsDamaged(err) {
		t.Errorf("a folder where the journal should be: err %v, IsDamaged %v", err, IsDamaged(err))
	}
}
