-- Benchmark fixture on top of the demo data: 20 service points (pao-hq and sp-2 … sp-20), four services
-- each, one counter per service, open, with its own signed-in clerk (password "clerk"), and a kiosk key
-- "bench-kiosk" valid at every service point. All of it belongs to the home agency (V20): a row that names no parent
-- takes the agency of the connection's scope, which psql has to set itself.
select set_config('servicepoint.agency', '1', false);
-- they issue at any hour (V19), as the demo service point does: otherwise a run outside 08:30–16:30 Bangkok time
-- measures the 409 OUTSIDE_OPENING_HOURS answers of 19 of the 20 service points instead of issuing
insert into service_point (code, name_th, name_en, issue_outside_hours)
select 'sp-' || g, 'จุดบริการ ' || g, 'Service point ' || g, true from generate_series(2, 20) g;

insert into service (service_point_id, prefix, name_th, name_en)
select sp.id, p.prefix, 'งาน ' || p.prefix, 'Service ' || p.prefix
from service_point sp cross join (values ('A'), ('B'), ('C'), ('D')) p (prefix)
where sp.code like 'sp-%';

insert into service_step (service_id, position, title_th, title_en, standard_minutes)
select s.id, 1, 'ให้บริการ', 'Service', 10 from service s
join service_point sp on sp.id = s.service_point_id where sp.code like 'sp-%';

insert into counter (service_point_id, number, name)
select s.service_point_id, ascii(s.prefix) - 64, 'ช่อง ' || s.prefix from service s
join service_point sp on sp.id = s.service_point_id where sp.code like 'sp-%';

insert into counter_service (counter_id, service_id)
select c.id, s.id from counter c join service s
  on s.service_point_id = c.service_point_id and ascii(s.prefix) - 64 = c.number
join service_point sp on sp.id = c.service_point_id where sp.code like 'sp-%';

-- each clerk in the agency of its counter (the demo's counters 5 and 6 are the SAO's): another agency's clerk would
-- get 404 for the counter
insert into app_user (username, password_hash, roles, display_name, agency_id)
select 'bench' || c.id, (select password_hash from app_user where username = 'clerk1'), 'CLERK', 'bench clerk',
    c.agency_id
from counter c;

update counter c set clerk_id = u.id, status = 'OPEN', calls_since_priority = null
from app_user u where u.username = 'bench' || c.id;

-- a kiosk key per service point (bench-kiosk-1 … bench-kiosk-20), as an agency installs them: one kiosk never has
-- more requests in flight than servicepoint.requests.max-concurrent-per-device allows, and a single key shared by the
-- 32 connections of issue.lua would measure that cap (429) instead of issuing
insert into device_key (name, kind, key_hash, service_point_id, created_at)
select 'bench kiosk ' || g, 'KIOSK', encode(sha256(cast('bench-kiosk-' || g as bytea)), 'hex'), sp.id, now()
from generate_series(1, 20) g
join service_point sp on sp.code = case when g = 1 then 'pao-hq' else 'sp-' || g end;
