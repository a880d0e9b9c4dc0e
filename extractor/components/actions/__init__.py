"""Actions: who did what to whom, and when, read off the dependency parse.

For each trigger (a verb like "sanctioned", "added ... to the Entity List", "banned from
receiving US exports", or "subject to export restrictions") the component finds, in the
trigger's own clause: the targets (object, passive subject, the noun a reduced or relative
clause modifies, coordinated and appositive names), the actor (subject or "by" agent),
the measure (list or measure words), and the date. One row per target. Stored as plain
dicts in `doc._.actions`; every row names its `rule`.

The package, from the bottom up: `model` (word classes, `Trigger`); helpers that read the parse and
no lexicon: `syntax` (voice, "also", tense and other predicates on a trigger), `sentences` (evidence,
list lines and headings), `name_lists` (lists of names, bullets, numbered entries, annexes), `actors`
(who acted when the parse hides it), `dates` (which date is an action's); the mixins of
`ActionExtractor`, one question of a row each: `clause` (the trigger's clause; is it modal?),
`measures` (which list or measure), `agency` (who acted), `targets` (whom it hit), `dating` (when),
`continuation` (sentences that carry on the last action); `extractor` (`ActionExtractor`: the
lexicon, the document pass, a trigger's rows); and the document pass's last steps, `counts` (counts
named later) and `dedupe` (one row per action).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extractor import ActionExtractor
from .model import Trigger

__all__ = ["ActionExtractor", "Trigger", "make_action_extractor"]

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)


@Language.factory(
    "extractor_actions",
    default_config={"lexicon": "actions.yaml", "agencies": "agencies.yaml"},
    requires=["doc.ents", "token.dep", "token.lemma", "doc.spans"],
    assigns=["doc._.actions"],
)
def make_action_extractor(nlp: Language, name: str, lexicon: str, agencies: str) -> ActionExtractor:
    return ActionExtractor(nlp, lexicon, agencies)
