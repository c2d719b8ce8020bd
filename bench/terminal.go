package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// chunk is one read from the pty: when it arrived, how many bytes it had and
// the squeezed text they showed.
type chunk struct {
	at    time.Time
	bytes int
	text  string
	raw   []byte // kept only when tracing
}

// sighting is the moment something was seen on the terminal: when the read
// that completed it arrived, and the number of bytes the program had written
// before that read and with it.
type sighting struct {
	at     time.Time
	before int64
	bytes  int64
}

// terminal is a program running in a pseudo-terminal of a fixed size. A
// goroutine reads the pty all the time (a program whose output is not read
// blocks); the harness consumes the chunks in order, on its own goroutine.
type terminal struct {
	cmd     *exec.Cmd
	pty     *os.File
	started time.Time
	chunks  chan chunk

	bytes      int64
	firstByte  time.Time
	firstFrame time.Time
	text       strings.Builder // squeezed text since the last mark
	searched   int             // text before this offset holds no marker
	lastAt     time.Time       // when the last chunk arrived
	lastBytes  int             // and its size
	exited     bool
	closedAt   time.Time // when the tty closed: the program has exited
	trace      io.Writer // if set, gets every chunk's raw bytes, quoted
}

func startTerminal(cols, rows int, env []string, trace io.Writer, name string, args ...string) (*terminal, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = env
	t := &terminal{cmd: cmd, chunks: make(chan chunk, 1<<16), trace: trace}
	t.started = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		return nil, fmt.Errorf("start %s in a pty: %w", name, err)
	}
	t.pty = f
	go t.read()
	return t, nil
}

func (t *terminal) read() {
	var stream textStream
	buf := make([]byte, 64*1024)
	for {
		n, err := t.pty.Read(buf)
		if n > 0 {
			c := chunk{at: time.Now(), bytes: n, text: squeeze(stream.write(buf[:n]))}
			if t.trace != nil {
				c.raw = slices.Clone(buf[:n])
			}
			t.chunks <- c
		}
		if err != nil { // EIO once the program has exited and closed the tty
			close(t.chunks)
			return
		}
	}
}

func (t *terminal) pid() int { return t.cmd.Process.Pid }

// take records one chunk; it reports false once the program has gone.
func (t *terminal) take(c chunk, ok bool) bool {
	if !ok {
		t.exited, t.closedAt = true, time.Now()
		return false
	}
	if t.firstByte.IsZero() {
		t.firstByte = c.at
	}
	if t.firstFrame.IsZero() && c.text != "" {
		t.firstFrame = c.at
	}
	if t.trace != nil {
		fmt.Fprintf(t.trace, "%8.3f %q\n", c.at.Sub(t.started).Seconds(), c.raw)
	}
	t.bytes += int64(c.bytes)
	t.lastAt, t.lastBytes = c.at, c.bytes
	t.text.WriteString(c.text)
	return true
}

// drain records every chunk that has already arrived, without waiting.
func (t *terminal) drain() {
	for {
		select {
		case c, ok := <-t.chunks:
			if !t.take(c, ok) {
				return
			}
		default:
			return
		}
	}
}

// mark forgets the text seen so far, so the next wait looks only at what the
// program writes from now on (a screen answered once is not answered again).
func (t *terminal) mark() {
	t.drain()
	t.text.Reset()
	t.searched = 0
}

// waitAny waits until one of markers appears in the text since the last mark
// and says which one, and when the chunk that completed it arrived.
func (t *terminal) waitAny(timeout time.Duration, markers ...string) (int, sighting, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if i, ok := t.find(markers); ok {
			return i, sighting{at: t.lastAt, before: t.bytes - int64(t.lastBytes), bytes: t.bytes}, nil
		}
		select {
		case c, ok := <-t.chunks:
			if !t.take(c, ok) {
				return -1, sighting{}, fmt.Errorf("program exited while waiting for %q; last text: %q", markers, t.tail())
			}
		case <-deadline.C:
			return -1, sighting{}, fmt.Errorf("no %q within %v; last text: %q", markers, timeout, t.tail())
		}
	}
}

// find looks for the markers in the text that arrived since the last search,
// plus enough of the text before it to catch a marker split between chunks.
func (t *terminal) find(markers []string) (int, bool) {
	text := t.text.String()
	for i, m := range markers {
		m = squeeze(m)
		from := min(len(text), max(0, t.searched-len(m)+1))
		if strings.Contains(text[from:], m) {
			return i, true
		}
	}
	t.searched = len(text)
	return -1, false
}

// latest says which of the markers was drawn last in the text since the last
// mark (-1 for none).
func (t *terminal) latest(markers []string) int {
	text := t.text.String()
	best, bestAt := -1, -1
	for i, m := range markers {
		if at := strings.LastIndex(text, squeeze(m)); at > bestAt {
			best, bestAt = i, at
		}
	}
	return best
}

// tail is the end of the text seen, for error messages.
func (t *terminal) tail() string {
	text := t.text.String()
	return text[max(0, len(text)-300):]
}

// send writes keys to the program as if typed.
func (t *terminal) send(keys string) error {
	_, err := t.pty.WriteString(keys)
	return err
}

// wait waits for the program to exit by itself, then returns its resource
// usage as the kernel counted it.
func (t *terminal) wait(timeout time.Duration) (*syscall.Rusage, time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for !t.exited {
		select {
		case c, ok := <-t.chunks:
			t.take(c, ok)
		case <-deadline.C:
			return nil, time.Time{}, fmt.Errorf("program still running %v after it was asked to quit; last text: %q", timeout, t.tail())
		}
	}
	err := t.cmd.Wait()
	ended := time.Now()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, ended, err
	}
	usage, _ := t.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return usage, ended, nil
}

// close kills the program if it is still running and releases the pty.
func (t *terminal) close() {
	if t.cmd.ProcessState == nil {
		_ = t.cmd.Process.Kill()
		_, _ = t.cmd.Process.Wait()
	}
	_ = t.pty.Close()
}

// waitQuiet waits until the program has written something and then nothing
// for quiet.
func (t *terminal) waitQuiet(quiet, timeout time.Duration) error {
	deadline := time.After(timeout)
	for t.bytes == 0 {
		select {
		case c, ok := <-t.chunks:
			if !t.take(c, ok) {
				return fmt.Errorf("program exited without a byte")
			}
		case <-deadline:
			return fmt.Errorf("no output within %v", timeout)
		}
	}
	for {
		select {
		case c, ok := <-t.chunks:
			if !t.take(c, ok) {
				return fmt.Errorf("program exited; last text: %q", t.tail())
			}
		case <-time.After(quiet):
			return nil
		case <-deadline:
			return fmt.Errorf("program still writing after %v; last text: %q", timeout, t.tail())
		}
	}
}
