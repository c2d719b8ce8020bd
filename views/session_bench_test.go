package views

import (
	"testing"
	"time"
)

// The screens redrawn every second of a hold and every cue of a set, at
// the benchmark's window (issue #13 aims at 0.3 ms a frame).
func BenchmarkHoldWithSide(b *testing.B) {
	c := sessionCtx("en", 100, 30)
	drawing, _ := Drawing("knee-to-chest", 0)
	v := Timer{Header: Header{Routine: "Pain relief", Exercise: 2, Exercises: 3, Name: "Knee-to-chest stretch", Side: "Right",
		SetLine: "Set 1/3", Drawing: drawing, NextUp: "Switch to the left side"},
		Label: "Hold", Remaining: 13 * time.Second, Total: 20 * time.Second, BarCells: BarWidth(100), BigDigits: true, SideWord: "Right"}
	for b.Loop() {
		TimerScreen(c, v)
	}
}

func BenchmarkRepsCue(b *testing.B) {
	c := sessionCtx("en", 100, 30)
	drawing, _ := Drawing("pelvic-tilt", 1)
	v := RepsView{Header: Header{Routine: "Mobility", Exercise: 1, Exercises: 5, Name: "Pelvic tilt", SetLine: "Set 1/3", Drawing: drawing},
		Rep: 2, Reps: 10, Done: 1, Cue: "Tilt", Cues: []string{"Tilt", "Hold", "Release"}, CueLeft: 2 * time.Second, CueMost: 2 * time.Second,
		Phases: 3, Remaining: time.Minute, Total: 2 * time.Minute, BarCells: BarWidth(100), BigDigits: true}
	for b.Loop() {
		RepsScreen(c, v)
	}
}

func BenchmarkHoldWithoutSide(b *testing.B) {
	c := sessionCtx("en", 100, 30)
	drawing, _ := Drawing("press-up", 0)
	v := Timer{Header: Header{Routine: "Pain relief", Exercise: 3, Exercises: 3, Name: "Cobra", Drawing: drawing, NextUp: "Rest"},
		Label: "Hold", Remaining: 13 * time.Second, Total: 20 * time.Second, BarCells: BarWidth(100), BigDigits: true}
	for b.Loop() {
		TimerScreen(c, v)
	}
}
