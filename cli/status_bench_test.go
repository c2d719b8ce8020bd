package cli

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
)

// BenchmarkStatusCommand times `rygtimer status` in-process on a small
// journal, split into its parts, to see what the command line adds to
// the journal's own BenchmarkStatusTenYears: "Command" is the whole
// command through cobra and fang; "Read" only the read-only open and
// progress.LoadStatus; "Catalog" the catalog the line is worded in.
func BenchmarkStatusCommand(b *testing.B) {
	sb := isolate(b)
	at := func(day int) time.Time { return time.Date(2026, 3, day, 8, 0, 0, 0, testZone) }
	addCompleted(b, sb, at(9), at(10), at(11))
	e := sb.env()
	for _, args := range [][]string{{"status"}, {"status", "--json"}} {
		b.Run("Command/"+args[len(args)-1], func(b *testing.B) {
			for b.Loop() {
				if code := run(context.Background(), e, args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
	b.Run("Read", func(b *testing.B) {
		for b.Loop() {
			if _, err := loadStatus(context.Background(), e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Catalog", func(b *testing.B) {
		for b.Loop() {
			i18n.New("da")
		}
	})
}
