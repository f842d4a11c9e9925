#!/usr/bin/env bash
# Executive report benchmark (issue 5): the JSON report of FY 2569 half 1 for the whole agency, against one half-year
# of data (3,000,000 tickets, 1,000,000 survey responses, 20 service points), compared with the bare SQL aggregates
# the report needs through psql in the same run: the application's own statements (src/main/resources/report/sql/),
# printed as the service loads them (th.servicepoint.common.PrintSqlStatements, in the tests: includes in place), the
# parameters given as psql variables.
#
#   bench/report.sh [runs] [--refill]
#
# runs: timed runs of each (default 5), after one warm-up each. --refill: drop and fill the data database again.
# The data database (BENCH_REPORT_DB, default sp_bench_data) is filled once by bench/report-data.sql (about ten
# minutes) and kept: later runs reuse it. SKIP_BUILD=1 reuses target/quarkus-app instead of packaging again.
# BENCH_REPORT_TICKETS and BENCH_REPORT_RESPONSES fill a smaller database to try the script (defaults 3M and 1M).
# Needs the local PostgreSQL on 127.0.0.1:5432 (user postgres), psql and curl.
# After filling, every day is folded into the daily queue tallies (V21) by the application's own fold statement
# (report/sql/queue-day-fold.sql, as queue/QueueDayFold runs it), and every month whose days are all folded is closed
# into the month histograms (V27, queue-month-fold.sql), so the report and the bare SQL read tallies.
# Targets (issue 17): the report in at most 1 s (every timed run) and within 2x the median of the bare SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5
REFILL=false
for arg in "$@"; do
  case $arg in
    --refill) REFILL=true ;;
    *) RUNS=$arg ;;
  esac
done
DB=${BENCH_REPORT_DB:-sp_bench_data}
PORT=${BENCH_REPORT_PORT:-8096}
# health answers on the management port
MANAGEMENT=$((PORT + 1000))
URL=http://127.0.0.1:$PORT
REPORT="$URL/api/v1/reports?fiscalYear=2569&half=1&format=json"
EXEC_USER=bench-exec
EXEC_PASSWORD=bench-exec
FROM='2025-10-01 00:00+07'
TO='2026-04-01 00:00+07'
PSQL="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
LOG=target/bench-report-app.log
APP=

stop_app() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
  fi
}
trap stop_app EXIT

start_app() {
  # the fold and the keeping of the peers' and halves' figures are left to the script: a scheduled run (at :30, :45
  # and :50) would fall into a timed request
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$MANAGEMENT -Dquarkus.log.level=WARN \
    -Dservicepoint.queue.fold-cron=off -Dservicepoint.report.peers.keep-cron=off \
    -Dservicepoint.report.kept-halves-cron=off -jar target/quarkus-app/quarkus-run.jar > "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$MANAGEMENT/q/health/ready" > /dev/null && return 0
    kill -0 "$APP" 2>/dev/null || break
    sleep 1
  done
  echo "the service did not start; see $LOG" >&2
  exit 1
}

# milliseconds since the epoch
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# min, median and max (seconds) of the millisecond figures on stdin
summary() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f\n", v[1] / 1000, m / 1000, v[NR] / 1000 }'
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, Linux $(uname -r);" \
  "$(java -version 2>&1 | head -1); $(date -u +%FT%TZ); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $($PSQL -d postgres -Atc "select version()" | cut -d, -f1);" \
  "$($PSQL -d postgres -Atc "select string_agg(name || '=' || current_setting(name), ', ' order by name)
    from pg_settings where name in ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather')")"

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ] \
    || [ ! -f target/test-classes/th/servicepoint/common/PrintSqlStatements.class ]; then
  echo "== packaging the service"
  ./mvnw -B -q package -DskipTests
fi

if $REFILL; then
  $PSQL -d postgres -c "drop database if exists $DB"
fi
if [ -z "$($PSQL -d postgres -Atc "select 1 from pg_database where datname = '$DB'")" ]; then
  $PSQL -d postgres -c "create database $DB"
fi
# every time: a database filled by an older build gets the newer migrations (tables the fold below writes) too
echo "== applying the migrations to $DB (the service migrates at start)"
start_app
stop_app
if [ "$($PSQL -d "$DB" -Atc "select exists (select 1 from ticket)")" = f ]; then
  echo "== filling $DB with one half-year (bench/report-data.sql)"
  started=$(now_ms)
  $PSQL -d "$DB" -v tickets="${BENCH_REPORT_TICKETS:-3000000}" -v responses="${BENCH_REPORT_RESPONSES:-1000000}" \
    -f bench/report-data.sql > target/bench-report-data.log
  echo "filled in $(( ($(now_ms) - started) / 1000 )) s (log: target/bench-report-data.log)"
else
  echo "== $DB is filled already (--refill to fill it again)"
fi
# folds every day up to yesterday (Asia/Bangkok) as the application's hourly fold does; nothing to do when folded
print_sql() {
  java -cp target/classes:target/test-classes th.servicepoint.common.PrintSqlStatements "${@/#/report/sql/}"
}
started=$(now_ms)
folded=$(print_sql queue-day-fold.sql | $PSQL -d "$DB" -At -v through="'$(TZ=Asia/Bangkok date -d yesterday +%F)'" \
  -c "set work_mem = '256MB'" -f - -c "analyze queue_day_tally, queue_day_minutes, queue_fold" | tail -1)
echo "== folded $folded service-point days into the queue tallies in $(( $(now_ms) - started )) ms"
# then, as the fold does in the same transaction, the months whose days are all folded and settled (V27)
started=$(now_ms)
closed=$(print_sql queue-month-fold.sql | $PSQL -d "$DB" -At -c "set work_mem = '256MB'" -f - \
  -c "analyze queue_month_minutes, queue_month_fold" | tail -1)
echo "== closed $closed service-point months into the month histograms in $(( $(now_ms) - started )) ms"
echo "== data: $($PSQL -d "$DB" -Atc "select format('%s tickets, %s survey responses (%s open), %s answers, '
    '%s audit rows, %s service points, %s counters, %s complaints', (select count(*) from ticket), (select count(*) from survey_response),
    (select count(*) from survey_response where mode = 'OPEN'), (select count(*) from survey_answer),
    (select count(*) from audit_entry), (select count(*) from service_point), (select count(*) from counter),
    (select count(*) from complaint))"); $($PSQL -d "$DB" -Atc "select format('%s queue tally rows, %s histogram rows',
    (select count(*) from queue_day_tally), (select count(*) from queue_day_minutes))"); $($PSQL -d "$DB" -Atc "select
    format('%s month histogram rows', (select count(*) from queue_month_minutes))")"

# the benchmark's executive, with a bcrypt hash as the service makes them ($2a$, cost 10)
$PSQL -d "$DB" -c "set client_min_messages = warning" -c "create extension if not exists pgcrypto" \
  -c "select set_config('servicepoint.agency', '1', false)" -c "
  insert into app_user (username, password_hash, roles, display_name)
  values ('$EXEC_USER', crypt('$EXEC_PASSWORD', gen_salt('bf', 10)), 'EXECUTIVE', 'ผู้บริหาร (benchmark)')
  on conflict (username) do update set password_hash = excluded.password_hash, roles = 'EXECUTIVE', active = true"

# the half's kept figures (V28) are forgotten: the first request computes them and keeps them, as the first report
# of a closed half does when the schedule has not kept it yet; the timed requests read them
$PSQL -d "$DB" -c "delete from kept_half_report"

echo "== starting the service on $DB"
start_app
counts=$(curl -s -o /dev/null -w '%{http_code}' -u "$EXEC_USER:$EXEC_PASSWORD" \
  "$URL/api/v1/complaints/counts?from=2025-10-01&to=2026-03-31")
if [ "$counts" != 200 ]; then
  echo "the benchmark executive cannot sign in: GET /api/v1/complaints/counts answered $counts" >&2
  exit 1
fi

echo "== bare SQL (report/sql/*.sql through psql): 1 warm-up, $RUNS timed; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# the statements as the application loads them (th.servicepoint.common.SqlStatements), in the report's transaction
# setting (report/aggregate/ExecutiveReports); the psql variables stand for the parameters the application binds, and
# the complaint counts run twice as in the report: the other categories, then corruption alone
STATEMENTS=target/bench-report-statements.sql
{ echo "set work_mem = '64MB';"
  # as the service's connections (quarkus.datasource.jdbc.additional-jdbc-properties.options)
  echo "set jit = off;"
  print_sql queue-figures.sql queue-out-of-order.sql survey-tallies-from-months.sql survey-comments.sql
  echo "\\set categories '''GENERAL'', ''UNFAIR_SERVICE'''"
  print_sql complaint-counts.sql
  echo "\\set categories '''CORRUPTION'''"
  print_sql complaint-counts.sql
} > "$STATEMENTS"
sql_run() {
  $PSQL -d "$DB" -v from="'$FROM'" -v to="'$TO'" -v fromMonth="'2025-10-01'" -v toMonth="'2026-04-01'" \
    -v tallyFrom="'2025-10-01'" -v tallyTo="'2026-04-01'" \
    -v servicePoint=null -v listed=200 -f "$STATEMENTS" > /dev/null
}
started=$(now_ms); sql_run; echo "warm-up: $(( $(now_ms) - started )) ms"
sql_times=$(for _ in $(seq 1 "$RUNS"); do started=$(now_ms); sql_run; echo $(( $(now_ms) - started )); done)
echo "runs (ms): $(echo $sql_times)"
read -r sql_min sql_median sql_max <<< "$(echo "$sql_times" | summary)"
echo "RESULT sql: min ${sql_min} s, median ${sql_median} s, max ${sql_max} s"

echo "== JSON report for the agency: GET $REPORT as $EXEC_USER: 1 warm-up, $RUNS timed;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
report_run() {
  curl -s -o target/bench-report.json -w '%{http_code} %{time_total}\n' -u "$EXEC_USER:$EXEC_PASSWORD" "$REPORT"
}
read -r status seconds <<< "$(report_run)"
if [ "$status" = 404 ]; then
  echo "MISSING: the report endpoint answered 404: GET /api/v1/reports is not in this build." >&2
  echo "Only the bare SQL was measured; run this again once the report API is merged." >&2
  exit 2
fi
if [ "$status" != 200 ]; then
  echo "FAILED: the report answered $status:" >&2
  head -c 1000 target/bench-report.json >&2
  exit 1
fi
echo "warm-up (first request): $seconds s, $(wc -c < target/bench-report.json) bytes of JSON"
report_times=$(for _ in $(seq 1 "$RUNS"); do
  read -r status seconds <<< "$(report_run)"
  [ "$status" = 200 ] || { echo "FAILED: a timed run answered $status" >&2; exit 1; }
  awk -v s="$seconds" 'BEGIN { printf "%d\n", s * 1000 }'
done)
echo "runs (ms): $(echo $report_times)"
read -r report_min report_median report_max <<< "$(echo "$report_times" | summary)"
echo "RESULT report: min ${report_min} s, median ${report_median} s, max ${report_max} s"

echo "== bare SQL of the kept half (the kept row, V28, and the complaint counts through psql): $RUNS timed"
KEPT_STATEMENTS=target/bench-report-kept-statements.sql
{ echo "select cast(figures as text) from kept_half_report where first_day = '2025-10-01' and end_day = '2026-04-01'"
  echo "    and service_point_id is null;"
  echo "\\set categories '''GENERAL'', ''UNFAIR_SERVICE'''"
  print_sql complaint-counts.sql
  echo "\\set categories '''CORRUPTION'''"
  print_sql complaint-counts.sql
} > "$KEPT_STATEMENTS"
kept_times=$(for _ in $(seq 1 "$RUNS"); do
  started=$(now_ms)
  $PSQL -d "$DB" -v from="'$FROM'" -v to="'$TO'" -v servicePoint=null -f "$KEPT_STATEMENTS" > /dev/null
  echo $(( $(now_ms) - started ))
done)
echo "runs (ms): $(echo $kept_times)"
read -r kept_min kept_median kept_max <<< "$(echo "$kept_times" | summary)"
echo "RESULT kept sql: min ${kept_min} s, median ${kept_median} s, max ${kept_max} s"

awk -v r="$report_median" -v rmax="$report_max" -v s="$sql_median" -v k="$kept_median" 'BEGIN {
  ratio = r / s
  printf "RESULT ratio report/sql (medians): %.2f\n", ratio
  printf "RESULT ratio report/kept sql (medians): %.2f\n", r / k
  printf "TARGET report <= 1 s (slowest timed run %.3f s): %s\n", rmax, rmax <= 1 ? "PASS" : "FAIL"
  printf "TARGET report <= 2x bare SQL (%.2fx): %s\n", ratio, ratio <= 2 ? "PASS" : "FAIL"
  exit !(rmax <= 1 && ratio <= 2) }'
