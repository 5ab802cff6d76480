#!/usr/bin/env bash
# Runs every test: integration tests against a real PostgreSQL and browser tests in headless
# Chromium. Without ConnectionStrings__Score it starts a throwaway PostgreSQL and removes it after.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${SCORE_CHROMIUM:-}" ]; then
  SCORE_CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
  if [ -z "$SCORE_CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    SCORE_CHROMIUM=$(command -v chromium)
  fi
  if [ -z "$SCORE_CHROMIUM" ]; then
    echo "Chromium is needed for the browser tests: sudo apt-get install chromium (or set SCORE_CHROMIUM)." >&2
    exit 1
  fi
  export SCORE_CHROMIUM
fi

# PDFs embed the DejaVu fonts; the QR-code test rasterises a certificate with poppler's pdftoppm.
missing=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || [ -n "${Score__FontsFolder:-}" ] || missing+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} for the PDF tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The PDF tests need: ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
    exit 1
  fi
fi

if [ -z "${ConnectionStrings__Score:-}" ]; then
  data=$(mktemp -d /tmp/score-test-pg.XXXXXX)
  chmod 755 "$data"
  port=$(free_port)
  trap 'pg_stop "$data/cluster"; rm -rf "$data"' EXIT
  # A throwaway cluster: durability settings off make it several times faster.
  pg_start "$data/cluster" "$port" score "" \
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  export ConnectionStrings__Score="Host=127.0.0.1;Port=$port;Database=postgres;Username=score"
fi

results="$root/TestResults"
rm -rf "$results"
status=0
# The rules run first (about a second, no database); each project writes its own TRX file.
dotnet build Score.sln -c Release --nologo -v quiet
for project in Score.Rules.Tests Score.Tests; do
  dotnet test "tests/$project" -c Release --nologo --no-build --logger "trx;LogFileName=$project.trx" \
    --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?
done

# The closing line CI reads, from the TRX counters (awk only: no other tool assumed).
summary=$(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | awk '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); gsub(/[">\/]/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2];
      if (kv[1] == "failed" || kv[1] == "error" || kv[1] == "timeout" || kv[1] == "aborted") f += kv[2];
      if (kv[1] == "notExecuted") n += kv[2]; } }
  END { if (NR > 0) print p + 0 " passed, " f + 0 " failed, " n + 0 " skipped" }')
echo
echo "${summary:-0 passed, 1 failed}"
exit $status
