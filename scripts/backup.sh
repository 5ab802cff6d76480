#!/usr/bin/env bash
# Backs up Score's database: a timestamped pg_dump in custom format, keeping the newest N.
#   scripts/backup.sh [--dir DIR] [--keep N]
# DIR defaults to $SCORE_BACKUP_DIR or backups/ in the checkout; N to $SCORE_BACKUP_KEEP or 14.
# The database is the one ConnectionStrings__Score names (else the local one of scripts/run.sh).
# Prints the path of the new backup. Restore it with scripts/restore.sh FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh
source scripts/lib/database.sh

dir=${SCORE_BACKUP_DIR:-$root/backups}
keep=${SCORE_BACKUP_KEEP:-14}
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "Unknown option: $1 (use --dir DIR, --keep N)" >&2; exit 2 ;;
  esac
done
if ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "--keep needs a whole number of at least 1." >&2
  exit 2
fi

bin=$(pg_bin_dir)
use_app_database "$root"
trap stop_started_database EXIT
mkdir -p "$dir"
chmod 700 "$dir"

name="score-$(date -u +%Y%m%dT%H%M%S.%3NZ).dump"
# Written under a temporary name and renamed when complete: a failed or interrupted dump never
# looks like a backup, and never pushes a good one out of the newest N.
"$bin/pg_dump" --format=custom --no-owner --no-privileges --file="$dir/.$name.partial" "$PGDATABASE"
mv "$dir/.$name.partial" "$dir/$name"

ls -1 "$dir" | grep -E '^score-[0-9T.]+Z\.dump$' | sort -r | tail -n +$((keep + 1)) | while read -r old; do
  rm -f "$dir/$old"
done
echo "$dir/$name"
