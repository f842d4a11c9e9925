-- Folds past days into the daily queue tallies (V21; queue/QueueDayFold runs it, bench/report.sh too). Parameter
-- :through (date): the last day to fold, the day before today in Asia/Bangkok. For every service point, the days after
-- its last fold (from its first ticket on a first run), and the folded days whose tickets had not all settled then
-- (a ticket left serving past the day end, say), are written again from the tickets: their old rows are deleted and
-- new ones inserted, so running it twice, or on two instances one after the other, counts nothing twice (the caller
-- holds a lock so two never run at once). Answers how many service-point days it folded.
with scope as (
    select p.id service_point_id, coalesce(f.folded_through + 1,
        (select min(t.business_day) - 1 from ticket t where t.service_point_id = p.id)) first_day
    from service_point p
    left join queue_fold f on f.service_point_id = p.id
), days as (
    select s.service_point_id, cast(d as date) as day
    from scope s, generate_series(cast(s.first_day as timestamp), cast(:through as timestamp), interval '1 day') d
    union
    select service_point_id, day from queue_day_tally where unsettled > 0 and day <= cast(:through as date)
), ranges as (
    select service_point_id, day, cast(day as timestamp) at time zone 'Asia/Bangkok' lo,
        cast(day + 1 as timestamp) at time zone 'Asia/Bangkok' hi
    from days
),
-- include: queue-day-tickets.sql
, removed_tallies as (
    delete from queue_day_tally q using days d where q.service_point_id = d.service_point_id and q.day = d.day
), removed_minutes as (
    delete from queue_day_minutes m using days d where m.service_point_id = d.service_point_id and m.day = d.day
), tallies as (
    insert into queue_day_tally (day, service_point_id, service_id, counter_id, clerk_id, issued, served, no_show,
        cancelled, never_called, still_open, unsettled, priority_elderly, priority_disabled, priority_pregnant,
        priority_monk, wait_n, wait_sum, estimate_error_sum, estimate_error_abs_sum, estimate_within_five, service_n,
        service_sum, calls_out_of_order)
    select * from day_tally
), minutes as (
    insert into queue_day_minutes (day, service_point_id, service_id, measure, minute, tickets)
    select * from day_minutes
), marked as (
    insert into queue_fold (service_point_id, folded_through)
    select id, cast(:through as date) from service_point
    on conflict (service_point_id) do update
        set folded_through = greatest(queue_fold.folded_through, excluded.folded_through)
)
select count(*) from days
