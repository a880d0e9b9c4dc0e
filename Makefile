# Two commands on a fresh machine: `make run` (extract the bundled corpus and evaluate)
# and `make test`. Both create .venv and install everything first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: install run test bench baseline clean

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

# Record the test-split micro F1 that tests/test_regression.py guards (after an improvement).
baseline: install
	$(BIN)/extractor extract corpus -o output/records.jsonl --quiet
	$(BIN)/extractor evaluate --gold gold --pred output/records.jsonl --split test --json > output/test_eval.json
	$(BIN)/python -c "import json; f = json.load(open('output/test_eval.json'))['micro']['f1']; \
	json.dump({'test': {'micro_f1': f}}, open('tests/accuracy_baseline.json', 'w'), indent=2); print('test micro F1', f)"
