# The app's database for the operations scripts (backup, restore). Sourced, not run.
# Needs scripts/lib/postgres.sh sourced first.

# pg_env_from CONNECTION_STRING: exports PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE
# from an Npgsql connection string (Host=...;Port=...;Database=...;Username=...;Password=...), so
# that pg_dump, pg_restore and psql reach the same database as the app without a password on their
# command line.
pg_env_from() {
  local cs=$1 pair key value pairs
  export PGHOST=127.0.0.1 PGPORT=5432
  unset PGDATABASE PGUSER PGPASSWORD PGSSLMODE
  IFS=';' read -ra pairs <<<"$cs"
  for pair in "${pairs[@]}"; do
    [ -z "${pair// /}" ] && continue
    key=$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    value=${pair#*=}
    case "$key" in
      host|server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      database|db) export PGDATABASE=$value ;;
      username|userid|user|uid) export PGUSER=$value ;;
      password|pwd) export PGPASSWORD=$value ;;
      sslmode) export PGSSLMODE=$(echo "$value" | tr '[:upper:]' '[:lower:]') ;;
    esac
  done
  if [ -z "${PGDATABASE:-}" ] || [ -z "${PGUSER:-}" ]; then
    echo "The connection string needs at least Database and Username." >&2
    return 1
  fi
}

# use_app_database: the database ConnectionStrings__Score names, or else the local one that
# scripts/run.sh keeps in .data/postgres (started for the script if it is not running; stopped
# again by stop_started_database).
started_data=""
use_app_database() {
  local root=$1
  if [ -n "${ConnectionStrings__Score:-}" ]; then
    pg_env_from "$ConnectionStrings__Score"
    return
  fi
  local data="$root/.data/postgres" pwfile="$root/.data/postgres-password" port
  if [ ! -f "$data/PG_VERSION" ] || [ ! -f "$pwfile" ]; then
    echo "No database: set ConnectionStrings__Score, or run scripts/run.sh once to create the local one." >&2
    return 1
  fi
  if ! pg_running "$data"; then
    port=${SCORE_PG_PORT:-55432}
    pg_start "$data" "$port" score "$pwfile"
    started_data=$data
  fi
  port=$(sed -n '4p' "$data/postmaster.pid")
  pg_env_from "Host=127.0.0.1;Port=$port;Database=score;Username=score;Password=$(cat "$pwfile")"
}

stop_started_database() {
  [ -n "$started_data" ] && pg_stop "$started_data"
  return 0
}
