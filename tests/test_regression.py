"""Accuracy regression guard: the pipeline on the gold test split must not drop more than
0.02 micro F1 below the figure recorded in tests/accuracy_baseline.json.

Raise the recorded figure when a change improves it (`make baseline` rewrites it).
"""

from __future__ import annotations

import json
from pathlib import Path

from extractor.evaluate import corpus_articles, evaluate, load_gold
from extractor.extract import extract_one

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.02


def test_test_split_micro_f1_does_not_regress(nlp):
    baseline = json.loads((ROOT / "tests" / "accuracy_baseline.json").read_text())["test"]["micro_f1"]
    gold = load_gold(ROOT / "gold", split="test")
    articles = corpus_articles(ROOT / "corpus")
    preds = {
        doc_id: extract_one(nlp, articles[doc_id].text, articles[doc_id].published, doc_id) for doc_id in gold
    }
    f1 = evaluate(gold, preds).micro.f1
    assert f1 >= baseline - TOLERANCE, f"test micro F1 {f1:.3f} fell below the recorded {baseline:.3f}"
