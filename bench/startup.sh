#!/usr/bin/env bash
# Start-up side by side: the time from launching the JVM to the first catalogue page, for the ways a server can be
# started, each measured in the same run (ratios count; the machine is shared). Uses the extracted application that
# bench/run.sh leaves in bench/target/extracted and the benchmark database it filled.
#
#   bash bench/startup.sh                       # every variant, BENCH_STARTS (2) starts each, median reported
#   BENCH_VARIANTS="jdk17-cds jdk25-aot" bash bench/startup.sh
#
# Variants: jdk17-none, jdk17-cds (what "Running in production" says today), jdk25-none, jdk25-aot (JDK 25's AOT cache,
# JEP 483/514: -XX:AOTCacheOutput in a training run, -XX:AOTCache afterwards), jdk25-aot-lazy and jdk17-cds-lazy (the
# same with Spring Data repositories created on first use: spring.data.jpa.repositories.bootstrap-mode=lazy),
# spring-aot (Spring's ahead-of-time processed jar on the JVM, -Dspring.aot.enabled=true; only when
# bench/target/aot/*.jar exists: ./mvnw -Paot package builds it there).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
EXTRACTED=$ROOT/bench/target/extracted
JAR=$(ls "$EXTRACTED"/traject-*.jar 2>/dev/null | head -1)
[[ -n "$JAR" ]] || { echo "run bench/run.sh first (no $EXTRACTED)" >&2; exit 1; }
DB=${BENCH_DB:-traject_bench}
PORT=${BENCH_PORT3:-18083}
STARTS=${BENCH_STARTS:-2}
JDK17=${BENCH_JDK17:-java}
JDK25=${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${BENCH_JAVA_OPTS--Xmx384m}
VARIANTS=${BENCH_VARIANTS:-jdk17-none jdk17-cds jdk17-cds-lazy jdk25-none jdk25-aot jdk25-aot-lazy spring-aot}
OUT=$ROOT/bench/target/startup/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
DB_ARGS=(--spring.datasource.url="jdbc:postgresql://${TRAJECT_TEST_DB_HOST:-127.0.0.1}:${TRAJECT_TEST_DB_PORT:-5432}/$DB"
  --spring.datasource.username="${SPRING_DATASOURCE_USERNAME:-traject}"
  --spring.datasource.password="${SPRING_DATASOURCE_PASSWORD:-traject}" --spring.profiles.active=prod)
LAZY=(--spring.data.jpa.repositories.bootstrap-mode=lazy)

say() { printf '[startup] %s\n' "$*" >&2; }

# launches, waits for the first catalogue page, stops; prints milliseconds
first_page() { # log, java, args...
  local log=$1 java=$2 pid t0 t1
  shift 2
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" $JAVA_OPTS "$@" --server.port="$PORT" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3600); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/programmes" || true)" == "200" ]]; then break; fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; echo -1; return; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

train() { # log, java, args... : a training run that stops once the context is refreshed
  local log=$1 java=$2
  shift 2
  # shellcheck disable=SC2086
  "$java" $JAVA_OPTS -Dspring.context.exit=onRefresh "$@" --server.port=0 >"$log" 2>&1 || say "training failed: $log"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

for variant in $VARIANTS; do
  args=()
  java=$JDK17
  case $variant in
    jdk17-none) args=(-jar "$JAR") ;;
    jdk17-cds | jdk17-cds-lazy)
      extra=(); [[ $variant == *lazy ]] && extra=("${LAZY[@]}")
      train "$OUT/$variant-training.log" "$JDK17" -XX:ArchiveClassesAtExit="$OUT/$variant.jsa" -jar "$JAR" "${DB_ARGS[@]}" "${extra[@]}"
      args=(-XX:SharedArchiveFile="$OUT/$variant.jsa" -Xlog:cds=off -jar "$JAR" "${extra[@]}") ;;
    jdk25-none) java=$JDK25; args=(-jar "$JAR") ;;
    jdk25-aot | jdk25-aot-lazy)
      java=$JDK25
      extra=(); [[ $variant == *lazy ]] && extra=("${LAZY[@]}")
      train "$OUT/$variant-training.log" "$JDK25" -XX:AOTCacheOutput="$OUT/$variant.aot" -jar "$JAR" "${DB_ARGS[@]}" "${extra[@]}"
      args=(-XX:AOTCache="$OUT/$variant.aot" -jar "$JAR" "${extra[@]}") ;;
    spring-aot)
      aot=$(ls "$ROOT"/bench/target/aot/traject-*.jar 2>/dev/null | head -1 || true)
      if [[ -z "$aot" ]]; then say "spring-aot: no bench/target/aot/*.jar, skipped"; continue; fi
      args=(-Dspring.aot.enabled=true -jar "$aot") ;;
    *) say "unknown variant $variant"; continue ;;
  esac
  times=()
  for i in $(seq 1 "$STARTS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    ms=$(first_page "$OUT/$variant-$i.log" "$java" "${args[@]}" "${DB_ARGS[@]}")
    spring=$(sed -n 's/.*Started TrajectApplication in \([0-9.]*\) seconds.*/\1/p' "$OUT/$variant-$i.log" | head -1)
    say "$variant start $i: first page after $ms ms (Spring: ${spring:-?} s; load before $load)"
    times+=("$ms")
  done
  echo "$variant $(echo "${times[*]}" | median) ${times[*]}" >>"$OUT/startup.txt"
done
say "median ms per variant (then each start): $OUT/startup.txt"
cat "$OUT/startup.txt"
