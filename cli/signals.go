package cli

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rygtimer/rygtimer/model"
)

// quitSignals end a running session as interrupted and restore the
// terminal: a closed terminal (SIGHUP), kill (SIGTERM), an interrupt from
// outside (SIGINT; in the app ctrl+c is a key) and SIGQUIT, whose Go
// default would dump the goroutines, exit 2 (the bad-usage status) and
// leave the terminal in the alternate screen with the cursor hidden.
var quitSignals = []os.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT, syscall.SIGQUIT}

// interruptGrace is how long the program has to save and restore the
// terminal after a quit signal before it is killed; the journal then
// marks the session interrupted at the next start.
const interruptGrace = 3 * time.Second

// interruptOnSignals turns the first quit signal into model.Interrupt.
// stop ends the watch once the program has returned.
func interruptOnSignals(p *tea.Program) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, quitSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		p.Send(model.Interrupt{})
		select {
		case <-time.After(interruptGrace):
			p.Kill()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
