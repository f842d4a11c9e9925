-- The queue statistics of the executive report (QueueStatistics) read the tickets issued in a half-year, for one
-- service point or the whole agency. Led by issued_at, one index serves both: the range picks the period out of
-- years of tickets, and the service point is filtered inside the index without visiting other points' rows.
create index ticket_issued on ticket (issued_at, service_point_id);

-- Calls out of order are a few rows among every action in the audit trail; the report lists them by time.
create index audit_entry_out_of_order on audit_entry (at) where action = 'CALL_OUT_OF_ORDER';
