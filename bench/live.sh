#!/usr/bin/env bash
# Live-queue benchmark: call-next -> "called" on every lobby-display socket, with 100, 1,000 and 5,000 sockets on one
# instance, and in the same run the floor (PostgreSQL NOTIFY -> a plain JDBC listener). Usage:
# bench/live.sh [seconds] [calls per second] [socket counts...]; needs PostgreSQL on 127.0.0.1:5432.
#
# Socket capacity of one instance (LiveBench's capacity mode): displays, counter screens and ticket pages opened in
# steps on one service (heap capped like a pod's), with its heap after GC, RSS and file descriptors at each step:
# bench/live.sh capacity [steps, comma-separated] [seconds per step] [calls per second] [service -Xmx] [phones]
# where phones is "called" (ticket pages follow the queue being called: each hears every call) or "elsewhere"
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = capacity ]; then
  STEPS=${2:-1000,5000,10000,15000,19000}
  SECONDS_EACH=${3:-20}
  RATE=${4:-2}
  HEAP=${5:-1g}
  PHONES=${6:-called}
  PORT=8496
  MANAGEMENT=$((PORT + 1000))
  DB=sp_bench_sockets
  # the service and the client each hold one descriptor per socket: as many as this machine's hard limit allows
  # (20,000 here, which caps a step at about 19,500 sockets); loopback has ~28,000 ephemeral ports
  ulimit -n "$(ulimit -Hn)"
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  PGJDBC=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DB" -c "create database $DB"
  echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres java -Xmx$HEAP -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT \
    -Dservicepoint.demo=true -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > target/bench-sockets-app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 90); do curl -sf http://127.0.0.1:$MANAGEMENT/q/health/ready > /dev/null && break; sleep 1; done
  echo "== service -Xmx$HEAP, steps $STEPS, $RATE calls/s for ${SECONDS_EACH}s per step, ticket pages $PHONES"
  java -Xmx4g -cp "$PGJDBC" bench/LiveBench.java capacity http://127.0.0.1:$PORT $APP "$STEPS" "$SECONDS_EACH" "$RATE" "$PHONES"
  echo "== done $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
SECONDS_EACH=${1:-30}
RATE=${2:-4}
shift 2 2>/dev/null || shift $#
COUNTS=${*:-100 1000 5000}
PORT=8096
# health answers on the management port
MANAGEMENT=$((PORT + 1000))
DB=servicepoint_bench_live
PG="psql -h 127.0.0.1 -U postgres -q"
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres"
ulimit -n 20000

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
PGJDBC=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%FT%TZ)"
for N in $COUNTS; do
  $PG -c "drop database if exists $DB" -c "create database $DB"
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT -Dservicepoint.demo=true \
    -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > target/bench-live-app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:$MANAGEMENT/q/health/ready > /dev/null && break; sleep 1; done
  echo "== $N display sockets, ${RATE} calls/s for ${SECONDS_EACH}s (after a warm-up of 300 calls with 100 sockets, discarded)"
  java -cp "$PGJDBC" bench/LiveBench.java http://127.0.0.1:$PORT "$JDBC" 100 15 20 > /dev/null
  java -Xmx2g -cp "$PGJDBC" bench/LiveBench.java http://127.0.0.1:$PORT "$JDBC" "$N" "$SECONDS_EACH" "$RATE" | grep RESULT
  kill $APP; wait $APP 2>/dev/null || true
done
