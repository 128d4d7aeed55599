#!/usr/bin/env bash
# Residents' reports under load: wrk POSTs reports of unsafe places to /rapportera as the form does (CSRF token,
# same-problem check, routing, storage), each at a random point in central Västerås. The issue's floor is 20 reports
# per second without an error; this measures how many the node takes with CONNECTIONS clients sending as fast as
# they can, and whether any failed.
#
# The per-client rate limit (5 reports per 10 minutes) would stop one load generator at the sixth report, so this run
# raises it (app.residentreport.rate-limit); everything else is as in production.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/submissions.sh               build the jar if needed, then measure
#   benchmarks/submissions.sh --skip-build  use target/trygghetsplattformen.jar as it is (also: SKIP_BUILD=1)
#
# Environment (all optional): DURATION=30, WARMUP=5, CONNECTIONS=10, THREADS=2, APP_PORT=8084, PG_PORT=55435,
# JAVA_OPTS. Results go to benchmarks/out/submissions-<time>.md and standard output. Exit status: 0 when every report
# was saved and the rate reached 20 per second; 1 otherwise.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

parse_args "$@"

DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-10}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-8084}"
PG_PORT="${PG_PORT:-55435}"
TARGET_RPS=20
BASE="http://127.0.0.1:$APP_PORT"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-submissions
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
start_node submissions "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.residentreport.rate-limit=100000000
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/rapportera" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

# one resident's session: the form's CSRF token belongs to it
JAR="$TEMP_DIR/cookies.txt"
FORM="$(curl -s --max-time 10 -c "$JAR" -b "$JAR" "$BASE/rapportera")"
export SUBMIT_CSRF="$(csrf_from_input <<<"$FORM")"
[[ -n "$SUBMIT_CSRF" ]] || die "no CSRF token in the report form"
export SUBMIT_COOKIE="$(awk '$6 == "SESSION" { print $7 }' "$JAR")"
[[ -n "$SUBMIT_COOKIE" ]] || die "the report form started no session"

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
args=(-t"$THREADS" -c"$CONNECTIONS" --latency --timeout 10s -s "$BENCH_DIR/submit.lua")
if ((WARMUP > 0)); then
	log "warm-up: ${WARMUP}s"
	wrk "${args[@]}" -d"${WARMUP}s" "$BASE/rapportera" >"$OUT_DIR/wrk-submissions-warmup.txt" 2>&1 || die "wrk warm-up failed"
fi
log "measure: ${DURATION}s, $CONNECTIONS connections"
wrk "${args[@]}" -d"${DURATION}s" "$BASE/rapportera" >"$OUT_DIR/wrk-submissions.txt" 2>&1 || die "wrk failed"
result="$(grep '^SUBMIT_RESULT ' "$OUT_DIR/wrk-submissions.txt" || true)"
[[ -n "$result" ]] || die "no SUBMIT_RESULT line (see $OUT_DIR/wrk-submissions.txt)"
log "$result"
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark"
failed=$(($(field "$result" failed) + $(field "$result" err_connect) + $(field "$result" err_read) +
	$(field "$result" err_write) + $(field "$result" err_timeout)))
rps="$(field "$result" rps)"

RESULTS="## Residents' reports $(date -u '+%Y-%m-%d %H:%M') UTC
\`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s\` POSTing \`/rapportera\` (form fields, CSRF token, random point
and category), rate limit raised for the single load generator; $(nproc) CPUs shared with the node and its embedded
PostgreSQL. Target: at least ${TARGET_RPS} reports per second without an error.

| reports saved | reports/s | p50 (ms) | p95 (ms) | p99 (ms) | failed |
|---:|---:|---:|---:|---:|---:|
| $(field "$result" saved) | $rps | $(field "$result" p50_ms) | $(field "$result" p95_ms) | $(field "$result" p99_ms) | $failed |
"
printf '%s' "$RESULTS" >"$OUT_DIR/submissions-$STAMP.md"
printf '\n%s\n' "$RESULTS"
((failed == 0)) || die "some reports failed (see $OUT_DIR/wrk-submissions.txt)"
awk -v a="$rps" -v t="$TARGET_RPS" 'BEGIN { exit !(a >= t) }' || die "fewer than $TARGET_RPS reports per second"
