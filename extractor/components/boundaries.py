"""Sentence boundaries the parser gets wrong.

Start a sentence: a dateline, a line break, a sentence opener after a legal form ("...
Resources Inc. The company said"). Do not: a word after a comma, a semicolon or "and" (a list
goes on; the parser may still split there), a name in capitals or title case ("KESTREL
POLYMER TRADING COMPANY"), a word after an abbreviation before a lowercase word ("Kansai Polar
Gas B.V. each own 10%"), inside a legal form ("Straits Aviation Pte. Ltd.") or before what it
introduces ("a.k.a. Techserv", "No. 28").

"WASHINGTON, March 9 (AP) - The Treasury ..." and headings ("MEDIA RELEASE") run
into the first sentence otherwise, and the parser then takes the place name as the
subject of the lead ("WASHINGTON ... added"), hiding the real actor. Runs before the parser.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicons import load_yaml
from .spans import doc_text

#: Marks that open a bulleted line ("• A Ltd, Harare").
BULLETS = {"-", "•", "*", "–", "—"}


def opens_item(token: Token) -> bool:
    """A bullet or an item number ("1.", "2)", "(3)", "No.4") at the start of a list item."""
    doc = token.doc
    line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    if line_start and token.text == "|" and token.i + 1 < len(doc):
        token = doc[token.i + 1]  # "| 9. | X JSC | ... |": a table's row between pipes
    if re.fullmatch(r"No\.?\d+", token.text):
        return True
    if token.text == "(" and token.i + 2 < len(doc) and doc[token.i + 2].text == ")":
        token = doc[token.i + 1]
    if token.text in BULLETS or token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", ")"}:
        return True
    # "31 Belarusian Potash Company": a schedule's item number alone at the start of a line (not a year)
    if token.text in {"No.", "No"} and token.i + 2 < len(doc) and doc[token.i + 1].like_num:
        token = doc[token.i + 1]  # "No. 214 | Taiwan | X Co., Ltd."
    if line_start and token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text == "|":
        return True  # a table's row: "603 | China | X Co., Ltd. | ..."
    if not (line_start and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and token.whitespace_):
        return False
    if re.fullmatch(r"\d{1,3}", token.text):
        return True
    # "1702 Sintez AI Lab LLC": a long schedule's item number, told from a year by its neighbour's number
    return re.fullmatch(r"\d{4}", token.text) is not None and any(
        _line_number(doc, token.i, step) == int(token.text) + step for step in (-1, 1))


def _line_number(doc: Doc, i: int, step: int) -> int | None:
    """The number opening the line before (step -1) or after (step 1) the line that token `i` opens."""
    j = i
    if step > 0:
        while j < len(doc) and "\n" not in doc[j].text_with_ws:
            j += 1  # to the end of this line
        j += 1
    else:
        j -= 1  # the end of the line before, then back to its start
        while j > 0 and "\n" not in doc[j - 1].text_with_ws:
            j -= 1
    while 0 <= j < len(doc) and doc[j].is_space:
        j += 1
    return int(doc[j].text) if 0 <= j < len(doc) and doc[j].text.isdigit() else None


def _continue_sentence(doc: Doc, i: int) -> None:
    """Token `i` does not start a sentence. The parser only respects that when the next token
    is marked too (spaCy issue #7716), so it is, unless a sentence may start there."""
    doc[i].is_sent_start = False
    if i + 1 < len(doc) and not doc[i].text.endswith((".", "!", "?", ":")) and not doc[i + 1].is_space \
            and doc[i + 1].text[:1].islower():
        doc[i + 1].is_sent_start = False


DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’/ ]{1,40}"  # place(s), in capitals: "MOSCOW/LONDON"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", March 9"
    r"\s*(?:\([^)\n]{1,40}\))?"  # "(AP)"
    r"\s*[-–—]+\s+"
)


def dateline_end(text: str) -> int | None:
    """Character offset where the story starts after a dateline, or None."""
    match = DATELINE.match(text)
    return match.end() if match else None


def abbreviations(lexicon: str = "abbreviations.yaml", legal_forms: str = "org_rules.yaml") -> set[str]:
    """Abbreviations to keep as one token: the lexicon's and the legal forms ending in ".", also
    in capitals ("PTE. LTD." in a sanctions-list entry); and the lexicon's hyphenated words ("re-designated")."""
    words = load_yaml(lexicon)
    forms = set(words["tokens"]) | {form for form in load_yaml(legal_forms)["legal_suffixes"] if form.endswith(".")}
    return forms | {form.upper() for form in forms} | set(words["whole_words"])


@Language.factory(
    "extractor_boundaries",
    default_config={"lexicon": "abbreviations.yaml", "legal_forms": "org_rules.yaml"},
)
def make_boundaries(nlp: Language, name: str, lexicon: str, legal_forms: str) -> SentenceBoundaries:
    return SentenceBoundaries(lexicon, legal_forms)


class SentenceBoundaries:
    def __init__(self, lexicon: str, legal_forms: str) -> None:
        self.continuing = set(load_yaml(lexicon)["continuing"])
        self.starters = set(load_yaml(lexicon)["sentence_starters"])
        #: abbreviations ending in "." (legal forms and the lexicon's), lower case: "pte.", "ltd.", "no."
        self.dotted = {form.lower() for form in abbreviations(lexicon, legal_forms) if form.endswith(".")}
        suffixes = {form.lower() for form in load_yaml(legal_forms)["legal_suffixes"]}
        self.legal_dotted = {form for form in suffixes if form.endswith(".")}
        #: legal forms and their words, dots dropped: "Co. Ltd", "Co. Limited" go on
        self.legal_words = {w.rstrip(".") for form in suffixes for w in form.split()} | {"limited", "company"}

    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc_text(doc)[:120])
        if end is not None:
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        tokens = list(doc)  # (made once: indexing a Doc makes a new Token each time)
        for token, nxt in zip(tokens, tokens[1:]):
            text = token.text
            if token.is_space and "\n" in text:
                nxt.is_sent_start = True
            elif token.lower_ in {"and", "or", ",", ";"} and not nxt.is_space:
                _continue_sentence(doc, nxt.i)  # "...; and three companies ...": a list goes on
            elif text in BULLETS and token.is_sent_start:
                nxt.is_sent_start = False  # "• Halvard Precision Works Ltd": the bullet opens the item
            elif text == ":" and token.i >= 1 and tokens[token.i - 1].is_upper and tokens[token.i - 1].is_alpha \
                    and (token.i == 1 or "\n" in tokens[token.i - 2].text_with_ws):
                nxt.is_sent_start = True  # "SUMMARY: In this rule, BIS ...": a field label is no subject
            elif text in {".", ")"} and token.i >= 1 and tokens[token.i - 1].like_num and (
                    token.i == 1 or "\n" in tokens[token.i - 2].text_with_ws):
                nxt.is_sent_start = False  # "4. Blue Ridge Maritime Inc." on its own line: one item
            elif text in {".", ")"} and token.i >= 3 and tokens[token.i - 1].like_num and (
                    tokens[token.i - 2].text == ";" or tokens[token.i - 2].text == ":" and tokens[token.i - 1].text == "1"
                    and tokens[token.i - 3].lower_ in {"are", "is", "include", "includes"}):
                _continue_sentence(doc, nxt.i)  # "the relevant enterprises are: 1. X; 2. Y": the names of the subject
            elif token.like_num and opens_item(token):
                nxt.is_sent_start = False  # "31 Nemiga Optics LLC" in a schedule: one item
            elif text == ")" and nxt.is_title and not token.whitespace_.count("\n"):
                _continue_sentence(doc, nxt.i)  # "the Special Economic Measures (Belarus) Regulations is amended"
            elif len(text) > 1 and text.endswith(".") and (
                    nxt.text[:1].islower() and nxt.is_alpha or text in self.continuing
                    or text.lower() in self.dotted and nxt.text.lower() in self.dotted):
                _continue_sentence(doc, nxt.i)  # "... PTE. LTD.": one name
            elif token.is_alpha and nxt.is_alpha and (token.is_upper or token.is_title) \
                    and (nxt.is_upper and len(nxt) > 1 or nxt.is_title):
                _continue_sentence(doc, nxt.i)  # "KESTREL POLYMER TRADING COMPANY", "Velmora Trading LLC": a name
            elif text.endswith(".") and text.lower() in self.dotted and nxt.text in self.starters:
                nxt.is_sent_start = True  # "... designated Dunmore Resources Inc. The company denied ..."
            elif text.lower() in self.legal_dotted and nxt.is_title and _name_again(tokens, token.i):
                nxt.is_sent_start = True  # "... by a Cyprus company, Lorvena Holdings Ltd. Lorvena Holdings is not"
            elif text.lower() in self.legal_dotted and nxt.is_title and self._name_then_verb(tokens, nxt.i):
                nxt.is_sent_start = True  # "... and Pacific Jade Maritime S.A. Sea Lantern Tankers Ltd. is 60 percent owned"
            elif text.lower() in self.legal_dotted and nxt.is_title and nxt.lower_ not in {"the", "it", "its"} and any(
                    t.lower_.rstrip(".") in self.legal_words for t in tokens[nxt.i + 1:nxt.i + 3]):
                _continue_sentence(doc, nxt.i)  # "United Co. Rusal plc": one name, ending in its own form
            elif text.lower() in self.legal_dotted and nxt.is_title and nxt.i + 1 < len(doc) \
                    and nxt.lower_.rstrip(".") not in self.legal_words and (
                    tokens[nxt.i + 1].text in {",", "'s", "’s"} or tokens[nxt.i + 1].is_lower
                    and tokens[nxt.i + 1].lower_ not in {"and", "of", "&", "de", "du", "la"}):
                nxt.is_sent_start = True  # "... and B Ltd. Qinghe, which is 62% owned by ..., was sanctioned"
            elif text.lower() in self.legal_dotted and nxt.like_num and nxt.i + 1 < len(doc) \
                    and tokens[nxt.i + 1].lower_ in {"entity", "entities", "company", "companies", "organization",
                                                     "organizations", "organisation", "organisations"}:
                nxt.is_sent_start = True  # "... like X Co., Ltd. 1 entity, Y, was also deleted" (translated)
        if "|" in doc_text(doc):
            _table_rows(doc, [t for t in doc if t.text == "|"])
        return doc

    def _name_then_verb(self, tokens: list[Token], i: int) -> bool:
        """A name of three or more capitalised words ending in a legal form, then a lowercase word: a new
        sentence's subject ("Sea Lantern Tankers Ltd. is ..."), not the name before going on."""
        j = i
        while j < len(tokens) and (tokens[j].is_title or tokens[j].lower_.rstrip(".") in self.legal_words):
            j += 1
        return j - i >= 3 and j < len(tokens) and tokens[j - 1].lower_.rstrip(".") in self.legal_words \
            and tokens[i].lower_.rstrip(".") not in self.legal_words \
            and tokens[j].is_lower and tokens[j].is_alpha and tokens[j].lower_ not in {"and", "of", "de"}


def _name_again(tokens: list[Token], form: int) -> bool:
    """The words after a name's legal form repeat the name's first word: its short form opening a sentence."""
    start = form
    while start > 0 and tokens[start - 1].is_title and not tokens[start - 1].is_sent_start:
        start -= 1
    return start < form and tokens[form + 1].text == tokens[start].text


def _table_rows(doc: Doc, bars: list[Token]) -> None:
    """A table's row ("1042 | Y Co., Ltd. | Shareholders: A (65%), B (35%) | Supplier. | 03.07.2024")
    is one sentence: its cells are fields of one entry, not sentences of their own."""
    text = doc_text(doc)
    for token in bars:
        if token.i + 1 < len(doc):
            line_end = text.find("\n", token.idx)
            line_end = len(text) if line_end < 0 else line_end
            row = doc.char_span(token.idx, line_end, alignment_mode="contract")
            for t in (row or [])[1:]:  # the rest of the line after this "|"
                t.is_sent_start = False
            if token.i > 0 and "\n" not in doc[token.i - 1].text_with_ws:
                token.is_sent_start = False  # (a row may open with "|")
