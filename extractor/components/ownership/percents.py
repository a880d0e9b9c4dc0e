"""Where the percentages of a sentence are, and their values: "51%", "51 per cent", "fifty-one percent",
"51%-owned", "50-50 owned"; not bounds ("less than 50%", "50% or more")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .model import Lexicon, Percent

FUSED = re.compile(r"^(\d+(?:\.\d+)?)%-([a-z]+)$")


def find_percents(sent: Span, lex: Lexicon) -> list[Percent]:
    """The percentages of a sentence: "51%", "51 per cent", "fifty-one percent", "51%-owned"."""
    doc = sent.doc
    found = []
    for tok in sent:
        even = _even_split(tok, sent, lex)
        if even is not None:
            found.append(Percent(50.0, even, tok.i, even.lemma_.lower(), even=True, floor=sent.start))
            continue
        if _half_stake(tok, lex):
            found.append(Percent(50.0, tok, tok.i, floor=sent.start))
            continue
        owned = _half_participle(tok, sent, lex)
        if owned is not None:  # "Y is half-owned by X" (gold decision 53: half is 50)
            found.append(Percent(50.0, owned, tok.i, lex.fused_participles[owned.lower_], floor=sent.start))
            continue
        fused = FUSED.match(tok.lower_)
        if fused and fused.group(2) in lex.fused_participles:
            found.append(Percent(float(fused.group(1)), tok, tok.i, lex.fused_participles[fused.group(2)],
                                 floor=sent.start))
            continue
        if tok.lower_ not in lex.unit_starts or tok.i == sent.start:
            continue
        unit = next((u for u in lex.units if [t.lower_ for t in doc[tok.i:tok.i + len(u)]] == list(u)), None)
        if unit is None:
            continue
        number = _number_before(doc, tok.i, sent.start, lex)
        if number is None or not 0 < number[0] <= 100 or _bound(doc, number[1], tok.i + len(unit), lex):
            continue
        phrase = range(number[1], tok.i + len(unit))
        found.append(Percent(number[0], _phrase_head(doc, phrase), number[1], floor=sent.start))
    return found


def _half_stake(tok: Token, lex: Lexicon) -> bool:
    """ "owns half of Y", "holds the other half", "with the other half held by X": a stake of 50 (gold
    decision 53); not "the first half of 2023"."""
    if tok.lower_ != "half" or any(c.lower_ in {"first", "second", "a"} for c in tok.children):
        return False
    verbs = lex.hold_verbs | lex.acquire_verbs | lex.dispose_verbs | lex.belong_verbs
    held = tok.dep_ in {"dobj", "nsubjpass", "nsubj"} and tok.head.lemma_.lower() in verbs
    return held or any(c.dep_ == "acl" and c.lemma_.lower() in lex.participle_verbs for c in tok.children)


def _half_participle(tok: Token, sent: Span, lex: Lexicon) -> Token | None:
    """The participle of "half-owned" / "half owned": a stake of 50 held by its agent."""
    if tok.lower_ != "half":
        return None
    j = tok.i + 1 + (tok.i + 1 < sent.end and tok.doc[tok.i + 1].text == "-")
    word = tok.doc[j] if j < sent.end else None
    return word if word is not None and word.lower_ in lex.fused_participles else None


def _bound(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """"less than 50%", "50 percent or more": a bound, no stake (the words around tokens start:end)."""
    before = " ".join(t.lower_ for t in doc[max(0, start - 3):start])
    after = " ".join(t.lower_ for t in doc[end:end + 2])
    return any(before.endswith(b) for b in lex.bounds_before) or any(after.startswith(a) for a in lex.bounds_after)


def _even_split(tok: Token, sent: Span, lex: Lexicon) -> Token | None:
    """The participle of "50-50 owned" ("50/50 held", "owned 50-50 by"), when `tok` starts such a split."""
    if tok.lower_[:2] not in lex.even_starts:
        return None
    doc = sent.doc
    for length in (1, 3):
        end = tok.i + length
        if end < sent.end and "".join(t.lower_ for t in doc[tok.i:end]) in lex.even_splits \
                and (tok.i == sent.start or doc[tok.i - 1].lower_ not in {"-", "/"}):
            for participle in (doc[end], doc[tok.i - 1]):
                # (a participle before the split may be tagged as a past tense: "Y, jointly owned 50-50 by")
                if participle.lemma_.lower() in lex.participle_verbs and (participle.tag_ == "VBN" or (
                        participle.i != end and participle.tag_ == "VBD")) \
                        and (participle.i == end or doc[end].lower_ == "by"):
                    return participle
    return None


def _number_before(doc: Doc, i: int, floor: int, lex: Lexicon) -> tuple[float, int] | None:
    """The value and first token of the number that ends right before token `i`."""
    prev = doc[i - 1]
    value = _number_value(prev.lower_, lex)
    if value is None:
        return None
    if prev.lower_ in lex.number_words and i - 3 >= floor and doc[i - 2].text == "-":
        tens = _number_value(doc[i - 3].lower_, lex)
        if tens is not None and tens >= 20:
            return tens + value, i - 3
    return value, i - 1


def _number_value(text: str, lex: Lexicon) -> float | None:
    # a decimal comma ("38,5%", European and translated texts), else a thousands separator
    text = text.replace(",", ".") if re.fullmatch(r"\d{1,3},\d{1,2}", text) else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        parts = text.split("-")
        if all(p in lex.number_words for p in parts):
            return float(sum(lex.number_words[p] for p in parts))
        return None


def _phrase_head(doc: Doc, phrase: range) -> Token:
    """The token of the phrase attached outside it (the unit when several are)."""
    heads = [doc[i] for i in phrase if doc[i].head.i not in phrase or doc[i].head.i == i]
    return heads[-1] if heads else doc[phrase[-1]]
