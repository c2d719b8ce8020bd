package progress

import (
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
)

// BenchmarkStatsTenYears reads a daily history of ten years the way
// History does (the journal's own benchmark times loading it).
func BenchmarkStatsTenYears(b *testing.B) {
	now := time.Date(2035, 6, 1, 12, 0, 0, 0, time.Local)
	var ss []journal.Session
	for d := range 3650 {
		at := now.AddDate(0, 0, -d)
		ss = append(ss, sess(at, []journal.Outcome{journal.Completed, journal.PainStop, journal.Quit}[d%3], d%7, d%5))
	}
	for b.Loop() {
		_ = Streak(ss, now)
		_ = Weekly(ss, now, 12)
		_ = DailyPain(ss, now, 90)
	}
}
