#!/usr/bin/env bash
# pg-cluster.sh start DIR | stop DIR
#
# A throwaway PostgreSQL cluster for the tests, listening on 127.0.0.1 only,
# on a free port, run by a non-root user (the `postgres` system user when
# called as root). Its data lives in a private folder under /tmp, which that
# user can reach wherever the build folder is. `start` writes DIR/url, the
# URL of the cluster's maintenance database for the user `relais` (trust on
# loopback), and DIR/password-url, a user `relais_pw` that must give the
# password in DIR/password (SCRAM). `stop` stops the server and removes its
# data and DIR.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL's server programs are not installed; run make deps (package postgresql)." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -f "$dir/datadir" ]; then
    local data
    data=$(cat "$dir/datadir")
    if [ -f "$data/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$data" in /tmp/relais-pg.*) rm -rf "$data" ;; esac
  fi
  rm -rf "$dir"
}

case "$action" in
stop)
  stop_cluster
  exit 0
  ;;
start) ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac

# A cluster left by an interrupted run goes first.
stop_cluster
mkdir -p "$dir"
data=$(mktemp -d /tmp/relais-pg.XXXXXX)
echo "$data" >"$dir/datadir"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$data"
fi
chmod 700 "$data"

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
as_owner "$bindir/initdb" -D "$data/data" -U relais --auth=trust --no-sync \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

# Loopback only. relais_pw must authenticate; everyone else is trusted,
# which is safe for a private cluster that only listens on 127.0.0.1.
as_owner tee "$data/data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all relais_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF

started=0
for _ in $(seq 1 20); do
  port=$((20000 + RANDOM % 30000))
  if as_owner "$bindir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data \
          -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
          -c max_connections=300 -c shared_buffers=64MB" start >/dev/null 2>&1; then
    started=1
    break
  fi
done
if [ "$started" -ne 1 ]; then
  echo "Could not start the test PostgreSQL cluster:" >&2
  tail -n 20 "$data/server.log" >&2 || true
  exit 1
fi

psql() {
  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U relais -d postgres "$@"
}
psql -c "CREATE ROLE relais_pw LOGIN CREATEDB PASSWORD '$password'"
psql -c "CREATE DATABASE relais_pw OWNER relais_pw"

echo "postgresql://relais@127.0.0.1:$port/postgres" >"$dir/url"
echo "postgresql://relais_pw@127.0.0.1:$port/relais_pw" >"$dir/password-url"
echo "$password" >"$dir/password"
chmod 644 "$dir/url" "$dir/password-url" "$dir/password"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
