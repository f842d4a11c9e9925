-- A piece of the survey statements (survey-tallies-from-*.sql): the cells rolled up with grouping sets into the total
-- and every breakdown. Rows: breakdown (null for the total), group_key, service_point_code, names, item_code (null on
-- the row counting the responses), value, points, n. Answers from staff (mode STAFF) count only in their own mode
-- row: never in the total or any other breakdown.
, rolled as (
    select case when grouping(c.service_id) = 0 then 'SERVICE' when grouping(c.counter_id) = 0 then 'COUNTER'
            when grouping(s.division_id) = 0 then 'DIVISION' when grouping(c.clerk_id) = 0 then 'CLERK'
            end breakdown,
        coalesce(c.service_id, c.counter_id, s.division_id, c.clerk_id) id, cast(null as varchar) mode,
        c.item_code, c.value, c.points, sum(c.n) n
    from cell c left join service s on s.id = c.service_id
    where c.mode <> 'STAFF'
    group by grouping sets ((c.item_code, c.value, c.points),
        (c.service_id, c.item_code, c.value, c.points), (c.counter_id, c.item_code, c.value, c.points),
        (s.division_id, c.item_code, c.value, c.points), (c.clerk_id, c.item_code, c.value, c.points))
    union all
    select 'MODE', null, c.mode, c.item_code, c.value, c.points, sum(c.n)
    from cell c
    group by c.mode, c.item_code, c.value, c.points
)
select x.breakdown,
    case x.breakdown when 'SERVICE' then cast(s.prefix as varchar) when 'COUNTER' then cast(k.number as varchar)
        when 'DIVISION' then d.code when 'CLERK' then u.username else x.mode end group_key,
    coalesce(ssp.code, ksp.code) service_point_code,
    coalesce(s.name_th, k.name, d.name_th, u.display_name) name_th,
    coalesce(s.name_en, 'Counter ' || k.number, d.name_en, u.display_name) name_en,
    x.item_code, x.value, x.points, x.n
from rolled x
left join service s on x.breakdown = 'SERVICE' and s.id = x.id
left join service_point ssp on ssp.id = s.service_point_id
left join counter k on x.breakdown = 'COUNTER' and k.id = x.id
left join service_point ksp on ksp.id = k.service_point_id
left join division d on x.breakdown = 'DIVISION' and d.id = x.id
left join app_user u on x.breakdown = 'CLERK' and u.id = x.id
order by x.breakdown nulls first, service_point_code, s.prefix, k.number, d.code, u.display_name, u.username,
    x.mode, x.item_code nulls first, x.value, x.points
