-- The queue figures of the executive report per service and in total (queue/QueueStatistics; bench/report.sh runs this
-- very file through psql). Parameters: :from, :to (timestamptz), :servicePoint (bigint, null for the whole agency),
-- :tallyFrom, :tallyTo (date): the whole days (Asia/Bangkok) in [from, to), as [tallyFrom, tallyTo). Columns are read
-- by name: one per priority other than NORMAL, named priority_<name>.
--
-- The days the daily tallies hold (V21: folded, every ticket settled) are read from queue_day_tally and
-- queue_day_minutes (the histograms of a closed month wholly inside the period from queue_month_minutes, V27); the
-- rest (today, a day not folded yet, a folded day that had unsettled tickets, the part days at either end of
-- [from, to)) from the tickets, tallied the same way on the fly (queue-day-tickets.sql). Counts, sums
-- and so means are exact; medians and 90th percentiles are interpolated over per-minute histograms, each duration
-- taken as the middle of its minute (within 0.5 minute of percentile_cont over the durations themselves).
with scope as (
    select p.id service_point_id,
        greatest(cast(:tallyFrom as date), least(cast(:tallyTo as date), coalesce(f.folded_through + 1,
            cast(:tallyFrom as date)))) folded_end
    from service_point p
    left join queue_fold f on f.service_point_id = p.id
    where cast(:servicePoint as bigint) is null or p.id = :servicePoint
), unsettled as (
    select distinct q.service_point_id, q.day
    from queue_day_tally q join scope s on s.service_point_id = q.service_point_id
    where q.day >= :tallyFrom and q.day < s.folded_end and q.unsettled > 0
), ranges as (
    select service_point_id, cast(null as date) as day, cast(:from as timestamptz) lo,
        least(cast(:to as timestamptz), cast(cast(:tallyFrom as date) as timestamp) at time zone 'Asia/Bangkok') hi
    from scope where :from < cast(cast(:tallyFrom as date) as timestamp) at time zone 'Asia/Bangkok'
    union all
    select service_point_id, null, cast(folded_end as timestamp) at time zone 'Asia/Bangkok', :to from scope
    where cast(folded_end as timestamp) at time zone 'Asia/Bangkok' < :to
    union all
    select service_point_id, day, cast(day as timestamp) at time zone 'Asia/Bangkok',
        cast(day + 1 as timestamp) at time zone 'Asia/Bangkok'
    from unsettled
),
-- include: queue-day-tickets.sql
, folded as (
    select q.day, q.service_point_id, q.service_id, q.counter_id, q.clerk_id, q.issued, q.served, q.no_show,
        q.cancelled, q.never_called, q.still_open, q.unsettled, q.priority_elderly, q.priority_disabled,
        q.priority_pregnant, q.priority_monk, q.wait_n, q.wait_sum, q.estimate_error_sum, q.estimate_error_abs_sum,
        q.estimate_within_five, q.service_n, q.service_sum, q.calls_out_of_order
    from queue_day_tally q join scope s on s.service_point_id = q.service_point_id
    where q.day >= :tallyFrom and q.day < s.folded_end
        and not exists (select 1 from unsettled u where u.service_point_id = q.service_point_id and u.day = q.day)
), tally as (
    select * from folded
    union all
    select * from day_tally
), month_part as (
    -- the folded days of each service point by month: a closed month (V27) wholly inside them is read from its month
    -- histogram, any other part of a month from the daily ones
    select s.service_point_id, cast(m as date) as month, greatest(cast(m as date), cast(:tallyFrom as date)) lo,
        least(cast(m + interval '1 month' as date), s.folded_end) hi
    from scope s, generate_series(date_trunc('month', cast(:tallyFrom as timestamp)),
        cast(s.folded_end as timestamp) - interval '1 day', interval '1 month') m
), month_read as (
    select p.*, exists (select 1 from queue_month_fold c where c.service_point_id = p.service_point_id
        and c.month = p.month and p.lo = p.month and p.hi = cast(p.month + interval '1 month' as date)) closed
    from month_part p
), minutes as (
    select m.service_id, m.measure, m.minute, m.tickets
    from month_read p join queue_month_minutes m on m.service_point_id = p.service_point_id and m.month = p.month
    where p.closed
    union all
    select m.service_id, m.measure, m.minute, m.tickets
    from month_read p join queue_day_minutes m on m.service_point_id = p.service_point_id and m.day >= p.lo
        and m.day < p.hi
    where not p.closed
        and not exists (select 1 from unsettled u where u.service_point_id = m.service_point_id and u.day = m.day)
    union all
    select service_id, measure, minute, tickets from day_minutes
), standard as (
    select service_id, sum(standard_minutes) minutes from service_step group by service_id
), figures as (
    -- sums over no rows are null: the total of a period without tickets is still one row, of zeros and nulls
    select t.service_id, grouping(t.service_id) = 1 total, coalesce(sum(t.issued), 0) issued,
        coalesce(sum(t.served), 0) served, coalesce(sum(t.no_show), 0) no_show,
        coalesce(sum(t.cancelled), 0) cancelled, coalesce(sum(t.never_called), 0) never_called,
        coalesce(sum(t.still_open), 0) still_open, coalesce(sum(t.priority_elderly), 0) priority_elderly,
        coalesce(sum(t.priority_disabled), 0) priority_disabled,
        coalesce(sum(t.priority_pregnant), 0) priority_pregnant, coalesce(sum(t.priority_monk), 0) priority_monk,
        coalesce(sum(t.wait_n), 0) wait_n, sum(t.wait_sum) / nullif(sum(t.wait_n), 0) wait_mean,
        coalesce(sum(t.service_n), 0) service_n, sum(t.service_sum) / nullif(sum(t.service_n), 0) service_mean,
        max(st.minutes) filter (where t.issued > 0) standard,
        coalesce(sum(t.service_n) filter (where st.minutes is not null), 0) standard_n,
        sum(t.estimate_error_abs_sum) / nullif(sum(t.wait_n), 0) estimate_mae,
        sum(t.estimate_within_five) * 100.0 / nullif(sum(t.wait_n), 0) estimate_within,
        sum(t.estimate_error_sum) / nullif(sum(t.wait_n), 0) estimate_signed,
        coalesce(sum(t.calls_out_of_order), 0) calls_out_of_order
    from tally t left join standard st on st.service_id = t.service_id
    group by grouping sets ((t.service_id), ())
), histogram as (
    -- in double precision from here: sums of bigint are numeric, several times slower in the windows below, and a
    -- double holds every count up to 2^53 exactly
    select m.service_id, grouping(m.service_id) = 1 total, m.measure, m.minute,
        cast(sum(m.tickets) as double precision) tickets,
        cast(sum(m.tickets) filter (where m.minute <= st.minutes) as double precision) within_standard
    from minutes m left join standard st on st.service_id = m.service_id
    group by grouping sets ((m.service_id, m.measure, m.minute), (m.measure, m.minute))
), cumulative as (
    select service_id, total, measure, within_standard, case when minute = 0 then 0 else cast(minute as double precision) - 0.5 end middle,
        sum(tickets) over (partition by service_id, total, measure order by minute) up_to,
        sum(tickets) over (partition by service_id, total, measure) n
    from histogram
), percentiles as (
    -- as percentile_cont: the value at position p × (n − 1) of the sorted durations, between the two around it
    select service_id, total, measure, p, sum(within_standard) within_standard,
        min(middle) filter (where up_to > floor(p * (n - 1))) below,
        min(middle) filter (where up_to > ceil(p * (n - 1))) above, max(p * (n - 1) - floor(p * (n - 1))) fraction
    from cumulative cross join (values (cast(0.5 as double precision)), (0.9)) share (p)
    group by service_id, total, measure, p
), durations as (
    select service_id, total,
        max(below + fraction * (above - below)) filter (where measure = 'WAIT' and p = 0.5) wait_median,
        max(below + fraction * (above - below)) filter (where measure = 'WAIT' and p = 0.9) wait_p90,
        max(below + fraction * (above - below)) filter (where measure = 'SERVICE' and p = 0.5) service_median,
        max(below + fraction * (above - below)) filter (where measure = 'SERVICE' and p = 0.9) service_p90,
        coalesce(max(within_standard) filter (where measure = 'SERVICE'), 0) within_standard
    from percentiles
    group by service_id, total
)
select f.*, d.wait_median, d.wait_p90, d.service_median, d.service_p90, coalesce(d.within_standard, 0) within_standard,
    p.code service_point_code, cast(s.prefix as varchar) prefix, s.name_th, s.name_en
from figures f
left join durations d on d.total = f.total and coalesce(d.service_id, 0) = coalesce(f.service_id, 0)
left join service s on s.id = f.service_id
left join service_point p on p.id = s.service_point_id
where f.total or f.issued > 0
order by f.total desc, p.code, s.prefix
