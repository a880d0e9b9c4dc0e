"""Which date belongs to an action: the dates of the trigger's own clause, one per target,
"respectively", and the day the lead reports (not the dateline's)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Span, Token

from .actors import REPORTING
from .model import TIME_PREPS

#: Dependencies that open a clause of their own: a date below them is not the trigger's.
CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "conj", "parataxis", "acl", "csubj"}
#: Words and phrases that set an action apart from the day of the news (see `unanchored`).
UNANCHORED_WORDS = {"separately", "concurrently", "simultaneously", "meanwhile", "alongside"}
UNANCHORED_PHRASES = ("same day", "same time", "same occasion", "in a separate")


#: Dates told from another event ("that March", "the following month", "two years later"): an action
#: they date gets no value (gold decision 23), though the mention stays a date.
ANAPHORIC = re.compile(
    r"(?:(?:earlier|later|early|late|in) )?"  # "later that year", "earlier that month", "in the same month"
    r"(?:that|the same|the following|the previous|the prior|the next) (?:day|week|month|year|spring|summer|autumn|"
    r"fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) (?:later|after|afterwards|earlier|before)",
    re.IGNORECASE)


def as_date(span: Span) -> dict:
    """A date span as a row's `date`."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    anaphoric = ANAPHORIC.fullmatch(span.text) or before == "that" and len(span) == 1 \
        and ANAPHORIC.fullmatch(f"that {span.text}")  # "That March, ..." (the span: "March")
    value = None if anaphoric else span._.timex_value
    return {"text": span.text, "value": value, "mod": span._.timex_mod}


def not_ahead(date: dict, published: str | None) -> dict:
    """A done action's month or day written without its year, read as after the article ("added ... on
    Jan. 2" in a November article): the year before, as nothing done lies ahead."""
    value = date.get("value") or ""
    if not published or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value) or value <= published[:len(value)] \
            or re.search(r"\d{4}", date.get("text", "")):
        return date
    return {**date, "value": f"{int(value[:4]) - 1}{value[4:]}"}


def clause_dates(v: Token, dates: list[Span]) -> list[Span]:
    """The dates of the trigger's own clause, in order (never the dateline's)."""
    sent = v.sent
    return [d for d in dates if sent.start <= d.start < sent.end and not in_dateline(d)
            and clause_head(d.root, v).i == v.i]


def dates_per_target(v: Token, heads: list[Token], dates: list[Span]) -> dict[int, dict]:
    """Each target's own date when the clause gives one per target: "sanctioned A in March 2020
    and B in November 2021" -> {A: 2020-03, B: 2021-11}; empty unless every target has one."""
    heads = sorted(heads, key=lambda h: h.i)
    if len(heads) < 2:
        return {}
    own = clause_dates(v, dates)
    bounds = [h.i for h in heads] + [v.sent.end]
    found = {}
    for head, end in zip(heads, bounds[1:]):
        inside = [d for d in own if head.i < d.start < end]
        if len(inside) != 1:
            return {}
        found[head.i] = as_date(inside[0])
    return found


def dates_per_agent(v: Token, dates: list[Span]) -> list[tuple[Token, dict]]:
    """ "sanctioned by Britain in 2022 and by the United States in February": each "by" agent with
    the one date that follows it before the next agent; empty unless there are two or more agents
    and every one has its own date."""
    own = clause_dates(v, dates)
    agents = [t for t in v.sent if t.lower_ == "by" and t.dep_ in {"agent", "conj", "prep"} and t.i > v.i
              and clause_head(t, v).i == v.i and any(c.dep_ == "pobj" for c in t.children)]
    if len(agents) < 2 or len(own) != len(agents):
        return []
    bounds = [a.i for a in agents] + [v.sent.end]
    found = []
    for agent, end in zip(agents, bounds[1:]):
        inside = [d for d in own if agent.i < d.start < end]
        if len(inside) != 1:
            return []
        found.append((next(c for c in agent.children if c.dep_ == "pobj"), as_date(inside[0])))
    return found


def respective_dates(v: Token, targets: list[str], dates: list[Span]) -> dict[str, dict]:
    """ "A and B were listed in 2018 and 2020, respectively": the n-th date for the n-th target."""
    if len(targets) < 2 or not any(t.lower_ == "respectively" for t in v.sent):
        return {}
    own = clause_dates(v, dates)
    if len(own) != len(targets):
        return {}
    return {name: as_date(d) for name, d in zip(targets, own)}


def unanchored(sent: Span) -> bool:
    """The sentence sets its action apart in time from the news ("Separately", "At the same
    time", "on the same day"): an undated action there gets no date of its own."""
    words = [t.lower_ for t in sent]
    text = " ".join(words)
    return bool(set(words) & UNANCHORED_WORDS) or any(p in text for p in UNANCHORED_PHRASES)


def event_date(doc: Doc, dates: list[Span]) -> dict | None:
    """The day the lead reports ("The Treasury on Thursday ..."): a day-level date in the
    first five sentences, at most ten days before publication. (An agency's action dated in
    its own clause later takes over: see `news_day`.)"""
    sents = list(itertools.islice(doc.sents, 5))
    lead_end = sents[-1].end if sents else 0
    days = [s for s in dates if s.start < lead_end and not in_dateline(s) and news_day(as_date(s), doc._.published)]
    for i, span in enumerate(days):
        # "X said on Tuesday it would keep selling despite sanctions announced on Monday": the day of what is
        # reported, not of the saying, when the same sentence has both
        head = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head  # ("said Tuesday")
        said = head.lemma_ in REPORTING
        if said and i + 1 < len(days) and days[i + 1].sent.start == span.sent.start:
            continue
        return as_date(span)
    return None


def signature_date(doc: Doc, dates: list[Span]) -> dict | None:
    """The date under a notice's signature: its last line, a day alone, below a line naming the
    issuing body ("Ministry of Commerce" / "January 2, 2025"): the day the notice was issued."""
    if not dates or doc.ents and doc.ents[-1].label_ == "AGENCY" and doc.ents[-1].start > dates[-1].start:
        return None
    span = dates[-1]
    rest = [t for t in doc[span.end:] if not t.is_space and t.text != "."]
    line = _line_span(doc, span.start)
    date = as_date(span)
    if rest or [t for t in line if not t.is_space] != [t for t in span if not t.is_space] or line.start == 0 \
            or len(date.get("value") or "") != 10:
        return None
    above = _line_span(doc, line.start - 1)
    return date if 0 < len(above) <= 12 and any(t.ent_type_ == "AGENCY" for t in above) else None


def _line_span(doc: Doc, i: int) -> Span:
    """The line of the text that token `i` is on (blank lines skipped backwards)."""
    while i > 0 and doc[i].is_space:
        i -= 1
    start = i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def news_day(date: dict, published: str | None) -> bool:
    """A day-level date at most ten days before publication: the day of the news."""
    value = date.get("value") or ""
    if not published or len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return 0 <= (dt.date.fromisoformat(published[:10]) - day).days <= 10


def in_dateline(span: Span) -> bool:
    """ "WASHINGTON, Dec 15 (AP) - ...", "KUALA LUMPUR (March 12): ...": the date of the article,
    not of an action."""
    doc = span.doc
    # (the start of its line: a headline may come first)
    line = next((t.i + 1 for t in reversed(doc[max(span.start - 8, 0):span.start]) if "\n" in t.text), 0)
    if span.start - line >= 8 or span.end >= len(doc):
        return False
    before = [t for t in doc[line:span.start] if not t.is_punct and not t.is_space]
    if not before or not all(t.text[0].isupper() and t.text.replace(".", "").isalpha() for t in before):
        # only a place comes first ("WASHINGTON, ..."): not a timeline's "3. June 2019 — BIS adds ...", nor
        # "The Treasury on Wednesday (26 Mehr) sanctioned ..."
        return False
    after = doc[span.end].text
    closed = after == ")" and span.end + 1 < len(doc) and doc[span.end + 1].text in {":", "-", "--", "–", "—"}
    return after in {"-", "--", "–", "—", "(", "/", "):"} or closed


def item_date(sent: Span, dates: list[Span]) -> Span | None:
    """The date that heads a timeline item on the sentence's line: "- March 2014: OFAC designates X",
    "2. Autumn 2020: BIS adds X" (the parser makes "- March 2014:" a sentence of its own)."""
    doc = sent.doc
    if sent.start == 0 or any("\n" in t.text for t in doc[sent.start - 1:sent.start + 1]):
        return None
    before = doc[sent.start - 1].sent
    marks = [t for t in before if not t.is_space]
    if not marks or marks[-1].text not in {":", "-", "–", "—"}:
        return None
    if len(marks) > 2 and marks[0].like_num and marks[1].text in {".", ")"}:
        marks = marks[2:]  # "2. Autumn 2020:"
    words = [t for t in marks if not t.is_punct]
    return next((d for d in dates if words and d.start <= words[0].i and words[-1].i < d.end), None)


def clause_head(token: Token, stop: Token) -> Token:
    """Walk up from a date to the verb heading its clause (or to `stop`)."""
    while token.i != stop.i and token.head.i != token.i:
        if token.pos_ in {"VERB", "AUX", "ADJ"} and (token.dep_ in CLAUSE_DEPS or token.dep_ == "pcomp"
                                                     and token.head.lower_ in TIME_PREPS):
            return token  # (also "After being added ... in 2019, X was ...")
        token = token.head
    return token


def within(value: str | None, period: str) -> bool:
    """A date inside a coarser one: "2025-04-29" in "2025-04", "2025" or the ISO week "2025-W18"."""
    if not value or len(value) <= len(period):
        return False
    week = re.fullmatch(r"(\d{4})-W(\d{2})", period)
    if week is None:
        return value.startswith(period + "-")
    try:
        year, number, _ = dt.date.fromisoformat(value).isocalendar()
    except ValueError:
        return False
    return (year, number) == (int(week[1]), int(week[2]))
