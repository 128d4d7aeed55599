#!/usr/bin/env bash
# Benchmark of the situation pages over a year of incidents: N incidents (default 1 000 000) spread over the last
# year are imported through the real import page (see incidents.sh), then wrk measures, signed in, the hot-spot API
# for that year on a 250 m grid over the municipality, and the weekly situation picture page. Each is first asked for
# once alone, which is the time to compute it from the database (both are then kept until the incidents change, see
# docs/BENCHMARKS.md). Targets: hot spots under 500 ms and the situation picture under 200 ms (median).
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/situation.sh                 build the jar if needed, then measure
#   benchmarks/situation.sh --skip-build    use target/trygghetsplattformen.jar as it is
#   ROWS=20000 DURATION=5 benchmarks/situation.sh   a quick check
#
# Environment (all optional):
#   ROWS=1000000     incidents imported before measuring
#   DURATION=30      seconds of measurement per endpoint
#   WARMUP=10        seconds of warm-up per endpoint (0 = none)
#   CONNECTIONS=20   wrk connections, each with a signed-in session of its own (as the analyst)
#   THREADS=2        wrk threads
#   WRK_TIMEOUT=10s  a request slower than this counts as a timeout error
#   APP_PORT=8085    HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55436    port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g JVM options of the node
#   KEEP_DATA=1      keep the temporary database directory
#
# The last line of the output is machine-readable for run.sh:
#   SITUATION_RESULT rows=… hotspots_first_ms=… hotspots_p50_ms=… hotspots_p95_ms=… hotspots_rps=… hotspots_errors=…
#                    situation_first_ms=… situation_p50_ms=… situation_p95_ms=… situation_rps=… situation_errors=…
#                    import_ms=…
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
# shellcheck source-path=SCRIPTDIR source=incidents.sh
source "$BENCH_DIR/incidents.sh"

parse_args "$@"

ROWS="${ROWS:-1000000}"
DURATION="${DURATION:-30}"
DURATION="${DURATION%s}"
WARMUP="${WARMUP:-10}"
WARMUP="${WARMUP%s}"
CONNECTIONS="${CONNECTIONS:-20}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
APP_PORT="${APP_PORT:-8085}"
PG_PORT="${PG_PORT:-55436}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
for n in ROWS DURATION WARMUP CONNECTIONS THREADS APP_PORT PG_PORT; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0)) || die "DURATION must be at least 1"
BASE="http://127.0.0.1:$APP_PORT"
# a year of incidents: the generated ones lie in the last 355 days; 'to' is exclusive
FROM="$(date -d '-365 days' +%Y-%m-%d)"
TO="$(date -d '+1 day' +%Y-%m-%d)"
HOTSPOTS="/api/v1/hotspots?from=$FROM&to=$TO&cellSize=250"
HOTSPOTS_TARGET_MS=500
SITUATION_TARGET_MS=200
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-situation
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
CSV="$TEMP_DIR/incidents-$ROWS.csv"
generate_incidents "$ROWS" "$CSV"
log "generated $ROWS incidents ($(du -h "$CSV" | cut -f1))"

start_node situation "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"
import_incidents "$BASE" "$CSV"
[[ "$IMPORT_ADDED" == "$ROWS" ]] || die "expected $ROWS incidents imported, the page says ${IMPORT_ADDED:-none}"
log "imported $ROWS incidents in ${IMPORT_SERVER_MS} ms"

# One signed-in analyst session per wrk connection (see run.sh for why sessions are not shared).
SESSIONS_FILE="$OUT_DIR/situation-sessions-$$.txt"
CLEANUP_FILES+=("$SESSIONS_FILE")
: >"$SESSIONS_FILE"
for ((i = 1; i <= CONNECTIONS; i++)); do
	login "$BASE" analytiker demo
	printf '%s\n' "$SESSION_COOKIE" >>"$SESSIONS_FILE"
done
COOKIE="$(sed -n 1p "$SESSIONS_FILE")"

# first_request PATH TEXT: the time of one request alone (computed, nothing kept yet), checking the answer.
first_request() {
	local path="$1" text="$2" body status seconds
	body="$TEMP_DIR/first.out"
	read -r status seconds < <(curl -s --max-time 120 -o "$body" -w '%{http_code} %{time_total}\n' \
		-H "Cookie: SESSION=$COOKIE" "$BASE$path")
	[[ "$status" == "200" ]] && grep -qF -- "$text" "$body" ||
		die "GET $path answered $status$([[ "$status" == "200" ]] && echo " without \"$text\"") before the benchmark"
	awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }'
}
HOTSPOTS_FIRST_MS="$(first_request "$HOTSPOTS" '"FeatureCollection"')"
grep -q '"count":[1-9]' "$TEMP_DIR/first.out" || die "the hot-spot map counted no incidents"
log "hot spots, first request: ${HOTSPOTS_FIRST_MS} ms ($(grep -o '"type":"Feature"' "$TEMP_DIR/first.out" | wc -l) cells)"
SITUATION_FIRST_MS="$(first_request "/situation" "<table")"
log "situation picture, first request: ${SITUATION_FIRST_MS} ms"

result_field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
run_wrk() { # run_wrk NAME PATH: sets RESULT
	local name="$1" path="$2"
	local -a common=(-t"$THREADS" -c"$CONNECTIONS" --latency --timeout "$WRK_TIMEOUT" -s "$BENCH_DIR/report.lua"
		-H "Accept-Encoding: gzip")
	if ((WARMUP > 0)); then
		WRK_SESSIONS_FILE="$SESSIONS_FILE" wrk "${common[@]}" -d"${WARMUP}s" "$BASE$path" >"$OUT_DIR/wrk-$name-warmup.txt" 2>&1 ||
			die "wrk warm-up for $name failed: $(cat "$OUT_DIR/wrk-$name-warmup.txt")"
	fi
	log "measure  $name: ${DURATION}s, $CONNECTIONS connections"
	WRK_SESSIONS_FILE="$SESSIONS_FILE" wrk "${common[@]}" -d"${DURATION}s" "$BASE$path" >"$OUT_DIR/wrk-$name.txt" 2>&1 ||
		die "wrk for $name failed: $(cat "$OUT_DIR/wrk-$name.txt")"
	RESULT="$(grep '^WRK_RESULT ' "$OUT_DIR/wrk-$name.txt" || true)"
	[[ -n "$RESULT" ]] || die "no WRK_RESULT line from wrk for $name"
	log "$name: $RESULT"
}
errors() { # errors RESULT: non-2xx answers plus socket errors
	local r="$1"
	echo $(($(result_field "$r" non2xx) + $(result_field "$r" err_connect) + $(result_field "$r" err_read) + \
		$(result_field "$r" err_write) + $(result_field "$r" err_timeout)))
}
run_wrk hotspots "$HOTSPOTS"
HOTSPOTS_RESULT="$RESULT"
run_wrk situation "/situation"
SITUATION_RESULT="$RESULT"
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $LAST_NODE_LOG)"

HS_P50="$(result_field "$HOTSPOTS_RESULT" p50_ms)"
HS_P95="$(result_field "$HOTSPOTS_RESULT" p95_ms)"
SP_P50="$(result_field "$SITUATION_RESULT" p50_ms)"
SP_P95="$(result_field "$SITUATION_RESULT" p95_ms)"
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "MISSED") }'; }
REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Situation benchmark, $(date -u +%Y-%m-%d), revision $REVISION, $(nproc) cores, JAVA_OPTS=$JAVA_OPTS, $ROWS incidents"
echo "  GET $HOTSPOTS: first ${HOTSPOTS_FIRST_MS} ms; median $HS_P50 ms, p95 $HS_P95 ms," \
	"$(result_field "$HOTSPOTS_RESULT" rps) req/s, $(errors "$HOTSPOTS_RESULT") errors (median under $HOTSPOTS_TARGET_MS ms: $(verdict "$HS_P50" "$HOTSPOTS_TARGET_MS"))"
echo "  GET /situation: first ${SITUATION_FIRST_MS} ms; median $SP_P50 ms, p95 $SP_P95 ms," \
	"$(result_field "$SITUATION_RESULT" rps) req/s, $(errors "$SITUATION_RESULT") errors (median under $SITUATION_TARGET_MS ms: $(verdict "$SP_P50" "$SITUATION_TARGET_MS"))"
echo "SITUATION_RESULT rows=$ROWS hotspots_first_ms=$HOTSPOTS_FIRST_MS hotspots_p50_ms=$HS_P50 hotspots_p95_ms=$HS_P95" \
	"hotspots_rps=$(result_field "$HOTSPOTS_RESULT" rps) hotspots_errors=$(errors "$HOTSPOTS_RESULT")" \
	"situation_first_ms=$SITUATION_FIRST_MS situation_p50_ms=$SP_P50 situation_p95_ms=$SP_P95" \
	"situation_rps=$(result_field "$SITUATION_RESULT" rps) situation_errors=$(errors "$SITUATION_RESULT") import_ms=$IMPORT_SERVER_MS"
(($(errors "$HOTSPOTS_RESULT") + $(errors "$SITUATION_RESULT") == 0)) || die "requests failed during the measurement"
