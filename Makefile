# make serve: set up and serve at http://127.0.0.1:8000 · make test: set up and run every test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Material prints a long banner about its end of life (2027-05-05) on every build; the README covers it.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test test-fast check fix new-case report bench clean corpus

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)

serve: $(STAMP)
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(PY) -m mkdocs build --strict --site-dir site

check: $(STAMP)
	$(PY) -m kb check

fix: $(STAMP)
	$(PY) -m kb check --fix

new-case: $(STAMP)
	$(PY) -m kb new-case

# The reference corpus (corpus.tsv) into .corpus/, each file verified by sha256; KB_CORPUS_BASE names a mirror.
corpus: $(STAMP)
	$(PY) -m kb corpus

report: $(STAMP)
	$(PY) -m kb report

test: $(STAMP)
	$(PY) -m kb check
	$(PY) -m kb generate --check
	$(PY) -m pytest -q tests

# A quick loop: everything but the browser and build tests (markers in pytest.ini). make test stays the full suite.
test-fast: $(STAMP)
	$(PY) -m kb check
	$(PY) -m kb generate --check
	$(PY) -m pytest -q -m "not browser and not build" tests

bench: $(STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf site .bench
