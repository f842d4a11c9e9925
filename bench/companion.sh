#!/usr/bin/env bash
# The citizen's companion under a morning peak (issue 18): 10,000 waiting tickets each followed by its own LINE user,
# every clerk of 20 service points (80 counters) signing in, opening and calling / starting / completing as fast as
# they can, and LINE played by bench/LineStandIn.java, a process of its own that records when each push arrives.
# Target: every push leaves within 2 s of its queue event (p99), none twice.
# Usage: bench/companion.sh [peak seconds, 90] [stand-in push delay ms, 30] [webhook-linked tickets per service point, 5]
# Needs wrk, psql (Debian packages wrk, postgresql-client), openssl, and PostgreSQL on 127.0.0.1:5432 (trust auth).
# Env: BENCH_PORT (8097; management +1000, the stand-in +2), BENCH_SENDER_THREADS (the service's default, 16),
# BENCH_OPENING_SPREAD_MS (each clerk opens the counter after a random wait of up to that long once signed in; default
# 0, all 80 open in the same second), BENCH_CALL_AHEAD=off (services without call-ahead: only call and survey notices), BENCH_CLERK_PAUSE_MS (each clerk
# serves that long after completing a ticket before calling the next; default 0, as fast as they can).
set -euo pipefail
cd "$(dirname "$0")/.."
PEAK=${1:-90}
DELAY=${2:-30}
LINKED=${3:-5}
PORT=${BENCH_PORT:-8097}
MANAGEMENT=$((PORT + 1000))
LINE_PORT=$((PORT + 2))
DB=servicepoint_bench_companion
PG="psql -h 127.0.0.1 -U postgres -q"
URL=http://127.0.0.1:$PORT
TOKEN=bench-channel-access-token
SECRET=bench-channel-secret
RECEIVED=$PWD/target/bench-companion-line.tsv
load() { cut -d' ' -f1-3 /proc/loadavg; }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
$PG -c "drop database if exists $DB" -c "create database $DB"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
echo "== load before: $(uptime)"

LINE_STAND_IN_TOKEN=$TOKEN java -Xmx256m bench/LineStandIn.java $LINE_PORT "$RECEIVED" "$DELAY" 64 \
  > target/bench-companion-line.log 2>&1 &
LINE=$!
SENDERS=()
[ -n "${BENCH_SENDER_THREADS:-}" ] && SENDERS=(-Dservicepoint.notify.sender-threads=$BENCH_SENDER_THREADS)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD=postgres java -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT \
  -Dservicepoint.demo=true -Dquarkus.log.level=WARN -Dservicepoint.queue.fold-cron=off \
  -Dservicepoint.report.peers.keep-cron=off -Dservicepoint.report.kept-halves-cron=off \
  -Dservicepoint.notify.line.channel-access-token=$TOKEN -Dservicepoint.notify.line.channel-secret=$SECRET \
  -Dservicepoint.notify.line.basic-id=@bench -Dservicepoint.notify.line.api-base-url=http://127.0.0.1:$LINE_PORT \
  -Dservicepoint.notify.line.monthly-push-budget=1000000 -Dservicepoint.requests.max-concurrent-per-address=256 "${SENDERS[@]}" \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-companion-app.log 2>&1 &
APP=$!
trap 'kill $APP $LINE ${SAMPLER:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf http://127.0.0.1:$MANAGEMENT/q/health/ready > /dev/null \
    && [ "$($PG -d $DB -tAc "select count(*) from app_user where username = 'clerk1'")" = 1 ] \
    && grep -q "stand-in on" target/bench-companion-line.log && break
  sleep 1
done
$PG -d $DB -f bench/setup.sql > /dev/null
$PG -d $DB -v linked="$LINKED" -v call_ahead="${BENCH_CALL_AHEAD:-on}" -f bench/companion-setup.sql > /dev/null

# A sample linked as a citizen does: the ticket's public status gives the text with its one-time code, the LINE user
# sends it, LINE posts the webhook signed with the channel secret, the service makes the user a follower and replies.
link() {
  local token=$1 user=$2 text body signature
  text=$(curl -sf $URL/api/v1/tickets/"$token" | grep -o '"messageText":"[^"]*"' | cut -d'"' -f4)
  body=$(printf '{"destination":"Ubench","events":[{"type":"message","mode":"active","timestamp":%s,"source":{"type":"user","userId":"%s"},"replyToken":"r%s","webhookEventId":"E%s","deliveryContext":{"isRedelivery":false},"message":{"type":"text","id":"1","text":"%s"}}]}' \
    "$(date +%s%3N)" "$user" "$RANDOM$RANDOM" "$RANDOM$RANDOM" "$text")
  signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64)
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -H "X-Line-Signature: $signature" \
    --data-binary "$body" $URL/api/v1/line/webhook
}
export -f link
export URL SECRET
BY_SQL=$($PG -d $DB -tAc "select count(*) from ticket_follower")
$PG -d $DB -tAF' ' -c "select t.tracking_token, 'U' || md5('bench-user-' || t.id) from ticket t
    join service_point sp on sp.id = t.service_point_id
    where sp.agency_id = 1 and t.status = 'WAITING'
      and not exists (select 1 from ticket_follower f where f.ticket_id = t.id)" \
  | xargs -P 8 -L 1 bash -c 'link "$0" "$1"' | sort | uniq -c | sed 's/^/   webhook answers: /'
echo "== fixture: $($PG -d $DB -tAc "select count(*) from ticket t join service_point sp on sp.id = t.service_point_id
    where sp.agency_id = 1 and t.status = 'WAITING'") waiting tickets at $($PG -d $DB -tAc "select count(*) from
    service_point where agency_id = 1") service points, $($PG -d $DB -tAc "select count(*) from ticket_follower f
    join service_point sp on sp.id = f.service_point_id where sp.agency_id = 1 and f.channel = 'LINE'") LINE followers
    ($(( $($PG -d $DB -tAc "select count(*) from ticket_follower") - BY_SQL )) linked through the webhook,
    the rest inserted), $($PG -d $DB -tAc "select count(distinct address) from ticket_follower") distinct LINE users
    (warm-up's included)"

wait_drained() {
  for _ in $(seq 1 "$1"); do
    [ "$($PG -d $DB -tAc "select (select count(*) from notice where state = 'PENDING')
        + (select count(*) from call_ahead_check)")" = 0 ] && return 0
    sleep 1
  done
  return 1
}

# warm-up: the SAO's two counters (its own service point and agency, left out of the figures) for 20 s, so that the
# clerk, notice and LINE code paths are compiled before the peak, as on a service that has been up since yesterday
echo "== warm-up: the SAO's 2 clerks, 20 s (discarded)"
COUNTERS=$($PG -d $DB -tAc "select string_agg(c.id::text, ',' order by c.id) from counter c
    join service_point sp on sp.id = c.service_point_id where sp.code = 'sao-demo-hq'") \
  wrk -t2 -c2 -d20s --timeout 30s -s bench/companion.lua $URL | grep RESULT
wait_drained 60 || echo "   warm-up notices not drained in 60 s"

# the clerks' passwords checked once before the peak (bcrypt; the service remembers a checked sign-in for 10 minutes
# and checks at most 4 at once), as each clerk's first sign-in of the morning: the peak measures the queue, not bcrypt
$PG -d $DB -tAc "select c.id from counter c join service_point sp on sp.id = c.service_point_id
    where sp.agency_id = 1 order by c.id" \
  | xargs -P 4 -I{} curl -s -o /dev/null -w '%{http_code}\n' -u bench{}:clerk $URL/api/v1/counters/{}/waiting \
  | sort | uniq -c | sed 's/^/   password check answers: /'
CLERKS=$($PG -d $DB -tAc "select count(*) from counter c join service_point sp on sp.id = c.service_point_id
    where sp.agency_id = 1")
echo "== morning peak: $CLERKS clerks sign in, open, call / start / complete for ${PEAK}s (wrk, a thread each), pause before each call ${BENCH_CLERK_PAUSE_MS:-0} ms, openings spread over ${BENCH_OPENING_SPREAD_MS:-0} ms"
echo "   load at start: $(load)"
PEAK_START=$(date -u +%FT%T.%3NZ)
# what the database sessions of the service are doing, sampled twice a second through the peak and the drain
ACTIVITY=target/bench-companion-activity.tsv
: > $ACTIVITY
( while :; do
    $PG -d $DB -tAF$'\t' -c "select to_char(clock_timestamp(), 'HH24:MI:SS.MS'), pid, state,
        coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-'), left(regexp_replace(query, '\s+', ' ', 'g'), 60)
        from pg_stat_activity where datname = '$DB' and state <> 'idle' and pid <> pg_backend_pid()" >> $ACTIVITY \
      2>/dev/null || true
    sleep 0.5
  done ) &
SAMPLER=$!
CLERK_PAUSE_MS=${BENCH_CLERK_PAUSE_MS:-0} OPENING_SPREAD_MS=${BENCH_OPENING_SPREAD_MS:-0} \
COUNTERS=$($PG -d $DB -tAc "select string_agg(c.id::text, ',' order by c.id) from counter c
    join service_point sp on sp.id = c.service_point_id where sp.agency_id = 1") \
  wrk -t"$CLERKS" -c"$CLERKS" -d"${PEAK}s" --timeout 30s --latency -s bench/companion.lua $URL | grep -E "RESULT"
PEAK_END=$(date -u +%s.%N)
echo "   load at end: $(load); peak $PEAK_START .. $(date -u +%FT%T.%3NZ)"
if wait_drained 180; then
  echo "== outbox drained $(awk "BEGIN {printf \"%.1f\", $(date -u +%s.%N) - $PEAK_END}") s after the peak"
else
  echo "== outbox NOT drained 180 s after the peak"
fi
echo "   tickets of the peak: $($PG -d $DB -tAc "select string_agg(status || ' ' || n, ', ' order by status) from
    (select t.status, count(*) n from ticket t join service_point sp on sp.id = t.service_point_id
     where sp.agency_id = 1 group by 1) s")"
kill $SAMPLER 2>/dev/null || true
echo "== database sessions of the service, sampled twice a second from the peak's start to the drained outbox:"
echo "   samples, state, waiting on (CPU: not waiting), statement"
cut -f3-6 $ACTIVITY | sort | uniq -c | sort -rn | head -15 | sed 's/^/   /'
sleep 1
kill $LINE; wait $LINE 2>/dev/null || true
kill $APP; wait $APP 2>/dev/null || true
echo "== load after: $(uptime)"
echo "== the service's log: $(grep -c 'deadlock detected' target/bench-companion-app.log || true) 'deadlock detected' lines,\
 $(grep -c 'Sending notices failed' target/bench-companion-app.log || true) dispatcher rounds failed,\
 $(grep -c 'Unexpected error' target/bench-companion-app.log || true) requests answered 500 (target/bench-companion-app.log)"
$PG -d $DB -v received="$RECEIVED" -f bench/companion-report.sql
