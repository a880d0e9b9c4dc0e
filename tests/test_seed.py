"""Whole-article test on the seed (issue acceptance lists): entities, actions, ownership.

The expectations come from reading the article (they are the issues' "done when" lists),
not from the pipeline's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.components.aliases import normalize
from extractor.extract import extract_one

SEED = Path(__file__).resolve().parents[1] / "corpus" / "seed-us-blocks-investment-2021-12.json"

ORGS = [
    "SZ DJI Technology Co., Ltd.", "DJI", "Leon Technology", "Léon", "CloudWalk Technology",
    "Megvii Technology Limited", "Netposa Technologies Limited", "Xiamen Meiya Pico Information Co., Ltd.",
    "Yitu Limited", "Dawning Information Industry Co., Ltd.", "Sugon", "SenseTime Group Limited",
    "Academy of Military Medical Sciences", "AMMS", "BGI Group", "Jiangsu Hengtong Marine Cable Systems Co., Ltd.",
    "HMN International", "Kharon", "Reuters", "CNN",
]
AGENCIES = [
    "U.S. Department of the Treasury", "U.S. Department of Commerce", "Ministry of Commerce",
    "U.S. Department of State", "U.S. Congress", "Xinjiang Public Security Bureau", "PSB",
    "People's Liberation Army", "PLA",
]
NOT_ORGS = ["Uyghurs", "Terrorism and Financial Intelligence", "Financial Intelligence", "IJOP", "IPO", "Entity List"]

TREASURY = "U.S. Department of the Treasury"
COMMERCE = "U.S. Department of Commerce"
EIGHT = ["SZ DJI Technology Co., Ltd.", "Leon Technology", "CloudWalk Technology", "Megvii Technology Limited",
         "Netposa Technologies Limited", "Xiamen Meiya Pico Information Co., Ltd.", "Yitu Limited",
         "Dawning Information Industry Co., Ltd."]
# (type, agency or None for "any", target, date value)
EXPECTED_ACTIONS = [("investment_ban", TREASURY, name, "2021-12-16") for name in EIGHT] + [
    ("export_restriction", COMMERCE, "Jiangsu Hengtong Marine Cable Systems Co., Ltd.", "2021-12-16"),
    ("export_restriction", None, "HMN International", "2021-12-16"),
    ("export_restriction", COMMERCE, "SZ DJI Technology Co., Ltd.", "2020"),
    ("export_restriction", COMMERCE, "Xinjiang Public Security Bureau", "2019-10"),
    ("sanction", None, "Xinjiang Public Security Bureau", "2020-07"),
    ("export_restriction", COMMERCE, "Leon Technology", "2021-07"),
    ("export_restriction", COMMERCE, "CloudWalk Technology", "2020-06"),
    ("export_restriction", None, "Megvii Technology Limited", "2019-10"),
    ("export_restriction", None, "Netposa Technologies Limited", "2019-10"),
    ("export_restriction", None, "Xiamen Meiya Pico Information Co., Ltd.", "2019-10"),
    ("export_restriction", None, "Yitu Limited", "2019-10"),
    ("export_restriction", None, "Sugon", "2019-06"),
]


@pytest.fixture(scope="module")
def record(nlp):
    article = json.loads(SEED.read_text(encoding="utf-8"))
    import datetime as dt

    return extract_one(nlp, article["text"], dt.date.fromisoformat(article["published"]), article["doc_id"])


def _entity(record, name):
    """The entity whose name or alias is `name` (after normalization), or None."""
    key = normalize(name)
    for entity in record.entities:
        # a name given without its legal form ("HMN International") counts
        if any(n == key or n.startswith(key + " ") for n in map(normalize, [entity.name, *entity.aliases])):
            return entity
    return None


def _names(record, name):
    entity = _entity(record, name)
    return {normalize(n) for n in [entity.name, *entity.aliases]} if entity else {normalize(name)}


@pytest.mark.parametrize("name", ORGS)
def test_seed_organization(record, name):
    entity = _entity(record, name)
    assert entity is not None and entity.label == "ORG", name


@pytest.mark.parametrize("name", AGENCIES)
def test_seed_agency(record, name):
    entity = _entity(record, name)
    assert entity is not None and entity.label == "AGENCY", name


@pytest.mark.parametrize("name", NOT_ORGS)
def test_seed_not_an_organization(record, name):
    assert _entity(record, name) is None


def test_seed_mentions_match_the_text(record):
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    for entity in record.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("atype,agency,target,value", EXPECTED_ACTIONS, ids=lambda x: str(x)[:30])
def test_seed_action(record, atype, agency, target, value):
    targets = _names(record, target)
    rows = [a for a in record.actions if a.type == atype and normalize(a.target) in targets
            and a.date is not None and a.date.value == value and not a.lifted]
    if agency is not None:
        rows = [a for a in rows if a.agency == agency]
    assert rows, [(a.type, a.agency, a.target, a.date and a.date.value) for a in record.actions]


@pytest.mark.parametrize("target", ["BGI Group"])
def test_seed_no_row_for_calls_and_expectations(record, target):
    """ "lawmakers called for BGI to be named" and "is expected to sign" are no actions."""
    assert not [a for a in record.actions if normalize(a.target) in _names(record, target)]
    assert not [a for a in record.actions if a.agency == "U.S. Congress"]


def test_seed_ownership(record):
    rows = {(normalize(o.owner), normalize(o.owned), o.percent, o.status, o.via_subsidiary) for o in record.ownership}
    hengtong = _names(record, "Jiangsu Hengtong Marine Cable Systems Co., Ltd.")
    huawei = _names(record, "Huawei Technologies")
    hmn = _names(record, "HMN International")
    assert any(o in hengtong and d in hmn and p == 51 and s == "current" and not v for o, d, p, s, v in rows), rows
    assert any(o in huawei and d in hmn and p == 51 and s == "former" and v for o, d, p, s, v in rows), rows
    assert len(rows) == 2
