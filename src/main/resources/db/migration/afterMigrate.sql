-- The application's privileges. Flyway runs this after every migrate, also when there was nothing to migrate, so
-- tables added by any later migration are covered without a step of their own, and an installation that only now
-- separates the two roles gets its grants at the next start (docs/operations.md, "Database roles").
--
-- The migrations run as the owner of the tables (quarkus.flyway.username); the application connects as the role
-- ${app_role} (quarkus.datasource.username). That role reads and writes rows, and nothing more: it owns nothing, so it
-- cannot alter, drop or truncate a table, nor disable or drop a trigger. Append-only tables it may only read and
-- append to. A new append-only table is declared by adding its name to append_only below (and keeps its trigger
-- refusing update and delete, which holds against the owner's mistakes too).
--
-- With one account for both (no quarkus.flyway.username set) there is nothing to separate for that role.
--
-- The same grants go to servicepoint_scoped (V20), the role a superuser's connection takes on so that row-level
-- security holds it (common/AgencyScopedConnections).
do $grants$
declare
    app         text;
    append_only text[] := array['audit_entry', 'audit_chain', 'measure_progress', 'report_snapshot', 'survey_response',
                                'survey_answer'];
    schema_name text   := current_schema();
    t           text;
begin
    foreach app in array array['${app_role}', 'servicepoint_scoped'] loop
        if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
            continue;
        end if;
        execute format('grant usage on schema %I to %I', schema_name, app);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, app);
        execute format('revoke truncate, references, trigger on all tables in schema %I from %I', schema_name, app);
        execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app);
        foreach t in array append_only loop
            if to_regclass(format('%I.%I', schema_name, t)) is not null then
                execute format('revoke update, delete on %I.%I from %I', schema_name, t, app);
            end if;
        end loop;
        -- the migration history is the owner's alone
        execute format('revoke all on %I.%I from %I', schema_name, '${flyway:table}', app);
    end loop;
end
$grants$;
