#!/usr/bin/env bash
# Prints Score's performance figures on a throwaway PostgreSQL it starts and removes, with the app published
# to a folder of its own and run from there, as it is deployed.
#   bash scripts/benchmark.sh documents [scale]
#     certificates per second, and the programme report's time and memory over the demo data
#     and over the demo data plus SCALE times the real programme (generated, seed 2026; default 10).
#   bash scripts/benchmark.sh web [scale] [requests] [pages]
#     starts the app (Production settings) on the demo data plus SCALE times the programme, and 8 users signed in
#     as BEDO's staff request each main page over loopback (REQUESTS each, default 400): p50, p95, p99, requests a
#     second, database statements per request (pg_stat_statements), bytes per answer plain and Brotli-compressed,
#     and the server's peak memory. Then the enterprise list against a hand-written Npgsql page of the same rows
#     (benchmarks/ReferenceList, alternating rounds): the ratio of their speeds. PAGES ("visit,training page")
#     measures only the pages whose names contain one of the words.
#   bash scripts/benchmark.sh dashboard ["scales"]
#     for each scale (default "1 10 30"): the demo data plus SCALE times the programme, the app started afresh
#     (Production settings), the first programme dashboard after the start, then 8 programme viewers each choosing
#     filter combinations never asked before (p50, p95), then the same filters again, as kept (p50, p95).
#   bash scripts/benchmark.sh soak [minutes] [scale]
#     the app as deployed on the demo data plus SCALE times the programme (default 1) under a mixed load of 8 users
#     (lists, dashboards, enterprises registered and attendance recorded through the API, certificates issued) for
#     MINUTES (default 10), with PostgreSQL stopped for 5 s in the middle: requests, errors outside the outage,
#     writes acknowledged and found afterwards, seconds to recover, the app's memory at start and end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Development
mode=${1:-documents}
scale=${2:-10}

data=$(mktemp -d /tmp/score-bench-pg.XXXXXX)
chmod 755 "$data"
port=$(free_port)
trap 'pg_stop "$data/cluster"; rm -rf "$data"' EXIT
pg_start "$data/cluster" "$port" score "" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements"
bin=$(pg_bin_dir)

echo "Publishing..."
dotnet publish src/Score.Web -c Release -o "$data/app" -nologo -v quiet
score() { (cd "$data/app" && dotnet Score.Web.dll "$@" 2>&1 | grep -v '^info:\|^      \|DataProtection'); }

# A new database with the demo data; with a scale, the generated programme on top.
use_database() {
  local name=$1
  "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d postgres -qc "CREATE DATABASE $name"
  export ConnectionStrings__Score="Host=127.0.0.1;Port=$port;Database=$name;Username=score"
  export Score__LoadDemoData=true
  if [ -n "${2:-}" ]; then
    score generate-data --scale "$2" --seed 2026
  fi
}

app_pid="" reference_pid=""
# Starts the published app with Production settings on $ConnectionStrings__Score; sets app_port and app_pid,
# and waits until it answers. The API's per-token limit is lifted: the benchmarks measure pages, not the limiter.
start_app() {
  app_port=$(free_port)
  echo "Starting Score from $data/app on 127.0.0.1:$app_port (Production settings)..."
  (cd "$data/app" && ASPNETCORE_ENVIRONMENT=Production Score__LoadDemoData=false Score__ApiRequestsPerMinute=1000000 \
    exec dotnet Score.Web.dll --urls "http://127.0.0.1:$app_port") >"$data/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Score did not answer within 60 s; its log:" >&2
  tail -n 40 "$data/app.log" >&2
  return 1
}

case "$mode" in
  documents)
    echo
    echo "== Demo data"
    use_database score_bench_demo
    score benchmark-documents
    echo
    echo "== Demo data and ${scale}x the real programme"
    use_database score_bench_scaled "$scale"
    score benchmark-documents --certificates 300
    ;;
  web)
    use_database score_bench_web "$scale"
    "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d score_bench_web -qc "VACUUM ANALYZE"
    dotnet build benchmarks/ReferenceList -c Release -nologo -v quiet
    reference_port=$(free_port)
    echo "Starting the hand-written page on 127.0.0.1:$reference_port..."
    ASPNETCORE_ENVIRONMENT=Production dotnet benchmarks/ReferenceList/bin/Release/net10.0/ReferenceList.dll \
      --urls "http://127.0.0.1:$reference_port" >"$data/reference.log" 2>&1 &
    reference_pid=$!
    trap 'kill $app_pid $reference_pid 2>/dev/null || true; pg_stop "$data/cluster"; rm -rf "$data"' EXIT
    start_app
    score benchmark-web --url "http://127.0.0.1:$app_port" --reference "http://127.0.0.1:$reference_port" \
      --pid "$app_pid" --reference-pid "$reference_pid" --users 8 --requests "${3:-400}" ${4:+--pages "$4"}
    ;;
  dashboard)
    for s in ${2:-1 10 30}; do
      echo
      echo "== Demo data and ${s}x the real programme"
      use_database "score_bench_dashboard_${s//./_}" "$s"
      "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d "score_bench_dashboard_${s//./_}" -qc "VACUUM ANALYZE"
      trap 'kill $app_pid 2>/dev/null || true; pg_stop "$data/cluster"; rm -rf "$data"' EXIT
      start_app
      score benchmark-dashboard --url "http://127.0.0.1:$app_port" --users 8 --scale "$s"
      echo "  app memory (resident)             $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$app_pid/status")"
      kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    done
    ;;
  soak)
    use_database score_soak "${3:-1}"
    "$bin/psql" -h 127.0.0.1 -p "$port" -U score -d score_soak -qc "VACUUM ANALYZE"
    trap 'kill $app_pid 2>/dev/null || true; pg_stop "$data/cluster"; rm -rf "$data"' EXIT
    start_app
    # The outage: a fast stop (sessions cut), 5 s down, then the same server started again.
    cat >"$data/restart-db.sh" <<RESTART
source "$root/scripts/lib/postgres.sh"
as_pg "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop
sleep 5
as_pg "$bin/pg_ctl" -D "$data/cluster" -w -t 60 restart >/dev/null
RESTART
    score benchmark-soak --url "http://127.0.0.1:$app_port" --pid "$app_pid" --users 8 --minutes "${2:-10}" \
      --restart "bash $data/restart-db.sh"
    ;;
  *)
    echo "Unknown benchmark '$mode': use documents, web, dashboard or soak." >&2
    exit 2
    ;;
esac
