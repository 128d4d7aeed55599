#!/usr/bin/env bash
# Benchmark of the lägesbild over a year of incidents: N incidents (default 1 000 000) spread over the last year are
# imported through the real import page (see incidents.sh), then wrk measures, with 20 signed-in analysts and every
# request asking with a filter of its own (benchmarks/filters.lua, benchmarks/evaluate.lua), so no answer kept for one
# request can serve another:
#   hotspots    GET /api/v1/hotspots (GeoJSON, 250 m grid over the municipality) with varied periods, category
#               subsets, weekday sets and hour spans
#   map         the same filters as the hot-spot map asks them (GET /api/v1/hotspots/counts; skipped when the node
#               has no such endpoint)
#   page        the hot-spot page (GET /situation/hotspots) with the same kind of filters, as its form sends them
#   situation   the situation picture (GET /situation?period=…) of every week, quarter, tertial and year that reaches
#               into the data, in turn
#   evaluation  effect evaluations (POST /interventions/{id}/evaluations) with varied districts, rings, categories
#               and periods
#   health      GET /actuator/health, the same-run baseline (no session, no page)
# The node runs with -Xmx1g and, by default, with its result caches off (app.situation.result-cache=false), so the
# figures hold without them. Targets (p95): hot spots, situation picture and effect evaluation under 150 ms.
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
#   RUNS="health hotspots map page situation evaluation"   which measurements to take, in this order
#   CACHES=0         1 = leave the node's result caches on (its default in production)
#   WRK_TIMEOUT=10s  a request slower than this counts as a timeout error
#   APP_PORT=8085    HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55436    port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g JVM options of the node
#   BENCH_JAR=…     measure this demo jar instead of building target/trygghetsplattformen.jar (e.g. one built from main)
#   KEEP_DATA=1      keep the temporary database directory
#
# The last line of the output is machine-readable for run.sh:
#   SITUATION_RESULT rows=… import_ms=… hotspots_first_ms=… hotspots_bytes=… situation_first_ms=…
#                    NAME_p50_ms=… NAME_p95_ms=… NAME_rps=… NAME_errors=… NAME_distinct=… for each NAME measured
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
RUNS="${RUNS:-health hotspots map page situation evaluation}"
CACHES="${CACHES:-0}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
APP_PORT="${APP_PORT:-8085}"
PG_PORT="${PG_PORT:-55436}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
for n in ROWS DURATION WARMUP CONNECTIONS THREADS APP_PORT PG_PORT CACHES; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0)) || die "DURATION must be at least 1"
BASE="http://127.0.0.1:$APP_PORT"
# the generated incidents lie in the 353 days up to two days ago (incidents.sh); 'to' is exclusive
FIRST_DAY="$(date -d '-355 days' +%Y-%m-%d)"
DATA_DAYS=354
FROM="$(date -d '-365 days' +%Y-%m-%d)"
TO="$(date -d '+1 day' +%Y-%m-%d)"
HOTSPOTS="/api/v1/hotspots?from=$FROM&to=$TO&cellSize=250"
TARGET_MS=150
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

RESULT_CACHE=false
((CACHES)) && RESULT_CACHE=true
start_node situation "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false --app.situation.result-cache="$RESULT_CACHE"
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

# first_request PATH TEXT: the time of one request alone, checking the answer (left in $TEMP_DIR/first.out).
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
HOTSPOTS_BYTES="$(wc -c <"$TEMP_DIR/first.out")"
HOTSPOTS_GZIP_BYTES="$(gzip -1 -c "$TEMP_DIR/first.out" | wc -c)"
grep -q '"count":[1-9]' "$TEMP_DIR/first.out" || die "the hot-spot map counted no incidents"
log "hot spots of the year, first request: ${HOTSPOTS_FIRST_MS} ms ($(grep -o '"type":"Feature"' "$TEMP_DIR/first.out" | wc -l) cells, $HOTSPOTS_BYTES bytes, $HOTSPOTS_GZIP_BYTES gzipped)"
SITUATION_FIRST_MS="$(first_request "/situation" "<table")"
log "situation picture, first request: ${SITUATION_FIRST_MS} ms"
MAP_AVAILABLE=0
if [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$COOKIE" "$BASE/api/v1/hotspots/counts?from=$FROM&to=$TO&cellSize=250")" == "200" ]]; then
	MAP_AVAILABLE=1
	MAP_FIRST_MS="$(first_request "/api/v1/hotspots/counts?from=$FROM&to=$TO&cellSize=250" '"counts"')"
	MAP_BYTES="$(wc -c <"$TEMP_DIR/first.out")"
	log "hot-spot map's counts of the year, first request: ${MAP_FIRST_MS} ms ($MAP_BYTES bytes)"
fi

# The periods of the situation picture that reach into the data: every ISO week, quarter, tertial and year from the
# first day with incidents up to this week.
PERIODS=""
declare -A SEEN_PERIOD=()
for ((d = -356; d <= 0; d++)); do
	day="$(date -d "$d days" +%Y-%m-%d)"
	month="$(date -d "$day" +%-m)"
	year="$(date -d "$day" +%Y)"
	for p in "$(date -d "$day" +%G-W%V)" "$year-Q$(((month - 1) / 3 + 1))" "$year-T$(((month - 1) / 4 + 1))" "$year"; do
		if [[ -z "${SEEN_PERIOD[$p]:-}" ]]; then
			SEEN_PERIOD[$p]=1
			PERIODS="${PERIODS:+$PERIODS,}$p"
		fi
	done
done
log "situation periods reaching into the data: ${#SEEN_PERIOD[@]}"

# The effect evaluation needs an intervention (the demo profile's DemoCycle plans one), the districts, and a CSRF token
# for each session.
EVAL_SESSIONS_FILE="$OUT_DIR/situation-eval-sessions-$$.txt"
CLEANUP_FILES+=("$EVAL_SESSIONS_FILE")
prepare_evaluation() {
	local problem intervention token cookie
	problem="$(curl -s -H "Cookie: SESSION=$COOKIE" "$BASE/problems" | grep -o '/problems/[0-9a-f-]\{36\}' | sed -n 1p)"
	[[ -n "$problem" ]] || die "no problem on /problems to evaluate an intervention of"
	intervention="$(curl -s -H "Cookie: SESSION=$COOKIE" "$BASE$problem" | grep -o '/interventions/[0-9a-f-]\{36\}' | sed -n 1p)"
	[[ -n "$intervention" ]] || die "no intervention on $problem"
	EVAL_PATH="$intervention/evaluations"
	EVAL_AREAS="$(curl -s "$BASE/api/v1/areas?level=STADSDEL" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 | paste -sd, -)"
	[[ "$EVAL_AREAS" == *,* ]] || die "fewer than two districts in /api/v1/areas?level=STADSDEL"
	: >"$EVAL_SESSIONS_FILE"
	while read -r cookie; do
		token="$(curl -s -H "Cookie: SESSION=$cookie" "$BASE$intervention" | csrf_from_meta)"
		[[ -n "$token" ]] || die "no CSRF token on $intervention"
		printf '%s %s\n' "$cookie" "$token" >>"$EVAL_SESSIONS_FILE"
	done <"$SESSIONS_FILE"
	log "evaluations of $intervention over $(tr ',' '\n' <<<"$EVAL_AREAS" | wc -l) districts"
}


# The warm-up draws the same kind of filters as the measurement but from another seed (FILTER_WARMUP), so the
# measurement's requests are new to the node.
declare -A RESULTS=()
MEASURED=()
for run in $RUNS; do
	case "$run" in
	health) run_wrk health report.lua /actuator/health ;;
	hotspots) run_wrk hotspots filters.lua /api/v1/hotspots WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=hotspots \
		FILTER_PATH=/api/v1/hotspots FILTER_FIRST_DAY="$FIRST_DAY" FILTER_DAYS="$DATA_DAYS" FILTER_CELL=250 ;;
	map)
		if ((!MAP_AVAILABLE)); then
			log "skipping map: the node has no /api/v1/hotspots/counts"
			continue
		fi
		run_wrk map filters.lua /api/v1/hotspots/counts WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=hotspots \
			FILTER_PATH=/api/v1/hotspots/counts FILTER_FIRST_DAY="$FIRST_DAY" FILTER_DAYS="$DATA_DAYS" FILTER_CELL=250
		;;
	page) run_wrk page filters.lua /situation/hotspots WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=hotspot-page \
		FILTER_PATH=/situation/hotspots FILTER_FIRST_DAY="$FIRST_DAY" FILTER_DAYS="$DATA_DAYS" FILTER_CELL=250 ;;
	situation) run_wrk situation filters.lua /situation WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=periods \
		FILTER_PATH=/situation FILTER_PERIODS="$PERIODS" ;;
	evaluation)
		prepare_evaluation
		run_wrk evaluation evaluate.lua "$EVAL_PATH" EVAL_SESSIONS_FILE="$EVAL_SESSIONS_FILE" EVAL_PATH="$EVAL_PATH" \
			EVAL_AREAS="$EVAL_AREAS" EVAL_FIRST_DAY="$FIRST_DAY" EVAL_DAYS="$DATA_DAYS"
		;;
	*) die "unknown run '$run' in RUNS" ;;
	esac
	RESULTS[$run]="$RESULT"
	MEASURED+=("$run")
done
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $LAST_NODE_LOG)"

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Situation benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, revision $REVISION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
	"JAVA_OPTS=$JAVA_OPTS, result caches $RESULT_CACHE, $ROWS incidents, jar $(basename "$JAR")"
echo "  import: ${IMPORT_SERVER_MS} ms server-side"
echo "  GET $HOTSPOTS alone: ${HOTSPOTS_FIRST_MS} ms, $HOTSPOTS_BYTES bytes ($HOTSPOTS_GZIP_BYTES gzipped at level 1)"
echo "  GET /situation alone: ${SITUATION_FIRST_MS} ms"
LINE="SITUATION_RESULT rows=$ROWS import_ms=$IMPORT_SERVER_MS hotspots_first_ms=$HOTSPOTS_FIRST_MS hotspots_bytes=$HOTSPOTS_BYTES situation_first_ms=$SITUATION_FIRST_MS"
TOTAL_ERRORS=0
for run in "${MEASURED[@]}"; do
	r="${RESULTS[$run]}"
	p95="$(result_field "$r" p95_ms)"
	target=""
	[[ "$run" =~ ^(map|situation|evaluation)$ ]] && target=" (p95 under $TARGET_MS ms: $(verdict "$p95" "$TARGET_MS"))"
	echo "  $run: median $(result_field "$r" p50_ms) ms, p95 $p95 ms, $(result_field "$r" rps) req/s," \
		"$(errors "$r") errors, $(result_field "$r" distinct) distinct requests$target"
	LINE="$LINE ${run}_p50_ms=$(result_field "$r" p50_ms) ${run}_p95_ms=$p95 ${run}_rps=$(result_field "$r" rps) ${run}_errors=$(errors "$r") ${run}_distinct=$(result_field "$r" distinct)"
	TOTAL_ERRORS=$((TOTAL_ERRORS + $(errors "$r")))
done
echo "$LINE"
((TOTAL_ERRORS == 0)) || die "requests failed during the measurement"
