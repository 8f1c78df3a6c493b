# InnovaTICE: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
MVN := cd backend && ./mvnw -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar

# The machine's MariaDB service, for `make test-backend-external` (used by .ci/run).
EXTERNAL_DB_HOST ?= 127.0.0.1
EXTERNAL_DB_PORT ?= 3306
EXTERNAL_DB_USER ?= root
EXTERNAL_DB_PASSWORD ?=
EXTERNAL_DB_NAME ?= innovatice_ci

.PHONY: run build test test-backend test-backend-external reliability-report clean help

# The benchmark harness keeps its targets (bench, bench-smoke) next to its code.
-include bench/bench.mk
# `make soak`: five minutes of mixed traffic (not part of `make test`).
-include soak/soak.mk

help:
	@echo "make run    build and start InnovaTICE on http://localhost:8080 (embedded MariaDB, demo data)"
	@echo "make test   run every test"

## Build the application and start it with the embedded database and the demo data.
run: build
	INNOVATICE_DEMO_ENABLED=$${INNOVATICE_DEMO_ENABLED:-true} java -jar $(JAR)

build:
	$(MVN) package -DskipTests

## Every test: the backend suite on an embedded MariaDB, then the packaged application started as `make run` starts it.
test:
	$(MVN) verify
	@if [ -f bench/bench.mk ]; then $(MAKE) --no-print-directory bench-smoke; fi
	@$(MAKE) --no-print-directory reliability-report

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
