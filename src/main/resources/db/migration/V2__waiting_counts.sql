-- How many tickets wait per service and business day, kept by a trigger instead of counted on every ticket
-- issued: a count over the queue grows with its length, and every kiosk request needs it for the estimate.
alter table ticket_sequence add column waiting integer not null default 0;

update ticket_sequence q set waiting = (
    select count(*) from ticket t
    where t.service_id = q.service_id and t.business_day = q.business_day and t.status = 'WAITING');

create function ticket_sequence_add_waiting(service bigint, day date, delta integer) returns void
language sql as $$
    insert into ticket_sequence (service_id, business_day, last_seq, waiting) values (service, day, 0, delta)
    on conflict (service_id, business_day) do update set waiting = ticket_sequence.waiting + delta;
$$;

create function ticket_count_waiting() returns trigger language plpgsql as $$
declare
    leaves boolean := tg_op = 'UPDATE' and old.status = 'WAITING';
    enters boolean := new.status = 'WAITING';
begin
    if leaves and enters and old.service_id = new.service_id and old.business_day = new.business_day then
        return null;
    end if;
    -- rows of the lower service id first, so two opposite transfers cannot deadlock
    if leaves and enters and new.service_id < old.service_id then
        perform ticket_sequence_add_waiting(new.service_id, new.business_day, 1);
        perform ticket_sequence_add_waiting(old.service_id, old.business_day, -1);
        return null;
    end if;
    if leaves then
        perform ticket_sequence_add_waiting(old.service_id, old.business_day, -1);
    end if;
    if enters then
        perform ticket_sequence_add_waiting(new.service_id, new.business_day, 1);
    end if;
    return null;
end;
$$;

create trigger ticket_count_waiting after insert or update of status, service_id on ticket
    for each row execute function ticket_count_waiting();

-- today's queue of a service in order: the place of a ticket, and (split by priority) the head call-next takes
drop index ticket_waiting;
create index ticket_waiting on ticket (service_id, business_day, queued_at, id) where status = 'WAITING';
create index ticket_waiting_normal on ticket (service_id, business_day, queued_at, id)
    where status = 'WAITING' and priority = 'NORMAL';
create index ticket_waiting_priority on ticket (service_id, business_day, queued_at, id)
    where status = 'WAITING' and priority <> 'NORMAL';
