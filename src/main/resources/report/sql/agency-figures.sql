-- The figures of a page of agencies of one period, computed from the tallies, for report/peers/AgencyFiguresPage to
-- keep (V25, agency_period_figures), which the peer benchmarks and the roll-ups read. It reads tables of the queue,
-- the survey and the complaints, as report queries may, and only their tallies: queue_day_tally and queue_day_minutes
-- (V21, the days folded so far), survey_month_answer (V13), and the complaints themselves (a few per agency). It runs
-- in the installation's scope (every agency).
-- Which agencies: the active ones whose kept figures of the period are missing, or when :stale also those older than
-- the tallies (the agency's queue_fold moved on within the period since), by id, :pageSize of them.
-- Parameters: :firstDay, :endDay (date, [firstDay, endDay) in Asia/Bangkok), :fromMonth, :toMonth (date, the months
-- of the same period), :stale (boolean), :pageSize (integer).
--
-- Rows of kind AGENCY carry the agency, the day of the period its tallies are folded through (null: none yet) and its
-- queue and complaint figures; rows of kind ANSWER one answer value of one survey item with its count (staff answers
-- left out, as in the report), with the item's definition from the agency's newest questionnaire version that has it,
-- for the report's own scoring (report/scoring) in Java.
with folded as (
    select agency_id,
        case when max(folded_through) >= :firstDay then least(max(folded_through), cast(:endDay as date) - 1) end
            folded_through
    from queue_fold
    group by agency_id
), matching as (
    select a.id, f.folded_through
    from agency a
    left join folded f on f.agency_id = a.id
    left join agency_period_figures k on k.agency_id = a.id and k.first_day = :firstDay and k.end_day = :endDay
    where a.active
        and (k.agency_id is null or (cast(:stale as boolean) and f.folded_through is not null
            and (k.folded_through is null or k.folded_through < f.folded_through)))
    order by a.id
    limit :pageSize
), standard as (
    select service_id, sum(standard_minutes) minutes from service_step group by service_id
), queue as (
    -- per agency (lateral), so an index range of each agency is read rather than the whole table (a page reads its
    -- agencies' rows only)
    select a.id agency_id, q.served, q.wait_n, q.wait_mean, q.standard_n
    from matching a
    cross join lateral (
        select sum(t.served) served, sum(t.wait_n) wait_n, sum(t.wait_sum) / nullif(sum(t.wait_n), 0) wait_mean,
            sum(t.service_n) filter (where st.minutes is not null) standard_n
        from queue_day_tally t
        left join standard st on st.service_id = t.service_id
        where t.agency_id = a.id and t.day >= :firstDay and t.day < :endDay
    ) q
), histogram as (
    select a.id agency_id, h.measure, h.minute, h.tickets, h.within_standard
    from matching a
    cross join lateral (
        select m.measure, m.minute, sum(m.tickets) tickets,
            sum(m.tickets) filter (where m.minute <= st.minutes) within_standard
        from queue_day_minutes m
        left join standard st on st.service_id = m.service_id
        where m.agency_id = a.id and m.day >= :firstDay and m.day < :endDay
        group by m.measure, m.minute
    ) h
), cumulative as (
    -- the median as queue-figures.sql takes it: each wait the middle of its minute, percentile_cont's position
    select agency_id, case when minute = 0 then 0 else minute - 0.5 end middle,
        sum(tickets) over (partition by agency_id order by minute) up_to, sum(tickets) over (partition by agency_id) n
    from histogram
    where measure = 'WAIT'
), median as (
    select agency_id, min(middle) filter (where up_to > floor(0.5 * (n - 1))) below,
        min(middle) filter (where up_to > ceil(0.5 * (n - 1))) above, max(0.5 * (n - 1) - floor(0.5 * (n - 1))) fraction
    from cumulative
    group by agency_id
), within as (
    select agency_id, sum(within_standard) within_standard from histogram where measure = 'SERVICE' group by agency_id
), complaints as (
    -- closed complaints filed in the period, by days from filing to the last change (the closing); the corruption
    -- channel is confidential and counted nowhere but its own agency's ended-period report
    select c.agency_id, count(*) closed,
        percentile_cont(0.5) within group (order by extract(epoch from c.updated_at - c.created_at) / 86400) close_median
    from complaint c
    join matching a on a.id = c.agency_id
    where c.category <> 'CORRUPTION' and c.status = 'CLOSED'
        and c.created_at >= cast(cast(:firstDay as date) as timestamp) at time zone 'Asia/Bangkok'
        and c.created_at < cast(cast(:endDay as date) as timestamp) at time zone 'Asia/Bangkok'
    group by c.agency_id
), definition as (
    select distinct on (q.agency_id, i.code) q.agency_id, i.code, i.parent_code, i.indicator, i.scale
    from questionnaire_item i
    join questionnaire q on q.id = i.questionnaire_id
    join matching a on a.id = q.agency_id
    where q.status <> 'DRAFT'
    order by q.agency_id, i.code, q.version desc
), answers as (
    select a.id agency_id, s.item_code, s.value, s.points, s.n
    from matching a
    cross join lateral (
        select s.item_code, s.value, s.points, sum(s.answers) n
        from survey_month_answer s
        where s.agency_id = a.id and s.month >= :fromMonth and s.month < :toMonth and s.mode <> 'STAFF'
        group by s.item_code, s.value, s.points
    ) s
)
select 'AGENCY' kind, a.id agency_id, a.folded_through, coalesce(q.served, 0) served, coalesce(q.wait_n, 0) wait_n,
    q.wait_mean, m.below + m.fraction * (m.above - m.below) wait_median, coalesce(q.standard_n, 0) standard_n,
    coalesce(w.within_standard, 0) within_standard, coalesce(c.closed, 0) closed, c.close_median,
    cast(null as varchar) item_code, cast(null as varchar) parent_code, cast(null as integer) indicator,
    cast(null as varchar) scale, cast(null as varchar) value, cast(null as integer) points, cast(null as bigint) n
from matching a
left join queue q on q.agency_id = a.id
left join median m on m.agency_id = a.id
left join within w on w.agency_id = a.id
left join complaints c on c.agency_id = a.id
union all
select 'ANSWER', s.agency_id, null, null, null, null, null, null, null, null, null, s.item_code, d.parent_code,
    d.indicator, d.scale, s.value, s.points, s.n
from answers s
join definition d on d.agency_id = s.agency_id and d.code = s.item_code
