"""Small helpers shared by the component tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.pipeline import make_doc


def run(nlp: Language, text: str, published: str | None = None) -> Doc:
    """The full pipeline over one text."""
    return nlp(make_doc(nlp, text, published))


def model_labels(nlp: Language, text: str) -> list[tuple[str, str]]:
    """The statistical model's own ents, before our components run."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("extractor_"):
            doc = proc(doc)
    return [(e.text, e.label_) for e in doc.ents]
