#!/usr/bin/env bash
# Benchmark of the search (GET /search?q=… and GET /api/v1/search?q=…): 20 signed-in sessions of different roles
# (coordinator, committee reporter, analyst, viewer, admin and partner in turn, each of whose searches is limited to
# what that role may read) ask, with a query of its own per request, for words and activity numbers drawn from the
# action plan's text (the seed file, or SEARCH_TEXT): every word of four letters or more, every consecutive pair of
# them, and every activity number, shuffled and URL-encoded, taken in turn (benchmarks/filters.lua,
# FILTER_KIND=paths). The search keeps nothing between requests; every request asks every module's source once. The
# same-run baseline is GET /actuator/health. Target: p95 under 100 ms.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/search.sh                 build the jar if needed, then measure
#   benchmarks/search.sh --skip-build    use target/trygghetsplattformen.jar as it is
#   DURATION=5 WARMUP=2 NODE_WARMUP=0 benchmarks/search.sh   a quick check (of a cold node)
#
# Environment (all optional):
#   DURATION=30      seconds of measurement per run
#   NODE_WARMUP=180  seconds of load on the results page before the first run (0 = none; see warm_node)
#   WARMUP=10        seconds of warm-up per run (0 = none)
#   CONNECTIONS=20   wrk connections, each with a signed-in session of its own (roles in turn)
#   THREADS=2        wrk threads
#   RUNS="health page api"   which measurements to take: page = the results page, api = the JSON API
#   SEARCH_TEXT=FILE the text the queries are drawn from (default: the plan text in ../shared/seed beside the repository, else the
#                    shipped plan file src/main/resources/plans/vasteras-2021-2023.yaml)
#   MAX_QUERIES=2500 at most this many distinct queries (they travel to wrk in one environment variable)
#   WRK_TIMEOUT=10s  a request slower than this counts as a timeout error
#   APP_PORT=8097    HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55447    port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g JVM options of the node
#
# The last line of the output is machine-readable:
#   SEARCH_RESULT queries=… first_ms=… NAME_p50_ms=… NAME_p95_ms=… NAME_rps=… NAME_errors=… NAME_distinct=… per run
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

parse_args "$@"

DURATION="${DURATION:-30}"
DURATION="${DURATION%s}"
WARMUP="${WARMUP:-10}"
WARMUP="${WARMUP%s}"
CONNECTIONS="${CONNECTIONS:-20}"
THREADS="${THREADS:-2}"
RUNS="${RUNS:-health page api}"
MAX_QUERIES="${MAX_QUERIES:-2500}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
APP_PORT="${APP_PORT:-8097}"
PG_PORT="${PG_PORT:-55447}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
for n in DURATION WARMUP CONNECTIONS THREADS APP_PORT PG_PORT MAX_QUERIES; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0)) || die "DURATION must be at least 1"
SEARCH_TEXT="${SEARCH_TEXT:-}"
if [[ -z "$SEARCH_TEXT" ]]; then
	SEARCH_TEXT="$(ls "$REPO_ROOT"/../shared/seed/*.txt 2>/dev/null | head -n 1 || true)"
	[[ -n "$SEARCH_TEXT" ]] || SEARCH_TEXT="$REPO_ROOT/src/main/resources/plans/vasteras-2021-2023.yaml"
fi
[[ -r "$SEARCH_TEXT" ]] || die "cannot read SEARCH_TEXT $SEARCH_TEXT"
BASE="http://127.0.0.1:$APP_PORT"
TARGET_MS=100
ROLES=(samordnare rapportor analytiker lasare admin partner)
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk shuf; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

# The queries: words of four letters or more (lower case), consecutive pairs of them, activity numbers; shuffled
# with a fixed seed so that runs compare; each percent-encoded byte by byte.
QUERIES_FILE="$OUT_DIR/search-queries-$$.txt"
CLEANUP_FILES+=("$QUERIES_FILE")
{
	grep -oE '\b[1-9]\.[0-9]{1,2}\b' "$SEARCH_TEXT" | sort -u
	tr -c '[:alpha:]ÅÄÖåäöÉé' '\n' <"$SEARCH_TEXT" | sed 's/.*/\L&/' | awk 'length($0) >= 4' >"$QUERIES_FILE.words"
	sort -u "$QUERIES_FILE.words"
	awk 'NR > 1 && prev != $0 { print prev " " $0 } { prev = $0 }' "$QUERIES_FILE.words" | sort -u
	rm -f "$QUERIES_FILE.words"
} | shuf --random-source=<(yes 1980) | head -n "$MAX_QUERIES" | LC_ALL=C awk '
	BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i }
	{
		out = ""
		for (i = 1; i <= length($0); i++) {
			c = substr($0, i, 1)
			if (c ~ /[A-Za-z0-9.]/) out = out c
			else if (c == " ") out = out "+"
			else out = out sprintf("%%%02X", ord[c])
		}
		print out
	}' >"$QUERIES_FILE"
QUERIES="$(wc -l <"$QUERIES_FILE")"
((QUERIES >= 100)) || die "only $QUERIES queries drawn from $SEARCH_TEXT"
log "$QUERIES distinct queries drawn from $SEARCH_TEXT"

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-search
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
start_node search "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

SESSIONS_FILE="$OUT_DIR/search-sessions-$$.txt"
CLEANUP_FILES+=("$SESSIONS_FILE")
: >"$SESSIONS_FILE"
for ((i = 0; i < CONNECTIONS; i++)); do
	login "$BASE" "${ROLES[i % ${#ROLES[@]}]}" demo
	printf '%s\n' "$SESSION_COOKIE" >>"$SESSIONS_FILE"
done

# One request alone as the coordinator, its answer checked.
COOKIE="$(head -n 1 "$SESSIONS_FILE")"
read -r status seconds < <(curl -s --max-time 60 -o "$TEMP_DIR/first.out" -w '%{http_code} %{time_total}\n' \
	-H "Cookie: SESSION=$COOKIE" "$BASE/search?q=trygghet")
[[ "$status" == "200" ]] && grep -qF 'id="kind-activity"' "$TEMP_DIR/first.out" ||
	die "GET /search?q=trygghet answered $status without activities before the benchmark"
FIRST_MS="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
log "GET /search?q=trygghet alone: $FIRST_MS ms"

paths() { # paths PREFIX: the queries as one comma-separated list of PREFIX?q=…
	awk -v p="$1" '{ printf "%s%s?q=%s", (NR > 1 ? "," : ""), p, $0 }' "$QUERIES_FILE"
}
PAGE_PATHS="$(paths /search)"
API_PATHS="$(paths /api/v1/search)"

warm_node "the results page" filters.lua /search WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=paths \
	FILTER_PATHS="$PAGE_PATHS"

declare -A RESULTS=()
MEASURED=()
for run in $RUNS; do
	case "$run" in
	health) run_wrk health report.lua /actuator/health ;;
	page) run_wrk page filters.lua /search WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=paths \
		FILTER_PATHS="$PAGE_PATHS" ;;
	api) run_wrk api filters.lua /api/v1/search WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=paths \
		FILTER_PATHS="$API_PATHS" ;;
	*) die "unknown run '$run' in RUNS" ;;
	esac
	RESULTS[$run]="$RESULT"
	MEASURED+=("$run")
done
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $LAST_NODE_LOG)"

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Search benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, revision $REVISION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
	"JAVA_OPTS=$JAVA_OPTS, jar $(basename "$JAR"), node warm-up ${NODE_WARMUP:-180} s"
echo "  $QUERIES distinct queries from $(basename "$SEARCH_TEXT"); sessions: ${ROLES[*]} in turn; GET /search?q=trygghet alone: ${FIRST_MS} ms"
LINE="SEARCH_RESULT queries=$QUERIES first_ms=$FIRST_MS"
TOTAL_ERRORS=0
for run in "${MEASURED[@]}"; do
	r="${RESULTS[$run]}"
	p95="$(result_field "$r" p95_ms)"
	target=""
	[[ "$run" =~ ^(page|api)$ ]] && target=" (p95 under $TARGET_MS ms: $(verdict "$p95" "$TARGET_MS"))"
	echo "  $run: median $(result_field "$r" p50_ms) ms, p95 $p95 ms, $(result_field "$r" rps) req/s," \
		"server CPU $(result_field "$r" cpu_ms_per_request) ms per request," \
		"$(errors "$r") errors, $(result_field "$r" distinct) distinct requests$target"
	LINE="$LINE ${run}_p50_ms=$(result_field "$r" p50_ms) ${run}_p95_ms=$p95 ${run}_rps=$(result_field "$r" rps) ${run}_cpu_ms=$(result_field "$r" cpu_ms_per_request) ${run}_errors=$(errors "$r") ${run}_distinct=$(result_field "$r" distinct)"
	TOTAL_ERRORS=$((TOTAL_ERRORS + $(errors "$r")))
done
echo "$LINE"
((TOTAL_ERRORS == 0)) || die "requests failed during the measurement"
