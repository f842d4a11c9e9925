-- The journal of queue events that screens follow (live/). Each service point numbers its events 1, 2, 3, ...
-- without gaps: the number is taken under a row lock held until the change's transaction commits, so numbers
-- follow commit order, a rolled-back change gives its number back, and every instance sees the same numbering.
create table queue_event_seq (
    service_point_id bigint primary key references service_point (id) on delete cascade,
    last_seq bigint not null
);

create table queue_event (
    service_point_id bigint not null references service_point (id) on delete cascade,
    seq bigint not null,
    at timestamptz not null,
    -- the JSON message exactly as screens receive it
    message text not null,
    primary key (service_point_id, seq)
);

create index queue_event_at on queue_event (at);

-- Numbers, stores and announces one event; called last in the change's transaction. NOTIFY is delivered at commit
-- and never for a rolled-back transaction. A message too long for NOTIFY (8000 bytes) is announced by its number
-- only, and listeners read it from the journal.
create function queue_event_publish(sp bigint, at timestamptz, body text) returns bigint
language plpgsql as $$
declare
    s bigint;
    message text;
begin
    insert into queue_event_seq as q (service_point_id, last_seq) values (sp, 1)
    on conflict (service_point_id) do update set last_seq = q.last_seq + 1
    returning last_seq into s;
    message := '{"seq":' || s || ',' || substr(body, 2);
    insert into queue_event (service_point_id, seq, at, message) values (sp, s, at, message);
    if octet_length(message) < 7900 then
        perform pg_notify('queue_event', sp || ' ' || message);
    else
        perform pg_notify('queue_event', sp || ' ' || s);
    end if;
    return s;
end
$$;
