#!/usr/bin/env bash
# Keeping the halves that are over, for every agency at national size (issue 17, V28, report/aggregate/HalfKeeping):
# the packaged service on the database bench/national.sh fills (7,850 agencies, FY 2569 half 1 of tallies), with the
# kept-halves schedule every 30 s and nothing else scheduled. The kept halves are forgotten first; the script waits for
# the first scheduled run to end and prints its own log line (how many agency halves, how long), then what it kept.
# The run keeps the two halves that ended last before today: FY 2569 half 2 (no data in this database: what an idle
# agency costs) and, until 1 April 2027, FY 2569 half 1 (the national half-year).
# Usage: bench/kept-halves.sh. Env: BENCH_NATIONAL_DB (sp_bench_national), BENCH_NATIONAL_PORT (8596).
# Needs the database of bench/national.sh, curl, psql and PostgreSQL on 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_NATIONAL_DB:-sp_bench_national}
PORT=${BENCH_NATIONAL_PORT:-8596}
MANAGEMENT=$((PORT + 1000))
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
LOG=target/bench-kept-halves-app.log
# the longest the script waits for the run, in seconds
LIMIT=${BENCH_KEPT_HALVES_LIMIT:-5400}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
if ! $PSQL -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  echo "no database $DB: run bench/national.sh first, which fills it" >&2
  exit 1
fi
$PSQL -d "$DB" -c "delete from kept_half_report"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%FT%TZ);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
$PSQL -d "$DB" -tAc "select 'agencies ' || count(*) || ', service points ' || (select count(*) from service_point)
  from agency where active"

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$MANAGEMENT \
  -Dservicepoint.demo=true -Dservicepoint.queue.fold-cron=off -Dservicepoint.report.peers.keep-cron=off \
  "-Dservicepoint.report.kept-halves-cron=0/30 * * * * ?" -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT

started=$(date +%s)
until grep -q "Kept the figures of" "$LOG"; do
  kill -0 "$APP" 2>/dev/null || { echo "the service stopped: $LOG" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt "$LIMIT" ] || { echo "no run ended within $LIMIT s: $LOG" >&2; exit 1; }
  sleep 5
done
echo "== the first scheduled run (from its log):"
grep "Kept the figures of" "$LOG" | head -1 | sed 's/^.*INFO/  /'
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== kept: half, rows (of them the agencies' own), size of the figures, time from first to last row"
$PSQL -d "$DB" -tAc "select '   ' || first_day || ': ' || count(*) || ' (' || count(*) filter (where service_point_id is null)
  || '), ' || pg_size_pretty(sum(pg_column_size(figures))::bigint) || ', '
  || round(extract(epoch from max(kept_at) - min(kept_at))::numeric, 1) || ' s'
  from kept_half_report group by first_day order by first_day"
