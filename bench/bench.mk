# The benchmark harness (bench/README.md): `make bench` measures a national-scale edition,
# `make bench-smoke` runs the same harness at a tiny size and checks that its report is well formed.
BENCH_JAR ?= $(JAR)
# The application runs as `make run` runs it (JAVA_OPTS and SERVER_ENV in the Makefile).
BENCH_JAVA_OPTS ?= $(JAVA_OPTS)
BENCH_ENV = $(SERVER_ENV) BENCH_JAVA_OPTS="$(BENCH_JAVA_OPTS)"

.PHONY: bench bench-smoke

## Seed 20,000 projects, load the packaged application with wrk, write bench/results/<date>-full.{md,json}.
bench:
	$(BENCH_ENV) python3 bench/run.py --size $${BENCH_SIZE:-full} --jar $(BENCH_JAR)

## The harness at a tiny size (seconds), then a check of the report's shape; never a timing.
bench-smoke:
	$(BENCH_ENV) BENCH_STARTUP_DB_URL=none BENCH_NAME=smoke BENCH_WORKDIR=bench/.work/smoke python3 bench/run.py --size tiny --jar $(BENCH_JAR)
	python3 bench/check_report.py bench/results/smoke.json

# Leave the default goal to the Makefile's first target.
.DEFAULT_GOAL :=
