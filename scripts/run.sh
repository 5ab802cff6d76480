#!/usr/bin/env bash
# Runs Score on http://localhost:5000 with its demo data. Without ConnectionStrings__Score it
# starts a local PostgreSQL whose data stays in .data/ of the checkout, and stops it on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh

url=${SCORE_URL:-http://localhost:5000}
data_link="$root/.data/postgres"

if [ -z "${ConnectionStrings__Score:-}" ]; then
  port=${SCORE_PG_PORT:-55432}
  mkdir -p "$root/.data"
  chmod 711 "$root/.data"
  data="$data_link"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$root/.data" 2>/dev/null; then
    # The postgres user cannot reach into this checkout (a root home, say): keep the cluster
    # where it can, and point .data/postgres at it.
    data="/var/lib/score/$(echo -n "$root" | md5sum | cut -c1-12)/postgres"
    mkdir -p "$(dirname "$data")"
    [ -L "$data_link" ] || ln -s "$data" "$data_link"
  fi
  pwfile="$root/.data/postgres-password"
  if [ ! -f "$data/PG_VERSION" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$pwfile"
    chmod 600 "$pwfile"
  fi
  if pg_running "$data"; then
    echo "Reusing the local PostgreSQL already running from $data_link"
  else
    if port_in_use "$port"; then
      echo "Port $port is taken; set SCORE_PG_PORT to a free port." >&2
      exit 1
    fi
    echo "Starting a local PostgreSQL (data in $data_link, port $port)..."
    pg_start "$data" "$port" score "$pwfile"
    trap 'echo "Stopping the local PostgreSQL..."; pg_stop "$data"' EXIT
  fi
  port=$(sed -n '4p' "$data/postmaster.pid" 2>/dev/null || echo "$port")
  password=$(cat "$pwfile")
  bin=$(pg_bin_dir)
  if ! PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'score'" | grep -q 1; then
    PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d postgres -qc "CREATE DATABASE score"
  fi
  export ConnectionStrings__Score="Host=127.0.0.1;Port=$port;Database=score;Username=score;Password=$password"
fi

# "Demo": users see the friendly error page; a developer opts into stack traces with ASPNETCORE_ENVIRONMENT=Development.
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Demo}
export Score__ApplyMigrationsAtStartup=true
export Score__LoadDemoData=true
export Score__PublicBaseUrl=${Score__PublicBaseUrl:-$url}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building Score..."
dotnet build src/Score.Web -c Release -nologo -v quiet
echo
echo "Score is starting at $url (demo accounts in README.md; Ctrl-C stops it)"
dotnet run --project src/Score.Web -c Release --no-build --no-launch-profile --urls "$url"
