-- Queue core: sites, catalog, security, tickets, numbering and the audit trail.
-- All instants are timestamptz (UTC); business days are dates in the service point's time zone.

create table service_point (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name_th     varchar(200) not null,
    name_en     varchar(200) not null,
    address     varchar(500),
    time_zone   varchar(64)  not null default 'Asia/Bangkok',
    opens_at    time         not null default '08:30',
    closes_at   time         not null default '16:30',
    open_days   varchar(40)  not null default 'MON,TUE,WED,THU,FRI'
);

create table division (
    id      bigserial primary key,
    code    varchar(40)  not null unique,
    name_th varchar(200) not null,
    name_en varchar(200) not null
);

create table service (
    id               bigserial primary key,
    service_point_id bigint       not null references service_point (id),
    prefix           char(1)      not null check (prefix ~ '^[A-Z]$'),
    name_th          varchar(200) not null,
    name_en          varchar(200) not null,
    division_id      bigint references division (id),
    daily_cap        integer check (daily_cap > 0),
    active           boolean      not null default true,
    unique (service_point_id, prefix)
);

create table service_step (
    id               bigserial primary key,
    service_id       bigint       not null references service (id) on delete cascade,
    position         integer      not null,
    title_th         varchar(300) not null,
    title_en         varchar(300) not null,
    standard_minutes integer      not null check (standard_minutes >= 0),
    unique (service_id, position)
);

create table app_user (
    id            bigserial primary key,
    username      varchar(60)  not null unique,
    password_hash varchar(100) not null,
    roles         varchar(200) not null,
    display_name  varchar(200) not null,
    active        boolean      not null default true
);

create table device_key (
    id               bigserial primary key,
    name             varchar(200) not null,
    kind             varchar(20)  not null check (kind in ('KIOSK', 'DISPLAY')),
    key_hash         char(64)     not null unique,
    service_point_id bigint references service_point (id),
    active           boolean      not null default true,
    created_at       timestamptz  not null
);

create table counter (
    id                   bigserial primary key,
    service_point_id     bigint       not null references service_point (id),
    number               integer      not null check (number > 0),
    name                 varchar(200) not null,
    status               varchar(10)  not null default 'CLOSED' check (status in ('OPEN', 'PAUSED', 'CLOSED')),
    clerk_id             bigint references app_user (id),
    -- calls made since the last priority call; null until the first call (priority may go first)
    calls_since_priority integer,
    unique (service_point_id, number)
);

create table counter_service (
    counter_id bigint not null references counter (id) on delete cascade,
    service_id bigint not null references service (id),
    primary key (counter_id, service_id)
);

-- the last number taken per service and business day; the upsert's row lock serializes issuing
create table ticket_sequence (
    service_id   bigint  not null references service (id),
    business_day date    not null,
    last_seq     integer not null,
    primary key (service_id, business_day)
);

create table ticket (
    id                     bigserial primary key,
    service_point_id       bigint      not null references service_point (id),
    service_id             bigint      not null references service (id),
    numbered_by_service_id bigint      not null references service (id),
    business_day           date        not null,
    seq                    integer     not null,
    number                 varchar(8)  not null,
    priority               varchar(10) not null check (priority in ('NORMAL', 'ELDERLY', 'DISABLED', 'PREGNANT', 'MONK')),
    channel                varchar(10) not null check (channel in ('KIOSK', 'COUNTER', 'WEB')),
    status                 varchar(10) not null check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED')),
    tracking_token         varchar(43) not null unique,
    issued_at              timestamptz not null,
    -- the arrival time that orders the queue; kept on transfer and on reactivation
    queued_at              timestamptz not null,
    estimated_wait_minutes integer     not null,
    counter_id             bigint references counter (id),
    clerk_id               bigint references app_user (id),
    called_at              timestamptz,
    call_count             integer     not null default 0,
    serving_started_at     timestamptz,
    finished_at            timestamptz,
    unique (numbered_by_service_id, business_day, seq)
);

create index ticket_waiting on ticket (service_id, queued_at, id) where status = 'WAITING';
create index ticket_at_counter on ticket (counter_id) where status in ('CALLED', 'SERVING');
create index ticket_recent_done on ticket (service_id, finished_at) where status = 'DONE';
create index ticket_day on ticket (service_point_id, business_day);

create table audit_entry (
    id               bigserial primary key,
    at               timestamptz  not null,
    actor            varchar(100) not null,
    user_id          bigint references app_user (id),
    device_id        bigint references device_key (id),
    action           varchar(40)  not null,
    service_point_id bigint references service_point (id),
    counter_id       bigint references counter (id),
    ticket_id        bigint references ticket (id),
    reason           varchar(500),
    detail           varchar(1000)
);

create index audit_entry_ticket on audit_entry (ticket_id);
create index audit_entry_at on audit_entry (service_point_id, at);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
