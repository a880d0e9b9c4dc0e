"""Lists of names and list layouts (extractor/components/actions/name_lists.py)."""

from __future__ import annotations

import pytest

from extractor.components.actions.name_lists import annex_heading, entity_list, entry_opened, line_item, opens_entry
from helpers import run


def _ents(doc):
    return {t.i: e for e in doc.ents if e.label_ in {"ORG", "AGENCY"} for t in e}


@pytest.mark.parametrize("text,names", [
    ("OFAC designated Velmora Trading LLC, Ostrakon Freight Ltd. and Dunmore Resources Inc. on Tuesday.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd.", "Dunmore Resources Inc."]),
    ("Listed were Velmora Trading LLC, a Dubai trader; Ostrakon Freight Ltd.; and Dunmore Resources Inc.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd.", "Dunmore Resources Inc."]),
    ("Velmora Trading LLC and Ostrakon Freight Ltd., a unit of Dunmore Resources Inc., were listed.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd."]),
    # "of" in a description that names no company does not end the list
    ("Listed were Velmora Trading LLC, a Dubai-based maker of drone engines, and Ostrakon Freight Ltd.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd."]),
    # the whole list is the subject of the verb after it
    ("Velmora Trading LLC, Ostrakon Freight Ltd. and Dunmore Resources Inc. are being designated today.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd.", "Dunmore Resources Inc."]),
    # a relative with "whose" is a description up to its verb; the name inside it is no item
    ("Listed were Velmora Trading LLC, whose parent, Dunmore Resources Inc., was listed in 2019.",
     ["Velmora Trading LLC"]),
    ("Listed were Velmora Trading LLC, whose tankers carry Iranian oil, and Ostrakon Freight Ltd.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd."]),
    # a possessor before a listed name is no item
    ("Listed were Velmora Trading LLC, Tashkent's Chorvoq Optics LLC and Ostrakon Freight Ltd.",
     ["Velmora Trading LLC", "Chorvoq Optics LLC", "Ostrakon Freight Ltd."]),
    # a name that modifies the description of the next one is no item
    ("Listed were the Estonian custodian Velmora Trading LLC, the Murmansk shipping company Ostrakon Freight Ltd. "
     "and the Kazakh distributor Dunmore Resources Inc.",
     ["Velmora Trading LLC", "Ostrakon Freight Ltd.", "Dunmore Resources Inc."]),
    # "into" ends a list: "put A into the entity list, the listed company B"
    ("Before Commerce put Velmora Trading LLC into the entity list, the listed company Ostrakon Freight Ltd. sold out.",
     ["Velmora Trading LLC"]),
    # "between" ends a list: "A, a venture between B and C"
    ("Listed was Velmora Trading LLC, a 60-40 venture between Ostrakon Freight Ltd. and Dunmore Resources Inc.",
     ["Velmora Trading LLC"]),
])
def test_entity_list(nlp, text, names):
    doc = run(nlp, text)
    ents = _ents(doc)
    first = next(e for e in doc.ents if e.text == names[0])
    assert entity_list(first, ents) == names


@pytest.mark.parametrize("line,label", [
    ("Annex 1: Entities subject to asset freeze", "1"),
    ("Annex: List of the entities", ""),
    ("(Attachment)", ""),
    ("Attachment 2: Entities subject to export prohibition", "2"),
    ("The annex lists seven entities.", None),
])
def test_annex_heading(nlp, line, label):
    assert annex_heading(next(iter(run(nlp, line).sents))) == label


def test_an_entry_opens_its_line_with_a_name_and_states_nothing(nlp):
    doc = run(nlp, "Added:\n\nKESTREL POLYMER TRADING COMPANY (a.k.a. KPTC), Kish Island, Iran [IRAN-EO13902].\n\n"
                   "Velmora Trading LLC said it would appeal.")
    sents = [s for s in doc.sents if s.text.strip()]
    flags = [opens_entry(s, _ents(doc)) for s in sents]
    assert flags[sents.index(next(s for s in sents if s.text.startswith("KESTREL")))] is True
    assert flags[sents.index(next(s for s in sents if s.text.startswith("Velmora")))] is False


@pytest.mark.parametrize("text,name", [
    ("Addition:\n\nNo. | Country | Company\n603 | China | Velmora Trading Co., Ltd. | Missile\n",
     "Velmora Trading Co., Ltd."),
    ("Deletion:\n\nNo. 214 | Taiwan | Ostrakon Freight Ltd. — deleted because it was liquidated.\n",
     "Ostrakon Freight Ltd."),
])
def test_a_tables_numbered_row_is_an_item_naming_its_first_company(nlp, text, name):
    doc = run(nlp, text)
    rows = [s for s in doc.sents if name in s.text]
    assert rows and line_item(rows[0]) == [name]


def test_a_tables_header_row_is_no_item(nlp):
    doc = run(nlp, "Addition:\n\nNo. | Country | Company\n603 | China | Velmora Trading Co., Ltd. | Missile\n")
    header = next(s for s in doc.sents if s.text.startswith("No. |"))
    assert line_item(header) == []


@pytest.mark.parametrize("text,name", [
    ("ANNEX\n\n1. Name 6: KESTREL DRILLING JSC\nAddress: Murmansk, Russia.\n", "KESTREL DRILLING JSC"),
    ("Amended entry\n\n6. VELMORA TRADING LLC\na.k.a: (1) VTL\nListed on: 21/06/2021\n", "VELMORA TRADING LLC"),
    ("Entities:\n\n- Ostrakon Freight Ltd., Moscow; date of listing: 23.2.2024\n", "Ostrakon Freight Ltd."),
    # a wire's source in brackets and a dateline open no entry
    ("(Bloomberg) -- Velmora Trading LLC was added to the Entity List on Tuesday.", None),
    ("MOSCOW, June 14 - Velmora Trading LLC said it would appeal.", None),
])
def test_an_entry_is_numbered_bulleted_or_labelled_and_opens_with_its_name(nlp, text, name):
    doc = run(nlp, text)
    opened = [entry_opened(s, _ents(doc)) for s in doc.sents]
    assert [n for n in opened if n] == ([name] if name else [])
