#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team library's tests: Debian's
# PostgreSQL 15, a new data folder, SCRAM passwords, loopback only, and TLS
# offered with a certificate for 127.0.0.1 signed by a throwaway authority,
# DIR/ca.crt (what `sslrootcert=` names for `sslmode=verify-full`).
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
    # The authority, and the server's certificate it signs (not itself a CA).
    as_owner bash -c "cd '$dir' && umask 077 &&
      openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj '/CN=Attache test authority' \
        -keyout ca.key -out ca.crt 2>/dev/null &&
      openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr 2>/dev/null &&
      printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' > server.ext &&
      openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 7 \
        -extfile server.ext -out server.crt 2>/dev/null && chmod 644 ca.crt"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" \
      start >/dev/null
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
