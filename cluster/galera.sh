#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on the loopback for `make cluster-test` (sourced by cluster/run.sh).
# Each node has its own folder under $CLUSTER_WORK/galera/nodeN, its own SQL, Galera, IST and SST
# ports, and joins the others with state transfer by mariabackup (Debian's galera-4, mariadb-backup,
# socat). The server runs as root here, as the CI machine's user is root.

GALERA_LIB=${GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}
GALERA_BASE_PORT=${GALERA_BASE_PORT:-23300}   # node N: SQL base+N, Galera base+10+N, IST base+20+N, SST base+30+N
GALERA_SST_PASSWORD=${GALERA_SST_PASSWORD:-sst-$RANDOM$RANDOM}

galera_sql_port() { echo $((GALERA_BASE_PORT + $1)); }
galera_dir() { echo "$CLUSTER_WORK/galera/node$1"; }

galera_write_config() {
  local n=$1 dir; dir=$(galera_dir "$n")
  local peers="127.0.0.1:$((GALERA_BASE_PORT + 11)),127.0.0.1:$((GALERA_BASE_PORT + 12)),127.0.0.1:$((GALERA_BASE_PORT + 13))"
  mkdir -p "$dir/data" "$dir/tmp"
  cat >"$dir/my.cnf" <<CNF
[mysqld]
user=root
datadir=$dir/data
tmpdir=$dir/tmp
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(galera_sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
# What Galera needs: row events, interleaved auto-increment locks, InnoDB only.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# The migrations create triggers (V19, V21); with Galera's binary log on, a user without SUPER may
# create them only when the server trusts routine creators.
log_bin_trust_function_creators=1
# Reads wait until the node has applied every write committed anywhere before them (causal reads):
# a save through one process on node 1 is seen by the next request, through the other on node 2.
wsrep_sync_wait=1
innodb_flush_log_at_trx_commit=2
innodb_buffer_pool_size=96M
innodb_log_file_size=32M
max_connections=200
performance_schema=OFF
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=innovatice-cluster-test
wsrep_cluster_address=gcomm://$peers
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((GALERA_BASE_PORT + 10 + n))
wsrep_provider_options="base_host=127.0.0.1;base_port=$((GALERA_BASE_PORT + 10 + n));ist.recv_addr=127.0.0.1:$((GALERA_BASE_PORT + 20 + n));gcache.size=128M;gcache.recover=yes;evs.keepalive_period=PT1S;evs.inactive_check_period=PT1S;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
wsrep_sst_method=mariabackup
wsrep_sst_auth=sst:$GALERA_SST_PASSWORD
wsrep_sst_receive_address=127.0.0.1:$((GALERA_BASE_PORT + 30 + n))
wsrep_slave_threads=2
[sst]
# the joiner's socat listens on the loopback only
sockopt=",bind=127.0.0.1"
CNF
}

# galera_start N [--wsrep-new-cluster]: starts node N in the background (the server forks nothing).
galera_start() {
  local n=$1; shift
  local dir; dir=$(galera_dir "$n")
  /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" "$@" >>"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/server.pid"
}

galera_sql() { local n=$1; shift; mariadb --protocol=socket -S "$(galera_dir "$n")/mysqld.sock" -uroot -N -B "$@"; }

# galera_wait_synced N SECONDS: waits until node N says Synced; fails when its server exited.
galera_wait_synced() {
  local n=$1 limit=${2:-120} state
  local pid; pid=$(cat "$(galera_dir "$n")/server.pid")
  for _ in $(seq 1 "$limit"); do
    state=$(galera_sql "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)
    [ "$state" = Synced ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "Galera node $n exited:"; tail -30 "$(galera_dir "$n")/error.log"; return 1; }
    sleep 1
  done
  echo "Galera node $n not synced after ${limit}s (state: ${state:-none})"; tail -30 "$(galera_dir "$n")/error.log"; return 1
}

galera_kill() { local pid; pid=$(cat "$(galera_dir "$1")/server.pid" 2>/dev/null) && kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }

galera_stop() {
  local pid; pid=$(cat "$(galera_dir "$1")/server.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

# galera_bootstrap: node 1 starts a new cluster on a fresh folder; nodes 2 and 3 join it and receive
# its state by mariabackup (a full SST, as a replaced node would).
galera_bootstrap() {
  local db=$1 user=$2 password=$3
  for n in 1 2 3; do galera_write_config "$n"; done
  mariadb-install-db --defaults-file="$(galera_dir 1)/my.cnf" --auth-root-authentication-method=socket \
    --skip-test-db >"$(galera_dir 1)/install.log" 2>&1 || { cat "$(galera_dir 1)/install.log"; return 1; }
  galera_start 1 --wsrep-new-cluster
  galera_wait_synced 1 60 || return 1
  galera_sql 1 -e "CREATE USER 'sst'@'localhost' IDENTIFIED BY '$GALERA_SST_PASSWORD';
    GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR, REPLICATION CLIENT ON *.* TO 'sst'@'localhost';
    CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL ON \`$db\`.* TO '$user'@'127.0.0.1';" || return 1
  for n in 2 3; do
    galera_start "$n"
    galera_wait_synced "$n" 180 || return 1
  done
}
