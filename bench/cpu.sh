#!/usr/bin/env bash
# JVM CPU per request, page by page, for one or more builds side by side: for a machine too busy for wrk's figures.
# Each jar is started in turn against the benchmark database (bench/run.sh fills it), the pages are requested one at a
# time by curl (a warm-up, then the measured requests), and the JVM's own CPU time (user + system, /proc) is divided
# by the requests. The Fortunes reference is measured in the same JVM, so the ratio to it is the figure to compare.
#
#   bash bench/cpu.sh /abs/before.jar /abs/after.jar        # BENCH_CPU_WARMUP (100) and BENCH_CPU_REQUESTS (100) per page
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-traject_bench}
PORT=${BENCH_PORT3:-18084}
WARM=${BENCH_CPU_WARMUP:-100}
COUNT=${BENCH_CPU_REQUESTS:-100}
HARNESS=$PWD/bench/target/extracted/bench-harness.jar
[[ -f "$HARNESS" ]] || { echo "run bench/run.sh first (no $HARNESS)" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
PASSWORD=traject-bench
say() { printf '[cpu] %s\n' "$*" >&2; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"; }
sql() { PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-traject} psql -X -q -h 127.0.0.1 -U traject -d "$DB" "$@"; }

sign_in() { # email; prints "SESSION=..."
  local headers page cookie token
  headers=$(mktemp); page=$(mktemp)
  curl -s -D "$headers" -o "$page" "$BASE/login"
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$headers" | tail -1)
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -D "$headers" -o /dev/null -H "Cookie: $cookie" --data-urlencode "email=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$headers" | tail -1
  rm -f "$headers" "$page"
}

ROSTER=$(sql -tAc "select id from cohort where code = 'BENCH-ROSTER' limit 1")
for spec in "$@"; do
  # a jar, optionally with one more application argument after an @: after.jar@--traject.web.public-page-cache.ttl=0
  jar=${spec%%@*}; extra=(); [[ "$spec" == *@* ]] && extra=("${spec#*@}")
  dir=$(mktemp -d)
  java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  java -Xmx384m -cp "$dir/app/$(ls "$dir/app" | grep '\.jar$' | head -1):$HARNESS" org.traject.TrajectApplication \
    --spring.profiles.active=prod,bench --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=traject \
    --spring.datasource.password=traject --traject.security.mfa.required=false "${extra[@]}" >"$dir/app.log" 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/programmes" || true)" == "200" ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/app.log" >&2; exit 1; }
    sleep 0.2
  done
  secretary=$(sign_in bench-secretary@traject.test)
  participant=$(sign_in bench-participant@traject.test)
  declare -A pages=([fortunes]="/bench/fortunes|" [catalogue_rendered]="/programmes|SESSION=bench-no-such-session"
    [catalogue_signed_in]="/programmes|$participant" [roster]="/secretary/cohorts/$ROSTER|$secretary")
  for key in fortunes catalogue_rendered catalogue_signed_in roster; do
    path=${pages[$key]%%|*}; cookie=${pages[$key]#*|}
    for _ in $(seq 1 "$WARM"); do curl -s -o /dev/null -H "Cookie: $cookie" "$BASE$path"; done
    before=$(cpu_ms "$pid"); t0=$(date +%s%N)
    status=$(for _ in $(seq 1 "$COUNT"); do curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: $cookie" "$BASE$path"; done | sort | uniq -c | tr '\n' ' ')
    after=$(cpu_ms "$pid"); t1=$(date +%s%N)
    statements=$(curl -s "$BASE/bench/statements" | awk -F'\t' -v p="$path" '$2 == p { print $1 }')
    printf '%s\t%s\t%s\t%.2f\t%.1f\t%s\t%s\n' "$(basename "$spec")" "$key" "$load" "$(awk -v a="$before" -v b="$after" -v n="$COUNT" 'BEGIN { print (b - a) / n }')" \
      "$(awk -v a="$t0" -v b="$t1" -v n="$COUNT" 'BEGIN { print (b - a) / n / 1e6 }')" "${statements:-?}" "$status"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done | { printf 'jar\tpage\tload\tJVM CPU ms/request\twall ms/request\tstatements\tstatuses\n'; cat; }
