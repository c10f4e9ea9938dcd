# The two commands: `make run` and `make test` (see README.md).
SHELL := /bin/bash
CARGO ?= cargo

# `make run` shows the plan for a sample treatment that ended 10 hours ago.
SAMPLE_TZ ?= Europe/Berlin
SAMPLE_TREATED = $(shell TZ=$(SAMPLE_TZ) date -d '-10 hours' +%Y-%m-%dT%H:%M)

.PHONY: run test deps-run deps-test fmt lint unit bench clean

run: deps-run
	$(CARGO) run --quiet -p aftercare-cli -- plan --treated $(SAMPLE_TREATED) --tz $(SAMPLE_TZ) --quiet 22:00-07:00

test: deps-test fmt lint unit

deps-run:
	@scripts/deps.sh run

deps-test:
	@scripts/deps.sh test

fmt:
	$(CARGO) fmt --all -- --check

lint:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit:
	$(CARGO) test --workspace --locked

# Benchmarks print figures; they are not part of `make test`.
bench:
	$(CARGO) bench -p aftercare-core --bench plan
	$(CARGO) bench -p aftercare-store --bench history

clean:
	$(CARGO) clean
