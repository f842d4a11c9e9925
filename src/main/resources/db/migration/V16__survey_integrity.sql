-- Survey numbers staff cannot fake (docs/survey-integrity.md).
--
-- A counter screen shows the survey link of every ticket completed at its counter, so its key is bound to that
-- counter: a COUNTER key names exactly one counter, KIOSK and DISPLAY keys none. Lobby displays never get survey links
-- and can no longer open a counter's socket.
alter table device_key drop constraint device_key_kind_check;
alter table device_key
    add column counter_id bigint references counter (id),
    add constraint device_key_kind_check check (kind in ('KIOSK', 'DISPLAY', 'COUNTER')),
    add constraint device_key_counter check ((kind = 'COUNTER') = (counter_id is not null));
create index device_key_counter on device_key (counter_id) where counter_id is not null;

-- An answer that came from a staff network or with staff credentials is kept, marked, and reported apart from the
-- citizens' figures. The mark is all that is kept: never the address it came from. Existing rows were not checked.
alter table survey_response add column from_staff boolean not null default false;

-- The month tallies (V13) count a marked answer under the reporting mode STAFF, so the reports keep it out of every
-- citizen figure and show it as a row of its own; the response keeps how it came in (mode) as before.
create or replace view survey_response_source as
select r.id, date_trunc('month', r.answered_at at time zone 'Asia/Bangkok')::date as month,
    cast(case when r.from_staff then 'STAFF' else r.mode end as varchar(10)) as mode,
    coalesce(i.service_point_id, pc.service_point_id) as service_point_id, i.service_id,
    coalesce(i.counter_id, p.counter_id) as counter_id, i.clerk_id
from survey_response r
left join survey_invitation i on i.id = r.invitation_id
left join survey_poster p on p.id = r.poster_id
left join counter pc on pc.id = p.counter_id;
