-- The measures register (มาตรการ): what the agency does about the items its executive report flagged, in the shape of
-- the seed's section 6 (มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | การกำกับติดตาม), with the progress recorded on
-- each so the next report can show it beside the item's new score.
create table measure (
    id               bigserial primary key,
    -- the report the measure answers: half 1, half 2 or the 12-month report of a fiscal year (Buddhist Era)
    fiscal_year      integer       not null check (fiscal_year between 2543 and 2643),
    period_kind      varchar(6)    not null check (period_kind in ('HALF_1', 'HALF_2', 'YEAR')),
    -- that period's Bangkok days, first_day up to end_exclusive, so a report selects measures by date
    first_day        date          not null,
    end_exclusive    date          not null check (end_exclusive > first_day),
    -- null: the whole agency
    service_point_id bigint references service_point (id),
    title_th         varchar(500)  not null,
    title_en         varchar(500),
    division_id      bigint references division (id),
    -- free text for units that are not one division, e.g. ทุกส่วนราชการที่มีงานให้บริการ
    responsible_text varchar(500),
    follow_up        varchar(1000) not null,
    due_date         date,
    status           varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    -- when it became DONE or DROPPED: a report leaves out measures finished before its period began
    finished_at      timestamptz,
    check (division_id is not null or responsible_text is not null),
    check ((status in ('DONE', 'DROPPED')) = (finished_at is not null))
);

create index measure_first_day on measure (first_day);

-- the questionnaire item and question codes (E1, E1.1 …) a measure addresses, in the order given
create table measure_item (
    measure_id bigint      not null references measure (id),
    position   integer     not null,
    item_code  varchar(20) not null,
    primary key (measure_id, position),
    unique (measure_id, item_code)
);

create index measure_item_code on measure_item (item_code);

-- ขั้นตอนหรือวิธีการ, numbered from 1
create table measure_step (
    measure_id bigint        not null references measure (id),
    position   integer       not null,
    text_th    varchar(1000) not null,
    primary key (measure_id, position)
);

create table measure_progress (
    id         bigserial primary key,
    measure_id bigint        not null references measure (id),
    at         timestamptz   not null,
    actor      varchar(100)  not null,
    -- the measure's status after this entry
    status     varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    note_th    varchar(2000) not null
);

create index measure_progress_measure on measure_progress (measure_id, at);

-- progress is history: what a past report showed must stay as it was
create function measure_progress_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'measure_progress is append-only';
end;
$$;

create trigger measure_progress_no_change before update or delete on measure_progress
    for each row execute function measure_progress_append_only();
