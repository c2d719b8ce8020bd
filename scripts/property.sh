#!/bin/sh
# The long run of the model's property test (model/property_test.go):
# random keys, ticks (on time, late, early, duplicated, stale), resizes
# from 1x1 to 400x120 and clock jumps, driven through the real Model,
# with every invariant checked after every event.
#
# One check is one program start (perhaps walked into a session or to
# its check-out) and 1 to 300 drawn events (rapid favours
# short sequences: about 110 on average, counting the journal's answers
# fed back, the restarts after a quit and the final signal). The default
# 10500 checks make about 10^6 events; the test prints the exact count
# ("property: N events") and how the events spread over the states.
# Measured 2026-11-29 on the project's 2-core machine under a load of
# 15-20: 9000 checks, 998119 events, all passed, 1222 s (about 9 CPU
# minutes); the full sweep 173 s. Again at 16:34 UTC, load about 1.5,
# with every run heard and every other one in accessible mode: 10500
# checks, 1065716 events, all passed, 622 s.
#
# The plain `go test ./...` runs the same test with 30 checks (3 under
# -race), a few seconds; RYGTIMER_PROPERTY=1 makes 10500 the default.
#
# Then the resize sweep at full size: every screen, in both languages,
# through every width 1-400 and every height 1-120 (see sweepSizes).
#
# Usage: scripts/property.sh [checks]   (CHECKS=... works too)
# A failure prints the shrunk event sequence and leaves a fail file in
# model/testdata/rapid/ that replays it: go test ./model -run
# '^TestProperty$' -rapid.failfile=<file>.
set -eu
cd "$(dirname "$0")/.."
checks=${1:-${CHECKS:-10500}}
start=$(date +%s)
status=0
RYGTIMER_PROPERTY=1 go test ./model -run '^TestProperty$' -count=1 -v -timeout 2h -rapid.checks="$checks" || status=$?
echo "property.sh: $checks checks in $(($(date +%s) - start)) s"
start=$(date +%s)
go test ./model -run '^TestResizeSweep$' -count=1 -timeout 1h -sweep.full || status=$?
echo "property.sh: full resize sweep in $(($(date +%s) - start)) s"
exit $status
