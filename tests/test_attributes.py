"""The table attribute ruler (extractor/components/attributes.py) annotates exactly as spaCy's."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extractor.components.attributes import replace_attribute_ruler
from extractor.pipeline import MODEL

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_727ec3e693d85997.txt"


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    original = spacy.load(MODEL, exclude=["ner"])
    table = spacy.load(MODEL, exclude=["ner"])
    replace_attribute_ruler(table)
    return original, table


def annotations(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in nlp(text)]


@pytest.mark.parametrize("text", [
    "The Treasury ain't gonna lift the sanctions, officials said on Thursday.",
    "It's the company's third listing; they'd been warned, and we're told it's final.",
    "He was n't there.  Shares fell 7% ... and the ministry said: \"No comment.\"",
    "Qinghe Photonics Co., Ltd. was added to the Entity List by the Commerce Department.",
])
def test_same_annotations_as_spacy(pair: tuple[Language, Language], text: str) -> None:
    original, table = pair
    assert annotations(table, text) == annotations(original, text)


def test_same_annotations_on_the_seed(pair: tuple[Language, Language]) -> None:
    original, table = pair
    text = SEED.read_text("utf-8")
    assert annotations(table, text) == annotations(original, text)


def test_the_pipeline_uses_the_table_ruler(nlp: Language) -> None:
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "TableAttributeRuler"
