package model

import "time"

// Clock returns the current time. Production passes time.Now, whose
// readings carry the monotonic clock, so a wall-clock jump (NTP, a laptop
// waking up) never stretches or shortens a hold. Tests pass a fake.
type Clock func() time.Time

// countdown is the clock of one timed step. The remaining time is always
// derived from a deadline, never counted down tick by tick, so a late or
// missed tick cannot make the step drift.
type countdown struct {
	total    time.Duration
	deadline time.Time     // when the step ends, while running
	left     time.Duration // the exact time left, while paused
	paused   bool
}

func startCountdown(now time.Time, d time.Duration) countdown {
	return countdown{total: d, deadline: now.Add(d)}
}

// remaining is deadline − now, never below zero.
func (c countdown) remaining(now time.Time) time.Duration {
	if c.paused {
		return c.left
	}
	// Never below zero, and never above the step's length: a clock that
	// went back (not the monotonic one of production, but an injected or
	// wall clock) must not show more time than the step lasts, or save a
	// negative partial hold.
	return max(0, min(c.deadline.Sub(now), c.total))
}

func (c countdown) elapsed(now time.Time) time.Duration {
	return c.total - c.remaining(now)
}

func (c countdown) done(now time.Time) bool { return c.total > 0 && c.remaining(now) <= 0 }

// pause keeps the exact time left; resume sets a fresh deadline from it.
func (c countdown) pause(now time.Time) countdown {
	if c.paused {
		return c
	}
	c.left = c.remaining(now)
	c.paused = true
	return c
}

func (c countdown) resume(now time.Time) countdown {
	if !c.paused {
		return c
	}
	c.deadline = now.Add(c.left)
	c.paused = false
	return c
}

// untilNextSecond is how long until views.WholeSeconds(r), the shown
// second, changes.
func untilNextSecond(r time.Duration) time.Duration {
	if r <= 0 {
		return 0
	}
	d := r % time.Second
	if d == 0 {
		d = time.Second
	}
	return d
}
