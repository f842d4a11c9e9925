-- Fills a migrated database (the application's schema, V1..V24, and its demo data) with a realistic national half-year
-- at the level the roll-ups and peer benchmarks read (bench/national.sh; bench/run.sh with BENCH_LOAD_SQL): the agency
-- directory of Thailand's local administrations and, for FY 2569 half 1 (1 Oct 2025 – 31 Mar 2026, Mon–Fri), their
-- daily queue tallies, survey month tallies and complaints.
--
--   psql -v ON_ERROR_STOP=1 -d <db> -f bench/national-data.sql
--
-- * 7,836 agencies in 77 provinces: 76 PAOs (one a province, none in province 01, the capital), 2,460 municipalities
--   (30 CITY, 195 TOWN, 2,235 SUBDISTRICT_MUNICIPALITY) and 5,300 SAOs; the municipalities and SAOs spread over the
--   provinces unevenly (province 01 gets about 200, the smallest a few dozen), as the real ones are;
-- * per agency by class, service points (PAO 3, CITY 2, others 1), services each with one published step (standard
--   5, 10, 15 … minutes), counters (PAO 8, CITY 6, TOWN 3, SUBDISTRICT_MUNICIPALITY 2, SAO 1 per service point) serving
--   every service of their point, a published questionnaire with the twelve EIT items of DOMAIN.md;
-- * about 140,000 visits a business day, skewed by class: a PAO about 276 a day, a city 467, a town 108, a sub-district
--   municipality 16, a SAO 9 (15 % / 10 % / 15 % / 25 % / 35 % of the visits); each service's day drawn around its
--   share, written as queue_day_tally rows with the waits and service times as queue_day_minutes histograms (up to 5
--   and 3 minute buckets), the sums taken from the histograms so means and medians agree; every day folded
--   (queue_fold);
-- * survey answers for 8 % of the visits, per agency and month, each item answered by every respondent, on four levels
--   with an agency's own quality drawn once; complaints (PAO and city 20, town 8, others 2–3), 80 % closed after 1–30
--   days, a few of them corruption ones.
--
-- Raw tickets, audit rows and survey responses are not generated: the roll-ups and benchmarks read the tallies only,
-- and 18 million tickets with their audit trail would take hours to fill on the benchmark machine; bench/report.sh
-- covers a single agency's 3 million raw tickets. Triggers are off during the fill (session_replication_role =
-- replica: the agency of a child row, the foreign keys and the month tallies' triggers), so every row names its
-- agency itself; the rows are consistent by construction. Random with a fixed seed.
\set ON_ERROR_STOP on
-- -v last_day=2025-10-14 fills the first two weeks only (to try the script out)
\if :{?last_day}
\else
\set last_day 2026-03-31
\endif
\timing on
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.2569);

create temp table class_size (agency_class varchar, abbreviation varchar, name_th varchar, agencies int, points int,
    services int, counters int, visits numeric, wait numeric, complaints int);
insert into class_size values
    ('PAO', 'pao', 'องค์การบริหารส่วนจังหวัด', 76, 3, 6, 8, 276, 14, 20),
    ('CITY', 'city', 'เทศบาลนคร', 30, 2, 5, 6, 467, 18, 20),
    ('TOWN', 'town', 'เทศบาลเมือง', 195, 1, 4, 3, 108, 10, 8),
    ('SUBDISTRICT_MUNICIPALITY', 'tt', 'เทศบาลตำบล', 2235, 1, 3, 2, 15.7, 6, 3),
    ('SAO', 'sao', 'องค์การบริหารส่วนตำบล', 5300, 1, 2, 1, 9.25, 4, 2);

-- the agencies; province 01 (the capital, with no PAO) is the largest, as power(random(), 1.2) favours low numbers
insert into agency (code, name_th, name_en, agency_class, province, district)
select 'n-' || c.abbreviation || '-' || g, c.name_th || 'ตัวอย่าง ' || g, initcap(c.abbreviation) || ' ' || g,
    c.agency_class, 'จังหวัด ' || lpad(p::text, 2, '0'), 'อำเภอ ' || (1 + g % 12)
from class_size c cross join generate_series(1, c.agencies) g
cross join lateral (select case when c.agency_class = 'PAO' then g + 1
    else least(77, 1 + floor(77 * power(random(), 1.2))::int) + 0 * g end p) province;

create temp table national as
select a.id, a.agency_class, c.points, c.services, c.counters, c.visits, c.wait, c.complaints
from agency a join class_size c on c.agency_class = a.agency_class
where a.code like 'n-%';

insert into service_point (agency_id, code, name_th, name_en)
select n.id, 'n' || n.id || '-' || k, 'จุดบริการ ' || k, 'Service point ' || k
from national n cross join generate_series(1, n.points) k;

insert into service (agency_id, service_point_id, prefix, name_th, name_en)
select n.id, sp.id, chr(64 + k), 'งานบริการ ' || chr(64 + k), 'Service ' || chr(64 + k)
from national n join service_point sp on sp.agency_id = n.id cross join generate_series(1, n.services) k;

insert into service_step (agency_id, service_id, position, title_th, title_en, standard_minutes)
select s.agency_id, s.id, 1, 'ให้บริการ', 'Service', 5 * (ascii(s.prefix) - 64)
from service s join national n on n.id = s.agency_id;

insert into counter (agency_id, service_point_id, number, name)
select n.id, sp.id, k, 'ช่อง ' || k
from national n join service_point sp on sp.agency_id = n.id cross join generate_series(1, n.counters) k;

insert into counter_service (agency_id, counter_id, service_id)
select c.agency_id, c.id, s.id
from counter c join service s on s.service_point_id = c.service_point_id join national n on n.id = c.agency_id;

-- the questionnaire: the EIT items of DOMAIN.md (E1 and E6 are questions with sub-items)
insert into questionnaire (agency_id, version, status, published_at)
select id, 1, 'PUBLISHED', timestamptz '2025-09-01 09:00+07' from national;

create temp table item (position int, code varchar, parent_code varchar, indicator int, scale varchar);
insert into item values (1, 'E1', null, 6, null), (2, 'E1.1', 'E1', 6, 'ITA4'), (3, 'E1.2', 'E1', 6, 'ITA4'),
    (4, 'E2', null, 6, 'ITA4'), (5, 'E3', null, 6, 'ITA4'), (6, 'E5', null, 6, 'ITA4'), (7, 'E6', null, 7, null),
    (8, 'E6.1', 'E6', 7, 'ITA4'), (9, 'E6.2', 'E6', 7, 'ITA4'), (10, 'E9', null, 7, 'ITA4'),
    (11, 'E11', null, 8, 'ITA4'), (12, 'E12', null, 8, 'ITA4'), (13, 'E14', null, 8, 'ITA4'),
    (14, 'E15', null, 8, 'ITA4');

insert into questionnaire_item (agency_id, questionnaire_id, position, code, parent_code, indicator, scale, required,
    text_th, text_en)
select q.agency_id, q.id, i.position, i.code, i.parent_code, i.indicator, i.scale, i.scale is not null,
    'ข้อ ' || i.code, 'Item ' || i.code
from questionnaire q join national n on n.id = q.agency_id cross join item i;

-- the business days of the half
create temp table business_day as
select cast(d as date) as day from generate_series(date '2025-10-01', date :'last_day', interval '1 day') d
where extract(isodow from d) < 6;

-- each service's day: visits around its share of the agency's (the first services busier), no-shows and cancellations
create temp table service_day as
select s.agency_id, d.day, s.service_point_id, s.id service_id, c1.id counter_id, n.wait,
    5 * (ascii(s.prefix) - 64) standard, v.visits,
    least(v.visits, floor(v.visits * 0.04 + random())::int) no_show,
    least(v.visits, floor(v.visits * 0.02 + random() * 0.5)::int) cancelled
from service s
join national n on n.id = s.agency_id
join counter c1 on c1.service_point_id = s.service_point_id and c1.number = 1
cross join business_day d
cross join lateral (select floor(n.visits / (n.points * n.services) * (1.4 - 0.15 * (ascii(s.prefix) - 65))
    / (1.4 - 0.075 * (n.services - 1)) * (0.6 + 0.8 * random()) + random())::int visits) v;
delete from service_day where visits = 0;
update service_day set cancelled = visits - no_show where no_show + cancelled > visits;

-- waits of the called tickets (served and no-show) in up to 5 buckets, service times of the served in up to 3
-- (two buckets of a day may fall in the same minute: the table holds no key, the readers sum)
insert into queue_day_minutes (agency_id, day, service_point_id, service_id, measure, minute, tickets)
select agency_id, day, service_point_id, service_id, measure, minute, tickets
from (
    select g.agency_id, g.day, g.service_point_id, g.service_id, 'WAIT' measure,
        least(1441, round(g.wait * (0.2 + 0.4 * j) * (0.6 + 0.8 * random())))::int as minute,
        g.called / g.k + case when j < g.called % g.k then 1 else 0 end as tickets
    from (select *, visits - cancelled called, least(visits - cancelled, 5) k from service_day
          where visits > cancelled) g
    cross join lateral generate_series(0, g.k - 1) j
    union all
    select g.agency_id, g.day, g.service_point_id, g.service_id, 'SERVICE',
        least(1441, round(g.standard * (0.3 + 0.3 * j) * (0.7 + 0.6 * random())))::int,
        g.served / g.k + case when j < g.served % g.k then 1 else 0 end
    from (select *, visits - cancelled - no_show served, least(visits - cancelled - no_show, 3) k from service_day
          where visits > cancelled + no_show) g
    cross join lateral generate_series(0, g.k - 1) j
) bucket;

insert into queue_day_tally (agency_id, day, service_point_id, service_id, counter_id, clerk_id, issued, served, no_show,
    cancelled, never_called, still_open, unsettled, priority_elderly, priority_disabled, priority_pregnant,
    priority_monk, wait_n, wait_sum, estimate_error_sum, estimate_error_abs_sum, estimate_within_five, service_n,
    service_sum, calls_out_of_order)
select d.agency_id, d.day, d.service_point_id, d.service_id, d.counter_id, null, d.visits,
    d.visits - d.cancelled - d.no_show, d.no_show, d.cancelled, 0, 0, 0, floor(d.visits * 0.12)::int,
    floor(d.visits * 0.03)::int, floor(d.visits * 0.01)::int, floor(d.visits * 0.01)::int, coalesce(w.n, 0), w.total,
    0.1 * w.total, 0.3 * w.total, floor(coalesce(w.n, 0) * 0.7)::int, coalesce(s.n, 0), s.total, 0
from service_day d
left join (select day, service_id, sum(tickets) n, sum(tickets * greatest(minute - 0.5, 0)) total
           from queue_day_minutes where measure = 'WAIT' group by day, service_id) w
    on w.day = d.day and w.service_id = d.service_id
left join (select day, service_id, sum(tickets) n, sum(tickets * greatest(minute - 0.5, 0)) total
           from queue_day_minutes where measure = 'SERVICE' group by day, service_id) s
    on s.day = d.day and s.service_id = d.service_id;

insert into queue_fold (agency_id, service_point_id, folded_through)
select sp.agency_id, sp.id, date :'last_day' from service_point sp join national n on n.id = sp.agency_id;

-- survey: 8 % of a month's visits answer, every item; an agency's share of "most" drawn once
create temp table quality as select id agency_id, 0.5 + 0.35 * random() most from national;
create temp table survey_month as
select d.agency_id, min(d.service_point_id) service_point_id, cast(date_trunc('month', d.day) as date) as month,
    greatest(1, round(sum(d.visits) * 0.08))::bigint responses
from service_day d group by d.agency_id, date_trunc('month', d.day);

insert into survey_month_response (agency_id, month, service_point_id, mode, responses)
select agency_id, month, service_point_id, 'INVITED', responses from survey_month;

insert into survey_month_answer (agency_id, month, service_point_id, mode, item_code, value, points, answers)
select m.agency_id, m.month, m.service_point_id, 'INVITED', i.code, v.value, v.points, a.answers
from survey_month m
join quality q on q.agency_id = m.agency_id
cross join item i
cross join (values ('MOST', 100, 0), ('MUCH', 85, 1), ('LITTLE', 50, 2), ('LEAST', 0, 3)) v (value, points, rank)
cross join lateral (select round(m.responses * case v.rank when 0 then q.most when 1 then (1 - q.most) * 0.7
    when 2 then (1 - q.most) * 0.25 else (1 - q.most) * 0.05 end * (0.9 + 0.2 * random()))::bigint answers) a
where i.scale is not null and a.answers > 0;

-- complaints filed in the half, 80 % closed after 1–30 days; one in ten a corruption one
insert into complaint (agency_id, tracking_code, reference, category, status, text, service_point_id, created_at,
    updated_at)
select n.id, 'NB' || lpad((row_number() over ())::text, 12, '0'), 'N' || lpad((row_number() over ())::text, 10, '0'),
    case when random() < 0.1 then 'CORRUPTION' when random() < 0.5 then 'UNFAIR_SERVICE' else 'GENERAL' end,
    case when random() < 0.8 then 'CLOSED' else 'IN_PROGRESS' end, 'เรื่องร้องเรียนตัวอย่าง', null, f.filed,
    f.filed + make_interval(days => 1 + floor(30 * random())::int)
from national n cross join generate_series(1, n.complaints) k
cross join lateral (select timestamptz '2025-10-01 09:00+07' + make_interval(days => floor(170 * random())::int)
    + 0 * k * interval '1 day' filed) f;

reset session_replication_role;
analyze agency;
analyze service_point;
analyze service;
analyze service_step;
analyze counter;
analyze queue_day_tally;
analyze queue_day_minutes;
analyze survey_month_answer;
analyze complaint;
analyze questionnaire;
analyze questionnaire_item;

select (select count(*) from agency) agencies, (select count(*) from service_point) service_points,
    (select count(*) from service) services, (select count(*) from counter) counters,
    (select sum(issued) from queue_day_tally where day >= date '2025-10-01') visits,
    (select count(distinct day) from queue_day_tally where day >= date '2025-10-01') days,
    (select count(*) from queue_day_tally) tally_rows, (select count(*) from queue_day_minutes) minute_rows,
    (select count(*) from survey_month_answer) survey_rows, (select count(*) from complaint) complaints;
