"""Sentence boundaries the parser gets wrong: a dateline and a line break start a sentence,
and an abbreviation before a lowercase word ("Kansai Polar Gas B.V. each own 10%") does not end one.

"WASHINGTON, March 9 (AP) - The Treasury ..." and headings ("MEDIA RELEASE") run
into the first sentence otherwise, and the parser then takes the place name as the
subject of the lead ("WASHINGTON ... added"), hiding the real actor. Runs before the parser.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

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


@Language.component("extractor_boundaries")
def mark_boundaries(doc: Doc) -> Doc:
    end = dateline_end(doc.text[:120])
    if end is not None:
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            nxt.is_sent_start = True
        elif len(token) > 1 and token.text.endswith(".") and nxt.text[:1].islower() and nxt.is_alpha:
            nxt.is_sent_start = False
    return doc
