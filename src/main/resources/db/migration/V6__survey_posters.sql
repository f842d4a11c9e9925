-- Open mode of the survey, for agencies without counter screens: a printed poster per counter carries a QR link that
-- anyone may answer, as often as the per-client interval allows. Its answers are lower-trust (no served ticket
-- behind them), so every response says how it came in and reports count the two modes apart.

-- The token is kept as it is: it is printed on a poster for everyone to see, a secret only in that it cannot be
-- guessed for a counter that has no poster.
create table survey_poster (
    id         bigserial primary key,
    token      varchar(43) not null unique,
    counter_id bigint      not null references counter (id),
    created_at timestamptz not null,
    -- a replaced poster stays for the responses that came through it, but its link stops working
    active     boolean     not null
);

-- one working poster per counter: creating a new one deactivates the old in the same transaction
create unique index survey_poster_one_active on survey_poster (counter_id) where active;

-- Existing rows all came through invitations. The default only fills them; every new row names its mode.
alter table survey_response
    add column mode varchar(10) not null default 'INVITED' check (mode in ('INVITED', 'OPEN')),
    add column poster_id bigint references survey_poster (id),
    alter column invitation_id drop not null;

alter table survey_response
    alter column mode drop default,
    -- an invited answer is tied to its served ticket, an open one only to the poster (and so the counter)
    add constraint survey_response_source check (
        (mode = 'INVITED' and invitation_id is not null and poster_id is null)
        or (mode = 'OPEN' and poster_id is not null and invitation_id is null));

create index survey_response_poster on survey_response (poster_id);
