# xlsmart: two commands for a newcomer — `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: demo test test-fast test-compiled compiled bench templates lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Test tools from npm, pinned in package-lock.json: Pyodide (the Lite edition's Python under Node)
# and axe-core (accessibility in the browser test). Skipped with a note where npm is missing.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund && touch $(NODE_STAMP); \
	else echo "npm not found: the Pyodide and axe-core tests will be skipped"; fi

# The core compiled by mypyc (setup.py, XLSMART_COMPILE=1): the wheel a user builds that way, built
# from a copy of the sources (no build/ or .so in the tree to shadow an edit) and unpacked into
# build/compiled/site, which PYTHONPATH puts before the editable install. Rebuilt when the core changes.
COMPILED := build/compiled
CORE_SOURCES := $(shell find xlsmart/core -name '*.py')

$(COMPILED)/.built: $(STAMP) setup.py build_support/backend.py $(CORE_SOURCES)
	rm -rf $(COMPILED) && mkdir -p $(COMPILED)/src
	cp -r pyproject.toml setup.py build_support README.md xlsmart workbook_templates $(COMPILED)/src/
	cd $(COMPILED)/src && XLSMART_COMPILE=1 $(abspath $(PY)) -m pip wheel --quiet --no-deps --no-build-isolation -w ../wheel .
	$(PY) -m pip install --quiet --no-deps --target $(COMPILED)/site $(COMPILED)/wheel/xlsmart-*.whl
	touch $@

## compiled: build the compiled core (a C compiler and a few minutes) into build/compiled/site
compiled: $(COMPILED)/.built

## demo: set up and validate the bundled example workbooks (coloured copies in demo-out/)
demo: $(STAMP)
	$(PY) -m xlsmart demo --out demo-out

## test: set up and run every test (browser and LibreOffice tests skip with a reason if absent)
test: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest

## test-fast: skip the end-to-end tests that start a browser, a server or LibreOffice
test-fast: $(STAMP)
	$(PY) -m pytest -m "not e2e"

## test-compiled: the core's tests again, on the compiled core (CI runs it after make test)
test-compiled: $(COMPILED)/.built
	XLSMART_EXPECT_COMPILED=1 PYTHONPATH=$(COMPILED)/site $(VENV)/bin/pytest tests/core -p no:cacheprovider

## bench: measure the core, the judgement on real goals, the validator, the worksheet functions (classic and Lite, in Pyodide) and the service
bench: $(STAMP) $(NODE_STAMP)
	$(PY) benchmarks/bench_core.py
	-$(MAKE) --no-print-directory compiled && PYTHONPATH=$(COMPILED)/site $(PY) benchmarks/bench_core.py
	$(PY) benchmarks/real_goals.py
	$(PY) benchmarks/real_goals.py --held-out
	$(PY) benchmarks/bench_validate.py
	-PYTHONPATH=$(COMPILED)/site $(PY) benchmarks/bench_validate.py --no-small --no-openpyxl 100000
	-$(PY) benchmarks/bench_udfs.py
	-$(PY) benchmarks/bench_lite.py
	-$(PY) benchmarks/bench_service.py
	-$(PY) benchmarks/bench_page.py

## lint: ruff over the package, the tests and the benchmarks (rules in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check xlsmart tests benchmarks setup.py build_support

## typecheck: mypy over the package (py.typed ships, so its hints must hold)
typecheck: $(STAMP)
	$(VENV)/bin/mypy

## templates: rebuild the committed template workbooks from code
templates: $(STAMP)
	$(PY) -m xlsmart.excel.wrappers > xlsmart/excel/vba/xlwings_udfs.bas
	$(PY) -m xlsmart template --lang en -o workbook_templates/xlsmart_en.xlsm
	$(PY) -m xlsmart template --lang nl -o workbook_templates/xlsmart_nl.xlsm
	$(PY) -m xlsmart template --edition lite --lang en -o workbook_templates/xlsmart_lite_en.xlsx
	$(PY) -m xlsmart template --edition lite --lang nl -o workbook_templates/xlsmart_lite_nl.xlsx

clean:
	rm -rf $(VENV) build demo-out bench-out test-artifacts .pytest_cache .hypothesis
