-- Waiting tickets for the services of the counters the clerk benchmarks use (ids 1-16), so the
-- clerks never run out of work: 1,500 per service, numbered after what is already there today.
with today as (select (now() at time zone 'Asia/Bangkok')::date as day),
served as (
    select distinct s.id, s.service_point_id, s.prefix from service s
    join counter_service cs on cs.service_id = s.id where cs.counter_id <= 16),
numbered as (
    select s.*, coalesce((select max(t.seq) from ticket t, today
                          where t.numbered_by_service_id = s.id and t.business_day = today.day), 0) as last
    from served s)
insert into ticket (service_point_id, service_id, numbered_by_service_id, business_day, seq, number, priority,
    channel, status, tracking_token, issued_at, queued_at, estimated_wait_minutes)
select n.service_point_id, n.id, n.id, today.day, n.last + g, n.prefix || lpad((n.last + g)::text, 3, '0'),
    'NORMAL', 'KIOSK', 'WAITING', substr(md5(random()::text) || md5(random()::text), 1, 43), now(), now(), 0
from numbered n cross join today cross join generate_series(1, 1500) g;

-- numbers issued afterwards continue after the prefilled ones
update ticket_sequence q set last_seq = m.last_seq
from (select numbered_by_service_id as service_id, business_day, max(seq) as last_seq from ticket group by 1, 2) m
where q.service_id = m.service_id and q.business_day = m.business_day and q.last_seq < m.last_seq;
