#!/usr/bin/env bash
# Backs up CE.Platform's PostgreSQL database (app tables and the hangfire schema) with pg_dump.
#   ops/pg-backup.sh <database> <file.dump>
# <database> is a name or a libpq connection string/URI (postgresql://user@host:5432/ce);
# host, user and password may also come from PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass.
# Safe while the site runs: pg_dump reads one consistent snapshot. See docs/operations.md.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <database> <file.dump>" >&2
  exit 64
fi
database=$1
file=$2
if [ -e "$file" ]; then
  echo "$file already exists; choose a new file name for each backup." >&2
  exit 1
fi

# Custom format: compressed, and pg_restore can list and check it without restoring.
pg_dump --format=custom --no-owner --no-privileges --dbname="$database" --file="$file.partial"
pg_restore --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
echo "Backed up $(basename "$database") to $file ($(stat -c %s "$file") bytes)."
