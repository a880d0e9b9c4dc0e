"""Terms a filing defines for a name, as exchange announcements and annual reports do:
'Tsing Yi Leasing (BVI) Limited ("TY BVI" or the "Vendor")', 'X Co., Ltd. (hereinafter "the
Company")', or a definitions table line '"the Company", "Qinling Inertial" | X Co., Ltd.'.

A term without "the" ("TY BVI") is a short name of the company: an alias. A term with "the"
("the Vendor", "the Company") is the role the company plays in the document: its later mentions
("the Vendor held 60%") name the company, but the role is no name of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from .spans import QUOTES

#: Words that make a term stand for more than the name before it ('together with its subsidiaries, the "Group"').
WIDER = {"together", "collectively", "with"}
#: Longest parenthetical and longest term read.
MAX_PARENTHETICAL = 30
MAX_TERM = 6


@dataclass(frozen=True)
class Definition:
    term: Span  # the quoted words, without "the"
    name: Span | None  # the mention it is defined for; None for a deal, a date, an untagged name
    role: bool  # defined with "the": a role in the document, not a name


def find_definitions(doc: Doc, mentions: list[Span]) -> list[Definition]:
    """The defined terms of a Doc, each with the mention it is defined for."""
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    found = []
    orth = doc.to_array(ORTH)
    marks = {doc.vocab.strings[mark] for mark in ("(", "|") if mark in doc.vocab.strings}
    for i in numpy.flatnonzero(numpy.isin(orth, list(marks))) if marks else ():  # (most tokens are neither)
        token = doc[int(i)]
        if token.text == "(":
            close = next((j for j in range(token.i + 1, min(token.i + MAX_PARENTHETICAL, len(doc)))
                          if doc[j].text == ")"), None)
            if close is not None:
                found += [Definition(term, _named(doc, token.i, by_end), role)
                          for term, role in _quoted_terms(doc, token.i + 1, close)]
        elif token.text == "|" and token.i + 1 < len(doc):  # a definitions table: '"Term", "Term" | Name'
            after = token.i + 2 if doc[token.i + 1].lower_ == "the" else token.i + 1
            name = by_start.get(after)
            start = token.i
            while start > 0 and "\n" not in doc[start - 1].text_with_ws:
                start -= 1
            if name is not None and start < token.i and doc[start].is_quote:
                found += [Definition(term, name, role) for term, role in _quoted_terms(doc, start, token.i)]
    return found


def _named(doc: Doc, end: int, by_end: dict[int, Span]) -> Span | None:
    """The mention ending at `end`, or the name it completes: 'the Office of Foreign Assets Control of
    the Department of the Treasury ("OFAC")' defines the office's short name."""
    name = by_end.get(end)
    while name is not None:
        of = name.start - 2 if doc[name.start - 1].lower_ == "the" else name.start - 1
        outer = by_end.get(of) if of > 0 and doc[of].lower_ == "of" else None
        if outer is None:
            return name
        name = outer
    return None


def role_mentions(doc: Doc, term: Span) -> list[Span]:
    """Later mentions of a role term: "the Vendor", "The Target Company" (the words in the term's case)."""
    words = [t.text for t in term]
    n = len(words)
    return [doc[t.i + 1:t.i + 1 + n] for t in doc[term.end:len(doc) - n]
            if t.lower_ == "the" and [w.text for w in doc[t.i + 1:t.i + 1 + n]] == words
            and not (t.i + 1 + n < len(doc) and doc[t.i + 1 + n].is_quote)]


def _quoted_terms(doc: Doc, start: int, end: int) -> list[tuple[Span, bool]]:
    """The quoted terms between two token positions, each with whether it is a role ("the" before
    or inside its quotes, or lower case)."""
    quotes = [t.i for t in doc[start:end] if t.text in QUOTES]
    terms, previous = [], start
    for open_, close in zip(quotes[::2], quotes[1::2]):
        first = open_ + 1
        inside_the = doc[first].lower_ == "the"
        if inside_the:
            first += 1
        wider = any(t.lower_ in WIDER for t in doc[previous:open_])
        named = doc[open_ - 1].text[:1].isupper() and doc[open_ - 1].lower_ != "the"  # '(OOO "Most")': a name's part
        previous = close + 1
        if wider or named or not 0 < close - first <= MAX_TERM or not any(t.is_alpha for t in doc[first:close]):
            continue
        role = inside_the or doc[open_ - 1].lower_ == "the" or doc[first].text[:1].islower()
        terms.append((doc[first:close], role))
    return terms
