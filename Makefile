# Two commands on a fresh machine: `make run` (extract the bundled corpus and evaluate)
# and `make test`. Both create .venv and install everything first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: install run test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: install
	$(BIN)/extractor extract corpus -o output/records.jsonl --errors output/errors.jsonl --quiet
	$(BIN)/extractor load output/records.jsonl --db sqlite:///output/records.db
	@if [ -d gold ]; then \
	  $(BIN)/extractor evaluate --gold gold --pred output/records.jsonl --split dev; \
	  $(BIN)/extractor evaluate --gold gold --pred output/records.jsonl --split test; \
	fi

test: install
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/dates_tempeval.py

clean:
	rm -rf output/*.jsonl output/*.db output/*.partial
