"""Predicates on the parse around a trigger, with no lexicon: the voice (`_passive`), "also", the
present tense, predicative triggers ("subject to", "under sanctions", "Into the list got"), the
legal authority cited, names joined by "along with", the prepositions of an action noun, a word
said to be absent ("no licence"), and the verb whose object a relative clause describes."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from .actors import misparsed_main_verb
from .model import ALSO, APPLYING, ENTITY_LABELS, MEASURE_NOUNS


def _prep_object(token: Token) -> bool:
    """The object of a preposition, or a name the parser read as a verb after it ("investing
    in Zhongxing Telecom Holdings" with "Zhongxing" a pcomp)."""
    return token.dep_ == "pobj" or token.dep_ == "pcomp" and token.ent_type_ in ENTITY_LABELS


def _measure_word(token: Token) -> bool:
    """ "the measures", or "the implementation of the measures": a word standing for a measure."""
    lemma = token.lemma_.lower()
    return lemma in MEASURE_NOUNS or lemma in APPLYING and any(
        p.lemma_.lower() in MEASURE_NOUNS for c in token.children if c.lower_ == "of" for p in c.children)


def _under_authority(v: Token) -> bool:
    """ "designated pursuant to E.O. 14024", "listed under Executive Order 13846": the legal
    authority an announcement cites for its own action."""
    for child in v.children:
        if child.lower_ == "pursuant" or child.dep_ == "prep" and child.lower_ == "under" and any(
                t.text in {"E.O.", "EO", "Order", "Orders"} for t in child.subtree):
            return True
    return False


def _also(v: Token) -> bool:
    """ "X also designated Y", "Also the Tehran-based X and Y were designated" (however "Also" is attached)."""
    first = v.sent[0]
    return any(c.dep_ == "advmod" and c.lower_ in ALSO for c in v.children) or \
        first.lower_ in ALSO and v.dep_ == "ROOT" and first.i < v.i


def _present(v: Token) -> bool:
    """ "are being designated", "is designating", "designates": reported as happening now."""
    return v.tag_ in {"VBP", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} for c in v.children)


def _predicative(v: Token) -> bool:
    """ "X is subject to sanctions", "X has been under sanctions since 2007", "X is in the entity list"."""
    return v.pos_ == "ADJ" or v.lower_ in {"under", "on"} or v.lower_ == "in" and v.head.lemma_ in {"be", "remain"}


def _passive(v: Token) -> bool:
    """Passive voice, also in reduced relatives and in verbs conjoined to a passive one."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        return True
    if any(c.dep_ in {"dobj", "nsubj"} for c in v.children):
        return False
    if v.dep_ in {"acl", "relcl", "amod"} and v.tag_ == "VBN":
        # not "The Ministry of Finance ... designated today 5 entities" parsed as a participle on it
        return not misparsed_main_verb(v)
    if _appositive_participle(v):
        return True
    if v.dep_ == "advcl" and v.tag_ == "VBN":
        return _passive(v.head)  # "X was designated by OFAC, added to the UK list by the FCDO"
    return v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in {"VERB", "AUX"} and _passive(v.head)


def _fell_under(v: Token) -> bool:
    """ "Under the sanctions fell X", "Into the list got X" (translated): the targets came under
    the measure just told."""
    return v.lower_ in {"under", "into", "in"} and v.head.lemma_ in {"fall", "get", "come"}


def _appositive_participle(v: Token) -> bool:
    """ "the entry for X, added to the Entity List in October 2022, to include ...": a participle
    after a name and a comma that the parser hung on the main verb; it describes the name."""
    doc = v.doc
    return v.dep_ in {"advcl", "acl"} and v.tag_ in {"VBD", "VBN"} and v.i >= 2 and doc[v.i - 1].text == "," \
        and doc[v.i - 2].ent_type_ == "ORG" and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"}
                                                        for c in v.children)


def joins(prep: Token) -> bool:
    """A preposition that adds names to a list: "together with", "along with", "alongside"."""
    return prep.lower_ == "alongside" or prep.lower_ == "with" and prep.i > 0 \
        and prep.doc[prep.i - 1].lower_ in {"along", "together"}


def stranded_from(v: Token) -> Token | None:
    """The "from" of "barring Americans from investing in X" when the parser hung it elsewhere ("signed
    an order barring Americans from ...", "from" on "signed"): right after the verb's object."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    doc = v.doc
    i = obj.right_edge.i + 1 if obj is not None else -1
    if 0 < i < len(doc) - 1 and doc[i].lower_ == "from" and doc[i].head.i != v.i and doc[i + 1].tag_ == "VBG":
        return doc[i]
    return None


def _along_with(v: Token) -> list[Token]:
    """ "X was designated by OFAC, along with Y" / "alongside Y": Y is a target too (wherever the
    parser hangs "together with": on the verb, under "together", or on the verb's date); not a body
    that acted alongside."""
    out = []
    for tok in v.subtree:
        if not joins(tok):
            continue
        anchor = tok.head if tok.head.lower_ not in {"along", "together"} else tok.head.head
        if anchor.i == v.i or anchor.ent_type_ == "DATE" and anchor.head.head.i == v.i:
            out += [p for p in tok.children if p.dep_ == "pobj" and p.ent_type_ != "AGENCY"]
    return out


def _noun_preps(noun: Token) -> list[Token]:
    """The prepositions of an action noun, also one the parser hung on a date right after it:
    "OFAC's designation in January 2022 of X"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "in" and doc[noun.i + 2].ent_type_ == "DATE":
        date = doc[noun.i + 2]
        preps += [c for t in (date, *date.children) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
    return preps


def _denied(token: Token) -> bool:
    """A word said to be absent: "without the licences required", "no licence"; or barred: "bar X
    from obtaining export licences"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or any(
        a.lower_ in {"without", "from"} for a in itertools.islice(token.ancestors, 3))


def _described_by(v: Token) -> Token | None:
    """The verb whose object a relative clause `v` describes ("removed X, which was added ...")."""
    if v.dep_ not in {"relcl", "acl"}:
        return None
    noun = v.head
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if noun.dep_ in {"dobj", "pobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} else None


def _of_head(token: Token) -> Token:
    """The noun an "of" phrase hangs on ("a package of sanctions": package), else the token itself."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token

def _misread_after_date(v: Token) -> Span | None:
    """The date right before a trigger the parser read as a noun's modifier ("The State Department on
    Wednesday designated firms including X"): a verb after its body and its day, not an adjective."""
    doc = v.doc
    if v.dep_ != "amod" or v.tag_ not in {"VBD", "VBN"} or v.i == 0 or doc[v.i - 1].ent_type_ != "DATE":
        return None
    return next((span for span in doc.spans.get("dates", []) if span.end == v.i), None)
