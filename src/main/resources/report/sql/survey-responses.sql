-- A piece of the survey statements (included by survey-cells-from-answers.sql and survey-comments.sql): the period's
-- responses, with what they are tied to: an invitation (service, counter, clerk) or a poster. A response belongs to the
-- period by answered_at, and to a service point through its invitation (invited) or its poster's counter (open); an
-- answer marked as from staff counts under mode STAFF. Parameters: :from, :to (timestamptz), :servicePoint (bigint,
-- null for the whole agency).
response as not materialized (
    select r.id, case when r.from_staff then 'STAFF' else r.mode end mode, r.answered_at, r.comment,
        i.service_id, i.clerk_id,
        coalesce(i.counter_id, p.counter_id) counter_id,
        coalesce(i.service_point_id, pc.service_point_id) service_point_id
    from survey_response r
    left join survey_invitation i on i.id = r.invitation_id
    left join survey_poster p on p.id = r.poster_id
    left join counter pc on pc.id = p.counter_id
    where r.answered_at >= :from and r.answered_at < :to
        and (cast(:servicePoint as bigint) is null
            or coalesce(i.service_point_id, pc.service_point_id) = :servicePoint)
)
