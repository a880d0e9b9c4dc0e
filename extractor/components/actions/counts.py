"""Counts named later: "The Treasury added eight companies ..." and then names them, in sentences
about the same agency or as the entries of a notice (`_resolve_count`, run after the document pass);
`_number` reads the count."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .model import ENTITY_LABELS
from .name_lists import itemized, line_item, numbered_items, opens_entry
from .sentences import _evidence


def _number(text: str) -> int | None:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12}
    text = text.lower().replace(",", "")
    return int(text) if text.isdigit() else words.get(text)


def _resolve_count(doc: Doc, ents: dict, count: int, atype: str, agency: str | None,
                   date: dict | None, v: Token, lifted: bool, items_only: bool, claimed: set[str]) -> list[dict]:
    """ "The Treasury added eight companies ..." then names them in sentences about the Treasury.

    Takes the first `count` organizations newly named in later sentences that mention the
    same agency, or listed as the entries of a notice when no body acts ("the six entries set
    out below have been added"), except those a later count took (`claimed`); gives nothing
    unless that many are found. `items_only`: a count the next sentence named in part, whose
    rest only a list or table can name.
    """
    before = claimed | {e.kb_id_ for e in doc.ents if e.label_ == "ORG" and e.end <= v.sent.start}
    # the entries of a list or table first; else also the names of sentences about the agency
    found = _named_after(doc, ents, count, agency, v, before, items_only=True) \
        or ([] if items_only else _named_after(doc, ents, count, agency, v, before, items_only=False))
    if len(found) < count:
        return []
    sent = v.sent
    evidence = _evidence(sent)
    return [{"type": atype, "agency": agency, "target": name, "date": date, "lifted": lifted,
             "evidence": evidence, "rule": "count:named_later"} for name in found[:count]]


def _named_after(doc: Doc, ents: dict, count: int, agency: str | None, v: Token, before: set[str],
                 items_only: bool) -> list[str]:
    """The first `count` names new after the count's sentence: list entries, and (unless
    `items_only`) the organizations of sentences that mention the agency; empty if fewer."""
    found: list[str] = []
    in_entries = False  # past the first entry of a notice's annex, its other lines are fields
    for sent in doc.sents:
        if sent.start <= v.sent.start:
            continue
        names = [e.kb_id_ for e in sent.ents if e.label_ in ENTITY_LABELS]
        entry = [e.kb_id_ for e in sent.ents if e.label_ == "ORG"][:1] if opens_entry(sent, ents) else []
        in_entries = in_entries or bool(entry)
        if in_entries and not entry:
            continue  # "a.k.a: (1) X (2) Y", "(Parent company): Z": the entry's fields
        items = numbered_items(sent, ents) or entry or itemized(sent, ents) or line_item(sent)
        if items:  # "(1) A LLC, Yerevan; (2) B CJSC, Gyumri", "are: A, Beijing; B; C": entries of a rule
            found += [n for n in dict.fromkeys(items) if n not in before and n not in found]
        elif not items_only and agency is not None and agency in names:
            found += [n for n in dict.fromkeys(e.kb_id_ for e in sent.ents if e.label_ == "ORG")
                      if n not in before and n not in found]
        if len(found) >= count:
            return found
    return []
