#!/usr/bin/env bash
# Runs a whole session of each phase, in English and Danish, in tmux, with
# the real espeak-ng speaking into WAV files instead of the loudspeaker:
# every sentence is logged with the time it was said, and its WAV kept, so
# a person can read (and play) the session as a patient on the mat hears it.
#
#   scripts/listen.sh [OUT]     (default OUT: /tmp/rygtimer-listen)
#
# Needs tmux, espeak-ng and sox. A whole run takes as long as the longest
# session (about 17 minutes): the six sessions run side by side.
set -euo pipefail
out=${1:-/tmp/rygtimer-listen}
cd "$(dirname "$0")/.."
for p in tmux espeak-ng sox; do command -v "$p" >/dev/null || { echo "listen.sh: $p is not installed" >&2; exit 2; }; done
rm -rf "$out" && mkdir -p "$out"
go build -o "$out/rygtimer" .

run() { # phase lang
	local dir="$out/$1-$2"
	mkdir -p "$dir/config/rygtimer" "$dir/data" "$dir/wav"
	# The speech program: log the sentence, then become espeak-ng writing
	# a WAV (exec, so rygtimer's cut-off of an older cue cuts the WAV too).
	cat >"$dir/config/rygtimer/config.toml" <<TOML
[speech]
command = ["sh", "-c", "t=\$(date +%s.%N); printf '%s %s\\\\n' \"\$t\" \"\$2\" >> '$dir/said.txt'; exec espeak-ng -v \"\$1\" -w '$dir/wav/'\"\$t\"'.wav' -- \"\$2\"", "-", "{lang}", "{text}"]
[sound]
command = ["sh", "-c", "printf '%s chime %s\\\\n' \"\$(date +%s.%N)\" \"\$(basename \$1)\" >> '$dir/said.txt'", "-", "{file}"]
TOML
	tmux new-session -d -s "listen-$1-$2" -x 100 -y 30 \
		"XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$dir/cache $out/rygtimer --phase $1 --lang $2"
}

drive() { # phase lang: answer the way in; on each intro, listen to the
	# name (about 5 s) and press enter, as a patient on the mat would
	local s="listen-$1-$2" screen
	while tmux has-session -t "$s" 2>/dev/null; do
		screen=$(tmux capture-pane -p -t "$s")
		case "$screen" in
		*"Press enter when you have read"* | *"Tryk enter, når du har læst"*) tmux send-keys -t "$s" Enter ;;
		*"How much does it hurt right now"* | *"Hvor ondt gør det lige nu"*) tmux send-keys -t "$s" 3 Enter ;;
		*"How far does the pain reach"* | *"Hvor langt ned når smerten"*) tmux send-keys -t "$s" Enter ;;
		*"Do you have any of these right now"* | *"Har du noget af dette lige nu"*) tmux send-keys -t "$s" n ;;
		*"Press enter when you are ready"* | *"Tryk enter, når du er klar"*) sleep 6; tmux send-keys -t "$s" Enter ;;
		*"How much does it hurt now"* | *"Hvor ondt gør det nu"*) tmux kill-session -t "$s"; break ;;
		esac
		sleep 1
	done
}

for phase in pain-relief mobility strengthening; do
	for lang in en da; do
		run "$phase" "$lang"
		drive "$phase" "$lang" &
	done
done
wait
# The transcript: seconds from the first sentence, the sentence, and how
# long espeak-ng took to say it (a WAV cut short by a newer cue is marked).
for dir in "$out"/*-??; do
	[ -f "$dir/said.txt" ] || continue
	awk 'NR==1{t0=$1} {printf "%7.1f ", $1-t0; $1=""; print substr($0,2)}' "$dir/said.txt" >"$dir/transcript.txt"
	echo "== $(basename "$dir"): $(wc -l <"$dir/said.txt") cues"
done
