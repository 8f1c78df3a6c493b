# `make cluster-test` (not part of `make test`; run by .ci/run after it): the replicated deployment
# on this machine without Docker (nginx, two API processes, a three-node Galera cluster), two
# minutes of mixed load while an API process and a database node are killed and brought back.
.PHONY: cluster-test
cluster-test:
	@[ -f backend/target/quarkus-app/quarkus-run.jar ] && [ -d frontend/dist ] || $(MAKE) --no-print-directory build
	cluster/run.sh
