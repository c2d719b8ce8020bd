//go:build !unix

package cli

import tea "charm.land/bubbletea/v2"

// jobControl does nothing where there is no SIGTSTP: ctrl+z is a key.
type jobControl struct{}

func newJobControl() *jobControl { return &jobControl{} }

func (j *jobControl) start(*tea.Program) (stop func()) { return func() {} }

func (j *jobControl) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }
