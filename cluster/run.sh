#!/usr/bin/env bash
# `make cluster-test`: the replicated deployment on this machine, without Docker. Debian's nginx runs
# the web service's own frontend/nginx.conf in front of two API processes (the packaged jar), which
# use a three-node MariaDB Galera cluster. A mixed load runs for CLUSTER_SECONDS (120) while one API
# process and one Galera node are killed and brought back; then cluster/load.py checks that no
# acknowledged write is lost, that errors fall only inside the failover windows, that each email
# is sent once, and that the login limits count the real client address behind nginx.
# Everything started here is stopped on exit; the folders stay in target/cluster for a look.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CLUSTER_WORK=${CLUSTER_WORK:-$ROOT/target/cluster}
CLUSTER_SECONDS=${CLUSTER_SECONDS:-120}
JAR=${CLUSTER_JAR:-backend/target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:--Xms32m -Xmx256m -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k}
WEB_PORT=${CLUSTER_WEB_PORT:-23380}
API_PORTS=(${CLUSTER_API_PORT_1:-23381} ${CLUSTER_API_PORT_2:-23382})
DB_NAME=innovatice
DB_USER=innovatice
DB_PASSWORD=cluster-$RANDOM$RANDOM
# Failed logins from one address before 429 (each process counts its own; see the report).
LOGIN_LIMIT=${CLUSTER_LOGIN_LIMIT:-8}

case "$CLUSTER_WORK" in /tmp/*) echo "CLUSTER_WORK must not be under /tmp (mariabackup's state transfer)"; exit 2;; esac
[ -f "$JAR" ] || { echo "No $JAR: run make build first"; exit 2; }
[ -d frontend/dist ] || { echo "No frontend/dist: run make build first"; exit 2; }
for tool in /usr/sbin/nginx /usr/sbin/mariadbd /usr/bin/mariabackup /usr/bin/socat /usr/lib/galera/libgalera_smm.so; do
  [ -e "$tool" ] || { echo "make cluster-test needs $tool (Debian: apt-get install nginx mariadb-server galera-4 mariadb-backup socat)"; exit 2; }
done
source cluster/galera.sh
for port in "$WEB_PORT" "${API_PORTS[@]}" $(for n in 1 2 3; do echo $((GALERA_BASE_PORT + n)) $((GALERA_BASE_PORT + 10 + n)); done); do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "Port $port is taken (another cluster-test running?)"; exit 2; fi
done

rm -rf "$CLUSTER_WORK" && mkdir -p "$CLUSTER_WORK"
EVENTS=$CLUSTER_WORK/events.tsv
: >"$EVENTS"
event() { printf '%s\t%s\n' "$(date +%s.%N)" "$*" >>"$EVENTS"; echo "[$(date -u +%H:%M:%S)] $*"; }

API_PIDS=("" "")
NGINX_PID=""
LOAD_PID=""
cleanup() {
  set +e
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
  for pid in "${API_PIDS[@]}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  for pid in "${API_PIDS[@]}" "$NGINX_PID"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null; done
  for n in 1 2 3; do galera_stop "$n"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- The Galera cluster ---------------------------------------------------------------------------
event "galera: bootstrapping node 1, nodes 2 and 3 join by mariabackup SST"
galera_bootstrap "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
event "galera: 3 nodes synced"
NODES=(127.0.0.1:$(galera_sql_port 1) 127.0.0.1:$(galera_sql_port 2) 127.0.0.1:$(galera_sql_port 3))
# Each process lists the three nodes: the driver uses the first that answers and moves to the next
# when it fails (sequential failover). CLUSTER_DB_WRITERS=one (the default): both list node 1 first,
# so every write goes to one node while it lives (no certification conflicts between nodes), and
# node 1 is the one killed. CLUSTER_DB_WRITERS=each: each process writes to its own node (1 and 2),
# node 2 is killed; writes on two nodes can then conflict at commit (Galera's certification).
CLUSTER_DB_WRITERS=${CLUSTER_DB_WRITERS:-one}
if [ "$CLUSTER_DB_WRITERS" = each ]; then
  JDBC_URLS=("jdbc:mariadb:sequential//${NODES[0]},${NODES[1]},${NODES[2]}/$DB_NAME"
             "jdbc:mariadb:sequential//${NODES[1]},${NODES[2]},${NODES[0]}/$DB_NAME")
  KILL_NODE=${CLUSTER_KILL_NODE:-2}
else
  JDBC_URLS=("jdbc:mariadb:sequential//${NODES[0]},${NODES[1]},${NODES[2]}/$DB_NAME"
             "jdbc:mariadb:sequential//${NODES[0]},${NODES[1]},${NODES[2]}/$DB_NAME")
  KILL_NODE=${CLUSTER_KILL_NODE:-1}
fi
export CLUSTER_DB_WRITERS

# --- The API processes ----------------------------------------------------------------------------
DATA_DIR=$CLUSTER_WORK/api-data   # shared by both, as the compose file's api-data volume is
mkdir -p "$DATA_DIR"
# api_start N: starts process N (0 or 1); only the first creates the demo data.
api_start() {
  local i=$1 demo=false
  [ "$i" = 0 ] && demo=true
  (cd "$(dirname "$JAR")" && exec env -u INNOVATICE_MAIL_SMTP_HOST MALLOC_ARENA_MAX=2 \
      PORT=${API_PORTS[$i]} QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_DATASOURCE_JDBC_URL="${JDBC_URLS[$i]}" QUARKUS_DATASOURCE_USERNAME=$DB_USER \
      QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
      INNOVATICE_DATA_DIR="$DATA_DIR" INNOVATICE_DEMO_ENABLED=$demo INNOVATICE_PUBLIC_URL=http://127.0.0.1:$WEB_PORT \
      INNOVATICE_SECURITY_BCRYPT_COST=8 INNOVATICE_LOGIN_MAX_FAILURES_PER_ADDRESS=$LOGIN_LIMIT \
      INNOVATICE_MAIL_WORKER_EVERY=2s \
      QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
      QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
      java $JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -jar "$(basename "$JAR")" \
      >>"$CLUSTER_WORK/api$((i + 1)).log" 2>&1) &
  API_PIDS[$i]=$!
}
api_wait_ready() {
  local i=$1 limit=${2:-180}
  for _ in $(seq 1 "$limit"); do
    curl -fs "http://127.0.0.1:${API_PORTS[$i]}/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${API_PIDS[$i]}" 2>/dev/null || { echo "API process $((i + 1)) exited:"; tail -40 "$CLUSTER_WORK/api$((i + 1)).log"; return 1; }
    sleep 0.5
  done
  echo "API process $((i + 1)) not ready"; tail -40 "$CLUSTER_WORK/api$((i + 1)).log"; return 1
}
api_kill() { kill -9 "${API_PIDS[$1]}" 2>/dev/null || true; wait "${API_PIDS[$1]}" 2>/dev/null || true; API_PIDS[$1]=""; }

# The first process creates the schema (Flyway on Galera) and the demo data; then the second starts.
event "api: starting process 1 (schema migrations, demo data)"
api_start 0; api_wait_ready 0 240
event "api: process 1 ready; starting process 2"
api_start 1; api_wait_ready 1 240
event "api: process 2 ready"

# --- nginx with the web service's own configuration -----------------------------------------------
WEB=$CLUSTER_WORK/nginx
mkdir -p "$WEB"/temp/{body,proxy,fastcgi,uwsgi,scgi}
# The site file is frontend/nginx.conf itself, with only the listening address and the client's
# folder changed; the process list it includes (nginx-upstream.conf) names the two processes.
sed -e "s|listen 80;|listen 127.0.0.1:$WEB_PORT;|" -e "s|root /usr/share/nginx/html;|root $ROOT/frontend/dist;|" \
  frontend/nginx.conf >"$WEB/site.conf"
grep -q "listen 127.0.0.1:$WEB_PORT;" "$WEB/site.conf" && grep -q "root $ROOT/frontend/dist;" "$WEB/site.conf" \
  || { echo "frontend/nginx.conf no longer has 'listen 80;' and 'root /usr/share/nginx/html;'"; exit 1; }
cp frontend/nginx-security-headers.conf "$WEB/"
printf 'upstream innovatice_api {\n    server 127.0.0.1:%s;\n    server 127.0.0.1:%s;\n}\n' "${API_PORTS[@]}" >"$WEB/nginx-upstream.conf"
cat >"$WEB/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WEB/nginx.pid;
error_log $WEB/error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $WEB/access.log;
  client_body_temp_path $WEB/temp/body;
  proxy_temp_path $WEB/temp/proxy;
  fastcgi_temp_path $WEB/temp/fastcgi;
  uwsgi_temp_path $WEB/temp/uwsgi;
  scgi_temp_path $WEB/temp/scgi;
  include $WEB/site.conf;
}
CONF
/usr/sbin/nginx -p "$WEB" -e "$WEB/error.log" -c "$WEB/nginx.conf" >"$WEB/nginx.out" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$WEB_PORT/api/editions" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$WEB_PORT/api/editions" >/dev/null || { echo "nginx does not answer"; cat "$WEB/nginx.out" "$WEB/error.log"; exit 1; }
event "nginx: listening on 127.0.0.1:$WEB_PORT, upstream 127.0.0.1:${API_PORTS[0]} and 127.0.0.1:${API_PORTS[1]}"

# --- Load with failures ---------------------------------------------------------------------------
export CLUSTER_WORK CLUSTER_SECONDS LOGIN_LIMIT
export CLUSTER_BASE=http://127.0.0.1:$WEB_PORT
export CLUSTER_DB_SOCKET=$(galera_dir 3)/mysqld.sock CLUSTER_DB_NAME=$DB_NAME
python3 cluster/load.py setup
python3 cluster/load.py load &
LOAD_PID=$!
START=$(date +%s.%N)
at() { # at SECONDS: sleeps until that many seconds after the load began
  local wait; wait=$(awk -v s="$START" -v t="$1" -v now="$(date +%s.%N)" 'BEGIN { w = s + t - now; print (w > 0 ? w : 0) }')
  sleep "$wait"
}
KILL_API_AT=${CLUSTER_KILL_API_AT:-20}
RESTART_API_AT=${CLUSTER_RESTART_API_AT:-35}
KILL_NODE_AT=${CLUSTER_KILL_NODE_AT:-70}
RESTART_NODE_AT=${CLUSTER_RESTART_NODE_AT:-85}
at "$KILL_API_AT"; event "kill api1"; api_kill 0
at "$RESTART_API_AT"; event "restart api1"; api_start 0
( api_wait_ready 0 120 && event "ready api1" ) &
at "$KILL_NODE_AT"; event "kill galera$KILL_NODE"; galera_kill "$KILL_NODE"
at "$RESTART_NODE_AT"; event "restart galera$KILL_NODE"; galera_start "$KILL_NODE"
galera_wait_synced "$KILL_NODE" 120 && event "synced galera$KILL_NODE"
wait "$LOAD_PID" || true
LOAD_PID=""
event "load finished"
python3 cluster/load.py limits
CLUSTER_API_PORTS=${API_PORTS[0]},${API_PORTS[1]} python3 cluster/load.py consistency || echo "consistency checks failed to run"
# The outbox worker runs every 2 s: the emails of the last registrations are sent before the check.
sleep 6
python3 cluster/load.py report
