"""Span and matching helpers shared by the components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..lexicons import load_yaml

#: Quotation marks around a name or a defined term.
QUOTES = frozenset({'"', "“", "”", "«", "»"})


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `doc.text` from the tokens on every access, and
    several components read it."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


@cache
def news_agencies() -> frozenset[str]:
    """The names of news agencies and outlets (`org_rules.yaml`)."""
    return frozenset(load_yaml("org_rules.yaml")["news_agencies"])


def news_source(ent: Span) -> bool:
    """A name that reports, not one reported on: a dateline's "(Reuters)", "told Reuters", a news agency."""
    if ent.text in news_agencies():
        return True
    doc = ent.doc
    dateline = ent.start > 1 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" \
        and doc[ent.start - 2].ent_type_ not in {"ORG", "AGENCY"} \
        and (ent.end + 1 >= len(doc) or doc[ent.end + 1].text in {"-", "–", "—"})
    return dateline or ent.root.dep_ in {"dobj", "dative"} and ent.root.head.lemma_ == "tell"  # "told Reuters"


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans of one Doc share a token."""
    return a.start < b.end and b.start < a.end


def overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(overlaps(span, o) for o in others)


#: Words that only accompany the keyword of a pattern ("the", "of", "last"): never a cue alone.
COMPANIONS = frozenset({
    "the", "a", "an", "of", "and", "or", "&", ",", "-", "for", "in", "to", "on", "at", "since",
    "by", "until", "till", "from", "during", "before", "after", "through", "throughout", "this",
    "last", "next", "that", "past", "previous", "coming", "early", "late", "mid", "earlier",
    "later", "about", "around", "nearly", "almost", "some", "roughly", "first", "second",
    "third", "fourth", "1st", "2nd", "3rd", "4th", "fiscal", "calendar", "comparable",
    "corresponding", "same", "latest", "one", "state", "general",
})


class CuedMatcher:
    """A Matcher run only near the tokens a match needs (its cues): most of a text has none,
    and matching everywhere made the rule components cost as much as the parser.

    Each pattern's cue is one of its required tokens: a keyword (a `LOWER` word or list that is
    not a companion word) or a `REGEX`. With `windows=True` (patterns without `+`/`*` only) the
    Matcher runs on the tokens around each cue, as far as a pattern reaches from its cue on
    either side; otherwise on the cue's sentence. With `names=True` (patterns for names, whose
    only lower-case words are the ones they spell out) a sentence is cut at every other
    lower-case word, and the Matcher runs on the pieces that hold a cue.
    """

    def __init__(self, vocab: Vocab, patterns: dict[str, list[list[dict]]], windows: bool = False,
                 greedy: str | None = None, text_cues: bool = False, names: bool = False) -> None:
        self.matcher = Matcher(vocab, validate=True)
        self.words: set[str] = set()
        regexes: set[str] = set()
        self.left = self.right = 0
        for key, rows in patterns.items():
            self.matcher.add(key, rows, greedy=greedy)
            for pattern in rows:
                if windows and any(spec.get("OP") in ("+", "*") for spec in pattern):
                    raise ValueError(f"pattern {key!r} is unbounded: it needs sentence windows")
                cues = [(i, cue_of(spec, text_cues)) for i, spec in enumerate(pattern)
                        if spec.get("OP") not in ("?", "*", "!")]
                cues = [(i, cue) for i, cue in cues if cue]
                if not cues:
                    raise ValueError(f"pattern {key!r} has no keyword and no regex to cue it")
                # windows: the cue nearest the middle (short windows); sentences: the last keyword (the head
                # noun of a name, "Ministry", "Bureau", "Ltd.", rarer than its modifiers), else the last regex
                i, cue = min(cues, key=lambda c: max(c[0], len(pattern) - 1 - c[0])) if windows else next(
                    (c for c in reversed(cues) if not isinstance(c[1], str)), cues[-1])
                if isinstance(cue, str):
                    regexes.add(cue)
                else:
                    self.words |= cue
                self.left, self.right = max(self.left, i), max(self.right, len(pattern) - 1 - i)
        self.regex = re.compile("|".join(f"(?:{r})" for r in sorted(regexes))) if regexes else None
        self.windows = windows
        # the lower-case words a match may hold: the ones the patterns spell out ("and", "of", "plc")
        self.inside = {w for rows in patterns.values() for pattern in rows for spec in pattern
                       for w in _lower_values(spec) | _text_values(spec)} if names else None
        self._cue: dict[int, bool] = {}  # token text hash -> is a cue

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) as `Matcher.__call__` gives on the whole Doc."""
        matches = []
        for window in self._windows(doc):
            matches += [(key, window.start + s, window.start + e) for key, s, e in self.matcher(window)]
        return matches

    def _windows(self, doc: Doc) -> Iterator[Span]:
        cues = [i for i, key in enumerate(doc.to_array(ORTH).tolist()) if self._is_cue(doc, key)]
        if not self.windows:
            seen = set()
            for i in cues:
                sentence = doc[i].sent
                if sentence.start not in seen:
                    seen.add(sentence.start)
                    yield from self._pieces(sentence, cues) if self.inside is not None else (sentence,)
            return
        start = end = 0
        for i in cues:
            low = max(i - self.left, 0)
            if low > end:
                if end > start:
                    yield doc[start:end]
                start = low
            end = min(i + self.right + 1, len(doc))
        if end > start:
            yield doc[start:end]

    def _pieces(self, sentence: Span, cues: list[int]) -> Iterator[Span]:
        """The runs of a sentence between lower-case words no match can hold, that hold a cue."""
        doc, start = sentence.doc, sentence.start
        wanted = {i for i in cues if sentence.start <= i < sentence.end}
        for token in sentence:
            if token.text[:1].islower() and token.lower_ not in self.inside:
                if any(start <= i < token.i for i in wanted):
                    yield doc[start:token.i]
                start = token.i + 1
        if any(start <= i < sentence.end for i in wanted):
            yield doc[start:sentence.end]

    def _is_cue(self, doc: Doc, key: int) -> bool:
        cue = self._cue.get(key)
        if cue is None:
            word = doc.vocab.strings[key]
            cue = self._cue[key] = word.lower() in self.words or bool(self.regex and self.regex.search(word))
        return cue


def cue_of(spec: dict, text_cues: bool = False) -> set[str] | str | None:
    """What makes a token able to cue a pattern: its keywords (with `text_cues`, also its exact
    words), its regex, or nothing (a companion word like "the", or a token test like `IS_TITLE`)."""
    words = _lower_values(spec) or (_text_values(spec) if text_cues else set())
    if words and not words & COMPANIONS:
        return words
    text = spec.get("TEXT")
    return text["REGEX"] if isinstance(text, dict) and "REGEX" in text else None


def _text_values(spec: dict) -> set[str]:
    """The words of an exact-text test ("TEXT": {"IN": ["Ltd.", "LLC"]}), lower-cased: a cue is
    found case-insensitively, and the Matcher then tests the case."""
    text = spec.get("TEXT") or spec.get("ORTH")
    if isinstance(text, dict):
        return {w.lower() for w in text.get("IN", [])}
    return {text.lower()} if isinstance(text, str) else set()


def _lower_values(spec: dict) -> set[str]:
    lower = spec.get("LOWER")
    if isinstance(lower, dict):
        return set(lower.get("IN", []))
    return {lower} if lower else set()
