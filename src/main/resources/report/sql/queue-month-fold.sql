-- Closes the months whose days are all folded and settled into the month histograms (V27; queue/QueueDayFold runs it
-- after queue-day-fold.sql in the same transaction, bench/report.sh too). For each service point it looks at the days
-- after its last closed month only, so a run reads a month or two of daily rows; a month left with unsettled days
-- behind a later closed one stays open and is read from the daily rows (same figures, more rows). Answers how many
-- service-point months it closed.
with candidate as (
    select f.service_point_id, f.folded_through, cast(date_trunc('month', t.day) as date) as month,
        bool_and(t.unsettled = 0) settled
    from queue_fold f
    cross join lateral (
        select q.day, q.unsettled
        from queue_day_tally q
        where q.service_point_id = f.service_point_id and q.day <= f.folded_through
            and q.day >= coalesce((select cast(max(c.month) + interval '1 month' as date) from queue_month_fold c
                where c.service_point_id = f.service_point_id), date '-infinity')
    ) t
    group by f.service_point_id, f.folded_through, cast(date_trunc('month', t.day) as date)
), closing as (
    select c.service_point_id, c.month
    from candidate c
    where c.settled and cast(c.month + interval '1 month' as date) <= c.folded_through + 1
        and not exists (select 1 from queue_month_fold m where m.service_point_id = c.service_point_id
            and m.month = c.month)
), minutes as (
    insert into queue_month_minutes (month, service_point_id, service_id, measure, minute, tickets)
    select c.month, m.service_point_id, m.service_id, m.measure, m.minute, sum(m.tickets)
    from closing c
    join queue_day_minutes m on m.service_point_id = c.service_point_id and m.day >= c.month
        and m.day < cast(c.month + interval '1 month' as date)
    group by c.month, m.service_point_id, m.service_id, m.measure, m.minute
), marked as (
    insert into queue_month_fold (service_point_id, month)
    select service_point_id, month from closing
)
select count(*) from closing
