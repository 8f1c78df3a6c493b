# InnovaTICE: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
MVN := cd backend && ./mvnw -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar
NPM := cd frontend && npm
# Gzip KB of JavaScript fetched before the first public page shows (frontend/scripts/check-bundle-size.mjs):
# 91 measured, Preact rendering the React code and the declarative router (frontend/vite.config.ts).
FIRST_PAGE_JS_KB ?= 100

# How the server's JVM runs (`make run`, the benchmark, the Docker image): a heap that starts small,
# grows to at most 256 MB and is given back after a full collection, the serial collector and a small
# code cache keep the resident memory of a national edition's server under 450 MB (bench/README.md);
# glibc's malloc keeps two arenas instead of one per thread.
JAVA_OPTS ?= -Xms32m -Xmx256m -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=50 -XX:ReservedCodeCacheSize=64m -Xss512k
SERVER_ENV := MALLOC_ARENA_MAX=$${MALLOC_ARENA_MAX:-2}
# The class archive of `make build`, used when the JVM starts from the jar's folder (the JVM ignores
# a missing or out-of-date archive).
CDS_OPTS := -XX:SharedArchiveFile=app-cds.jsa

# The machine's MariaDB service, for `make test-backend-external` (used by .ci/run).
EXTERNAL_DB_HOST ?= 127.0.0.1
EXTERNAL_DB_PORT ?= 3306
EXTERNAL_DB_USER ?= root
EXTERNAL_DB_PASSWORD ?=
EXTERNAL_DB_NAME ?= innovatice_ci

.PHONY: run build cds frontend test test-frontend test-e2e test-backend test-backend-external reliability-report clean help

# The benchmark harness keeps its targets (bench, bench-smoke) next to its code.
-include bench/bench.mk
# `make soak`: five minutes of mixed traffic (not part of `make test`).
-include soak/soak.mk
# `make cluster-test`: nginx, two API processes and a Galera cluster under load and failures.
-include cluster/cluster.mk

help:
	@echo "make run    build and start InnovaTICE on http://localhost:8080 (embedded MariaDB, demo data)"
	@echo "make test   run every test (client checks and unit tests, backend suite, end to end in Chromium)"

## Build the application and start it with the embedded database and the demo data. The JVM starts
## from the jar's folder, where the class archive recorded by `make build` applies; data stays in ./data.
run: build
	cd $(dir $(JAR)) && $(SERVER_ENV) INNOVATICE_DATA_DIR=$${INNOVATICE_DATA_DIR:-$(CURDIR)/data} \
	  INNOVATICE_DEMO_ENABLED=$${INNOVATICE_DEMO_ENABLED:-true} java $(JAVA_OPTS) $(CDS_OPTS) -jar $(notdir $(JAR))

## The web client first (frontend/dist), then the backend, which packages it into the jar; then the
## class archive beside the jar (see cds).
build: frontend
	$(MVN) package -DskipTests
	@$(MAKE) --no-print-directory cds

## The class archive app-cds.jsa (AppCDS: a faster start), recorded by a training start of the jar: it
## starts on a throwaway embedded database, answers a round of its own requests and stops
## (CdsTraining), and the JVM archives every class that loaded. A failed training leaves no archive,
## which only makes starts slower.
CDS_TRAINING_DIR := $(CURDIR)/backend/target/cds-training
CDS_ARCHIVE := $(CURDIR)/$(dir $(JAR))app-cds.jsa
cds:
	@rm -rf $(CDS_TRAINING_DIR) $(CDS_ARCHIVE)
	@echo "Recording the class archive (a training start of the application)..."
	@cd $(dir $(JAR)) && env -u QUARKUS_DATASOURCE_JDBC_URL -u SMALLRYE_JWT_SIGN_KEY_LOCATION -u MP_JWT_VERIFY_PUBLICKEY_LOCATION -u INNOVATICE_MAIL_SMTP_HOST \
	  $(SERVER_ENV) INNOVATICE_CDS_TRAINING=true INNOVATICE_DATA_DIR=$(CDS_TRAINING_DIR) INNOVATICE_DEMO_ENABLED=false \
	  INNOVATICE_ADMIN_EMAIL=training@innovatice.invalid INNOVATICE_ADMIN_PASSWORD=training-only-$$$$-$$RANDOM PORT=0 \
	  java $(JAVA_OPTS) -XX:ArchiveClassesAtExit=$(CDS_ARCHIVE) -Xlog:cds=off -Xlog:cds+dynamic=off \
	  -jar $(notdir $(JAR)) > $(CURDIR)/backend/target/cds-training.log 2>&1 \
	  && echo "Class archive: $(CDS_ARCHIVE)" \
	  || { rm -f $(CDS_ARCHIVE); echo "warning: no class archive (see backend/target/cds-training.log); starts will be slower"; }
	@rm -rf $(CDS_TRAINING_DIR)

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	$(NPM) ci --no-audit --no-fund

frontend: frontend/node_modules/.package-lock.json
	$(NPM) run build

## Every test: the web client's checks and unit tests, the backend suite on an embedded MariaDB (it
## packages the jar with the client inside), then the whole application end to end in Chromium.
test: test-frontend
	$(MVN) verify
	$(MAKE) --no-print-directory test-e2e
	@if [ -f bench/bench.mk ]; then $(MAKE) --no-print-directory bench-smoke; fi
	@$(MAKE) --no-print-directory reliability-report

## The API types match openapi.yaml, the client type-checks, its unit tests pass, and it builds.
test-frontend: frontend/node_modules/.package-lock.json
	$(NPM) run check:api
	$(NPM) run typecheck
	$(NPM) test
	$(NPM) run build
	cd frontend && BUNDLE_BUDGET_KB=$(FIRST_PAGE_JS_KB) npm run check:size

## The packaged application (make build, or the jar of `mvnw verify`) driven by a browser; screenshots in frontend/e2e/screenshots/.
test-e2e: frontend/node_modules/.package-lock.json
	cd frontend && ./e2e/run.sh ../$(JAR)

## What the reliability tests tried and saw (fuzzing, races, outage, backup), written by the backend suite.
reliability-report:
	@echo; echo "== Reliability report"; cat backend/target/reliability/*.md 2>/dev/null || echo "(no report: run the backend suite)"

test-backend:
	$(MVN) test

## The backend suite against an external MariaDB server, in a database of its own that is recreated first.
test-backend-external:
	mariadb -h$(EXTERNAL_DB_HOST) -P$(EXTERNAL_DB_PORT) -u$(EXTERNAL_DB_USER) $(if $(EXTERNAL_DB_PASSWORD),-p$(EXTERNAL_DB_PASSWORD)) \
	  -e "DROP DATABASE IF EXISTS \`$(EXTERNAL_DB_NAME)\`; CREATE DATABASE \`$(EXTERNAL_DB_NAME)\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
	QUARKUS_DATASOURCE_JDBC_URL=jdbc:mariadb://$(EXTERNAL_DB_HOST):$(EXTERNAL_DB_PORT)/$(EXTERNAL_DB_NAME) \
	QUARKUS_DATASOURCE_USERNAME=$(EXTERNAL_DB_USER) QUARKUS_DATASOURCE_PASSWORD=$(EXTERNAL_DB_PASSWORD) \
	$(MVN) test

clean:
	$(MVN) clean
