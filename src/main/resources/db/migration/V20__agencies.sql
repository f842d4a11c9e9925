-- Many agencies in one installation (issue 17). An agency owns its service points, divisions, services, counters,
-- staff, device keys, questionnaires, complaints, measures, tickets, survey answers and reports. Every table holding
-- such rows gets agency_id, and PostgreSQL's row-level security keeps agencies apart: a query that forgets its
-- `where` still sees only the agencies of the request (docs/security.md, "Agencies").
--
-- The scope of a request lives in three settings of the connection, set by the application every time it takes a
-- connection from its pool (common/AgencyScopedConnections) through servicepoint_enter_scope below:
--   servicepoint.agency    the one agency rows are written for ('' when the scope is several agencies or none)
--   servicepoint.agencies  the agencies whose rows may be read: a comma-separated list of ids, '*' for all, '' none
--   servicepoint.corruption 'on' only where corruption complaints may be read (that agency's complaint officers)
-- A connection with no scope sees nothing.

create table agency (
    id           bigserial primary key,
    -- short and stable, for URLs and the platform's lists: 'pao-demo', 'sao-bang-rak'
    code         varchar(40)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name_th      varchar(200) not null,
    name_en      varchar(200) not null,
    -- อบจ. / ทน. / ทม. / ทต. / อบต. / other: peers are agencies of the same class
    agency_class varchar(30)  not null check (agency_class in ('PAO', 'CITY', 'TOWN', 'SUBDISTRICT_MUNICIPALITY',
                                                               'SAO', 'OTHER')),
    province     varchar(100) not null,
    district     varchar(100),
    active       boolean      not null default true,
    created_at   timestamptz  not null default now()
);
create index agency_province on agency (province);

-- the agency of a single-agency installation: every existing row belongs to it; its admin renames it
insert into agency (id, code, name_th, name_en, agency_class, province)
values (1, 'agency', 'หน่วยงาน', 'Agency', 'OTHER', '');
select setval(pg_get_serial_sequence('agency', 'id'), 1);

create function servicepoint_agency() returns bigint language sql stable as $$
    select nullif(current_setting('servicepoint.agency', true), '')::bigint
$$;

create function servicepoint_sees_all() returns boolean language sql stable as $$
    select coalesce(current_setting('servicepoint.agencies', true) = '*', false)
$$;

create function servicepoint_agencies() returns bigint[] language sql stable as $$
    select case when coalesce(current_setting('servicepoint.agencies', true), '') in ('', '*') then '{}'::bigint[]
                else string_to_array(current_setting('servicepoint.agencies', true), ',')::bigint[] end
$$;

-- A superuser, or a role with BYPASSRLS, is never held by a policy (the embedded PostgreSQL connects as one): such a
-- connection takes on this role for its work. The application's own role (docs/operations.md, "Database roles")
-- owns nothing and is held by the policies as it is. The owner of the tables is not held (no FORCE): it migrates,
-- and backs up and restores with pg_dump and pg_restore, which refuse tables whose policies would hold them; an
-- installation that runs the service as the owner itself must run it as a superuser or separate the two roles.
do $role$
begin
    if not exists (select 1 from pg_roles where rolname = 'servicepoint_scoped')
       and exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
        create role servicepoint_scoped nologin nobypassrls;
    end if;
end
$role$;

-- A row that hangs off another takes that one's agency, whatever the scope says: a ticket is its service point's, an
-- answer its response's. tg_argv holds pairs (parent table, column of the new row naming it); the first set one wins.
create function agency_of_parent() returns trigger language plpgsql as $$
declare
    row_values jsonb := to_jsonb(new);
    i          integer := 0;
    parent_id  text;
begin
    while i < tg_nargs loop
        parent_id := row_values ->> tg_argv[i + 1];
        if parent_id is not null then
            execute format('select agency_id from %I where id = $1', tg_argv[i]) into new.agency_id
                using parent_id::bigint;
            return new;
        end if;
        i := i + 2;
    end loop;
    return new;
end
$$;

do $tables$
declare
    -- table, then its parents as (table, column) pairs; none: the row takes the scope's agency
    owned text[][] := array[
        array['service_point', '', '', '', ''],
        array['division', '', '', '', ''],
        array['app_user', '', '', '', ''],
        array['device_key', '', '', '', ''],
        array['questionnaire', '', '', '', ''],
        array['complaint', '', '', '', ''],
        array['measure', '', '', '', ''],
        array['report_run', '', '', '', ''],
        array['report_snapshot', '', '', '', ''],
        array['survey_item_asked', '', '', '', ''],
        array['service', 'service_point', 'service_point_id', '', ''],
        array['service_step', 'service', 'service_id', '', ''],
        array['counter', 'service_point', 'service_point_id', '', ''],
        array['counter_service', 'counter', 'counter_id', '', ''],
        array['questionnaire_item', 'questionnaire', 'questionnaire_id', '', ''],
        array['measure_item', 'measure', 'measure_id', '', ''],
        array['measure_step', 'measure', 'measure_id', '', ''],
        array['measure_progress', 'measure', 'measure_id', '', ''],
        array['ticket', 'service_point', 'service_point_id', '', ''],
        array['ticket_sequence', 'service', 'service_id', '', ''],
        array['survey_invitation', 'ticket', 'ticket_id', '', ''],
        array['survey_response', 'survey_invitation', 'invitation_id', 'survey_poster', 'poster_id'],
        array['survey_answer', 'survey_response', 'response_id', '', ''],
        array['survey_poster', 'counter', 'counter_id', '', ''],
        array['survey_month_response', 'service_point', 'service_point_id', '', ''],
        array['survey_month_answer', 'service_point', 'service_point_id', '', '']];
    t       text[];
    parents text;
begin
    foreach t slice 1 in array owned loop
        -- a constant default fills the existing rows without rewriting the table; new rows then take the scope's
        execute format('alter table %I add column agency_id bigint not null default 1 references agency (id)', t[1]);
        execute format('alter table %I alter column agency_id set default servicepoint_agency()', t[1]);
        if t[2] <> '' then
            parents := quote_literal(t[2]) || ', ' || quote_literal(t[3]);
            if t[4] <> '' then
                parents := parents || ', ' || quote_literal(t[4]) || ', ' || quote_literal(t[5]);
            end if;
            execute format('create trigger %I before insert on %I for each row execute function agency_of_parent(%s)',
                t[1] || '_agency', t[1], parents);
        end if;
        execute format('alter table %I enable row level security', t[1]);
        -- (select …) makes each an InitPlan: evaluated once per statement, not once per row
        execute format($p$create policy agency_isolation on %I
            using ((select servicepoint_sees_all()) or agency_id = any (coalesce((select servicepoint_agencies()), '{}')))
            with check ((select servicepoint_sees_all()) or agency_id = (select servicepoint_agency()))$p$, t[1]);
    end loop;
end
$tables$;

-- what a public address names, by the name of its path parameter: a service point's code, a ticket's tracking
-- token, a survey invitation's or poster's token, a complaint's tracking code, an agency's code; 'home' is the
-- installation's home agency (the first), for public addresses that name none. Null when nothing has that key.
create function agency_of_public_key(name text, key text) returns bigint language sql stable as $$
    select case name
        when 'sp' then (select agency_id from service_point where code = key)
        when 'trackingToken' then (select agency_id from ticket where tracking_token = key)
        when 'token' then (select agency_id from survey_invitation where token = key)
        when 'posterToken' then (select agency_id from survey_poster where token = key)
        -- as complaint/CodeShape stores what a person typed: no spaces or dashes, upper case, groups of four
        when 'trackingCode' then (select agency_id from complaint where tracking_code
            = regexp_replace(upper(regexp_replace(key, '[\s-]', '', 'g')), '(....)(?=.)', '\1-', 'g'))
        when 'agency' then (select id from agency where code = key and active)
        when 'home' then (select min(id) from agency where active)
    end
$$;

create function servicepoint_enter_scope(agency bigint, agencies text, corruption boolean, key_name text,
                                         key_value text) returns void
language plpgsql as $$
begin
    if key_name is not null then
        -- the key is looked up across agencies; the scope is then its agency alone
        perform set_config('servicepoint.agencies', '*', false);
        agency := agency_of_public_key(key_name, key_value);
        agencies := coalesce(agency::text, '');
    end if;
    perform set_config('servicepoint.agency', coalesce(agency::text, ''), false);
    perform set_config('servicepoint.agencies', coalesce(agencies, ''), false);
    perform set_config('servicepoint.corruption', case when corruption then 'on' else 'off' end, false);
    if exists (select 1 from pg_roles where rolname = session_user and (rolsuper or rolbypassrls))
       and exists (select 1 from pg_roles where rolname = 'servicepoint_scoped') then
        perform set_config('role', 'servicepoint_scoped', false);
    end if;
end
$$;

-- platform and provincial accounts belong to no agency
alter table app_user alter column agency_id drop not null;
alter table app_user add column province varchar(100);

-- corruption complaints: only where the scope says so, whoever else may read the agency's complaints
create policy corruption_confidential on complaint as restrictive
    using (category <> 'CORRUPTION' or coalesce(current_setting('servicepoint.corruption', true), '') = 'on');

-- what was unique in the installation is unique in its agency
alter table division drop constraint division_code_key;
alter table division add constraint division_code_key unique (agency_id, code);
alter table questionnaire drop constraint questionnaire_version_key;
alter table questionnaire add constraint questionnaire_version_key unique (agency_id, version);
drop index questionnaire_one_published;
create unique index questionnaire_one_published on questionnaire (agency_id) where status = 'PUBLISHED';
alter table report_run drop constraint report_run_fiscal_year_half_key;
alter table report_run add constraint report_run_fiscal_year_half_key unique (agency_id, fiscal_year, half);
drop index report_snapshot_version;
create unique index report_snapshot_version
    on report_snapshot (agency_id, period_kind, first_day, last_day, coalesce(service_point_id, 0), version);
alter table survey_item_asked drop constraint survey_item_asked_pkey;
alter table survey_item_asked add primary key (agency_id, half_start, item_code);

create index app_user_agency on app_user (agency_id);
create index complaint_agency on complaint (agency_id);
create index service_point_agency on service_point (agency_id);
