# The two commands a newcomer needs:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test check lint typecheck unit neo4j-jars chromium bench bench-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

## demo: install, ingest the demo articles into the embedded store, write the view, print the stance table
demo: $(VENV)/.installed
	$(BIN)/geoalign demo

## test: install with test extras, fetch a real Neo4j, then lint, type-check and run every test
test: $(VENV)/.installed-test neo4j-jars chromium check

check: lint typecheck unit

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest

## neo4j-jars: Neo4j Community 5.26 as jars from Maven Central (tools/neo4j/pom.xml)
neo4j-jars: $(VENV)/.installed
	$(BIN)/python -m geoalign.neo4j_server fetch

## chromium: the browser the view tests drive (Debian's package; needs root)
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "install Chromium first: sudo apt-get install chromium" >&2; exit 1; fi; }

bench: $(VENV)/.installed-test neo4j-jars chromium
	$(BIN)/python -m bench.run --full

bench-quick: $(VENV)/.installed-test neo4j-jars chromium
	$(BIN)/python -m bench.run --quick

clean:
	rm -rf $(VENV) .neo4j tools/neo4j/lib geoalign.lbug geoalign.lbug.wal geoalign-view.html
