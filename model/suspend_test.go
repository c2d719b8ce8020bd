package model

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/routines"
)

// messages runs a command tree and returns what its leaves return.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, messages(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func suspends(cmd tea.Cmd) bool {
	for _, msg := range messages(cmd) {
		if _, ok := msg.(tea.SuspendMsg); ok {
			return true
		}
	}
	return false
}

// Issue 12.9: ctrl+z pauses a running hold as space does and suspends;
// the time the process is stopped costs the patient nothing, and after
// fg the hold stays paused until space.
func TestCtrlZPausesTheClockAndSuspends(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	h.intoFirstHold()
	h.tick(6 * time.Second)
	h.wantStep(routines.StepHold)
	if !suspends(h.send(keyMsg("ctrl+z"))) {
		t.Fatal("ctrl+z must return tea.Suspend")
	}
	if !h.m.sess.clock.paused {
		t.Fatal("ctrl+z must pause the running hold")
	}
	h.clock.advance(10 * time.Minute) // stopped in the shell
	h.send(tickMsg{gen: h.m.gen})
	h.send(tea.ResumeMsg{})
	h.wantStep(routines.StepHold)
	h.wantScreen("Paused", "0:14")
	h.key("space")
	h.tick(13900 * time.Millisecond)
	h.wantStep(routines.StepHold)
	h.tick(100 * time.Millisecond)
	h.wantStep(routines.StepSwitchSide)
}

// ctrl+z works in every state, over a prompt and in the note field; a
// clock the quit prompt held stays paused when the prompt closes.
func TestCtrlZSuspendsEverywhere(t *testing.T) {
	t.Parallel()
	h := newHarness(t, "en")
	if !suspends(h.send(keyMsg("ctrl+z"))) || h.m.state != StateHome {
		t.Fatal("ctrl+z on Home must suspend and stay on Home")
	}
	h.intoFirstHold()
	h.key("q")
	if !suspends(h.send(keyMsg("ctrl+z"))) {
		t.Fatal("ctrl+z over the quit prompt must suspend")
	}
	h.send(tea.ResumeMsg{})
	h.key("n")
	if !h.m.sess.clock.paused {
		t.Fatal("after ctrl+z, closing the quit prompt must not restart the clock")
	}
	h.m.setState(StateCheckOut)
	h.key("3", "enter", "enter", "O")
	if !suspends(h.send(keyMsg("ctrl+z"))) || h.m.out.note.Value() != "O" {
		t.Fatalf("ctrl+z in the note must suspend and type nothing (note %q)", h.m.out.note.Value())
	}
}

// The full help lists every key, ctrl+z included, uncut at the smallest
// size the app draws in, so it needs no scrolling.
func TestFullHelpFitsTheSmallestWindow(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		h := newHarness(t, lang)
		h.send(tea.WindowSizeMsg{Width: 60, Height: 20})
		h.key("?")
		out := h.screen()
		checkFits(t, out, 60, 20)
		if strings.Contains(out, "…") || !strings.Contains(out, "ctrl+z") {
			t.Errorf("%s: the full help is cut or lacks ctrl+z:\n%s", lang, out)
		}
	}
}
