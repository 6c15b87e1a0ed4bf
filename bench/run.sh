#!/usr/bin/env bash
# The benchmark: builds the application, fills a separate database (traject_bench) with a large portal, starts the
# packaged application against it with the harness's reference pages on the class path, measures with wrk and runs
# the sign-up rush against two instances. Prints a Markdown table and keeps everything under bench/target/results/.
#
#   bash bench/run.sh                                                   # full size, full measurement
#   BENCH_SCALE=0.02 BENCH_DURATION=3 BENCH_ROUNDS=1 BENCH_WARMUP=2 BENCH_RUSH_PEOPLE=100 bash bench/run.sh  # smoke
#
# Settings (environment): BENCH_SCALE (1 = 1,000 programmes, 5,000 cohorts, 50,000 people, 200,000 enrolments),
# BENCH_DURATION / BENCH_WARMUP (seconds per round / warm-up, 10 / 10), BENCH_ROUNDS (3), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_RUSH_PEOPLE (1000), BENCH_RUSH_SEATS (25), BENCH_RUSH_WARMUP (300 people first, elsewhere), BENCH_PORT / BENCH_PORT2 (18081 / 18082),
# BENCH_DB (traject_bench), BENCH_JAVA_OPTS (JVM flags of the instances, default -Xmx384m: a server's heap is sized
# by its deployment; the JVM's default, a quarter of this machine's RAM, let RSS pass 1 GiB), BENCH_JFR=1 (a Flight Recording of the pages in BENCH_JFR_PAGES, default catalogue_rendered catalogue_signed_in roster, and their CPU by framework
# under bench/target/results), BENCH_SKIP_BUILD=1 (reuse target/*.jar), BENCH_REGENERATE=1 (drop and fill the database again),
# BENCH_SHARED=true|false (mark the figures as measured on a shared machine; by default: load average > 0.5),
# BENCH_ONLY (a comma-separated choice of catalogue,catalogue_rendered,catalogue_signed_in,search,programme,roster,
# plan,reports,report_section_signups (… one per report, as below),report_signups,report_fill,report_waitlist,
# report_interest,report_timing,report_cancellations,report_reasons,report_attendance,report_completion,report_awards,
# report_outcomes,report_evaluations,ref_memory,ref_fortunes,rush; all by
# default: a partial run is for working on one figure, the README's table comes from a full one).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SCALE=${BENCH_SCALE:-1}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-10}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
RUSH_PEOPLE=${BENCH_RUSH_PEOPLE:-1000}
RUSH_SEATS=${BENCH_RUSH_SEATS:-25}
PORT=${BENCH_PORT:-18081}
PORT2=${BENCH_PORT2:-18082}
DB=${BENCH_DB:-traject_bench}
DB_HOST=${TRAJECT_TEST_DB_HOST:-127.0.0.1}
DB_PORT=${TRAJECT_TEST_DB_PORT:-5432}
DB_USER=${SPRING_DATASOURCE_USERNAME:-traject}
DB_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-traject}
JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB"
PASSWORD=traject-bench
JAVA_OPTS=${BENCH_JAVA_OPTS--Xmx384m}
TARGET=$ROOT/bench/target
RESULTS=$TARGET/results/$(date -u +%Y%m%dT%H%M%SZ)
BASE="http://127.0.0.1:$PORT"

say() { printf '[bench] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
sql() { PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$@"; }
scaled() { awk -v n="$1" -v s="$SCALE" -v min="$2" 'BEGIN { v = int(n * s); print (v < min ? min : v) }'; }

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
SHARED=${BENCH_SHARED:-$(awk -v l="$LOAD_BEFORE" 'BEGIN { print (l > 0.5 ? "true" : "false") }')}

# ---------------------------------------------------------------------------------------------------------------
# Tools and the database server
command -v java >/dev/null || die "java (17+) is needed"
command -v curl >/dev/null || die "curl is needed"
command -v psql >/dev/null || die "psql (postgresql-client) is needed"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing wrk"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    die "wrk is needed (Debian: apt-get install -y wrk)"
  fi
fi
bash db/prepare-local.sh >&2

# the application instances this script started (by pid: nothing else is ever stopped)
PIDS=()
terminate() { # pid; asks the JVM to shut down, waits for it, insists after 30 s
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}
stop_all() {
  for pid in "${PIDS[@]:-}"; do [[ -n "$pid" ]] && terminate "$pid"; done
  PIDS=()
}
trap stop_all EXIT

# ---------------------------------------------------------------------------------------------------------------
# Build the application; compile the harness against it (its classes never enter the product's jar)
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  say "building the application (./mvnw -DskipTests package)"
  ./mvnw -B -q -DskipTests -Dtraject.db.prepare.skip=true package >&2
fi
JAR=$(ls target/traject-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
[[ -n "$JAR" ]] || die "no target/traject-*.jar: build without BENCH_SKIP_BUILD=1"
rm -rf "$TARGET/app" "$TARGET/classes"
mkdir -p "$TARGET/app" "$TARGET/classes" "$RESULTS"
(cd "$TARGET/app" && jar xf "$ROOT/$JAR")
LIBS="$TARGET/app/BOOT-INF/classes:$TARGET/app/BOOT-INF/lib/*"
javac -nowarn --release 17 -d "$TARGET/classes" -cp "$LIBS" bench/src/org/traject/bench/*.java
cp -r bench/resources/. "$TARGET/classes/"
TOOLS="$TARGET/classes:$LIBS"

# The instances run as a server is meant to run: the jar extracted (java -Djarmode=tools -jar traject.jar extract) and
# started with a class-data-sharing archive written by a training run (see the README, "Running in production").
# The harness classes travel in a jar of their own next to it: CDS refuses directories on the class path.
EXTRACTED=$TARGET/extracted
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
jar cf "$EXTRACTED/bench-harness.jar" -C "$TARGET/classes" .
APP_CP="$EXTRACTED/$(basename "$JAR"):$EXTRACTED/bench-harness.jar"
CDS_ARCHIVE=$EXTRACTED/traject.jsa

# ---------------------------------------------------------------------------------------------------------------
# Application instances
start_app() { # port, log file, profiles; prints the pid
  local port=$1 log=$2 profiles=$3 cds=()
  if [[ -f "$CDS_ARCHIVE" ]]; then cds=(-XX:SharedArchiveFile="$CDS_ARCHIVE" -Xlog:cds=off -Xlog:class+path=off); fi
  # the rush comes from this one machine: the per-address limit of the public forms (security/FormThrottle) is lifted;
  # the secretary signs in with a password only (the pages are measured, not the second factor prod asks of staff)
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${cds[@]}" -cp "$APP_CP" org.traject.TrajectApplication \
    --spring.profiles.active="$profiles" --server.port="$port" \
    --spring.datasource.url="$JDBC_URL" --spring.datasource.username="$DB_USER" \
    --spring.datasource.password="$DB_PASSWORD" --traject.form-limits.per-address=1000000 \
    --traject.security.mfa.required=false >"$log" 2>&1 &
  echo $!
}

wait_ready() { # pid, port, log; waits for the catalogue to answer 200
  local pid=$1 port=$2 log=$3
  for _ in $(seq 1 3600); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/programmes" || true)" == "200" ]]; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -40 "$log" >&2; die "the application on port $port stopped (log: $log)"; }
    sleep 0.05
  done
  die "the application on port $port did not answer within 3 minutes (log: $log)"
}

stop_app() { # pid
  terminate "$1"
  local left=()
  for p in "${PIDS[@]}"; do [[ "$p" != "$1" ]] && left+=("$p"); done
  PIDS=("${left[@]:-}")
}

for port in "$PORT" "$PORT2"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then die "port $port is in use (set BENCH_PORT / BENCH_PORT2)"; fi
done

# ---------------------------------------------------------------------------------------------------------------
# The benchmark database: generated once per size and schema, generated again when either changes
PROGRAMMES=$(scaled 1000 30)
PEOPLE=$(scaled 50000 500)
ENROLMENTS=$(scaled 200000 300)
PROFILES=$(scaled 20 3)
MEASUREMENTS=$(scaled 10000 50)
# the generator's own version is part of the parameters: a changed generate.sql fills the database again
GENERATOR=$(sha1sum bench/sql/generate.sql | cut -c1-8)
PARAMETERS="programmes=$PROGRAMMES cohorts=$((PROGRAMMES * 5)) people=$PEOPLE enrolments=$ENROLMENTS profiles=$PROFILES measurements=$MEASUREMENTS generator=$GENERATOR"
MIGRATIONS=$(ls "$TARGET/app/BOOT-INF/classes/db/migration" | sed -n 's/^V\([0-9_.]*\)__.*/\1/p' | sort | tr '\n' ' ')

generated_for() {
  sql -d "$DB" -tAc "select parameters || '|' || (select string_agg(version, ' ' order by version) || ' '
                     from flyway_schema_history where success and version is not null) from bench.generated" 2>/dev/null || true
}

exists=$(sql -d postgres -tAc "select 1 from pg_database where datname = '$DB'")
sorted_migrations=$(echo "$MIGRATIONS" | tr ' ' '\n' | grep . | sort | tr '\n' ' ')
if [[ "$exists" != "1" || "${BENCH_REGENERATE:-}" == "1" || "$(generated_for)" != "$PARAMETERS|$sorted_migrations" ]]; then
  say "creating database $DB ($PARAMETERS)"
  sql -d postgres -c "drop database if exists $DB with (force)"
  sql -d postgres -c "create database $DB encoding 'UTF8' template template0"
  say "creating the schema (the application's Flyway migrations)"
  pid=$(start_app "$PORT" "$RESULTS/migrate.log" prod); PIDS+=("$pid")
  wait_ready "$pid" "$PORT" "$RESULTS/migrate.log"
  stop_app "$pid"
  say "generating data"
  HASH=$(java -cp "$TOOLS" org.traject.bench.PasswordHash "$PASSWORD" 2>/dev/null | grep '^{bcrypt}' | tail -1)
  [[ -n "$HASH" ]] || die "could not hash the benchmark password"
  started=$(date +%s)
  sql -d "$DB" -v programmes="$PROGRAMMES" -v cohorts_per_programme=5 -v people="$PEOPLE" \
    -v enrolments="$ENROLMENTS" -v profiles="$PROFILES" -v measurements="$MEASUREMENTS" \
    -v password_hash="$HASH" -v parameters="$PARAMETERS" -f bench/sql/generate.sql 2>&1 | sed 's/^/[bench]   /' >&2
  say "data generated in $(( $(date +%s) - started )) s"
else
  say "database $DB is up to date ($PARAMETERS)"
fi
sql -d "$DB" -tAc "select 'counts: ' || (select count(*) from programme) || ' programmes, '
  || (select count(*) from cohort) || ' cohorts, ' || (select count(*) from cohort_session) || ' sessions, '
  || (select count(*) from person) || ' people, ' || (select count(*) from competency_profile) || ' profiles, '
  || coalesce((select count(*)::text from enrolment where to_regclass('enrolment') is not null), 'no') || ' enrolments'" \
  2>/dev/null | sed 's/^/[bench] /' >&2 || true

# ---------------------------------------------------------------------------------------------------------------
# The measured instance: start to first page
META=$RESULTS/meta.properties
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine=$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(java -version 2>&1 | head -1), $(psql --version | head -1)"
  echo "wrk=-t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout 10s"
  echo "rounds=$ROUNDS"
  echo "java_opts=${JAVA_OPTS:-(JVM defaults)}"
  echo "connections=$CONNECTIONS"
  echo "shared=$SHARED"
  echo "load_before=$LOAD_BEFORE"
  echo "parameters=$PARAMETERS"
} >"$META"

# The class-data-sharing archive: a training run that starts the application against the database and stops once the
# context is refreshed; then a start without the archive, for comparison
say "writing the class-data-sharing archive (training run)"
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -Dspring.context.exit=onRefresh -cp "$APP_CP" \
  org.traject.TrajectApplication --spring.profiles.active=prod,bench --server.port=0 \
  --spring.datasource.url="$JDBC_URL" --spring.datasource.username="$DB_USER" \
  --spring.datasource.password="$DB_PASSWORD" >"$RESULTS/cds-training.log" 2>&1 || say "training run failed (see cds-training.log): starting without the archive"
[[ -s "$CDS_ARCHIVE" ]] || rm -f "$CDS_ARCHIVE"
if [[ -f "$CDS_ARCHIVE" ]]; then
  mv "$CDS_ARCHIVE" "$CDS_ARCHIVE.off"
  t0=$(date +%s%N)
  plain=$(start_app "$PORT" "$RESULTS/start-without-cds.log" prod,bench); PIDS+=("$plain")
  wait_ready "$plain" "$PORT" "$RESULTS/start-without-cds.log"
  t1=$(date +%s%N)
  stop_app "$plain"
  mv "$CDS_ARCHIVE.off" "$CDS_ARCHIVE"
  echo "start_without_cds_ms=$(( (t1 - t0) / 1000000 ))" >>"$META"
  say "without the archive: first page after $(( (t1 - t0) / 1000000 )) ms"
fi

say "starting the application against $DB (prod profile, harness on the class path)"
t0=$(date +%s%N)
APP_LOG=$RESULTS/app.log
APP=$(start_app "$PORT" "$APP_LOG" prod,bench); PIDS+=("$APP")
wait_ready "$APP" "$PORT" "$APP_LOG"
t1=$(date +%s%N)
echo "start_ms=$(( (t1 - t0) / 1000000 ))" >>"$META"
echo "started_in=$(sed -n 's/.*Started TrajectApplication in \([0-9.]*\) seconds.*/\1 s/p' "$APP_LOG" | head -1)" >>"$META"
say "first page after $(( (t1 - t0) / 1000000 )) ms"

rss_kib() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }
# CPU time a process has used (user + system) in milliseconds; the JVM's own CPU is what a page costs the server
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU of the PostgreSQL backends serving the benchmark database (other databases on the same server are left out)
pg_cpu_ms() {
  local total=0 p
  for p in $(sql -d "$DB" -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"); do
    total=$(( total + $(cpu_ms "$p") ))
  done
  echo "$total"
}
requests_in() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$1" | head -1; }

# ---------------------------------------------------------------------------------------------------------------
# Signed-in visitors: sign in once with curl and reuse the session cookie with wrk
sign_in() { # email; prints "SESSION=..."
  local headers page cookie token location
  headers=$(mktemp); page=$(mktemp)
  curl -s -D "$headers" -o "$page" "$BASE/login"
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$headers" | tail -1)
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -D "$headers" -o /dev/null -H "Cookie: $cookie" --data-urlencode "email=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  location=$(sed -n 's/^[Ll]ocation: \(.*\)\r$/\1/p' "$headers")
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: \(SESSION=[^;]*\).*/\1/p' "$headers" | tail -1)
  rm -f "$headers" "$page"
  if [[ -z "$cookie" || "$location" == *error* ]]; then say "signing in as $1 failed (redirect: $location)"; return 1; fi
  echo "$cookie"
}

SECRETARY=$(sign_in bench-secretary@traject.test || true)
PARTICIPANT=$(sign_in bench-participant@traject.test || true)
ROSTER=$(sql -d "$DB" -tAc "select id from cohort where code = 'BENCH-ROSTER' limit 1" 2>/dev/null || true)
SLUG=$(sql -d "$DB" -tAc "select p.slug from programme p join cohort c on c.programme_id = p.id and c.status = 'OPEN'
  where p.status = 'PUBLISHED' group by p.id order by count(*) desc, p.id limit 1")

declare -A PATHS=(
  [catalogue]="/programmes"
  [catalogue_rendered]="/programmes"
  [catalogue_signed_in]="/programmes"
  [search]="/programmes?q=leiderschap&phase=INDUCTION&open=true"
  [programme]="/programmes/$SLUG"
  [roster]="/secretary/cohorts/${ROSTER:-0}"
  [plan]="/my/plan"
  [reports]="/reports"
  [ref_memory]="/bench/catalogue-from-memory"
  [ref_fortunes]="/bench/fortunes"
)
# a request with a session cookie (even an unknown one) is never answered from the public page cache
declare -A COOKIES=([roster]="$SECRETARY" [plan]="$PARTICIPANT" [catalogue_rendered]="SESSION=bench-no-such-session"
  [reports]="$SECRETARY" [catalogue_signed_in]="$PARTICIPANT")
# the provider reports: the page (every report, default filter: last year and this year), then each report alone as
# its CSV export (one statement each); measured one secretary at a time, the goal being an answer within a second
# The page /reports is a shell (the filter and a placeholder per report); htmx loads each report's section from
# /reports/{report} with the same filter (an HX-Request header asks for the section alone): each is measured as well
REPORTS=(signups fill waitlist interest timing cancellations reasons attendance completion awards outcomes evaluations)
declare -A HEADERS=()
for report in "${REPORTS[@]}"; do
  PATHS[report_$report]="/reports/$report.csv"
  COOKIES[report_$report]="$SECRETARY"
  PATHS[report_section_$report]="/reports/$report"
  COOKIES[report_section_$report]="$SECRETARY"
  HEADERS[report_section_$report]="HX-Request: true"
done
ORDER=(catalogue catalogue_rendered catalogue_signed_in search programme roster plan reports
  "${REPORTS[@]/#/report_section_}" "${REPORTS[@]/#/report_}" ref_memory ref_fortunes)
ONLY=${BENCH_ONLY:-}
chosen() { [[ -z "$ONLY" || ",$ONLY," == *",$1,"* ]]; }
echo "only=${ONLY:-everything}" >>"$META"

# ---------------------------------------------------------------------------------------------------------------
# Warm-up over the public pages and the references, at least 10,000 requests, then the resident memory
say "warm-up (at least 10,000 requests over the public pages)"
served=0
for _ in $(seq 1 $([[ -z "$ONLY" || "$ONLY" != rush ]] && echo 100 || echo 0)); do
  BENCH_PATHS="${PATHS[catalogue]},${PATHS[search]},${PATHS[programme]},${PATHS[ref_memory]},${PATHS[ref_fortunes]}" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/wrk/mixed.lua "$BASE" >"$RESULTS/warmup.txt"
  served=$(( served + $(requests_in "$RESULTS/warmup.txt") ))
  (( served < 10000 )) || break
done
echo "rss_10k_kib=$(rss_kib "$APP")" >>"$META"
echo "rss_requests=$served" >>"$META"

# ---------------------------------------------------------------------------------------------------------------
# Each page: check it is there, warm it, then the measured rounds; then its SQL statements for one request
for key in "${ORDER[@]}"; do
  chosen "$key" || continue
  path=${PATHS[$key]}
  echo "path.$key=$path" >>"$META"
  cookie=${COOKIES[$key]:-}
  header=()
  if [[ -n "$cookie" ]]; then header=(-H "Cookie: $cookie"); fi
  if [[ -n "${HEADERS[$key]:-}" ]]; then header+=(-H "${HEADERS[$key]}"); fi
  if [[ "$key" == roster && -z "$ROSTER" ]]; then echo "skip.$key=no roster cohort (no enrolment table when generated)" >>"$META"; continue; fi
  if [[ "$key" =~ ^(roster|plan|catalogue_signed_in|reports|report_.*)$ && -z "$cookie" ]]; then
    echo "skip.$key=could not sign in" >>"$META"; continue
  fi
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path")
  if [[ "$status" != "200" ]]; then
    say "$key: $path answered $status, skipped"
    echo "skip.$key=$path answered $status" >>"$META"
    continue
  fi
  say "$key: $path"
  mkdir -p "$RESULTS/$key"
  if [[ "$key" == report* ]]; then
    # one secretary at a time: a short warm-up, then the rounds on one connection (they are the single figure)
    wrk -t1 -c1 -d"$(( WARMUP < 3 ? WARMUP : 3 ))s" --timeout 10s "${header[@]}" "$BASE$path" >"$RESULTS/$key/warmup.txt"
    echo "load.$key=$(cut -d' ' -f1 /proc/loadavg)" >>"$META"
    cpu0=$(cpu_ms "$APP"); measured=0
    for round in $(seq 1 "$ROUNDS"); do
      wrk -t1 -c1 -d"${DURATION}s" --timeout 10s --latency "${header[@]}" "$BASE$path" >"$RESULTS/$key/round-$round.txt"
      say "  round $round: p99 $(sed -n 's/^ *99% *//p' "$RESULTS/$key/round-$round.txt")"
      measured=$(( measured + $(requests_in "$RESULTS/$key/round-$round.txt") ))
    done
    echo "cpu_us.$key=$(( ( $(cpu_ms "$APP") - cpu0 ) * 1000 / (measured > 0 ? measured : 1) ))" >>"$META"
    cp "$RESULTS/$key/round-1.txt" "$RESULTS/$key/single.txt"
    curl -s -o /dev/null "${header[@]}" "$BASE$path"
    count=$(curl -s "$BASE/bench/statements" | awk -F'\t' -v p="$path" '$2 == p { print $1 }')
    echo "statements.$key=${count:-?}" >>"$META"
    continue
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "${header[@]}" "$BASE$path" >"$RESULTS/$key/warmup.txt"
  if [[ "${BENCH_JFR:-}" == "1" && " ${BENCH_JFR_PAGES:-catalogue_rendered catalogue_signed_in roster} " == *" $key "* ]]; then
    jcmd "$APP" JFR.start name="$key" settings=profile filename="$RESULTS/$key.jfr" >/dev/null
  fi
  echo "load.$key=$(cut -d' ' -f1 /proc/loadavg)" >>"$META"
  cpu0=$(cpu_ms "$APP"); measured=0
  for round in $(seq 1 "$ROUNDS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "${header[@]}" "$BASE$path" >"$RESULTS/$key/round-$round.txt"
    say "  round $round: $(sed -n 's/^Requests\/sec: *//p' "$RESULTS/$key/round-$round.txt") req/s"
    measured=$(( measured + $(requests_in "$RESULTS/$key/round-$round.txt") ))
  done
  # JVM process CPU per request over the measured rounds, in microseconds
  echo "cpu_us.$key=$(( ( $(cpu_ms "$APP") - cpu0 ) * 1000 / (measured > 0 ? measured : 1) ))" >>"$META"
  if [[ "${BENCH_JFR:-}" == "1" && " ${BENCH_JFR_PAGES:-catalogue_rendered catalogue_signed_in roster} " == *" $key "* ]]; then
    jcmd "$APP" JFR.stop name="$key" >/dev/null
    java -cp "$TOOLS" org.traject.bench.JfrFrameworks "$RESULTS/$key.jfr" >"$RESULTS/$key-frameworks.md" || true
    say "  flight recording: $RESULTS/$key.jfr; CPU by framework: $RESULTS/$key-frameworks.md"
  fi
  if [[ "$key" != ref_* ]]; then
    # one visitor alone: the latency a person notices when the server is not busy
    wrk -t1 -c1 -d"${DURATION}s" --timeout 10s --latency "${header[@]}" "$BASE$path" >"$RESULTS/$key/single.txt"
  fi
  curl -s -o /dev/null "${header[@]}" "$BASE$path"
  count=$(curl -s "$BASE/bench/statements" | awk -F'\t' -v p="$path" '$2 == p { print $1 }')
  echo "statements.$key=${count:-?}" >>"$META"
done
echo "rss_end_kib=$(rss_kib "$APP")" >>"$META"
curl -s "$BASE/bench/statements?sql" >"$RESULTS/statements.txt"

# ---------------------------------------------------------------------------------------------------------------
# The sign-up rush: a fresh cohort of a few seats, two instances, many people at once
RUSH_COHORT=$(sql -d "$DB" -tAc "insert into cohort (programme_id, code, start_date, end_date, location, capacity,
    min_participants, enrolment_opens, enrolment_closes, status)
  select id, 'RUSH-' || to_char(now(), 'YYYYMMDDHH24MISS'), current_date + 60, current_date + 90, 'Utrecht',
         $RUSH_SEATS, 0, current_date - 1, current_date + 50, 'OPEN'
  from programme where status = 'PUBLISHED' and not requires_manager_approval order by id limit 1
  returning id" | head -1)
if ! chosen rush; then
  echo "rush.skipped=not chosen (BENCH_ONLY=$ONLY)" >>"$META"
elif [[ -z "$RUSH_COHORT" ]]; then
  echo "rush.skipped=no published programme to hold the rush cohort" >>"$META"
elif [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/signup/$RUSH_COHORT")" == "404" ]]; then
  say "sign-up rush skipped: /signup/$RUSH_COHORT answered 404 (no sign-up form in this build)"
  echo "rush.skipped=/signup/{cohort} answered 404 (sign-up form not in this build)" >>"$META"
else
  say "sign-up rush: $RUSH_PEOPLE people, cohort $RUSH_COHORT with $RUSH_SEATS seats, two instances"
  APP2=$(start_app "$PORT2" "$RESULTS/app2.log" prod); PIDS+=("$APP2")
  wait_ready "$APP2" "$PORT2" "$RESULTS/app2.log"
  # both instances warm up with a smaller rush on a cohort of their own, as the pages do before their rounds
  WARM_COHORT=$(sql -d "$DB" -tAc "insert into cohort (programme_id, code, start_date, end_date, location, capacity,
      min_participants, enrolment_opens, enrolment_closes, status)
    select programme_id, code || '-WARM', start_date, end_date, location, capacity, min_participants, enrolment_opens,
           enrolment_closes, status from cohort where id = $RUSH_COHORT returning id" | head -1)
  say "  warm-up: ${BENCH_RUSH_WARMUP:-300} people on cohort $WARM_COHORT"
  java -cp "$TOOLS" org.traject.bench.SignupRush --urls "$BASE,http://127.0.0.1:$PORT2" --cohort "$WARM_COHORT" \
    --people "${BENCH_RUSH_WARMUP:-300}" --jdbc "$JDBC_URL" --user "$DB_USER" --password "$DB_PASSWORD" \
    >"$RESULTS/rush-warmup.txt" || true
  echo "rush.load=$(cut -d' ' -f1 /proc/loadavg)" >>"$META"
  jvm0=$(( $(cpu_ms "$APP") + $(cpu_ms "$APP2") )); pg0=$(pg_cpu_ms)
  set +e
  java -cp "$TOOLS" org.traject.bench.SignupRush --urls "$BASE,http://127.0.0.1:$PORT2" --cohort "$RUSH_COHORT" \
    --people "$RUSH_PEOPLE" --jdbc "$JDBC_URL" --user "$DB_USER" --password "$DB_PASSWORD" >"$RESULTS/rush.txt"
  rush_status=$?
  set -e
  # both JVMs' CPU (form, sign-up, listeners, email rendering) and PostgreSQL's per person; the harness's own CPU
  # (a third JVM) is not counted
  echo "rush.jvm_cpu_ms_per_person=$(awk -v a="$jvm0" -v b="$(( $(cpu_ms "$APP") + $(cpu_ms "$APP2") ))" -v n="$RUSH_PEOPLE" 'BEGIN { printf "%.1f", (b - a) / n }')" >>"$META"
  echo "rush.pg_cpu_ms_per_person=$(awk -v a="$pg0" -v b="$(pg_cpu_ms)" -v n="$RUSH_PEOPLE" 'BEGIN { printf "%.1f", (b - a) / n }')" >>"$META"
  sed 's/^/[bench]   /' "$RESULTS/rush.txt" >&2
  grep '^rush\.' "$RESULTS/rush.txt" >>"$META" || true
  echo "rush.exit=$rush_status" >>"$META"
  stop_app "$APP2"
fi

stop_app "$APP"
java -cp "$TOOLS" org.traject.bench.Report "$RESULTS" | tee "$RESULTS/table.md"
echo
say "results: $RESULTS (table.md, raw wrk outputs, application logs)"
