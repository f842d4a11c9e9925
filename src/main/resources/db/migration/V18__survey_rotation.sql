-- The short survey (issue 16): a citizen answers overall satisfaction and a few ITA items chosen by rotation, so the
-- form takes half a minute and every item still gets its fair share of answers over a half-year
-- (docs/report-method.md, "Short form by rotation"). Items that compare with an earlier visit offer "don't know".

-- The form is a setting of each questionnaire version, changed like its items: by publishing a new version.
-- SHORT asks every answerable item without an indicator (OVERALL) and rotation_items of the indicator (ITA) items;
-- FULL asks everything, as before. The application holds the bound of at most five required questions per invitation.
alter table questionnaire
    add column form varchar(5) not null default 'SHORT' check (form in ('SHORT', 'FULL')),
    add column rotation_items integer not null default 4 check (rotation_items between 1 and 5);

-- ITA4_COMPARED: the four EIT levels plus "don't know / first visit", for items that compare with an earlier visit
alter table questionnaire_item drop constraint questionnaire_item_scale_check;
alter table questionnaire_item
    alter column scale type varchar(20),
    add constraint questionnaire_item_scale_check check (scale in ('ITA4', 'ITA4_COMPARED', 'YES_NO', 'LIKERT5'));

-- The ITA items an invitation asks, chosen when it is minted; null asks the whole questionnaire (the full form, and
-- every invitation minted before this migration).
alter table survey_invitation add column asked_items varchar(20)[];

-- How often each item was asked (by invitations and poster views) in each fiscal half-year, named by its first day:
-- the rotation asks the least-asked items next. Upserted in code order, so two mints at once never deadlock.
create table survey_item_asked (
    half_start date        not null,
    item_code  varchar(20) not null,
    asked      bigint      not null,
    primary key (half_start, item_code)
);

-- The key that seals a poster view's choice of items, so its answer can cover only the items really asked. In the
-- database, so every instance seals and checks alike; gen_random_uuid draws from a cryptographic source (2 × 122 bits).
create table survey_seal_key (
    id     boolean primary key default true check (id),
    secret varchar(64) not null
);
insert into survey_seal_key (secret)
values (replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));

-- Version 2 of the stock questionnaire: sub-items that read as whole questions (asked alone in the short form, without
-- their heading) and "don't know / first visit" on E11, E12 and E15. Published only while the published questionnaire
-- is still the untouched stock version 1: an agency's own edits are never replaced.
create temporary table stock_v1 (position integer, code varchar(20), parent_code varchar(20), indicator integer,
    scale varchar(20), required boolean, text_th varchar(500), text_en varchar(500));
insert into stock_v1 values
    (1, 'E1', null, 6, null, false, 'เจ้าหน้าที่ให้บริการตามที่กำหนด', 'Staff served you as set out'),
    (2, 'E1.1', 'E1', 6, 'ITA4', true, 'ทำตามขั้นตอนที่กำหนด', 'They followed the published steps'),
    (3, 'E1.2', 'E1', 6, 'ITA4', true, 'เสร็จตามเวลาที่กำหนด', 'They finished within the published time'),
    (4, 'E2', null, 6, 'ITA4', true, 'ท่านได้รับบริการเท่าเทียมกับผู้มาติดต่อคนอื่น',
        'You were served equally with other visitors'),
    (5, 'E3', null, 6, 'ITA4', true, 'ข้อมูลที่ได้รับตรงไปตรงมา ไม่ปิดบังหรือบิดเบือน',
        'The information was straightforward, not hidden or distorted'),
    (6, 'E5', null, 6, 'ITA4', true, 'หน่วยงานคำนึงถึงประโยชน์ของประชาชนเป็นหลัก',
        'The agency put the public interest first'),
    (7, 'E6', null, 7, null, false, 'ข้อมูลของหน่วยงาน', 'The agency''s information'),
    (8, 'E6.1', 'E6', 7, 'ITA4', true, 'เข้าถึงได้ง่าย', 'is easy to access'),
    (9, 'E6.2', 'E6', 7, 'ITA4', true, 'มีให้หลายช่องทาง', 'is offered through many channels'),
    (10, 'E9', null, 7, 'ITA4', true, 'คำถามหรือข้อสงสัยของท่านได้รับคำตอบชัดเจน',
        'Your questions and concerns were answered clearly'),
    (11, 'E11', null, 8, 'ITA4', true, 'เจ้าหน้าที่ให้บริการดีขึ้นกว่าเดิม',
        'Staff have improved the quality of their service'),
    (12, 'E12', null, 8, 'ITA4', true, 'วิธีการและขั้นตอนการให้บริการดีขึ้น',
        'The methods and steps of the service have improved'),
    (13, 'E14', null, 8, 'ITA4', true, 'ท่านมีโอกาสร่วมปรับปรุงการให้บริการ',
        'You can take part in improving the service'),
    (14, 'E15', null, 8, 'ITA4', true, 'การให้บริการโปร่งใสมากขึ้น', 'The service has become more transparent'),
    (15, 'OVERALL', null, null, 'LIKERT5', true, 'ความพึงพอใจโดยรวมต่อการให้บริการครั้งนี้',
        'Overall, how satisfied are you with this service?');

do $$
declare
    stock_published boolean;
    new_id          bigint;
begin
    select count(*) = 1 into stock_published from questionnaire
    where version = 1 and status = 'PUBLISHED' and not exists (select 1 from questionnaire where version > 1);
    if not stock_published or exists (
        (select position, code, parent_code, indicator, scale, required, text_th, text_en
         from questionnaire_item i join questionnaire q on q.id = i.questionnaire_id where q.version = 1)
        except select * from stock_v1
        union all
        (select * from stock_v1
         except select position, code, parent_code, indicator, scale, required, text_th, text_en
         from questionnaire_item i join questionnaire q on q.id = i.questionnaire_id where q.version = 1)) then
        return;
    end if;
    update questionnaire set status = 'RETIRED', retired_at = now() where version = 1;
    insert into questionnaire (version, status, published_at, form, rotation_items)
    values (2, 'PUBLISHED', now(), '${survey_stock_form}', 4) returning id into new_id;
    insert into questionnaire_item (questionnaire_id, position, code, parent_code, indicator, scale, required, text_th,
        text_en)
    select new_id, s.position, s.code, s.parent_code, s.indicator,
        case when s.code in ('E11', 'E12', 'E15') then 'ITA4_COMPARED' else s.scale end,
        s.required, coalesce(w.text_th, s.text_th), coalesce(w.text_en, s.text_en)
    from stock_v1 s left join (values
        ('E1.1', 'เจ้าหน้าที่ให้บริการตามขั้นตอนที่กำหนด', 'Staff followed the published steps of the service'),
        ('E1.2', 'เจ้าหน้าที่ให้บริการเสร็จตามระยะเวลาที่กำหนด', 'Staff finished the service within the published time'),
        ('E6.1', 'ข้อมูลของหน่วยงานเข้าถึงได้ง่าย', 'The agency''s information is easy to access'),
        ('E6.2', 'ข้อมูลของหน่วยงานมีให้เลือกหลายช่องทาง', 'The agency''s information is offered through many channels')
    ) as w (code, text_th, text_en) on w.code = s.code;
end $$;

drop table stock_v1;
