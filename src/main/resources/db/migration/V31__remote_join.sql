-- Joining from a phone (issue 18): a service may let citizens who are not in the hall yet take a normal ticket of
-- channel REMOTE through the public join page, within limits (queue/RemoteJoining, docs/api.md "Joining from a phone").

-- REMOTE beside the other channels. V30 (the companion) may have widened the same check already: dropping it by name
-- and adding it again leaves one check whichever ran it first. NOT VALID, then VALIDATE: the scan of existing tickets
-- does not hold off issuing.
alter table ticket drop constraint if exists ticket_channel_check;
alter table ticket add constraint ticket_channel_check
    check (channel in ('KIOSK', 'COUNTER', 'WEB', 'REMOTE')) not valid;
alter table ticket validate constraint ticket_channel_check;

-- Per service, off by default. A day's remote tickets are limited by a share of the daily cap (percent, rounded down)
-- and/or an absolute maximum; a service with no daily cap must have the maximum (catalog/RemoteJoin). An optional
-- window (time of day in the service point's zone, within its opening hours) narrows when joining is open.
alter table service
    add column remote_join          boolean  not null default false,
    add column remote_share_percent integer  check (remote_share_percent between 1 and 100),
    add column remote_daily_max     integer  check (remote_daily_max > 0),
    add column remote_opens_at      time,
    add column remote_closes_at     time,
    add constraint service_remote_window check ((remote_opens_at is null) = (remote_closes_at is null)
        and (remote_opens_at is null or remote_opens_at < remote_closes_at)),
    add constraint service_remote_limit check (not remote_join or remote_daily_max is not null
        or (daily_cap is not null and remote_share_percent is not null));

-- The device a remote ticket was issued to, known only by the SHA-256 of the random secret the join page keeps in the
-- phone's storage: one active remote ticket per device (WAITING, CALLED, or NO_SHOW within the reactivation window).
-- The secret itself is never stored. A row of its own rather than a ticket column: the ticket table stays as it is for
-- every kiosk ticket, and the retention purge of tokens does not need to know about it.
create table remote_ticket (
    ticket_id   bigint   primary key references ticket (id),
    device_hash char(64) not null
);
create index remote_ticket_device on remote_ticket (device_hash);

-- owned by agencies like the tickets (V20): the ticket's agency by trigger, the same policy
do $tables$
declare
    t text;
begin
    foreach t in array array['remote_ticket'] loop
        execute format('alter table %I add column agency_id bigint not null default servicepoint_agency() '
            'references agency (id)', t);
        execute format('create trigger %I before insert on %I for each row '
            'execute function agency_of_parent(%L, %L)', t || '_agency', t, 'ticket', 'ticket_id');
        execute format('alter table %I enable row level security', t);
        execute format($p$create policy agency_isolation on %I
            using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
            with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, t);
    end loop;
end
$tables$;
