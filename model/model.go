// Package model is rygtimer's state machine: one root model with a state
// enum, one setState that every change of state goes through, time from an
// injected clock, and journal writes handed to a Writer as commands. It
// decides; package views draws.
package model

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/progress"
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
	Writer    *Writer
	// Version is shown on the About page.
	Version string
	// Notices are shown on Home until a key is pressed (a damaged journal
	// set aside, a custom routine that did not load, …).
	Notices []string
}

// Model is the root model.
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

	state    State
	cursor   int // menu cursor in Home, PhasePick, RedFlagWhich, History scroll
	showHelp bool
	quitAsk  bool
	sound    bool
	notices  []string
	saveErr  bool // a journal write failed; the screen says so
	// checkPrecautions: started with --phase/--routine; the journal's
	// first answer decides whether the precautions come first.
	checkPrecautions bool
	// damagedShown keeps the damaged-journal notice to one showing.
	damagedShown bool

	// history and settings, once the journal has answered
	history      []journal.Session
	historyReady bool
	acknowledged bool
	infoPage     InfoPage
	scroll       int

	// the session
	routine    routines.Routine
	doses      routines.Doses
	changes    map[string]progress.DoseChange
	plan       []routines.Step
	idx        int
	clock      countdown
	gen        uint64
	manualReps int
	sessionKey int
	startedAt  time.Time
	endedAt    time.Time // when the exercise loop ended; zero while it runs
	// startWhenReady: "no red flags" was answered before the journal had
	// answered; the session starts when it does.
	startWhenReady bool
	// abandoned: a signal already ended the session (see Abandon).
	abandoned      bool
	painBefore     *int
	painAfter      *int
	painInput      int
	lastDigit      string
	note           string
	records        []journal.Step
	outcome        journal.Outcome
	painWhere      PainWhere
	redFlag        string
	seekTier       Tier
	skipped        []int // exercise indexes skipped
	resumeAfterAsk bool  // the quit prompt paused the clock
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
		opts:      o,
		now:       o.Clock,
		cat:       cat,
		keys:      newKeyMap(cat),
		styles:    views.NewStyles(true),
		width:     80,
		height:    24,
		sound:     !o.Quiet,
		notices:   o.Notices,
		painInput: 0,
	}
	if o.Start != nil {
		// --phase/--routine go straight to the check-in; the first
		// answer from the journal says whether the precautions must
		// come first (see historyMsg).
		m.routine = *o.Start
		m.state = StateCheckIn
		m.checkPrecautions = true
	}
	return m
}

// Init asks for the terminal background (for light/dark styles) and loads
// the journal's history.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.loadHistory())
}

// State returns the current state (for tests and main).
func (m Model) State() State { return m.state }

// Outcome returns how the last session ended ("" if none ran).
func (m Model) Outcome() journal.Outcome { return m.outcome }

// Interrupt is sent by main on SIGHUP or SIGTERM: a running session ends as
// interrupted and the program quits.
type Interrupt struct{}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.BackgroundColorMsg:
		m.styles = views.NewStyles(msg.IsDark())
		return m, nil
	case tickMsg:
		if msg.gen != m.gen {
			return m, nil // a stale tick from a paused or finished step
		}
		return m.onTick()
	case historyMsg:
		m.history, m.historyReady = msg.sessions, true
		m.acknowledged = m.acknowledged || msg.acknowledged
		if m.startWhenReady && m.state == StateRedFlags {
			return m, m.startAfterCheckIn()
		}
		if m.checkPrecautions {
			m.checkPrecautions = false
			if !m.acknowledged && m.state == StateCheckIn {
				return m, m.setState(StatePrecautions)
			}
		}
		if d := msg.damaged; d != nil && !m.damagedShown {
			m.damagedShown = true
			m.notices = append(m.notices, m.cat.T("journal.damaged", "Path", d.Path, "KeptAt", d.KeptAt))
		}
		return m, nil
	case journalErrMsg:
		if m.checkPrecautions && m.state == StateCheckIn {
			// Without a journal nobody knows they were read: show them.
			m.checkPrecautions = false
			m.setState(StatePrecautions)
		}
		if m.startWhenReady && m.state == StateRedFlags {
			m.saveErr = true
			return m, m.startAfterCheckIn()
		}
		if !m.saveErr && errors.Is(msg.err, journal.ErrUnavailable) {
			m.notices = append(m.notices, m.cat.T("journal.unavailable", "Reason", msg.err.Error()))
		}
		m.saveErr = true
		return m, nil
	case journalOKMsg:
		return m, nil
	case Interrupt:
		cmd := m.Abandon()
		m.abandoned = true
		return m, tea.Sequence(cmd, tea.Quit)
	case tea.KeyPressMsg:
		return m.onKey(msg)
	}
	return m, nil
}

// sessionOpen reports whether a session is running.
func (m Model) sessionOpen() bool { return m.state == StateExercise }

// Abandon returns the command that ends a running session as interrupted,
// keeping what was done of the step in progress (or, in CheckOut, saves
// what was answered); nil when no session is running. Main runs it after
// a signal and after the program stopped for any other reason.
func (m Model) Abandon() tea.Cmd {
	if m.abandoned {
		return nil // done once already, on the signal
	}
	switch m.state {
	case StateExercise:
		return tea.Sequence(m.keepCurrentStep(false), m.finishSession(journal.Interrupted))
	case StateCheckOut:
		return m.finishSession(m.outcome)
	}
	return nil
}

// setState is the only place the state changes. It bumps the tick
// generation so every tick of the old state dies, resets the cursor and
// returns the commands the new state needs.
func (m *Model) setState(s State) tea.Cmd {
	m.state = s
	m.gen++
	m.cursor = 0
	m.scroll = 0
	m.quitAsk = false
	m.showHelp = false
	m.resumeAfterAsk = false
	m.startWhenReady = false
	if s == StateExercise {
		return m.enterStep()
	}
	return nil
}
