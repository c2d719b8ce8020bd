package model

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/journal"
)

// History scrolls in a bubbles viewport with the keys the help bar shows;
// its document is built when the history or the width changes, not on
// every key or frame.
func TestHistoryScrollsInAViewport(t *testing.T) {
	t.Parallel()
	h := newHarnessWith(t, "en", func(h *harness, _ *Options) {
		for d := 40; d >= 1; d-- {
			at := h.clock.now().AddDate(0, 0, -d)
			h.j.sessions = append(h.j.sessions, journal.Session{ID: int64(41 - d), StartedAt: at, EndedAt: at.Add(9 * time.Minute),
				Routine: "test", Outcome: journal.Completed, PainBefore: intPtr(4), PainAfter: intPtr(3)})
		}
	})
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("down", "enter") // Home: History
	h.flush()
	h.wantScreen("↑/↓ scroll", "↓ more below")
	built := h.m.hist.built
	h.key("down", "down")
	if got := h.m.hist.vp.YOffset(); got != 2 {
		t.Fatalf("offset %d after two ↓, want 2", got)
	}
	h.key("space") // a page down
	if got := h.m.hist.vp.YOffset(); got != 2+h.m.hist.vp.Height() {
		t.Fatalf("offset %d after a page down, want %d", got, 2+h.m.hist.vp.Height())
	}
	if !sameSessions(h.m.hist.built, built) || h.m.hist.width != 80 {
		t.Fatal("scrolling rebuilt the document")
	}
	for range 30 {
		h.key("space")
	}
	h.wantScreen("↑ more above")
	if strings.Contains(h.screen(), "↓ more below") {
		t.Fatalf("the end still says more below:\n%s", h.screen())
	}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if h.m.hist.width != 120 || !strings.Contains(h.screen(), "History") {
		t.Fatal("a new width must rebuild the document")
	}
	checkFits(t, h.screen(), 120, 40)
	h.key("esc")
	if h.m.state != StateHome {
		t.Fatalf("esc leaves History for Home, got %v", h.m.state)
	}
}
