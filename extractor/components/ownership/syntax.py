"""Parse-tree helpers of the rules: a preposition's object, a verb's subject and clause, the verb a
stake is an argument of, and whether a noun is a stake noun."""

from __future__ import annotations

from spacy.tokens import Token

from .model import ARGUMENTS, CLIMB, Lexicon


def _pobj(head: Token, preps: frozenset[str] | set[str]) -> Token | None:
    """The object of the first of `preps` attached to `head`, the passive's agent first ("By records of
    the registry, Y is owned 55% by X": X)."""
    for prep in sorted(head.children, key=lambda c: c.dep_ != "agent"):
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ in preps:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _relative_holder(verb: Token) -> Token | None:
    """The name a clause ", in which (Dubai-based) X has a 24.9% interest" opens with, whatever the
    parser made of it (Y and X both subjects, X the object of "in")."""
    doc = verb.doc
    start = None
    for i in range(verb.i - 1, max(verb.i - 30, 1), -1):  # back to the clause's start, within its sentence
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod" or token.is_sent_start:
            return None
        if token.lower_ in {"which", "whom"} and doc[i - 1].lower_ in {"in", "of"} and i >= 2 and doc[i - 2].text == ",":
            start = i
            break
    if start is None:
        return None
    names = [e for e in doc[start + 1:verb.i].ents if e.label_ in {"ORG", "AGENCY"}]
    return names[0].root if names else None


def _subject(verb: Token) -> Token | None:
    """The active subject of a verb, shared along xcomp/conj/participle chains and from a relative's noun."""
    shared = False  # reached through a coordination: "X is registered in Y and owns 49%" (X, a passive's subject)
    participle = False  # reached from a participle: "X, holding 6%"
    relative = _relative_holder(verb)
    if relative is not None:
        return relative
    while True:
        # (also when the parser hung it on an auxiliary: "Merbok Agro Ventures Berhad retains 70%")
        subjects = [c for c in [*verb.children, *(g for a in verb.children if a.dep_ == "aux" for g in a.children)]
                    if c.dep_ == "nsubj" or shared and c.dep_ == "nsubjpass"]
        # (not an item's label: "2. X Co., Ltd.: the Company holds 100% of its equity"; nor the name ending the
        # clause before a semicolon: "... is X Co., Ltd.; Y Pte. Ltd. owns 15%")
        subjects = [c for c in subjects if not any(p.text in {":", ";"} and c.i < p.i < verb.i for p in c.children)] \
            or subjects
        named = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None) \
            if verb.lemma_ == "be" and subjects and subjects[0].pos_ != "PROPN" else None
        if named is not None and participle:
            return named  # "the second largest shareholder is X, holding 6.08%": the copula's name
        if subjects:  # the name of "the second shareholder Foo Ltd holds 11%", parsed as two subjects
            return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ in {"conj", "ccomp", "advcl"} and before is not None and before.ent_type_ == "ORG" and before.pos_ == "PROPN":
            return before  # "Y has three shareholders: A Ltd holds 40%", with "holds" hung on "has"
        named = verb.doc[verb.i - 2] if verb.i > 1 and before is not None and before.text == "," else None
        if verb.dep_ == "conj" and named is not None and named.ent_type_ == "ORG" and named.dep_ == "appos" and any(
                c.lower_ == "whose" for c in named.head.children):
            return named  # "Y, whose other owner, X, holds 74%", with "holds" hung on the main verb
        if verb.dep_ in {"xcomp", "conj", "advcl", "dep"} and verb.head.i != verb.i:
            shared = verb.dep_ == "conj"
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            verb = verb.head
        elif verb.dep_ in {"relcl", "acl"}:
            return verb.head
        else:
            return None


def _clause(verb: Token) -> list[Token]:
    """A verb with its auxiliaries and, for "was ... owned", its copula: where its adverbs and subject sit."""
    nodes = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return nodes + [verb.head] if verb.dep_ in {"acomp", "xcomp", "oprd"} else nodes


def _is_stake_noun(tok: Token, lex: Lexicon) -> bool:
    """"stake", "interest" ..., but not "market share"."""
    return tok.lemma_.lower() in lex.stake_nouns and not any(
        c.dep_ in {"compound", "amod"} and c.lower_ in lex.non_stake_modifiers for c in tok.children
    )


def _governing_verb(tok: Token) -> Token | None:
    """The verb a stake is an argument of, through "including"/"of"/coordination ("sold its assets,
    including the 40% stake"); also the object of "disposed of" ("disposed of its 24.9% interest")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in {"dispose", "divest"}:
        return tok.head.head
    while tok.dep_ in CLIMB and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ARGUMENTS and (tok.head.pos_ in {"VERB", "AUX"} or tok.dep_ == "dobj"):
        return tok.head  # a direct object makes a verb of a head tagged otherwise ("each own 10%")
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.head.children):
        return tok.head  # "and held 80% until 2020", parsed as a measure of the verb
    return None
