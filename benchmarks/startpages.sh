#!/usr/bin/env bash
# Benchmark of the signed-in start pages (GET /, issue 16.1): each role's page answers "what needs me now?" from
# every module's StartSections (open rounds and their committees, the review queue, residents' reports, consultations,
# the week's flags and hot spots, evaluations, indicators with verdicts, the latest annual report and joint
# lägesbild, a field reporter's own reports, a partner's forums). The admin creates 20 users per role through the
# user form (reporters each bound to another committee of the plan, partners each to another organisation), each signs
# in once, and wrk then asks for / with every request in another user's session (report.lua, WRK_SESSIONS_FILE): one
# run per role, and one with all roles' sessions mixed. The same-run baseline is GET /actuator/health.
# Target: p95 under 100 ms for every role.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/startpages.sh                 build the jar if needed, then measure
#   benchmarks/startpages.sh --skip-build    use target/trygghetsplattformen.jar as it is
#   DURATION=5 WARMUP=2 NODE_WARMUP=0 benchmarks/startpages.sh   a quick check (of a cold node)
#
# Environment (all optional):
#   DURATION=20      seconds of measurement per run
#   NODE_WARMUP=180  seconds of load on every role's start page before the first run (0 = none; see warm_node)
#   WARMUP=5         seconds of warm-up per run (0 = none)
#   USERS=20         users (and sessions) per role
#   CONNECTIONS=20   wrk connections
#   THREADS=2        wrk threads
#   RUNS="health coordinator reporter analyst viewer field partner mixed"   which measurements to take
#   WRK_TIMEOUT=10s  a request slower than this counts as a timeout error
#   APP_PORT=8088    HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55439    port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g JVM options of the node
#
# The last line of the output is machine-readable:
#   STARTPAGES_RESULT NAME_p50_ms=… NAME_p95_ms=… NAME_rps=… NAME_errors=… NAME_sessions=… per run
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

parse_args "$@"

DURATION="${DURATION:-20}"
DURATION="${DURATION%s}"
WARMUP="${WARMUP:-5}"
WARMUP="${WARMUP%s}"
USERS="${USERS:-20}"
CONNECTIONS="${CONNECTIONS:-20}"
THREADS="${THREADS:-2}"
RUNS="${RUNS:-health coordinator reporter analyst viewer field partner mixed}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
APP_PORT="${APP_PORT:-8088}"
PG_PORT="${PG_PORT:-55439}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
for n in DURATION WARMUP USERS CONNECTIONS THREADS APP_PORT PG_PORT; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0 && USERS > 0)) || die "DURATION and USERS must be at least 1"
BASE="http://127.0.0.1:$APP_PORT"
TARGET_MS=100
PASSWORD="startsida-benchmark-losenord"
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-startpages
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
start_node startpages "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

# The users, through the admin's form; the committees and organisations are those the form offers.
login "$BASE" admin demo
ADMIN="$SESSION_COOKIE"
FORM="$(curl -s -H "Cookie: SESSION=$ADMIN" "$BASE/admin/users/new")"
mapfile -t COMMITTEES < <(grep -o 'name="committeeIds"[^>]*value="[^"]*"' <<<"$FORM" | sed 's/.*value="\([^"]*\)"/\1/')
mapfile -t ACTORS < <(grep -o '<option value="[0-9a-f-]\{36\}"' <<<"$FORM" | sed 's/.*value="\([^"]*\)"/\1/')
((${#COMMITTEES[@]} > 0)) || die "the user form offers no committees"
((${#ACTORS[@]} > 0)) || die "the user form offers no organisations"
log "${#COMMITTEES[@]} committees and ${#ACTORS[@]} organisations to bind users to"

declare -A ROLE_OF=([coordinator]=COORDINATOR [reporter]=COMMITTEE_REPORTER [analyst]=ANALYST [viewer]=VIEWER
	[field]=FIELD_REPORTER [partner]=PARTNER)
ROLES=(coordinator reporter analyst viewer field partner)
create_user() { # create_user NAME ROLE INDEX: POST /admin/users with the form's CSRF token
	local name="$1" role="$2" i="$3" token status
	token="$(curl -s -H "Cookie: SESSION=$ADMIN" "$BASE/admin/users/new" | csrf_from_meta)"
	[[ -n "$token" ]] || die "no CSRF token on /admin/users/new"
	local -a data=(--data-urlencode "_csrf=$token" --data-urlencode "username=$name"
		--data-urlencode "displayName=Benchmark $name" --data-urlencode "password=$PASSWORD"
		--data-urlencode "roles=${ROLE_OF[$role]}")
	case "$role" in
	reporter) data+=(--data-urlencode "committeeIds=${COMMITTEES[$((i % ${#COMMITTEES[@]}))]}") ;;
	partner) data+=(--data-urlencode "actorId=${ACTORS[$((i % ${#ACTORS[@]}))]}") ;;
	esac
	status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$ADMIN" "${data[@]}" "$BASE/admin/users")"
	[[ "$status" == "302" ]] || die "creating $name answered $status"
}

ALL_SESSIONS="$OUT_DIR/startpages-sessions-all-$$.txt"
CLEANUP_FILES+=("$ALL_SESSIONS")
: >"$ALL_SESSIONS"
declare -A SESSIONS=()
for role in "${ROLES[@]}"; do
	SESSIONS[$role]="$OUT_DIR/startpages-sessions-$role-$$.txt"
	CLEANUP_FILES+=("${SESSIONS[$role]}")
	: >"${SESSIONS[$role]}"
	for ((i = 0; i < USERS; i++)); do
		create_user "bench-$role-$i" "$role" "$i"
		login "$BASE" "bench-$role-$i" "$PASSWORD"
		printf '%s\n' "$SESSION_COOKIE" >>"${SESSIONS[$role]}"
		printf '%s\n' "$SESSION_COOKIE" >>"$ALL_SESSIONS"
	done
done
shuf -o "$ALL_SESSIONS" "$ALL_SESSIONS"

# Each role's page once, checked for its sections, before the measurement.
declare -A EXPECT=([coordinator]=review [reporter]=returned [analyst]=week [viewer]=indicators [field]=field
	[partner]=partner)
declare -A FIRST_MS=()
for role in "${ROLES[@]}"; do
	cookie="$(sed -n 1p "${SESSIONS[$role]}")"
	read -r status seconds < <(curl -s --max-time 120 -o "$TEMP_DIR/$role.html" -w '%{http_code} %{time_total}\n' \
		-H "Cookie: SESSION=$cookie" "$BASE/")
	[[ "$status" == "200" ]] && grep -qF "data-section=\"${EXPECT[$role]}\"" "$TEMP_DIR/$role.html" ||
		die "GET / as a $role answered $status without its section ${EXPECT[$role]}"
	FIRST_MS[$role]="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
	log "$role's start page, first request: ${FIRST_MS[$role]} ms, $(wc -c <"$TEMP_DIR/$role.html") bytes," \
		"$(grep -o 'class="card start-section"' "$TEMP_DIR/$role.html" | wc -l) sections"
done

warm_node "all roles' start pages" report.lua / WRK_SESSIONS_FILE="$ALL_SESSIONS"

declare -A RESULTS=()
MEASURED=()
for run in $RUNS; do
	case "$run" in
	health) run_wrk health report.lua /actuator/health ;;
	mixed) run_wrk mixed report.lua / WRK_SESSIONS_FILE="$ALL_SESSIONS" ;;
	*)
		[[ -n "${SESSIONS[$run]:-}" ]] || die "unknown run '$run' in RUNS"
		run_wrk "$run" report.lua / WRK_SESSIONS_FILE="${SESSIONS[$run]}"
		;;
	esac
	RESULTS[$run]="$RESULT"
	MEASURED+=("$run")
done
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the benchmark (see $LAST_NODE_LOG)"

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Start pages benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, revision $REVISION, $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=$JAVA_OPTS, jar $(basename "$JAR"), $USERS users per role, node warm-up ${NODE_WARMUP:-180} s"
LINE="STARTPAGES_RESULT"
TOTAL_ERRORS=0
for run in "${MEASURED[@]}"; do
	r="${RESULTS[$run]}"
	p95="$(result_field "$r" p95_ms)"
	target=""
	[[ "$run" != health ]] && target=" (p95 under $TARGET_MS ms: $(verdict "$p95" "$TARGET_MS"))"
	first=""
	[[ -n "${FIRST_MS[$run]:-}" ]] && first=", first request alone ${FIRST_MS[$run]} ms"
	echo "  $run: median $(result_field "$r" p50_ms) ms, p95 $p95 ms, $(result_field "$r" rps) req/s," \
		"server CPU $(result_field "$r" cpu_ms_per_request) ms per request," \
		"$(errors "$r") errors, $(result_field "$r" sessions) sessions$first$target"
	LINE="$LINE ${run}_p50_ms=$(result_field "$r" p50_ms) ${run}_p95_ms=$p95 ${run}_rps=$(result_field "$r" rps) ${run}_cpu_ms=$(result_field "$r" cpu_ms_per_request) ${run}_errors=$(errors "$r") ${run}_sessions=$(result_field "$r" sessions)"
	TOTAL_ERRORS=$((TOTAL_ERRORS + $(errors "$r")))
done
echo "$LINE"
((TOTAL_ERRORS == 0)) || die "requests failed during the measurement"
