"""Which date is an action's (extractor/components/actions/dates.py)."""

from __future__ import annotations

import pytest

from extractor.components.actions.dates import in_dateline, news_day, not_ahead, within
from helpers import run


@pytest.mark.parametrize("value,news", [
    ("2023-06-16", True), ("2023-06-06", True), ("2023-06-05", False),  # ten days back at most
    ("2023-06-17", False),  # after publication
    ("2023-06", False), (None, False),  # not a day
])
def test_news_day(value, news):
    assert news_day({"text": "x", "value": value, "mod": None}, "2023-06-16") is news


@pytest.mark.parametrize("text,dateline", [
    ("WASHINGTON, June 15 (Reuters) - The Treasury on Thursday sanctioned Velmora Trading LLC.", True),
    ("KUALA LUMPUR (June 15): The agency on Monday modified an order.", True),
    ("BROOKLYN, N.Y., June 15 - An indictment unsealed on Tuesday charges a forwarder.", True),
    ("US adds lidar maker to trade blacklist\nWASHINGTON, June 15 (Reuters) - The Commerce Department on Wednesday "
     "added Velmora Trading LLC to the Entity List.", True),  # (after a headline line)
    ("China adds 10 U.S. entities to export control list\nBEIJING, June 15 -- The Ministry of Commerce on Thursday "
     "added Velmora Trading LLC to its export control list.", True),  # (a double hyphen)
    ("The Treasury on June 15 sanctioned Velmora Trading LLC.", False),
    ("The Treasury on Wednesday (26 Mehr) sanctioned Velmora Trading LLC.", False),
    ("The timeline:\n\n3. June 2019 — The Commerce Department adds Velmora Trading LLC to the Entity List.", False),
])
def test_the_first_date_is_a_dateline(nlp, text, dateline):
    doc = run(nlp, text, "2023-06-16")
    assert in_dateline(doc.spans["dates"][0]) is dateline


@pytest.mark.parametrize("value,period,inside", [
    ("2025-04-29", "2025-W18", True), ("2025-04-29", "2025-W17", False), ("2025-04-29", "2025-04", True),
    ("2025-04", "2025", True), ("2025", "2025", False), ("2024-04-29", "2025", False), (None, "2025", False),
])
def test_a_date_within_a_coarser_one(value, period, inside):
    assert within(value, period) is inside


@pytest.mark.parametrize("text,value,expected", [
    ("Jan. 2", "2026-01-02", "2025-01-02"),  # a done action in a November article: the January before
    ("January", "2026-01", "2025-01"),
    ("Jan. 2, 2026", "2026-01-02", "2026-01-02"),  # a year written is kept
    ("Nov. 3", "2025-11-03", "2025-11-03"),  # not ahead of the article
])
def test_a_done_action_lies_not_ahead(text, value, expected):
    assert not_ahead({"text": text, "value": value, "mod": None}, "2025-11-11")["value"] == expected
