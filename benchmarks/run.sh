#!/usr/bin/env bash
# The main benchmark: cold start (through bin/trygghetsplattformen and with plain java -jar), then wrk against the
# plan page (signed in, one session per connection), the open plan API and, as a same-run baseline, the health
# endpoint. Writes the results below the <!-- results --> marker in docs/BENCHMARKS.md.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/run.sh                 build the jar if needed, then measure
#   benchmarks/run.sh --skip-build    use target/trygghetsplattformen.jar as it is (also: SKIP_BUILD=1)
#   DURATION=5 benchmarks/run.sh      shorter measurement (seconds per endpoint)
#
# Environment (all optional):
#   DURATION=30        seconds of measurement per endpoint
#   WARMUP=10          seconds of warm-up per endpoint before its measurement (0 = none)
#   CONNECTIONS=20     wrk connections (concurrent clients); the plan page gets as many signed-in sessions
#   THREADS=2          wrk threads
#   WRK_TIMEOUT=5s     a request slower than this counts as a timeout error
#   APP_PORT=8081      HTTP port of the node under test (127.0.0.1 only)
#   PG_PORT=55432      port of its embedded PostgreSQL (0 = any free port)
#   ACCEPT_ENCODING=gzip  sent by wrk like a browser would; set it empty to measure uncompressed answers
#   JAVA_OPTS          extra JVM options
#   UPDATE_DOC=0       do not touch docs/BENCHMARKS.md (results still go to benchmarks/out/)
#   STRICT_TARGETS=1   also exit non-zero when a target (cold start < 10 s, p95 < 50 ms) is missed
#   KEEP_DATA=1        keep the temporary database directory
#   INDICATOR_VOLUME=1 load the issue's indicator volume (25 indicators x 20 years x 30 areas x 5 gender options,
#                      about 75 000 demo values, and 20 demo statistical areas) before measuring; 0 = only the demo series
#   INCIDENT_VOLUME=1  afterwards, run incident-import.sh and situation.sh (each on a fresh node of its own, with
#                      -Xmx1g, after this run's node has stopped) with INCIDENT_ROWS incidents; 0 = skip them
#   INCIDENT_ROWS=1000000  incidents imported by those two scripts
#
# Exit status: 0 on success; 1 when anything fails, including any socket error or non-2xx answer during a run.
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
WRK_TIMEOUT="${WRK_TIMEOUT:-5s}"
APP_PORT="${APP_PORT:-8081}"
PG_PORT="${PG_PORT:-55432}"
ACCEPT_ENCODING="${ACCEPT_ENCODING-gzip}"
UPDATE_DOC="${UPDATE_DOC:-1}"
STRICT_TARGETS="${STRICT_TARGETS:-0}"
INDICATOR_VOLUME="${INDICATOR_VOLUME:-1}"
INCIDENT_VOLUME="${INCIDENT_VOLUME:-1}"
INCIDENT_ROWS="${INCIDENT_ROWS:-1000000}"
INCIDENT_IMPORT_TARGET_MS=15000
INCIDENT_COPY_RATIO_TARGET=1.5
LAGESBILD_TARGET_MS=150
for n in DURATION WARMUP CONNECTIONS THREADS APP_PORT PG_PORT INCIDENT_ROWS; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0)) || die "DURATION must be at least 1"

PLAN_KEY="vasteras-2021-2023"
BASE="http://127.0.0.1:$APP_PORT"
DOC="$REPO_ROOT/docs/BENCHMARKS.md"
MARKER="<!-- results -->"
COLD_START_TARGET_MS=10000
P95_TARGET_MS=50
DASHBOARD_P95_TARGET_MS=100
INDICATORS_P95_TARGET_MS=100
INDICATOR_P95_TARGET_MS=150
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
# Only the plan-page run rotates sessions (report.lua reads this variable); never inherit it from the caller.
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

# ---------------------------------------------------------------------------------------------------------------------
build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-bench
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"

# Cold start through the production launcher first: bin/trygghetsplattformen extracts the jar and makes its CDS
# archive once (--prepare-only, as a deployment step would, not timed), then starts it on a fresh database of its own.
export APP_JAR="$JAR" APP_CDS_DIR="$TEMP_DIR/cds"
log "preparing bin/trygghetsplattformen's extracted jar and CDS archive (not timed)"
"$REPO_ROOT/bin/trygghetsplattformen" --prepare-only || die "bin/trygghetsplattformen --prepare-only failed"
NODE_LAUNCHER="$REPO_ROOT/bin/trygghetsplattformen" start_node launcher "$APP_PORT" "$TEMP_DIR/pg-launcher" -- \
	--app.embedded-db.data-dir="$TEMP_DIR/pg-launcher" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true
wait_http "$BASE/login" "$LAST_NODE_PID" "$START_TIMEOUT"
LAUNCHER_COLD_START_MS=$(((WAIT_HTTP_DONE_NS - LAST_NODE_START_NS) / 1000000))
LAUNCHER_STARTED_LINE="$(grep -o 'Started [A-Za-z0-9_]* in [0-9.]* seconds[^)]*)' "$LAST_NODE_LOG" | sed -n 1p || true)"
log "cold start with bin/trygghetsplattformen: ${LAUNCHER_COLD_START_MS} ms to first 200 from GET /login; ${LAUNCHER_STARTED_LINE:-no Started line in the log}"
wait_ready "$BASE" "$LAST_NODE_PID"
stop_nodes

# Cold start: launch to the first 200 from GET /login, on a fresh database (initdb, Flyway, plan import, demo users).
# The demo profile turns the Thymeleaf cache off for template editing; production has it on, so the run does too.
VOLUME_ARGS=()
if [[ "$INDICATOR_VOLUME" == "1" ]]; then
	VOLUME_ARGS=(--app.indicator.demo.benchmark-volume=true --app.area.benchmark-file=classpath:areas/vasteras-benchmark.geojson)
fi
start_node bench "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	${VOLUME_ARGS[@]+"${VOLUME_ARGS[@]}"}
NODE_PID="$LAST_NODE_PID"
NODE_LOG="$LAST_NODE_LOG"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
COLD_START_MS=$(((WAIT_HTTP_DONE_NS - LAST_NODE_START_NS) / 1000000))
wait_ready "$BASE" "$NODE_PID"
STARTED_LINE="$(grep -o 'Started [A-Za-z0-9_]* in [0-9.]* seconds[^)]*)' "$NODE_LOG" | sed -n 1p || true)"
log "cold start: ${COLD_START_MS} ms to first 200 from GET /login; ${STARTED_LINE:-no Started line in the log}"

# One signed-in session per wrk connection: CONNECTIONS concurrent clients are as many users, each with a session of
# their own. Spring Session JDBC writes a session's row on every request (at least its last-access time), so one
# session shared by all connections would make every request queue for the same row lock in PostgreSQL.
# report.lua (WRK_SESSIONS_FILE) hands the cookies to the requests in turn.
SESSIONS_FILE="$OUT_DIR/sessions-$$.txt"
CLEANUP_FILES+=("$SESSIONS_FILE")
: >"$SESSIONS_FILE"
for ((i = 1; i <= CONNECTIONS; i++)); do
	login "$BASE" samordnare demo
	! grep -qxF -- "$SESSION_COOKIE" "$SESSIONS_FILE" ||
		die "login $i returned the session cookie of an earlier login"
	printf '%s\n' "$SESSION_COOKIE" >>"$SESSIONS_FILE"
done
log "$CONNECTIONS sessions for the plan page in ${SESSIONS_FILE#"$REPO_ROOT"/}"

# Sanity checks before measuring: the right pages answer, every session is accepted.
check_get() { # check_get PATH TEXT [COOKIE]
	local path="$1" text="$2" cookie="${3:-}" body status
	local -a hdr=()
	[[ -n "$cookie" ]] && hdr=(-H "Cookie: SESSION=$cookie")
	body="$OUT_DIR/check-$$.html"
	status="$(curl -s --max-time 10 -o "$body" -w '%{http_code}' ${hdr[@]+"${hdr[@]}"} "$BASE$path" || true)"
	if [[ "$status" != "200" ]] || ! grep -qF -- "$text" "$body"; then
		rm -f "$body"
		die "GET $path answered $status$([[ "$status" == "200" ]] && echo " without \"$text\"") before the benchmark"
	fi
	rm -f "$body"
}
while IFS= read -r cookie; do
	check_get "/plans/$PLAN_KEY" "Fokusområde" "$cookie"
done <"$SESSIONS_FILE"
check_get "/api/v1/plans/$PLAN_KEY" "$PLAN_KEY"
# the coordinator dashboard of the demo profile's round (all 113 reports and contributions, in every state)
ROUNDS_PAGE="$OUT_DIR/rounds-$$.html"
curl -s --max-time 10 -o "$ROUNDS_PAGE" -H "Cookie: SESSION=$(sed -n 1p "$SESSIONS_FILE")" "$BASE/rounds" ||
	die "GET /rounds failed"
DEMO_ROUND="$(grep -o 'href="/rounds/[0-9a-f-]\{36\}">Uppföljning 2023 (demodata)' "$ROUNDS_PAGE" | sed -n 's|href="/rounds/\([0-9a-f-]*\)".*|\1|p' | sed -n 1p)"
rm -f "$ROUNDS_PAGE"
[[ -n "$DEMO_ROUND" ]] || die "the demo round is missing from /rounds"
check_get "/rounds/$DEMO_ROUND" "by-committee" "$(sed -n 1p "$SESSIONS_FILE")"
# the indicator pages: the plan's first focus area, and the first indicator (every one holds the same volume)
INDICATOR_ID="$(curl -s --max-time 10 "$BASE/api/v1/indicators?plan=$PLAN_KEY" | grep -o '"id":"[0-9a-f-]\{36\}"' | sed -n 's/"id":"\(.*\)"/\1/p' | sed -n 1p)"
[[ -n "$INDICATOR_ID" ]] || die "no indicator in /api/v1/indicators"
check_get "/indicators?plan=$PLAN_KEY&focusArea=1" "indicator-cards" "$(sed -n 1p "$SESSIONS_FILE")"
check_get "/indicators/$INDICATOR_ID" "indicator-data" "$(sed -n 1p "$SESSIONS_FILE")"
if [[ "$INDICATOR_VOLUME" == "1" ]]; then
	# the volume is written on a thread of its own after start-up (so the cold start above is the application's)
	for ((i = 0; i < 120; i++)); do
		curl -s --max-time 10 "$BASE/api/v1/indicators/$INDICATOR_ID/measurements?period=2004" | grep -qF '"period":"2004"' && break
		sleep 1
	done
	check_get "/api/v1/indicators/$INDICATOR_ID/measurements?period=2004" '"period":"2004"'
	log "indicator volume loaded: $(grep -o 'Benchmark volume: [^(]*' "$NODE_LOG" | sed -n 1p)"
fi
check_get "/actuator/health" '"UP"'
log "sanity checks passed"

# ---------------------------------------------------------------------------------------------------------------------
# wrk runs

result_field() { # result_field "WRK_RESULT ..." key
	sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

# wrk_with_sessions FILE wrk-args...: runs wrk with WRK_SESSIONS_FILE=FILE, or plain wrk when FILE is empty.
wrk_with_sessions() {
	local sessions="$1"
	shift
	if [[ -n "$sessions" ]]; then
		WRK_SESSIONS_FILE="$sessions" wrk "$@"
	else
		wrk "$@"
	fi
}

# run_wrk [--sessions FILE] NAME URL [header ...]: warm-up, then measurement; sets RESULT to the WRK_RESULT line.
# With --sessions, every request carries the next SESSION cookie from FILE (see report.lua).
run_wrk() {
	local sessions=""
	if [[ "$1" == "--sessions" ]]; then
		sessions="$2"
		shift 2
	fi
	local name="$1" url="$2"
	shift 2
	local -a headers=()
	local h
	for h in "$@"; do headers+=(-H "$h"); done
	[[ -n "$ACCEPT_ENCODING" ]] && headers+=(-H "Accept-Encoding: $ACCEPT_ENCODING")
	local -a common=(-t"$THREADS" -c"$CONNECTIONS" --latency --timeout "$WRK_TIMEOUT" -s "$BENCH_DIR/report.lua")
	if ((WARMUP > 0)); then
		log "warm-up  $name: ${WARMUP}s"
		wrk_with_sessions "$sessions" "${common[@]}" -d"${WARMUP}s" ${headers[@]+"${headers[@]}"} "$url" \
			>"$OUT_DIR/wrk-$name-warmup.txt" 2>&1 ||
			die "wrk warm-up for $name failed: $(cat "$OUT_DIR/wrk-$name-warmup.txt")"
	fi
	log "measure  $name: ${DURATION}s, $CONNECTIONS connections, $THREADS threads"
	wrk_with_sessions "$sessions" "${common[@]}" -d"${DURATION}s" ${headers[@]+"${headers[@]}"} "$url" \
		>"$OUT_DIR/wrk-$name.txt" 2>&1 ||
		die "wrk for $name failed: $(cat "$OUT_DIR/wrk-$name.txt")"
	RESULT="$(grep '^WRK_RESULT ' "$OUT_DIR/wrk-$name.txt" || true)"
	[[ -n "$RESULT" ]] || die "no WRK_RESULT line from wrk for $name (see $OUT_DIR/wrk-$name.txt)"
	if [[ -n "$sessions" ]]; then
		local used expected
		used="$(result_field "$RESULT" sessions)"
		expected="$(grep -c . "$sessions")"
		[[ "$used" == "$expected" ]] || die "wrk for $name used ${used:-no} sessions, expected $expected"
	fi
	log "$name: $RESULT"
}

NAMES=(plan-page dashboard indicators-page indicator-page plan-api health)
LABELS=("\`GET /plans/$PLAN_KEY\` (signed in)" "\`GET /rounds/{demo round}\` (coordinator dashboard, signed in)" "\`GET /indicators?focusArea=1\` (focus-area indicators, signed in)" "\`GET /indicators/{id}\` (one indicator, signed in)" "\`GET /api/v1/plans/$PLAN_KEY\` (open API)" "\`GET /actuator/health\` (baseline)")
declare -A RESULTS=()
declare -A TARGETS=([plan-page]="$P95_TARGET_MS" [dashboard]="$DASHBOARD_P95_TARGET_MS" [indicators-page]="$INDICATORS_P95_TARGET_MS" [indicator-page]="$INDICATOR_P95_TARGET_MS" [plan-api]="$P95_TARGET_MS")
run_wrk --sessions "$SESSIONS_FILE" plan-page "$BASE/plans/$PLAN_KEY"
RESULTS[plan-page]="$RESULT"
run_wrk --sessions "$SESSIONS_FILE" dashboard "$BASE/rounds/$DEMO_ROUND"
RESULTS[dashboard]="$RESULT"
run_wrk --sessions "$SESSIONS_FILE" indicators-page "$BASE/indicators?plan=$PLAN_KEY&focusArea=1"
RESULTS[indicators-page]="$RESULT"
run_wrk --sessions "$SESSIONS_FILE" indicator-page "$BASE/indicators/$INDICATOR_ID"
RESULTS[indicator-page]="$RESULT"
run_wrk plan-api "$BASE/api/v1/plans/$PLAN_KEY" "Accept: application/json"
RESULTS[plan-api]="$RESULT"
run_wrk health "$BASE/actuator/health"
RESULTS[health]="$RESULT"

# The node must have survived the load.
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $NODE_LOG)"

# ---------------------------------------------------------------------------------------------------------------------
# Incidents at volume: the import and the situation pages, each script on a node of its own (see their headers).
# This run's node is stopped first, so that it does not share the CPUs with them.

INCIDENTS_MD=""
TARGETS_MISSED_EARLY=()
INCIDENT_ERRORS=0
if [[ "$INCIDENT_VOLUME" == "1" ]]; then
	stop_nodes
	log "incident import: $INCIDENT_ROWS rows (benchmarks/incident-import.sh)"
	ROWS="$INCIDENT_ROWS" "$BENCH_DIR/incident-import.sh" --skip-build >"$OUT_DIR/incident-import-$STAMP.txt" ||
		die "incident-import.sh failed (see $OUT_DIR/incident-import-$STAMP.txt and $OUT_DIR/incident-import.log)"
	IMPORT_RESULT="$(grep '^INCIDENT_IMPORT_RESULT ' "$OUT_DIR/incident-import-$STAMP.txt")"
	log "$IMPORT_RESULT"
	log "situation pages over $INCIDENT_ROWS incidents (benchmarks/situation.sh)"
	ROWS="$INCIDENT_ROWS" DURATION="$DURATION" WARMUP="$WARMUP" CONNECTIONS="$CONNECTIONS" THREADS="$THREADS" \
		"$BENCH_DIR/situation.sh" --skip-build >"$OUT_DIR/situation-$STAMP.txt" ||
		die "situation.sh failed (see $OUT_DIR/situation-$STAMP.txt and $OUT_DIR/situation.log)"
	SITUATION_RESULT="$(grep '^SITUATION_RESULT ' "$OUT_DIR/situation-$STAMP.txt")"
	log "$SITUATION_RESULT"
	IMPORT_MS="$(result_field "$IMPORT_RESULT" client_ms)"
	COPY_RATIO="$(result_field "$IMPORT_RESULT" ratio)"
	# the targets are set for a million incidents; a smaller run is only a check of the scripts
	FULL_VOLUME=$((INCIDENT_ROWS >= 1000000))
	# p95 of NAME in the situation run
	p95_of() { result_field "$SITUATION_RESULT" "$1_p95_ms"; }
	if ((FULL_VOLUME)); then
		((IMPORT_MS < INCIDENT_IMPORT_TARGET_MS)) || TARGETS_MISSED_EARLY+=("incident import ${IMPORT_MS} ms ≥ ${INCIDENT_IMPORT_TARGET_MS} ms")
		awk -v r="$COPY_RATIO" -v t="$INCIDENT_COPY_RATIO_TARGET" 'BEGIN { exit !(r > t) }' &&
			TARGETS_MISSED_EARLY+=("incident import ${COPY_RATIO}× PostgreSQL's COPY > ${INCIDENT_COPY_RATIO_TARGET}×")
		for name in map situation evaluation; do
			awk -v a="$(p95_of "$name")" -v t="$LAGESBILD_TARGET_MS" 'BEGIN { exit !(a >= t) }' &&
				TARGETS_MISSED_EARLY+=("$name p95 $(p95_of "$name") ms ≥ ${LAGESBILD_TARGET_MS} ms")
		done
	fi
	# verdict_for VALUE TARGET: met / **not met**, or n/a below the target's volume
	verdict_for() {
		if ((FULL_VOLUME)); then
			awk -v a="$1" -v t="$2" 'BEGIN { print (a < t ? "met" : "**not met**") }'
		else
			echo "n/a (set for 1 000 000)"
		fi
	}
	INCIDENT_ERRORS=0
	for name in hotspots map page situation evaluation; do
		INCIDENT_ERRORS=$((INCIDENT_ERRORS + $(result_field "$SITUATION_RESULT" "${name}_errors")))
	done
	seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
	# row NAME TEXT TARGET: a table row of the situation run
	row() {
		local rps
		rps="$(awk -v v="$(result_field "$SITUATION_RESULT" "$1_rps")" 'BEGIN { printf "%.0f", v }')"
		echo "| $2 | $(result_field "$SITUATION_RESULT" "$1_p50_ms") / $(p95_of "$1") ms ($rps req/s) | $3 |"
	}
	INCIDENTS_MD="### Incidents at volume

\`benchmarks/incident-import.sh\` and \`benchmarks/situation.sh\`, each on a fresh node started with \`-Xmx1g\` after the
node above had stopped. $INCIDENT_ROWS generated incidents inside the municipality over the last year, uploaded as the
analyst through \`POST /incidents/import\`.

| measurement | result | target |
|---|---:|---|
| import of $INCIDENT_ROWS rows, whole upload request | $(seconds "$IMPORT_MS") s ($(result_field "$IMPORT_RESULT" rows_per_s) rows/s) | under 15 s: $(verdict_for "$IMPORT_MS" "$INCIDENT_IMPORT_TARGET_MS") |
| PostgreSQL's own COPY of the same rows, same table and indexes: CSV / binary | $(seconds "$(result_field "$IMPORT_RESULT" copy_csv_ms)") s / $(seconds "$(result_field "$IMPORT_RESULT" copy_binary_ms)") s | |
| import ÷ CSV COPY | ${COPY_RATIO} | at most 1.5: $(verdict_for "$COPY_RATIO" 1.5001) |
| \`GET /api/v1/hotspots/counts\` (the hot-spot map's request), varied filters: median / p95 | $(result_field "$SITUATION_RESULT" map_p50_ms) / $(p95_of map) ms | p95 under ${LAGESBILD_TARGET_MS} ms: $(verdict_for "$(p95_of map)" "$LAGESBILD_TARGET_MS") |
$(row situation "\`GET /situation?period=…\` (situation picture), every period in turn: median / p95" "p95 under ${LAGESBILD_TARGET_MS} ms: $(verdict_for "$(p95_of situation)" "$LAGESBILD_TARGET_MS")")
$(row evaluation "\`POST /interventions/{id}/evaluations\` (effect evaluation), varied: median / p95" "p95 under ${LAGESBILD_TARGET_MS} ms: $(verdict_for "$(p95_of evaluation)" "$LAGESBILD_TARGET_MS")")
$(row page "\`GET /situation/hotspots\` (the hot-spot page), varied filters: median / p95" "")
$(row hotspots "\`GET /api/v1/hotspots\` (full GeoJSON), varied filters: median / p95" "")
$(row health "\`GET /actuator/health\` (same-run baseline): median / p95" "")

The load runs use wrk as above ($CONNECTIONS connections, each an analyst's session of its own), every request with
a filter of its own (benchmarks/filters.lua, evaluate.lua), on a node with its result caches off.
"
fi

# ---------------------------------------------------------------------------------------------------------------------
# Report

fmt_ms() { awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f" : "%.1f"), v }'; }
BASELINE_P95="$(result_field "${RESULTS[health]}" p95_ms)"
TOTAL_ERRORS=$INCIDENT_ERRORS
TARGETS_MISSED=(${TARGETS_MISSED_EARLY[@]+"${TARGETS_MISSED_EARLY[@]}"})
TABLE="| endpoint | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | p95 ÷ baseline p95 |
|---|---:|---:|---:|---:|---:|---:|"
ERROR_DETAILS=""
for i in "${!NAMES[@]}"; do
	name="${NAMES[$i]}"
	r="${RESULTS[$name]}"
	rps="$(result_field "$r" rps)"
	p50="$(result_field "$r" p50_ms)"
	p95="$(result_field "$r" p95_ms)"
	p99="$(result_field "$r" p99_ms)"
	non2xx="$(result_field "$r" non2xx)"
	sock=$(($(result_field "$r" err_connect) + $(result_field "$r" err_read) + $(result_field "$r" err_write) + $(result_field "$r" err_timeout)))
	errors=$((non2xx + sock))
	TOTAL_ERRORS=$((TOTAL_ERRORS + errors))
	((errors == 0)) || ERROR_DETAILS+="- $name: $non2xx non-2xx, $sock socket errors ($r)"$'\n'
	ratio="$(awk -v a="$p95" -v b="$BASELINE_P95" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }')"
	TABLE+=$'\n'"| ${LABELS[$i]} | $(awk -v v="$rps" 'BEGIN { printf "%.0f", v }') | $(fmt_ms "$p50") | $(fmt_ms "$p95") | $(fmt_ms "$p99") | $errors | $ratio |"
	if [[ "$name" != "health" ]] && awk -v a="$p95" -v t="${TARGETS[$name]}" 'BEGIN { exit !(a >= t) }'; then
		TARGETS_MISSED+=("$name p95 $(fmt_ms "$p95") ms ≥ ${TARGETS[$name]} ms")
	fi
done
# The target is judged on the production launcher; plain java -jar is reported beside it.
((LAUNCHER_COLD_START_MS < COLD_START_TARGET_MS)) ||
	TARGETS_MISSED+=("cold start ${LAUNCHER_COLD_START_MS} ms ≥ ${COLD_START_TARGET_MS} ms")

verdict() { # verdict NAME -> met / not met
	local item
	for item in ${TARGETS_MISSED[@]+"${TARGETS_MISSED[@]}"}; do
		[[ "$item" == "$1"* ]] && {
			echo "**not met**"
			return
		}
	done
	echo "met"
}

CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
MEM_TOTAL="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
JAVA_VERSION="$(java -version 2>&1 | sed -n 1p)"
WRK_VERSION="$(wrk -v 2>&1 | sed -n 1p | awk '{ print $1, $2 }' || true)"
GIT_REV="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo "no commit yet")"
if [[ -n "$(git -C "$REPO_ROOT" status --porcelain 2>/dev/null | sed -n 1p)" ]]; then
	GIT_REV+=" (with uncommitted changes)"
fi
COLD_START_S="$(awk -v v="$COLD_START_MS" 'BEGIN { printf "%.2f", v / 1000 }')"
LAUNCHER_COLD_START_S="$(awk -v v="$LAUNCHER_COLD_START_MS" 'BEGIN { printf "%.2f", v / 1000 }')"
COLD_START_RATIO="$(awk -v a="$LAUNCHER_COLD_START_MS" -v b="$COLD_START_MS" 'BEGIN { printf "%.2f", a / b }')"
PLAN_PAGE_P95="$(fmt_ms "$(result_field "${RESULTS[plan-page]}" p95_ms)")"
PLAN_API_P95="$(fmt_ms "$(result_field "${RESULTS[plan-api]}" p95_ms)")"
DASHBOARD_P95="$(fmt_ms "$(result_field "${RESULTS[dashboard]}" p95_ms)")"
INDICATORS_P95="$(fmt_ms "$(result_field "${RESULTS[indicators-page]}" p95_ms)")"
INDICATOR_P95="$(fmt_ms "$(result_field "${RESULTS[indicator-page]}" p95_ms)")"
if [[ "$INDICATOR_VOLUME" == "1" ]]; then
	VOLUME_NOTE="The indicator pages were measured with the issue's volume loaded (\`INDICATOR_VOLUME=1\`): 25 indicators × 20 years × 30 areas × 5 gender options, about 75 000 demo values. They are rendered once per indicator revision, audience, choice and language and then served from memory; the revision is read from the database on every request."
else
	VOLUME_NOTE="The indicator pages were measured with the demo series only (\`INDICATOR_VOLUME=0\`), not the issue's volume."
fi

RESULTS_MD="## Results $(date -u '+%Y-%m-%d %H:%M') UTC

Machine: $(nproc) CPUs (\`nproc\`), ${CPU_MODEL:-unknown CPU model}, ${MEM_TOTAL:-unknown} RAM; \`${JAVA_VERSION}\`; ${WRK_VERSION:-wrk}.
Code: ${GIT_REV}. Everything ran on this one machine: the application, its embedded PostgreSQL and wrk share the CPUs.

### Cold start

Fresh, empty data directory: the embedded PostgreSQL runs initdb, Flyway migrates, the Västerås plan is imported and
the demo users are created.

| launch | to the first HTTP 200 from \`GET /login\` | Spring Boot's own line |
|---|---:|---|
| \`bin/trygghetsplattformen\` (production launcher: extracted jar, CDS archive prepared beforehand) | **${LAUNCHER_COLD_START_S} s** (${COLD_START_RATIO}× plain) | \`${LAUNCHER_STARTED_LINE:-no Started line found in the log}\` |
| \`java -jar\` (plain, same-run baseline) | ${COLD_START_S} s | \`${STARTED_LINE:-no Started line found in the log}\` |

Target under 10 s, judged on the production launcher: $(verdict "cold start"). Each launch had a database of its own.

### Latency under load

\`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s --latency\` per endpoint after a ${WARMUP} s warm-up of the same
endpoint; ${CONNECTIONS} concurrent clients on one keep-alive connection each; $([[ -n "$ACCEPT_ENCODING" ]] && echo "\`Accept-Encoding: ${ACCEPT_ENCODING}\` like a browser" || echo "no compression requested").
The plan page is fetched with one signed-in session per connection, ${CONNECTIONS} users: the script signs in
${CONNECTIONS} times as the coordinator \`samordnare\` and the requests take the ${CONNECTIONS} session cookies in turn. Each
request reads its session from PostgreSQL and writes its row back (Spring Session JDBC, at least the last-access
time), so one session shared by all connections would make every request queue for the same row lock, which
${CONNECTIONS} real users never do. Demo profile with the Thymeleaf template cache on, as in production. The health
endpoint is the same-run baseline: the web stack, security filters and one database ping, no session and no page.
\"errors\" counts non-2xx answers plus connect/read/write/timeout errors.

${TABLE}

Targets (p95 with ${CONNECTIONS} concurrent clients): plan page under ${P95_TARGET_MS} ms: ${PLAN_PAGE_P95} ms, $(verdict plan-page); plan API under ${P95_TARGET_MS} ms: ${PLAN_API_P95} ms, $(verdict plan-api); coordinator dashboard under ${DASHBOARD_P95_TARGET_MS} ms: ${DASHBOARD_P95} ms, $(verdict dashboard); focus-area indicators under ${INDICATORS_P95_TARGET_MS} ms: ${INDICATORS_P95} ms, $(verdict indicators-page); indicator page under ${INDICATOR_P95_TARGET_MS} ms: ${INDICATOR_P95} ms, $(verdict indicator-page).
${VOLUME_NOTE}
The dashboard is the demo round's page: progress per committee and focus area, the overdue list and all 113 reports
and contributions, read from the database on every request (it is not cached).

${INCIDENTS_MD}
Raw wrk output, including the full latency distributions, is in \`benchmarks/out/\` (not committed).
"

RESULTS_FILE="$OUT_DIR/results-$STAMP.md"
printf '%s' "$RESULTS_MD" >"$RESULTS_FILE"
printf '\n%s\n' "$RESULTS_MD"

if ((TOTAL_ERRORS > 0)); then
	log "FAILED: $TOTAL_ERRORS failed requests during the measurements; docs/BENCHMARKS.md left unchanged"
	printf '%s' "$ERROR_DETAILS" >&2
	log "details: $OUT_DIR/wrk-*.txt and $NODE_LOG"
	exit 1
fi

# ---------------------------------------------------------------------------------------------------------------------
# docs/BENCHMARKS.md: keep everything down to the marker line, replace everything below it.

if [[ "$UPDATE_DOC" == "1" ]]; then
	mkdir -p "$(dirname "$DOC")"
	tmp="$(mktemp "$DOC.XXXXXX")"
	if [[ -f "$DOC" ]] && grep -qxF "$MARKER" "$DOC"; then
		awk -v m="$MARKER" '{ print } $0 == m { exit }' "$DOC" >"$tmp"
	elif [[ -f "$DOC" ]]; then
		{
			cat "$DOC"
			printf '\n%s\n' "$MARKER"
		} >"$tmp"
	else
		cat >"$tmp" <<'INTRO'
# Benchmarks

How fast Trygghetsplattformen starts and answers, measured with `benchmarks/run.sh`.

Targets:

- **Cold start** to the first page (first HTTP 200 from `GET /login`) **under 10 s**, on a fresh database.
- **Plan page** (`GET /plans/vasteras-2021-2023`, signed in) and **plan API** (`GET /api/v1/plans/vasteras-2021-2023`)
  **p95 under 50 ms with 20 concurrent clients** on a 2-core machine.

How to run (from the repository root or from `benchmarks/`; needs Java 17, curl and wrk, and ports 8081 and 55432 free):

```sh
benchmarks/run.sh                # builds the demo jar (./mvnw -Pdemo package) if it is missing, stale or a production jar
benchmarks/run.sh --skip-build   # use target/trygghetsplattformen.jar as it is (it must be the demo jar)
DURATION=5 benchmarks/run.sh     # quick check: 5 s per endpoint instead of 30
```

The script measures the cold start twice, each on a fresh temporary database with the demo profile: through the
production launcher `bin/trygghetsplattformen` (extracted jar and CDS archive, prepared beforehand) and with plain
`java -jar`. It keeps the second node running, signs in 20 times as `samordnare`, runs wrk (2 threads, 20
connections, 30 s, after a 10 s warm-up) against the plan page, the plan API and the health endpoint as a same-run
baseline, and replaces everything below the marker line with the results. It exits non-zero, and leaves this file alone, if any request fails or answers non-2xx. Raw output and logs
go to `benchmarks/out/`. `benchmarks/two-nodes.sh` checks that two nodes on one database share sessions (see
[SCALING.md](SCALING.md)).

The plan page is measured with one signed-in session per connection: 20 concurrent clients are 20 users, each with a
session of their own. Sessions live in PostgreSQL (Spring Session JDBC) and every request writes its session's row
back (at least the last-access time), so with one session shared by all 20 connections every request would wait for
the same row lock and the benchmark would measure that queue rather than the page. `benchmarks/report.lua` hands the
20 session cookies (the file named by `WRK_SESSIONS_FILE`) to the requests in turn; the API and health runs send no
cookie.

Everything below the marker is generated; edit above it.

INTRO
		printf '%s\n' "$MARKER" >>"$tmp"
	fi
	printf '\n%s' "$RESULTS_MD" >>"$tmp"
	chmod 644 "$tmp"
	mv "$tmp" "$DOC"
	log "results written to ${DOC#"$REPO_ROOT"/}"
else
	log "UPDATE_DOC=0: results only in ${RESULTS_FILE#"$REPO_ROOT"/}"
fi

if ((${#TARGETS_MISSED[@]} > 0)); then
	log "targets missed: ${TARGETS_MISSED[*]}"
	[[ "$STRICT_TARGETS" == "1" ]] && exit 2
fi
log "done"
