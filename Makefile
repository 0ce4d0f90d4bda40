# The contract: `make serve`, `make test`, `make build` (static site in site/), and `brief` in .venv/bin/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint format lock clean bench audit fuzz eval

setup: $(STAMP)

# Recreate the environment whenever the lock or the project metadata changes.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

serve: setup
	$(BIN)/mkdocs serve -a $(HOST)

build: setup
	$(BIN)/mkdocs build --strict --clean

test: setup lint
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Measure conversion, builds of 1/10/100 briefs and `mkdocs serve`; writes BENCHMARKS.md.
bench: setup
	$(BIN)/python scripts/bench.py

# Extraction scores on the hand-annotated pages (tests/gold): per page, per set, the table for
# the README. RECORD=1 also raises the ratchet that `make test` holds them to.
eval: setup
	$(BIN)/python -m tests.gold $(if $(RECORD),--record)

# Adversarial benchmark and fuzz run, written into BENCHMARKS.md's adversarial section: payload
# families at 100 KB, 1 MB and 10 MB (each run capped; ADVERSARIAL=--quick: 100 KB and 1 MB),
# then 10,000 generated hostile seeds (fails on a crash or a lost sentence). Not part of `test`.
ADVERSARIAL ?=
fuzz: setup
	$(BIN)/python scripts/adversarial.py $(ADVERSARIAL)
	$(BIN)/python -m tests.fuzz --seeds 10000 --jobs 2

# Lighthouse (pinned in scripts/lighthouse/package-lock.json), installed in that folder only.
LIGHTHOUSE := scripts/lighthouse/node_modules/.package-lock.json
$(LIGHTHOUSE): scripts/lighthouse/package-lock.json
	npm ci --prefix scripts/lighthouse --ignore-scripts --no-audit --no-fund
	touch $@

# Benchmark, not a test: Lighthouse (mobile and desktop) on every page served with gzip, in
# Debian's Chromium; writes build/audit/report.md and report.json; fails if a page is over budget.
audit: setup $(LIGHTHOUSE)
	$(BIN)/python scripts/audit.py

# Re-pin every package after changing pyproject.toml's dependencies.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --disable-pip-version-check ".[test]" setuptools wheel
	.venv-lock/bin/python -m pip freeze --all --exclude-editable --exclude brief | sort -f > requirements.lock
	rm -rf .venv-lock

clean:
	rm -rf site build $(VENV)
