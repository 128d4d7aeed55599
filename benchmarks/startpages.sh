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
#   COMPARE_JAR=FILE a second demo jar, on a node of its own (APP_PORT+1, PG_PORT+1) with the same users and warm-up:
#                    every run is taken on the first node and then on the second, so that both meet the machine in the
#                    same state, and the summary gives each run's median over the rounds per jar
#   ROUNDS=1         how many times RUNS are taken (with COMPARE_JAR, 3 or more: runs of one jar differ by up to a
#                    quarter, BENCHMARKS.md)
#
# The last line of the output is machine-readable:
#   STARTPAGES_RESULT NAME_p50_ms=… NAME_p95_ms=… NAME_rps=… NAME_errors=… NAME_sessions=… per run, where NAME is the
#   run, followed by _a or _b with COMPARE_JAR and by _rN with ROUNDS above 1
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
COMPARE_JAR="${COMPARE_JAR:-}"
ROUNDS="${ROUNDS:-1}"
for n in DURATION WARMUP USERS CONNECTIONS THREADS APP_PORT PG_PORT ROUNDS; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((DURATION > 0 && USERS > 0 && ROUNDS > 0)) || die "DURATION, USERS and ROUNDS must be at least 1"
[[ -z "$COMPARE_JAR" || -f "$COMPARE_JAR" ]] || die "COMPARE_JAR $COMPARE_JAR does not exist"
TARGET_MS=100
PASSWORD="startsida-benchmark-losenord"
unset WRK_SESSIONS_FILE

for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
JARS=("$JAR")
[[ -n "$COMPARE_JAR" ]] && JARS+=("$(realpath "$COMPARE_JAR")")
LABELS=(a b)
for i in "${!JARS[@]}"; do
	require_free_port $((APP_PORT + i)) $((PG_PORT + i))
done

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

# Each role's page once, checked for its sections, before the measurement.
declare -A EXPECT=([coordinator]=review [reporter]=returned [analyst]=week [viewer]=indicators [field]=field
	[partner]=partner)
declare -A FIRST_MS=() SESSIONS=()
NODE_BASES=() NODE_JVMS=() NODE_DIRS=()

# setup_node INDEX: starts JARS[INDEX] on a node of its own, creates USERS users per role through the admin's user
# form (the committees and organisations are those the form offers), signs each in once, and asks for each role's page
setup_node() {
	local n="$1" role i cookie status seconds
	make_temp_dir trygghet-startpages
	JAR="${JARS[$n]}"
	snapshot_jar
	local data_dir="$TEMP_DIR/pg"
	BASE="http://127.0.0.1:$((APP_PORT + n))"
	start_node "startpages-${LABELS[$n]}" $((APP_PORT + n)) "$data_dir" -- \
		--app.embedded-db.data-dir="$data_dir" --app.embedded-db.port=$((PG_PORT + n)) --spring.thymeleaf.cache=true \
		--app.indicator.kolada.enabled=false
	wait_http "$BASE/login" "$LAST_NODE_PID" "$START_TIMEOUT"
	wait_ready "$BASE" "$LAST_NODE_PID"
	NODE_BASES+=("$BASE") NODE_JVMS+=("$LAST_NODE_PID") NODE_DIRS+=("$data_dir")

	login "$BASE" admin demo
	ADMIN="$SESSION_COOKIE"
	local form
	form="$(curl -s -H "Cookie: SESSION=$ADMIN" "$BASE/admin/users/new")"
	mapfile -t COMMITTEES < <(grep -o 'name="committeeIds"[^>]*value="[^"]*"' <<<"$form" | sed 's/.*value="\([^"]*\)"/\1/')
	mapfile -t ACTORS < <(grep -o '<option value="[0-9a-f-]\{36\}"' <<<"$form" | sed 's/.*value="\([^"]*\)"/\1/')
	((${#COMMITTEES[@]} > 0)) || die "the user form offers no committees"
	((${#ACTORS[@]} > 0)) || die "the user form offers no organisations"
	log "${#COMMITTEES[@]} committees and ${#ACTORS[@]} organisations to bind users to"

	local all="$OUT_DIR/startpages-sessions-$n-all-$$.txt"
	CLEANUP_FILES+=("$all")
	: >"$all"
	SESSIONS[$n,all]="$all"
	for role in "${ROLES[@]}"; do
		SESSIONS[$n,$role]="$OUT_DIR/startpages-sessions-$n-$role-$$.txt"
		CLEANUP_FILES+=("${SESSIONS[$n,$role]}")
		: >"${SESSIONS[$n,$role]}"
		for ((i = 0; i < USERS; i++)); do
			create_user "bench-$role-$i" "$role" "$i"
			login "$BASE" "bench-$role-$i" "$PASSWORD"
			printf '%s\n' "$SESSION_COOKIE" >>"${SESSIONS[$n,$role]}"
			printf '%s\n' "$SESSION_COOKIE" >>"$all"
		done
	done
	shuf -o "$all" "$all"

	for role in "${ROLES[@]}"; do
		cookie="$(sed -n 1p "${SESSIONS[$n,$role]}")"
		read -r status seconds < <(curl -s --max-time 120 -o "$TEMP_DIR/$role.html" \
			-w '%{http_code} %{time_total}\n' -H "Cookie: SESSION=$cookie" "$BASE/")
		[[ "$status" == "200" ]] && grep -qF "data-section=\"${EXPECT[$role]}\"" "$TEMP_DIR/$role.html" ||
			die "GET / as a $role answered $status without its section ${EXPECT[$role]}"
		FIRST_MS[$n,$role]="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
		log "$role's start page, first request: ${FIRST_MS[$n,$role]} ms, $(wc -c <"$TEMP_DIR/$role.html") bytes," \
			"$(grep -o 'class="card start-section"' "$TEMP_DIR/$role.html" | wc -l) sections"
	done
}

# use_node INDEX: the node the next requests go to and whose CPU they count
use_node() {
	BASE="${NODE_BASES[$1]}"
	measure_node "${NODE_JVMS[$1]}" "${NODE_DIRS[$1]}"
}

for n in "${!JARS[@]}"; do
	setup_node "$n"
done
for n in "${!JARS[@]}"; do
	use_node "$n"
	warm_node "all roles' start pages" report.lua / WRK_SESSIONS_FILE="${SESSIONS[$n,all]}"
done

# name RUN NODE ROUND: the run's name in the results (the run alone for one jar measured once)
name() {
	local name="$1"
	((${#JARS[@]} > 1)) && name="${name}_${LABELS[$2]}"
	((ROUNDS > 1)) && name="${name}_r$3"
	echo "$name"
}

declare -A RESULTS=()
MEASURED=()
for ((round = 1; round <= ROUNDS; round++)); do
	for run in $RUNS; do
		[[ "$run" == health || "$run" == mixed || -n "${EXPECT[$run]:-}" ]] || die "unknown run '$run' in RUNS"
		for n in "${!JARS[@]}"; do
			use_node "$n"
			key="$(name "$run" "$n" "$round")"
			case "$run" in
			health) run_wrk "$key" report.lua /actuator/health ;;
			mixed) run_wrk "$key" report.lua / WRK_SESSIONS_FILE="${SESSIONS[$n,all]}" ;;
			*) run_wrk "$key" report.lua / WRK_SESSIONS_FILE="${SESSIONS[$n,$run]}" ;;
			esac
			RESULTS[$key]="$RESULT"
			MEASURED+=("$run $n $round $key")
		done
	done
done
for n in "${!JARS[@]}"; do
	kill -0 "${NODE_JVMS[$n]}" 2>/dev/null || die "node ${LABELS[$n]} died during the benchmark (see its log in $OUT_DIR)"
done

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Start pages benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, revision $REVISION, $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=$JAVA_OPTS, $USERS users per role," \
	"node warm-up ${NODE_WARMUP:-180} s, $ROUNDS round(s)"
for n in "${!JARS[@]}"; do
	echo "  jar ${LABELS[$n]}: ${JARS[$n]}"
done
LINE="STARTPAGES_RESULT"
TOTAL_ERRORS=0
for m in "${MEASURED[@]}"; do
	read -r run n round key <<<"$m"
	r="${RESULTS[$key]}"
	p95="$(result_field "$r" p95_ms)"
	target=""
	[[ "$run" != health ]] && target=" (p95 under $TARGET_MS ms: $(verdict "$p95" "$TARGET_MS"))"
	first=""
	[[ "$round" == 1 && -n "${FIRST_MS[$n,$run]:-}" ]] && first=", first request alone ${FIRST_MS[$n,$run]} ms"
	echo "  $key: median $(result_field "$r" p50_ms) ms, p95 $p95 ms, $(result_field "$r" rps) req/s," \
		"server CPU $(result_field "$r" cpu_ms_per_request) ms per request," \
		"$(errors "$r") errors, $(result_field "$r" sessions) sessions$first$target"
	LINE="$LINE ${key}_p50_ms=$(result_field "$r" p50_ms) ${key}_p95_ms=$p95 ${key}_rps=$(result_field "$r" rps) ${key}_cpu_ms=$(result_field "$r" cpu_ms_per_request) ${key}_errors=$(errors "$r") ${key}_sessions=$(result_field "$r" sessions)"
	TOTAL_ERRORS=$((TOTAL_ERRORS + $(errors "$r")))
done
if ((${#JARS[@]} > 1 || ROUNDS > 1)); then
	echo "  median over $ROUNDS round(s), p95 ms (server CPU ms per request):"
	for run in $RUNS; do
		for n in "${!JARS[@]}"; do
			p95s=() cpus=()
			for m in "${MEASURED[@]}"; do
				read -r r_run r_n _ key <<<"$m"
				[[ "$r_run" == "$run" && "$r_n" == "$n" ]] || continue
				p95s+=("$(result_field "${RESULTS[$key]}" p95_ms)")
				cpus+=("$(result_field "${RESULTS[$key]}" cpu_ms_per_request)")
			done
			label=""
			((${#JARS[@]} > 1)) && label=" ${LABELS[$n]}"
			echo "    $run$label: $(median "${p95s[@]}") ($(median "${cpus[@]}")), every round: ${p95s[*]}"
		done
	done
fi
echo "$LINE"
((TOTAL_ERRORS == 0)) || die "requests failed during the measurement"
