package main

import (
	"strings"
	"testing"
)

const sampleFrame = "\x1b[?1049h\x1b[H\x1b]0;rygtimer\x07\x1b[1;38;2;200;100;50mHold\x1b[m\x1b[3CSet 1/1\r\n" +
	"█████ \x1b[2b  0:30 left · Knæ\x1b[K\r\n"

func TestTextStreamMatchesStripAtEverySplit(t *testing.T) {
	want := visibleText(sampleFrame)
	for cut := 0; cut <= len(sampleFrame); cut++ {
		var s textStream
		got := squeeze(s.write([]byte(sampleFrame[:cut])) + s.write([]byte(sampleFrame[cut:])))
		if got != want {
			t.Fatalf("split at %d: got %q, want %q", cut, got, want)
		}
	}
}

func TestMarkersAreFoundWithoutSpacesOrStyles(t *testing.T) {
	text := visibleText(sampleFrame)
	for _, marker := range []string{markerHoldStarted, "0:30 left", "Knæ"} {
		if !strings.Contains(text, squeeze(marker)) {
			t.Errorf("marker %q not found in %q", marker, text)
		}
	}
	if strings.Contains(text, "rygtimer") {
		t.Errorf("the window title (an OSC string) leaked into the text: %q", text)
	}
}
