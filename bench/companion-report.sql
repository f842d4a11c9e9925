-- bench/companion.sh's figures, from the database and the LINE stand-in's file (:'received', tab-separated: receive
-- time in epoch microseconds, path, retry key, status answered). Only the peak's notices count (the home agency's 20
-- service points); the warm-up's (the SAO's) are left out.
\set ON_ERROR_STOP on
\pset footer off
create temp table received (us bigint, path text, retry_key text, status int);
\set copy '\\copy received from ' :'received'
:copy
create temp view peak_notice as select * from notice where agency_id = 1;
-- each accepted push with its notice: receive time and the notice's times in epoch microseconds
create temp table push as
select n.id, n.kind, n.ticket_id, r.us,
       cast(extract(epoch from n.event_at) * 1000000 as bigint) event_us,
       cast(extract(epoch from n.bench_inserted_at) * 1000000 as bigint) created_us,
       cast(extract(epoch from n.bench_claimed_at) * 1000000 as bigint) claimed_us,
       cast(extract(epoch from n.sent_at) * 1000000 as bigint) sent_us
from received r join peak_notice n on cast(n.retry_key as text) = r.retry_key
where r.path like '%/push' and r.status = 200;

\echo '== notices of the peak by kind and state'
select kind, state, count(*) notices, sum(attempts) attempts from peak_notice group by 1, 2 order by 1, 2;

\echo '== what the stand-in received (all of the run, warm-up included)'
select path, status, count(*) requests from received group by 1, 2 order by 1, 2;

\echo '== pushes received twice: retry keys accepted (200) more than once (must be 0); 409 answers; pushes of the peak the stand-in never accepted; accepted pushes matching no notice'
select (select count(*) from (select retry_key from received where path like '%/push' and status = 200
                              group by 1 having count(*) > 1) k) accepted_twice,
       (select count(*) from received where status = 409) answered_409,
       (select count(*) from peak_notice n where n.state = 'SENT'
          and not exists (select 1 from received r where r.retry_key = cast(n.retry_key as text) and r.status = 200))
           sent_not_received,
       (select count(*) from received r where r.path like '%/push' and r.status = 200
          and not exists (select 1 from notice n where cast(n.retry_key as text) = r.retry_key)) received_unknown,
       (select count(*) from (select follower_id, kind, ticket_id from peak_notice where kind <> 'CALLED'
                              group by 1, 2, 3 having count(*) > 1) d) follower_told_twice;

\echo '== latency of each push: stand-in receive time - notice.event_at, ms'
select coalesce(kind, 'all') kind, count(*) pushes,
       round(percentile_cont(0.5) within group (order by (us - event_us) / 1000.0)::numeric, 1) p50_ms,
       round(percentile_cont(0.95) within group (order by (us - event_us) / 1000.0)::numeric, 1) p95_ms,
       round(percentile_cont(0.99) within group (order by (us - event_us) / 1000.0)::numeric, 1) p99_ms,
       round(max(us - event_us) / 1000.0, 1) max_ms,
       count(*) filter (where us - event_us > 2000000) over_2s
from push group by rollup (kind) order by kind nulls last;

\echo '== where the time went (ms, p50 / p99): event -> notice row inserted (in the clerk''s transaction, or the dispatcher''s check), inserted -> claimed by the dispatcher (includes the rest of the inserting transaction up to its commit), claimed -> LINE received, LINE received -> recorded sent'
select coalesce(kind, 'all') kind,
       round(percentile_cont(0.5) within group (order by (created_us - event_us) / 1000.0)::numeric, 1) || ' / '
         || round(percentile_cont(0.99) within group (order by (created_us - event_us) / 1000.0)::numeric, 1) event_to_inserted,
       round(percentile_cont(0.5) within group (order by (claimed_us - created_us) / 1000.0)::numeric, 1) || ' / '
         || round(percentile_cont(0.99) within group (order by (claimed_us - created_us) / 1000.0)::numeric, 1) inserted_to_claimed,
       round(percentile_cont(0.5) within group (order by (us - claimed_us) / 1000.0)::numeric, 1) || ' / '
         || round(percentile_cont(0.99) within group (order by (us - claimed_us) / 1000.0)::numeric, 1) claimed_to_received,
       round(percentile_cont(0.5) within group (order by (sent_us - us) / 1000.0)::numeric, 1) || ' / '
         || round(percentile_cont(0.99) within group (order by (sent_us - us) / 1000.0)::numeric, 1) received_to_sent
from push group by rollup (kind) order by kind nulls last;

-- A call-ahead notice's event_at is when the dispatcher's check found the ticket near, not the call that brought it
-- near. That call: with one queue per service in order (all tickets NORMAL, none added), the ticket 4 places ahead
-- (its call left 3 ahead); for the first 4 tickets of a service, the opening of its first counter.
\echo '== call-ahead from the queue change that brought the ticket near (call of the ticket 4 places ahead, or the counter opening), ms'
with ranked as (
    select t.id, t.service_id, t.called_at,
           row_number() over (partition by t.service_id order by t.queued_at, t.id) - 1 r
    from ticket t where t.agency_id = 1 and t.business_day = (now() at time zone 'Asia/Bangkok')::date),
opened as (
    select cs.service_id, min(a.at) at from audit_entry a join counter_service cs on cs.counter_id = a.counter_id
    where a.action = 'OPEN' and a.service_point_id in (select id from service_point where agency_id = 1)
    group by 1),
cause as (
    select p.id, p.us, p.event_us,
           cast(extract(epoch from case when k.r < 4 then o.at else ahead.called_at end) * 1000000 as bigint) cause_us
    from push p join ranked k on k.id = p.ticket_id
    left join ranked ahead on ahead.service_id = k.service_id and ahead.r = k.r - 4
    left join opened o on o.service_id = k.service_id
    where p.kind = 'CALL_AHEAD')
select count(*) pushes, count(cause_us) with_cause,
       round(percentile_cont(0.5) within group (order by (event_us - cause_us) / 1000.0)::numeric, 1) check_p50_ms,
       round(percentile_cont(0.99) within group (order by (event_us - cause_us) / 1000.0)::numeric, 1) check_p99_ms,
       round(percentile_cont(0.5) within group (order by (us - cause_us) / 1000.0)::numeric, 1) p50_ms,
       round(percentile_cont(0.95) within group (order by (us - cause_us) / 1000.0)::numeric, 1) p95_ms,
       round(percentile_cont(0.99) within group (order by (us - cause_us) / 1000.0)::numeric, 1) p99_ms,
       round(max(us - cause_us) / 1000.0, 1) max_ms,
       count(*) filter (where us - cause_us > 2000000) over_2s
from cause;

\echo '== pushes as LINE received them, by 10 s from the first, with the worst latency of each 10 s'
select (us - (select min(us) from push)) / 10000000 * 10 from_s, count(*) pushes,
       round(percentile_cont(0.99) within group (order by (us - event_us) / 1000.0)::numeric, 1) p99_ms,
       round(max(us - event_us) / 1000.0, 1) max_ms
from push group by 1 order by 1;

\echo '== against the target: every push within 2 s of its queue event (p99), none twice'
select case when p99 <= 2000 and twice = 0 and pending = 0 then 'PASS' else 'FAIL' end result, p99 p99_ms, twice,
       pending not_sent
from (select round(percentile_cont(0.99) within group (order by (us - event_us) / 1000.0)::numeric, 1) p99
      from push) l,
     (select count(*) twice from (select retry_key from received where path like '%/push' and status = 200
                                  group by 1 having count(*) > 1) k) t,
     (select count(*) pending from peak_notice where state <> 'SENT') p;
