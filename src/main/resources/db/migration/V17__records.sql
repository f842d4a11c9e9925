-- Records no one can quietly rewrite (docs/records.md).

-- 1. A complaint stays as it was filed. Its category, text, time, service point and codes never change and the row is
-- never deleted, whoever connects: a corruption complaint re-filed as GENERAL would reach executives, a deleted one
-- would vanish from every count. Handling still works: status, public answer and updated_at move on, and the
-- retention purge may only remove a closed complaint's contact (set it to NULL), nothing else about it.
create function complaint_kept_as_filed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'complaint % cannot be deleted: complaints are kept as filed', old.id;
    end if;
    if (new.id, new.category, new.text, new.created_at, new.service_point_id, new.tracking_code, new.reference)
            is distinct from
            (old.id, old.category, old.text, old.created_at, old.service_point_id, old.tracking_code, old.reference) then
        raise exception 'complaint %: category, text, filing time, service point and codes are kept as filed', old.id;
    end if;
    if new.contact is not null and new.contact is distinct from old.contact then
        raise exception 'complaint %: a contact can only be removed, never replaced', old.id;
    end if;
    return new;
end;
$$;

create function complaint_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'complaint cannot be truncated: complaints are kept as filed';
end;
$$;

-- 2. Complaints get a random public reference for staff lists and links: with the sequential id, the gaps an
-- executive saw were exactly the corruption complaints. The id stays internal. Existing complaints get one from
-- gen_random_uuid()'s strong random bytes (a bias of 9/256 against 8/256 per character, harmless for 10 characters).
alter table complaint add column reference varchar(11);
update complaint c set reference = (
    select substr(raw, 1, 5) || '-' || substr(raw, 6, 5)
    from (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + get_byte(bytes, i) % 31, 1), '' order by i)
          from (select uuid_send(gen_random_uuid()) as bytes where c.id is not null) random,
               generate_series(0, 9) i) as r(raw));
alter table complaint alter column reference set not null;
alter table complaint add constraint complaint_reference_unique unique (reference);

create trigger complaint_as_filed before update or delete on complaint
    for each row execute function complaint_kept_as_filed();
create trigger complaint_kept before truncate on complaint
    for each statement execute function complaint_no_truncate();

-- 3. The audit trail is hash-chained. Each audit_entry row gets one link in audit_chain: its position in the chain and
-- hash = SHA-256(previous link's hash || canonical encoding of the row), the first link hashing after 32 zero bytes.
-- The canonical encoding (docs/records.md; AuditChain recomputes it in Java) is 'audit_entry/1 ' followed by each
-- column in table order, a NULL as '-' and a value as its length in UTF-8 bytes, ':', and the value; numbers in
-- decimal, the time as UTC yyyy-mm-ddThh:mi:ss.uuuuuuZ.
-- PL/pgSQL, not SQL: a SQL function naming its argument three times is not inlined for an argument such as
-- e.id::text, and was then planned again on every call, 90 % of the cost of a link.
create function audit_field(value text) returns text language plpgsql immutable as $$
begin
    return case when value is null then '-' else octet_length(value) || ':' || value end;
end;
$$;

create function audit_entry_content(e audit_entry) returns text language sql stable as $$
    select 'audit_entry/1 ' || audit_field(e.id::text)
        || audit_field(to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_field(e.actor) || audit_field(e.user_id::text) || audit_field(e.device_id::text)
        || audit_field(e.action) || audit_field(e.service_point_id::text) || audit_field(e.counter_id::text)
        || audit_field(e.ticket_id::text) || audit_field(e.reason) || audit_field(e.detail)
$$;

create table audit_chain (
    position bigint primary key,
    entry_id bigint not null unique,
    hash     bytea  not null check (octet_length(hash) = 32)
);

create function audit_chain_hash(previous bytea, e audit_entry) returns bytea language sql stable as $$
    select sha256(previous || convert_to(audit_entry_content(e), 'UTF8'))
$$;

-- Existing rows are chained in id order, so the whole trail is covered, not only what is written from now on.
do $$
declare
    e audit_entry;
    last_position bigint := 0;
    last_hash bytea := decode(repeat('00', 32), 'hex');
begin
    for e in select * from audit_entry order by id loop
        last_position := last_position + 1;
        last_hash := audit_chain_hash(last_hash, e);
        insert into audit_chain values (last_position, e.id, last_hash);
    end loop;
end;
$$;

-- Links each new row after the last link, when its transaction commits. Deferred to the commit: the chain's lock is
-- then the last lock a transaction takes (after the event journal's row, see QueueEvents), so appending cannot
-- deadlock, and it is held for the commit only. The transaction-level advisory lock (key 'AUDITCHN') makes appends one
-- transaction at a time across every application instance, and PostgreSQL releases it only once the commit is
-- visible, so the next appender's statement, reading a fresh snapshot (READ COMMITTED), finds this link. A REPEATABLE
-- READ transaction would read an older last link and fail on the position's primary key: an error, never a fork. The
-- last link is read through the primary key instead of a head row updated per link: a transaction writing thousands
-- of audit rows (the day end) would otherwise leave as many versions of that row to wade through, quadratic time.
-- SECURITY DEFINER, so the application's role needs no right to write audit_chain itself.
create function audit_entry_chain() returns trigger language plpgsql security definer
    set search_path from current as $$
declare
    last audit_chain%rowtype;
begin
    perform pg_advisory_xact_lock(x'415544495443484E'::bigint);
    select * into last from audit_chain order by position desc limit 1;
    insert into audit_chain (position, entry_id, hash) values (coalesce(last.position, 0) + 1, new.id,
        audit_chain_hash(coalesce(last.hash, decode(repeat('00', 32), 'hex')), new));
    return null;
end;
$$;

create constraint trigger audit_entry_chained after insert on audit_entry deferrable initially deferred
    for each row execute function audit_entry_chain();

create function append_only_table() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger audit_chain_no_change before update or delete on audit_chain
    for each row execute function append_only_table();
create trigger audit_entry_kept before truncate on audit_entry
    for each statement execute function append_only_table();
create trigger audit_chain_kept before truncate on audit_chain
    for each statement execute function append_only_table();
