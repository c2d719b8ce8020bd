package jqueue

import (
	"context"
	"errors"
	"io"
)

// run is the actor: it applies operations one at a time, in number order.
func (q *Queue) run() {
	var j Journal
	defer func() {
		if c, ok := j.(io.Closer); ok {
			_ = c.Close()
		}
		close(q.done)
	}()
	ids := map[string]int64{}
	var noJournal bool
	for {
		seq, op, ok := q.take()
		if !ok {
			return
		}
		if noJournal {
			q.giveUp(seq, op, ErrNoJournal)
			continue
		}
		attempt := func() (*History, error) {
			if j == nil {
				var err error
				if j, err = q.cfg.Open(); err != nil {
					j = nil
					return nil, err
				}
				if j == nil {
					noJournal = true
					return nil, ErrNoJournal
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), q.cfg.OpTimeout)
			defer cancel()
			return op.apply(ctx, j, ids)
		}
		q.applyOne(seq, op, attempt, &noJournal)
	}
}

// take waits for the operation whose turn it is. While the program runs a
// missing number is waited for, since its command is on its way; once the
// queue is closing it is waited for a short grace and then skipped, so a
// command Bubble Tea never ran cannot hold back the writes after it.
func (q *Queue) take() (uint64, Op, bool) {
	graceOver := false
	for {
		q.mu.Lock()
		if op, ok := q.arrived[q.next]; ok {
			seq := q.next
			delete(q.arrived, seq)
			q.next++
			q.mu.Unlock()
			return seq, op, true
		}
		closing := q.closing
		if closing && graceOver {
			lowest, found := uint64(0), false
			for s := range q.arrived {
				if !found || s < lowest {
					lowest, found = s, true
				}
			}
			if !found {
				q.mu.Unlock()
				return 0, nil, false
			}
			q.next = lowest
			q.mu.Unlock()
			continue
		}
		empty := len(q.arrived) == 0
		q.mu.Unlock()
		if closing && empty {
			return 0, nil, false
		}
		if closing {
			select {
			case <-q.wake:
			case <-q.cfg.After(q.cfg.GapGrace):
				graceOver = true
			}
			continue
		}
		<-q.wake
	}
}

// applyOne applies one operation, retrying a failure with back-off until
// it works; once the queue is closing, a failing operation gets one more
// attempt and is then given up.
func (q *Queue) applyOne(seq uint64, op Op, attempt func() (*History, error), noJournal *bool) {
	delay := q.cfg.FirstRetry
	failed, triedAtClose := false, false
	for {
		h, err := attempt()
		if err == nil {
			q.saved(seq, op, h, failed)
			return
		}
		if *noJournal || errors.Is(err, errNoSession) || triedAtClose {
			q.giveUp(seq, op, err)
			return
		}
		q.mu.Lock()
		q.lastErr = err // why writes may be unsaved, if Close times out now
		q.mu.Unlock()
		if !failed {
			failed = true
			q.emit(Event{Seq: seq, Op: op, Kind: Retrying, Err: err})
		}
		if q.isClosing() {
			<-q.cfg.After(q.cfg.FirstRetry)
			triedAtClose = true
			continue
		}
		select {
		case <-q.cfg.After(delay):
		case <-q.closingCh:
			triedAtClose = true
			continue
		}
		if q.isClosing() {
			triedAtClose = true
		}
		delay = min(delay*2, q.cfg.MaxRetry)
	}
}

func (q *Queue) isClosing() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.closing
}

func (q *Queue) saved(seq uint64, op Op, h *History, retried bool) {
	q.mu.Lock()
	if !isRead(op) {
		q.unsaved--
	}
	q.mu.Unlock()
	if isRead(op) || retried {
		q.emit(Event{Seq: seq, Op: op, Kind: Saved, History: h})
	}
}

func (q *Queue) giveUp(seq uint64, op Op, err error) {
	q.mu.Lock()
	if !isRead(op) {
		q.unsaved--
		q.lost++
		q.lastErr = err
	}
	q.mu.Unlock()
	q.emit(Event{Seq: seq, Op: op, Kind: GaveUp, Err: err})
}
