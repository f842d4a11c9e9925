#!/usr/bin/env bash
# National-size roll-ups and peer benchmarks (issue 17): the packaged service on loopback against the local
# PostgreSQL, on a database holding the agency directory of the whole country and a half-year of its tallies
# (bench/national-data.sql). Times over HTTP, as the callers get them:
#   * the provincial roll-up of the largest province (about 200 agencies), as a PROVINCIAL account;
#   * the national roll-up, every agency (about 7,850) in one page, as a PLATFORM account; and a page of 200;
#   * the executive report of one SAO, whose peer benchmark reads the 5,300 SAOs;
# all of them reading the agencies' kept figures of the half (V25). Before them, "keep": the half's kept figures are
# forgotten and the first roll-up request keeps every agency's again (on demand, the same code as the job's,
# report/peers/KeptAgencyFigures), timed on its own: what the job costs once a day. The scheduled fold and keeping are
# off, so neither falls into a timed request.
# Usage: bench/national.sh [runs] [--refill]. Env: BENCH_NATIONAL_DB (sp_bench_national), BENCH_NATIONAL_PORT (8596),
# SKIP_BUILD=1 to use the jar already in target/. Needs curl, psql and PostgreSQL on 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
REFILL=${2:-}
DB=${BENCH_NATIONAL_DB:-sp_bench_national}
PORT=${BENCH_NATIONAL_PORT:-8596}
MANAGEMENT=$((PORT + 1000))
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
URL=http://127.0.0.1:$PORT
PASSWORD=bench-national
PERIOD="fiscalYear=2569&half=1"

[ -n "${SKIP_BUILD:-}" ] || [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
fresh=
if [ "$REFILL" = "--refill" ] || ! $PSQL -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
  fresh=1
fi

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT \
    -Dservicepoint.demo=true -Dquarkus.log.level=WARN -Dservicepoint.queue.fold-cron=off \
    -Dservicepoint.report.peers.keep-cron=off -Dservicepoint.report.kept-halves-cron=off ${BENCH_JAVA_OPTS:-} \
    -jar target/quarkus-app/quarkus-run.jar > target/bench-national-app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do curl -sf http://127.0.0.1:$MANAGEMENT/q/health/ready > /dev/null && return; sleep 1; done
  echo "the service did not start: target/bench-national-app.log" >&2
  exit 1
}

start_app
if [ -n "$fresh" ]; then
  echo "== fill: bench/national-data.sql"
  start=$(date +%s)
  $PSQL -d "$DB" -f bench/national-data.sql | tail -4
  echo "   filled in $(( $(date +%s) - start )) s"
fi
# the benchmark's accounts (a database filled by bench/run.sh with BENCH_LOAD_SQL has none yet)
$PSQL -d "$DB" -c "set client_min_messages = warning" -c "create extension if not exists pgcrypto" -c "
    insert into app_user (agency_id, username, password_hash, roles, display_name, province) values
      (null, 'bench-provincial', crypt('$PASSWORD', gen_salt('bf', 10)), 'PROVINCIAL', 'จังหวัด (benchmark)',
       'จังหวัด 01'),
      (null, 'bench-platform', crypt('$PASSWORD', gen_salt('bf', 10)), 'PLATFORM', 'แพลตฟอร์ม (benchmark)', null),
      ((select id from agency where code = 'n-sao-1'), 'bench-sao-exec', crypt('$PASSWORD', gen_salt('bf', 10)),
       'EXECUTIVE', 'ผู้บริหาร อบต. (benchmark)', null)
    on conflict (username) do nothing"

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%FT%TZ);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
$PSQL -d "$DB" -tAc "select 'agencies ' || count(*) || ', in province 01: ' || count(*) filter (where province = 'จังหวัด 01')
  || ', SAOs: ' || count(*) filter (where agency_class = 'SAO') from agency where active"

timed() { # name user address
  local name=$1 user=$2 address=$3
  curl -s -o "target/bench-national-$name.json" -w "   warm-up %{http_code} %{time_total} s\n" -u "$user:$PASSWORD" "$URL$address"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o "target/bench-national-$name.json" -w "   %{http_code} %{time_total} s, %{size_download} bytes\n" \
      -u "$user:$PASSWORD" "$URL$address"
  done
}
echo "== keep: every agency's figures of the half, by the first roll-up request after forgetting them"
$PSQL -d "$DB" -c "delete from agency_period_figures where first_day = date '2025-10-01' and end_day = date '2026-04-01'"
curl -s -o target/bench-national-keep.json -w "   keep %{http_code} %{time_total} s\n" -u "bench-platform:$PASSWORD" \
  "$URL/api/v1/rollups?$PERIOD&size=1"
$PSQL -d "$DB" -tAc "select '   kept ' || count(*) || ' agencies in ' || round(extract(epoch from max(computed_at) - min(computed_at))::numeric, 1)
  || ' s of computing' from agency_period_figures where first_day = date '2025-10-01' and end_day = date '2026-04-01'"
echo "== provincial roll-up (province 01) as bench-provincial: GET /api/v1/rollups?$PERIOD&size=1000"
timed provincial bench-provincial "/api/v1/rollups?$PERIOD&size=1000"
echo "== national roll-up, every agency in one page, as bench-platform: GET /api/v1/rollups?$PERIOD&size=10000"
timed national bench-platform "/api/v1/rollups?$PERIOD&size=10000"
echo "== national roll-up, one page of 200: GET /api/v1/rollups?$PERIOD&page=10&size=200"
timed page bench-platform "/api/v1/rollups?$PERIOD&page=10&size=200"
echo "== a SAO's executive report with its peer benchmark (5,300 SAOs): GET /api/v1/reports?$PERIOD"
timed sao-report bench-sao-exec "/api/v1/reports?$PERIOD"
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
