"""The cue-gated Matcher (extractor/components/spans.py): same matches as a plain Matcher."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from extractor.components.spans import CuedMatcher, doc_text

PATTERNS = {
    "month_year": [[{"LOWER": {"IN": ["march", "may"]}, "IS_TITLE": True}, {"TEXT": {"REGEX": r"^20\d\d$"}}]],
    "the_quarter": [[{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["first", "second"]}}, {"LOWER": "quarter"}]],
    "iso": [[{"TEXT": {"REGEX": r"^\d{4}-\d{2}-\d{2}$"}}]],
}
UNBOUNDED = {"ministry": [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": "ministry"}]]}


@pytest.mark.parametrize("text", [
    "Sales rose in the first quarter and again in March 2021, the company said on 2021-06-30.",
    "Nothing here is a date at all, but the second quarter is.",
    "In May 2020 it said the first quarter of 2020 was weak; the Defence Ministry agreed.",
])
@pytest.mark.parametrize("patterns,windows", [(PATTERNS, True), (PATTERNS, False), (UNBOUNDED, False)])
def test_same_matches_as_a_plain_matcher(nlp: Language, text: str, patterns: dict, windows: bool) -> None:
    doc = nlp(text)
    plain = Matcher(nlp.vocab)
    for key, rows in patterns.items():
        plain.add(key, rows)
    assert sorted(CuedMatcher(nlp.vocab, patterns, windows=windows)(doc)) == sorted(plain(doc))


NAMES = {"legal": [[{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}, {"TEXT": {"IN": ["Ltd.", "LLC"]}}]]}
#: names with the lower-case words they spell out: with `names=True` a sentence is cut at any other one
NAME_PATTERNS = {"legal": [[{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"}, {"LOWER": {"IN": ["and", "of"]}, "OP": "?"},
                            {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}, {"TEXT": {"IN": ["Ltd.", "LLC", "plc"]}}]]}


@pytest.mark.parametrize("text,patterns,names", [
    ("OFAC designated Orion Metals Ltd. and Vesta Trading LLC on Monday. Shares fell.", NAMES, False),
    ("Nobody here has a legal form. Kappa Resources said nothing.", NAMES, False),
    ("OFAC designated Orion Metals and Mining Ltd. and Vesta Trading LLC on Monday, and Kappa plc later.",
     NAME_PATTERNS, True),
    ("The Bank of Velmora Ltd. said it had no dealings with Lumen Gas LLC.", NAME_PATTERNS, True),
])
def test_exact_words_cue_longest_matches_as_a_plain_matcher(nlp: Language, text: str, patterns: dict,
                                                            names: bool) -> None:
    doc = nlp(text)
    plain = Matcher(nlp.vocab)
    plain.add("legal", patterns["legal"], greedy="LONGEST")
    cued = CuedMatcher(nlp.vocab, patterns, greedy="LONGEST", text_cues=True, names=names)
    assert sorted(cued(doc)) == sorted(plain(doc))


def test_without_text_cues_exact_words_cue_nothing(nlp: Language) -> None:
    with pytest.raises(ValueError, match="no keyword"):
        CuedMatcher(nlp.vocab, {"legal": [[{"IS_TITLE": True, "OP": "+"}, {"TEXT": {"IN": ["Ltd."]}}]]})


def test_a_pattern_without_a_cue_is_refused(nlp: Language) -> None:
    with pytest.raises(ValueError, match="no keyword"):
        CuedMatcher(nlp.vocab, {"any": [[{"LOWER": "the"}, {"IS_TITLE": True}]]})


def test_windows_refuse_unbounded_patterns(nlp: Language) -> None:
    with pytest.raises(ValueError, match="unbounded"):
        CuedMatcher(nlp.vocab, UNBOUNDED, windows=True)


def test_doc_text_is_the_text_built_once(nlp):
    doc = nlp.make_doc("OFAC designated Orion Ltd on Monday.")
    assert doc_text(doc) == doc.text
    doc.user_data["text"] = "kept"
    assert doc_text(doc) == "kept"  # read from the cache, not rebuilt
