package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/rygtimer/rygtimer/i18n"
	"github.com/rygtimer/rygtimer/journal"
	"github.com/rygtimer/rygtimer/jqueue"
	"github.com/rygtimer/rygtimer/model"
)

// runApp starts the full-screen app; the root command has checked that
// stdin and stdout are a terminal.
func runApp(cmd *cobra.Command, f rootFlags, stdin io.Reader, stdout io.Writer) error {
	set, err := loadSettings(cmd, f)
	if err != nil {
		return err
	}
	queue := jqueue.New(openJournal)
	m := model.New(model.Options{
		Clock:     time.Now,
		Lang:      set.lang,
		Quiet:     set.quiet,
		Routines:  set.routines,
		Start:     set.start,
		Help:      set.help,
		Tempo:     set.tempo,
		BigDigits: set.bigDigits,
		Journal:   queue,
		Notices:   set.notices,
		Version:   version(),
	})
	p := tea.NewProgram(m, tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithoutSignalHandler())
	queue.Notify(func(e jqueue.Event) { p.Send(e) })

	// A closed terminal (SIGHUP) or kill (SIGTERM) ends a running session as
	// interrupted and restores the terminal; if the program cannot even
	// do that in time, it is killed and the journal marks the session
	// interrupted at the next start.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(sigs)
	go func() {
		if _, ok := <-sigs; !ok {
			return
		}
		p.Send(model.Interrupt{})
		time.Sleep(3 * time.Second)
		p.Kill()
	}()

	final, runErr := p.Run()
	if runErr != nil {
		// Killed after a signal, or the terminal failed: end a session
		// that is still running, keeping the step in progress.
		// Abandon's command hands its writes to the queue, whose Close
		// below applies them.
		if fm, ok := final.(model.Model); ok {
			if abandon := fm.Abandon(); abandon != nil {
				abandon()
			}
		}
	}
	if err := queue.Close(5 * time.Second); err != nil {
		lost := &jqueue.UnsavedError{Count: 1, Err: err}
		errors.As(err, &lost)
		reason := lost.Err
		if reason == nil {
			reason = err
		}
		fmt.Fprintln(cmd.ErrOrStderr(), i18n.New(set.lang).N("journal.lost_at_exit", lost.Count, "Reason", reason.Error()))
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrProgramKilled) {
		return fmt.Errorf("the screen stopped working (%v); your finished exercises are saved, start rygtimer again to go on", runErr)
	}
	return nil
}

// openJournal opens the journal on the writer's goroutine, so the first
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
