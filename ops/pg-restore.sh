#!/usr/bin/env bash
# Restores a backup made by ops/pg-backup.sh into an EMPTY database, in one transaction.
#   createdb ce_restored && ops/pg-restore.sh <file.dump> ce_restored
# then point ConnectionStrings:Default at the new database and start the site (it applies any
# newer migrations). Refuses a database that already has tables. See docs/operations.md.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <file.dump> <empty database>" >&2
  exit 64
fi
file=$1
database=$2
pg_restore --list "$file" >/dev/null

tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$database" \
  --command="SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
  echo "The target database already has $tables table(s); restore into a new, empty database (createdb)." >&2
  exit 1
fi

# All or nothing: an error rolls the whole restore back.
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$file"
echo "Restored $file into $(basename "$database")."
