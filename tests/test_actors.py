"""Who acted when the parse does not say it plainly (extractor/components/actions/actors.py)."""

from __future__ import annotations

import pytest

from extractor.components.actions.actors import agency_antecedent, announcing_verb, reporting_verb, speaker_of
from helpers import run


def _ents(doc):
    return {t.i: e for e in doc.ents if e.label_ in {"ORG", "AGENCY"} for t in e}


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_speaker_of_a_reported_clause_is_whom_it_stands_for(nlp):
    doc = run(nlp, "Britain announced on Monday that it added Velmora Trading LLC to its sanctions list.")
    assert speaker_of(_token(doc, "added")).text == "Britain"


@pytest.mark.parametrize("text,verb,reporter", [
    ("The ministry announced that Velmora Trading LLC was added to the list.", "added", "announced"),
    # a second clause joined to the first reported one
    ("The Justice Department said that Velmora pleaded guilty and that a grand jury indicted Kestrel Ltd.",
     "indicted", "said"),
    ("Velmora Trading LLC was added to the list on Monday.", "added", None),
])
def test_reporting_verb(nlp, text, verb, reporter):
    found = reporting_verb(_token(run(nlp, text), verb))
    assert (found.text if found is not None else None) == reporter


def test_the_verb_announcing_the_noun_a_participle_describes(nlp):
    doc = run(nlp, "The Justice Department today announced the unsealing of an indictment charging Velmora "
                   "Trading LLC with fraud.")
    assert announcing_verb(_token(doc, "charging")).text == "announced"


@pytest.mark.parametrize("text,anaphor,agency", [
    # "it": the nearest agency that was a subject, in this sentence or the one before
    ("The Commerce Department on Monday published a rule. It added Velmora Trading LLC to the Entity List.",
     "It", "U.S. Department of Commerce"),
    # "the commerce ministry": the agency whose name has these words, anywhere before
    ("China's Ministry of Commerce acted on Monday. The Treasury said nothing. The commerce ministry added Velmora "
     "Trading LLC to the list.", "ministry", "Ministry of Commerce of the People's Republic of China"),
])
def test_an_agency_anaphor_refers_back(nlp, text, anaphor, agency):
    doc = run(nlp, text)
    token = [t for t in doc if t.text == anaphor][-1]
    assert agency_antecedent(token, _ents(doc), token.head) == agency
