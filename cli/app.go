package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/model"
)

// runApp starts the full-screen app; the root command has checked that
// stdin and stdout are a terminal.
func runApp(f rootFlags, stdin io.Reader, stdout io.Writer) error {
	if err := checkDataHome(os.Getenv); err != nil {
		return err
	}
	set, err := loadSettings(f)
	if err != nil {
		return err
	}
	m, finish := newAppModel(set)
	jobs := newJobControl()
	p := tea.NewProgram(m, tea.WithInput(stdin), tea.WithOutput(stdout),
		tea.WithoutSignalHandler(), tea.WithFilter(jobs.filter))
	stopQuit := interruptOnSignals(p)
	stopJobs := jobs.start(p)
	final, runErr := p.Run()
	stopJobs()
	// Signals stay caught until the journal's last writes are done.
	finish(final, runErr)
	stopQuit()
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		return fmt.Errorf("the screen stopped working (%v); your finished exercises are saved, start rygtimer again to go on", runErr)
	}
	return nil
}

// newAppModel is the one place the app's model and its journal writer
// are made, and finish the one place they are ended once the program
// has stopped.
func newAppModel(set settings) (m tea.Model, finish func(final tea.Model, runErr error)) {
	writer := model.NewWriter(openJournal)
	m = model.New(model.Options{
		Clock:     time.Now,
		Lang:      set.lang,
		Quiet:     set.quiet,
		Routines:  set.routines,
		Start:     set.start,
		Help:      set.help,
		Tempo:     set.tempo,
		BigDigits: set.bigDigits,
		Writer:    writer,
		Notices:   set.notices,
		Version:   version(),
	})
	return m, func(final tea.Model, runErr error) {
		if runErr != nil {
			// Killed after a signal, or the terminal failed: end a
			// session that is still running, keeping the step in
			// progress. Abandon hands its writes to the writer as it
			// is called; the command it returns only waits for their
			// results, which the writer's Close waits for instead.
			if fm, ok := final.(model.Model); ok {
				_ = fm.Abandon()
			}
		}
		writer.Close(5 * time.Second)
	}
}

// openJournal opens the journal on the writer's goroutine, so the first
// frame never waits for it, and closes sessions a kill -9 left open.
func openJournal() (model.Journal, error) {
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
