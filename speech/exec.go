package speech

import (
	"os/exec"
	"sync"
)

// execStarter runs programs directly (no shell) with stdin, stdout and
// stderr on the null device: a speech program must never read the keys
// meant for rygtimer or write over its screen.
type execStarter struct{}

func (execStarter) Start(argv []string) (Process, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	ownProcessGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &execProcess{cmd: cmd}, nil
}

type execProcess struct {
	cmd *exec.Cmd
	mu  sync.Mutex
	// done is set once the program is reaped: from then on its process id
	// may be given to another program, so Kill must not use it. (The few
	// microseconds between the reap inside cmd.Wait and done being set do
	// not matter: a freed id is reused only after the kernel has cycled
	// through all the others.)
	done bool
}

func (p *execProcess) Wait() error {
	err := p.cmd.Wait()
	p.mu.Lock()
	p.done = true
	p.mu.Unlock()
	return err
}

func (p *execProcess) Kill() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.done {
		killTree(p.cmd)
	}
}
