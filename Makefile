# UA Writer. Quick start: `make run` (the app) and `make test` (the whole test suite).
# Both create .venv from a Python >= 3.12 found on this machine (scripts/find-python).

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test check lint format typecheck bench system-deps clean

$(STAMP): pyproject.toml
	@PYTHON_BIN=$$(scripts/find-python) && \
	  { [ -x $(PY) ] && $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
	    || { rm -rf $(VENV) && "$$PYTHON_BIN" -m venv $(VENV); }; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/uawriter

system-deps:
	@scripts/system-deps

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

test: system-deps $(STAMP) lint typecheck
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) bench/export_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
