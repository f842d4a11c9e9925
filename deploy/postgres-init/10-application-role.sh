#!/usr/bin/env bash
# compose.yaml: the official PostgreSQL image runs this once, on the first start of an empty volume, as POSTGRES_USER
# (servicepoint, the owner). It creates the role the application works as (docs/operations.md, "Database roles"); the
# application grants it its privileges when it migrates.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$APP_DB_PASSWORD" <<'SQL'
create role servicepoint_app login password :'app_password';
revoke create on schema public from public;
SQL
