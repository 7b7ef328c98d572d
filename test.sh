#!/usr/bin/env bash
# Test runner for CarRentalGateway: used by developers and by CI (.ci/run).
#   ./test.sh                         build once, run every tests/*/*.csproj
#   ./test.sh --filter Category=Fast  extra arguments go to each `dotnet test`
# It starts a private, throw-away MariaDB server and Redis server for the tests and always stops them again.
# Ends with one totals line "N passed, N failed[, N skipped]"; exits non-zero if the build
# failed, any test failed, or any test project failed to run.
# shellcheck disable=SC2317  # (file-wide) the cleanup functions are only called from traps
set -euo pipefail

# Which solution to build; overridable so the script can be checked against a scratch solution.
SOLUTION="${SOLUTION:-CarRentalGateway.sln}"
CHROMIUM=/usr/bin/chromium
DB_NAME=backoffice_test
DB_USER=backoffice
# A test that hangs this long is killed and its project counted as failed, instead of eating
# CI's whole time budget. TEST_HANG_TIMEOUT= (empty) turns this off.
HANG_TIMEOUT="${TEST_HANG_TIMEOUT-15m}"

# Work from the repo root (where this script lives), whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")"
# mariadbd lives in /usr/sbin, which is not always on a non-root user's PATH.
export PATH="$PATH:/usr/sbin:/sbin"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# No MSBuild worker nodes may outlive the run (they would keep CI's output pipe open).
export MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*"; }
die() { printf 'test.sh: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# 1. System packages: install only what is missing, so a normal run never touches apt.
# ---------------------------------------------------------------------------------------------
missing=()
command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
# Redis: the cache two app instances share, so a page's state survives its instance stopping.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
# LibreOffice Calc (headless) opens every report the tests write, as Finance's desktops would.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if ((${#missing[@]})); then
  log "Installing missing packages: ${missing[*]}"
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  # apt-get update only here: it is slow and needs the network.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y "${missing[@]}"
  command -v mariadbd >/dev/null 2>&1 || die "mariadbd still not found after installing mariadb-server"
  command -v redis-server >/dev/null 2>&1 || die "redis-server still not found after installing redis-server"
  [[ -x "$CHROMIUM" ]] || die "$CHROMIUM still missing after installing chromium"
  command -v soffice >/dev/null 2>&1 || die "soffice still not found after installing libreoffice-calc-nogui"
fi
command -v dotnet >/dev/null 2>&1 || die "dotnet SDK not found on PATH"

# ---------------------------------------------------------------------------------------------
# 2. Cleanup: one EXIT trap does it all; INT/TERM/HUP stop the current step, then exit
#    (which runs the EXIT trap).
# ---------------------------------------------------------------------------------------------
WORK="" DB_DIR="" SOCK="" DB_PID="" REDIS_PID="" STEP_PID=""

# Client tools must not pick up a developer's ~/.my.cnf or /etc/mysql settings.
db_root() { mariadb --no-defaults --socket="$SOCK" -uroot "$@"; }
db_admin() { mariadb-admin --no-defaults --socket="$SOCK" -uroot --connect-timeout=5 "$@"; }

stop_db() {
  [[ -n "$DB_PID" ]] || return 0
  if kill -0 "$DB_PID" 2>/dev/null; then
    # Clean shutdown first; if the server does not go away within 30 s, kill it.
    timeout 30 mariadb-admin --no-defaults --socket="$SOCK" -uroot --connect-timeout=5 shutdown >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$DB_PID" 2>/dev/null; then
      echo "test.sh: MariaDB did not shut down, killing pid $DB_PID" >&2
      kill -TERM "$DB_PID" 2>/dev/null || true; sleep 2
      kill -KILL "$DB_PID" 2>/dev/null || true
    fi
  fi
  wait "$DB_PID" 2>/dev/null || true   # reap it (it is our child)
  DB_PID=""
}
stop_redis() {
  [[ -n "$REDIS_PID" ]] || return 0
  # No persistence to write: TERM ends it at once; KILL if it has not gone within 10 s.
  kill -TERM "$REDIS_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$REDIS_PID" 2>/dev/null || true
  wait "$REDIS_PID" 2>/dev/null || true
  REDIS_PID=""
}
# Long steps (build, tests) run in their own process group, in the background, and the script
# waits for them: bash runs traps only between commands, so this lets INT/TERM stop a run at
# once (a lone TERM to this script would otherwise wait for the whole test project), and lets
# us kill the whole tree (dotnet, test host, browsers) instead of leaving orphans.
run_step() {
  setsid -w "$@" &
  STEP_PID=$!
  local rc=0
  wait "$STEP_PID" || rc=$?
  kill -TERM -- "-$STEP_PID" 2>/dev/null || true   # stragglers of a finished step (e.g. a browser)
  STEP_PID=""
  return "$rc"
}
stop_step() {
  [[ -n "$STEP_PID" ]] || return 0
  kill -TERM -- "-$STEP_PID" 2>/dev/null || kill -TERM "$STEP_PID" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "$STEP_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$STEP_PID" 2>/dev/null
  wait "$STEP_PID" 2>/dev/null
  STEP_PID=""
}
cleanup() {
  set +e   # best effort: never let a failing cleanup step skip the rest
  stop_step
  stop_db
  stop_redis
  [[ -n "${WORK:-}" && -d "$WORK" ]] && rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

WORK="$(mktemp -d "${TMPDIR:-/tmp}/backoffice-test.XXXXXXXX")"   # private per run: no collisions
DB_DIR="$WORK/mariadb"
SOCK="$DB_DIR/mysql.sock"
RESULTS="$WORK/results"
((${#SOCK} < 100)) || die "socket path too long for a unix socket: $SOCK (set TMPDIR to a short path)"

# ---------------------------------------------------------------------------------------------
# 3. Build once (before starting the database: no server idles through a long build).
# ---------------------------------------------------------------------------------------------
[[ -f "$SOLUTION" ]] || die "solution not found: $PWD/$SOLUTION"
shopt -s nullglob
projects=(tests/*/*.csproj)
shopt -u nullglob
((${#projects[@]})) || die "no test projects found (tests/*/*.csproj)"

log "dotnet tool restore"
run_step dotnet tool restore || die "dotnet tool restore failed"
log "dotnet build $SOLUTION -c Release"
# --disable-build-servers: no compiler/MSBuild server processes left behind after the run.
if ! run_step dotnet build "$SOLUTION" -c Release --disable-build-servers; then
  echo "BUILD FAILED: no tests were run" >&2
  exit 1
fi

# ---------------------------------------------------------------------------------------------
# 4. Private MariaDB server on a free loopback port, data dir inside $WORK.
# ---------------------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }   # connect works => taken
pick_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((15000 + RANDOM % 17000))   # below Linux's ephemeral range (32768+)
    port_in_use "$p" || { echo "$p"; return 0; }
  done
  return 1
}

# start_on_free_port NAME LOG WAIT_SECONDS TAKEN_PATTERN PID_VAR LAUNCH PING
# Runs `LAUNCH port` in the background on a free loopback port until `PING port` succeeds, and sets SERVER_PORT.
# Another process may grab the port between the check and the server's bind: then it tries another port, up to 5
# times. The server's pid goes into the variable named PID_VAR at once, so the cleanup trap can stop it whatever
# happens next. LAUNCH must `exec` the server, so that pid is the server's own.
start_on_free_port() {
  local name="$1" logfile="$2" wait_seconds="$3" taken="$4" launch="$6" ping="$7" deadline
  local -n pid="$5"
  for _ in 1 2 3 4 5; do
    SERVER_PORT="$(pick_port)" || die "no free loopback port found for $name"
    : >"$logfile"
    # stdin/stdout detached so the server can never hold the caller's terminal or CI pipe.
    "$launch" "$SERVER_PORT" </dev/null >>"$logfile" 2>&1 &
    pid=$!
    deadline=$((SECONDS + wait_seconds))
    while ((SECONDS < deadline)) && kill -0 "$pid" 2>/dev/null; do
      if "$ping" "$SERVER_PORT" >/dev/null 2>&1; then return 0; fi
      sleep 0.3
    done
    if kill -0 "$pid" 2>/dev/null; then   # still running but not answering
      cat "$logfile" >&2
      die "$name did not answer within $wait_seconds s (log above)"
    fi
    wait "$pid" 2>/dev/null || true; pid=""
    if grep -qiE "$taken" "$logfile"; then
      log "Port $SERVER_PORT was taken, retrying with another port"
      continue
    fi
    cat "$logfile" >&2
    die "$name exited during startup (log above)"
  done
  cat "$logfile" >&2
  die "could not start $name on a free port"
}

log "Initialising MariaDB data directory in $DB_DIR"
mkdir -p "$DB_DIR"
DB_UNIX_USER="$(id -un)"   # root on CI; mariadbd refuses to run as root without --user=root
mariadb-install-db --no-defaults --user="$DB_UNIX_USER" --datadir="$DB_DIR" \
  --auth-root-authentication-method=normal --skip-test-db >"$WORK/install-db.log" 2>&1 \
  || { cat "$WORK/install-db.log" >&2; die "mariadb-install-db failed"; }

launch_mariadb() {
  # 500 connections: one connection pool per test-class database adds up; durability not needed.
  exec mariadbd --no-defaults --user="$DB_UNIX_USER" --datadir="$DB_DIR" --socket="$SOCK" \
    --port="$1" --bind-address=127.0.0.1 --pid-file="$DB_DIR/mariadb.pid" \
    --log-error="$DB_DIR/mariadb.err" --skip-name-resolve --innodb-buffer-pool-size=256M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --max-connections=500 --innodb-flush-log-at-trx-commit=2
}
ping_mariadb() { db_admin ping; }
start_on_free_port MariaDB "$DB_DIR/mariadb.err" 60 'address already in use|bind on tcp/ip port' DB_PID launch_mariadb ping_mariadb
PORT="$SERVER_PORT"

# Random password per run (hex: safe inside SQL and the connection string).
DB_PASSWORD="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# Global grant: the tests create one database per test class.
db_root -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL ON *.* TO '$DB_USER'@'127.0.0.1';" || die "could not create test database/user"
# Check the exact way the tests connect: TCP as the test user.
MYSQL_PWD="$DB_PASSWORD" mariadb --no-defaults --protocol=TCP -h127.0.0.1 -P"$PORT" -u"$DB_USER" \
  -e 'SELECT 1' "$DB_NAME" >/dev/null || die "cannot connect to MariaDB over TCP as $DB_USER"

# Pomelo's ServerVersion.Parse wants e.g. "10.11.14-mariadb"; VERSION() says "10.11.14-MariaDB-0+deb12u1".
raw_version="$(db_root -N -B -e 'SELECT VERSION()')"
num_version="$(grep -oE '^[0-9]+\.[0-9]+\.[0-9]+' <<<"$raw_version")" || die "unexpected server version: $raw_version"

export BACKOFFICE_TEST_MARIADB="Server=127.0.0.1;Port=$PORT;Database=$DB_NAME;User ID=$DB_USER;Password=$DB_PASSWORD;"
export BACKOFFICE_TEST_MARIADB_VERSION="${num_version}-mariadb"
export BACKOFFICE_TEST_CHROMIUM="$CHROMIUM"
log "MariaDB $raw_version ready on 127.0.0.1:$PORT (BACKOFFICE_TEST_MARIADB_VERSION=$BACKOFFICE_TEST_MARIADB_VERSION)"

# ---------------------------------------------------------------------------------------------
# 5. Private Redis on a free loopback port: nothing written to disk, its working directory inside $WORK.
# ---------------------------------------------------------------------------------------------
REDIS_DIR="$WORK/redis"
mkdir -p "$REDIS_DIR"
launch_redis() {
  exec redis-server --port "$1" --bind 127.0.0.1 --dir "$REDIS_DIR" --save "" --appendonly no \
    --daemonize no --logfile "$REDIS_DIR/redis.log"
}
ping_redis() { [[ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == PONG ]]; }
start_on_free_port Redis "$REDIS_DIR/redis.log" 30 'address already in use' REDIS_PID launch_redis ping_redis
REDIS_PORT="$SERVER_PORT"
export BACKOFFICE_TEST_REDIS="127.0.0.1:$REDIS_PORT"
log "Redis ready on $BACKOFFICE_TEST_REDIS"

# ---------------------------------------------------------------------------------------------
# 6. Run each test project; a failing project must not stop the others (hence no bare set -e).
# ---------------------------------------------------------------------------------------------
trx_attr() {   # trx_attr NAME COUNTERS_ELEMENT -> the attribute's number, 0 when absent
  local v
  v="$(sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
  echo "${v:-0}"
}

hang_args=()
if [[ -n "$HANG_TIMEOUT" ]]; then hang_args=(--blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none); fi

passed=0 failed=0 skipped=0
summary=()
for proj in "${projects[@]}"; do
  name="$(basename "$proj" .csproj)"
  out="$RESULTS/$name"   # one directory per project, so its TRX files are unambiguous
  log "dotnet test $proj"
  rc=0
  run_step dotnet test "$proj" -c Release --no-build --logger "trx;LogFileName=$name.trx" \
    --results-directory "$out" "${hang_args[@]}" "$@" || rc=$?

  shopt -s nullglob
  trx_files=("$out"/*.trx)
  shopt -u nullglob
  if ((${#trx_files[@]} == 0)); then
    failed=$((failed + 1))
    summary+=("$name: NO TEST RESULTS (dotnet test exit $rc; crashed or did not start), counted as 1 failure")
    continue
  fi
  p=0 f=0 s=0
  for trx in "${trx_files[@]}"; do
    counters="$(tr '\n' ' ' <"$trx" | sed -n 's/.*\(<Counters[^>]*>\).*/\1/p')"
    if [[ -z "$counters" ]]; then f=$((f + 1)); continue; fi   # unreadable TRX
    p=$((p + $(trx_attr passed "$counters")))
    # errors, timeouts and aborts are failures too
    f=$((f + $(trx_attr failed "$counters") + $(trx_attr error "$counters") \
          + $(trx_attr timeout "$counters") + $(trx_attr aborted "$counters")))
    # Skipped tests: this TRX logger leaves notExecuted at 0 and only lowers "executed".
    total=$(trx_attr total "$counters") executed=$(trx_attr executed "$counters")
    not_executed=$(trx_attr notExecuted "$counters")
    if ((total - executed > not_executed)); then not_executed=$((total - executed)); fi
    s=$((s + not_executed))
  done
  note=""
  if ((rc != 0 && f == 0)); then
    # dotnet test failed although no test did (e.g. test host crashed): still a failure.
    f=1
    note=" (dotnet test exit $rc with no failed test: test run aborted? counted as 1 failure)"
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  summary+=("$name: passed $p, failed $f, skipped $s$note")
done

# Stop the servers now, so the totals line really is the last thing printed.
stop_db
stop_redis

echo
log "Per project"
for line in "${summary[@]}"; do echo "    $line"; done
totals="$passed passed, $failed failed"
if ((skipped > 0)); then totals+=", $skipped skipped"; fi
echo "$totals"
if ((failed > 0)); then exit 1; fi
exit 0
