#!/usr/bin/env bash
# Backs up the Service Point database with pg_dump into one compressed file, while the service keeps running
# (pg_dump reads one consistent snapshot). Old backups beyond the kept days are removed.
#   PGHOST=127.0.0.1 PGUSER=servicepoint PGPASSWORD=... deploy/backup/backup.sh [database] [directory]
# Connection settings are libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass). The pg_dump used must
# be the server's major version or newer. Prints the file written.
set -euo pipefail
database=${1:-${PGDATABASE:-servicepoint}}
dir=${2:-${BACKUP_DIR:-/var/backups/servicepoint}}
keep_days=${BACKUP_KEEP_DAYS:-30}

mkdir -p "$dir"
file="$dir/servicepoint-$(date -u +%Y%m%dT%H%M%SZ).dump"
# written under a temporary name, so a cut-off dump is never taken for a good one
pg_dump --format=custom --compress=6 --no-owner --no-privileges --dbname="$database" --file="$file.partial"
mv "$file.partial" "$file"
find "$dir" -maxdepth 1 -name 'servicepoint-*.dump' -mtime +"$keep_days" -delete
echo "$file"
