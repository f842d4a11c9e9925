-- QueueStatistics tells a ticket cancelled by the day end (audit action EXPIRE) from one cancelled by a person. With
-- only audit_entry_ticket, PostgreSQL answers that for a half-year by scanning the whole audit trail (12.5 million rows
-- in bench/report.sh: 0.75 s); the expiries alone are a small index it probes per cancelled ticket (24 ms).
create index audit_entry_expired on audit_entry (ticket_id) where action = 'EXPIRE';
