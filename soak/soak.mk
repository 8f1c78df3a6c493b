# `make soak` (not part of `make test`): five minutes of mixed traffic on the packaged application.
.PHONY: soak
soak: build
	soak/run.sh
