-- The counter satisfaction survey: versioned questionnaires, one-time invitations per served ticket, and the answers.
-- Answers hold no personal data and no address: a response reaches ticket, service, counter and clerk only through
-- its invitation.

create table questionnaire (
    id           bigserial primary key,
    version      integer     not null unique check (version > 0),
    status       varchar(10) not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    published_at timestamptz,
    retired_at   timestamptz
);

-- exactly one current questionnaire: citizens always answer the published one
create unique index questionnaire_one_published on questionnaire ((true)) where status = 'PUBLISHED';

create table questionnaire_item (
    id               bigserial primary key,
    questionnaire_id bigint       not null references questionnaire (id),
    position         integer      not null,
    code             varchar(20)  not null,
    -- a sub-item (E1.1) names its parent (E1); a parent has text and no scale, so it takes no answer
    parent_code      varchar(20),
    indicator        integer check (indicator in (6, 7, 8)),
    scale            varchar(10) check (scale in ('ITA4', 'YES_NO', 'LIKERT5')),
    required         boolean      not null,
    text_th          varchar(500) not null,
    text_en          varchar(500) not null,
    unique (questionnaire_id, code),
    unique (questionnaire_id, position)
);

-- The token is kept as it is (not hashed) because the ticket's public status shows the survey link again until it
-- is answered or expires; it is as secret as the ticket's tracking token, which is kept the same way.
create table survey_invitation (
    id               bigserial primary key,
    token            varchar(43) not null unique,
    ticket_id        bigint      not null unique references ticket (id),
    service_point_id bigint      not null references service_point (id),
    service_id       bigint      not null references service (id),
    counter_id       bigint references counter (id),
    clerk_id         bigint references app_user (id),
    created_at       timestamptz not null,
    expires_at       timestamptz not null
);

create table survey_response (
    id               bigserial primary key,
    -- unique: one answer per invitation, also when two submissions race
    invitation_id    bigint      not null unique references survey_invitation (id),
    questionnaire_id bigint      not null references questionnaire (id),
    answered_at      timestamptz not null,
    comment          text
);

create table survey_answer (
    id          bigserial primary key,
    response_id bigint      not null references survey_response (id),
    item_code   varchar(20) not null,
    value       varchar(10) not null,
    -- the points of the value when it was given, so a later change of the ITA points leaves past answers as scored
    points      integer     not null,
    unique (response_id, item_code)
);

-- Version 1: the counter-service items of the EIT form (see DOMAIN.md) and overall satisfaction.
insert into questionnaire (version, status, published_at) values (1, 'PUBLISHED', now());

insert into questionnaire_item (questionnaire_id, position, code, parent_code, indicator, scale, required, text_th, text_en)
select q.id, i.position, i.code, i.parent_code, i.indicator, i.scale, i.required, i.text_th, i.text_en
from questionnaire q, (values
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
        'Overall, how satisfied are you with this service?')
) as i (position, code, parent_code, indicator, scale, required, text_th, text_en)
where q.version = 1;
