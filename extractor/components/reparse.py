"""Parse again, without their descriptions, the names the parser trips on after a trigger verb.

News puts a description before a name: "The Pentagon on Wednesday added battery maker X and
drone maker Y to its list", "Britain sanctioned Russian lender X and insurer Y". The small
model then often reads the verb as an adjective ("added" modifying "maker") or nests one name
inside another, so the action has no object. Without the descriptions ("added X and Y to its
list") the same model parses the sentence right. This component does that for the sentences
whose parse shows the fault, then hangs each description back on its name. Runs after the
model's `ner`, before our components.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicons import load_yaml
from .actions.model import ALIAS_NOUNS

#: Dependency labels of a noun's modifier: a trigger verb under one of them was misread.
NOMINAL_DEPS = {"amod", "compound", "nmod", "npadvmod", "dep", "pobj", "appos", "dobj"}
#: Words a description can follow ("sanctioned Russian lender X", "including drone maker Y").
OPENERS = {"including", "and", "or", ",", "on", "against", "to", "as"}
#: What the model's parse is redone with (the pipes that set tags, lemmas and the parse).
PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


@Language.factory("extractor_reparse", default_config={"lexicon": "actions.yaml"})
def make_reparse(nlp: Language, name: str, lexicon: str) -> DescriptionReparser:
    lex = load_yaml(lexicon)
    return DescriptionReparser(nlp, set(lex["verbs"]), set(lex["list_nouns"]))


class DescriptionReparser:
    """Finds described names after a trigger, and redoes a faulty sentence's parse without them."""

    def __init__(self, nlp: Language, verbs: set[str], list_nouns: set[str]) -> None:
        self.nlp = nlp
        self.verbs = verbs
        self.verb_keys = numpy.array([nlp.vocab.strings.add(v) for v in verbs], dtype="uint64")  # (as `to_array`)
        # "added to the sanction list X", "adding the alias X": a list or an alias, no description
        self.list_nouns = list_nouns

    def __call__(self, doc: Doc) -> Doc:
        # (only sentences with a trigger's lemma need a look: found on the token array, not token by token)
        marked = numpy.flatnonzero(numpy.isin(doc.to_array([LOWER, LEMMA]), self.verb_keys).any(axis=1)).tolist()
        if not marked:
            return doc
        for i in marked:
            if doc[i].tag_ == "JJ" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in doc[i].children):
                doc[i].tag_, doc[i].pos_ = "VB", "VERB"  # "decided on Friday to designate X", read as an adjective
        for sent in list(doc.sents):
            triggers = [doc[i] for i in marked if sent.start <= i < sent.end and doc[i].tag_.startswith("VB")
                        and doc[i].lemma_.lower() in self.verbs]
            if not triggers:
                continue
            described = self._descriptions(sent, triggers)
            if described and self._misparsed(triggers, described):
                self._reparse(sent, described)
        return doc

    def _descriptions(self, sent: Span, triggers: list[Token]) -> dict[int, list[int]]:
        """{first token of a name: the tokens of its description} after the first trigger."""
        doc = sent.doc
        trigger, verbs = triggers[0], {t.i for t in triggers}
        found: dict[int, list[int]] = {}
        for name in sent:
            if name.i <= trigger.i + 1 or not (name.is_title or name.is_upper) or name.pos_ not in {"PROPN", "NOUN"}:
                continue
            head = doc[name.i - 1]  # "maker" of "battery maker X"
            if head.tag_ != "NN" or not head.is_lower or head.lemma_ in self.list_nouns or head.lower_ in ALIAS_NOUNS:
                continue
            j = head.i
            while j - 1 > trigger.i and _describes(doc[j - 1]):
                j -= 1
            if doc[j - 1].lower_ in {"the", "a", "an"} and j - 1 > trigger.i:
                j -= 1
            before = doc[j - 1]
            if before.i in verbs or before.lower_ in OPENERS:
                found[name.i] = list(range(j, name.i))
        return found

    @staticmethod
    def _misparsed(triggers: list[Token], described: dict[int, list[int]]) -> bool:
        """A trigger read as a noun's modifier ("added" of "added battery maker X"), or a described
        name made a modifier of another word ("lender X and insurer Y": X modifying Y)."""
        doc = triggers[0].doc
        # (a past tense, a subject, or a date or a name before it: "The Pentagon on Wednesday added ...",
        # "the Treasury added lidar maker X")
        if any(t.dep_ in NOMINAL_DEPS and (t.tag_ == "VBD" or any(c.dep_ == "nsubj" for c in t.children) or t.i > 0
                                           and (doc[t.i - 1].ent_type_ == "DATE" or doc[t.i - 1].pos_ == "PROPN"))
               for t in triggers):
            return True
        for start, words in described.items():
            name = next((e for e in doc.ents if e.start == start), None) or doc[start:_name_end(doc, start)]
            root = name.root
            if root.dep_ in {"nmod", "compound", "amod", "npadvmod"} and root.head.i not in words:
                return True
        return False

    def _reparse(self, sent: Span, described: dict[int, list[int]]) -> None:
        doc = sent.doc
        dropped = {i for words in described.values() for i in words}
        kept = [t for t in sent if t.i not in dropped]
        short = Doc(self.nlp.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept])
        for k, token in enumerate(short):
            token.is_sent_start = k == 0
        for name in PARSING:
            short = self.nlp.get_pipe(name)(short)
        if sum(t.dep_ == "ROOT" for t in short) != 1:
            return
        position = {k: t.i for k, t in enumerate(kept)}
        head = {position[k]: position[t.head.i] for k, t in enumerate(short)}
        dep = {position[k]: t.dep_ for k, t in enumerate(short)}
        for k, token in enumerate(short):
            original = doc[position[k]]
            original.tag_, original.pos_, original.lemma_ = token.tag_, token.pos_, token.lemma_
        for start, words in described.items():
            name_root = start
            while dep[name_root] == "compound" and head[name_root] > name_root:
                name_root = head[name_root]  # "X" of "battery maker Zhenlong X"
            for i in words:
                head[i] = name_root
                dep[i] = "det" if doc[i].tag_ == "DT" else "amod" if doc[i].pos_ == "ADJ" else "compound"
        # (one assignment for the whole tree: heads set one by one pass through cycles)
        array = doc.to_array([HEAD, DEP])  # HEAD: the offset to the head, as an unsigned integer
        for i, h in head.items():
            array[i] = (h - i) % 2**64, doc.vocab.strings.add(dep[i])
        doc.from_array([HEAD, DEP], array)


def _name_end(doc: Doc, start: int) -> int:
    """The end of the run of capitalized words from `start` (a name the model did not label)."""
    end = start + 1
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].pos_ == "PROPN":
        end += 1
    return end


def _describes(token: Token) -> bool:
    """A word of a description: "battery", "Hong Kong-based", "state-owned", "Russian"."""
    if token.text == "-" or token.is_lower and token.pos_ in {"NOUN", "ADJ", "VERB"} and token.tag_ in {
            "NN", "NNS", "JJ", "VBN", "VBG"} and token.is_alpha:
        return True
    return token.ent_type_ in {"NORP", "GPE"} and token.is_title
