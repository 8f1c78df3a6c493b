#!/usr/bin/env bash
# End to end: starts the packaged application (client inside) on a free port with a fresh embedded
# database, runs the browser scenario against it, and always stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-../backend/target/quarkus-app/quarkus-run.jar}
[ -f "$JAR" ] || { echo "e2e: $JAR is missing: package the backend first" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "e2e: /usr/bin/chromium is missing (apt-get install chromium)" >&2; exit 1; }

RUN_DIR=$(pwd)/e2e/.run
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR"
# The embedded MariaDB refuses a data folder inside the system temp folder (it empties it at start):
# a checkout under /tmp keeps its e2e database under /var/tmp instead, removed afterwards.
DATA_DIR=$RUN_DIR/data
case "$RUN_DIR/" in
  "${TMPDIR:-/tmp}"/*|/tmp/*) DATA_DIR=$(mktemp -d /var/tmp/innovatice-e2e.XXXXXX) ;;
esac
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export E2E_BASE_URL=http://127.0.0.1:$PORT
export E2E_ADMIN_EMAIL=admin@e2e.innovatice.ma
export E2E_ADMIN_PASSWORD=e2e-admin-password-1
# The scenario reads the emails the application writes under <data-dir>/mail (no SMTP server here).
export E2E_DATA_DIR=$DATA_DIR

INNOVATICE_DATA_DIR="$DATA_DIR" PORT=$PORT INNOVATICE_DEMO_ENABLED=false \
INNOVATICE_PUBLIC_URL=$E2E_BASE_URL INNOVATICE_ADMIN_EMAIL=$E2E_ADMIN_EMAIL INNOVATICE_ADMIN_PASSWORD=$E2E_ADMIN_PASSWORD \
  java -jar "$JAR" > "$RUN_DIR/app.log" 2>&1 &
APP=$!
stop() {
  kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  if [ -n "${DEMO_APP:-}" ]; then kill "$DEMO_APP" 2>/dev/null && wait "$DEMO_APP" 2>/dev/null || true; fi
  case "${DEMO_DATA_DIR:-}" in /var/tmp/innovatice-e2e-demo.*) rm -rf "$DEMO_DATA_DIR" ;; esac
  case "$DATA_DIR" in /var/tmp/innovatice-e2e.*) rm -rf "$DATA_DIR" ;; esac
}
trap stop EXIT

echo "e2e: waiting for the application on $E2E_BASE_URL"
for _ in $(seq 1 240); do
  if curl -fsS "$E2E_BASE_URL/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$APP" 2>/dev/null || { echo "e2e: the application stopped; its log:" >&2; tail -50 "$RUN_DIR/app.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$E2E_BASE_URL/q/health/ready" >/dev/null || { echo "e2e: not ready after 4 minutes" >&2; tail -50 "$RUN_DIR/app.log" >&2; exit 1; }

# The scenarios run on the same application, one after the other (E2E_SCENARIOS picks some: "staged").
# time-zone: the deadline the home page shows equals the emails' "heure du Maroc" in this Chromium.
# "demo" walks the demo data (every route at 360 px in French and Arabic, e2e/walk-routes.mjs; the main
# pages in Arabic and English with no organiser text left in French, e2e/languages.mjs): it gets an
# application of its own, started with the demo.
DEMO_APP=
for scenario in ${E2E_SCENARIOS:-scenario staged time-zone demo}; do
  echo "e2e: $scenario"
  if [ "$scenario" = demo ]; then
    DEMO_DATA_DIR=$(mktemp -d /var/tmp/innovatice-e2e-demo.XXXXXX)
    DEMO_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    INNOVATICE_DATA_DIR="$DEMO_DATA_DIR" PORT=$DEMO_PORT INNOVATICE_DEMO_ENABLED=true \
    INNOVATICE_PUBLIC_URL=http://127.0.0.1:$DEMO_PORT \
      java -jar "$JAR" > "$RUN_DIR/demo-app.log" 2>&1 &
    DEMO_APP=$!
    for _ in $(seq 1 240); do
      if curl -fsS "http://127.0.0.1:$DEMO_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
      kill -0 "$DEMO_APP" 2>/dev/null || { echo "e2e: the demo application stopped; its log:" >&2; tail -50 "$RUN_DIR/demo-app.log" >&2; exit 1; }
      sleep 1
    done
    curl -fsS "http://127.0.0.1:$DEMO_PORT/q/health/ready" >/dev/null || { echo "e2e: demo not ready after 4 minutes" >&2; exit 1; }
    E2E_BASE_URL=http://127.0.0.1:$DEMO_PORT node e2e/walk-routes.mjs
    E2E_BASE_URL=http://127.0.0.1:$DEMO_PORT node e2e/languages.mjs
  else
    node "e2e/$scenario.mjs"
  fi
done
