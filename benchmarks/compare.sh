#!/usr/bin/env bash
# Two builds side by side on the same machine in the same session: runs benchmarks/run.sh on each demo jar in turn,
# ROUNDS times (A B A B …), and prints the p95 and throughput of every endpoint per run, with the load average
# before each run, as a Markdown table. Used for docs/BENCHMARKS.md's same-run comparisons.
#
# Usage:
#   benchmarks/compare.sh A.jar B.jar          each jar built with ./mvnw -Pdemo package (copy it out of target/)
#
# Environment (all optional; the rest is passed on to run.sh):
#   ROUNDS=2            how many times each jar is measured
#   DURATION=15 WARMUP=5  per endpoint, as in run.sh
#   LABEL_A, LABEL_B    names of the two builds in the table (default: the jars' file names)
#   INDICATOR_VOLUME=0 INCIDENT_VOLUME=0  as in run.sh (defaults here: off, for a shorter run)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -eq 2 && -f "$1" && -f "$2" ]] || {
	sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
	exit 2
}
JARS=("$(realpath "$1")" "$(realpath "$2")")
LABELS=("${LABEL_A:-$(basename "$1")}" "${LABEL_B:-$(basename "$2")}")
ROUNDS="${ROUNDS:-2}"
export DURATION="${DURATION:-15}" WARMUP="${WARMUP:-5}" UPDATE_DOC=0
export INDICATOR_VOLUME="${INDICATOR_VOLUME:-0}" INCIDENT_VOLUME="${INCIDENT_VOLUME:-0}"
OUT="$BENCH_DIR/out"
mkdir -p "$OUT"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
ROWS=()

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

for ((round = 1; round <= ROUNDS; round++)); do
	for i in 0 1; do
		log="$OUT/compare-$STAMP-$round-$i.log"
		load="$(uptime | sed 's/.*load average: //')"
		printf '[%s] round %d, %s (load %s)\n' "$(date -u +%H:%M:%S)" "$round" "${LABELS[$i]}" "$load" >&2
		BENCH_JAR="${JARS[$i]}" "$BENCH_DIR/run.sh" >"${log%.log}.md" 2>"$log" || {
			tail -n 20 "$log" >&2
			echo "run.sh failed for ${LABELS[$i]}, log in $log" >&2
			exit 1
		}
		row="| $round | ${LABELS[$i]} | $load |"
		for name in plan-page dashboard indicators-page indicator-page plan-api health; do
			result="$(grep -o "$name: WRK_RESULT .*" "$log" | tail -n 1)"
			requests="$(field "$result" requests)"
			bytes="$(field "$result" bytes)"
			row+=" $(field "$result" p95_ms) ms, $(field "$result" rps)/s, $((bytes / (requests > 0 ? requests : 1))) B |"
		done
		ROWS+=("$row")
	done
done

printf '| round | build | load average before (1, 5, 15 min) | plan page | dashboard | focus-area indicators | one indicator | plan API | health |\n'
printf '|---:|---|---|---|---|---|---|---|---|\n'
printf '%s\n' "${ROWS[@]}"
printf '\nEach cell: p95, requests per second, bytes per answer (headers included). %s s per endpoint after %s s warm-up; logs in benchmarks/out/compare-%s-*.log\n' "$DURATION" "$WARMUP" "$STAMP"
