#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team library's tests: Debian's
# PostgreSQL 15, a new data folder, SCRAM passwords, loopback only.
#
#   bash scripts/pg-cluster.sh start DIR PORT   prints the admin URL
#   bash scripts/pg-cluster.sh stop DIR
#
# PostgreSQL refuses to run as root, and CI runs as root: there the cluster
# runs as the `postgres` user the Debian package creates, which then owns DIR.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?a data folder}"
bin=/usr/lib/postgresql/15/bin
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
  start)
    port="${3:?a port}"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    password="attache-test-$RANDOM$RANDOM"
    as_owner bash -c "umask 077; printf '%s\n' '$password' > '$dir/.pwfile'"
    as_owner "$bin/initdb" -D "$dir/data" -A scram-sha-256 --pwfile="$dir/.pwfile" -U attache >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    echo "postgres://attache:$password@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "pg-cluster: start or stop, not $action" >&2
    exit 2
    ;;
esac
