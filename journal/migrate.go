package journal

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// migrationFiles are the schema changes, one numbered file per version:
// NNN_what.sql takes the database from version NNN-1 to NNN. They are
// applied in order and never edited once released; a change to the schema
// is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order, checking that the
// versions run 1, 2, 3, … without gaps so a missing file cannot silently
// skip a step.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("journal: migration %s has no version number", base)
		}
		buf, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(buf)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("journal: migration %s is out of sequence (want version %d)", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// errNewerSchema says the journal was written by a newer rygtimer; it is
// left untouched.
type errNewerSchema struct{ have, know int }

func (e errNewerSchema) Error() string {
	return fmt.Sprintf("it was written by a newer version of rygtimer (journal version %d, this version knows up to %d); update rygtimer", e.have, e.know)
}

// migrate brings the database up to version target (all migrations when
// target <= 0) in one immediate transaction. Reading user_version inside
// the transaction means two processes opening an old journal at once
// cannot both apply the same step: the second waits for the first's lock
// and then sees the new version.
func migrate(ctx context.Context, db *sql.DB, target int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if target <= 0 || target > len(ms) {
		target = len(ms)
	}
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE, see dsn
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return err
	}
	if have > len(ms) {
		return errNewerSchema{have, len(ms)}
	}
	if have >= target {
		return nil
	}
	for _, m := range ms[have:target] {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("journal: migration %s: %w", m.name, err)
		}
	}
	// user_version lives in the database header, so it commits or rolls
	// back together with the migrations.
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(target)); err != nil {
		return err
	}
	return tx.Commit()
}
