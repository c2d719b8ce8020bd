package speech

import (
	"encoding/binary"
	"math"
	"time"
)

// Chime is a short tone that marks a change a patient lying on the mat
// should hear even without speech.
type Chime int

// The chimes, each with its own shape so they can be told apart by ear:
// one tone when a hold ends; two falling ("ding-dong", as at a door) when
// it is time to change sides; two rising ("off you go") when a rest ends;
// three rising when the session is done.
const (
	HoldEnd Chime = iota
	SideSwitch
	RestEnd
	SessionEnd
)

func (c Chime) String() string {
	switch c {
	case HoldEnd:
		return "hold-end"
	case SideSwitch:
		return "side-switch"
	case RestEnd:
		return "rest-end"
	case SessionEnd:
		return "session-end"
	}
	return "unknown"
}

// The PCM format of every chime: mono, 16 bit, 8 kHz. The tones stay
// below 1.6 kHz, so 8 kHz loses nothing, and a chime is a few KB.
const (
	sampleRate    = 8000
	bitsPerSample = 16
)

// A note is one struck tone; notes of a chime may overlap, as a
// vibraphone's do.
type note struct {
	hz    float64
	at    time.Duration // start, from the beginning of the chime
	ring  time.Duration // until it has faded to silence
	level float64       // peak, as a fraction of full scale
}

// Pitches of a C major chord: consonant, calm, never shrill.
const (
	noteC5 = 523.25
	noteE5 = 659.25
	noteG5 = 783.99
)

func (c Chime) notes() []note {
	const soft = 0.4
	switch c {
	case HoldEnd:
		return []note{{noteG5, 0, 450 * time.Millisecond, soft}}
	case SideSwitch:
		return []note{
			{noteG5, 0, 300 * time.Millisecond, soft},
			{noteE5, 180 * time.Millisecond, 420 * time.Millisecond, soft},
		}
	case RestEnd:
		return []note{
			{noteC5, 0, 300 * time.Millisecond, soft},
			{noteG5, 180 * time.Millisecond, 420 * time.Millisecond, soft},
		}
	case SessionEnd:
		return []note{
			{noteC5, 0, 300 * time.Millisecond, soft},
			{noteE5, 180 * time.Millisecond, 300 * time.Millisecond, soft},
			{noteG5, 360 * time.Millisecond, 600 * time.Millisecond, soft},
		}
	}
	return nil
}

// samples renders the chime as PCM samples in [-1, 1].
func (c Chime) samples() []float64 {
	var end time.Duration
	notes := c.notes()
	for _, n := range notes {
		end = max(end, n.at+n.ring)
	}
	out := make([]float64, samplesIn(end))
	for _, n := range notes {
		first := samplesIn(n.at)
		count := samplesIn(n.ring)
		for i := 0; i < count && first+i < len(out); i++ {
			t := float64(i) / sampleRate
			out[first+i] += n.level * envelope(i, count) * tone(n.hz, t)
		}
	}
	return out
}

func samplesIn(d time.Duration) int { return int(d.Seconds() * sampleRate) }

// tone is a sine with a little of its octave, which fades faster, so the
// note starts bright and settles into a pure tone, like a soft bell.
func tone(hz, t float64) float64 {
	fundamental := math.Sin(2 * math.Pi * hz * t)
	octave := 0.25 * math.Exp(-t/0.06) * math.Sin(2*math.Pi*2*hz*t)
	return (fundamental + octave) / 1.25
}

// envelope rises over 10 ms, decays like a struck bell and reaches exactly
// zero over the last 20 ms: a tone that starts or stops abruptly clicks.
func envelope(i, count int) float64 {
	attack := samplesIn(10 * time.Millisecond)
	release := samplesIn(20 * time.Millisecond)
	t := float64(i) / sampleRate
	level := math.Exp(-t / 0.15)
	if i < attack {
		level *= raisedCosine(float64(i) / float64(attack))
	}
	if left := count - 1 - i; left < release {
		level *= raisedCosine(float64(left) / float64(release))
	}
	return level
}

// raisedCosine goes smoothly from 0 at x = 0 to 1 at x = 1.
func raisedCosine(x float64) float64 { return 0.5 - 0.5*math.Cos(math.Pi*x) }

// wav returns the chime as a complete WAV file (RIFF, PCM).
func (c Chime) wav() []byte {
	samples := c.samples()
	const blockAlign = bitsPerSample / 8
	dataSize := len(samples) * blockAlign
	b := make([]byte, 0, 44+dataSize)
	le := binary.LittleEndian
	b = append(b, "RIFF"...)
	b = le.AppendUint32(b, uint32(36+dataSize))
	b = append(b, "WAVE"...)
	b = append(b, "fmt "...)
	b = le.AppendUint32(b, 16) // size of the PCM format chunk
	b = le.AppendUint16(b, 1)  // PCM
	b = le.AppendUint16(b, 1)  // mono
	b = le.AppendUint32(b, sampleRate)
	b = le.AppendUint32(b, sampleRate*blockAlign)
	b = le.AppendUint16(b, blockAlign)
	b = le.AppendUint16(b, bitsPerSample)
	b = append(b, "data"...)
	b = le.AppendUint32(b, uint32(dataSize))
	for _, s := range samples {
		s = max(-1, min(1, s))
		b = le.AppendUint16(b, uint16(int16(math.Round(s*math.MaxInt16))))
	}
	return b
}
