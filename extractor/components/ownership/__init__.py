"""Ownership stakes stated with a percentage: "X owns 51% of Y", "Y, 51% owned by X".

Every percentage of a sentence is read off the dependency parse. The rule that fits the
words around it (a stake noun, an ownership verb, a participle, a list of holders) names
the owner and the owned company, says whether the stake is current or former, and whether
an unnamed subsidiary holds it. The trigger words are data (`resources/ownership.yaml`);
the parties are ORG/AGENCY entities as the alias component named them (`kb_id_`). A
percentage with no stake reading (prices, tariffs, votes, thresholds) gives nothing, and so
does a stake without a number. Rows are plain dicts in the shape of `schema.Ownership`.

The package, from the bottom up: `model` (the lexicon, dependency labels, `Percent`, `Claim`,
`Context`), `percents` (finding the percentages), `syntax` (parse-tree helpers), `names` (who and
what a token names), `status` (asserted? current or former?), `holders` (several holders of one
stake), `participles` and `stakes` (the rules, tried in the order of `rules.read_percent`), and
`document` (sentences and the document pass).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .document import find_stakes, read_sentence
from .model import Claim, Context, Lexicon, Percent
from .percents import find_percents

__all__ = ["Claim", "Context", "Lexicon", "Percent", "find_percents", "find_stakes", "read_sentence"]

if not Doc.has_extension("ownership"):
    Doc.set_extension("ownership", default=None)


class OwnershipExtractor:
    """Thin component: loads the lexicon once and stores `find_stakes` in `doc._.ownership`."""

    def __init__(self, lexicon: str) -> None:
        self.lex = Lexicon.load(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ownership = find_stakes(doc, self.lex)
        return doc


@Language.factory(
    "extractor_ownership",
    default_config={"lexicon": "ownership.yaml"},
    requires=["doc.ents", "token.dep", "doc._.entities"],
    assigns=["doc._.ownership"],
)
def make_ownership(nlp: Language, name: str, lexicon: str) -> OwnershipExtractor:
    return OwnershipExtractor(lexicon)
