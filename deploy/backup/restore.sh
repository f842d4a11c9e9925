#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database, in one transaction: it either all lands or nothing does.
#   createdb -O servicepoint servicepoint_restored
#   PGHOST=127.0.0.1 PGUSER=servicepoint PGPASSWORD=... deploy/backup/restore.sh backup.dump servicepoint_restored
# Then point QUARKUS_DATASOURCE_JDBC_URL at it (or rename the databases while the service is stopped) and start the
# service. The restored objects belong to the user that restores.
set -euo pipefail
file=${1:?usage: restore.sh BACKUP.dump DATABASE}
database=${2:?usage: restore.sh BACKUP.dump DATABASE}

tables=$(psql --dbname="$database" -tAc "select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "database $database already has $tables tables: restore into a new, empty database" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$database" "$file"
echo "restored $file into $database"
