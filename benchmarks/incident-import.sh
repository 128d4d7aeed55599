#!/usr/bin/env bash
# Benchmark of the incident file import: an N-row CSV of incidents inside the municipality (see incidents.sh)
# uploaded through the real import page as the demo analyst `analytiker`, on a fresh database, with the JVM heap
# capped at 1 GB. Prints the seconds and rows per second of the import (server-side, from the node's log, and the
# whole upload request). Then, in the same run and into the same table with the same indexes, PostgreSQL's own
# `COPY incident (…) FROM STDIN` (psql's \copy) of exactly the rows the import wrote, as CSV and in the binary format,
# each time after emptying the table and putting back the rows that were there before the import. Targets: 1 000 000
# rows in under 15 s, and the import within 1.5× the time of the CSV COPY.
#
# Usage (from the repo root or from benchmarks/):
#   benchmarks/incident-import.sh                 build the jar if needed, then measure
#   benchmarks/incident-import.sh --skip-build    use target/trygghetsplattformen.jar as it is
#   ROWS=20000 benchmarks/incident-import.sh      a quick check with a small file
#
# Environment (all optional):
#   ROWS=1000000    rows in the generated file
#   APP_PORT=8084   HTTP port of the node (127.0.0.1 only)
#   PG_PORT=55435   port of its embedded PostgreSQL
#   JAVA_OPTS=-Xmx1g  JVM options of the node
#   KEEP_DATA=1     keep the temporary database directory
#   COPY_BASELINE=1 0 = skip the COPY baseline (it needs psql)
#   BENCH_JAR=…     measure this demo jar instead of building target/trygghetsplattformen.jar (e.g. one built from main)
#
# The last line of the output is machine-readable for run.sh:
#   INCIDENT_IMPORT_RESULT rows=… server_ms=… client_ms=… rows_per_s=… added=… skipped=… check_ms=… write_ms=…
#                          copy_csv_ms=… copy_binary_ms=… ratio=… (ratio: whole request ÷ CSV COPY)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"
# shellcheck source-path=SCRIPTDIR source=incidents.sh
source "$BENCH_DIR/incidents.sh"

parse_args "$@"

ROWS="${ROWS:-1000000}"
APP_PORT="${APP_PORT:-8084}"
PG_PORT="${PG_PORT:-55435}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
COPY_BASELINE="${COPY_BASELINE:-1}"
for n in ROWS APP_PORT PG_PORT COPY_BASELINE; do
	[[ "${!n}" =~ ^[0-9]+$ ]] || die "$n must be a whole number, got '${!n}'"
done
((ROWS > 0)) || die "ROWS must be at least 1"
BASE="http://127.0.0.1:$APP_PORT"
TARGET_MS=15000
RATIO_TARGET=1.5

for tool in java curl awk; do
	command -v "$tool" >/dev/null || die "$tool is not installed"
done
if ((COPY_BASELINE)); then
	command -v psql >/dev/null || die "psql is not installed (COPY_BASELINE=0 skips the COPY baseline)"
fi

build_jar $SKIP_FLAG
require_free_port "$APP_PORT" "$PG_PORT"
make_temp_dir trygghet-incident-import
snapshot_jar
DATA_DIR="$TEMP_DIR/pg"
CSV="$TEMP_DIR/incidents-$ROWS.csv"

generate_incidents "$ROWS" "$CSV"
log "generated $(($(wc -l <"$CSV") - 1)) rows in ${CSV#"$TEMP_DIR"/} ($(du -h "$CSV" | cut -f1))"

start_node incident-import "$APP_PORT" "$DATA_DIR" -- \
	--app.embedded-db.data-dir="$DATA_DIR" --app.embedded-db.port="$PG_PORT" --spring.thymeleaf.cache=true \
	--app.indicator.kolada.enabled=false
NODE_PID="$LAST_NODE_PID"
wait_http "$BASE/login" "$NODE_PID" "$START_TIMEOUT"
wait_ready "$BASE" "$NODE_PID"

import_incidents "$BASE" "$CSV"
[[ "$IMPORT_ADDED" == "$ROWS" ]] || die "expected $ROWS incidents imported, the page says ${IMPORT_ADDED:-none}"
[[ -n "$IMPORT_SERVER_MS" ]] || die "no 'Incident file of' line in $LAST_NODE_LOG"
RATE="$(awk -v r="$ROWS" -v ms="$IMPORT_SERVER_MS" 'BEGIN { printf "%d", (ms > 0 ? r * 1000 / ms : 0) }')"
CLIENT_RATE="$(awk -v r="$ROWS" -v ms="$IMPORT_CLIENT_MS" 'BEGIN { printf "%d", (ms > 0 ? r * 1000 / ms : 0) }')"
kill -0 "$NODE_PID" 2>/dev/null || die "the node died during the import (see $LAST_NODE_LOG)"

# The COPY baseline: the rows the import wrote, as they are stored, copied back in by PostgreSQL itself.
COPY_CSV_MS=""
COPY_BINARY_MS=""
if ((COPY_BASELINE)); then
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
	COLUMNS="id, municipality, category, occurred_at, latitude, longitude, east, north, area_id, organisation, reporter_role, severity, description, source, external_id, reported_by, reported_at, demo"
	"${PSQL[@]}" -c "\\copy (select $COLUMNS from incident where source = 'FILE') to '$TEMP_DIR/rows.csv' with (format csv)"
	"${PSQL[@]}" -c "\\copy (select $COLUMNS from incident where source = 'FILE') to '$TEMP_DIR/rows.bin' with (format binary)"
	"${PSQL[@]}" -c "\\copy (select * from incident where source <> 'FILE') to '$TEMP_DIR/others.bin' with (format binary)"
	[[ "$(wc -l <"$TEMP_DIR/rows.csv")" -ge "$ROWS" ]] || die "the CSV of the imported rows has fewer than $ROWS lines"
	# copy_in FORMAT FILE: empties the table, puts back the rows from before the import, then times the COPY
	copy_in() {
		"${PSQL[@]}" -c "truncate incident" -c "\\copy incident from '$TEMP_DIR/others.bin' with (format binary)" \
			-c "checkpoint" >/dev/null
		local started
		started="$(now_ns)"
		"${PSQL[@]}" -c "\\copy incident ($COLUMNS) from '$2' with (format $1)" >/dev/null
		echo $((($(now_ns) - started) / 1000000))
	}
	COPY_CSV_MS="$(copy_in csv "$TEMP_DIR/rows.csv")"
	log "COPY of the same rows as CSV: $COPY_CSV_MS ms"
	COPY_BINARY_MS="$(copy_in binary "$TEMP_DIR/rows.bin")"
	log "COPY of the same rows in the binary format: $COPY_BINARY_MS ms"
	[[ "$("${PSQL[@]}" -At -c "select count(*) from incident where source = 'FILE'")" == "$ROWS" ]] ||
		die "the COPY baseline did not write $ROWS rows"
fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

REVISION="$(cd "$REPO_ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
CPU="$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)"
echo
echo "Incident import benchmark, $(date -u +%Y-%m-%d), revision $REVISION, $(nproc) cores ($CPU), JAVA_OPTS=$JAVA_OPTS"
echo "  rows: $ROWS ($(du -h "$CSV" | cut -f1))"
echo "  import: $(awk -v ms="$IMPORT_SERVER_MS" 'BEGIN { printf "%.2f", ms / 1000 }') s server-side, $RATE rows/s;" \
	"$(awk -v ms="$IMPORT_CLIENT_MS" 'BEGIN { printf "%.2f", ms / 1000 }') s for the whole upload request, $CLIENT_RATE rows/s"
echo "  of the server-side time: ${IMPORT_CHECK_MS} ms checking rows (areas included), ${IMPORT_WRITE_MS} ms writing them"

RATIO="$(ratio "$IMPORT_CLIENT_MS" "$COPY_CSV_MS")"
if ((COPY_BASELINE)); then
	echo "  PostgreSQL's own COPY of the same rows into the same table: ${COPY_CSV_MS} ms as CSV, ${COPY_BINARY_MS} ms binary;" \
		"import ÷ CSV COPY = $RATIO (whole request), $(ratio "$IMPORT_SERVER_MS" "$COPY_CSV_MS") (server-side);" \
		"import ÷ binary COPY = $(ratio "$IMPORT_CLIENT_MS" "$COPY_BINARY_MS")"
fi
if ((ROWS >= 1000000)); then
	echo "  target: 1 000 000 rows under ${TARGET_MS} ms (whole request): $( ((IMPORT_CLIENT_MS < TARGET_MS)) && echo met || echo MISSED)"
	if ((COPY_BASELINE)); then
		echo "  target: within ${RATIO_TARGET}× PostgreSQL's CSV COPY: $(awk -v r="$RATIO" -v t="$RATIO_TARGET" 'BEGIN { print (r <= t ? "met" : "MISSED") }')"
	fi
fi
echo "INCIDENT_IMPORT_RESULT rows=$ROWS server_ms=$IMPORT_SERVER_MS client_ms=$IMPORT_CLIENT_MS rows_per_s=$CLIENT_RATE added=$IMPORT_ADDED skipped=$IMPORT_SKIPPED check_ms=$IMPORT_CHECK_MS write_ms=$IMPORT_WRITE_MS copy_csv_ms=$COPY_CSV_MS copy_binary_ms=$COPY_BINARY_MS ratio=$RATIO"
