PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fmt eval clean

# Create the virtual env (pip upgraded first) and install the project with its test extras.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/claimdiff

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

fmt: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

# The samples against the reference annotations in ../shared/eval (when present).
eval: $(STAMP)
	$(BIN)/claimdiff check --study ../shared/eval/reference-study.toml --format json \
		../shared/eval/../seeds/*.txt > .eval.json
	$(BIN)/python ../shared/eval/evaluate.py .eval.json ../shared/eval/gold

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .eval.json

# Quality against public research data in ../shared/eval/external (prints one table).
bench-quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py
