-- The latest :listed calls out of order of the executive report, from the audit trail (queue/QueueStatistics;
-- bench/report.sh runs this very file through psql); queue-figures.sql counts them all. Parameters: :from, :to
-- (timestamptz), :servicePoint (bigint, null for the whole agency), :listed (how many are listed).
select a.at, p.code service_point_code, k.number counter_number, t.number ticket_number, a.reason
from audit_entry a
join service_point p on p.id = a.service_point_id
join ticket t on t.id = a.ticket_id
left join counter k on k.id = a.counter_id
where a.action = 'CALL_OUT_OF_ORDER' and a.at >= :from and a.at < :to
    and (cast(:servicePoint as bigint) is null or a.service_point_id = :servicePoint)
order by a.at desc, a.id desc
limit :listed
