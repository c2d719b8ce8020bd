//go:build race

package model

// raceDetector: the race detector makes every event about ten times
// slower, so the short property run makes fewer checks under it.
const raceDetector = true
