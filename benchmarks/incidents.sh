#!/usr/bin/env bash
# shellcheck disable=SC2034 # variables set here are read by the scripts that source this file
# Shared by incident-import.sh and situation.sh: generate an incident CSV inside the municipality and import it
# through the real upload endpoint. Source it after common.sh:
#   source "$BENCH_DIR/incidents.sh"
#
# Provides: generate_incidents ROWS FILE, import_incidents BASE FILE (sets IMPORT_* variables).

if [[ "${BASH_SOURCE[0]}" == "${0}" ]]; then
	echo "incidents.sh is meant to be sourced by the other benchmark scripts" >&2
	exit 2
fi

# The demo profile's municipality boundary (WGS84), the study area of the hot-spot map.
AREAS_FILE="$REPO_ROOT/src/demo/resources/areas/vasteras-demo.geojson"

# generate_incidents ROWS FILE: ROWS incidents, semicolon-separated with a header, each with an id (bench-N), one of
# the ten categories, a time in the last 355 days (Swedish local time, never within a day of now), a place inside
# the municipality's boundary (two thirds around the town centre, a third anywhere), an organisation and a severity;
# every tenth row has a short description. The same ROWS give the same file.
generate_incidents() {
	local rows="$1" file="$2" vertices
	vertices="$(grep -A1 '"level": "KOMMUN"' "$AREAS_FILE" | grep -o '\[[0-9.]*, [0-9.]*\]' | tr -d '[],' | tr '\n' ' ')"
	(($(wc -w <<<"$vertices") >= 8)) || die "no municipality boundary found in $AREAS_FILE"
	awk -v rows="$rows" -v vertices="$vertices" -v now="$(date +%s)" '
		function civil(days,   z, era, doe, yoe, y, doy, mp, d, m) {
			z = days + 719468; era = int(z / 146097); doe = z - era * 146097
			yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
			y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
			mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
			m = mp < 10 ? mp + 3 : mp - 9
			return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
		}
		# ray casting against the boundary shrunk by 3 % towards its centre, so that no point lies near an edge
		function inside(x, y,   i, j, c) {
			c = 0; j = n
			for (i = 1; i <= n; i++) {
				if (((py[i] > y) != (py[j] > y)) && (x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i])) c = !c
				j = i
			}
			return c
		}
		BEGIN {
			srand(1980)
			k = split(vertices, v, " "); n = k / 2 - 1   # the last vertex repeats the first
			for (i = 1; i <= n; i++) { cx += v[2 * i - 1] / n; cy += v[2 * i] / n }
			for (i = 1; i <= n; i++) {
				px[i] = cx + 0.97 * (v[2 * i - 1] - cx); py[i] = cy + 0.97 * (v[2 * i] - cy)
				if (i == 1 || px[i] < minx) minx = px[i]; if (i == 1 || px[i] > maxx) maxx = px[i]
				if (i == 1 || py[i] < miny) miny = py[i]; if (i == 1 || py[i] > maxy) maxy = py[i]
			}
			split("skadegorelse klotter nedskrapning brand fordonsbrand ordningsstorning narkotika otrygg-plats hot-vald ovrigt", category, " ")
			split("Polisen|Tekniska förvaltningen|Bostads AB Mimer|Räddningstjänsten|Trygghetsvärdar", organisation, "|")
			print "id;kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning"
			today = int(now / 86400)
			for (r = 1; r <= rows; r++) {
				do {
					if (rand() < 0.67) {   # around the centre: a rough normal distribution, about 2 km wide
						x = 16.545 + 0.04 * (rand() + rand() + rand() - 1.5); y = 59.615 + 0.02 * (rand() + rand() + rand() - 1.5)
					} else {
						x = minx + rand() * (maxx - minx); y = miny + rand() * (maxy - miny)
					}
				} while (!inside(x, y))
				day = today - 2 - int(rand() * 353)
				printf "bench-%d;%s;%s %02d:%02d;%.5f;%.5f;%s;%d;%s\n", r, category[1 + int(rand() * 10)], civil(day),
					int(rand() * 24), int(rand() * 60), y, x, organisation[1 + int(rand() * 5)], 1 + int(rand() * 3),
					(r % 10 == 0 ? "Rapporterad vid rondering" : "")
			}
		}' >"$file"
}

# import_incidents BASE FILE: signs in as the analyst (a fresh cookie jar), uploads FILE to /incidents/import as the
# import page does, and checks that everything was imported. Sets IMPORT_ADDED, IMPORT_SKIPPED, IMPORT_CLIENT_MS (the
# whole upload request) and IMPORT_SERVER_MS (the import itself, from the node's log line, of which IMPORT_CHECK_MS
# went to checking rows and IMPORT_WRITE_MS to writing them).
import_incidents() {
	local base="$1" file="$2" page token status client_s
	login "$base" analytiker demo
	page="$TEMP_DIR/import-page.html"
	curl -sS --max-time 30 -b "$COOKIE_JAR" -c "$COOKIE_JAR" -o "$page" "$base/incidents/import"
	token="$(csrf_from_input <"$page")"
	[[ -n "$token" ]] || die "no CSRF token on /incidents/import"
	read -r status client_s < <(curl -sS --max-time 900 -b "$COOKIE_JAR" -c "$COOKIE_JAR" -o "$page" \
		-w '%{http_code} %{time_total}\n' -F "_csrf=$token" -F "file=@$file;type=text/csv" "$base/incidents/import")
	[[ "$status" == "200" ]] || die "the import answered $status"
	if ! grep -q 'id="import-result"' "$page"; then
		die "the import was refused: $(grep -o '<td>[^<]*</td>' "$page" | head -9 | tr '\n' ' ')"
	fi
	IMPORT_ADDED="$(grep -o 'data-added="[0-9]*"' "$page" | grep -o '[0-9][0-9]*')"
	IMPORT_SKIPPED="$(grep -o 'data-skipped="[0-9]*"' "$page" | grep -o '[0-9][0-9]*')"
	IMPORT_CLIENT_MS="$(awk -v s="$client_s" 'BEGIN { printf "%d", s * 1000 }')"
	local line
	line="$(grep -o 'Incident file of [0-9]* bytes: .*' "$LAST_NODE_LOG" | tail -1)"
	IMPORT_SERVER_MS="$(sed -n 's/.* problems in \([0-9]*\) ms.*/\1/p' <<<"$line")"
	IMPORT_CHECK_MS="$(sed -n 's/.*checked in \([0-9]*\) ms.*/\1/p' <<<"$line")"
	IMPORT_WRITE_MS="$(sed -n 's/.*written in \([0-9]*\) ms.*/\1/p' <<<"$line")"
}
