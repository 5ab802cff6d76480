# Starting a private PostgreSQL cluster for the run and test commands. Sourced, not run.
# The server refuses to run as root, so as root it runs as the postgres system user.

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL is not installed: installing it with apt-get..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$dir" ]; then
    echo "PostgreSQL server binaries not found. Install them (Debian: sudo apt-get install postgresql)" >&2
    echo "or set ConnectionStrings__Score to a database you already have." >&2
    return 1
  fi
  echo "$dir"
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    (cd /tmp && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pg_start DATA_DIR PORT SUPERUSER PASSWORD_FILE EXTRA_SERVER_OPTIONS
# Creates the cluster when the folder is empty, then starts it on 127.0.0.1:PORT.
pg_start() {
  local data=$1 port=$2 user=$3 pwfile=$4 extra=${5:-} bin
  bin=$(pg_bin_dir) || return 1
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$data"
    chmod 700 "$data"
    [ -n "$pwfile" ] && chown postgres "$pwfile"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    local auth=(--auth-local=trust --auth-host=trust)
    [ -n "$pwfile" ] && auth=(--auth-local=trust --auth-host=scram-sha-256 "--pwfile=$pwfile")
    as_pg "$bin/initdb" -D "$data" -U "$user" -E UTF8 --locale=C.UTF-8 "${auth[@]}" >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; return 1; }
  fi
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp $extra" start >/dev/null \
    || { tail -n 20 "$data/server.log" >&2; return 1; }
}

pg_stop() {
  local data=$1 bin
  bin=$(pg_bin_dir 2>/dev/null) || return 0
  [ -f "$data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1
  return 0
}

pg_running() {
  local data=$1 bin
  bin=$(pg_bin_dir 2>/dev/null) || return 1
  as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}
