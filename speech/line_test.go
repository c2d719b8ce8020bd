package speech

import (
	"errors"
	"testing"
)

func argvOf(words ...string) func() ([]string, error) {
	return func() ([]string, error) { return words, nil }
}

func TestLineReportsAProgramThatFailsButNotOneItKilled(t *testing.T) {
	t.Parallel()
	s := newFakeStarter()
	errs := make(chan error, 4)
	l := newLine(s, func(err error) { errs <- err })
	l.play(argvOf("espeak-ng", "Rest."))
	p := <-s.started
	p.finish <- errors.New("exit status 1")
	if err := <-errs; err.Error() != "exit status 1" {
		t.Fatalf("reported %v", err)
	}
	l.play(argvOf("espeak-ng", "Three."))
	<-s.started
	l.play(argvOf("espeak-ng", "Four."))
	<-s.started
	l.close()
	if len(errs) != 0 {
		t.Fatalf("a killed program was reported as failing: %v", <-errs)
	}
}

func TestLineReportsWhatCannotBePrepared(t *testing.T) {
	t.Parallel()
	s := newFakeStarter()
	errs := make(chan error, 1)
	l := newLine(s, func(err error) { errs <- err })
	l.play(func() ([]string, error) { return nil, errors.New("disk full") })
	if err := <-errs; err.Error() != "disk full" {
		t.Fatalf("reported %v", err)
	}
	l.close()
	if len(s.started) != 0 {
		t.Fatal("started a program without an argv")
	}
}

func TestLineCloseReapsEveryProgram(t *testing.T) {
	t.Parallel()
	s := newFakeStarter()
	l := newLine(s, func(error) {})
	l.play(argvOf("a"))
	a := <-s.started
	l.play(argvOf("b"))
	b := <-s.started
	l.close()
	if !a.wasKilled() || !b.wasKilled() {
		t.Fatalf("Close left a program running: a killed %v, b killed %v", a.wasKilled(), b.wasKilled())
	}
	l.close()
	l.play(argvOf("c"))
	l.silence()
	if len(s.started) != 0 {
		t.Fatal("a closed line started a program")
	}
}
