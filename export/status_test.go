package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/progress"
)

func TestStatusLine(t *testing.T) {
	t.Parallel()
	en, da := i18n.New("en"), i18n.New("da")
	done := progress.Status{DoneToday: true, SessionsToday: 2, Streak: 4, SuggestedPhase: "mobility"}
	notDone := progress.Status{SuggestedPhase: "mobility"}
	one := progress.Status{Streak: 1, SuggestedPhase: "pain-relief", PainSpreading: true}
	warn := progress.Status{DoneToday: true, Streak: 4, Warning: &progress.Warning{Reason: progress.WarnRedFlag, Urgency: progress.UrgencyNow}}
	// A sign of the "contact your doctor soon" tier is not an urgent one.
	soon := progress.Status{DoneToday: true, Streak: 4, Warning: &progress.Warning{Reason: progress.WarnRedFlag, RedFlag: "worsening", Urgency: progress.UrgencySoon}}
	for _, c := range []struct {
		st   progress.Status
		c    *i18n.Catalog
		want string
	}{
		{done, en, "back: done today ✓ · 4 days in a row"},
		{done, da, "ryg: klaret i dag ✓ · 4 dage i træk"},
		{notDone, en, "back: not done today · suggested: mobility"},
		{notDone, da, "ryg: ikke klaret i dag · forslag: bevægelighed"},
		{one, en, "back: not done today · 1 day in a row · suggested: pain relief · talk to your physiotherapist"},
		{one, da, "ryg: ikke klaret i dag · 1 dag i træk · forslag: smertelindring · tal med din fysioterapeut"},
		{warn, en, "back: ⚠ see a doctor before exercising"},
		{warn, da, "ryg: ⚠ søg læge, før du træner"},
		{soon, en, "back: ⚠ talk to a doctor soon · only gentle pain relief"},
		{soon, da, "ryg: ⚠ tal med en læge snart · kun blid smertelindring"},
	} {
		if got := StatusLine(c.st, c.c); got != c.want {
			t.Errorf("StatusLine = %q, want %q", got, c.want)
		}
	}
	var b bytes.Buffer
	warn.Warning.At = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)
	if err := WriteStatusJSON(&b, warn); err != nil {
		t.Fatal(err)
	}
	want := `{"done_today":true,"sessions_today":0,"streak":4,"suggested_phase":"","warning":{"reason":"red_flag","at":"2025-03-10T08:00:00Z","urgency":"now"},"pain_spreading":false}` + "\n"
	if b.String() != want {
		t.Errorf("JSON = %s", b.String())
	}
	if strings.Count(b.String(), "\n") != 1 {
		t.Error("status --json is not one line")
	}
}
