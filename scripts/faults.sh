#!/bin/sh
# The slow fault tests of docs/PERFORMANCE.md ("Fault tests"): the real
# binary in a pseudo-terminal, killed with SIGKILL at random moments of a
# session (RUNS times, 100 by default), then the journal checked (it opens,
# PRAGMA integrity_check is ok, every step the screen showed finished is
# in it); and the fast fault tests (signals, read-only and full disks,
# damaged files, the routine fuzz corpus) once more beside them.
#
#   scripts/faults.sh            # 100 kills, about 20 minutes
#   RUNS=10 scripts/faults.sh    # fewer
#   SEED=123 scripts/faults.sh   # repeat the moments of an earlier run
#
# Linux only; the full-disk and read-only tests need root (mount) and say
# so when they skip.
set -eu
cd "$(dirname "$0")/.."
export RYGTIMER_SLOW_TESTS=1 RYGTIMER_FAULT_TESTS=1
export RYGTIMER_KILL_RUNS="${RUNS:-100}"
if [ -n "${SEED:-}" ]; then
	export RYGTIMER_KILL_SEED="$SEED"
fi
log="${TMPDIR:-/tmp}/rygtimer-faults.$$.log"
status=0
go test ./faults -count=1 -v -timeout 90m "$@" >"$log" 2>&1 || status=$?
# Every test's verdict and the RESULT lines with the counts; the whole
# log (every run's moment, what was shown and saved) stays for a failure.
grep -E -e '^(--- |PASS|FAIL|ok )' -e 'RESULT' -e 'run [0-9]+: \{' "$log" || true
echo "full log: $log"
exit "$status"
