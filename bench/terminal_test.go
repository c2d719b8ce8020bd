package main

import (
	"testing"
	"time"
)

// feed gives the terminal the raw output in pieces, as pty reads would.
func feed(t *terminal, pieces ...string) {
	var stream textStream
	for i, p := range pieces {
		t.take(chunk{at: time.Unix(int64(i), 0), bytes: len(p), text: squeeze(stream.write([]byte(p)))}, true)
	}
}

func TestFindsAMarkerSplitBetweenReads(t *testing.T) {
	term := &terminal{}
	feed(term, "\x1b[8;21H\x1b[1mHold\x1b[m   Se", "t 1/", "1\x1b[m")
	if _, ok := term.find([]string{markerHoldStarted}); !ok {
		t.Fatalf("%q not found in %q", markerHoldStarted, term.text.String())
	}
	if term.bytes != int64(len("\x1b[8;21H\x1b[1mHold\x1b[m   Set 1/1\x1b[m")) {
		t.Errorf("bytes = %d", term.bytes)
	}
	if term.lastBytes != len("1\x1b[m") {
		t.Errorf("last read = %d bytes, want the size of the read that completed the marker", term.lastBytes)
	}
	if !term.lastAt.Equal(time.Unix(2, 0)) {
		t.Errorf("seen at %v, want the time of the read that completed it", term.lastAt)
	}
}

func TestFindAfterAFailedSearchStillSeesTheJoin(t *testing.T) {
	term := &terminal{}
	feed(term, "Session fin")
	if _, ok := term.find([]string{markerFinished}); ok {
		t.Fatal("found a marker that is not complete yet")
	}
	feed(term, "ished")
	if _, ok := term.find([]string{markerFinished}); !ok {
		t.Fatalf("%q not found after its second half arrived", markerFinished)
	}
}

func TestLatestIsTheScreenDrawnLast(t *testing.T) {
	term := &terminal{}
	markers := []string{markerPrecautions, markerPainBefore, markerRedFlags}
	feed(term, "How much does it hurt right now, from 0 to 10?",
		"► Press enter when you have read this.")
	if got := term.latest(markers); got != 0 {
		t.Errorf("latest = %d, want 0 (the precautions replaced the check-in)", got)
	}
	term.mark()
	if got := term.latest(markers); got != -1 {
		t.Errorf("latest after mark = %d, want -1", got)
	}
}
