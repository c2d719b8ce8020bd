package cli

import (
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/model"
	"github.com/rygtimer/rygtimer/routines"
)

// oneSided is a routine whose hold is done on one side only: the case
// where the app and `routines show` once worded the dose differently.
const oneSided = `id = "one-sided"
phase = "mobility"
name = { en = "One side", da = "Én side" }

[[exercise]]
id = "right-stretch"
name = { en = "Right stretch", da = "Højre stræk" }
kind = "hold"
hold = "20s"
sides = ["right"]
sets = 2
steps = { en = ["Lie down."], da = ["Lig ned."] }

[[exercise]]
id = "right-lifts"
name = { en = "Right lifts", da = "Højre løft" }
kind = "reps"
sides = ["right"]
sets = 1
reps = 8
pace = "manual"
steps = { en = ["Lift."], da = ["Løft."] }
`

// The dose of an exercise reads the same on the app's intro screen and
// in `rygtimer routines show`: both come from views.DoseText.
func TestDoseSameInAppAndShow(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			sb := isolate(t)
			path := filepath.Join(t.TempDir(), "one-sided.toml")
			writeFile(t, path, oneSided)
			r, err := routines.Load(path)
			must(t, err)
			show := sb.run(t, "routines", "show", path, "--lang", lang).want(t, exitOK).stdout
			intro := introScreens(t, r, lang)
			if len(intro) != len(r.Exercises) {
				t.Fatalf("reached %d intro screens, want %d", len(intro), len(r.Exercises))
			}
			for i, screen := range intro {
				dose := doseLine(t, show, i+1)
				if !strings.Contains(screen, dose) {
					t.Errorf("exercise %d: `routines show` says %q; the intro screen does not:\n%s", i+1, dose, screen)
				}
				if !strings.Contains(dose, map[string]string{"en": "on the right side", "da": "i højre side"}[lang]) {
					t.Errorf("exercise %d: a one-sided exercise's dose %q does not name its side", i+1, dose)
				}
			}
		})
	}
}

// doseLine is the dose of exercise n in `routines show`'s output: the
// line after its name, without the rest between sets.
func doseLine(t *testing.T, show string, n int) string {
	t.Helper()
	lines := strings.Split(show, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, strconv.Itoa(n)+". ") && i+1 < len(lines) {
			dose, _, _ := strings.Cut(strings.TrimSpace(lines[i+1]), " · ")
			return dose
		}
	}
	t.Fatalf("no exercise %d in:\n%s", n, show)
	return ""
}

// introScreens runs the real model through the precautions (an empty
// journal) and the check-in into r's session and returns the plain text
// of each exercise's intro screen, skipping the timed steps with s.
func introScreens(t *testing.T, r routines.Routine, lang string) []string {
	t.Helper()
	now := time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC)
	noTick := func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	j := &answeringJournal{}
	var m tea.Model = model.New(model.Options{Clock: func() time.Time { return now }, Tick: noTick,
		Lang: lang, Routines: []routines.Routine{r}, Start: &r, Journal: j})
	send := func(msg tea.Msg) {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		feed(&m, cmd, 3)
		for len(j.events) > 0 { // the journal's answers, as the program would deliver them
			e := j.events[0]
			j.events = j.events[1:]
			m, cmd = m.Update(e)
			feed(&m, cmd, 3)
		}
	}
	feed(&m, m.Init(), 3)
	send(tea.WindowSizeMsg{Width: 100, Height: 40})
	var screens []string
	for _, k := range []string{"enter", "3", "enter", "enter", "n"} {
		send(keyPress(k))
	}
	for range 20 {
		// An intro screen is the one that shows the exercise's steps.
		e := r.Exercises[len(screens)]
		if screen := ansi.Strip(m.View().Content); strings.Contains(screen, e.Steps.In(lang)[0]) {
			screens = append(screens, screen)
			if len(screens) == len(r.Exercises) {
				break
			}
		}
		send(keyPress("s"))
	}
	return screens
}

// answeringJournal stands in for the journal queue: it takes every
// operation at once and answers it as saved, the history read with an
// empty journal (so the precautions come first, as on a first run).
type answeringJournal struct{ events []jqueue.Event }

func (j *answeringJournal) Submit(seq uint64, op jqueue.Op) {
	e := jqueue.Event{Seq: seq, Op: op, Kind: jqueue.Saved}
	if _, ok := op.(jqueue.ReadHistory); ok {
		e.History = &jqueue.History{Settings: map[string]string{}}
	}
	j.events = append(j.events, e)
}

// feed runs cmd as the program would and delivers its messages, batches
// and sequences included, depth levels down; ticks are switched off.
func feed(m *tea.Model, cmd tea.Cmd, depth int) {
	if cmd == nil || depth == 0 {
		return
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := range v.Len() {
			feed(m, v.Index(i).Interface().(tea.Cmd), depth)
		}
		return
	}
	if msg == nil {
		return
	}
	nm, next := (*m).Update(msg)
	*m = nm
	feed(m, next, depth-1)
}

func keyPress(k string) tea.KeyPressMsg {
	if k == "enter" {
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}
