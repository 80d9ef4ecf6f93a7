#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the test suite, on 127.0.0.1 only.
#   tests/pg/cluster.sh start   initdb + pg_ctl start in a temporary folder; prints the test server's URL
#   tests/pg/cluster.sh stop    stops the cluster and removes its folder
#   tests/pg/cluster.sh url     prints the URL (SHOPDESK_TEST_SERVER) of a started cluster
# The cluster runs as an unprivileged user: when this script runs as root (as in CI), as the system
# user shopdesk-pg, created when missing. Trust authentication, on 127.0.0.1 only (and the cluster's
# own socket folder); no durability (fsync off): it holds nothing worth keeping.
# SHOPDESK_PG_PORT (54329) and SHOPDESK_PG_DIR (/tmp/shopdesk-pg-PORT) move it.
set -euo pipefail
cd / # the cluster's unprivileged owner may not enter the caller's folder

port=${SHOPDESK_PG_PORT:-54329}
dir=${SHOPDESK_PG_DIR:-/tmp/shopdesk-pg-$port}
bin=${SHOPDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
role=shopdesk
database=shopdesk_test
url="postgresql://$role@127.0.0.1:$port/$database?sslmode=disable"

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  owner=shopdesk-pg
  if ! id -u "$owner" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
  fi
  as_owner=(runuser -u "$owner" --)
fi

start() {
  if [[ ! -x $bin/initdb ]]; then
    echo "cluster.sh: PostgreSQL 15 is not installed ($bin/initdb); apt install postgresql-15" >&2
    exit 1
  fi
  if [[ -f $dir/data/postmaster.pid ]]; then
    stop
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [[ ${#as_owner[@]} -gt 0 ]] && chown "$owner" "$dir"
  chmod 700 "$dir"
  "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$role" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$dir/data/pg_hba.conf"
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
  "${as_owner[@]}" "$bin/psql" -h "$dir" -p "$port" -U "$role" -d postgres -qAt \
    -c "CREATE DATABASE $database" >/dev/null
  echo "$url"
}

stop() {
  if [[ -f $dir/data/postmaster.pid ]]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  url) echo "$url" ;;
  *)
    echo "usage: tests/pg/cluster.sh start|stop|url" >&2
    exit 2
    ;;
esac
