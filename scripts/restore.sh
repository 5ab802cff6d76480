#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty database, which the app then runs on.
#   scripts/restore.sh FILE
# The database is the one ConnectionStrings__Score names (else the local one of scripts/run.sh);
# it is created when it does not exist, and the restore is refused when it already holds tables.
# The restore runs in one transaction: it lands whole or not at all.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh
source scripts/lib/database.sh

file=${1:-}
if [ -z "$file" ] || [ ! -f "$file" ]; then
  echo "Usage: scripts/restore.sh FILE (a backup made by scripts/backup.sh)" >&2
  exit 2
fi

bin=$(pg_bin_dir)
"$bin/pg_restore" --list "$file" >/dev/null || { echo "$file is not a pg_dump custom-format backup." >&2; exit 2; }
use_app_database "$root"
trap stop_started_database EXIT

target=$PGDATABASE
exists=$("$bin/psql" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${target//\'/\'\'}'")
if [ "$exists" != 1 ]; then
  "$bin/psql" -d postgres -qc "CREATE DATABASE \"${target//\"/\"\"}\""
  echo "Created database $target"
fi
tables=$("$bin/psql" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != 0 ]; then
  echo "Database $target already holds $tables tables: restore into an empty database (set ConnectionStrings__Score to a new name)." >&2
  exit 1
fi

"$bin/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$file"
echo "Restored $file into $target: start the app on it (it applies any newer migrations at startup when Score__ApplyMigrationsAtStartup=true)."
