-- bench/companion.sh's fixture, on top of bench/setup.sql (20 service points of the home agency, 80 counters, a clerk
-- each): 10,000 waiting tickets at the 20 service points and, for the warm-up, 400 at the SAO's; the counters closed
-- and without clerks, so that the morning peak starts with every clerk signing in and opening through the API; and a
-- follower for every ticket, one distinct LINE user each, except the :linked tickets per service point left for the
-- script to link through the signed webhook.
\set ON_ERROR_STOP on
select set_config('servicepoint.agency', '1', false);

-- call-ahead by tickets ahead only (3, the default): the benchmark's clerks serve in milliseconds, so the estimate from
-- the day's service times would soon be under the 15 minutes for every waiting ticket and make all 10,000 near at
-- once, which no real morning does (services take minutes: with one counter, 3 ahead is about the 15 minutes anyway)
update service set call_ahead_minutes = null where call_ahead_minutes is not null;
-- BENCH_CALL_AHEAD=off (companion.sh): no call-ahead at all, only the call and survey notices (checks still run)
update service set call_ahead_tickets = null where :'call_ahead' = 'off';

update counter set status = 'CLOSED', clerk_id = null, calls_since_priority = null;

-- 125 waiting tickets for each of the 80 services of the home agency's 20 service points (10,000), 200 for each of the
-- SAO's 2 (the warm-up), issued at the kiosk (their followers get the survey link), in queue order by id
with today as (select (now() at time zone 'Asia/Bangkok')::date as day),
served as (
    select s.id, s.service_point_id, s.prefix, sp.agency_id from service s
    join service_point sp on sp.id = s.service_point_id
    where sp.code in ('pao-hq', 'sao-demo-hq') or sp.code like 'sp-%'),
numbered as (
    select s.*, coalesce((select max(t.seq) from ticket t, today
                          where t.numbered_by_service_id = s.id and t.business_day = today.day), 0) as last
    from served s)
insert into ticket (service_point_id, service_id, numbered_by_service_id, business_day, seq, number, priority,
    channel, status, tracking_token, issued_at, queued_at, estimated_wait_minutes, agency_id)
select n.service_point_id, n.id, n.id, today.day, n.last + g, n.prefix || lpad((n.last + g)::text, 3, '0'),
    'NORMAL', 'KIOSK', 'WAITING', substr(md5(random()::text) || md5(random()::text), 1, 43),
    now() - interval '1 hour' + g * interval '1 second', now() - interval '1 hour' + g * interval '1 second', 0,
    n.agency_id
from numbered n cross join today
cross join generate_series(1, case when n.agency_id = 1 then 125 else 200 end) g
order by n.id, g;

update ticket_sequence q set last_seq = m.last_seq
from (select numbered_by_service_id as service_id, business_day, max(seq) as last_seq from ticket group by 1, 2) m
where q.service_id = m.service_id and q.business_day = m.business_day and q.last_seq < m.last_seq;

-- one LINE user per ticket (U and 32 hex digits, as LINE's user ids); the script links :linked tickets per service
-- point of the home agency (those of the highest numbers of its first service) through the signed webhook instead
with linked_by_webhook as (
    select t.id from (
        select t.id, row_number() over (partition by t.service_point_id order by t.service_id, t.seq desc) r
        from ticket t join service_point sp on sp.id = t.service_point_id
        where sp.agency_id = 1 and t.status = 'WAITING') t
    where t.r <= :linked)
insert into ticket_follower (ticket_id, service_point_id, business_day, channel, address, created_at, agency_id)
select t.id, t.service_point_id, t.business_day, 'LINE', 'U' || md5('bench-user-' || t.id), now(), t.agency_id
from ticket t
where t.status = 'WAITING' and t.id not in (select id from linked_by_webhook);

-- where the time went (bench instrumentation, not the service's schema): when each notice row was inserted (the
-- service writes created_at = the event's time) and when the dispatcher claimed it
alter table notice add column bench_inserted_at timestamptz, add column bench_claimed_at timestamptz;
create function bench_notice_inserted() returns trigger language plpgsql as $$
begin
    new.bench_inserted_at := clock_timestamp();
    return new;
end
$$;
create trigger bench_notice_inserted before insert on notice for each row execute function bench_notice_inserted();
create function bench_notice_claimed() returns trigger language plpgsql as $$
begin
    new.bench_claimed_at := clock_timestamp();
    return new;
end
$$;
create trigger bench_notice_claimed before update of attempts on notice for each row
    when (new.attempts > old.attempts) execute function bench_notice_claimed();

analyze ticket;
analyze ticket_follower;
