-- Monthly survey tallies, kept by the database as responses and answers are stored. A half-year report over a million
-- responses would otherwise join and group thirteen million answers (about 19 s on the 2-core benchmark machine, see
-- bench/RESULTS.md); the month tallies hold the same counts in a few hundred thousand rows. A report whose period is
-- whole months (halves, years and custom ranges from a 1st to a month's end) reads these; any other range counts the
-- answers themselves. Months are calendar months in Asia/Bangkok, the zone every report period is cut in.
-- Responses and answers are never updated or deleted, so counting on insert keeps the tallies exact.

create table survey_month_response (
    month            date        not null,
    service_point_id bigint      not null references service_point (id),
    mode             varchar(10) not null,
    service_id       bigint references service (id),
    counter_id       bigint references counter (id),
    clerk_id         bigint references app_user (id),
    responses        bigint      not null
);

create unique index survey_month_response_key on survey_month_response
    (month, service_point_id, mode, (coalesce(service_id, 0)), (coalesce(counter_id, 0)), (coalesce(clerk_id, 0)));

create table survey_month_answer (
    month            date        not null,
    service_point_id bigint      not null references service_point (id),
    mode             varchar(10) not null,
    service_id       bigint references service (id),
    counter_id       bigint references counter (id),
    clerk_id         bigint references app_user (id),
    item_code        varchar(20) not null,
    value            varchar(10) not null,
    points           integer     not null,
    answers          bigint      not null
);

create unique index survey_month_answer_key on survey_month_answer
    (month, service_point_id, mode, (coalesce(service_id, 0)), (coalesce(counter_id, 0)), (coalesce(clerk_id, 0)),
     item_code, value, points);

-- what a response is tied to: an invitation (service, counter, clerk) or a poster (counter only)
create view survey_response_source as
select r.id, date_trunc('month', r.answered_at at time zone 'Asia/Bangkok')::date as month, r.mode,
    coalesce(i.service_point_id, pc.service_point_id) as service_point_id, i.service_id,
    coalesce(i.counter_id, p.counter_id) as counter_id, i.clerk_id
from survey_response r
left join survey_invitation i on i.id = r.invitation_id
left join survey_poster p on p.id = r.poster_id
left join counter pc on pc.id = p.counter_id;

-- rows are upserted in key order, so two answers for the same counter wait for each other instead of deadlocking
create function survey_month_count_responses() returns trigger language plpgsql as $$
begin
    insert into survey_month_response as t (month, service_point_id, mode, service_id, counter_id, clerk_id, responses)
    select s.month, s.service_point_id, s.mode, s.service_id, s.counter_id, s.clerk_id, count(*)
    from added a join survey_response_source s on s.id = a.id
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (month, service_point_id, mode, (coalesce(service_id, 0)), (coalesce(counter_id, 0)),
        (coalesce(clerk_id, 0)))
    do update set responses = t.responses + excluded.responses;
    return null;
end $$;

create trigger survey_response_tally after insert on survey_response
    referencing new table as added for each statement execute function survey_month_count_responses();

create function survey_month_count_answers() returns trigger language plpgsql as $$
begin
    insert into survey_month_answer as t (month, service_point_id, mode, service_id, counter_id, clerk_id, item_code,
        value, points, answers)
    select s.month, s.service_point_id, s.mode, s.service_id, s.counter_id, s.clerk_id, a.item_code, a.value, a.points,
        count(*)
    from added a join survey_response_source s on s.id = a.response_id
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9
    on conflict (month, service_point_id, mode, (coalesce(service_id, 0)), (coalesce(counter_id, 0)),
        (coalesce(clerk_id, 0)), item_code, value, points)
    do update set answers = t.answers + excluded.answers;
    return null;
end $$;

create trigger survey_answer_tally after insert on survey_answer
    referencing new table as added for each statement execute function survey_month_count_answers();

create function survey_answers_are_final() returns trigger language plpgsql as $$
begin
    raise exception 'survey responses and answers are never changed or deleted: the month tallies count them';
end $$;

create trigger survey_response_final before update or delete on survey_response
    for each row execute function survey_answers_are_final();
create trigger survey_answer_final before update or delete on survey_answer
    for each row execute function survey_answers_are_final();

-- the responses stored before this migration
insert into survey_month_response (month, service_point_id, mode, service_id, counter_id, clerk_id, responses)
select month, service_point_id, mode, service_id, counter_id, clerk_id, count(*)
from survey_response_source group by 1, 2, 3, 4, 5, 6;

insert into survey_month_answer (month, service_point_id, mode, service_id, counter_id, clerk_id, item_code, value,
    points, answers)
select s.month, s.service_point_id, s.mode, s.service_id, s.counter_id, s.clerk_id, a.item_code, a.value, a.points,
    count(*)
from survey_answer a join survey_response_source s on s.id = a.response_id
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
