package journal_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// TestWriteStatusFixture writes the journals scripts/status-timing.sh
// times `rygtimer status` on, when RYGTIMER_STATUS_FIXTURE names the
// folder: ten years of two sessions a day ending yesterday (an unbroken
// streak, the worst case), the same with the streak broken 20 days ago
// (the usual case), and a typical month. Skipped in a plain go test.
func TestWriteStatusFixture(t *testing.T) {
	dir := os.Getenv("RYGTIMER_STATUS_FIXTURE")
	if dir == "" {
		t.Skip("RYGTIMER_STATUS_FIXTURE not set")
	}
	now := time.Now()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local)
	tenYears := twoADay(today)
	broken := append([]journal.Session{}, tenYears...)
	gap := 3650 - 20 - 1
	broken = append(broken[:2*gap], broken[2*gap+2:]...)
	month := tenYears[len(tenYears)-60:]
	for name, ss := range map[string][]journal.Session{"streak10y": tenYears, "streak20d": broken, "month": month} {
		if err := os.MkdirAll(dir+"/"+name+"/rygtimer", 0o700); err != nil {
			t.Fatal(err)
		}
		s, err := journal.Open(context.Background(), dir+"/"+name+"/rygtimer/journal.db")
		if err != nil {
			t.Fatal(err)
		}
		journal.BulkInsert(t, s, ss)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
