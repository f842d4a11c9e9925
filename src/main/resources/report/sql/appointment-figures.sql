-- The appointment figures of the executive report per service and in total (report/aggregate/AppointmentStatistics).
-- Parameters: :from, :to (timestamptz), :servicePoint (bigint, null for the whole agency), :now (timestamptz, the
-- report's clock: a BOOKED appointment whose slot ended by then was missed). Columns are read by name.
--
-- Reads appointment/'s table `appointment` and queue/'s `ticket` (a report may read any feature's tables), straight
-- from the rows: the queue's daily tallies do not tell walk-ins from appointment tickets. The retention purge clears
-- only contacts and tokens, never a row, so the figures of a past period stay; a closed half keeps them with its other
-- figures (kept_half_report). An appointment belongs to the period by its slot's start, a walk-in ticket by issued_at
-- (as in the queue figures). Only the services that had appointment tickets in the period are read for walk-ins, so a
-- period or agency without appointments reads no ticket at all (indexes appointment_day, V35, and ticket_day, V1).
with scope as (
    select id service_point_id from service_point
    where cast(:servicePoint as bigint) is null or id = :servicePoint
), booking as (
    -- lateness: minutes from the slot's start to the (last) call of the check-in's ticket, 0 when called at or before;
    -- null when never called (greatest alone would make that 0 too, as it skips nulls)
    select a.service_point_id, a.service_id, a.status, a.slot_end <= :now slot_over,
        case when t.called_at is not null then greatest(0,
            cast(extract(epoch from t.called_at - t.appointment_at) as double precision) / 60) end lateness,
        t.business_day
    from scope s
    join appointment a on a.service_point_id = s.service_point_id and a.slot_start >= :from and a.slot_start < :to
    left join ticket t on t.id = a.ticket_id
), appointment_day as (
    select distinct service_point_id, service_id, business_day from booking where business_day is not null
), walk_in as (
    select t.service_id, cast(extract(epoch from t.called_at - t.queued_at) as double precision) / 60 wait,
        exists (select 1 from appointment_day d where d.service_id = t.service_id
            and d.business_day = t.business_day) appointment_day
    from (select distinct service_point_id from appointment_day) s
    -- offset 0: one index range scan per service point, as in queue-day-tickets.sql
    cross join lateral (select * from ticket t where t.service_point_id = s.service_point_id
        and t.business_day >= cast(cast(:from as timestamptz) at time zone 'Asia/Bangkok' as date)
        and t.business_day <= cast(cast(:to as timestamptz) at time zone 'Asia/Bangkok' as date) offset 0) t
    where t.issued_at >= :from and t.issued_at < :to and t.channel <> 'APPOINTMENT' and t.called_at is not null
        and t.service_id in (select service_id from appointment_day)
), booking_figures as (
    select service_id, grouping(service_id) = 1 total, count(*) booked,
        count(*) filter (where status = 'CHECKED_IN') kept,
        count(*) filter (where status = 'CANCELLED') cancelled,
        count(*) filter (where status = 'NO_SHOW' or status = 'BOOKED' and slot_over) missed,
        count(*) filter (where status = 'BOOKED' and not slot_over) upcoming,
        count(lateness) called,
        percentile_cont(0.5) within group (order by lateness) lateness_median,
        percentile_cont(0.9) within group (order by lateness) lateness_p90,
        count(*) filter (where lateness <= 10) within_ten
    from booking group by grouping sets ((service_id), ())
), walk_in_figures as (
    select service_id, grouping(service_id) = 1 total,
        count(*) filter (where appointment_day) with_n,
        percentile_cont(0.5) within group (order by wait) filter (where appointment_day) with_median,
        count(*) filter (where not appointment_day) without_n,
        percentile_cont(0.5) within group (order by wait) filter (where not appointment_day) without_median
    from walk_in group by grouping sets ((service_id), ())
)
select coalesce(b.service_id, w.service_id) service_id, coalesce(b.total, w.total) total,
    coalesce(b.booked, 0) booked, coalesce(b.kept, 0) kept, coalesce(b.cancelled, 0) cancelled,
    coalesce(b.missed, 0) missed, coalesce(b.upcoming, 0) upcoming, coalesce(b.called, 0) called,
    b.lateness_median, b.lateness_p90, coalesce(b.within_ten, 0) within_ten, coalesce(w.with_n, 0) with_n,
    w.with_median, coalesce(w.without_n, 0) without_n, w.without_median, p.code service_point_code,
    cast(s.prefix as varchar) prefix, s.name_th, s.name_en
from booking_figures b
full join walk_in_figures w on w.total = b.total and coalesce(w.service_id, 0) = coalesce(b.service_id, 0)
left join service s on s.id = coalesce(b.service_id, w.service_id)
left join service_point p on p.id = s.service_point_id
order by 2 desc, p.code, s.prefix
