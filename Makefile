# qa-budget: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install install-test lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

## demo: install and run the uniform EUR 500 scenario on the bundled example inputs, then a
## tariff scenario; compare both (and the EUR 550 what-if) for the council; monitor uniform-500
demo: install
	$(BIN)/qa-budget validate --inputs inputs
	$(BIN)/qa-budget run scenarios/uniform-500.toml --inputs inputs --out outputs --force
	$(BIN)/qa-budget run scenarios/tariff-tiers.toml --inputs inputs --out outputs --force
	$(BIN)/qa-budget compare scenarios/uniform-500.toml scenarios/tariff-tiers.toml scenarios/uniform-550.toml --inputs inputs --out outputs --force
	$(BIN)/qa-budget monitor scenarios/uniform-500.toml --inputs inputs --out outputs --force

## test: install with test extras and run the whole test suite
test: install-test
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check qa_budget tests tools
	$(BIN)/ruff format --check qa_budget tests tools
	$(BIN)/mypy qa_budget

lint: install-test
	$(BIN)/ruff check qa_budget tests tools
	$(BIN)/ruff format --check qa_budget tests tools
	$(BIN)/mypy qa_budget

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
