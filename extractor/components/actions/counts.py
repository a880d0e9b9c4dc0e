"""Counts named later: "The Treasury added eight companies ..." and then names them, in sentences
about the same agency or as the entries of a notice (`_resolve_count`, run after the document pass);
`_number` reads the count."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .model import ANAPHORS, GROUP_NOUNS, row
from .name_lists import is_item, itemized, numbered_items, opens_entry
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
    from_items, from_all = _named_after(doc, ents, count, agency, v, before)
    found = from_items if len(from_items) >= count else [] if items_only else from_all
    # "11 organisations are newly designated ..., including:" + four items: some of them, as the text says
    some = any(t.lower_ in {"including", "include", "includes"} for t in v.sent[-3:]) and from_items
    if some:
        found = from_items[:count]
    elif len(found) < count:
        return []
    sent = v.sent
    evidence = _evidence(sent)
    return [row(atype, agency, name, date, lifted, evidence, "count:named_later") for name in found[:count]]


def _about_them(sent: Span) -> bool:
    """A sentence whose subject is the group counted: "The entities are listed under ...", "These firms"."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ == "NNS" and t.lemma_.lower() in ANAPHORS | GROUP_NOUNS
               and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in t.children) for t in sent)


def _named_after(doc: Doc, ents: dict, count: int, agency: str | None, v: Token,
                 before: set[str]) -> tuple[list[str], list[str]]:
    """The names new after the count's sentence, as far as `count` of them: the list entries
    only, and the entries with the organizations of sentences that mention the agency."""
    from_items: list[str] = []
    from_all: list[str] = []
    in_entries = False  # past the first entry of a notice's annex, its other lines are fields
    for sent in doc.sents:
        if sent.start <= v.sent.start:
            continue
        # (the sentence's entities read off the token map: `Span.ents` walks all of the Doc's)
        found_here = list(dict.fromkeys(ents[t.i] for t in sent if t.i in ents))
        orgs = [e.kb_id_ for e in found_here if e.label_ == "ORG"]
        entry = orgs[:1] if opens_entry(sent, ents) else []
        in_entries = in_entries or bool(entry)
        if in_entries and not entry:
            continue  # "a.k.a: (1) X (2) Y", "(Parent company): Z": the entry's fields
        items = numbered_items(sent, ents) or entry or itemized(sent, ents) or (orgs[:1] if is_item(sent) else [])
        if items:  # "(1) A LLC, Yerevan; (2) B CJSC, Gyumri", "are: A, Beijing; B; C": entries of a rule
            new = [n for n in dict.fromkeys(items) if n not in before]
            from_items += [n for n in new if n not in from_items]
            from_all += [n for n in new if n not in from_all]
        elif agency is not None and agency in {e.kb_id_ for e in found_here} or _about_them(sent):
            # (also "The entities are listed under the destinations of China (A and B), India (C)")
            from_all += [n for n in dict.fromkeys(orgs) if n not in before and n not in from_all]
        if len(from_items) >= count:
            break
    return from_items, from_all
