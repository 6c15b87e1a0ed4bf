#!/usr/bin/env bash
# Faults under load, measured: a sign-up rush through two instances while PostgreSQL is stopped for a few seconds and
# started again, then a rush during which one instance is killed with kill -9, then slow clients. Prints a Markdown table (and keeps the
# logs under bench/target/faults/<time>/).
#
#   bash bench/faults.sh                      # builds the jar, then both scenarios (a few minutes)
#   FAULTS_SKIP_BUILD=1 bash bench/faults.sh  # reuse target/traject-*.jar
#
# PostgreSQL: the script makes a throwaway cluster of its OWN (initdb + pg_ctl, PostgreSQL 15 binaries) in a
# temporary directory, on port FAULTS_PG_PORT (5544), listening on 127.0.0.1 only, and stops and removes it at the
# end. It never touches any other cluster: the machine's own PostgreSQL (5432) keeps running for everyone else.
#
# Settings (environment): FAULTS_PEOPLE (500), FAULTS_SEATS (25), FAULTS_SPREAD (30 s over which the sign-ups arrive),
# FAULTS_OUTAGE_AT (8 s into the rush), FAULTS_OUTAGE_SECONDS (5), FAULTS_KILL_PEOPLE (300), FAULTS_PORT /
# FAULTS_PORT2 (18091 / 18092), FAULTS_JAVA_OPTS (-Xmx384m), FAULTS_MAVEN_ARGS (extra ./mvnw arguments, e.g. -o),
# FAULTS_START_TIMEOUT (1200 s for an instance to serve its first page), FAULTS_SLOW_CLIENTS (300 connections that
# send their headers a byte every 5 s) and FAULTS_SLOW_SECONDS (40).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PG_PORT=${FAULTS_PG_PORT:-5544}
PORT=${FAULTS_PORT:-18091}
PORT2=${FAULTS_PORT2:-18092}
PEOPLE=${FAULTS_PEOPLE:-500}
SEATS=${FAULTS_SEATS:-25}
SPREAD=${FAULTS_SPREAD:-30}
OUTAGE_AT=${FAULTS_OUTAGE_AT:-8}
OUTAGE_SECONDS=${FAULTS_OUTAGE_SECONDS:-5}
KILL_PEOPLE=${FAULTS_KILL_PEOPLE:-300}
SLOW_CLIENTS=${FAULTS_SLOW_CLIENTS:-300}
SLOW_SECONDS=${FAULTS_SLOW_SECONDS:-40}
JAVA_OPTS=${FAULTS_JAVA_OPTS:--Xmx384m}
DB=traject_faults
RESULTS=$ROOT/bench/target/faults/$(date -u +%Y%m%dT%H%M%SZ)

say() { printf '[faults] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[[ "$PG_PORT" != "5432" ]] || die "FAULTS_PG_PORT must not be 5432: this script stops and starts its own cluster"
command -v java >/dev/null || die "java (17+) is needed"
command -v curl >/dev/null || die "curl is needed"
command -v psql >/dev/null || die "psql (postgresql-client) is needed"
PGBIN=/usr/lib/postgresql/15/bin
[[ -x "$PGBIN/initdb" ]] || PGBIN=$(pg_config --bindir 2>/dev/null || true)
[[ -x "$PGBIN/initdb" && -x "$PGBIN/pg_ctl" ]] || die "PostgreSQL server binaries (initdb, pg_ctl) are needed: apt-get install postgresql-15"
for port in "$PG_PORT" "$PORT" "$PORT2"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is in use"; fi
done
mkdir -p "$RESULTS"

# ---------------------------------------------------------------------------------------------------------------
# The throwaway cluster (as the postgres user when run as root: initdb refuses root)
WORK=$(mktemp -d /tmp/traject-faults.XXXXXX)
chmod 755 "$WORK"
AS=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$WORK"
  AS=(runuser -u postgres --)
fi
PG_OPTIONS="-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=60"
PG_START="${AS[*]} $PGBIN/pg_ctl -D $WORK/data -l $WORK/postgres.log -o '$PG_OPTIONS' -w -t 60 start"
PG_STOP="${AS[*]} $PGBIN/pg_ctl -D $WORK/data -m fast -w stop"

PIDS=()
terminate() { # pid: asks the JVM to stop, insists after 30 s
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}
cleanup() {
  for pid in "${PIDS[@]:-}"; do [[ -n "$pid" ]] && terminate "$pid"; done
  if [[ -f "$WORK/data/postmaster.pid" ]]; then
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  cp "$WORK/postgres.log" "$RESULTS/" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

say "own PostgreSQL cluster on 127.0.0.1:$PG_PORT in $WORK"
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-locale >"$RESULTS/initdb.log" 2>&1
bash -c "$PG_START" >/dev/null
psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
  -c "create role traject login password 'traject'" -c "create database $DB owner traject"
sql() { PGPASSWORD=traject psql -X -q -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U traject -d "$DB" "$@"; }
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB"

# ---------------------------------------------------------------------------------------------------------------
# The packaged application and the harness
if [[ "${FAULTS_SKIP_BUILD:-}" != "1" ]]; then
  say "building the application (./mvnw -DskipTests package)"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${FAULTS_MAVEN_ARGS:-} -DskipTests -Dtraject.db.prepare.skip=true -Dtraject.browser.prepare.skip=true \
    package >&2
fi
JAR=$(ls target/traject-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
[[ -n "$JAR" ]] || die "no target/traject-*.jar: build without FAULTS_SKIP_BUILD=1"
APP_DIR=$WORK/app
mkdir -p "$APP_DIR" "$WORK/classes"
(cd "$APP_DIR" && jar xf "$ROOT/$JAR")
javac -nowarn --release 17 -d "$WORK/classes" -cp "$APP_DIR/BOOT-INF/lib/*" \
  bench/src/org/traject/bench/SignupRush.java bench/src/org/traject/bench/FaultRush.java \
  bench/src/org/traject/bench/SlowClients.java
TOOLS="$WORK/classes:$APP_DIR/BOOT-INF/lib/*"

start_app() { # port, log, demo data (true|false); prints the pid
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$ROOT/$JAR" --server.port="$1" --traject.demo-data="$3" \
    --spring.datasource.url="$JDBC_URL" --spring.datasource.username=traject --spring.datasource.password=traject \
    --traject.trusted-proxies=127.0.0.1 >"$2" 2>&1 &
  echo $!
}
wait_ready() { # pid, port, log: waits up to FAULTS_START_TIMEOUT seconds (1200: a loaded machine starts slowly)
  local deadline=$(( $(date +%s) + ${FAULTS_START_TIMEOUT:-1200} ))
  while (( $(date +%s) < deadline )); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/programmes" || true)" == "200" ]] && return 0
    kill -0 "$1" 2>/dev/null || { tail -30 "$3" >&2; die "the instance on port $2 stopped (log: $3)"; }
    sleep 0.2
  done
  die "the instance on port $2 did not answer within ${FAULTS_START_TIMEOUT:-1200} s (log: $3)"
}

say "starting two instances ($PORT: migrates and loads the demo data, then $PORT2)"
APP1=$(start_app "$PORT" "$RESULTS/app1.log" true); PIDS+=("$APP1")
wait_ready "$APP1" "$PORT" "$RESULTS/app1.log"
APP2=$(start_app "$PORT2" "$RESULTS/app2.log" false); PIDS+=("$APP2")
wait_ready "$APP2" "$PORT2" "$RESULTS/app2.log"

new_cohort() { # code suffix; prints the id of an open cohort of $SEATS seats
  sql -c "insert into cohort (programme_id, code, start_date, end_date, location, capacity, min_participants,
            enrolment_opens, enrolment_closes, status)
          select id, 'FAULT-$1-' || to_char(now(), 'HH24MISS'), current_date + 60, current_date + 90, 'Utrecht',
                 $SEATS, 0, current_date - 1, current_date + 50, 'OPEN'
          from programme where status = 'PUBLISHED' and not requires_manager_approval order by id limit 1
          returning id" | head -1
}
URLS="http://127.0.0.1:$PORT,http://127.0.0.1:$PORT2"

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL stopped and started during the rush
COHORT=$(new_cohort PG)
say "1. $PEOPLE sign-ups over ${SPREAD}s through both instances; PostgreSQL stopped at ${OUTAGE_AT}s for ${OUTAGE_SECONDS}s"
java -cp "$TOOLS" org.traject.bench.FaultRush --prefix pg --urls "$URLS" --cohort "$COHORT" --people "$PEOPLE" \
  --spread "$SPREAD" --fault pg-restart --fault-at "$OUTAGE_AT" --fault-seconds "$OUTAGE_SECONDS" \
  --stop-cmd "$PG_STOP" --start-cmd "$PG_START" \
  --jdbc "$JDBC_URL" --user traject --password traject >"$RESULTS/pg-restart.txt" || true
sed 's/^/[faults]   /' "$RESULTS/pg-restart.txt" >&2
grep -c 'Exception' "$RESULTS/app1.log" "$RESULTS/app2.log" >"$RESULTS/exceptions-in-logs.txt" || true

# ---------------------------------------------------------------------------------------------------------------
# 2. One instance killed (kill -9) during the rush
COHORT2=$(new_cohort KILL)
say "2. $KILL_PEOPLE sign-ups over 15s through both instances; the second killed with kill -9 at 5s"
java -cp "$TOOLS" org.traject.bench.FaultRush --prefix kill --urls "$URLS" --cohort "$COHORT2" --people "$KILL_PEOPLE" \
  --spread 15 --fault kill --fault-at 5 --kill-pid "$APP2" \
  --jdbc "$JDBC_URL" --user traject --password traject >"$RESULTS/kill.txt" || true
sed 's/^/[faults]   /' "$RESULTS/kill.txt" >&2
LEFT=()
for p in "${PIDS[@]}"; do [[ "$p" != "$APP2" ]] && LEFT+=("$p"); done
PIDS=("${LEFT[@]}")
say "   restarting the killed instance; it takes over what it left"
RESTART_AT=$(date +%s)
APP2=$(start_app "$PORT2" "$RESULTS/app2-restarted.log" false); PIDS+=("$APP2")
wait_ready "$APP2" "$PORT2" "$RESULTS/app2-restarted.log"
RESTART_SECONDS=$(( $(date +%s) - RESTART_AT ))
sleep 30
INCOMPLETE=$(sql -c "select count(*) from event_publication where completion_date is null")
UNDELIVERED=$(sql -c "select count(*) from outgoing_email where status in ('PENDING', 'SENDING') and recipient like '%@bench.example'")
TWICE=$(sql -c "select count(*) from (select recipient, kind from outgoing_email where recipient like '%@bench.example'
                 group by recipient, kind having count(*) > 1) twice")
{
  echo "kill.restart_s=$RESTART_SECONDS"
  echo "kill.after_restart.event_publications_incomplete=$INCOMPLETE"
  echo "kill.after_restart.emails_undelivered=$UNDELIVERED"
  echo "kill.after_restart.emails_queued_twice=$TWICE"
} | tee -a "$RESULTS/kill.txt" | sed 's/^/[faults]   /' >&2

# ---------------------------------------------------------------------------------------------------------------
# 3. Slow clients: connections that send their headers a byte at a time, while one visitor reads pages
say "3. $SLOW_CLIENTS slow connections to instance 1 for ${SLOW_SECONDS}s while a visitor reads /programmes"
java -cp "$TOOLS" org.traject.bench.SlowClients --url "http://127.0.0.1:$PORT" --slow "$SLOW_CLIENTS" \
  --seconds "$SLOW_SECONDS" --path /programmes >"$RESULTS/slow.txt" || true
sed 's/^/[faults]   /' "$RESULTS/slow.txt" >&2

# ---------------------------------------------------------------------------------------------------------------
# The table
val() { grep -m1 "^$2=" "$1" | cut -d= -f2- || true; }
errs() { grep '\.error\.' "$1" | sed -E 's/^[a-z]+\.error\.//' | paste -sd ';' | sed 's/;/; /g' || true; }
MACHINE="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores, \
$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), \
PostgreSQL $("$PGBIN/postgres" --version | awk '{ print $3 }'), Java $(java -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }'), \
load average before $(cut -d' ' -f1 /proc/loadavg)"
{
  echo "Measured $(date -u +%Y-%m-%d) on $MACHINE."
  echo
  echo "| | PostgreSQL stopped ${OUTAGE_SECONDS} s | one instance killed (kill -9) |"
  echo "|---|---|---|"
  P=$RESULTS/pg-restart.txt K=$RESULTS/kill.txt
  echo "| sign-ups (people) | $(val "$P" pg.people) | $(val "$K" kill.people) |"
  echo "| acknowledged (outcome page) | $(val "$P" pg.acknowledged) | $(val "$K" kill.acknowledged) |"
  echo "| **acknowledged writes lost** | **$(val "$P" pg.acknowledged_lost)** | **$(val "$K" kill.acknowledged_lost)** |"
  echo "| written, but the person saw an error | $(val "$P" pg.written_without_acknowledgement) | $(val "$K" kill.written_without_acknowledgement) |"
  echo "| **duplicates** (one person enrolled twice) | **$(val "$P" pg.duplicates)** | **$(val "$K" kill.duplicates)** |"
  echo "| seats taken / capacity, **oversold** | $(val "$P" pg.seats_taken) / $(val "$P" pg.capacity), **$(val "$P" pg.oversold)** | $(val "$K" kill.seats_taken) / $(val "$K" kill.capacity), **$(val "$K" kill.oversold)** |"
  echo "| waitlist, **gaps** | $(val "$P" pg.waitlisted), **$(val "$P" pg.waitlist_gaps)** | $(val "$K" kill.waitlisted), **$(val "$K" kill.waitlist_gaps)** |"
  echo "| error answers (each try; a person tries up to 3 times) | $(val "$P" pg.errors): $(errs "$P") | $(val "$K" kill.errors): $(errs "$K") |"
  echo "| /actuator/health DOWN after the fault began (s): instance 1 / 2 | $(val "$P" pg.instance1.health_down_s) / $(val "$P" pg.instance2.health_down_s) | $(val "$K" kill.instance1.health_down_s) / killed |"
  echo "| health UP again, seconds after PostgreSQL was back: instance 1 / 2 | $(val "$P" pg.instance1.health_up_after_fault_s) / $(val "$P" pg.instance2.health_up_after_fault_s) | $(val "$K" kill.instance1.health_up_after_fault_s) / restarted in $(val "$K" kill.restart_s) s |"
  echo "| sign-up form served again (s): instance 1 / 2 | $(val "$P" pg.instance1.form_serves_after_fault_s) / $(val "$P" pg.instance2.form_serves_after_fault_s) | $(val "$K" kill.instance1.form_serves_after_fault_s) / restarted |"
  echo "| health as an administrator sees it, after | $(val "$P" pg.instance1.admin_health_after) | $(val "$K" kill.instance1.admin_health_after) |"
  echo "| event publications left incomplete | $(val "$P" pg.event_publications_incomplete) | $(val "$K" kill.after_restart.event_publications_incomplete) (30 s after the restart) |"
  echo "| emails not delivered / queued twice | $(val "$P" pg.emails_not_yet_delivered) / – | $(val "$K" kill.after_restart.emails_undelivered) / $(val "$K" kill.after_restart.emails_queued_twice) |"
  S=$RESULTS/slow.txt
  echo
  echo "| slow clients ($(val "$S" slow.slow_connections) connections sending a header byte every 5 s, $(val "$S" slow.seconds) s) | |"
  echo "|---|---|"
  echo "| a visitor's /programmes before: p50 / p99 (ms), errors | $(val "$S" slow.before.p50_ms) / $(val "$S" slow.before.p99_ms), $(val "$S" slow.before.errors) |"
  echo "| the same during: p50 / p99 (ms), errors, requests | $(val "$S" slow.during.p50_ms) / $(val "$S" slow.during.p99_ms), $(val "$S" slow.during.errors), $(val "$S" slow.during.requests) |"
  echo "| slow connections opened / refused / closed by the server / still open at the end | $(val "$S" slow.slow_opened) / $(val "$S" slow.slow_refused) / $(val "$S" slow.slow_closed_by_server) / $(val "$S" slow.slow_still_open_at_end) |"
} | tee "$RESULTS/table.md"
say "logs and results: $RESULTS"
