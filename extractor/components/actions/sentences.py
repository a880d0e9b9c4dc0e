"""Sentences as a whole: the evidence a row cites (`_evidence`), and how a sentence is laid out
(prose or a list line that opens with a name, the start of a line, a heading about people only)."""

from __future__ import annotations

from spacy.tokens import Span


def _evidence(sent: Span) -> dict:
    """The sentence as evidence: its offsets and text, without surrounding white space."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return {"start": start, "end": start + len(text), "text": text}


def _prose(sent: Span) -> bool:
    """A sentence whose main verb is finite: it states something, it does not list a name."""
    root = sent.root
    return root.pos_ in {"VERB", "AUX"} and (root.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in root.children))


def _opens_with_name(sent: Span, ents: dict) -> bool:
    """A list item whose first word after the bullet or number starts an organization's name."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num)]
    return bool(words) and words[0].i in ents and ents[words[0].i].start == words[0].i \
        and ents[words[0].i].label_ == "ORG"


def _about_people(sent: Span) -> bool:
    """A heading over people only: "The following individuals have been added to the SDN List:"."""
    words = {t.lemma_.lower() for t in sent}
    return bool(words & {"individual", "person", "people"}) and not words & {"entity", "company", "organization",
                                                                             "organisation", "firm", "enterprise"}


def _line_start(sent: Span) -> bool:
    """Whether a sentence starts a line (or the text)."""
    first = next((t for t in sent if not t.is_space), sent[0])
    return first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws or first.doc[first.i - 1].is_space
