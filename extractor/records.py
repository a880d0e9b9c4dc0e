"""Doc -> Record: the only place that knows both the spaCy annotations and the schema."""

from __future__ import annotations

from spacy.tokens import Doc

from .schema import Action, DateMention, Entity, Ownership, Record


def doc_to_record(doc: Doc, doc_id: str) -> Record:
    """Collect what the components stored on the Doc (plain data) into a Record."""
    dates = [
        DateMention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=span._.timex_value,
            mod=span._.timex_mod,
        )
        for span in doc.spans.get("dates", [])
    ]
    return Record(
        doc_id=doc_id,
        published=doc._.published,
        entities=[Entity.model_validate(e) for e in doc._.entities or []],
        actions=[Action.model_validate(a) for a in doc._.actions or []],
        ownership=[Ownership.model_validate(o) for o in doc._.ownership or []],
        dates=dates,
    )
