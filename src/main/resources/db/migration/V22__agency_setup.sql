-- A new agency on an installation of many (issue 17): the platform creates it with its first administrator and the
-- stock questionnaire, so its kiosks' survey works from the first ticket, as on a fresh installation.
--
-- The stock questionnaire as V18 left a fresh installation: version 2's items (sub-items that read as whole questions,
-- "don't know / first visit" on E11, E12 and E15), in the form the installation starts with. Written down once here;
-- agency/Agencies publishes it for every agency it creates (V4 and V18, which gave the home agency the same items,
-- stay as they ran). It publishes for the scope's agency (servicepoint_agency(), V20) and only for an agency with no
-- questionnaire yet, so an agency's own versions are never replaced.
create function servicepoint_publish_stock_questionnaire() returns bigint language plpgsql as $$
declare
    new_id bigint;
begin
    if servicepoint_agency() is null then
        raise exception 'the stock questionnaire is published for one agency: the scope names none';
    end if;
    if exists (select 1 from questionnaire where agency_id = servicepoint_agency()) then
        return null;
    end if;
    insert into questionnaire (version, status, published_at, form, rotation_items)
    values (1, 'PUBLISHED', now(), '${survey_stock_form}', 4) returning id into new_id;
    insert into questionnaire_item (questionnaire_id, position, code, parent_code, indicator, scale, required, text_th,
        text_en)
    select new_id, s.* from (values
        (1, 'E1', null, 6, null, false, 'เจ้าหน้าที่ให้บริการตามที่กำหนด', 'Staff served you as set out'),
        (2, 'E1.1', 'E1', 6, 'ITA4', true, 'เจ้าหน้าที่ให้บริการตามขั้นตอนที่กำหนด',
            'Staff followed the published steps of the service'),
        (3, 'E1.2', 'E1', 6, 'ITA4', true, 'เจ้าหน้าที่ให้บริการเสร็จตามระยะเวลาที่กำหนด',
            'Staff finished the service within the published time'),
        (4, 'E2', null, 6, 'ITA4', true, 'ท่านได้รับบริการเท่าเทียมกับผู้มาติดต่อคนอื่น',
            'You were served equally with other visitors'),
        (5, 'E3', null, 6, 'ITA4', true, 'ข้อมูลที่ได้รับตรงไปตรงมา ไม่ปิดบังหรือบิดเบือน',
            'The information was straightforward, not hidden or distorted'),
        (6, 'E5', null, 6, 'ITA4', true, 'หน่วยงานคำนึงถึงประโยชน์ของประชาชนเป็นหลัก',
            'The agency put the public interest first'),
        (7, 'E6', null, 7, null, false, 'ข้อมูลของหน่วยงาน', 'The agency''s information'),
        (8, 'E6.1', 'E6', 7, 'ITA4', true, 'ข้อมูลของหน่วยงานเข้าถึงได้ง่าย',
            'The agency''s information is easy to access'),
        (9, 'E6.2', 'E6', 7, 'ITA4', true, 'ข้อมูลของหน่วยงานมีให้เลือกหลายช่องทาง',
            'The agency''s information is offered through many channels'),
        (10, 'E9', null, 7, 'ITA4', true, 'คำถามหรือข้อสงสัยของท่านได้รับคำตอบชัดเจน',
            'Your questions and concerns were answered clearly'),
        (11, 'E11', null, 8, 'ITA4_COMPARED', true, 'เจ้าหน้าที่ให้บริการดีขึ้นกว่าเดิม',
            'Staff have improved the quality of their service'),
        (12, 'E12', null, 8, 'ITA4_COMPARED', true, 'วิธีการและขั้นตอนการให้บริการดีขึ้น',
            'The methods and steps of the service have improved'),
        (13, 'E14', null, 8, 'ITA4', true, 'ท่านมีโอกาสร่วมปรับปรุงการให้บริการ',
            'You can take part in improving the service'),
        (14, 'E15', null, 8, 'ITA4_COMPARED', true, 'การให้บริการโปร่งใสมากขึ้น',
            'The service has become more transparent'),
        (15, 'OVERALL', null, null, 'LIKERT5', true, 'ความพึงพอใจโดยรวมต่อการให้บริการครั้งนี้',
            'Overall, how satisfied are you with this service?')
    ) as s (position, code, parent_code, indicator, scale, required, text_th, text_en);
    return new_id;
end
$$;
