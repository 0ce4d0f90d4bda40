# The contract: `make serve`, `make test`, `make build` (static site in site/), and `brief` in .venv/bin/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint format lock clean

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

# Re-pin every package after changing pyproject.toml's dependencies.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --disable-pip-version-check ".[test]" setuptools wheel
	.venv-lock/bin/python -m pip freeze --all --exclude-editable --exclude brief | sort -f > requirements.lock
	rm -rf .venv-lock

clean:
	rm -rf site build $(VENV)
