-- Executive reports as they were generated: each snapshot keeps the report JSON exactly as serialized and its public
-- version, each with its SHA-256, so a report mailed or published can be shown again with the same figures and
-- checked against its hash. A regeneration adds a version; nothing is ever overwritten.

-- one row per scheduled run (a closed half-year), inserted by the one instance that does the run; the others see
-- the row and leave it. Mail is retried from here when it failed.
create table report_run (
    id            bigserial primary key,
    fiscal_year   integer      not null check (fiscal_year between 2543 and 2643),
    half          integer      not null check (half in (1, 2)),
    started_at    timestamptz  not null,
    -- the instance working on the run holds it until then; a run left by a stopped instance is taken over after it
    claimed_until timestamptz,
    snapshots_at  timestamptz,
    mailed_at     timestamptz,
    -- mailed, or given up on (no recipients configured, or every attempt failed): never tried again
    finished_at   timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000),
    unique (fiscal_year, half)
);

create table report_snapshot (
    id                bigserial primary key,
    -- a fiscal half or year, the periods an agency reports on (custom ranges are asked for, never kept)
    period_kind       varchar(6)   not null check (period_kind in ('HALF_1', 'HALF_2', 'YEAR')),
    -- Buddhist Era
    fiscal_year       integer      not null check (fiscal_year between 2543 and 2643),
    -- 1 or 2; null for the 12-month report
    half              integer check (half in (1, 2)),
    first_day         date         not null,
    last_day          date         not null check (last_day >= first_day),
    -- null: the whole agency
    service_point_id  bigint references service_point (id),
    service_point_code varchar(40),
    version           integer      not null check (version >= 1),
    generated_at      timestamptz  not null,
    triggered_by      varchar(8)   not null check (triggered_by in ('SCHEDULE', 'MANUAL')),
    generated_by      varchar(100) not null,
    run_id            bigint references report_run (id),
    report_json       text         not null,
    report_sha256     varchar(64)  not null check (length(report_sha256) = 64),
    public_json       text         not null,
    public_sha256     varchar(64)  not null check (length(public_sha256) = 64),
    check ((service_point_id is null) = (service_point_code is null))
);

-- versions count per period and scope; the key makes two regenerations at once take different versions or fail
create unique index report_snapshot_version
    on report_snapshot (period_kind, first_day, last_day, coalesce(service_point_id, 0), version);
create index report_snapshot_fiscal_year on report_snapshot (fiscal_year, half);
create index report_snapshot_run on report_snapshot (run_id);

-- a snapshot is evidence: what was mailed and published must stay as it was
create function report_snapshot_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'report_snapshot is append-only';
end;
$$;

create trigger report_snapshot_no_change before update or delete on report_snapshot
    for each row execute function report_snapshot_append_only();
