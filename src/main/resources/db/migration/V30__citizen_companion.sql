-- The citizen's companion (issue 18): whoever follows a ticket on LINE, by web push or by SMS, and what they are told.
--
-- A follower holds the address the companion reaches a citizen at (a LINE user id, a push subscription, a phone
-- number) for one ticket, or for one complaint (LINE only: its status changes), and nothing else about the person;
-- the retention purge clears it with the ticket's tracking token or the complaint's contact (notify/FollowerPurge).
-- Notices are an outbox: they are written in the transaction of the queue change that
-- causes them, so a change rolled back tells nobody, and any instance delivers them (notify/NoticeDispatcher), each
-- once: a row is claimed before it is sent and marked sent after, and a LINE push carries the notice's retry key, with
-- which LINE refuses a second delivery of the same push.
create table ticket_follower (
    id           bigserial primary key,
    ticket_id    bigint      references ticket (id),
    complaint_id bigint      references complaint (id),
    -- the ticket's, so that a queue change finds whether anyone follows a ticket of its service point that day
    service_point_id bigint  references service_point (id),
    business_day date,
    channel      varchar(8)  not null check (channel in ('LINE', 'WEB_PUSH', 'SMS')),
    address      text,
    -- SMS: the number's keyed hash, kept after the number is cleared so its limits still hold (notify/SmsChannel)
    address_hash varchar(64),
    created_at   timestamptz not null,
    stopped_at   timestamptz,
    check (case when ticket_id is null then complaint_id is not null and service_point_id is null
                else complaint_id is null and service_point_id is not null and business_day is not null end)
);

create index ticket_follower_ticket on ticket_follower (ticket_id) where stopped_at is null;
create index ticket_follower_day on ticket_follower (service_point_id, business_day) where stopped_at is null;
create index ticket_follower_line_user on ticket_follower (address) where channel = 'LINE' and stopped_at is null;
create unique index ticket_follower_once on ticket_follower (ticket_id, channel, md5(address))
    where stopped_at is null and ticket_id is not null;
create unique index ticket_follower_complaint_once on ticket_follower (complaint_id, channel, md5(address))
    where stopped_at is null and complaint_id is not null;

create table notice (
    id               bigserial primary key,
    follower_id      bigint      not null references ticket_follower (id),
    -- what it is about: a ticket, or a complaint
    ticket_id        bigint      references ticket (id),
    complaint_id     bigint      references complaint (id),
    kind             varchar(16) not null
        check (kind in ('LINKED', 'CALL_AHEAD', 'CALLED', 'TRANSFERRED', 'SURVEY', 'COMPLAINT_STATUS')),
    -- one notice per follower and key: the same queue event seen twice writes nothing the second time
    dedupe_key       varchar(64) not null,
    text_th          text        not null,
    text_en          text        not null,
    url              text,
    offers_more_time boolean     not null default false,
    -- when the queue change happened; delivery latency is sent_at - event_at (bench/companion.sh)
    event_at         timestamptz not null,
    created_at       timestamptz not null default now(),
    retry_key        uuid        not null default gen_random_uuid(),
    state            varchar(12) not null default 'PENDING'
        check (state in ('PENDING', 'SENT', 'FAILED', 'OVER_BUDGET', 'GONE')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    claimed_until    timestamptz,
    sent_at          timestamptz,
    unique (follower_id, dedupe_key)
);

create index notice_due on notice (next_attempt_at) where state = 'PENDING';
create index notice_ticket on notice (ticket_id, kind);
create index ticket_follower_complaint on ticket_follower (complaint_id) where stopped_at is null;

-- the one-time code a citizen sends the agency's LINE account to follow a ticket; a new one is made once it is used
create table line_link_code (
    code       varchar(16) primary key,
    ticket_id  bigint      not null references ticket (id),
    created_at timestamptz not null,
    used_at    timestamptz
);

create unique index line_link_code_open on line_link_code (ticket_id) where used_at is null;

-- service points whose waiting tickets may have come near enough to be told (call-ahead): written by queue changes,
-- taken by the dispatcher
create table call_ahead_check (
    service_point_id bigint      primary key references service_point (id),
    business_day     date        not null,
    requested_at     timestamptz not null
);

do $tables$
declare
    owned text[][] := array[
        array['ticket_follower', 'ticket', 'ticket_id', 'complaint', 'complaint_id'],
        array['notice', 'ticket', 'ticket_id', 'complaint', 'complaint_id'],
        array['line_link_code', 'ticket', 'ticket_id', '', ''],
        array['call_ahead_check', 'service_point', 'service_point_id', '', '']];
    t     text[];
begin
    foreach t slice 1 in array owned loop
        execute format('alter table %I add column agency_id bigint not null default servicepoint_agency() '
            'references agency (id)', t[1]);
        execute format('create trigger %I before insert on %I for each row execute function agency_of_parent(%s)',
            t[1] || '_agency', t[1], quote_literal(t[2]) || ', ' || quote_literal(t[3])
                || case when t[4] <> '' then ', ' || quote_literal(t[4]) || ', ' || quote_literal(t[5]) else '' end);
        execute format('alter table %I enable row level security', t[1]);
        execute format($p$create policy agency_isolation on %I
            using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
            with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, t[1]);
    end loop;
end
$tables$;

-- pushes sent through the installation's LINE Official Account in each month (Asia/Bangkok), against the monthly
-- budget of its plan (servicepoint.notify.line.monthly-push-budget); replies are free and not counted. The account is
-- the installation's, not an agency's, so this table has no agency.
create table line_push_month (
    month  date    primary key,
    pushes integer not null
);

-- when to tell a citizen their turn is near: this many tickets ahead, or an estimate this many minutes away (null: not
-- by that measure; both null: no call-ahead for the service)
alter table service add column call_ahead_tickets integer default 3 check (call_ahead_tickets between 0 and 50);
alter table service add column call_ahead_minutes integer default 15 check (call_ahead_minutes between 1 and 240);

-- "a few more minutes": when the citizen asked, once per ticket (queue/CitizenRequests)
alter table ticket add column more_time_at timestamptz;
