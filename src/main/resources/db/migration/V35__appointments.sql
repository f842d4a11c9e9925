-- Appointments (issue 19): a citizen books a slot of a service, checks in at the kiosk, and the ticket the check-in
-- issues (channel APPOINTMENT) is called at the slot's time (docs/appointments.md).

-- A row owned by an agency through a parent row (V20's pattern): agency_id filled by trigger from the parent, and the
-- agency isolation policy. One function, so a new table is one line and never a copy of the loop.
create function servicepoint_owned_through(owned text, parent text, parent_column text) returns void
language plpgsql as $$
begin
    execute format('alter table %I add column agency_id bigint not null default servicepoint_agency() '
        'references agency (id)', owned);
    if parent <> '' then
        execute format('create trigger %I before insert on %I for each row execute function agency_of_parent(%L, %L)',
            owned || '_agency', owned, parent, parent_column);
    end if;
    execute format('alter table %I enable row level security', owned);
    execute format($p$create policy agency_isolation on %I
        using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
        with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, owned);
end
$$;

-- Per service, off by default: the slot length (null: the service's published standard time, at least 5 minutes),
-- the share of each counter's time kept for walk-ins (percent), and how many days ahead one may book.
alter table service
    add column bookable         boolean not null default false,
    add column slot_minutes     integer check (slot_minutes between 5 and 480),
    add column walk_in_percent  integer not null default 50 check (walk_in_percent between 0 and 100),
    add column book_ahead_days  integer not null default 30 check (book_ahead_days between 1 and 366);

-- Per agency: after this many no-shows within the last book-block-days days, a contact or device may not book for
-- that many days (null: never blocked).
alter table agency
    add column booking_no_show_limit integer check (booking_no_show_limit > 0),
    add column booking_block_days    integer not null default 30 check (booking_block_days between 1 and 365);

-- Days an agency's service points take no bookings although they are open days (Thai public holidays, filled in by
-- the agency's administrator each year).
create table closed_day (
    id      bigserial    primary key,
    day     date         not null,
    name_th varchar(200) not null,
    name_en varchar(200) not null default ''
);
select servicepoint_owned_through('closed_day', '', '');
create unique index closed_day_agency_day on closed_day (agency_id, day);

-- One booking. The code is the citizen's unguessable key (typed at the kiosk or scanned from its QR). The contact is
-- optional, for reminders only, and cleared by the retention purge; its keyed hash stays for the per-contact cap and
-- the no-show record. The device hash is the SHA-256 of a random secret kept in the booking page's storage.
create table appointment (
    id               bigserial    primary key,
    service_point_id bigint       not null references service_point (id),
    service_id       bigint       not null references service (id),
    slot_start       timestamptz  not null,
    slot_end         timestamptz  not null check (slot_end > slot_start),
    code             varchar(16)  not null unique,
    status           varchar(20)  not null check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    contact          varchar(120),
    contact_hash     char(64),
    device_hash      char(64)     not null,
    booked_at        timestamptz  not null,
    ended_at         timestamptz,
    ticket_id        bigint       unique references ticket (id),
    check ((status = 'CHECKED_IN') = (ticket_id is not null)),
    check ((status = 'BOOKED') = (ended_at is null))
);
select servicepoint_owned_through('appointment', 'service_point', 'service_point_id');
create index appointment_service_slot on appointment (service_id, slot_start);
create index appointment_day on appointment (service_point_id, slot_start);
create index appointment_contact on appointment (contact_hash, booked_at) where contact_hash is not null;
create index appointment_device on appointment (device_hash, booked_at);

-- How many bookings each slot holds: booking raises it only while it is under the slot's places, in one statement,
-- so of two requests for the last place exactly one wins (the second waits for the first's row lock, then sees the
-- count it left). Cancelling lowers it.
create table appointment_slot (
    service_id bigint      not null references service (id),
    slot_start timestamptz not null,
    booked     integer     not null check (booked >= 0),
    primary key (service_id, slot_start)
);
select servicepoint_owned_through('appointment_slot', 'service', 'service_id');

-- The ticket of a checked-in appointment carries the slot's start, which the calling policy reads (queue knows
-- nothing else of appointments).
alter table ticket alter column channel type varchar(20);
alter table ticket drop constraint if exists ticket_channel_check;
alter table ticket add constraint ticket_channel_check
    check (channel in ('KIOSK', 'COUNTER', 'WEB', 'REMOTE', 'APPOINTMENT')) not valid;
alter table ticket validate constraint ticket_channel_check;
alter table ticket add column appointment_at timestamptz;
alter table ticket add constraint ticket_appointment_channel
    check ((channel = 'APPOINTMENT') = (appointment_at is not null)) not valid;
alter table ticket validate constraint ticket_appointment_channel;
create index ticket_waiting_appointment on ticket (service_id, business_day, appointment_at, queued_at, id)
    where status = 'WAITING' and appointment_at is not null;

-- The key of the contacts' hashes: a phone number has too few digits for a plain hash to hide it once the contact
-- itself is purged. In the database, so every instance hashes alike; gen_random_uuid draws from a cryptographic
-- source (2 × 122 bits).
create table booking_key (
    id     boolean primary key default true check (id),
    secret varchar(64) not null
);
insert into booking_key (secret)
values (replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));

-- An appointment's code names its agency in a public address (GET /api/v1/appointments/{appointmentCode} …), read
-- as appointment/BookingCodes reads what a person typed: no spaces or dashes, upper case, O, I and L as 0, 1 and 1.
create or replace function agency_of_any_public_key(name text, key text) returns bigint language sql stable as $$
    select case name
        when 'sp' then (select agency_id from service_point where code = key)
        when 'trackingToken' then (select agency_id from ticket where tracking_token = key)
        when 'token' then (select agency_id from survey_invitation where token = key)
        when 'posterToken' then (select agency_id from survey_poster where token = key)
        when 'trackingCode' then (select agency_id from complaint where tracking_code
            = regexp_replace(upper(regexp_replace(key, '[\s-]', '', 'g')), '(....)(?=.)', '\1-', 'g'))
        when 'appointmentCode' then (select agency_id from appointment where code
            = translate(upper(regexp_replace(key, '[\s-]', '', 'g')), 'OIL', '011'))
        when 'agency' then (select id from agency where code = key and active)
        when 'home' then (select min(id) from agency where active)
    end
$$;
