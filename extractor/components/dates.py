"""Dates: find every DATE expression and resolve it against the publication date.

The model's DATE entities are the starting point; the Matcher patterns of
`resources/date_patterns.jsonl` add what the model misses or mis-spans (weekdays,
"mid-2021", "the third quarter"). Each candidate is trimmed to TimeML's extent (no
leading preposition, no possessive), split when it joins two dates, filtered
(`temporal.rejection`: durations, sets, ages, vague "now") and normalized
(`temporal.normalize`) with a tense hint from its clause, so "Thursday" in
"will vote Thursday" is the next one.

Output (plain data only): `doc.spans["dates"]`, sorted and non-overlapping, each span
carrying `span._.timex_value` (str or None) and `span._.timex_mod`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicons import load_jsonl
from ..temporal import MONTHS, WEEKDAYS, Tense, normalize, numeric_order, rejection, resolve_against
from .boundaries import opens_item
from .spans import CuedMatcher, doc_text

for _name in ("timex_value", "timex_mod"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

#: Words that open a date span in the model's output but are not part of it in TimeML.
LEADING_NOISE = {
    "in", "on", "at", "since", "by", "until", "till", "til", "from", "during", "through",
    "throughout", "before", "after", "of", "for", "between", "to", "into", "within",
    "starting", "beginning", "ending", "ended", "effective", "dated", "and", "or", "least",
    "only", "just", "sometime", "up", ",", "-", "(",
}
#: Multi-word openers: "as early as Tuesday" -> "Tuesday".
LEADING_PHRASES = (("as", "early", "as"), ("as", "soon", "as"), ("as", "late", "as"),
                   ("as", "of"), ("no", "later", "than"), ("no", "earlier", "than"))
PHRASE_OPENERS = {p[0] for p in LEADING_PHRASES}
#: Words between two dates that the model joined into one span.
JOINERS = {",", ";", "and", "or", "to", "through", "ended", "ending", "of"}
#: Prepositions that tell the tense better than the verb: "postponed until Tuesday",
#: "must respond by Friday" (but "had not called until Thursday" stays past).
PREPOSITION_TENSE: dict[str, Tense] = {"since": "past", "until": "future", "till": "future",
                                       "by": "future"}
#: "extended the loans through January": an end point, ahead unless the verb is a plain past.
WEAK_FUTURE_PREPOSITIONS = {"through", "thru"}
#: Words of a clock time that head the day in the parse: "until 9 a.m. (EST) Tuesday".
CLOCK_HEADS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "midday", "est",
               "edt", "gmt", "utc", "cet", "bst", "pst", "pdt", "cst", "cdt", "o'clock", "local",
               "time", "hours"}
#: Present-tense verbs that report rather than schedule: "the ministry says Monday" is not ahead.
REPORTING_VERBS = {
    "say", "tell", "report", "announce", "add", "note", "state", "claim", "write", "insist",
    "argue", "believe", "think", "show", "indicate", "estimate", "confirm", "deny",
    "acknowledge", "allege", "accuse", "warn", "explain", "recall", "remember", "know",
}
#: Conjunctions of a time clause, whose tense follows its main clause ("will act when the
#: court opens", "would act when the court opened Monday").
TIME_CLAUSE_MARKERS = {"when", "once", "until", "till", "before", "after", "as", "whenever"}
#: Verbs whose past is spelled as their present: a "VBP" tag on them is as likely a past.
SAME_PAST_FORM = {
    "hurt", "cut", "put", "set", "hit", "cost", "let", "quit", "spread", "shut", "cast", "split",
    "bet", "bid", "read", "burst", "forecast", "broadcast", "upset", "beat", "thrust", "shed",
}
#: A year inside the name of a legal instrument is not a date: "the 2021 Anti-Foreign
#: Sanctions Law", "Resolution 1973", "announcement No. 9 of 2024".
DOCUMENT_NOUNS = {
    "law", "act", "order", "regulation", "regulations", "decree", "directive", "resolution",
    "code", "rules", "measures", "provisions", "announcement", "notice", "decision", "statute",
    "bill", "ordinance", "proclamation", "guidelines", "circular", "decree-law", "amendment",
}
NUMBER_SIGNS = {"no", "no.", "nos", "nos.", "number", "#", "nr", "nr."}
#: Words inside a title-case name that are not capitalized: "Countering America's
#: Adversaries Through Sanctions Act", "Hong Kong Human Rights and Democracy Act".
NAME_CONNECTORS = {"and", "of", "on", "for", "the", "'s", "-", "to", "in", "against", "&"}
#: A reporting period longer than a quarter ("For the nine months, ..."), after which "a year
#: earlier" compares that period, not the quarter: see `_period_markers`.
PERIOD_MONTHS = {"six", "nine", "twelve", "6", "9", "12"}
#: Prepositions that place a quarter as the background of another ("After a flat second
#: quarter, ..."): that quarter is not the one the figures are about.
CONTRAST_PREPOSITIONS = {"after", "before", "since", "following", "unlike"}
#: Heads after which a date may lie either side of the clause's tense: "created ..., effective Feb. 1".
NEUTRAL_HEADS = {"effective"}
#: "as soon as Tuesday", "as early as next week": a date not yet reached.
FUTURE_OPENERS = {"soon", "early"}
#: "today's world", "tomorrow's leaders" are generic, not the day ("today's vote" is the day).
GENERIC_POSSESSIVE = {"today", "tomorrow"}
GENERIC_NOUNS = {
    "world", "youth", "society", "generation", "child", "kid", "student", "young", "economy",
    "standard", "technology", "culture", "family", "leader", "worker", "consumer", "people",
    "politics", "medium", "age", "environment", "teenager", "woman", "man", "company",
    "industry", "music", "life", "challenge", "problem", "army", "military", "weapon", "war",
    "threat", "job", "workforce", "global", "modern", "teen", "parent", "reality", "era",
}
#: Words before a number that is an address or a reference, not a year ("Room 1201", "No. 1999").
ADDRESS_WORDS = {"room", "suite", "office", "no.", "no", "building", "floor", "unit", "box", "plot", "block",
                 "tower", "flat", "apartment", "#", "number", "nos."}
#: "Monday and Tuesday nights": a recurring day, a set.
PLURAL_DAY_PARTS = {"nights", "mornings", "afternoons", "evenings"}
#: A day of the month written alone: "on 14th local time", "on the 3rd".
DAY_ORDINAL = re.compile(r"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
#: Verbs and adjectives whose complement is in the future: "is expected to sign".
FUTURE_GOVERNORS = {
    "expect", "plan", "schedule", "intend", "due", "aim", "hope", "prepare", "propose", "suppose",
    "likely", "poise", "slate", "promise", "pledge", "vow", "threaten",
}
#: Verbs and nouns whose infinitive complement lies ahead of them even when they are past:
#: "agreed to buy it in January", "asked him to testify on Feb. 10", "a deal to buy it in May".
PROSPECTIVE_HEADS = FUTURE_GOVERNORS | {
    "agree", "decide", "want", "seek", "offer", "ask", "urge", "order", "invite", "require",
    "call", "tell", "subpoena", "summon", "direct", "set", "vote", "move", "try", "begin", "start",
    "agreement", "deal", "plan", "decision", "proposal", "bid", "pact", "accord",
    "contract", "effort", "attempt", "request", "invitation", "deadline",
}
#: Auxiliaries that put the clause in the future ("could" and "can" are often past ability).
FUTURE_MODALS = {"will", "'ll", "wo", "shall", "would", "may", "might", "should", "must"}
#: "his 30s", "their early 20s": decades of a life.
AGE_DECADE = re.compile(r"(?:early |mid-?|late )?\d0s")
#: A stand-in anchor to tell "unresolvable here" from "not a date".
ANY_ANCHOR = dt.date(2000, 1, 1)
#: Times of day that make "midnight Friday" a TIME, not a DATE with a stray word.
CLOCK_WORDS = {"midnight", "noon", "midday", "dawn", "dusk"}
#: Words that make an unresolved span still a date ("the following year", "that day").
TEMPORAL_WORDS = {
    "day", "week", "weekend", "month", "year", "quarter", "decade", "century", "season",
    "spring", "summer", "fall", "autumn", "winter", "morning", "night", "evening",
    "afternoon", "period", "half",
}


@Language.factory(
    "extractor_dates",
    requires=["doc.ents", "token.dep", "token.morph"],
    assigns=["doc.spans"],
    default_config={"patterns": "date_patterns.jsonl", "spans_key": "dates"},
)
def make_dates(nlp: Language, name: str, patterns: str, spans_key: str) -> DateFinder:
    return DateFinder(nlp, patterns, spans_key)


class DateFinder:
    """Detects, trims, filters and normalizes date spans; the Matcher is built once."""

    def __init__(self, nlp: Language, patterns: str, spans_key: str) -> None:
        self.spans_key = spans_key
        by_id: dict[str, list[list[dict]]] = defaultdict(list)
        for row in load_jsonl(patterns):
            by_id[row["id"]].append(row["pattern"])
        self.matcher = CuedMatcher(nlp.vocab, by_id, windows=True)

    def __call__(self, doc: Doc) -> Doc:
        anchor = _anchor(doc._.published)
        day_first = numeric_order(doc_text(doc), anchor) == "DMY"  # "08/11/2022" in a notice that writes "17/06/2021"
        candidates = [e for e in doc.ents if e.label_ == "DATE"]
        candidates += [Span(doc, s, e, label="DATE") for _, s, e in self.matcher(doc)]
        parts = [p for span in candidates for p in _split(_trim(span), anchor)]
        dates, previous, quarter, quarter_at = [], None, None, 0
        periods = _period_markers(doc)
        for span in sorted(filter_spans([p for p in parts if p is not None])):
            if rejection(span.text) or _generic(span) or _in_document_name(span) or _item_number(span):
                continue
            tense = clause_tense(span)
            value, mod = normalize(span.text, anchor, tense, day_first)
            whole_year = any(quarter_at <= i < span.start for i in periods)
            relative = resolve_against(span.text, previous, quarter, whole_year)
            if value is None and relative is None and (inner := _resolvable_tail(span, anchor, tense)):
                span = inner  # "coup d'etat last year" -> "last year", "the day Friday" -> "Friday"
                if _generic(span):
                    continue  # "Room 1201" -> "1201": an address
                value, mod = normalize(span.text, anchor, tense)
            if relative is None and value is None and not _is_temporal(span):
                continue
            if relative is None and value and "-Q" in value and _reported(span, value, anchor, tense):
                quarter, quarter_at = value, span.end  # the quarter under discussion; an anaphor never resets it
            span._.timex_value, span._.timex_mod = relative or value, mod
            previous = relative or value or previous
            dates.append(span)
        doc.spans[self.spans_key] = dates
        return doc


def _resolvable_tail(span: Span, anchor: dt.date | None, tense: Tense) -> Span | None:
    """The span minus one or two leading words, when only that rest has a value: the model
    sometimes takes a word before the date into its entity."""
    for k in (1, 2):
        dropped, tail = span[:k], span[k:]
        if not len(tail) or any(t.like_num or t.lower_ in CLOCK_WORDS for t in dropped):
            return None
        if (len(tail) > 1 or tail[0].lower_ not in TEMPORAL_WORDS) \
                and normalize(tail.text, anchor, tense)[0] is not None:
            return Span(span.doc, span.start + k, span.end, label="DATE")
    return None


def _reported(span: Span, quarter: str, anchor: dt.date | None, tense: Tense) -> bool:
    """A quarter whose results can be compared with "a year earlier": one already over at
    publication, or told in the past or with its closing day ("reported fourth-quarter
    earnings", "its fourth quarter ended Sept. 30": fiscal quarters); not a quarter still
    to come ("expected to result in a fourth-quarter charge"), nor one named as the
    background of another ("After a flat second quarter, ...")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span.root.head.lower_ in CONTRAST_PREPOSITIONS and span.root.head.i < span.start:
        return False  # "After a flat second quarter, Kimberly-Clark ...": background only
    if anchor is None or tense == "past" or (after is not None and after.lower_ in ("ended", "ending")):
        return True
    year, q = int(quarter[:4]), int(quarter[-1])
    return dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) <= anchor


#: The words `_period_markers` looks at, as the hashes `Doc.to_array(LOWER)` gives.
PERIOD_WORD_KEYS = {hash_string(w) for w in ("months", "month", "nine-month", "six-month", "12-month", "twelve-month",
                                              "half", "year")}


def _period_markers(doc: Doc) -> list[int]:
    """Token positions where results reporting turns to a period longer than a quarter:
    "for the nine months", "in the first six months", "nine-month net", "the first half",
    "for the year ended Sept. 30", "the fiscal year", "year to date"."""
    marks = []
    lowers = doc.to_array(LOWER).tolist()  # (the Tokens made only where a marker word stands)
    for t in (doc[i] for i, key in enumerate(lowers) if key in PERIOD_WORD_KEYS):
        word = t.lower_
        if word in ("months", "month") and t.i >= 1:
            number, before = doc[t.i - 1], doc[t.i - 2] if t.i >= 2 else None
            if number.lower_ == "-" and t.i >= 2:  # "nine-month"
                number, before = doc[t.i - 2], None
            if number.lower_ in PERIOD_MONTHS and (before is None or before.lower_ in (
                    "the", "first", "latest", "its", "their", "nine", "six")):
                marks.append(t.i)
        elif word in ("nine-month", "six-month", "12-month", "twelve-month") or word == "half" and t.i >= 1 and doc[t.i - 1].lower_ in ("first", "second"):
            marks.append(t.i)
        elif word == "year" and t.i >= 1 and doc[t.i - 1].lower_ in ("the", "fiscal", "full") and (
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("ended", "ending", "to")
                or doc[t.i - 1].lower_ != "the" and t.i >= 2 and doc[t.i - 2].lower_ in ("the", "its")):
            marks.append(t.i)  # "the year ended Sept. 30", "the full year", not "a fiscal year"
    return marks


def _item_number(span: Span) -> bool:
    """A schedule's item number at the start of its line, not a year: "1703 Struktura Media LLC"."""
    doc = span.doc
    return len(span) == 1 and span.start > 0 and "\n" in doc[span.start - 1].text_with_ws \
        and re.fullmatch(r"\d{4}", span.text) is not None and opens_item(span[0])


def _in_document_name(span: Span) -> bool:
    """A year that is part of a legal instrument's name or number, not a date: "the 2021
    Anti-Foreign Sanctions Law", "Resolution 1973", "announcement No. 9 of 2024", "Decree
    No. 61/2023", "Appropriations Act, 2023". ("the 2020 Olympics", "the 2019 rules", "a law adopted in 2021" keep it.)"""
    if not re.fullmatch(r"\d{4}", span.text):
        return False
    doc = span.doc
    before = [t for t in doc[max(span.start - 5, 0):span.start] if t.text != "."][-3:]  # "No . 9"
    words = [t.lower_.rstrip(".") for t in before]
    if words and (words[-1] in NUMBER_SIGNS or (words[-1] in DOCUMENT_NOUNS and before[-1].is_title)):
        return True  # "Resolution 1973", "No. 2021"
    if len(words) >= 2 and words[-1] == "," and words[-2] in DOCUMENT_NOUNS and before[-2].is_title:
        return True  # "the Related Programs Appropriations Act, 2023", "the Companies Act, 2013"
    if len(words) == 3 and words[-1] in ("of", "/") and before[-2].like_num and (
            words[0] in NUMBER_SIGNS or words[0] in DOCUMENT_NOUNS):
        return True  # "No. 9 of 2024", "Order 5 of 2021"
    for t in doc[span.end:span.end + 12]:  # "the 2021 Anti-Foreign Sanctions Law"
        if t.lower_ in DOCUMENT_NOUNS and (t.is_title or t.is_upper) and t.i > span.end:
            return True
        if not (t.is_title or t.is_upper or t.lower_ in NAME_CONNECTORS or t.like_num):
            return False
    return False


def _anchor(published: str | None) -> dt.date | None:
    """The publication date (the first 10 characters of an ISO date or date-time)."""
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _trim(span: Span) -> Span | None:
    """TimeML extent: no leading preposition or punctuation, no trailing possessive or
    punctuation ("Since 2017" -> "2017", "Thursday's" -> "Thursday")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        phrase = doc[start].lower_ in PHRASE_OPENERS and next(
            (p for p in LEADING_PHRASES if tuple(t.lower_ for t in doc[start:start + len(p)]) == p), None)
        if phrase:
            start += len(phrase)
        elif doc[start].lower_ in LEADING_NOISE or doc[start].is_punct or doc[start].is_space:
            start += 1
        elif doc[start].lower_ == "the" and start + 1 < end and (
                _names_day_or_month(doc[start + 1]) or start + 2 == end and DAY_ORDINAL.fullmatch(doc[end - 1].text)):
            start += 1  # "the Dec. 21, 1988" -> "Dec. 21, 1988", "on the 14th"; but "the third quarter"
        elif doc[start].dep_ == "det" and start + 1 < end and doc[start].head.i >= end:
            start += 1  # the article of a noun the date modifies: "the [third-quarter] loss"
        else:
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in {"'s", "and", "or", "to", "of"}
                           or end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].like_num
                           and doc[end - 2].is_digit  # "in June 2019 five firms were added"
                           or end - start > 1 and doc[end - 1].like_num and doc[end - 1].dep_ == "nummod"
                           and doc[end - 1].head.i >= end and doc[end - 1].head.tag_ == "NNS"
                           and not re.fullmatch(r"\d{4}", doc[end - 1].text) and doc[end - 2].text != ","):
        # (the count of a plural noun after it: "added last week 5 companies", not "the Oct. 23 attack")
        end -= 1
    return Span(doc, start, end, label="DATE") if start < end else None


def _split(span: Span | None, anchor: dt.date | None) -> list[Span | None]:
    """Two dates the model joined ("July 2020 and October 2019") become two spans, but
    only when the whole has no value of its own ("Monday, Oct. 12" stays one)."""
    if span is None or len(span) < 3 or normalize(span.text, anchor)[0] is not None:
        return [span]
    cuts = [t.i for t in span[1:-1] if t.lower_ in JOINERS]
    if not cuts:
        return [span]
    bounds = [span.start, *cuts, span.end]
    pieces = [_trim(span.doc[a:b]) for a, b in zip(bounds, bounds[1:])]
    if any(p is not None and normalize(p.text, anchor)[0] is not None for p in pieces):
        return pieces
    return [span]


def _names_day_or_month(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in MONTHS or word in WEEKDAYS


def _generic(span: Span) -> bool:
    """Not a date in context: "today's youth", "the leaders of tomorrow"; "in his 30s" (an
    age, not the 2030s); "each Thursday" (a set); "his year", "Kellogg's year" (a span of
    someone's life or fortunes); "the year ended March 31" (a twelve-month period, TimeML
    DURATION); "This Week", "VOA Today" (names of programmes and papers)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    text = span.text.lower()
    if text in GENERIC_POSSESSIVE:
        if after is not None and after.tag_ == "POS":
            noun = doc[span.end + 1] if span.end + 1 < len(doc) else None
            return noun is not None and noun.lemma_.lower() in GENERIC_NOUNS
        if before is not None and before.lower_ == "of" and before.head.pos_ in ("NOUN", "PROPN"):
            return True
    if before is not None and before.lower_ in ("each", "every"):
        return True
    if before is not None and before.lower_ in ADDRESS_WORDS and span.text.isdigit():
        return True  # "Room 1201", "No. 2008"
    if DAY_ORDINAL.fullmatch(span.text) and after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"} \
            and after.lower_ != "local":
        return True  # "agreed on the 14th package" (but "on 14th local time")
    if after is not None and after.lower_ in PLURAL_DAY_PARTS:
        return True  # "on Monday and Tuesday nights"
    if text in ("year", "month", "week") and before is not None and before.tag_ in ("POS", "PRP$"):
        return True
    if re.fullmatch(r"(?:his|her|their|my|your|our) (?:year|month|week)", text):
        return True
    if re.fullmatch(r"the (?:fiscal )?year", text) and after is not None and after.lower_ in ("ended", "ending"):
        return True
    if _is_title(span):
        return True
    return before is not None and before.tag_ == "PRP$" and AGE_DECADE.fullmatch(span.text) is not None


def _is_title(span: Span) -> bool:
    """A deictic date written as a name inside a sentence: ABC's "This Week", "USA Today"."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.is_title for t in words) or words[0].lower_ not in ("this", "today", "tonight"):
        return False
    first = span.start
    if first > 0 and span.doc[first - 1].text in {"-", "–", "—", ":"}:
        return False  # the text after a dateline begins: "WASHINGTON, D.C. – Today, BIS added ..."
    # (also past an item number: "1. Today, the Government of Japan decided ...")
    while first > span.sent.start and (span.doc[first - 1].is_quote or span.doc[first - 1].is_punct
                                       or span.doc[first - 1].like_num):
        first -= 1
    return first > span.sent.start and not (span.doc[span.start - 1].is_quote and len(words) == 1
                                            and words[0].lower_ != "today")


def _is_temporal(span: Span) -> bool:
    """An unresolved span is kept if it would resolve given some anchor ("Thursday" in an
    undated text) or names a calendar unit ("the following year")."""
    if normalize(span.text, ANY_ANCHOR)[0] is not None:
        return True
    return any(t.lower_ in TEMPORAL_WORDS or t.lemma_.lower() in TEMPORAL_WORDS for t in span)


def clause_tense(span: Span) -> Tense:
    """'past' or 'future' from the words that govern the span, None when unclear.

    "added Thursday", "Thursday's announcements" -> past; "will vote on Tuesday",
    "is expected to sign it Thursday", "could come as soon as Tuesday", "postponed until
    Tuesday", "until 9 a.m. Tuesday", "has extended the loans through January", "planned a
    rally on Saturday", "would buy it as soon as trading opened Monday" -> future; "they meet Monday", "the case is heard in May" ->
    present (ahead, in news); "the ministry says Monday" -> None.
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "POS":
        return "past"  # an event already named by its day
    if span.start >= 2 and doc[span.start - 1].lower_ == "as" and doc[span.start - 2].lower_ in FUTURE_OPENERS:
        return "future"
    head = span.root.head
    for _ in range(3):  # "until 9 a.m. EST Tuesday": the clock time's preposition governs the day
        if head.head == head or not (head.lower_ in CLOCK_HEADS or head.like_num):
            break
        head = head.head
    if head.lower_ in NEUTRAL_HEADS:
        return None  # "effective Feb. 1": announced dates lie on either side
    if head.pos_ in ("NOUN", "PROPN") and span.root.dep_ in ("compound", "nmod", "amod", "npadvmod") \
            and head.i >= span.end:
        prep = head.head  # a date before its noun: "since (shortly after) the Oct. 23 shooting"
        if prep.dep_ == "prep":
            opener = next((t for t in span.doc[max(prep.i - 2, 0):prep.i + 1]
                           if t.lower_ in ("since", "until", "till")), None)
            head = opener or head
    if head.lower_ in PREPOSITION_TENSE and not _past_perfect(head.head):
        return PREPOSITION_TENSE[head.lower_]
    verb = head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.lemma_ in FUTURE_GOVERNORS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.tag_ in ("VB", "VBP") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        verb = verb.head  # a bare verb with no subject is a noun the parser misread ("added X to its list on Thursday")
    tense = _verb_tense(verb)
    if tense == "past" and _bare_month(span) and (head.pos_ in ("NOUN", "PROPN") or head.dep_ == "prep"
                                                  and head.head.pos_ in ("NOUN", "PROPN")):
        tense = None  # "told of a cutback in September": the cutback's month, not the telling's
    if tense == "present" and not (head == verb or head.dep_ == "prep" and head.head == verb):
        tense = None  # a present verb further up tells nothing of a date inside a phrase
    if head.lower_ in WEAK_FUTURE_PREPOSITIONS and head.head == verb and tense != "past" \
            or head.lower_ in WEAK_FUTURE_PREPOSITIONS and verb.tag_ == "VBN" and tense == "past" \
            and not _past_perfect(verb) and verb.dep_ != "acl":
        return "future"  # "has extended the loans through January"; not "ran through January"
    if tense != "future" and verb.dep_ == "advcl" and any(
            c.lower_ in TIME_CLAUSE_MARKERS for c in verb.children if c.dep_ in ("mark", "advmod")):
        governor = verb.head
        for _ in range(2):  # "as soon as trading opened": the clause hangs on "soon"
            if governor.pos_ in ("VERB", "AUX"):
                break
            governor = governor.head
        # (but a past form under "will" tells the past: "will sell its stake after the State Department
        # designated the venture on Wednesday")
        plain_future = tense == "past" and any(a.lower_ in {"will", "'ll", "shall"} for a in governor.children
                                               if a.dep_ == "aux")
        # (nor under "would" when the clause tells what happened first: "said it would review its investment
        # after Britain sanctioned the company on Thursday")
        plain_future = plain_future or tense == "past" and any(
            c.lower_ in {"after", "because", "since"} for c in verb.children if c.dep_ == "mark")
        if governor.pos_ in ("VERB", "AUX") and _verb_tense(governor) == "future" and not plain_future:
            return "future"  # "would buy it as soon as trading opened Monday": tenses follow the main clause
    if tense == "past" and verb.tag_ == "VBD" and verb.lemma_ in FUTURE_GOVERNORS and any(
            c.dep_ == "dobj" and c.i < span.start for c in verb.children):
        return "future"  # "planned a rally on Saturday": the date is the rally's, after the plan
    return tense


def _bare_month(span: Span) -> bool:
    return len(span) == 1 and span[0].lower_.rstrip(".") in MONTHS


def _infinitive_tense(verb: Token) -> Tense:
    """An infinitive is ahead of what governs it: "plans to list it in January", "a deal to
    buy it in May" are future; but under a plain past verb it tells of that past ("staged
    rallies to mark the entry on Friday", "was taken along to make the November trip",
    "made it hard to meet demand into the summer"): no tense then."""
    head = verb
    for _ in range(4):
        if head.head.i == head.i or head.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp", "dobj",
                                                   "pobj", "prep", "nsubj", "nsubjpass", "attr",
                                                   "csubj", "csubjpass"):
            return "future"
        head = head.head
        if head.lemma_ in PROSPECTIVE_HEADS or any(
                a.lower_ in FUTURE_MODALS for a in head.children if a.dep_ in ("aux", "auxpass")):
            return "future"
        if head.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" for a in head.children if a.dep_ == "aux"):
            continue  # "to try to sell": look further up
        if head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
                a.lower_ in ("was", "were", "had") for a in head.children if a.dep_ in ("aux", "auxpass"))):
            return None
        if head.pos_ in ("VERB", "AUX"):
            return "future"
    return "future"


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _verb_tense(verb: Token) -> Tense:
    """Future for will/modals, 'be to', and plans or expectations; past for past forms."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_MODALS - {"will", "'ll", "shall"} for a in aux) and any(
            a.lower_ == "have" for a in aux):
        return "past"  # "may have been responsible for a drop on Wednesday", "would have voted"
    if any(a.lower_ in FUTURE_MODALS for a in aux):
        return "future"
    if verb.lemma_ in FUTURE_GOVERNORS and verb.tag_ != "VBD":  # "planned on Friday" is past
        return "future"
    if any(a.tag_ == "TO" for a in aux):  # "plans to list it in January", "a deal to buy it in May"
        return _infinitive_tense(verb)
    if verb.lemma_ == "set" and verb.tag_ == "VBN" and not aux and any(
            c.lower_ == "for" for c in verb.children):
        return "future"  # "a summit set for April"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not aux:
        return "past"  # a participle after its noun: "the year ended March 31", "rules adopted Friday"
    if verb.tag_ == "VBD" or any("Past" in a.morph.get("Tense") and a.tag_ != "VBN" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.lemma_ not in REPORTING_VERBS and verb.dep_ not in ("amod", "acl", "relcl") and (
            (verb.tag_ == "VBZ" or verb.tag_ == "VBP" and verb.lower_ not in SAME_PAST_FORM) and not aux
            or (verb.tag_ in ("VBG", "VBN") and aux and all(a.tag_ in ("VBP", "VBZ") for a in aux))):
        return "present"  # "they meet Monday", "is meeting Monday", "the case is heard in May"
    return None
