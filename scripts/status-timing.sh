#!/bin/sh
# Times `rygtimer status` as a prompt runs it (docs/PERFORMANCE.md,
# "rygtimer status"): a fresh process each time, stdout a pipe, on four
# journals — none, a typical month, ten years with the streak broken 20
# days ago, and ten years of an unbroken streak (the worst case) — written
# by journal's TestWriteStatusFixture. Prints hyperfine's mean, median and
# min (wall) and perf's task-clock (CPU), which a busy machine distorts
# less. Compare builds by naming them:
#
#   scripts/status-timing.sh                  # the current tree
#   scripts/status-timing.sh ./old ./new      # two builds, interleaved
#
# Needs hyperfine; perf is optional.
set -eu
cd "$(dirname "$0")/.."
tmp="${TMPDIR:-/tmp}/rygtimer-status-timing.$$"
mkdir -p "$tmp/config" "$tmp/none"
trap 'rm -rf "$tmp"' EXIT
if [ "$#" -eq 0 ]; then
	go build -o "$tmp/rygtimer" .
	set -- "$tmp/rygtimer"
fi
RYGTIMER_STATUS_FIXTURE="$tmp" go test ./journal -run TestWriteStatusFixture -count=1 >/dev/null
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for j in none month streak20d streak10y; do
	for bin in "$@"; do
		export XDG_DATA_HOME="$tmp/$j" XDG_CONFIG_HOME="$tmp/config"
		line=$("$bin" status)
		hyperfine -N --warmup 3 -r "${RUNS:-40}" --export-json "$tmp/h.json" "$bin status" >/dev/null 2>&1
		wall=$(python3 -c "import json; r=json.load(open('$tmp/h.json'))['results'][0]; print('mean %.1f  median %.1f  min %.1f ms' % (r['mean']*1e3, r['median']*1e3, r['min']*1e3))")
		cpu=""
		if command -v perf >/dev/null 2>&1; then
			cpu=$(perf stat -r 20 "$bin" status 2>&1 >/dev/null | awk '/task-clock/ {printf "cpu %.1f ms", $1}')
		fi
		printf '%-10s %-28s %s  %s   (%s)\n' "$j" "$(basename "$bin")" "$wall" "$cpu" "$line"
	done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
