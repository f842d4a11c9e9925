-- A piece of the survey statements (survey-totals-from-*.sql): the total alone, in the rows of
-- survey-tallies-of-cells.sql, for the period a report compares with; without staff.
select cast(null as varchar) breakdown, cast(null as varchar) group_key,
    cast(null as varchar) service_point_code, cast(null as varchar) name_th, cast(null as varchar) name_en,
    item_code, value, points, sum(n) n
from cell
where mode <> 'STAFF'
group by item_code, value, points
