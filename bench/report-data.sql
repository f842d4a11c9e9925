-- Fills an empty database that has the application's schema (Flyway V1..V7) with one fiscal half-year of an agency
-- for the executive report benchmark (bench/report.sh): FY 2569 half 1, 1 Oct 2025 – 31 Mar 2026 (Asia/Bangkok).
--
--   psql -v ON_ERROR_STOP=1 -d <db> -f bench/report-data.sql [-v tickets=3000000] [-v responses=1000000]
--
-- 20 service points, 7 divisions, 6 services each with published steps (three service points publish none for their
-- information desk), counters sized to their service's load, one clerk per counter plus relief clerks, kiosk and display
-- keys, and then, set-based with generate_series:
--   * :tickets tickets over the business days (Mon–Fri without the public holidays below), 08:30–16:30 with a morning
--     peak and a lunch dip; numbered per service and day in the order they were issued; priority groups 10 %, 44 % at the
--     old-age allowance service (17 % in all);
--   * what happened to each ticket, written as the queue code writes it (Ticket, CounterDesk, TicketActions, DayEnd):
--     served (a few after a recall, a transfer to another service or a no-show put back), no-show, cancelled by a
--     clerk (waiting or called), called and left, never called; the day end at 00:05 cancelled what a day left open
--     with an EXPIRE audit row; a few calls out of order with the clerk's reason; every action an audit_entry row;
--   * a survey invitation per served ticket, :responses responses (3 % through counter posters, mode OPEN) with an
--     answer to every item of the published questionnaire (ITA4 points 100/85/50/0, LIKERT5 5..1), some comments;
--   * complaints of the three categories with their status changes.
-- Random with a fixed seed (setseed): two fills give nearly the same figures, not exactly, as the row order of a join
-- decides which row gets which draw. Creates the pgcrypto extension for the bcrypt hashes of the staff accounts
-- (password 'bench-clerk'). Waits, service times and answers are drawn from distributions shaped like a
-- busy office's, not simulated counter by counter: totals and distributions are realistic, the order in which one
-- counter called its tickets is not.
\set ON_ERROR_STOP on
\if :{?tickets}
\else
\set tickets 3000000
\endif
\if :{?responses}
\else
\set responses 1000000
\endif
\timing on
set temp_buffers = '2GB';
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;
select setseed(0.2569);
-- every row belongs to the home agency (V20): a row that names no parent takes the agency of the connection's scope
select set_config('servicepoint.agency', '1', false);

do $$
begin
    if exists (select 1 from ticket) or exists (select 1 from service_point) or exists (select 1 from survey_response)
    then
        raise exception 'report-data.sql fills an empty database with the application''s schema; this one has data';
    end if;
end
$$;

\echo == sites, services, counters, users
-- the business days of the half-year: Monday to Friday without the public holidays that fall on them
create temp table bench_day as
select d::date as day, case extract(isodow from d) when 1 then 1.12 when 5 then 0.9 else 1.0 end
        * case extract(month from d) when 12 then 0.85 when 1 then 1.1 when 2 then 1.05 when 3 then 1.15 else 1.0 end
        as load
from generate_series(date '2025-10-01', date '2026-03-31', interval '1 day') d
where extract(isodow from d) < 6
  and d::date <> all (array['2025-10-13', '2025-10-23', '2025-12-05', '2025-12-10', '2025-12-31', '2026-01-01',
                            '2026-01-02', '2026-03-03']::date[]);

-- the head office is the busiest; branches differ in size, waits and how often citizens answer the survey
create temp table sp_def as
select i, case when i = 1 then 'pao-hq' else 'branch-' || lpad(i::text, 2, '0') end as code,
       case when i = 1 then 2.5 else 0.6 + 0.8 * ((i * 37) % 19) / 18.0 end as weight,
       0.75 + 0.6 * ((i * 13) % 20) / 19.0 as wait_factor,
       0.25 + 0.3 * ((i * 7) % 20) / 19.0 as survey_rate,
       -0.3 + 0.6 * ((i * 11) % 20) / 19.0 as mood
from generate_series(1, 20) i;

insert into service_point (code, name_th, name_en, address)
select code,
       case when i = 1 then 'องค์การบริหารส่วนจังหวัดตัวอย่าง สำนักงานใหญ่' else 'จุดบริการ อบจ. สาขาอำเภอที่ ' || i end,
       case when i = 1 then 'Example PAO, head office' else 'Example PAO, district branch ' || i end,
       'ถนนตัวอย่าง ' || i
from sp_def order by i;

insert into division (code, name_th, name_en) values
    ('OPS', 'สำนักปลัด', 'Office of the Permanent Secretary'),
    ('FIN', 'กองคลัง', 'Finance Division'),
    ('ENG', 'กองช่าง', 'Engineering Division'),
    ('HR', 'กองการเจ้าหน้าที่', 'Personnel Division'),
    ('SOC', 'กองสวัสดิการสังคม', 'Social Welfare Division'),
    ('EDU', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'Education, Religion and Culture Division'),
    ('PH', 'กองสาธารณสุข', 'Public Health Division');

-- share of the tickets, median wait at normal load (minutes), published steps (title, minutes)
create temp table svc_def (prefix char(1), name_th text, name_en text, division text, share numeric,
    base_wait numeric, mood numeric, steps text[][]);
insert into svc_def values
    ('A', 'ชำระภาษีและค่าธรรมเนียม อบจ.', 'PAO tax and fee payment', 'FIN', 0.28, 12, 0.05,
     array[['ยื่นแบบและตรวจสอบเอกสาร', 'Submit the form; documents checked', '3'],
           ['คำนวณภาษี', 'Tax assessed', '3'], ['ชำระเงินและรับใบเสร็จ', 'Pay and receive the receipt', '2']]),
    ('B', 'ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร', 'Building permit', 'ENG', 0.07, 18, -0.25,
     array[['ยื่นคำขอและตรวจเอกสาร', 'Submit the application; documents checked', '10'],
           ['ตรวจแบบแปลนเบื้องต้น', 'Preliminary plan review', '10'],
           ['นัดวันตรวจสถานที่', 'Site inspection appointment', '5']]),
    ('C', 'ยื่นคำร้องทั่วไปและร้องเรียน', 'General requests and complaints', 'OPS', 0.22, 10, -0.05,
     array[['รับเรื่องและลงทะเบียน', 'Request received and registered', '3'],
           ['ส่งเรื่องให้หน่วยงานที่รับผิดชอบ', 'Forwarded to the responsible unit', '2']]),
    ('D', 'งานบุคคล ขอหนังสือรับรอง', 'Personnel certificates', 'HR', 0.08, 8, 0.1,
     array[['ยื่นคำขอ', 'Submit the request', '3'], ['ออกหนังสือรับรอง', 'Certificate issued', '5']]),
    ('E', 'ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุและผู้พิการ', 'Old-age and disability allowance', 'SOC', 0.20, 15, 0.0,
     array[['ตรวจสอบคุณสมบัติและเอกสาร', 'Eligibility and documents checked', '5'],
           ['บันทึกข้อมูลและออกใบรับ', 'Registered; receipt issued', '5']]),
    ('F', 'สอบถามข้อมูลและรับเอกสาร', 'Information and document pick-up', 'OPS', 0.15, 5, 0.15,
     array[['ให้ข้อมูลหรือส่งมอบเอกสาร', 'Information given or document handed over', '3']]);

insert into service (service_point_id, prefix, name_th, name_en, division_id)
select sp.id, d.prefix, d.name_th, d.name_en, v.id
from service_point sp cross join svc_def d join division v on v.code = d.division
order by sp.id, d.prefix;

-- three branches publish no steps for their information desk: their service has no standard time
insert into service_step (service_id, position, title_th, title_en, standard_minutes)
select s.id, st.position, d.steps[st.position][1], d.steps[st.position][2], d.steps[st.position][3]::int
from service s join service_point sp on sp.id = s.service_point_id join svc_def d on d.prefix = s.prefix
cross join lateral generate_series(1, array_length(d.steps, 1)) st (position)
where not (s.prefix = 'F' and sp.code in ('branch-18', 'branch-19', 'branch-20'));

-- everything a ticket draw needs about its service
create temp table svc as
select s.id, s.service_point_id, s.prefix, p.i as sp_no, d.share, d.base_wait * p.wait_factor as base_wait,
       d.mood + p.mood as mood, st.minutes as standard, p.weight * d.share as weight
from service s join service_point sp on sp.id = s.service_point_id join sp_def p on p.code = sp.code
join svc_def d on d.prefix = s.prefix
left join (select service_id, sum(standard_minutes) as minutes from service_step group by service_id) st
    on st.service_id = s.id;

-- counters sized to their service's daily work (the median service time is 0.72 of the standard), at least one;
-- the last general-request counter also serves the information desk
create temp table counter_plan as
select s.id as service_id, s.service_point_id, s.prefix, k,
       row_number() over (partition by s.service_point_id order by s.prefix, k) as number
from svc s
cross join lateral generate_series(1, greatest(1, ceil(:tickets * s.weight / (select sum(weight) from svc)
    / (select count(*) from bench_day) * coalesce(s.standard, 4) * 0.8 / 400)::int)) k;

insert into counter (service_point_id, number, name)
select service_point_id, number, 'ช่อง ' || number || ' งาน ' || prefix from counter_plan order by service_point_id, number;

insert into counter_service (counter_id, service_id)
select c.id, p.service_id from counter_plan p
join counter c on c.service_point_id = p.service_point_id and c.number = p.number
union
select c.id, f.id from counter_plan p
join counter c on c.service_point_id = p.service_point_id and c.number = p.number
join svc f on f.service_point_id = p.service_point_id and f.prefix = 'F'
where p.prefix = 'C' and p.k = (select max(k) from counter_plan q where q.service_id = p.service_id);

create extension if not exists pgcrypto;
create temp table bench_hash as select crypt('bench-clerk', gen_salt('bf', 10)) as clerk;

-- one clerk per counter and two relief clerks per service point, password 'bench-clerk'
insert into app_user (username, password_hash, roles, display_name)
select 'clerk-' || sp.code || '-' || c.number, (select clerk from bench_hash), 'CLERK',
       'เจ้าหน้าที่ ' || sp.code || ' ช่อง ' || c.number
from counter c join service_point sp on sp.id = c.service_point_id
union all
select 'relief-' || sp.code || '-' || r, (select clerk from bench_hash), 'CLERK', 'เจ้าหน้าที่สำรอง ' || sp.code || ' ' || r
from service_point sp cross join generate_series(1, 2) r;

insert into app_user (username, password_hash, roles, display_name)
values ('officer-bench', (select clerk from bench_hash), 'COMPLAINT_OFFICER', 'เจ้าหน้าที่รับเรื่องร้องเรียน');

insert into device_key (name, kind, key_hash, service_point_id, created_at)
select k.kind_th || ' ' || sp.code, k.kind, encode(sha256(convert_to('bench-' || k.kind || '-' || sp.code, 'UTF8')), 'hex'),
       sp.id, timestamptz '2025-09-15 09:00+07'
from service_point sp cross join (values ('KIOSK', 'ตู้กดบัตรคิว'), ('DISPLAY', 'จอห้องโถง')) k (kind, kind_th);

-- who sat at each counter each day: its own clerk, on 8 % of days a relief clerk
create temp table counter_day as
select x.counter_id, x.day, u.id as clerk_id, u.username
from (select c.id as counter_id, d.day, case when random() < 0.08
          then 'relief-' || sp.code || '-' || (1 + (c.id + extract(doy from d.day)::int) % 2)
          else 'clerk-' || sp.code || '-' || c.number end as username
      from counter c join service_point sp on sp.id = c.service_point_id cross join bench_day d) x
join app_user u on u.username = x.username;
create unique index on counter_day (counter_id, day);

create temp table svc_counters as
select s.id as service_id, array_agg(cs.counter_id order by cs.counter_id) as counters
from svc s join counter_service cs on cs.service_id = s.id group by s.id;

-- the counter's day: sign in and open before 08:30, close and sign out after the last ticket
insert into audit_entry (at, actor, user_id, action, service_point_id, counter_id, detail)
select (cd.day + e.t) at time zone 'Asia/Bangkok', cd.username, cd.clerk_id, e.action, c.service_point_id, c.id, null
from counter_day cd join counter c on c.id = cd.counter_id
cross join (values (time '08:12', 'SIGN_IN'), (time '08:25', 'OPEN'), (time '17:20', 'CLOSED'),
                   (time '17:21', 'SIGN_OUT')) e (t, action);

\echo == tickets
-- how many tickets each service issues each day: its share, the service point's size, the day's load and noise,
-- rounded by largest remainder so that they add up to :tickets
create temp table slot as
with w as (
    select s.id as service_id, s.service_point_id, d.day, s.weight * d.load * (0.85 + 0.3 * random()) as w
    from svc s cross join bench_day d
), exact as (
    select *, :tickets * w / sum(w) over () as x from w
), base as (
    select *, floor(x)::int as n0, row_number() over (order by x - floor(x) desc) as rk from exact
)
select service_id, service_point_id, day,
       n0 + case when rk <= :tickets - (select sum(n0) from base) then 1 else 0 end as n
from base;

-- arrivals by half-hour from 08:30: a morning peak, a lunch dip, a smaller afternoon peak
create temp table bin as
select array_agg(lo::float8 order by b) as lo, array_agg(w::float8 order by b) as w,
       array_agg(load::float8 order by b) as load
from (
    select b, w / sum(w) over () as w,
           coalesce(sum(w) over (order by b rows between unbounded preceding and 1 preceding), 0) / sum(w) over () as lo,
           (0.5 + 0.5 * w / avg(w) over ()) * case when b in (8, 9) then 1.35 else 1 end as load
    from unnest(array[6, 8, 9, 9, 8.5, 7.5, 6, 4, 4, 5.5, 7, 7, 6.5, 5.5, 4, 2.5]::numeric[]) with ordinality a (w, b)
) x;

-- arrival time, then number in the order of issue; ids follow issue time as in a live system
create temp table arrival as
with a as (
    select s.service_id, s.service_point_id, s.day, u.u from slot s
    cross join lateral (select random() as u from generate_series(1, s.n)) u
), m as (
    select a.*, width_bucket(a.u, bin.lo) as b, bin.lo[width_bucket(a.u, bin.lo)] as blo,
           bin.w[width_bucket(a.u, bin.lo)] as bw, bin.load[width_bucket(a.u, bin.lo)] as load
    from a cross join bin
)
select service_id, service_point_id, day, load,
       (b - 1) * 30 + (u - blo) / bw * 30 as minute,
       (day + time '08:30' + ((b - 1) * 30 + (u - blo) / bw * 30) * interval '1 minute') at time zone 'Asia/Bangkok'
           as issued_at
from m;

create temp table numbered as
select row_number() over (order by issued_at, service_id) as id, a.*,
       row_number() over (partition by service_id, day order by issued_at) as seq
from arrival a;
drop table arrival;

-- what happened to each ticket, drawn once per ticket (random() in a subquery's select list: one draw per row)
create temp table fate as
select n.id, n.service_id as numbered_by, n.service_point_id, n.day, n.seq, s.prefix, n.issued_at, n.minute,
       case when s.prefix = 'E' then
           case when p < 0.35 then 'ELDERLY' when p < 0.42 then 'DISABLED' when p < 0.425 then 'PREGNANT'
                when p < 0.44 then 'MONK' else 'NORMAL' end
       else
           case when p < 0.065 then 'ELDERLY' when p < 0.08 then 'DISABLED' when p < 0.09 then 'PREGNANT'
                when p < 0.1 then 'MONK' else 'NORMAL' end
       end as priority,
       case when c < 0.93 then 'KIOSK' when c < 0.98 then 'COUNTER' else 'WEB' end as channel,
       -- tickets taken in the last half-hour are often still waiting at closing
       case when n.minute > 450 and f < 0.3 or n.minute <= 450 and f < 0.012 then 'never_called'
            when f < 0.032 then 'cancel_waiting'
            when f < 0.037 then 'cancel_called'
            when f < 0.079 then 'no_show'
            when f < 0.081 then 'called_left'
            when f < 0.085 then 'reactivated'
            when f < 0.1 then 'transferred'
            else 'done' end as fate,
       -- minutes from arrival to the (last) call: the service's median at this hour and service point, log-normal
       s.base_wait * n.load * exp(0.55 * z) as wait,
       r1, r2, r3, r4, r5, r6, r7, r8, r9
from (select n.*, random() as p, random() as c, random() as f,
             sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z,
             random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
             random() as r7, random() as r8, random() as r9
      from numbered n) n
join svc s on s.id = n.service_id;
drop table numbered;

-- where a transfer can go: the other services of the same service point, numbered 0..4
create temp table svc_other as
select a.id as service_id, b.id as other_id, row_number() over (partition by a.id order by b.prefix) - 1 as k
from svc a join svc b on b.service_point_id = a.service_point_id and b.id <> a.id;

-- the final service, counters and the timeline of each ticket in minutes after its arrival (null: did not happen)
create temp table timeline as
with f as (
    select f.*,
           case when fate = 'transferred' then o.other_id else f.numbered_by end as service_id,
           -- everyone who came is called by about 17:00; priority groups wait about half as long
           case when priority <> 'NORMAL' then 0.5 else 1 end * least(wait, greatest(1, 510 - minute)) as w,
           fc.counters[1 + floor(r9 * array_length(fc.counters, 1))::int] as first_counter
    from fate f
    join svc_other o on o.service_id = f.numbered_by and o.k = floor(f.r6 * 5)
    join svc_counters fc on fc.service_id = f.numbered_by
), g as (
    select f.*, s.prefix as final_prefix, s.standard,
           c.counters[1 + floor(r8 * array_length(c.counters, 1))::int] as final_counter,
           case when fate in ('done', 'no_show', 'called_left', 'cancel_called') then w
                when fate in ('transferred', 'reactivated') then w * 0.5 end as first_call,
           -- recalls before the citizen came (or did not)
           case when fate = 'no_show' then case when r1 < 0.6 then 1 when r1 < 0.85 then 2 else 0 end
                when fate = 'done' and r1 < 0.08 then 1 else 0 end as recalls,
           -- served for: log-normal around 0.72 of the published standard (4 minutes where none is published)
           coalesce(s.standard, 4) * 0.72 * exp(0.45 * sqrt(-2 * ln(1 - r2)) * cos(2 * pi() * r3)) as served_for,
           r7 < 0.0025 as out_of_order
    from f join svc s on s.id = f.service_id join svc_counters c on c.service_id = f.service_id
), h as (
    select g.*, first_call + 1 + r1 as recall1, first_call + 2 + r1 as recall2,
           -- transferred: served at the first service, then sent on and called there
           first_call + 0.3 + r2 as start1, first_call + 2 + 3 * r3 as transfer,
           -- reactivated: a no-show put back within the window and called again
           first_call + 3 + 2 * r3 as no_show, first_call + 10 + 20 * r4 as reactivate,
           case fate when 'cancel_called' then first_call + 1 + r4 when 'cancel_waiting' then w * (0.2 + 0.6 * r5) + 1
               end as cancel
    from g
), i as (
    select h.*, case fate when 'transferred' then transfer + 3 + 0.5 * w + 10 * r5
                     when 'reactivated' then reactivate + 1 + 8 * r5 else first_call end as called
    from h
)
select i.*, served.start as serving, served.start + served_for as completed,
       case when fate = 'transferred' then first_counter else final_counter end as call1_counter
from i
cross join lateral (select case when fate in ('done', 'transferred', 'reactivated')
    then called + 0.2 + 1.3 * r2 + 2.1 * recalls end as start) served;
drop table fate;

-- as instants, with the clerk who sat at each counter that day
create temp table ticket_done as
select t.id, t.numbered_by, t.service_id, t.service_point_id, t.day, t.seq, t.prefix, t.final_prefix, t.priority,
       t.channel, t.fate, t.w, t.recalls, t.out_of_order, t.call1_counter, t.final_counter, t.r1, t.r3, t.r5, t.r6,
       t.issued_at,
       t.issued_at + t.first_call * interval '1 minute' as call1_at,
       t.issued_at + t.recall1 * interval '1 minute' as recall1_at,
       t.issued_at + t.recall2 * interval '1 minute' as recall2_at,
       t.issued_at + t.start1 * interval '1 minute' as start1_at,
       t.issued_at + t.transfer * interval '1 minute' as transfer_at,
       t.issued_at + t.no_show * interval '1 minute' as no_show_at,
       t.issued_at + t.reactivate * interval '1 minute' as reactivate_at,
       t.issued_at + t.cancel * interval '1 minute' as cancel_at,
       t.issued_at + t.called * interval '1 minute' as called_at,
       t.issued_at + t.serving * interval '1 minute' as serving_at,
       t.issued_at + t.completed * interval '1 minute' as completed_at,
       -- the day end runs at 00:05 Bangkok (servicepoint.queue.day-end-cron)
       (t.day + 1 + time '00:05') at time zone 'Asia/Bangkok' + t.r6 * interval '20 seconds' as day_end_at,
       d1.clerk_id as call1_clerk, d1.username as call1_username,
       df.clerk_id as final_clerk, df.username as final_username
from timeline t
join counter_day d1 on d1.counter_id = t.call1_counter and d1.day = t.day
join counter_day df on df.counter_id = t.final_counter and df.day = t.day;
drop table timeline;
analyze ticket_done;

insert into ticket (id, service_point_id, service_id, numbered_by_service_id, business_day, seq, number, priority,
    channel, status, tracking_token, issued_at, queued_at, estimated_wait_minutes, counter_id, clerk_id, called_at,
    call_count, serving_started_at, finished_at)
select t.id, t.service_point_id, t.service_id, t.numbered_by, t.day, t.seq,
       t.prefix || case when t.seq < 1000 then lpad(t.seq::text, 3, '0') else t.seq::text end,
       t.priority, t.channel, case when t.serving_at is not null then 'DONE' else 'CANCELLED' end,
       left(translate(encode(sha256(convert_to('ticket:' || t.id, 'UTF8')), 'base64'), '+/', '-_'), 43),
       t.issued_at, t.issued_at,
       -- the estimate shown at issue: close to the wait that followed, leaning short
       greatest(0, round(t.w * (0.55 + 0.6 * t.r3) + 2 * (t.r5 - 0.5)))::int,
       case when t.called_at is not null then t.final_counter end,
       case when t.called_at is not null then t.final_clerk end,
       t.called_at,
       case when t.called_at is not null then 1 + t.recalls else 0 end,
       t.serving_at,
       coalesce(t.completed_at, t.cancel_at, t.day_end_at)
from ticket_done t;
select setval('ticket_id_seq', (select max(id) from ticket));

insert into ticket_sequence (service_id, business_day, last_seq, waiting)
select numbered_by_service_id, business_day, max(seq), 0 from ticket group by 1, 2;

\echo == audit trail
-- the rows the queue code writes for each step of each ticket (IssuedTickets, CounterDesk, TicketActions, DayEnd)
insert into audit_entry (at, actor, user_id, device_id, action, service_point_id, counter_id, ticket_id, reason, detail)
select e.at, e.actor, e.user_id, e.device_id, e.action, t.service_point_id, e.counter_id, t.id, e.reason, e.detail
from ticket_done t
join device_key k on k.service_point_id = t.service_point_id and k.kind = 'KIOSK'
cross join lateral (values
    -- issued by the kiosk, or by a clerk for a ticket made at the counter or booked on the web
    (t.issued_at, case when t.channel = 'KIOSK' then 'device:' || k.name else t.final_username end,
     case when t.channel = 'KIOSK' then null else t.final_clerk end, case when t.channel = 'KIOSK' then k.id end,
     'ISSUE', null::bigint, null::text, t.channel || ' ' || t.priority),
    (t.call1_at, t.call1_username, t.call1_clerk, null::bigint,
     case when t.out_of_order then 'CALL_OUT_OF_ORDER' else 'CALL' end, t.call1_counter,
     case when t.out_of_order then (array['ผู้สูงอายุมีอาการเหนื่อย ขอให้บริการก่อน', 'มีนัดหมายล่วงหน้ากับเจ้าหน้าที่',
         'เอกสารต่อเนื่องจากคิวก่อนหน้า', 'ผู้รับบริการนำเอกสารที่ขาดกลับมาแล้ว', 'ผู้พิการใช้รถเข็น รอไม่สะดวก',
         'เด็กเล็กไม่สบาย ขอรับบริการก่อน'])[1 + floor(t.r6 * 6)::int] end, null),
    (case when t.recalls >= 1 then t.recall1_at end, t.final_username, t.final_clerk, null, 'RECALL', t.final_counter,
     null, null),
    (case when t.recalls >= 2 then t.recall2_at end, t.final_username, t.final_clerk, null, 'RECALL', t.final_counter,
     null, null),
    (case when t.fate = 'transferred' then t.start1_at end, t.call1_username, t.call1_clerk, null, 'START',
     t.call1_counter, null, null),
    (case when t.fate = 'transferred' then t.transfer_at end, t.call1_username, t.call1_clerk, null, 'TRANSFER',
     t.call1_counter, null, t.prefix || ' -> ' || t.final_prefix),
    (case when t.fate in ('no_show', 'reactivated') then t.no_show_at end, t.call1_username, t.call1_clerk, null,
     'NO_SHOW', t.call1_counter, null, null),
    (case when t.fate = 'reactivated' then t.reactivate_at end, t.final_username, t.final_clerk, null, 'REACTIVATE',
     t.final_counter, null, null),
    (case when t.fate in ('transferred', 'reactivated') then t.called_at end, t.final_username, t.final_clerk, null,
     'CALL', t.final_counter, null, null),
    (t.serving_at, t.final_username, t.final_clerk, null, 'START', t.final_counter, null, null),
    (t.completed_at, t.final_username, t.final_clerk, null, 'COMPLETE', t.final_counter, null, null),
    (t.cancel_at, t.final_username, t.final_clerk, null, 'CANCEL', t.final_counter,
     (array[null, null, 'ผู้รับบริการแจ้งยกเลิก', 'เอกสารไม่ครบ นัดมาใหม่', 'ออกบัตรผิดงาน', 'ผู้รับบริการกลับไปก่อน'])
         [1 + floor(t.r1 * 6)::int], null),
    -- the day end cancels what the day left open (DayEnd): waiting, called or no-show
    (case when t.fate in ('never_called', 'no_show', 'called_left') then t.day_end_at end, 'system', null, null,
     'EXPIRE', case when t.called_at is not null then t.final_counter end, 'business day ended', null)
) e (at, actor, user_id, device_id, action, counter_id, reason, detail)
where e.at is not null;

\echo == surveys
update questionnaire set published_at = timestamptz '2025-09-01 09:00+07' where version = 1;

insert into survey_invitation (token, ticket_id, service_point_id, service_id, counter_id, clerk_id, created_at,
    expires_at)
select left(translate(encode(sha256(convert_to('invitation:' || id, 'UTF8')), 'base64'), '+/', '-_'), 43), id,
       service_point_id, service_id, counter_id, clerk_id, finished_at, finished_at + interval '3 days'
from ticket where status = 'DONE' order by finished_at;

-- one poster per counter, printed before the half-year
insert into survey_poster (token, counter_id, created_at, active)
select left(translate(encode(sha256(convert_to('poster:' || id, 'UTF8')), 'base64'), '+/', '-_'), 43), id,
       timestamptz '2025-09-20 10:00+07', true
from counter order by id;

-- who answers: invitations drawn with the service point's answer rate (weighted sampling without replacement);
-- most answer at the counter within minutes, some later that day, a few days later
create temp table responder as
select i.id as invitation_id, null::bigint as poster_id, 'INVITED' as mode, i.service_point_id, i.service_id,
       least(i.expires_at - interval '1 minute', i.created_at + case
           when u < 0.7 then (0.5 + 14.5 * random()) * interval '1 minute'
           when u < 0.95 then (15 + 345 * random()) * interval '1 minute'
           else (6 + 60 * random()) * interval '1 hour' end) as answered_at
from (
    select i.*, random() as u from survey_invitation i join svc s on s.id = i.service_id
    join sp_def p on p.i = s.sp_no
    order by random() ^ (1 / p.survey_rate) desc limit (:responses - round(:responses * 0.03))::bigint
) i;

-- open mode: through the poster of the counter a served citizen was at, a few minutes after
insert into responder
select null, p.id, 'OPEN', t.service_point_id, null, t.finished_at + (1 + 20 * random()) * interval '1 minute'
from (select * from ticket where status = 'DONE' order by random() limit round(:responses * 0.03)::bigint) t
join survey_poster p on p.counter_id = t.counter_id;

-- each respondent's mood: the service point's and the service's, and their own; open answers a little lower
create temp table respondent as
select row_number() over (order by r.answered_at, r.invitation_id, r.poster_id) as id, r.*,
       0.1 + coalesce(s.mood, p.mood) + case when r.mode = 'OPEN' then -0.15 else 0 end
           + 0.7 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as mood,
       random() as c1, random() as c2
from responder r join service_point sp on sp.id = r.service_point_id join sp_def p on p.code = sp.code
left join svc s on s.id = r.service_id;

insert into survey_response (id, invitation_id, questionnaire_id, answered_at, comment, mode, poster_id)
select r.id, r.invitation_id, (select id from questionnaire where version = 1), r.answered_at,
       case when r.c1 < 0.08 + case when r.mood < -0.5 then 0.15 else 0 end then
           case when r.mood >= 0 then (array['เจ้าหน้าที่บริการดี ยิ้มแย้มแจ่มใส', 'รวดเร็ว ประทับใจครับ',
               'ขอบคุณที่ช่วยอธิบายขั้นตอนอย่างละเอียด', 'บริการดีมาก สถานที่สะอาด',
               'ระบบบัตรคิวทำให้ไม่ต้องแย่งกัน ดีมากค่ะ'])[1 + floor(r.c2 * 5)::int]
           else (array['รอคิวนานเกินไป ควรเพิ่มช่องบริการช่วงเช้า', 'ที่จอดรถไม่เพียงพอ',
               'เอกสารที่ต้องใช้ไม่ชัดเจน ต้องกลับไปเอามาใหม่', 'เจ้าหน้าที่พักเที่ยงพร้อมกันหลายช่อง',
               'อยากให้มีบริการออนไลน์ ไม่ต้องเดินทางมา'])[1 + floor(r.c2 * 5)::int] end end,
       r.mode, r.poster_id
from respondent r order by r.id;
select setval('survey_response_id_seq', (select max(id) from survey_response));

-- every item of the published questionnaire: ITA4 levels by each respondent's mood, the item's own tendency and
-- noise; overall satisfaction on LIKERT5 the same way
insert into survey_answer (response_id, item_code, value, points)
select id, code, value,
       case value when 'MOST' then 100 when 'MUCH' then 85 when 'LITTLE' then 50 when 'LEAST' then 0 else value::int end
from (
    select id, code, case when scale = 'ITA4'
               then (array['LEAST', 'LITTLE', 'MUCH', 'MOST'])[1 + width_bucket(latent, array[-1.86, -1.14, 0.12])]
               else (array['1', '2', '3', '4', '5'])[1 + width_bucket(latent, array[-2.1, -1.5, -0.7, 0.3])] end
               as value
    from (
        select r.id, i.code, i.scale,
               (r.mood + i.tendency + 0.6 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::float8 as latent
        from respondent r
        cross join (select q.code, q.scale, case q.code when 'E1.2' then -0.25 when 'E14' then -0.2
                when 'E12' then -0.15 when 'E5' then -0.05 when 'E9' then 0.1 when 'E2' then 0.12 else 0 end
                as tendency
            from questionnaire_item q join questionnaire n on n.id = q.questionnaire_id
            where n.status = 'PUBLISHED' and q.scale is not null) i
    ) l
) a;

\echo == complaints
create temp table complaint_gen as
select g, timestamptz '2025-10-01 00:00+07' + random() * (timestamptz '2026-04-01 00:00+07'
           - timestamptz '2025-10-01 00:00+07') as created_at,
       case when random() < 0.6 then 'GENERAL' when random() < 0.75 then 'UNFAIR_SERVICE' else 'CORRUPTION' end
           as category,
       random() as s, random() as d
from generate_series(1, 1200) g;

insert into complaint (tracking_code, reference, category, status, text, contact, service_point_id, public_answer,
    created_at, updated_at)
select regexp_replace(code, '(....)(....)(....)', '\1-\2-\3'), regexp_replace(ref, '(.....)(.....)', '\1-\2'),
       c.category, st.status,
       case c.category when 'CORRUPTION' then 'มีผู้เรียกรับเงินเพื่อให้ได้คิวก่อน (ข้อมูลทดสอบ ' || c.g || ')'
           when 'UNFAIR_SERVICE' then 'เจ้าหน้าที่ให้บริการคนรู้จักก่อน ไม่เป็นไปตามคิว (ข้อมูลทดสอบ ' || c.g || ')'
           else 'รอคิวนานและเจ้าหน้าที่ไม่เพียงพอ (ข้อมูลทดสอบ ' || c.g || ')' end,
       case when c.d < 0.4 then '08' || lpad((c.g * 7919 % 100000000)::text, 8, '0') end,
       -- one in five names no service point
       (select id from service_point order by id offset c.g % 25 limit 1),
       case when st.status <> 'RECEIVED' then 'หน่วยงานได้ตรวจสอบและดำเนินการแก้ไขแล้ว ขอบคุณที่แจ้ง' end,
       c.created_at, c.created_at + case st.status when 'RECEIVED' then interval '0' else (1 + 20 * c.d) * interval '1 day' end
from complaint_gen c
cross join lateral (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ',
    get_byte(sha256(convert_to('complaint:' || c.g, 'UTF8')), b) % 31 + 1, 1), '' order by b) as code
    from generate_series(0, 11) b) k
-- the public reference (V17), as the tracking code but from other bytes
cross join lateral (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ',
    get_byte(sha256(convert_to('reference:' || c.g, 'UTF8')), b) % 31 + 1, 1), '' order by b) as ref
    from generate_series(0, 9) b) r
cross join lateral (select case when c.created_at < timestamptz '2026-02-01 00:00+07' then
        case when c.s < 0.9 then 'CLOSED' when c.s < 0.97 then 'IN_PROGRESS' else 'RECEIVED' end
    else case when c.s < 0.5 then 'CLOSED' when c.s < 0.8 then 'IN_PROGRESS' else 'RECEIVED' end end as status) st
order by c.created_at;

insert into audit_entry (at, actor, user_id, action, service_point_id, detail)
select c.updated_at, u.username, u.id, 'COMPLAINT_STATUS', c.service_point_id,
       'complaint ' || c.id || ' ' || 'RECEIVED -> ' || c.status
from complaint c cross join app_user u where u.username = 'officer-bench' and c.status <> 'RECEIVED';

\echo == analyze
vacuum (analyze);
