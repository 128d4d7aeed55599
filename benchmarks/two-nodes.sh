#!/usr/bin/env bash
# Proof that nodes are stateless: two nodes on one PostgreSQL serve the same signed-in session, and a logout on one
# node ends the session on the other. See docs/SCALING.md.
#
#   node A: port 8081, starts the embedded PostgreSQL on 127.0.0.1:55432 in a fresh temporary directory
#   node B: port 8082, SPRING_DATASOURCE_URL pointing at A's database (no database of its own)
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/two-nodes.sh                 build the jar if missing or stale, then check
#   benchmarks/two-nodes.sh --skip-build    use target/trygghetsplattformen.jar as it is (also: SKIP_BUILD=1)
#
# Environment (optional): PORT_A=8081 PORT_B=8082 PG_PORT=55432 REQUESTS=10 JAVA_OPTS KEEP_DATA=1
# Exit status: 0 when every check passes, 1 otherwise.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

parse_args "$@"

PORT_A="${PORT_A:-8081}"
PORT_B="${PORT_B:-8082}"
PG_PORT="${PG_PORT:-55432}"
REQUESTS="${REQUESTS:-10}"
for n in PORT_A PORT_B PG_PORT REQUESTS; do
	[[ "${!n}" =~ ^[1-9][0-9]*$ ]] || die "$n must be a positive whole number, got '${!n}'"
done
PLAN_KEY="vasteras-2021-2023"
BASE_A="http://127.0.0.1:$PORT_A"
BASE_B="http://127.0.0.1:$PORT_B"
SIGNED_IN_TEXT="Inloggad som"

for tool in java curl; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done

build_jar $SKIP_FLAG
require_free_port "$PORT_A" "$PORT_B" "$PG_PORT"
make_temp_dir trygghet-two-nodes
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"

start_node node-a "$PORT_A" "$DATA_DIR" -- --app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT"
PID_A="$LAST_NODE_PID"
wait_ready "$BASE_A" "$PID_A"
log "node A is up; its PostgreSQL listens on 127.0.0.1:$PG_PORT"

# B starts only after A has migrated the schema and created the demo users, so B finds everything in place.
start_node node-b "$PORT_B" - \
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
	SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
PID_B="$LAST_NODE_PID"
wait_ready "$BASE_B" "$PID_B"
if grep -q "Embedded PostgreSQL listening" "$OUT_DIR/node-b.log"; then
	die "node B started its own embedded database instead of using A's"
fi
log "node B is up on A's database"

login "$BASE_A" samordnare demo
COOKIE="SESSION=$SESSION_COOKIE"
log "signed in once via node A; the same SESSION cookie now goes to both nodes"

FAILURES=0
fail() {
	FAILURES=$((FAILURES + 1))
	echo "  FAIL: $*"
}

BODY="$OUT_DIR/two-nodes-body-$$.html"
HEADERS="$OUT_DIR/two-nodes-headers-$$.txt"
CLEANUP_FILES+=("$BODY" "$HEADERS")

# get NODE_BASE PATH: GET with only the session cookie (no jar); sets STATUS, LOCATION and NEW_COOKIE.
get() {
	STATUS="$(curl -s --max-time 10 -H "Cookie: $COOKIE" -D "$HEADERS" -o "$BODY" -w '%{http_code}' "$1$2" || true)"
	LOCATION="$(tr -d '\r' <"$HEADERS" | sed -n 's/^[Ll]ocation: *//p' | sed -n '$p')"
	NEW_COOKIE="$(tr -d '\r' <"$HEADERS" | sed -n 's/^[Ss]et-[Cc]ookie: *SESSION=\([^;[:space:]]*\).*/\1/p' | sed -n '$p')"
}

echo
echo "Signed-in session across nodes: $REQUESTS × GET /, alternating A and B"
for ((i = 1; i <= REQUESTS; i++)); do
	if ((i % 2 == 1)); then node=A base="$BASE_A"; else node=B base="$BASE_B"; fi
	get "$base" /
	if grep -qF "$SIGNED_IN_TEXT" "$BODY"; then found="found"; else found="not found"; fi
	printf '  %2d  node %s  status %s  "%s" %s\n' "$i" "$node" "$STATUS" "$SIGNED_IN_TEXT" "$found"
	[[ "$STATUS" == "200" ]] || fail "request $i to node $node answered $STATUS${LOCATION:+ (Location: $LOCATION)}"
	[[ "$found" == "found" ]] || fail "request $i to node $node: the page does not show \"$SIGNED_IN_TEXT\" (session unknown?)"
	[[ -z "$NEW_COOKIE" ]] || fail "request $i to node $node set a new SESSION cookie (it did not know the session)"
done

echo
echo "Logout on node B ends the session on node A"
get "$BASE_B" /
CSRF="$(csrf_from_meta <"$BODY" || true)"
if [[ "$STATUS" != "200" || -z "$CSRF" ]]; then
	fail "GET / on node B answered $STATUS without <meta name=\"_csrf\" content=\"...\">; cannot log out"
else
	STATUS="$(curl -s --max-time 10 -H "Cookie: $COOKIE" -D "$HEADERS" -o /dev/null -w '%{http_code}' \
		--data-urlencode "_csrf=$CSRF" "$BASE_B/logout" || true)"
	LOCATION="$(tr -d '\r' <"$HEADERS" | sed -n 's/^[Ll]ocation: *//p' | sed -n '$p')"
	printf '  POST /logout on node B: status %s, Location: %s\n' "$STATUS" "${LOCATION:-none}"
	[[ "$STATUS" == "302" && "$LOCATION" == *"/login"* ]] ||
		fail "logout on node B answered $STATUS (Location: ${LOCATION:-none}), expected 302 to /login?logout"

	get "$BASE_A" "/plans/$PLAN_KEY"
	printf '  GET /plans/%s on node A with the old cookie: status %s, Location: %s\n' "$PLAN_KEY" "$STATUS" "${LOCATION:-none}"
	[[ "$STATUS" == "302" && "$LOCATION" == *"/login"* ]] ||
		fail "node A still accepts the cookie after logout on node B: status $STATUS (Location: ${LOCATION:-none}), expected 302 to /login"

	get "$BASE_A" /
	if grep -qF "$SIGNED_IN_TEXT" "$BODY"; then
		fail "node A's start page still shows \"$SIGNED_IN_TEXT\" after logout on node B"
	else
		printf '  GET / on node A with the old cookie: status %s, "%s" not found (anonymous)\n' "$STATUS" "$SIGNED_IN_TEXT"
	fi
fi

for pid in "$PID_A" "$PID_B"; do
	kill -0 "$pid" 2>/dev/null || fail "node with pid $pid is no longer running (see $OUT_DIR/node-*.log)"
done

echo
if ((FAILURES > 0)); then
	echo "VERDICT: FAIL ($FAILURES failed checks). Logs: ${OUT_DIR#"$REPO_ROOT"/}/node-a.log, node-b.log"
	exit 1
fi
echo "VERDICT: PASS: one login on node A was valid on both nodes for $REQUESTS requests, and a logout on node B ended it on node A."
