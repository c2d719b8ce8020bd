package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/model"
	"github.com/rygtimer/rygtimer/speech"
)

// runApp starts the full-screen app; the root command has checked that
// stdin and stdout are a terminal.
func runApp(e env, f rootFlags, stdin io.Reader, stdout io.Writer) error {
	if err := checkDataHome(e.getenv); err != nil {
		return err
	}
	set, err := loadSettings(e, f)
	if err != nil {
		return err
	}
	a := newApp(e, set)
	defer a.engine.Close() // stops a sentence still being said
	jobs := newJobControl()
	// Bubble Tea's renderer wakes at a fixed rate whether or not the
	// screen changed; most of an idle hold's CPU is that ticker. 30 a
	// second still shows every change within 1/30 s (docs/PERFORMANCE.md:
	// 0.52 → 0.38 s of CPU per 30 s hold, the default 60 against 30).
	p := tea.NewProgram(a.model, tea.WithInput(stdin), tea.WithOutput(stdout),
		tea.WithoutSignalHandler(), tea.WithFilter(jobs.filter), tea.WithFPS(30))
	a.connect(p)
	a.announcer.send = p.Send
	stopQuit := interruptOnSignals(p)
	stopJobs := jobs.start(p)
	final, runErr := p.Run()
	stopJobs()
	// Signals stay caught until the journal's last writes are done.
	a.finish(final, runErr)
	stopQuit()
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		return fmt.Errorf("the screen stopped working (%v); your finished exercises are saved, start rygtimer again to go on", runErr)
	}
	return nil
}

// app is the model and its journal queue: made in one place, connected
// to the program, and ended in one place once the program has stopped.
type app struct {
	model     tea.Model
	queue     *jqueue.Queue
	lang      string
	engine    *speech.Engine
	announcer *announcer
}

func newApp(e env, set settings) *app {
	queue := jqueue.New(openJournal)
	opts := set.speech
	opts.LookPath = e.lookPath
	if opts.LookPath == nil {
		opts.LookPath = func(string) (string, error) { return "", exec.ErrNotFound }
	}
	engine := speech.New(opts)
	ann := newAnnouncer(engine, set.accessible)
	m := model.New(model.Options{
		Announcer:  ann,
		Accessible: set.accessible,
		Hearing:    func() string { return hearing(i18n.New(set.lang), engine, opts) },
		Clock:      e.now,
		Lang:       set.lang,
		Quiet:      set.quiet,
		Routines:   set.routines,
		Start:      set.start,
		Help:       set.help,
		Tempo:      set.tempo,
		BigDigits:  set.bigDigits,
		Journal:    queue,
		Notices:    set.notices,
		Version:    version(),
	})
	return &app{model: m, queue: queue, lang: set.lang, engine: engine, announcer: ann}
}

// connect sends the queue's events (saved, retrying, given up, the
// history read) to the program as messages.
func (a *app) connect(p *tea.Program) {
	a.queue.Notify(func(e jqueue.Event) { p.Send(e) })
}

// finish ends a session the program could not end itself and lets the
// queue apply, or retry once more, every write still waiting.
func (a *app) finish(final tea.Model, runErr error) {
	if fm, ok := final.(model.Model); ok {
		// A write decided just before the program stopped may not have
		// been handed over yet; the queue takes each number once.
		if resubmit := fm.Resubmit(); resubmit != nil {
			resubmit()
		}
	}
	if runErr != nil {
		// Killed after a signal, or the terminal failed: end a session
		// that is still running, keeping the step in progress. Abandon's
		// command hands its writes to the queue, whose Close applies them.
		if fm, ok := final.(model.Model); ok {
			if abandon := fm.Abandon(); abandon != nil {
				abandon()
			}
		}
	}
	if err := a.queue.Close(5 * time.Second); err != nil {
		reportUnsaved(os.Stderr, a.lang, err)
	}
}

// reportUnsaved tells the patient, after the screen is restored, that
// some of the session could not be saved even after retrying.
func reportUnsaved(w io.Writer, lang string, err error) {
	lost := &jqueue.UnsavedError{Count: 1, Err: err}
	errors.As(err, &lost)
	reason := lost.Err
	if reason == nil {
		reason = err
	}
	// The queue counts journal operations (a session's start and end are
	// operations too), not exercises: no number is said, rather than a
	// wrong one.
	fmt.Fprintln(w, i18n.New(lang).T("journal.lost_at_exit", "Reason", reason.Error()))
}

// openJournal opens the journal on the queue's goroutine, so the first
// frame never waits for it, and closes sessions a kill -9 left open.
func openJournal() (jqueue.Journal, error) {
	path, err := journal.DefaultPath()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := journal.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if _, err := s.CloseAbandoned(ctx, time.Now()); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

func isTerminal(v any) bool {
	f, ok := v.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}
