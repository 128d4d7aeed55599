#!/usr/bin/env bash
# Benchmark of the evidence page beside a draft plan (GET /planning/{draft}/evidence): the demo node's Västerås plan
# is drawn into a draft for 2024–2027 through the real form (POST /plans/vasteras-2021-2023/next), and wrk then asks,
# with 20 signed-in coordinators, for the evidence of the whole draft and of each focus area in turn
# (benchmarks/filters.lua, FILTER_KIND=paths), so that consecutive requests ask for different pages. The page reads
# each source once per request for all activities (plan lineage, the follow-up's reports, interventions with their
# evaluations, indicators, the joint lägesbild, problems), and keeps nothing of its own between requests. The same-run
# baseline is GET /actuator/health. Target: the whole plan's page under 300 ms p95.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/evidence.sh                 build the jar if needed, then measure
#   benchmarks/evidence.sh --skip-build    use target/trygghetsplattformen.jar as it is
#   DURATION=5 WARMUP=2 benchmarks/evidence.sh   a quick check
#
# Environment (all optional):
#   DURATION=30      seconds of measurement per run
#   WARMUP=10        seconds of warm-up per run (0 = none)
#   CONNECTIONS=20   wrk connections, each with a signed-in session of its own (as the coordinator)
#   THREADS=2        wrk threads
#   RUNS="health evidence whole"   which measurements to take: evidence = whole plan and each focus area in turn,
#                    whole = only the whole plan's page
#   WRK_TIMEOUT=10s  a request slower than this counts as a timeout error
#   APP_PORT=8087    HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55438    port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g JVM options of the node
#
# The last line of the output is machine-readable:
#   EVIDENCE_RESULT first_ms=… bytes=… NAME_p50_ms=… NAME_p95_ms=… NAME_rps=… NAME_errors=… NAME_distinct=… per run
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
RUNS="${RUNS:-health evidence whole}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
APP_PORT="${APP_PORT:-8087}"
PG_PORT="${PG_PORT:-55438}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
for n in DURATION WARMUP CONNECTIONS THREADS APP_PORT PG_PORT; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0)) || die "DURATION must be at least 1"
BASE="http://127.0.0.1:$APP_PORT"
PLAN="vasteras-2021-2023"
DRAFT="vasteras-2024-2027"
EVIDENCE="/planning/$DRAFT/evidence"
TARGET_MS=300
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-evidence
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
start_node evidence "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

# The draft, through the forms a coordinator uses.
login "$BASE" samordnare demo
COOKIE="$SESSION_COOKIE"
post_form() { # post_form PAGE ACTION FIELD=VALUE…: the CSRF token from PAGE, then POST ACTION; prints the status
	local page="$1" action="$2" token
	shift 2
	token="$(curl -s -H "Cookie: SESSION=$COOKIE" "$BASE$page" | csrf_from_meta)"
	[[ -n "$token" ]] || die "no CSRF token on $page"
	local -a data=(--data-urlencode "_csrf=$token")
	for field in "$@"; do
		data+=(--data-urlencode "$field")
	done
	curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$COOKIE" "${data[@]}" "$BASE$action"
}
status="$(post_form "/plans/$PLAN/next" "/plans/$PLAN/next" periodFrom=2024 periodTo=2027)"
[[ "$status" == "302" ]] || die "drafting the next plan answered $status"
log "drafted $DRAFT from $PLAN"

first_ms() { # first_ms PATH TEXT: one request alone, its answer checked and left in $TEMP_DIR/first.out
	local body="$TEMP_DIR/first.out" status seconds
	read -r status seconds < <(curl -s --max-time 120 -o "$body" -w '%{http_code} %{time_total}\n' \
		-H "Cookie: SESSION=$COOKIE" "$BASE$1")
	[[ "$status" == "200" ]] && grep -qF -- "$2" "$body" || die "GET $1 answered $status before the benchmark"
	awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }'
}
FIRST_MS="$(first_ms "$EVIDENCE" 'class="evidence-activity"')"
BYTES="$(wc -c <"$TEMP_DIR/first.out")"
ACTIVITIES="$(grep -o 'class="evidence-activity"' "$TEMP_DIR/first.out" | wc -l)"
log "evidence of the whole draft, first request: ${FIRST_MS} ms, $BYTES bytes, $ACTIVITIES activities"
((ACTIVITIES >= 37)) || die "expected the draft's 37 activities on the page, found $ACTIVITIES"

SESSIONS_FILE="$OUT_DIR/evidence-sessions-$$.txt"
CLEANUP_FILES+=("$SESSIONS_FILE")
: >"$SESSIONS_FILE"
for ((i = 1; i <= CONNECTIONS; i++)); do
	login "$BASE" samordnare demo
	printf '%s\n' "$SESSION_COOKIE" >>"$SESSIONS_FILE"
done
PATHS="$EVIDENCE"
for area in 1 2 3 4 5 6; do
	PATHS="$PATHS,$EVIDENCE?area=$area"
done


declare -A RESULTS=()
MEASURED=()
for run in $RUNS; do
	case "$run" in
	health) run_wrk health report.lua /actuator/health ;;
	evidence) run_wrk evidence filters.lua "$EVIDENCE" WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=paths \
		FILTER_PATHS="$PATHS" ;;
	whole) run_wrk whole filters.lua "$EVIDENCE" WRK_SESSIONS_FILE="$SESSIONS_FILE" FILTER_KIND=paths \
		FILTER_PATHS="$EVIDENCE" ;;
	*) die "unknown run '$run' in RUNS" ;;
	esac
	RESULTS[$run]="$RESULT"
	MEASURED+=("$run")
done
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $LAST_NODE_LOG)"

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Evidence benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, revision $REVISION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
	"JAVA_OPTS=$JAVA_OPTS, jar $(basename "$JAR")"
echo "  GET $EVIDENCE alone: ${FIRST_MS} ms, $BYTES bytes, $ACTIVITIES activities"
LINE="EVIDENCE_RESULT first_ms=$FIRST_MS bytes=$BYTES"
TOTAL_ERRORS=0
for run in "${MEASURED[@]}"; do
	r="${RESULTS[$run]}"
	p95="$(result_field "$r" p95_ms)"
	target=""
	[[ "$run" =~ ^(evidence|whole)$ ]] && target=" (p95 under $TARGET_MS ms: $(verdict "$p95" "$TARGET_MS"))"
	echo "  $run: median $(result_field "$r" p50_ms) ms, p95 $p95 ms, $(result_field "$r" rps) req/s," \
		"$(errors "$r") errors, $(result_field "$r" distinct) distinct requests$target"
	LINE="$LINE ${run}_p50_ms=$(result_field "$r" p50_ms) ${run}_p95_ms=$p95 ${run}_rps=$(result_field "$r" rps) ${run}_errors=$(errors "$r") ${run}_distinct=$(result_field "$r" distinct)"
	TOTAL_ERRORS=$((TOTAL_ERRORS + $(errors "$r")))
done
echo "$LINE"
((TOTAL_ERRORS == 0)) || die "requests failed during the measurement"
