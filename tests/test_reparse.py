"""The description reparser: names after a trigger verb, parsed again without their descriptions."""

from __future__ import annotations

import pytest
from helpers import run
from spacy.language import Language


def _model_parse(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    with nlp.select_pipes(disable=["extractor_reparse"]):
        doc = run(nlp, text)
    return [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text,verb,names", [
    ("The Pentagon on Wednesday added battery maker Velmora Trading LLC and drone maker Ostrakon Freight Ltd. to its "
     "list of Chinese military companies.", "added", ["LLC", "Ltd."]),
    ("The Commerce Department added drone maker Corvane Robotics to the Entity List.", "added", ["Robotics"]),
    ("Britain on Tuesday sanctioned Russian lender Sovetsky Bank and insurer Arvell Insurance.", "sanctioned",
     ["Bank", "Insurance"]),
    # after another trigger of the sentence
    ("Several firms were already barred from U.S. investment: the Treasury Department added lidar maker Beixing Photonics Co. to "
     "its list in June 2021.", "added", ["Co."]),
])
def test_the_verb_governs_the_described_names(nlp: Language, text: str, verb: str, names: list[str]) -> None:
    doc = run(nlp, text)
    v = next(t for t in doc if t.text == verb)
    assert v.pos_ == "VERB" and v.dep_ == "ROOT"
    for name in names:
        token = next(t for t in doc if t.text == name)
        assert v in token.ancestors
        # the description hangs on its name again ("maker" of "drone maker X")
        described = [c for c in token.children if c.is_lower and c.i < token.i and c.dep_ != "cc"]
        assert described and all(c.dep_ in {"compound", "amod", "det"} for c in described)


@pytest.mark.parametrize("text", [
    "The fund sold its shares in the Canadian listed company Obsidian Freight Ltd. last year.",  # a real adjective
    "OFAC also on the 9th designated to the sanction list Mekong Tide Pay and Tianhe Digital Exchange Co., Ltd.",  # a list
    "The Treasury sanctioned Corvane Shipping LLC and Marisol Tankers S.A. on Thursday.",  # no description
])
def test_a_sound_parse_is_kept(nlp: Language, text: str) -> None:
    assert [(t.text, t.dep_, t.head.i) for t in run(nlp, text)] == _model_parse(nlp, text)
