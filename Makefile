# The two commands of the README: `make run` and `make test`. Both install what they need:
# `run` the reader's own requirements, `test` those with the test and bench extras (sm33:
# `run` installed the extras too, 519 MB the reader never loads).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint stress bench clean opensearch opensearch-stop

# pip's own output where a person waits at a terminal (each package as it comes, a bar for
# each download: the first `make run` was 82 s of three silent lines, nu60 #4); --quiet
# when the output is a log (CI), where the line each install echoes says what it does
# (tested before the command: inside $$(…) the output is the substitution's pipe)
PIP_INSTALL = quiet=--quiet; [ -t 1 ] && quiet=; $(BIN)/python -m pip install $$quiet

$(BIN)/python:
	@echo "First run: making $(VENV); the install takes a minute or two (most of it numpy and scipy)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# the reader's requirements; up to date after `make test` too, which installs them as well
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	@echo "pip install -e . (broadsheet and its requirements: about 50 packages, 370 MB)"
	@$(PIP_INSTALL) -e .
	touch $(RUN_STAMP)

# the extras as well: `make test` after `make run` installs them; `make run` after it does
# not install again (both stamps are touched)
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	@echo "pip install -e '.[test,bench]' (with the test and bench tools: about 90 packages, 520 MB)"
	@$(PIP_INSTALL) -e '.[test,bench]'
	touch $(TEST_STAMP) $(RUN_STAMP)

## run: install and open the reader on the bundled seed articles
run: $(RUN_STAMP)
	$(BIN)/broadsheet

## test: install and run the whole suite (lint, types, import contract, tests)
test: $(TEST_STAMP)
	@command -v tmux >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] \
		&& (apt-get update -qq && apt-get install -y -qq tmux >/dev/null) || echo "tmux missing: the end-to-end test will be skipped"; }
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2 -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy && $(BIN)/lint-imports

## stress: the property (hypothesis) tests with five times their examples (STRESS_MULT=5):
## CI draws fresh examples each run, so run this before a stop
stress: $(TEST_STAMP)
	PYTHONPATH=tools/stress STRESS_MULT=$${STRESS_MULT:-5} $(BIN)/pytest -n 2 -q -p stress_plugin \
		$$(grep -rl --include='*.py' '@given' tests)

## bench: measure against raw Whoosh on ../shared/corpora, in-process and as whole commands
## (see bench/README.md); e.g. make bench BENCH_ARGS="--only whole --skip-scale"
bench: $(TEST_STAMP)
	@command -v tmux >/dev/null 2>&1 || echo "tmux missing: the reader's first paint will not be measured"
	$(BIN)/python -m bench $(BENCH_ARGS)

## opensearch: build and start a single-node OpenSearch on 127.0.0.1:9200 (Java 17, Maven)
opensearch:
	tools/opensearch-node/node.sh start

## opensearch-stop: stop the node that `make opensearch` started
opensearch-stop:
	tools/opensearch-node/node.sh stop

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
