-- Whether a service point's kiosks issue tickets outside its opening hours (opens_at–closes_at on open_days). Off by
-- default: outside hours a kiosk explains when the office opens and issues nothing. An agency whose citizens queue
-- before the doors open turns it on; the tickets wait and are called once counters open. Staff issue at any time.
alter table service_point add column issue_outside_hours boolean not null default false;
