#!/usr/bin/env bash
# shellcheck disable=SC2034 # variables set here are read by the scripts that source this file
# Shared helpers for the benchmark scripts. Source it, don't run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
#
# Provides: build_jar, snapshot_jar, start_node, wait_http, wait_ready, stop_nodes (installed as an EXIT trap),
# login, csrf_from_input, csrf_from_meta, port_in_use, make_temp_dir, log, die.
#
# Environment knobs (all optional):
#   SKIP_BUILD=1      never build; fail if target/trygghetsplattformen.jar is missing
#   BENCH_JAR=FILE    measure that demo jar instead of target/trygghetsplattformen.jar (implies SKIP_BUILD=1)
#   JAVA_OPTS         extra JVM options for every node, e.g. "-Xmx1g"
#   START_TIMEOUT     seconds to wait for a node to become healthy (default 120)
#   KEEP_DATA=1       keep the temporary database directories after the run

if [[ "${BASH_SOURCE[0]}" == "${0}" ]]; then
	echo "common.sh is meant to be sourced by the other benchmark scripts" >&2
	exit 2
fi

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT_DIR="$BENCH_DIR/out"
# BENCH_JAR: measure this demo jar instead of target/trygghetsplattformen.jar, without building (benchmarks/compare.sh)
JAR="${BENCH_JAR:-$REPO_ROOT/target/trygghetsplattformen.jar}"
START_TIMEOUT="${START_TIMEOUT:-120}"
mkdir -p "$OUT_DIR"

# Nodes started by start_node, in start order (stopped in reverse order).
NODE_NAMES=()
NODE_PIDS=()
NODE_DATA_DIRS=() # embedded-db data dir of the node, or "-" for nodes on an external database
TEMP_DIRS=()
TEMP_DIR=""
CLEANUP_FILES=() # removed at exit

# Set by start_node / login.
LAST_NODE_PID=""
LAST_NODE_DATA_DIR=""
LAST_NODE_LOG=""
LAST_NODE_START_NS=""
SESSION_COOKIE=""
COOKIE_JAR=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

now_ns() { date +%s%N; }

# parse_args "$@"
# The options every script takes: --skip-build (sets SKIP_FLAG, which the script hands to build_jar) and -h/--help,
# which prints the calling script's header comment and exits. Anything else is refused.
parse_args() {
	SKIP_FLAG=""
	local arg
	for arg in "$@"; do
		case "$arg" in
		--skip-build) SKIP_FLAG="--skip-build" ;;
		-h | --help)
			sed -n '2,/^set -euo/p' "${BASH_SOURCE[1]}" | sed '$d' | sed 's/^# \{0,1\}//'
			exit 0
			;;
		*) die "unknown argument: $arg (try --help)" ;;
		esac
	done
}

# ---------------------------------------------------------------------------------------------------------------------
# Build

# build_jar [--skip-build]
# Builds the demo jar (./mvnw -Pdemo package: the embedded PostgreSQL and the demo data inside, which every benchmark
# starts with) as target/trygghetsplattformen.jar when it is missing, is a production jar without them, or is older
# than pom.xml or anything under src/main or src/demo. With --skip-build (or SKIP_BUILD=1) it only checks that the jar
# exists and can run the demo, and warns when it looks stale.
build_jar() {
	local skip="${SKIP_BUILD:-0}"
	[[ "${1:-}" == "--skip-build" || -n "${BENCH_JAR:-}" ]] && skip=1
	local stale=""
	if [[ -f "$JAR" ]]; then
		stale="$(find "$REPO_ROOT/pom.xml" "$REPO_ROOT/src/main" "$REPO_ROOT/src/demo" -newer "$JAR" -type f -print -quit \
			2>/dev/null || true)"
	fi
	if [[ "$skip" == "1" ]]; then
		[[ -f "$JAR" ]] || die "$JAR is missing and the build was skipped"
		is_demo_jar || die "$JAR is a production jar without the embedded PostgreSQL; build it with ./mvnw -Pdemo package"
		[[ -z "$stale" ]] || log "warning: $JAR is older than $stale (build skipped)"
		return 0
	fi
	if [[ -f "$JAR" && -z "$stale" ]] && is_demo_jar; then
		log "jar is up to date: $JAR"
		return 0
	fi
	if [[ ! -f "$JAR" ]]; then
		log "jar is missing: building"
	elif [[ -n "$stale" ]]; then
		log "jar is older than $stale: building"
	else
		log "jar is a production jar without the embedded PostgreSQL: building the demo jar"
	fi
	local build_log="$OUT_DIR/build.log"
	if ! (cd "$REPO_ROOT" && ./mvnw -B -ntp -DskipTests -Pdemo package) >"$build_log" 2>&1; then
		tail -n 40 "$build_log" >&2
		die "build failed, full log in $build_log"
	fi
	[[ -f "$JAR" ]] || die "build finished but $JAR does not exist"
	log "built $JAR"
}

# is_demo_jar: true when the jar carries the embedded PostgreSQL binaries (and so the demo), as ./mvnw -Pdemo builds it.
# (The listing is read whole: grep -q in a pipe would stop early, and pipefail would count unzip's broken pipe.)
is_demo_jar() {
	local listing
	listing="$(if command -v unzip >/dev/null; then unzip -l "$JAR"; else jar tf "$JAR"; fi 2>/dev/null || true)"
	[[ "$listing" == *BOOT-INF/lib/embedded-postgres-binaries-* ]]
}

# snapshot_jar: copies the jar into TEMP_DIR (see make_temp_dir) and points JAR at the copy, so that a rebuild of
# target/ while the benchmark runs cannot pull classes out from under the running nodes. Waits until the jar has not
# changed for 5 s first (someone may be writing it), up to 5 minutes.
snapshot_jar() {
	[[ -n "$TEMP_DIR" ]] || die "snapshot_jar needs make_temp_dir first"
	[[ -f "$JAR" ]] || die "$JAR is missing"
	local deadline=$(($(date +%s) + 300)) before after
	# a missing jar (the build is between deleting and writing it) counts as "just changed"
	while (($(date +%s) - $(stat -c %Y "$JAR" 2>/dev/null || date +%s) < 5)); do
		(($(date +%s) < deadline)) || die "$JAR keeps changing; is a build running?"
		log "jar was modified in the last 5 s; waiting for the build to finish"
		sleep 5
	done
	before="$(stat -c '%s %Y' "$JAR")"
	cp -- "$JAR" "$TEMP_DIR/trygghetsplattformen.jar"
	after="$(stat -c '%s %Y' "$JAR")"
	[[ "$before" == "$after" ]] || die "$JAR changed while it was being copied; try again"
	if command -v unzip >/dev/null && ! unzip -l "$TEMP_DIR/trygghetsplattformen.jar" >/dev/null 2>&1; then
		die "$JAR is not a complete jar (a build may have been writing it); try again"
	fi
	JAR="$TEMP_DIR/trygghetsplattformen.jar"
}

# ---------------------------------------------------------------------------------------------------------------------
# Ports and directories

# port_in_use PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
	local port
	for port in "$@"; do
		[[ "$port" == "0" ]] && continue
		! port_in_use "$port" || die "port $port on 127.0.0.1 is already in use; choose another (see the script's header)"
	done
}

# make_temp_dir PREFIX: creates a fresh temporary directory, removed at exit unless KEEP_DATA=1. Sets TEMP_DIR, which
# start_node also uses as the nodes' working directory.
make_temp_dir() {
	TEMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
	TEMP_DIRS+=("$TEMP_DIR")
}

# ---------------------------------------------------------------------------------------------------------------------
# Nodes

# start_node NAME PORT DATA_DIR [VAR=value ...] [-- app args ...]
# Starts the jar in the background with the demo profile on 127.0.0.1:PORT, logging to benchmarks/out/NAME.log.
# DATA_DIR is the node's embedded-database directory, or "-" when the node uses an external database (then pass
# SPRING_DATASOURCE_URL=... as a VAR=value). Must be called directly, not in $(...), so the JVM stays our child.
# Sets LAST_NODE_PID, LAST_NODE_DATA_DIR, LAST_NODE_LOG and LAST_NODE_START_NS (the launch time, for cold-start
# measurements); run_wrk's CPU figure counts the node they name (measure_node switches to another).
start_node() {
	local name="$1" port="$2" data_dir="$3"
	shift 3
	local -a env_vars=() app_args=()
	while (($#)); do
		if [[ "$1" == "--" ]]; then
			shift
			app_args+=("$@")
			break
		fi
		env_vars+=("$1")
		shift
	done
	[[ -f "$JAR" ]] || die "$JAR is missing"
	local node_log="$OUT_DIR/$name.log"
	local -a java_opts=()
	# shellcheck disable=SC2206 # JAVA_OPTS is a space-separated list of options on purpose
	[[ -n "${JAVA_OPTS:-}" ]] && java_opts=(${JAVA_OPTS})
	log "starting node $name on port $port (log: ${node_log#"$REPO_ROOT"/})"
	LAST_NODE_START_NS="$(now_ns)"
	# The subshell execs env, which execs java, so $! is the JVM itself.
	# The JVM runs in the run's temporary directory (or benchmarks/out), so a relative default such as ./data/pg can
	# never land in the working copy.
	local cwd="${TEMP_DIR:-$OUT_DIR}"
	# NODE_LAUNCHER=bin/trygghetsplattformen starts the node through the production launcher (extracted jar and CDS
	# archive, prepared beforehand with --prepare-only); it execs java, so $! is still the JVM.
	local -a launch=(java ${java_opts[@]+"${java_opts[@]}"} -jar "$JAR")
	[[ -n "${NODE_LAUNCHER:-}" ]] && launch=("$NODE_LAUNCHER")
	(cd "$cwd" && exec env ${env_vars[@]+"${env_vars[@]}"} "${launch[@]}" \
		--spring.profiles.active=demo --server.port="$port" --server.address=127.0.0.1 \
		${app_args[@]+"${app_args[@]}"}) >"$node_log" 2>&1 </dev/null &
	LAST_NODE_PID=$!
	LAST_NODE_DATA_DIR="$data_dir"
	LAST_NODE_LOG="$node_log"
	NODE_NAMES+=("$name")
	NODE_PIDS+=("$LAST_NODE_PID")
	NODE_DATA_DIRS+=("$data_dir")
}

# wait_http URL PID [TIMEOUT_S] [EXPECTED_STATUS]: polls every 0.1 s until URL answers EXPECTED_STATUS (default 200).
# Fails early when the process PID dies. Prints nothing; sets WAIT_HTTP_DONE_NS to the time of the successful answer.
wait_http() {
	local url="$1" pid="$2" timeout="${3:-$START_TIMEOUT}" expected="${4:-200}"
	local deadline=$(($(date +%s) + timeout)) code
	while :; do
		code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null || true)"
		if [[ "$code" == "$expected" ]]; then
			WAIT_HTTP_DONE_NS="$(now_ns)"
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			node_log_tail "$pid"
			die "node (pid $pid) exited while waiting for $url"
		fi
		if (($(date +%s) >= deadline)); then
			node_log_tail "$pid"
			die "timed out after ${timeout}s waiting for $expected from $url (last status: ${code:-none})"
		fi
		sleep 0.1
	done
}

node_log_tail() {
	local pid="$1" i
	for i in "${!NODE_PIDS[@]}"; do
		if [[ "${NODE_PIDS[$i]}" == "$pid" ]]; then
			log "last lines of ${NODE_NAMES[$i]}'s log ($OUT_DIR/${NODE_NAMES[$i]}.log):"
			tail -n 30 "$OUT_DIR/${NODE_NAMES[$i]}.log" >&2 || true
		fi
	done
}

# wait_ready BASE_URL PID [TIMEOUT_S]: /actuator/health must report UP; when the readiness probe exists it must be
# UP too (it turns UP after ApplicationReadyEvent, i.e. after the demo users have been created).
wait_ready() {
	local base="$1" pid="$2" timeout="${3:-$START_TIMEOUT}"
	wait_http "$base/actuator/health" "$pid" "$timeout"
	local body
	body="$(curl -s --max-time 5 "$base/actuator/health" || true)"
	[[ "$body" == *'"status":"UP"'* ]] || die "$base/actuator/health answered 200 without status UP: $body"
	local code
	code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/actuator/health/readiness" || true)"
	if [[ "$code" != "404" ]]; then
		wait_http "$base/actuator/health/readiness" "$pid" "$timeout"
	fi
}

# stop_pid PID: SIGTERM, up to 20 s for a clean exit, then SIGKILL.
stop_pid() {
	local pid="$1"
	kill -0 "$pid" 2>/dev/null || {
		wait "$pid" 2>/dev/null || true
		return 0
	}
	kill -TERM "$pid" 2>/dev/null || true
	# The watchdog kills the JVM if it is still alive after 20 s; `wait` reaps it either way.
	(
		for _ in $(seq 200); do
			kill -0 "$pid" 2>/dev/null || exit 0
			sleep 0.1
		done
		echo "[$(date -u +%H:%M:%S)] pid $pid did not exit within 20 s: kill -9" >&2
		kill -KILL "$pid" 2>/dev/null || true
	) &
	local watchdog=$!
	wait "$pid" 2>/dev/null || true
	wait "$watchdog" 2>/dev/null || true
}

# A JVM killed with -9 leaves its embedded postmaster running; stop it so the temp dir can go.
stop_orphan_postmaster() {
	local dir="$1" pg_pid comm
	[[ -f "$dir/postmaster.pid" ]] || return 0
	pg_pid="$(head -n 1 "$dir/postmaster.pid" 2>/dev/null || true)"
	[[ "$pg_pid" =~ ^[0-9]+$ ]] || return 0
	comm="$(cat "/proc/$pg_pid/comm" 2>/dev/null || true)"
	[[ "$comm" == postgres* ]] || return 0
	log "stopping orphaned postmaster $pg_pid in $dir"
	kill -INT "$pg_pid" 2>/dev/null || true
	for _ in $(seq 100); do
		kill -0 "$pg_pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -KILL "$pg_pid" 2>/dev/null || true
}

# stop_nodes: stops every node this script started, newest first (nodes on a shared database before its owner).
stop_nodes() {
	local i
	for ((i = ${#NODE_PIDS[@]} - 1; i >= 0; i--)); do
		log "stopping node ${NODE_NAMES[$i]} (pid ${NODE_PIDS[$i]})"
		stop_pid "${NODE_PIDS[$i]}"
		if [[ "${NODE_DATA_DIRS[$i]}" != "-" ]]; then
			stop_orphan_postmaster "${NODE_DATA_DIRS[$i]}"
		fi
	done
	NODE_NAMES=()
	NODE_PIDS=()
	NODE_DATA_DIRS=()
}

cleanup() {
	local rc=$?
	set +e
	stop_nodes
	rm -f -- ${CLEANUP_FILES[@]+"${CLEANUP_FILES[@]}"}
	if [[ "${KEEP_DATA:-0}" == "1" ]]; then
		((${#TEMP_DIRS[@]})) && log "kept data in: ${TEMP_DIRS[*]}"
	else
		local d
		for d in ${TEMP_DIRS[@]+"${TEMP_DIRS[@]}"}; do
			rm -rf -- "$d"
		done
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------------
# HTML helpers

# csrf_from_input: reads HTML on stdin, prints the value of the hidden input named _csrf.
csrf_from_input() {
	grep -o '<input[^>]*name="_csrf"[^>]*>' | sed -n 1p | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}

# csrf_from_meta: reads HTML on stdin, prints the content of <meta name="_csrf" content="...">.
csrf_from_meta() {
	grep -o '<meta[^>]*name="_csrf"[^>]*>' | sed -n 1p | sed -n 's/.*content="\([^"]*\)".*/\1/p'
}

# ---------------------------------------------------------------------------------------------------------------------
# Login

# login BASE_URL USERNAME PASSWORD
# Signs in through the form (GET /login for the CSRF token and cookie, POST /login) with a curl cookie jar.
# Stores the SESSION cookie value in SESSION_COOKIE and the jar's path in COOKIE_JAR; fails unless the POST answers
# 302 to somewhere other than /login. Retries for up to 15 s (the demo users appear when the application is ready).
login() {
	local base="$1" user="$2" pass="$3"
	local deadline=$(($(date +%s) + 15)) attempt=0 reason=""
	COOKIE_JAR="$OUT_DIR/cookies-$user-$$.txt"
	CLEANUP_FILES+=("$COOKIE_JAR")
	while :; do
		attempt=$((attempt + 1))
		if _login_once "$base" "$user" "$pass"; then
			log "logged in as $user via $base (attempt $attempt)"
			return 0
		fi
		reason="$LOGIN_ERROR"
		(($(date +%s) < deadline)) || die "login as $user via $base failed: $reason"
		sleep 1
	done
}

_login_once() {
	local base="$1" user="$2" pass="$3" html token headers status location cookie
	rm -f "$COOKIE_JAR"
	LOGIN_ERROR=""
	if ! html="$(curl -sS --max-time 10 -c "$COOKIE_JAR" -b "$COOKIE_JAR" "$base/login")"; then
		LOGIN_ERROR="GET /login failed"
		return 1
	fi
	token="$(csrf_from_input <<<"$html" || true)"
	if [[ -z "$token" ]]; then
		LOGIN_ERROR="no _csrf input on the login page"
		return 1
	fi
	headers="$OUT_DIR/login-headers-$$.txt"
	status="$(curl -sS --max-time 10 -c "$COOKIE_JAR" -b "$COOKIE_JAR" -D "$headers" -o /dev/null -w '%{http_code}' \
		--data-urlencode "username=$user" --data-urlencode "password=$pass" --data-urlencode "_csrf=$token" \
		"$base/login" || true)"
	location="$(tr -d '\r' <"$headers" | sed -n 's/^[Ll]ocation: *//p' | tail -n 1)"
	cookie="$(tr -d '\r' <"$headers" | sed -n 's/^[Ss]et-[Cc]ookie: *SESSION=\([^;[:space:]]*\).*/\1/p' | tail -n 1)"
	rm -f "$headers"
	if [[ "$status" != "302" || "$location" == *"/login"* ]]; then
		LOGIN_ERROR="POST /login answered $status, Location: ${location:-none}"
		return 1
	fi
	if [[ -z "$cookie" ]]; then
		# No new cookie at login: the session from GET /login carries on. Take it from the jar (HttpOnly lines start
		# with #HttpOnly_ and are not comments).
		cookie="$(awk -F '\t' '$6 == "SESSION" { v = $7 } END { print v }' "$COOKIE_JAR")"
	fi
	if [[ -z "$cookie" ]]; then
		LOGIN_ERROR="no SESSION cookie after login"
		return 1
	fi
	SESSION_COOKIE="$cookie"
	return 0
}

# --- wrk runs shared by situation.sh and evidence.sh (they set THREADS, CONNECTIONS, WRK_TIMEOUT, WARMUP, DURATION,
# OUT_DIR and BASE) ---

result_field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# measure_node PID DATA_DIR: the node whose CPU node_cpu_ticks (and so run_wrk) counts from now on, when a script runs
# more than one (start_node sets the one it started).
measure_node() {
	LAST_NODE_PID="$1"
	LAST_NODE_DATA_DIR="$2"
}

# node_cpu_ticks: CPU time (user + system, clock ticks) used so far by the node started last (or named by
# measure_node) and every process under it, and by its embedded database: the postmaster named in the data dir's
# postmaster.pid and its backends (the postmaster detaches from the JVM, so it is not found under the node's process
# tree). Work per request moves less from run to run than latency does, though not by nothing: up to a quarter for
# one jar (BENCHMARKS.md).
node_cpu_ticks() {
	local -a level=("$LAST_NODE_PID") all=()
	local dir="${LAST_NODE_DATA_DIR:--}" pg_pid=""
	[[ "$dir" != "-" && -f "$dir/postmaster.pid" ]] && pg_pid="$(head -n 1 "$dir/postmaster.pid" 2>/dev/null || true)"
	[[ "$pg_pid" =~ ^[0-9]+$ ]] && level+=("$pg_pid")
	while ((${#level[@]} > 0)); do
		all+=("${level[@]}")
		mapfile -t level < <(for p in "${level[@]}"; do pgrep -P "$p" || true; done)
	done
	local total=0 p
	for p in $(printf '%s\n' "${all[@]}" | sort -u); do
		[[ -r "/proc/$p/stat" ]] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}

# wrk_load SECONDS OUT SCRIPT PATH [VAR=value …]: SECONDS of wrk with the benchmarks' options (THREADS, CONNECTIONS,
# WRK_TIMEOUT, gzip accepted), the Lua script's variables given, its output in OUT
wrk_load() {
	local seconds="$1" out="$2" script="$3" path="$4"
	shift 4
	env FILTER_THREADS="$THREADS" "$@" wrk -t"$THREADS" -c"$CONNECTIONS" --latency --timeout "$WRK_TIMEOUT" \
		-s "$BENCH_DIR/$script" -H "Accept-Encoding: gzip" -d"${seconds}s" "$BASE$path" >"$out" 2>&1
}

# run_wrk NAME SCRIPT PATH [VAR=value …]: warm-up, then measurement; sets RESULT (with cpu_ms_per_request, the
# node's and its database's CPU time per answered request)
run_wrk() {
	local name="$1" script="$2" path="$3"
	shift 3
	if ((WARMUP > 0)); then
		wrk_load "$WARMUP" "$OUT_DIR/wrk-$name-warmup.txt" "$script" "$path" "$@" FILTER_WARMUP=1 ||
			die "wrk warm-up for $name failed: $(cat "$OUT_DIR/wrk-$name-warmup.txt")"
	fi
	log "measure  $name: ${DURATION}s, $CONNECTIONS connections"
	local ticks_before ticks_after
	ticks_before="$(node_cpu_ticks)"
	wrk_load "$DURATION" "$OUT_DIR/wrk-$name.txt" "$script" "$path" "$@" ||
		die "wrk for $name failed: $(cat "$OUT_DIR/wrk-$name.txt")"
	ticks_after="$(node_cpu_ticks)"
	RESULT="$(grep '^WRK_RESULT ' "$OUT_DIR/wrk-$name.txt" || true)"
	[[ -n "$RESULT" ]] || die "no WRK_RESULT line from wrk for $name"
	RESULT="$RESULT cpu_ms_per_request=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" \
		-v n="$(result_field "$RESULT" requests)" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')"
	log "$name: $RESULT"
}

# warm_node NAME SCRIPT PATH [VAR=value …]: NODE_WARMUP seconds (default 180; 0 = none) of the benchmark's own load
# before its first measurement, with the warm-up seed (FILTER_WARMUP=1), so the measurement's requests are still new
# to the node. HotSpot compiles a request's hot paths only after many thousands of requests, and on two cores its
# compiler shares them with the load: measured from a cold start, the search page's CPU per request fell from 11.3 to
# 4.4 ms and its p95 from 207 to 82 ms over the first 2.5 minutes (BENCHMARKS.md, "Warm-up, the database's CPU, and
# session writes"). Without this the first runs measure the compiler, not the code. The per-run WARMUP still comes
# before each run.
warm_node() {
	local name="$1" script="$2" path="$3"
	shift 3
	local seconds="${NODE_WARMUP:-180}"
	seconds="${seconds%s}"
	[[ "$seconds" =~ ^[0-9]+$ ]] || die "NODE_WARMUP must be a whole number of seconds, got '$seconds'"
	((seconds > 0)) || return 0
	log "warm up the node: ${seconds}s of $name"
	wrk_load "$seconds" "$OUT_DIR/wrk-node-warmup.txt" "$script" "$path" "$@" FILTER_WARMUP=1 ||
		die "wrk warm-up of the node failed: $(cat "$OUT_DIR/wrk-node-warmup.txt")"
}

errors() { # errors RESULT: non-2xx answers plus socket errors
	local r="$1"
	echo $(($(result_field "$r" non2xx) + $(result_field "$r" err_connect) + $(result_field "$r" err_read) + \
		$(result_field "$r" err_write) + $(result_field "$r" err_timeout)))
}

verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "MISSED") }'; } # verdict VALUE TARGET

# median VALUE…: the middle value (the mean of the two middle ones for an even count)
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
