# claimdiff: `make run` opens the app on the bundled samples, `make test` runs every test.
# Both create .venv on first use (pip upgraded first) and install the project with its test
# extras; they reinstall when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
LINT_PATHS := $(wildcard src tests benchmarks)

.PHONY: run test fuzz lint fmt eval clean bench bench-quality

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The viewer on the bundled articles and fact sheet (a text report if the viewer is absent).
run: $(STAMP)
	$(BIN)/claimdiff

# Every test; extra pytest arguments in PYTEST_ARGS, e.g. make test PYTEST_ARGS='-k sheet'.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Hostile input at length: the property tests with 20 times as many examples (200,000 of
# arbitrary text through the whole pipeline) and the slow tests (20 MB articles in check and
# in the viewer). Takes several minutes; extra pytest arguments in PYTEST_ARGS.
fuzz: $(STAMP)
	CLAIMDIFF_FUZZ=1 $(BIN)/python -m pytest --run-slow -m "fuzz or slow" -p no:cacheprovider \
		--hypothesis-show-statistics $(PYTEST_ARGS)

# ruff (style), mypy --strict (types of src/) and the import contracts in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

fmt: $(STAMP)
	$(BIN)/ruff format $(LINT_PATHS)
	$(BIN)/ruff check --fix $(LINT_PATHS)

# The samples against the reference annotations in $(SHARED)/eval (when present).
eval: $(STAMP)
	$(BIN)/claimdiff check --study $(SHARED)/eval/reference-study.toml --format json \
		$(SHARED)/seeds/[0-9]*.txt > .eval.json
	$(BIN)/python $(SHARED)/eval/evaluate.py .eval.json $(SHARED)/eval/gold

.PHONY: bench bench-speed

# Speed figures on a generated corpus (see benchmarks/README.md); extra arguments in
# SPEED_ARGS, e.g. make bench-speed SPEED_ARGS='--articles 200 --profile --markdown FILE'.
bench-speed: $(STAMP)
	CLAIMDIFF_EXTERNAL=$(SHARED)/eval/external $(BIN)/python benchmarks/speed.py $(SPEED_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .eval.json

# Quality against public research data and the annotated articles: prints one table and
# writes docs/benchmarks.md. Extra arguments in QUALITY_ARGS, e.g. QUALITY_ARGS='--only scifact'.
bench-quality: $(STAMP)
	CLAIMDIFF_SHARED=$(SHARED) CLAIMDIFF_EXTERNAL=$(SHARED)/eval/external \
		$(BIN)/python benchmarks/quality.py --markdown docs/benchmarks.md $(QUALITY_ARGS)

# Every benchmark: quality (docs/benchmarks.md), then speed (docs/benchmarks-speed.md).
bench: bench-quality
	$(MAKE) --no-print-directory bench-speed SPEED_ARGS="--markdown docs/benchmarks-speed.md $(SPEED_ARGS)"
