"""Span helpers shared by the entity components."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans of one Doc share a token."""
    return a.start < b.end and b.start < a.end


def overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(overlaps(span, o) for o in others)
