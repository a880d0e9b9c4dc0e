"""Whether a stake is asserted (not planned, conditional or denied) and whether it is current or former
("previously owned", "until 2017", "but sold the holding in 2009")."""

from __future__ import annotations

from spacy.tokens import Token

from .model import RELATIVES, Lexicon
from .syntax import _clause, _pobj


def is_unasserted(verb: Token, lex: Lexicon) -> bool:
    """A planned, conditional or denied holding: "agreed to buy", "would hold", "does not own", "denied
    reports that X owns 49%"."""
    if verb.dep_ in {"ccomp", "acl"} and any(a.lemma_.lower() in lex.denial_verbs for a in list(verb.ancestors)[:3]):
        return True
    while True:
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in lex.modal_auxiliaries):
                return True
        if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            verb = verb.head  # "it would suspend its listing and cut its stake": the shared auxiliary
            continue
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.hypothetical_nouns:
            return True  # "is in talks to buy a 49% stake", "a plan to sell 20%"
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() in lex.continuing_governors:
            return False  # (also "X will continue to hold 48% of Y": held now)
        if verb.head.lemma_.lower() in lex.hypothetical_governors:
            return True
        verb = verb.head


def is_former(lex: Lexicon, *nodes: Token) -> bool:
    """A stake no longer held: "previously owned", "no longer owns", "used to own", "its former stake"."""
    for node in nodes:
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lex.former_governors:
            return True
        if node.tag_ == "VBN" and node.lemma_.lower() in lex.hold_verbs and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in node.children):
            return True  # "a company that had owned 45% of Y": held before the time of the story
        if _later_sold(node, lex) or _superseded(node, lex):
            return True
        if any(_held_until(t, lex) for t in node.subtree if t.dep_ == "prep" and t.head.ent_type_ in {"ORG", "AGENCY"}):
            return True  # "owned by X Holding PJSC until 2022", with "until" hung on the name
        if node.dep_ == "relcl" and any(_held_until(c, lex) for c in node.head.children if c.i > node.i):
            return True  # "X, which owned 49% of Y, until last year", with "until" hung on X
        if node.tag_ == "VBD" and any(_until_event(c, lex) for c in node.children):
            return True  # "X held 100% of Y until Z joined in 2022": held up to an event told in the past
        reports = [c for c in node.children if c.dep_ in {"advcl", "parataxis", "ccomp"}
                   and c.lemma_.lower() in lex.report_verbs]  # "until last year, the filings show"
        for scope in _clause(node) + reports:
            for child in scope.children:
                if scope in reports and not _held_until(child, lex):
                    continue
                text = " ".join(t.lower_ for t in child.subtree)
                # "X before owned 35% of Y": "before" with no object of its own
                bare_prep = child.dep_ in {"prep", "mark"} and child.n_rights == 0
                if ((child.dep_ == "advmod" or bare_prep) and text in lex.former_adverbs) or \
                        (child.dep_ == "amod" and child.lower_ in lex.former_adjectives) or \
                        _held_until(child, lex) or _held_before_change(child, lex) or \
                        child.lower_ == "from" and any(_held_until(g, lex) for g in child.subtree if g.i != child.i):
                    return True  # ... "from 2016 until 2022"
    return False


def _sale_completed(stake: Token, lex: Lexicon) -> bool:
    """ "completed the sale of its 25% stake in Y": the stake is gone (not "plans the sale of")."""
    event = stake.head.head if stake.dep_ == "pobj" and stake.head.lower_ == "of" else None
    return event is not None and event.lemma_.lower() in lex.change_events and (
        event.head.lemma_.lower() in lex.completing_verbs or event.head.lower_ in {"after", "following"})


def _later_sold(verb: Token, lex: Lexicon) -> bool:
    """A holding the same clause says was given up or changed later: "bought 6.6% of Y in 2006 but sold
    the holding in 2009", "held 45% of Y until (before) it sold the stake in 2023", "had 15%, but exited",
    "held 25% in 2019 and has since reduced its holding to 3.1%"."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lex.hold_verbs | lex.acquire_verbs:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "before":  # "held 51% of Y before selling it (the stake)"
            child = next((c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), child)
            if child.dep_ == "pcomp" and child.lemma_.lower() in lex.dispose_verbs and all(
                    o.lower_ in {"it", "them"} or o.lemma_.lower() in lex.stake_nouns | lex.security_nouns
                    for o in child.children if o.dep_ == "dobj"):
                return True
            continue
        later = child.dep_ == "conj" or child.dep_ == "advcl" and any(  # "until / before it sold the stake"
            m.dep_ == "mark" and m.lower_ in lex.former_preps | {"before"} for m in child.children)
        changed = child.lemma_.lower() in lex.change_verbs and _pobj(child, lex.change_preps) is not None
        if not later or not (child.lemma_.lower() in lex.dispose_verbs or changed) or is_unasserted(child, lex):
            continue  # (not "holds 9.5% ... and would sell the stake"); "... and has since cut its holding to 3%"
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        objects = [c for c in child.children if c.dep_ == "dobj"]
        if all(s.lower_ in {"it", "they"} for s in subjects) and all(  # the same holder, the same stake
                o.lower_ in {"it", "them"} or _stake_or_part(o, lex) for o in objects):
            return True
    return False


def _stake_or_part(noun: Token, lex: Lexicon) -> bool:
    """A stake or shares, or part of them: "sold the stake", "sold part of its stake"."""
    if noun.lemma_.lower() in lex.stake_nouns | lex.security_nouns:
        return True
    of = _pobj(noun, {"of"}) if noun.lower_ in {"part", "some", "most", "half", "portion", "much"} else None
    return of is not None and of.lemma_.lower() in lex.stake_nouns | lex.security_nouns


def _superseded(verb: Token, lex: Lexicon) -> bool:
    """"X, which already held 31%, now controls 80% of Y": the holder's relative clause tells the stake
    that the main clause's present stake replaced."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "nsubj" or verb.lemma_.lower() not in lex.hold_verbs:
        return False
    main = verb.head.head
    inside = {t.i for t in verb.head.subtree}
    return main.lemma_.lower() in lex.hold_verbs and any(
        c.dep_ == "advmod" and c.lower_ in lex.present_adverbs for c in main.children) and any(
        t.like_num for t in main.subtree if t.i not in inside)


def _held_before_change(node: Token, lex: Lexicon) -> bool:
    """"Before the sale, A held 45%", "Prior to the reorganisation, A held 60%": a stake held up to a
    change of owners."""
    if node.dep_ == "advmod" and node.lower_ == "prior":
        node = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "to"), node)
    if node.dep_ != "prep" or node.lower_ not in {"before", "to"}:
        return False
    # (any event when the phrase opens a clause in the past: "Before the invasion, Y was 30% owned by X")
    past = node.head.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in node.head.children)
    fronted = node.i < node.head.i and past
    return any(c.dep_ == "pobj" and (c.lemma_.lower() in lex.change_events | lex.restructuring_nouns
                                      or fronted and c.ent_type_ != "DATE") for c in node.children)


def _held_until(prep: Token, lex: Lexicon) -> bool:
    """"until last year", "until 2017", "until recently": a stake held up to a date."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.former_preps:
        return False
    # (not a clause on the date: "until June, when it cut its holding to 40%")
    told = {g.i for t in prep.subtree if t.dep_ in {"relcl", "acl", "advcl"} for g in t.subtree}
    inside = [t for t in prep.subtree if t.i != prep.i and t.i not in told]
    if any(t.lower_ in lex.unit_starts for t in inside):
        return False  # "cut its share from 75% till 49%" (translated): a level, not a date
    return bool(inside) and not any(t.dep_ in {"pcomp", "pobj"} and t.pos_ in {"VERB", "AUX"} for t in inside) \
        and any(t.ent_type_ == "DATE" or t.like_num or t.lower_ == "recently" for t in inside)


def _until_event(clause: Token, lex: Lexicon) -> bool:
    """"until Z joined as a participant": a clause that ends a stake, with no stake of its own (not "before Z
    bought a 20% stake", whose stake is Z's)."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.former_preps for m in clause.children) \
        and not any(t.lower_ in lex.unit_starts or "%" in t.text for t in clause.subtree)


def _holder_exits(verb: Token, holder: Token | None, lex: Lexicon) -> bool:
    """"X, which had built a 6.2% stake, sold out in September": the holder of a relative clause's stake
    is the subject of a sale or exit."""
    if holder is None or verb.dep_ not in {"relcl", "acl"} or (holder.i != verb.head.i and holder.lower_ not in RELATIVES):
        return False
    holder = verb.head
    main = holder.head
    if holder.dep_ == "nsubj" and main.lemma_.lower() in lex.dispose_verbs and not is_unasserted(main, lex):
        return True
    # "X, which ..., sold out in 2021" parsed as a participle of X: an exit only with "out"
    return any(c.dep_ == "acl" and c.i > verb.i and c.lemma_.lower() in lex.dispose_verbs
               and (c.lemma_.lower() == "exit" or any(g.dep_ == "prt" and g.lower_ == "out" for g in c.children))
               for c in holder.children)  # (also "X, which held 20%, exited last year")
