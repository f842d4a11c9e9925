-- Complaints per category and status (complaint/ComplaintStatistics; the report runs it twice, for the categories
-- other than corruption and for corruption alone). Parameters: :from, :to (timestamptz), :categories (a list of
-- category names), :servicePoint (bigint, null for all complaints, including those that name no service point).
select c.category, c.status, count(*) n
from complaint c
where c.created_at >= :from and c.created_at < :to and c.category in (:categories)
    and (cast(:servicePoint as bigint) is null or c.service_point_id = :servicePoint)
group by c.category, c.status
