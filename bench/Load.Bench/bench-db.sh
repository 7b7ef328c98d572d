#!/usr/bin/env bash
# The private MariaDB the load benchmark runs against: 1,000,000 generated bookings on the demo catalog.
#   bench/Load.Bench/bench-db.sh start   start it (creating and loading it first when the data directory is new)
#                                        and print the connection string for bench/Load.Bench
#   bench/Load.Bench/bench-db.sh stop    shut it down; the loaded files stay for the next start
# BENCH_DB_DIR (default /tmp/bench-db), BENCH_DB_PORT (23306) and BENCH_DB_BUFFER_POOL (6G) change where and how.
# Loading takes 4-8 minutes; a start on a loaded directory takes seconds.
set -euo pipefail

DIR="${BENCH_DB_DIR:-/tmp/bench-db}"
PORT="${BENCH_DB_PORT:-23306}"
BUFFER_POOL="${BENCH_DB_BUFFER_POOL:-6G}"
BOOKINGS=1000000
DB_NAME=bench1m
DB_USER=bench
DATA="$DIR/data"
SOCK="$DIR/sock"
export PATH="$PATH:/usr/sbin:/sbin"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench-db.sh: error: %s\n' "$*" >&2; exit 1; }
db_root() { mariadb --no-defaults --socket="$SOCK" -uroot "$@"; }
running() { mariadb-admin --no-defaults --socket="$SOCK" -uroot --connect-timeout=2 ping >/dev/null 2>&1; }

stop() {
  running || { log "MariaDB in $DIR is not running"; return 0; }
  mariadb-admin --no-defaults --socket="$SOCK" -uroot shutdown
  log "MariaDB in $DIR stopped; its data stays in $DATA"
}

start() {
  mkdir -p "$DIR"
  if [[ ! -d "$DATA/mysql" ]]; then
    log "Creating a data directory in $DATA"
    rm -f "$DIR/loaded"
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DATA" \
      --auth-root-authentication-method=normal --skip-test-db >"$DIR/install.log" 2>&1 \
      || { cat "$DIR/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  if ! running; then
    # The table and its indexes (about 4.3 GB) fit in the buffer pool; loopback only; local_infile for the bulk load;
    # durability is not needed for a benchmark's copy.
    mariadbd --no-defaults --user="$(id -un)" --datadir="$DATA" --socket="$SOCK" --port="$PORT" \
      --bind-address=127.0.0.1 --pid-file="$DIR/mariadb.pid" --log-error="$DIR/err.err" --skip-name-resolve \
      --innodb-buffer-pool-size="$BUFFER_POOL" --local-infile=1 --max-connections=500 \
      --innodb-flush-log-at-trx-commit=2 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      </dev/null >>"$DIR/err.err" 2>&1 &
    for _ in $(seq 1 120); do running && break; sleep 0.5; done
    running || { tail -n 30 "$DIR/err.err" >&2; die "MariaDB did not start (log above)"; }
  fi
  if [[ ! -f "$DIR/password" ]]; then
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/password"
    chmod 600 "$DIR/password"
  fi
  local password connection
  password="$(cat "$DIR/password")"
  connection="Server=127.0.0.1;Port=$PORT;Database=$DB_NAME;User ID=$DB_USER;Password=$password;AllowLoadLocalInfile=true"
  # The mark is written only after a complete load: an interrupted one starts over.
  if [[ ! -f "$DIR/loaded" ]]; then
    db_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$password';
      GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';"
    migrate "$connection"
    load "$connection"
    touch "$DIR/loaded"
  else
    migrate "$connection"   # a database loaded by older code gets this code's new migrations
  fi
  log "MariaDB $(db_root -N -e 'SELECT VERSION()') on 127.0.0.1:$PORT holds $(db_root -N -e "SELECT FORMAT(COUNT(*), 0) FROM \`$DB_NAME\`.Bookings") bookings"
  printf '%s\n' "$connection"
}

# The app's own verbs, production settings (no launch profile): migrations, then the demo catalog and the bookings.
app() { dotnet run -c Release --no-launch-profile --project src/BackOffice -- "$@"; }
app_options() { printf '%s\n' --provider MariaDb --ConnectionStrings:MariaDb="$1" --Database:ServerVersion=10.11.19-mariadb; }

migrate() {
  local options; mapfile -t options < <(app_options "$1")
  log "Migrating"
  app migrate "${options[@]}" >"$DIR/migrate.log" 2>&1 || { tail -n 30 "$DIR/migrate.log" >&2; die "migrate failed"; }
}

load() {
  local options; mapfile -t options < <(app_options "$1")
  log "Loading the demo catalog and $BOOKINGS bookings (log: $DIR/load.log)"
  app load-bookings "$BOOKINGS" "${options[@]}" --demo-data true >"$DIR/load.log" 2>&1 \
    || { tail -n 30 "$DIR/load.log" >&2; die "load-bookings failed"; }
  db_root -e "ANALYZE TABLE \`$DB_NAME\`.Bookings" >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) die "usage: $0 start|stop" ;;
esac
