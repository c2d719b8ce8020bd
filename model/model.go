// Package model is rygtimer's state machine: one root model with a state
// enum, one setState that every change of state goes through, time from an
// injected clock, and journal operations returned as commands for the
// journal actor (package jqueue) to apply. It
// decides; package views draws.
package model

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/routines"
	"github.com/rygtimer/rygtimer/views"
)

// HelpNumbers are the numbers SeekHelp shows; config [help] overrides the
// language defaults.
type HelpNumbers struct {
	Emergency, OutOfHours, Doctor string
}

// Options configure a model. Production and tests build it the same way.
type Options struct {
	Clock Clock
	// Tick schedules a wake-up after a duration; tea.Tick in production.
	// End-to-end tests pass one that moves their fake clock instead of
	// sleeping.
	Tick     func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	Lang     string
	Quiet    bool
	Routines []routines.Routine
	// Start, when set, skips Home and PhasePick (--phase, --routine).
	Start     *routines.Routine
	Help      HelpNumbers
	Tempo     float64
	BigDigits bool
	// Journal receives the journal operations (a *jqueue.Queue); nil
	// runs without saving.
	Journal Journal
	// Version is shown on the About page.
	Version string
	// Notices are shown on Home until a key is pressed (a damaged journal
	// set aside, a custom routine that did not load, …).
	Notices []string
	// Announcer speaks, chimes and (in accessible mode) prints what
	// changes; nil rings the terminal bell for the chimes.
	Announcer Announcer
	// Hearing says on the help screen whether cues are spoken and chimes
	// played, by which programs, and why not when one failed; asked
	// each time the help is drawn, since a program can fail at any time.
	Hearing func() string
	// Accessible: no alternate screen, no drawings, big digits or bars;
	// every change is printed once as a plain line (--accessible).
	Accessible bool
}

// Model is the root model. It routes each message to the sub-model of
// the current state, applies the transition that sub-model returns (the
// one place the state changes: setState), and owns what outlives a
// screen: the window, the sound setting, the notices, the overlays and
// what the model knows of the journal.
type Model struct {
	opts Options
	now  Clock
	cat  *i18n.Catalog
	keys KeyMap
	// styles are built once per background (dark until the terminal
	// answers), not on every frame.
	styles views.Styles
	width  int
	height int

	state   State
	gen     uint64
	sound   bool
	notices []string
	// abandoned: a signal already ended the session (see Abandon).
	abandoned bool
	// heardSeq numbers the announcements (see Announcer).
	heardSeq uint64
	overlay  overlay
	jr       journalState

	// The sub-models, one per state or screen.
	home menu      // Home
	pick menu      // PhasePick
	in   checkIn   // Precautions, CheckIn, RedFlags, RedFlagWhich
	sess session   // Exercise
	stop painStop  // PainStop
	out  checkOut  // CheckOut
	page pageState // Info, SeekHelp, a long intro
	hist historyPage
}

// overlay is what stands over the current screen.
type overlay struct {
	help   bool // the full help behind ?
	quit   bool // "Quit this session?"
	resume bool // the help or the quit prompt paused the clock
}

// journalState is what the model knows of the journal.
type journalState struct {
	seq uint64 // the number of the last journal operation
	// confirmed is the highest number the actor reported saved; ops are
	// applied in order, so everything up to it is in the journal.
	confirmed uint64
	// pending are the operations handed over and not yet confirmed, in
	// order (see Resubmit).
	pending []numberedOp
	saveErr bool // a journal write was given up; the screen says so
	// behind: a save failed and the journal actor is retrying it; the
	// summary does not claim the session is saved.
	behind           bool
	unavailableShown bool
	// damagedShown keeps the damaged-journal notice to one showing.
	damagedShown bool
	// checkPrecautions: started with --phase/--routine; the journal's
	// first answer decides whether the precautions come first.
	checkPrecautions bool
	// startWhenReady: "no red flags" was answered before the journal had
	// answered; the session starts when it does.
	startWhenReady bool
	history        []journal.Session
	historyReady   bool
	acknowledged   bool
}

// New builds the model.
func New(o Options) Model {
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Tick == nil {
		o.Tick = tea.Tick
	}
	if o.Tempo <= 0 {
		o.Tempo = 1
	}
	cat := i18n.New(o.Lang)
	m := Model{
		opts:    o,
		now:     o.Clock,
		cat:     cat,
		keys:    newKeyMap(cat),
		styles:  views.NewStyles(true),
		width:   80,
		height:  24,
		sound:   !o.Quiet,
		notices: o.Notices,
		out:     newCheckOut(80),
	}
	if o.Journal != nil {
		m.jr.seq = firstSeq // Init's history read
	}
	if o.Start != nil {
		// --phase/--routine go straight to the session's way in. Until
		// the journal has said whether the precautions were read, they
		// are what shows: starting on the check-in and switching to the
		// precautions when the journal answered could take a quick
		// patient's answers away, or skip the precautions altogether
		// (see onHistory).
		m.in.routine = *o.Start
		m.state = StateCheckIn
		if o.Journal != nil {
			m.state = StatePrecautions
			m.jr.checkPrecautions = true
		}
	}
	return m
}

// Init asks for the terminal background (for light/dark styles) and loads
// the journal's history.
func (m Model) Init() tea.Cmd {
	var read tea.Cmd
	if m.opts.Journal != nil {
		read = submit(m.opts.Journal, firstSeq, readHistory)
	}
	return tea.Batch(tea.RequestBackgroundColor, read, m.firstAnnouncement())
}

// firstAnnouncement is announcement 0, which the announcer waits for
// before any other: in accessible mode, what this mode is and the first
// screen.
func (m Model) firstAnnouncement() tea.Cmd {
	to := m.opts.Announcer
	if to == nil {
		return nil
	}
	a := Announcement{Lang: m.cat.Lang()}
	if m.opts.Accessible {
		a.Lines = append([]string{m.cat.T("line.accessible_start")}, m.screenLines()...)
	}
	return func() tea.Msg {
		to.Announce(0, a)
		return nil
	}
}

// State returns the current state (for tests and main).
func (m Model) State() State { return m.state }

// Outcome returns how the last session ended ("" if none ran).
func (m Model) Outcome() journal.Outcome { return m.sess.outcome }

// Interrupt is sent by main on SIGHUP or SIGTERM: a running session ends as
// interrupted and the program quits.
type Interrupt struct{}

// Update handles one message. History's document follows the journal
// and the window: it is rebuilt here when either changed.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	nm, cmd := m.update(msg)
	next := nm.(Model)
	if next.state == StateHistory {
		next.syncHistory()
	}
	if heard := next.noticeChanges(m); heard != nil {
		cmd = tea.Batch(cmd, heard)
	}
	return next, cmd
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.out.note.SetWidth(noteFieldWidth(m.width))
		return m, m.pauseWhileHidden()
	case tea.PasteMsg:
		if m.state == StateCheckOut && !m.overlay.quit {
			var t transition
			m.out, t = m.out.update(msg, m.activeKeys())
			return m, m.apply(t)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.styles = views.NewStyles(msg.IsDark())
		return m, nil
	case tickMsg:
		if msg.gen != m.gen {
			return m, nil // a stale tick from a paused or finished step
		}
		return m.onTick()
	case jqueue.Event:
		return m.onJournal(msg)
	case Interrupt:
		cmd := m.abandon()
		return m, tea.Sequence(cmd, tea.Quit)
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.ResumeMsg:
		// Back from ctrl+z: Bubble Tea has restored the terminal and
		// this update redraws the frame; a paused step stays paused.
		return m, nil
	}
	return m, nil
}

// Abandon returns the command that ends a running session as interrupted,
// keeping what was done of the step in progress (or, in CheckOut, saves
// what was answered); nil when no session is running. It is one plain
// command that hands the operations to the journal: main runs it after
// the program stopped for any other reason than quitting (and then
// closes the journal queue, which applies them).
func (m Model) Abandon() tea.Cmd { return m.abandon() }

func (m *Model) abandon() tea.Cmd {
	if m.abandoned || m.opts.Journal == nil {
		return nil // done once already, on the signal
	}
	var ops []jqueue.Op
	switch m.state {
	case StateExercise:
		if rec, ok := m.sess.record(m.now(), false); ok {
			ops = append(ops, jqueue.AddStep{Session: m.sess.name(), Step: rec})
		}
		ops = append(ops, m.finishOp(journal.Interrupted))
	case StateCheckOut:
		ops = append(ops, m.finishOp(m.sess.outcome))
	default:
		return nil
	}
	m.abandoned = true
	q, first := m.opts.Journal, m.jr.seq+1
	m.jr.seq += uint64(len(ops))
	return func() tea.Msg {
		for i, op := range ops {
			q.Submit(first+uint64(i), op)
		}
		return nil
	}
}
