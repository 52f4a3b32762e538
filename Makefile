# Kondens — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DIR ?= demo

.PHONY: run test bench fuzz stress lint typecheck translations clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Kondens needs Python >= 3.11, found " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/kondens demo $(DEMO_DIR)

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check app coding transcripts exports tests
	$(BIN)/mypy coding transcripts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run $(ARGS)

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen KONDENS_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -q tests/test_fuzz_readers.py tests/test_fuzz_qdpx.py

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen KONDENS_STRESS_RUNS=20 $(BIN)/python -m pytest -q tests/test_crash_safety.py

lint: $(STAMP)
	$(BIN)/ruff check app coding transcripts exports tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy coding transcripts

translations: $(STAMP)
	$(BIN)/python -m app.i18n_build

clean:
	rm -rf $(VENV) bench build *.egg-info
