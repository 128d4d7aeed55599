#!/usr/bin/env bash
# The public site under load: wrk against the public start page and one activity page, anonymous like residents,
# 50 concurrent clients by default. Also checks that these pages start no session (no Set-Cookie), since a session
# row per page view would turn every read into a database write.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/public.sh                 build the jar if needed, then measure
#   benchmarks/public.sh --skip-build    use target/trygghetsplattformen.jar as it is (also: SKIP_BUILD=1)
#   DURATION=3 WARMUP=2 benchmarks/public.sh   a short check that the script works
#
# Environment (all optional):
#   DURATION=30        seconds of measurement per page
#   WARMUP=10          seconds of warm-up per page before its measurement (0 = none)
#   CONNECTIONS=50     wrk connections (concurrent clients)
#   THREADS=2          wrk threads
#   WRK_TIMEOUT=5s     a request slower than this counts as a timeout error
#   APP_PORT=8083      HTTP port of the node under test (127.0.0.1 only)
#   PG_PORT=55434      port of its embedded PostgreSQL (0 = any free port)
#   ACTIVITY=1.1       the activity whose public page is measured
#   PAGES="/oppen /oppen/aktiviteter/1.1"  the pages measured, in this order (the first one also warms the JVM up)
#   JAVA_OPTS          extra JVM options
#
# Results go to benchmarks/out/public-<time>.md and standard output; docs are not touched. Exit status: 0 when every
# request answered 2xx and no page set a cookie; 1 otherwise; 2 when a p95 target (50 ms) is missed.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

parse_args "$@"

DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-5s}"
APP_PORT="${APP_PORT:-8083}"
PG_PORT="${PG_PORT:-55434}"
ACTIVITY="${ACTIVITY:-1.1}"
P95_TARGET_MS=50
BASE="http://127.0.0.1:$APP_PORT"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-public
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
start_node public "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/oppen" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

# shellcheck disable=SC2206 # PAGES is a space-separated list of paths on purpose
PAGES=(${PAGES:-/oppen /oppen/aktiviteter/$ACTIVITY})
for page in "${PAGES[@]}"; do
	headers="$(curl -s --max-time 10 -D - -o /dev/null "$BASE$page")"
	[[ "$headers" == "HTTP/1.1 200"* ]] || die "GET $page did not answer 200: $(sed -n 1p <<<"$headers")"
	if grep -qi '^set-cookie:' <<<"$headers"; then
		die "GET $page set a cookie, so every view would start a session: $(grep -i '^set-cookie:' <<<"$headers")"
	fi
	grep -qi '^etag:' <<<"$headers" || die "GET $page has no ETag"
done
log "sanity checks passed: the pages answer 200 with an ETag and set no cookie"

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
REPORT="| page | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |
|---|---:|---:|---:|---:|---:|"
FAILED=0
MISSED=0
for page in "${PAGES[@]}"; do
	name="public$(tr '/.' '--' <<<"$page")"
	args=(-t"$THREADS" -c"$CONNECTIONS" --latency --timeout "$WRK_TIMEOUT" -s "$BENCH_DIR/report.lua"
		-H "Accept-Encoding: gzip")
	if ((WARMUP > 0)); then
		log "warm-up  $page: ${WARMUP}s"
		wrk "${args[@]}" -d"${WARMUP}s" "$BASE$page" >"$OUT_DIR/wrk-$name-warmup.txt" 2>&1 || die "wrk warm-up failed"
	fi
	log "measure  $page: ${DURATION}s, $CONNECTIONS connections"
	wrk "${args[@]}" -d"${DURATION}s" "$BASE$page" >"$OUT_DIR/wrk-$name.txt" 2>&1 || die "wrk failed for $page"
	result="$(grep '^WRK_RESULT ' "$OUT_DIR/wrk-$name.txt" || true)"
	[[ -n "$result" ]] || die "no WRK_RESULT line for $page (see $OUT_DIR/wrk-$name.txt)"
	log "$page: $result"
	errors=$(($(field "$result" non2xx) + $(field "$result" err_connect) + $(field "$result" err_read) +
		$(field "$result" err_write) + $(field "$result" err_timeout)))
	((errors == 0)) || FAILED=1
	p95="$(field "$result" p95_ms)"
	awk -v a="$p95" -v t="$P95_TARGET_MS" 'BEGIN { exit !(a >= t) }' && MISSED=1
	REPORT+=$'\n'"| \`GET $page\` (anonymous) | $(field "$result" rps) | $(field "$result" p50_ms) | $p95 | $(field "$result" p99_ms) | $errors |"
done
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark"

RESULTS="## Public site $(date -u '+%Y-%m-%d %H:%M') UTC
\`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s --latency\`, anonymous, gzip; $(nproc) CPUs shared with the node and
its embedded PostgreSQL. Target: p95 under ${P95_TARGET_MS} ms.

${REPORT}
"
printf '%s' "$RESULTS" >"$OUT_DIR/public-$STAMP.md"
printf '\n%s\n' "$RESULTS"
((FAILED == 0)) || die "some requests failed (see benchmarks/out/wrk-public-*.txt)"
if ((MISSED == 1)); then
	log "a p95 target was missed"
	exit 2
fi
