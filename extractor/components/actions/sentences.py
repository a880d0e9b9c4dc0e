"""Sentences as a whole: the evidence a row cites (`_evidence`), and how a sentence is laid out
(prose or a list line that opens with a name, the start of a line, a heading about people only)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..spans import doc_text
from .model import FINITE_TAGS

#: The header of an official release: "News Release", "Press release", "Media release", "Notice".
RELEASE = re.compile(r"\b(?:news|press|media) release\b|\bnotice\b|\bannouncement\b", re.IGNORECASE)
#: The agency line of a Federal Register document's header.
AGENCY_LINE = re.compile(r"^AGENCY: .*$", re.MULTILINE)
#: A legal act's enacting terms ("HAS ADOPTED THIS REGULATION:"), after a line naming who enacts it.
ENACTED = re.compile(r"\bHAS (?:ADOPTED|DECIDED|MADE)\b|\bhas adopted this (?:regulation|decision)\b")


def _evidence(sent: Span) -> dict:
    """The sentence as evidence: its offsets and text, without surrounding white space."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return {"start": start, "end": start + len(text), "text": text}


def _prose(sent: Span) -> bool:
    """A sentence whose main verb is finite: it states something, it does not list a name."""
    root = sent.root
    return root.pos_ in {"VERB", "AUX"} and (root.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in root.children))


def _opens_with_name(sent: Span, ents: dict) -> bool:
    """A list item whose first word after the bullet or number starts an organization's name."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num)]
    return bool(words) and words[0].i in ents and ents[words[0].i].start == words[0].i \
        and ents[words[0].i].label_ == "ORG"


def _about_people(sent: Span) -> bool:
    """A heading over people or vessels only: "The following individuals have been added to the SDN List:",
    "The following vessel has been added"."""
    words = {t.lemma_.lower() for t in sent}
    return bool(words & {"individual", "person", "people", "vessel", "ship", "tanker", "aircraft"}) and not words & {
        "entity", "company", "organization", "organisation", "firm", "enterprise"}


def _line_start(sent: Span) -> bool:
    """Whether a sentence starts a line (or the text)."""
    first = next((t for t in sent if not t.is_space), sent[0])
    return first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws or first.doc[first.i - 1].is_space


def issuer(doc: Doc) -> str | None:
    """The body that issued a release: the first agency of a Federal Register header's "AGENCY:"
    line; the one agency its header (the lines before the first paragraph of prose, within 300
    characters) names next to "News Release", "Notice" ... ("News Release / December 17, 2021 /
    Ministry of Economy, Trade and Industry (METI)"); or the body of a legal act's enacting formula
    ("THE COUNCIL OF THE EUROPEAN UNION," ... "HAS ADOPTED THIS REGULATION:")."""
    text = doc_text(doc)
    header = AGENCY_LINE.search(text[:2000])
    if header is not None:  # a Federal Register rule: "AGENCY: Bureau of Industry and Security, Commerce."
        named = [e.kb_id_ for e in doc.ents if e.label_ == "AGENCY" and header.start() <= e.start_char < header.end()]
        if named:
            return named[0]
    if ENACTED.search(text):
        enacting = [e.kb_id_ for e in doc.ents if e.label_ == "AGENCY" and _line_of(e) in {
            f"{e.text},", f"THE {e.text},", f"The {e.text},"}]
        if enacting:
            return enacting[0]
    span = 0  # the end of the short lines before the first paragraph
    for line in text[:2000].split("\n")[:8]:
        if len(line) >= 120 or span >= 300:
            break
        span += len(line) + 1
    if not RELEASE.search(text[:span]):
        return None
    bodies = {e.kb_id_ for e in doc.ents if e.label_ == "AGENCY" and e.end_char <= span}
    return bodies.pop() if len(bodies) == 1 else None


def _line_of(span: Span) -> str:
    """The line of text a span stands on, stripped."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start:end if end >= 0 else len(text)].strip()
