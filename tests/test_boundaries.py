"""Sentence boundaries set before the parser (extractor/components/boundaries.py)."""

from __future__ import annotations

import pytest

from extractor.components.boundaries import dateline_end
from helpers import run


@pytest.mark.parametrize("text,story", [
    ("WASHINGTON, March 9 (Reuters) - The Treasury on Thursday sanctioned ...", "The Treasury"),
    ("MOSCOW/LONDON, Jan 28 - Shares of the aluminium producer ...", "Shares"),
    ("BEIJING - China's Ministry of Commerce said ...", "China's"),
    ("UNITED NATIONS (AP) — The Security Council ...", "The Security"),
])
def test_dateline_end(text, story):
    assert text[dateline_end(text):].startswith(story)


@pytest.mark.parametrize("text", ["The Treasury - which sanctioned the firm - said ...", "In March, the US said ..."])
def test_no_dateline(text):
    assert dateline_end(text) is None


def test_story_after_a_dateline_starts_a_sentence(nlp):
    doc = run(nlp, "TOKYO, March 31 - The ministry added 15 organisations to its list.")
    assert [s.text.split()[0] for s in doc.sents][:2] == ["TOKYO,", "The"]


def test_line_break_starts_a_sentence(nlp):
    doc = run(nlp, "MEDIA RELEASE 24 February 2023\nThe ministry has added 15 entities.")
    assert any(s.text.startswith("The ministry") for s in doc.sents)


def test_a_bullet_opens_its_item(nlp):
    doc = run(nlp, "Entities designated today\n\n• Halvard Precision Works Ltd, Gweru\n• Qadir Vacuum Ltd, Mutare\n")
    assert [s.text.strip() for s in doc.sents][1:] == ["• Halvard Precision Works Ltd, Gweru", "• Qadir Vacuum Ltd, Mutare"]


def test_an_item_number_opens_its_line(nlp):
    doc = run(nlp, "The entities are as follows:\n\n4. Blue Ridge Maritime Technologies Inc.\n5. Cascade Laboratory\n")
    assert [s.text.strip() for s in doc.sents][1:] == ["4. Blue Ridge Maritime Technologies Inc.", "5. Cascade Laboratory"]


def test_a_schedule_number_opens_its_line_and_a_parenthesis_ends_no_sentence(nlp):
    doc = run(nlp, "Schedule 1 to the Special Economic Measures (Ruritania) Regulations is amended by adding the "
                   "following:\n\n14 Ostrava Lens Works LLC\n15 Dunmore Rail Co.\n")
    assert [s.text.strip() for s in doc.sents] == [
        "Schedule 1 to the Special Economic Measures (Ruritania) Regulations is amended by adding the following:",
        "14 Ostrava Lens Works LLC", "15 Dunmore Rail Co."]


def test_abbreviation_before_lowercase_does_not_end_a_sentence(nlp):
    doc = run(nlp, "Arden Holdings Ltd. and Corvo Gas B.V. each own 10% of the project.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    "The entities are Straits Meridian Aviation Fuel Pte. Ltd. and Kinabalu Gloves Sdn. Bhd. of Selangor.",
    "The additions include Tarvos Tools Ltd., a.k.a. Tarvos Tool Services, of Karachi.",
    "Its office is at Room 1201, No. 28 Fucheng Road, Beijing.",
    # words after a legal form that are no new subject
    "Apple Inc. Chief Executive Tim Cook said the rules would hurt sales.",
    "Shares of United Co. Rusal plc fell 5% in Hong Kong.",
    # numbered names after "are:" are the subject's
    "The relevant enterprises are: 1. Velmora Trading LLC; 2. Ostrakon Freight Ltd.; 3. Arvell Petroleum Ltd.",
])
def test_abbreviation_inside_a_name_or_before_what_it_introduces(nlp, text):
    assert len(list(run(nlp, text).sents)) == 1


def test_legal_form_abbreviation_is_one_token(nlp):
    doc = run(nlp, "Straits Meridian Aviation Fuel Pte. Ltd. was listed.")
    assert "Pte." in [t.text for t in doc]


@pytest.mark.parametrize("text,opener", [
    ("The State Department designated Dunmore Resources Inc. The company denied the allegations.", "The"),
    ("OFAC designated Dunmore Resources Inc. Also sanctioned were Arvell Petroleum Ltd. and Kyrene Marine Inc.", "Also"),
    ("The department listed Dunmore Resources Corp. Separately, it removed Arvell Petroleum Ltd.", "Separately"),
    # a name right after a legal form, followed by a comma or a lowercase word, opens a sentence
    ("The affiliates are Dunmore Optical Co. and Nanling Sensor Ltd. Dunmore, which is 62% owned by a state fund, was "
     "sanctioned in May.", "Dunmore"),
    # a name of its own ending in a legal form, then a verb: the next sentence's subject
    ("OFAC also designated Arvell Petroleum Ltd. and Pacific Jade Maritime S.A. Sea Lantern Tankers Ltd. is owned by "
     "Arvell.", "Sea"),
    # the name again, in its short form
    ("Kyrene is 75% owned by a Cyprus company, Lorvena Holdings Ltd. Lorvena Holdings is not being designated today.",
     "Lorvena"),
])
def test_a_sentence_opener_after_a_legal_form_starts_a_sentence(nlp, text, opener):
    assert [s[0].text for s in run(nlp, text).sents] == [text.split()[0], opener]



def test_no_sentence_starts_after_a_comma_semicolon_or_and(nlp):
    """Marked before the parser, with the word after it too: the parser only keeps a "not a
    sentence start" mark when the next token has one as well (spaCy issue #7716)."""
    doc = nlp.get_pipe("extractor_boundaries")(nlp.make_doc(
        "Listed were A Ltd.; and three companies registered as owners, B Corp. and C Inc."))
    marked = {t.text: t.is_sent_start for t in doc}
    assert marked["three"] is False and marked["companies"] is False
    assert marked["B"] is False and marked["C"] is False


@pytest.mark.parametrize("text,name", [
    ("KESTREL POLYMER TRADING COMPANY (a.k.a. KPTC), No. 14, Sanaee Street, Kish Island, Iran [IRAN-EO13902].",
     "KESTREL POLYMER TRADING COMPANY"),
    ("STRAITS CREST MARINE SERVICES PTE. LTD., 10 Anson Road, Singapore [IRAN-EO13846].",
     "STRAITS CREST MARINE SERVICES PTE. LTD."),
    ("Entities\nVelmora Trading LLC\nOstrakon Freight Ltd.\n", "Velmora Trading LLC"),
])
def test_a_name_on_its_line_is_not_cut(nlp, text, name):
    assert any(s.text.strip().startswith(name) for s in run(nlp, text).sents)


def test_a_table_row_is_one_sentence(nlp):
    doc = run(nlp, "No. | Name | Reasons\n1042 | Vesta Parts Co., Ltd. | Shareholders: Orion Ltd (65%). Kappa LLC "
                   "(35%) | Supplier of chips. | 03.07.2024\n1043 | Lumen LLC | Importer.")
    rows = [s.text.strip() for s in doc.sents]
    assert rows[1].startswith("1042") and rows[1].endswith("03.07.2024")
    assert rows[2] == "1043 | Lumen LLC | Importer."


def test_a_count_after_a_dotted_legal_form_opens_a_sentence(nlp):
    doc = run(nlp, "METI added 6 entities, like Boda Machinery Co., Ltd. 1 entity, Kala Engineering Co., was also deleted.")
    assert [s.text.split()[0] for s in doc.sents] == ["METI", "1"]


def test_a_name_with_a_legal_form_inside_is_one_sentence(nlp):
    doc = run(nlp, "The Treasury lifted sanctions on Volga Group plc, United Co. Rossal plc and JSC Sibenergo.")
    assert len(list(doc.sents)) == 1
    assert "United Co. Rossal plc" in {e.text for e in doc.ents if e.label_ == "ORG"}
