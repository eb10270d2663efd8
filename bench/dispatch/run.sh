#!/usr/bin/env bash
# Runs bench_dispatch against nginx on loopback: HTTP/1.1 with keep-alive,
# then HTTP/2 with prior knowledge (h2c), then the accepted -> wire latency.
#   bench/dispatch/run.sh [BUILD_DIR] [--db|--db-only] [extra bench_dispatch options...]
# Installs nginx (nginx-light) with apt-get when it is missing; the nginx it
# starts uses a temporary configuration and is stopped at the end.
# --db: afterwards (--db-only: instead), deliveries/s from SQLite with one
# dispatcher and from PostgreSQL with 1, 2 and 4 dispatcher processes, on a
# throwaway cluster (tools/pg-cluster.sh) restarted with durable commits
# (fsync, synchronous_commit, full_page_writes on) and removed at the end.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
db_mode=""
args=()
for arg in "$@"; do
    case "$arg" in
    --db) db_mode=after ;;
    --db-only) db_mode=only ;;
    *) args+=("$arg") ;;
    esac
done
set -- ${args[@]+"${args[@]}"}
dispatcher_counts=(1 2 4)
pg_cluster=$here/../../tools/pg-cluster.sh
bench=$build/bench/bench_dispatch
if [ ! -x "$bench" ]; then
    echo "No $bench: build the bench_dispatch target first." >&2
    exit 1
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends nginx-light
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -ltn 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}
h1_port=$(free_port)
h2_port=$(free_port)

work=$(mktemp -d)
nginx_pid=""
pg_dir=""
cleanup() {
    if [ -n "$nginx_pid" ]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    if [ -n "$pg_dir" ]; then
        "$pg_cluster" stop "$pg_dir" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 10000000;
    keepalive_timeout 120s;
    http2_max_concurrent_streams 256;
    client_body_buffer_size 64k;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$h1_port;
        location / { return 200 "ok"; }
    }
    server {
        listen 127.0.0.1:$h2_port http2;
        location / { return 200 "ok"; }
    }
}
CONF
# In the foreground of a background job, so that this script stops (and
# reaps) it.
"$nginx_bin" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 50); do
    [ -f "$work/nginx.pid" ] && break
    sleep 0.1
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*\///'), 1 worker; HTTP/1.1 on $h1_port, h2c on $h2_port"
if [ "$db_mode" != only ]; then
    "$bench" --url "http://127.0.0.1:$h1_port/hook" --latency-samples 0 "$@"
    "$bench" --url "http://127.0.0.1:$h2_port/hook" --h2 --latency-samples 0 "$@"
    "$bench" --skip-throughput "$@"
fi

# The test cluster trades durability for speed; the comparison measures
# durable commits, so it is restarted with them: the same command line
# (postmaster.opts) with fsync, synchronous_commit and full_page_writes on,
# since command-line settings outrank ALTER SYSTEM.
start_durable_cluster() {
    pg_dir=$(mktemp -d -t relais-bench-pg.XXXXXX)
    "$pg_cluster" start "$pg_dir"
    local bindir data owner=()
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    data=$(psql -X -At "$(cat "$pg_dir/url")" -c "SHOW data_directory")
    [ "$(id -u)" -eq 0 ] && owner=(runuser -u postgres --)
    "${owner[@]}" sed -i -E \
        's/(fsync|synchronous_commit|full_page_writes)=off/\1=on/g' "$data/postmaster.opts"
    "${owner[@]}" "$bindir/pg_ctl" -D "$data" -w -t 60 -m fast restart >/dev/null
}

if [ -n "$db_mode" ]; then
    start_durable_cluster
    admin_url=$(cat "$pg_dir/url")
    pg_args=()
    for n in "${dispatcher_counts[@]}"; do
        psql -X -q -v ON_ERROR_STOP=1 "$admin_url" -c "CREATE DATABASE bench_dispatch_$n"
        pg_args+=(--pg "${admin_url%/postgres}/bench_dispatch_$n")
    done
    "$bench" --db-compare --url "http://127.0.0.1:$h1_port/hook" "${pg_args[@]}" \
        --dispatchers "$(IFS=,; echo "${dispatcher_counts[*]}")" "$@"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
