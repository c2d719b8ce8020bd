package model

import (
	"strings"
	"testing"
	"time"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// The summary judges the change in pain, not only the pain after.
func TestSummaryJudgesTheChangeInPain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	cases := []struct {
		phase         routines.Phase
		before, after *int
		want, tone    string
		never         string
	}{
		{routines.Mobility, intPtr(7), intPtr(5), "From 7 to 5: 2 points lower. That is progress.", views.ToneGood, "easier"},
		{routines.Mobility, intPtr(3), intPtr(2), "1 point lower", views.ToneGood, ""},
		{routines.Mobility, intPtr(3), intPtr(5), "2 points higher. Ease off", views.ToneUrgent, ""},
		{routines.Mobility, intPtr(3), intPtr(5), "Or try an easier phase.", views.ToneUrgent, ""},
		{routines.PainRelief, intPtr(3), intPtr(6), "3 points higher", views.ToneUrgent, "easier phase"},
		{routines.Mobility, intPtr(4), intPtr(5), "Pain 4–5", views.ToneWarn, ""},
		{routines.Mobility, nil, intPtr(2), "Pain 0–3", views.ToneGood, ""},
		{routines.Mobility, intPtr(6), intPtr(6), "Try an easier phase", views.ToneUrgent, ""},
		{routines.PainRelief, intPtr(7), intPtr(7), "Your pain is high", views.ToneUrgent, "easier phase"},
	}
	did := []journal.Step{{Exercise: "knee-to-chest", Unit: journal.UnitSeconds, Planned: 20, Done: 20, Completed: true}}
	for _, c := range cases {
		m := h.m
		m.sess.records = did
		m.sess.routine.Phase = c.phase
		m.in.painBefore, m.out.painAfter = c.before, c.after
		text, tone := m.painJudgement()
		if !strings.Contains(text, c.want) || tone != c.tone || (c.never != "" && strings.Contains(text, c.never)) {
			t.Errorf("%s %s → %s: %q (%s), want %q (%s) without %q", c.phase, formatPain(c.before), formatPain(c.after), text, tone, c.want, c.tone, c.never)
		}
	}
	// Lower pain after a session in which nothing was done is not
	// progress of the exercises', and the summary is not "finished".
	m := h.m
	m.sess.records = []journal.Step{{Exercise: "knee-to-chest", Unit: journal.UnitSeconds, Planned: 20, Skipped: true}}
	m.in.painBefore, m.out.painAfter = intPtr(5), intPtr(3)
	if text, _ := m.painJudgement(); strings.Contains(text, "progress") {
		t.Errorf("nothing done, yet: %q", text)
	}
	if v := m.summaryView(); v.Title != m.cat.T("summary.title_nothing") {
		t.Errorf("nothing done, summary titled %q", v.Title)
	}
	m = h.m
	m.out.painAfter = nil
	if text, _ := m.painJudgement(); text != "" {
		t.Errorf("no pain after judged: %q", text)
	}
}

// The summary's minutes are History's: rounded to the nearest minute.
func TestSummaryMinutesRoundLikeHistory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	m := h.m
	m.sess.startedAt = h.clock.now()
	m.sess.endedAt = m.sess.startedAt.Add(7*time.Minute + 20*time.Second)
	if got := m.summaryView().Minutes; got != 7 {
		t.Fatalf("7:20 shown as %d minutes, want 7", got)
	}
}
