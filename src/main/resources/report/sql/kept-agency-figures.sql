-- The kept figures of many agencies of one period (V25, kept by report/peers/KeptAgencyFigures), with each agency's
-- name, class and province from the directory, for the roll-ups and the peer benchmarks (report/peers/
-- AgencyFiguresQuery). Rows of inactive agencies are left out.
-- Which agencies: the active ones the connection's scope reads (row-level security holds the kept rows; it does not
-- hold the agency directory, so the scope is asked here too: a provincial account gets its province's), of the class
-- of agency :sameClassAs and in :province when given, by province and code, :limit (null: all) from :offset.
-- Parameters: :firstDay, :endDay (date, the period), :sameClassAs (bigint or null), :province (varchar or null),
-- :limit (integer or null), :offset (integer).
select a.id agency_id, a.code, a.name_th, a.name_en, a.agency_class, a.province, count(*) over () matching,
    k.folded_through, k.computed_at, k.served, k.wait_n, k.wait_median, k.wait_mean, k.standard_n,
    k.within_standard_percent, k.complaints_closed, k.close_median_days, cast(k.items as text) items, k.eit_n,
    k.eit_score
from agency a
join agency_period_figures k on k.agency_id = a.id and k.first_day = :firstDay and k.end_day = :endDay
where a.active
    and ((select servicepoint_sees_all()) or a.id = any (coalesce((select servicepoint_agencies()), '{}')))
    and (cast(:sameClassAs as bigint) is null
        or a.agency_class = (select c.agency_class from agency c where c.id = :sameClassAs))
    and (cast(:province as varchar) is null or a.province = :province)
order by a.province, a.code
limit cast(:limit as integer) offset :offset
