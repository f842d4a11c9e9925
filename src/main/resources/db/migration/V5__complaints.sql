-- Complaints (indicator 6 item 4, OIT O30). The complainant may stay anonymous: contact is optional
-- and nothing ties a complaint to a ticket, a survey or a network address.
create table complaint (
    id               bigserial primary key,
    tracking_code    varchar(14)   not null unique,
    category         varchar(20)   not null check (category in ('GENERAL', 'UNFAIR_SERVICE', 'CORRUPTION')),
    status           varchar(20)   not null check (status in ('RECEIVED', 'IN_PROGRESS', 'CLOSED')),
    text             varchar(4000) not null,
    contact          varchar(200),
    service_point_id bigint references service_point (id),
    public_answer    varchar(4000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);

create index complaint_created on complaint (created_at);
create index complaint_category_status on complaint (category, status, created_at);
