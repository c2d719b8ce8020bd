package speech

import (
	"encoding/binary"
	"math"
	"testing"
	"time"
)

var allChimes = []Chime{HoldEnd, SideSwitch, RestEnd, SessionEnd}

// wavInfo is what a player reads from a WAV header.
type wavInfo struct {
	channels, bits int
	rate           int
	samples        []int16
}

// parseWAV checks the RIFF structure the way a strict player would.
func parseWAV(t *testing.T, b []byte) wavInfo {
	t.Helper()
	le := binary.LittleEndian
	if len(b) < 44 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		t.Fatalf("not a RIFF/WAVE file")
	}
	if got := int(le.Uint32(b[4:8])); got != len(b)-8 {
		t.Fatalf("RIFF size %d, want %d", got, len(b)-8)
	}
	if string(b[12:16]) != "fmt " || le.Uint32(b[16:20]) != 16 || le.Uint16(b[20:22]) != 1 {
		t.Fatalf("fmt chunk is not plain PCM")
	}
	info := wavInfo{
		channels: int(le.Uint16(b[22:24])),
		rate:     int(le.Uint32(b[24:28])),
		bits:     int(le.Uint16(b[34:36])),
	}
	blockAlign := info.channels * info.bits / 8
	if int(le.Uint32(b[28:32])) != info.rate*blockAlign || int(le.Uint16(b[32:34])) != blockAlign {
		t.Fatalf("byte rate or block align disagree with the format")
	}
	if string(b[36:40]) != "data" {
		t.Fatalf("no data chunk after fmt")
	}
	size := int(le.Uint32(b[40:44]))
	if size != len(b)-44 || size%blockAlign != 0 {
		t.Fatalf("data size %d for %d bytes of data", size, len(b)-44)
	}
	for i := 44; i < len(b); i += 2 {
		info.samples = append(info.samples, int16(le.Uint16(b[i:])))
	}
	return info
}

func TestChimesAreValidShortSoftWAVs(t *testing.T) {
	t.Parallel()
	wantLength := map[Chime]time.Duration{
		HoldEnd:    450 * time.Millisecond,
		SideSwitch: 600 * time.Millisecond,
		RestEnd:    600 * time.Millisecond,
		SessionEnd: 960 * time.Millisecond,
	}
	for _, c := range allChimes {
		b := c.wav()
		w := parseWAV(t, b)
		if w.channels != 1 || w.bits != 16 || w.rate != 8000 {
			t.Errorf("%s: %d channels, %d bit, %d Hz; want mono 16 bit 8000 Hz", c, w.channels, w.bits, w.rate)
		}
		length := time.Duration(len(w.samples)) * time.Second / time.Duration(w.rate)
		if length != wantLength[c] {
			t.Errorf("%s lasts %v, want %v", c, length, wantLength[c])
		}
		if len(b) > 16<<10 {
			t.Errorf("%s is %d bytes; a chime should be a few KB", c, len(b))
		}
		peak := 0.0
		for _, s := range w.samples {
			peak = max(peak, math.Abs(float64(s))/math.MaxInt16)
		}
		if peak < 0.2 || peak > 0.6 {
			t.Errorf("%s peaks at %.2f of full scale; want soft but audible", c, peak)
		}
		// A sample far from zero at either end is a click.
		first, last := w.samples[0], w.samples[len(w.samples)-1]
		if abs(first) > 50 || abs(last) > 50 {
			t.Errorf("%s starts at %d and ends at %d; want silence at both ends", c, first, last)
		}
	}
}

func abs(v int16) int16 { return max(v, -v) }

func TestEveryChimeSoundsDifferent(t *testing.T) {
	t.Parallel()
	for i, a := range allChimes {
		for _, b := range allChimes[i+1:] {
			if string(a.wav()) == string(b.wav()) {
				t.Errorf("%s and %s are the same sound", a, b)
			}
		}
	}
	// Rising and falling pairs must differ in direction, not only length.
	if first, second := pitchOrder(SideSwitch); first <= second {
		t.Errorf("side switch should fall: %.0f Hz then %.0f Hz", first, second)
	}
	if first, second := pitchOrder(RestEnd); first >= second {
		t.Errorf("rest end should rise: %.0f Hz then %.0f Hz", first, second)
	}
}

func pitchOrder(c Chime) (first, second float64) {
	n := c.notes()
	return n[0].hz, n[1].hz
}
