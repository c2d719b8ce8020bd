package speech

import (
	"errors"
	"os/exec"
	"slices"
	"sync"
	"testing"
)

// fakeStarter records every program started. Its processes run until
// killed or told to finish, like a speech program that never stops
// talking; with hang set, Start itself blocks until released.
type fakeStarter struct {
	started chan *fakeProc
	entered chan struct{} // receives when Start is entered (hang only)
	hang    chan struct{} // when non-nil, Start waits until it is closed
	fail    error         // when non-nil, Start fails with it
}

func newFakeStarter() *fakeStarter {
	return &fakeStarter{started: make(chan *fakeProc, 64)}
}

func (s *fakeStarter) Start(argv []string) (Process, error) {
	if s.hang != nil {
		s.entered <- struct{}{}
		<-s.hang
	}
	if s.fail != nil {
		return nil, s.fail
	}
	p := &fakeProc{argv: slices.Clone(argv), killed: make(chan struct{}), finish: make(chan error, 1)}
	s.started <- p
	return p, nil
}

type fakeProc struct {
	argv   []string
	killed chan struct{}
	finish chan error
	once   sync.Once
}

var errKilled = errors.New("signal: killed")

func (p *fakeProc) Wait() error {
	select {
	case <-p.killed:
		return errKilled
	case err := <-p.finish:
		return err
	}
}

func (p *fakeProc) Kill() { p.once.Do(func() { close(p.killed) }) }

func (p *fakeProc) wasKilled() bool {
	select {
	case <-p.killed:
		return true
	default:
		return false
	}
}

// lookPathFinding returns a LookPath that finds only the named programs.
func lookPathFinding(names ...string) func(string) (string, error) {
	return func(file string) (string, error) {
		if slices.Contains(names, file) {
			return "/usr/bin/" + file, nil
		}
		return "", exec.ErrNotFound
	}
}

// newTestEngine returns an engine on a fake starter that finds the named
// programs, closed when the test ends.
func newTestEngine(t *testing.T, opts Options, found ...string) (*Engine, *fakeStarter) {
	t.Helper()
	s := newFakeStarter()
	if opts.Starter == nil {
		opts.Starter = s
	}
	opts.LookPath = lookPathFinding(found...)
	if opts.ChimeDir == "" {
		opts.ChimeDir = t.TempDir()
	}
	if opts.GOOS == "" {
		opts.GOOS = "linux"
	}
	e := New(opts)
	t.Cleanup(e.Close)
	return e, s
}
