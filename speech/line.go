package speech

import "sync"

// Starter starts a program from an argv, without a shell. Production uses
// the operating system; tests use a fake that records argv and can hang.
type Starter interface {
	Start(argv []string) (Process, error)
}

// Process is a started program.
type Process interface {
	// Wait blocks until the program has ended and been reaped. The line
	// calls it exactly once, on a goroutine of its own.
	Wait() error
	// Kill stops the program (and anything it started) at once. It may be
	// called after the program ended and must then do nothing.
	Kill()
}

// line plays one thing at a time: a newer request stops whatever is still
// playing, and requests made while a program starts collapse into the
// newest, so a rep count never queues behind an old sentence. Callers only
// set a field and wake a goroutine; starting, stopping and reaping all
// happen off the caller's goroutine.
type line struct {
	starter Starter
	onErr   func(error)

	mu      sync.Mutex
	pending *request // newest request the worker has not taken yet
	current *playing // what is playing now, if anything
	closed  bool

	wake chan struct{} // capacity 1: "pending changed"
	quit chan struct{}
	// live counts the worker and every waiter, so close returns only when
	// every started program has been reaped.
	live sync.WaitGroup
}

// request is one thing to play. argv is called on the worker, so work such
// as writing a chime's file never runs on the caller's goroutine; a nil
// argv means "stop and play nothing".
type request struct {
	argv func() ([]string, error)
}

type playing struct {
	proc   Process
	killed bool // set before Kill, so its exit status is not an error
}

func newLine(starter Starter, onErr func(error)) *line {
	l := &line{
		starter: starter,
		onErr:   onErr,
		wake:    make(chan struct{}, 1),
		quit:    make(chan struct{}),
	}
	l.live.Add(1)
	go l.work()
	return l
}

// play asks for argv to be played, stopping what plays now. It returns at
// once.
func (l *line) play(argv func() ([]string, error)) { l.submit(&request{argv: argv}) }

// silence stops whatever plays now. It returns at once.
func (l *line) silence() { l.submit(&request{}) }

func (l *line) submit(r *request) {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return
	}
	l.pending = r
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default: // the worker is already due to look at pending
	}
}

// close stops what is playing and returns when every program this line
// started has ended and been reaped. Later requests are ignored.
func (l *line) close() {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		l.live.Wait()
		return
	}
	l.closed = true
	l.pending = nil
	l.mu.Unlock()
	close(l.quit)
	l.live.Wait()
}

func (l *line) work() {
	defer l.live.Done()
	for {
		select {
		case <-l.wake:
		case <-l.quit:
			l.stopCurrent()
			return
		}
		l.mu.Lock()
		r := l.pending
		l.pending = nil
		l.mu.Unlock()
		if r == nil {
			continue
		}
		l.stopCurrent()
		if r.argv != nil {
			l.start(r)
		}
	}
}

func (l *line) stopCurrent() {
	l.mu.Lock()
	cur := l.current
	l.current = nil
	if cur != nil {
		cur.killed = true
	}
	l.mu.Unlock()
	if cur != nil {
		cur.proc.Kill()
	}
}

func (l *line) start(r *request) {
	argv, err := r.argv()
	if err != nil {
		l.onErr(err)
		return
	}
	proc, err := l.starter.Start(argv)
	if err != nil {
		l.onErr(err)
		return
	}
	p := &playing{proc: proc}
	l.mu.Lock()
	l.current = p
	l.mu.Unlock()
	l.live.Add(1)
	go l.reap(p)
}

// reap waits for a program to end so it never lingers as a zombie, and
// reports a failure unless the line stopped it on purpose.
func (l *line) reap(p *playing) {
	defer l.live.Done()
	err := p.proc.Wait()
	l.mu.Lock()
	if l.current == p {
		l.current = nil
	}
	killed := p.killed
	l.mu.Unlock()
	if err != nil && !killed {
		l.onErr(err)
	}
}
