#!/usr/bin/env bash
# Load benchmark of the queue core: ticket issue and clerk actions against the packaged service on
# loopback (wrk), and the same SQL through pgbench as the floor. Usage: bench/run.sh [seconds] [connections] [clerks]
# Needs wrk and pgbench (Debian packages wrk, postgresql-client) and PostgreSQL on 127.0.0.1:5432.
# Env: BENCH_DB (servicepoint_bench) and BENCH_PORT (8095) for a database and port of its own; BENCH_LOAD_SQL, a file
# psql runs after the fixture and before the first measurement (bench/national-data.sql: the same run with the 7,850
# agencies of a national installation loaded); BENCH_REUSE_DB=1 measures an existing BENCH_DB as an earlier run left
# it (the national fill takes minutes: fill once, measure when the machine is quiet).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
CONNECTIONS=${2:-32}
CLERKS=${3:-16}
PORT=${BENCH_PORT:-8095}
# health answers on the management port
MANAGEMENT=$((PORT + 1000))
DB=${BENCH_DB:-servicepoint_bench}
PG="psql -h 127.0.0.1 -U postgres -q"
URL=http://127.0.0.1:$PORT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
REUSE=false
if [ "${BENCH_REUSE_DB:-}" = 1 ] && [ -n "$($PG -d postgres -tAc "select 1 from pg_database where datname = '$DB'")" ]; then
  REUSE=true
else
  $PG -c "drop database if exists $DB" -c "create database $DB"
fi

# the hourly fold and keeping of the peers' figures off: on the national fixture their first run (months of every
# agency's tallies) would fall into the measurement, which is about issuing and calling
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT -Dservicepoint.demo=true \
  -Dquarkus.log.level=WARN -Dservicepoint.queue.fold-cron=off -Dservicepoint.report.peers.keep-cron=off \
  -Dservicepoint.report.kept-halves-cron=off -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# ready, and the demo data in place (setup.sql copies clerk1's password): a loaded machine takes over a minute
for _ in $(seq 1 300); do
  curl -sf http://127.0.0.1:$MANAGEMENT/q/health/ready > /dev/null \
    && [ "$($PG -d $DB -tAc "select count(*) from app_user where username = 'clerk1'")" = 1 ] && break
  sleep 1
done
if $REUSE; then
  echo "== $DB as an earlier run left it (BENCH_REUSE_DB=1): fixture and load not applied again"
else
  $PG -d $DB -f bench/setup.sql > /dev/null
fi
if [ -n "${BENCH_LOAD_SQL:-}" ] && ! $REUSE; then
  echo "== loading $BENCH_LOAD_SQL"
  $PG -d $DB -v ON_ERROR_STOP=1 -f "$BENCH_LOAD_SQL" | tail -3
fi

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%FT%TZ)"
echo "== warm-up (10 s, discarded)"
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/issue.lua $URL > /dev/null
echo "== issue: wrk, $CONNECTIONS connections, ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s bench/issue.lua $URL | grep -E "RESULT|Latency|Req"
$PG -d $DB -f bench/prefill.sql > /dev/null
echo "== clerk warm-up (10 s, discarded: the clerk code paths are still interpreted after the issue phase)"
wrk -t$CLERKS -c$CLERKS -d10s -s bench/call.lua $URL > /dev/null
# the warm-up stops clerks mid-cycle; finish those tickets so every counter can call again
$PG -d $DB -c "update ticket set status = 'DONE', finished_at = now() where status in ('CALLED', 'SERVING')"
echo "== clerk actions (call-next, start, complete): wrk, $CLERKS clerks, ${SECONDS_EACH}s"
wrk -t$CLERKS -c$CLERKS -d"${SECONDS_EACH}s" --latency -s bench/call.lua $URL | grep -E "RESULT|Latency|Req"
kill $APP; wait $APP 2>/dev/null || true

echo "== floor: the same SQL through pgbench, $CONNECTIONS clients, ${SECONDS_EACH}s (tps = tickets/s)"
pgbench -h 127.0.0.1 -U postgres -n -c "$CONNECTIONS" -j2 -T "$SECONDS_EACH" -f bench/issue.pgbench $DB \
  | grep -E "^tps|latency average"
$PG -d $DB -f bench/prefill.sql > /dev/null
echo "== floor: clerk cycle through pgbench, $CLERKS clients (one transaction = 3 clerk actions)"
pgbench -h 127.0.0.1 -U postgres -n -c $CLERKS -j2 -T "$SECONDS_EACH" -f bench/call.pgbench $DB \
  | grep -E "^tps|latency average"
