"""Who and what a token names: the holder and the owned company of a stake (through pronouns,
appositions, "a subsidiary of X", "20% of Y's shares"), whether an unnamed subsidiary holds it, and
what definite company nouns ("the venture", "the company") refer to."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .model import ANAPHORS, PLACES, RELATIVES, Context
from .syntax import _is_stake_noun, _pobj, _subject


def name_of(tok: Token, ctx: Context) -> str | None:
    """The entity a noun names: itself, a pronoun's antecedent, or a name in apposition."""
    if tok.i in ctx.names:
        return ctx.names[tok.i]
    if tok.i in ctx.antecedents:
        return ctx.antecedents[tok.i]
    if tok.i in ctx.subjects and tok.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return ctx.subjects[tok.i]
    if tok.lower_ in RELATIVES:
        if tok.i > 0 and tok.i - 1 in ctx.names and tok.dep_ in {"nsubj", "nsubjpass"}:
            return ctx.names[tok.i - 1]  # "with B which holds the other 50%": no comma, the name before
        clause = next((a for a in tok.ancestors if a.dep_ in {"relcl", "acl"}), None)
        head = clause.head if clause is not None else None
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and head is not None and before.i != head.i:
            return None  # "and a Seychelles company that holds the rest", the clause hung elsewhere: unnamed
        while head is not None and head.i not in ctx.names and head.ent_type_ in PLACES and head.dep_ == "pobj":
            # "X Ltd registered in Hong Kong, which holds 42%": the clause hung on the place
            registered = head.head.head
            head = registered.head if registered.dep_ == "acl" else None
        return name_of(head, ctx) if head is not None else None
    if tok.lower_ in ANAPHORS:
        return _anaphor(tok, ctx)
    if tok.lower_ == "latter" and any(c.lower_ == "the" for c in tok.children):
        # "X is a subsidiary of Y, the latter holds 100% of its shares" (translated): the last of two names
        before = list(dict.fromkeys(ctx.names[i] for i in range(tok.sent.start, tok.i) if i in ctx.names))
        return before[-1] if len(before) >= 2 else None
    named = _named_child(tok, ctx)
    if named is not None:
        return named
    doc = tok.doc
    if tok.lemma_.lower() in ctx.lex.company_nouns and tok.i + 1 < len(doc) and tok.i + 1 in ctx.names \
            and doc[tok.i + 1].ent_iob_ == "B":
        return ctx.names[tok.i + 1]  # "by Norwegian group Fjordline Arctic AS", the name parsed apart
    if tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and tok.i + 2 in ctx.names:
        # "40% of a Latvian leasing venture, Nordvik Leasing SIA, before ..." (however parsed), not
        # "66% of the company, B 20% and C the rest"
        end = tok.i + 2
        while end < len(doc) and ctx.names.get(end) == ctx.names[tok.i + 2] and not doc[end].is_sent_start:
            end += 1
        if end == len(doc) or doc[end].text in {",", ".", ";", ")"} or doc[end].is_sent_start:  # (after "Ltd.")
            return ctx.names[tok.i + 2]
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in {"based", "registered"} and tok.i + 2 in ctx.names:
        return ctx.names[tok.i + 2]  # "owned by the Samsun based X Ltd." (translated): the name after the place
    first = min(t.i for t in tok.subtree)
    listed = first > 0 and doc[first - 1].lower_ in {"and", "or"}  # "..., B (30%) and a Seychelles company that"
    if tok.dep_ == "appos" and tok.head.i in ctx.names and not listed:
        if first >= 2 and doc[first - 1].text == "," and first - 2 in ctx.names:
            return ctx.names[first - 2]  # "A and B, a Moscow brokerage that ...", hung on A: the name right before
        return ctx.names[tok.head.i]
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "Y is a joint venture in which ..."
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return name_of(subject, ctx) if subject is not None else None
    return None


def _anaphor(tok: Token, ctx: Context) -> str | None:
    """"it"/"its": the subject of the nearest clause above it ("the stake it held"), if it is named;
    as an object, a subject other than the holder ("Y was removed after X, which had owned 80% of it,
    sold out": Y)."""
    holder = None
    # not the company a relative clause is about: "Y, in which it holds 30%, is 55% owned by Z" (it is not Y)
    described = {a.head.i for a in tok.ancestors if a.dep_ == "relcl"}
    for ancestor in tok.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i
                        and c.i not in described), None)
        if subject is None or subject.ent_type_ == "AGENCY":
            continue  # (not the body acting on it: "DHS added X and its unit Y, in which it holds 65%")
        name = name_of(subject, ctx)
        if subject.lower_ == "latter" and name is not None:
            # "X is a subsidiary of Y, the latter holds 100% of its shares": X, the name before the latter's
            others = list(dict.fromkeys(ctx.names[i] for i in range(tok.sent.start, tok.i) if i in ctx.names))
            return others[-2] if len(others) >= 2 else None
        if tok.dep_ != "pobj":
            return name
        if holder is None:
            holder = name
        elif name is not None and name != holder:
            return name
    if holder is None and tok.dep_ in {"nsubj", "nsubjpass"}:
        # "X is the principal shareholder of Y: it possesses 60%", the first clause parsed below the second
        before = [t for t in tok.sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass"} and t.i in ctx.names
                  and t.ent_type_ != "AGENCY"]
        holder = ctx.names[before[-1].i] if before else None
    return holder


def _named_child(tok: Token, ctx: Context) -> str | None:
    """A name attached to a common noun ("the Petrolago joint venture", "its unit Foo Ltd."), also through a
    description in apposition ("its largest shareholder, the state energy group Foo PJSC")."""
    named = next((ctx.names[c.i] for c in tok.children if c.dep_ in {"appos", "compound", "nmod"} and c.i in ctx.names),
                 None)
    described = (g for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" for g in c.children
                 if g.dep_ in {"appos", "compound"} and g.i in ctx.names)
    return named or next((ctx.names[g.i] for g in described), None)


def _named_between_commas(tok: Token, ctx: Context) -> str | None:
    """A name between commas right after a noun, which the parser hung higher ("60% of its unit, Foo
    LLP, to X")."""
    doc, first = tok.doc, tok.i + 2
    if first >= len(doc) or doc[tok.i + 1].text != "," or first not in ctx.names:
        return None
    last = first
    while last + 1 < len(doc) and ctx.names.get(last + 1) == ctx.names[first]:
        last += 1
    root = name_root(doc[first], ctx)
    closed = last + 1 < len(doc) and doc[last + 1].text == ","
    return ctx.names[first] if closed and root.dep_ == "appos" and root.head.i < tok.i else None


def company_before(tok: Token, ctx: Context) -> str | None:
    """The company named last before a token in its sentence: what "its" in "X and its 51% shareholder, Y"
    stands for."""
    return next((ctx.names[i] for i in range(tok.i - 1, tok.sent.start - 1, -1)
                 if i in ctx.names and tok.doc[i].ent_type_ == "ORG"), None)


def holder_of(tok: Token, ctx: Context) -> tuple[str | None, bool]:
    """The named holder, and whether it holds through an unnamed subsidiary ("a subsidiary of X")."""
    if tok.i in ctx.names or tok.lemma_.lower() not in ctx.lex.subsidiary_nouns:
        return name_of(tok, ctx), False
    named = _named_child(tok, ctx)
    if named is not None:
        return named, False
    parent = next((c for c in tok.children if c.dep_ in {"poss", "compound", "nmod"}), None)
    if parent is None:
        parent = _pobj(tok, {"of"})
    name = name_of(parent, ctx) if parent is not None else None
    return name, name is not None


def owned_of(tok: Token, ctx: Context) -> str | None:
    """The named company a stake is in, also through its shares ("20% of Y's share capital")."""
    lemma = tok.lemma_.lower()
    if tok.i not in ctx.names and lemma in ctx.lex.market_nouns:
        return None  # "5% of the global NAND flash market" is a market share
    if tok.i not in ctx.names and lemma in ctx.lex.security_nouns:
        inner = next((c for c in tok.children if c.dep_ == "poss"), None) or _pobj(tok, ctx.lex.object_preps)
        return owned_of(inner, ctx) if inner is not None else _named_child(tok, ctx)
    if tok.i not in ctx.names and lemma in ctx.lex.subsidiary_nouns:
        # "72% of the Dalian unit", "60% of its unit, Foo LLP, to X"
        return _named_child(tok, ctx) or _named_between_commas(tok, ctx) or ctx.antecedents.get(tok.i)
    return name_of(tok, ctx)


def _object(ctx: Context, *heads: Token) -> tuple[str | None, bool, str | None]:
    """The owned company stated by "of"/"in" on the first head that has one; open when none does
    or when it is shares of no stated company ("70 percent of shares"); pending "previous" when it
    is a definite common noun for a company ("17% of the aluminium producer")."""
    stranded = _stranded_object(ctx, heads)
    if stranded is not None:
        return stranded, False, None
    # "A and B own 50% each of Y": the object hangs on "each"
    heads = tuple(h for head in heads for h in (head, *(c for c in head.children
                                                         if c.lower_ in ctx.lex.distributive_words)))
    for head in heads:
        pobj = _pobj(head, ctx.lex.object_preps)
        if pobj is not None:
            owned = owned_of(pobj, ctx)
            if owned is not None:
                return owned, False, None
            if _unowned_shares(pobj, ctx):
                return None, True, None
            if _definite_company(pobj, ctx):
                return None, False, "previous"
            if head.pos_ in {"VERB", "AUX"}:
                continue  # "sold its stake ... in 2020", "in settlement of debts": no object of the stake
            return None, False, None
    relative = _in_which(ctx, heads)
    if relative is not None:
        return relative, False, None
    whose = next((c for h in heads for c in h.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is not None:  # "X (Erdemir), whose 49.29% is in the hands of Y", however the clause is hung
        named = name_before(whose.doc, whose.i, ctx)
        return (ctx.names[named.i] if named is not None else None), False, None
    return None, True, None


def name_before(doc: Doc, i: int, ctx: Context) -> Token | None:
    """The name that ends right before token `i`, past a comma and a parenthetical ("X (XYZ), whose"),
    or whose apposition does ("X, a Dubai investment company, as")."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].text == ")":
        j = next((k for k in range(j - 1, max(j - 8, -1), -1) if doc[k].text == "("), j) - 1
    token = doc[j] if j >= 0 else None
    for _ in range(6):
        if token is None or token.i in ctx.names:
            return token
        if token.dep_ not in {"pobj", "prep", "appos", "compound", "amod"}:
            return None
        token = token.head
    return None


def _in_which(ctx: Context, heads: tuple[Token, ...]) -> str | None:
    """"Y, in which (Dubai-based) X has a 24.9% interest": the name before ", in which", however the
    parser attached the preposition."""
    first = min(h.i for h in heads)
    doc = heads[0].doc
    for tok in heads[0].sent:
        if tok.i >= first:
            break
        if tok.lower_ in RELATIVES and tok.dep_ == "pobj" and tok.head.lower_ in ctx.lex.object_preps \
                and tok.head.i == tok.i - 1 and tok.i >= 3 and doc[tok.i - 2].text == "," and tok.i - 3 in ctx.names:
            return ctx.names[tok.i - 3]
    return None


def _stranded_object(ctx: Context, heads: tuple[Token, ...]) -> str | None:
    """"Y, which X owns 35% of": a stranded "of" whose object is the relative clause's antecedent."""
    if not any(c.dep_ == "prep" and c.lower_ in ctx.lex.object_preps and not any(g.dep_ == "pobj" for g in c.children)
               for head in heads for c in head.children):
        return None
    clause = next((h for h in heads if h.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in RELATIVES for c in clause.children):
        return None
    return name_of(clause.head, ctx)


def _unowned_shares(tok: Token, ctx: Context) -> bool:
    """"shares", "the shares", "the social capital": a company's shares with no company stated."""
    return tok.lemma_.lower() in ctx.lex.security_nouns and tok.i not in ctx.names and not any(
        c.dep_ in {"poss", "prep"} or c.dep_ in {"compound", "nmod", "amod"} and c.i in ctx.names for c in tok.children)


def _definite_company(tok: Token, ctx: Context, descriptions: frozenset[str] = frozenset()) -> bool:
    """"the company", "the aluminium producer": a definite common noun that refers back to a company;
    also a noun the article described a company with ("X, an Oslo-based payment processor ... the processor")."""
    if tok.tag_ != "NN" or tok.i in ctx.names:
        return False
    lemma = tok.lemma_.lower()
    # (a unit only with its place: "the Dalian unit")
    noun = lemma in ctx.lex.company_nouns or lemma in descriptions or lemma in ctx.lex.subsidiary_nouns and any(
        c.dep_ in {"amod", "compound"} and _place_word(c) for c in tok.children)
    # (a relative set off by commas describes the company referred to: "The company, which ..., is owned")
    return noun and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in {"prep", "relcl", "acl", "poss", "appos"} and c.lower_ != "itself"
        and not (c.dep_ == "relcl" and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text == ",")
        for c in tok.children)


def name_root(tok: Token, ctx: Context) -> Token:
    """The last word of the name a token is in ("Gazprom" of "Gazprom Neft's parent" -> "Neft")."""
    while tok.dep_ == "compound" and ctx.names.get(tok.head.i) == ctx.names.get(tok.i):
        tok = tok.head
    return tok


def named_unit_of(ctx: Context, holder: Token | None, *heads: Token) -> Token | None:
    """The named company a stake is held through: "through Z B.V.", "through its wholly owned unit Z
    Limited", "through its Hong Kong unit, Z Ltd." (the unit's name; decision 39 gives it the stake)."""
    unit = next((u for h in heads for u in [_pobj(h, {"through", "via"})] if u is not None), None)
    if unit is None:
        return None
    doc = unit.doc
    if unit.i not in ctx.names and unit.lemma_.lower() in ctx.lex.subsidiary_nouns:
        after = [i for i in (unit.i + 1, unit.i + 2) if i < len(doc) and i in ctx.names
                 and (i == unit.i + 1 or doc[i - 1].text == ",")
                 and (holder is None or ctx.names[i] != ctx.names.get(holder.i))]  # (not "..., X also holds")
        unit = doc[after[0]] if after else unit
    return unit if unit.i in ctx.names and unit.ent_type_ == "ORG" else None


def _through_subsidiary(ctx: Context, *heads: Token) -> bool:
    """"holds 35% in Y through a subsidiary": the holder is an unnamed subsidiary of the subject."""
    # also through a participle on the stake: "its 30% stake in Y, held through a Moroccan subsidiary"
    heads += tuple(c for head in heads for c in head.children if c.dep_ in {"acl", "advcl", "xcomp"}
                   and c.tag_ == "VBN" and c.lemma_.lower() in ctx.lex.participle_verbs)
    for head in heads:
        pobj = _pobj(head, ctx.lex.via_preps)
        if pobj is not None and pobj.lemma_.lower() in ctx.lex.via_nouns and _named_child(pobj, ctx) is None:
            return True
    return False


def _parent_through(verb: Token, ctx: Context) -> Token | None:
    """The named parent of the unnamed subsidiary a stake is held through: "held through a unit of X"."""
    via_noun = _pobj(verb, ctx.lex.via_preps)
    if via_noun is None or via_noun.lemma_.lower() not in ctx.lex.subsidiary_nouns:
        return None
    return _pobj(via_noun, {"of"})


def _relative_through(ctx: Context, *nodes: Token | None) -> bool:
    """"X, which holds the shares through a Panama subsidiary", "Y, an affiliate that it holds through a
    unit": a relative clause on a party of the stake (or on its apposition) routes the stake through an
    unnamed subsidiary. Not a clause with a stake of its own ("X, which holds 30% of Z through a unit")."""
    for node in filter(None, nodes):
        for party in [node, *(c for c in node.children if c.dep_ == "appos")]:
            if any(c.dep_ == "relcl" and c.lemma_.lower() in ctx.lex.hold_verbs and _through_subsidiary(ctx, c)
                   and not any(t.like_num for t in c.subtree) for c in party.children):
                return True
    return False


def _clause_subjects(tok: Token, ctx: Context) -> set[str]:
    """The named subjects of the clauses a token is part of."""
    subjects = (_subject(a) for a in tok.ancestors if a.pos_ in {"VERB", "AUX"})
    return {name for name in (name_of(s, ctx) for s in subjects if s is not None) if name is not None}


def _word_key(tok: Token) -> str:
    """A word as a description compares it: its lemma; a place or people by its first five letters,
    so that "Cypriot" meets "Cyprus", "Japanese" "Japan" and "Saxon" "Saxony"."""
    return tok.lower_[:5] if _place_word(tok) else tok.lemma_.lower()


def _stem(word: str) -> str:
    """A trade's stem, shared by the doer and the trade: trader/Trading, shipper/Shipping, manager/Management."""
    return re.sub(r"e$", "", re.sub(r"(?:ments?|ings?|ers?|s)$", "", word))


def _place_word(tok: Token) -> bool:
    """ "Cypriot", "Dalian", "Moscow-based"."""
    return tok.ent_type_ in {"NORP", "GPE", "LOC"} \
        or tok.is_title and tok.pos_ in {"ADJ", "PROPN"} and not tok.is_sent_start \
        or tok.lower_ in {"based", "registered"} and any(c.ent_type_ in {"GPE", "LOC"} for c in tok.children)


def _definite(tok: Token) -> bool:
    """A word of a definite noun phrase ("the tug company"): another mention, not a description."""
    noun = tok if tok.pos_ in {"NOUN", "PROPN"} else tok.head
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _relative_after(ent: Span) -> Token | None:
    """The relative clause right after a name, however the parser attached it: "Y (YC), which docks ..."."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:min(i + 8, len(doc))] if t.text == ")"), i)
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in RELATIVES:
        clause = next((a for a in doc[i + 1].ancestors if a.dep_ == "relcl"), None)
        return clause if clause is not None and clause.i > i else None
    return None


def _profiles(doc: Doc, orgs: list[Span], names: dict[int, str]) -> list[tuple[int, str, set[str]]]:
    """What the text says a company is, at each mention: the words of its name, of the noun phrase it
    stands in apposition to ("its Cypriot holding company, X"), of its own appositions and relative
    clause ("X, a St. Petersburg designer", "Y, which docks ships at its yard"), of "X is a Russian
    fund" and of a possessive before it ("Japan's X"); not the words of definite phrases, which
    mention other things."""
    profiles = []
    for ent in orgs:
        root, name = ent.root, names[ent.start]
        # (a name's "Georgian" is no description; its city is: "the Xi'an company" for "Xi'an X Co., Ltd.";
        # its trade is: "the trader" for "X Trading Limited")
        words = {t.lemma_.lower() for t in ent if t.is_alpha} | {"name:" + t.lower_ for t in ent} \
            | {"stem:" + _stem(t.lower_) for t in ent if t.is_alpha}
        parts = [c for c in root.children if c.dep_ in {"appos", "relcl", "poss"} and c.i >= ent.end or c.dep_ == "poss"]
        relative = _relative_after(ent)
        if relative is not None and relative not in parts:
            parts.append(relative)
        # the noun phrase before ", X" ("its Cypriot holding company, X"), however the parser attached it
        before = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text == "," else None
        heads = [root.head] if root.dep_ == "appos" else []
        heads += [before] if before is not None and before.pos_ == "NOUN" and before.i not in names else []
        for head in heads:
            parts += [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"}]
            words.add(head.lemma_.lower())
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            for attr in (c for c in root.head.children if c.dep_ == "attr" and c.i not in names):
                words.add(attr.lemma_.lower())
                parts += [c for c in attr.children if c.dep_ in {"amod", "compound"}]
        for part in parts:
            words |= {_word_key(t) for t in part.subtree if t.is_alpha and t.pos_ in {"NOUN", "PROPN", "ADJ"}
                      and names.get(t.i, name) == name and not _definite(t)}
        profiles.append((ent.start, name, words))
    return profiles


def _described_as(tok: Token, profiles: list[tuple[int, str, set[str]]], generic: bool) -> set[str]:
    """The companies named before a definite description whose profile has its place words and
    (unless it is "company", "firm" ...) its noun: "the Cypriot firm", "the yard", "the St.
    Petersburg group"."""
    places = [t for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree
              if (t.is_alpha or "'" in t.text) and _place_word(t)]
    noun = [] if generic else [{tok.lemma_.lower(), "stem:" + _stem(tok.lower_)}]
    if not places and not noun:
        return set()
    # each word as the text described the company; else a city or region as a word of its name
    for needed in ([{_word_key(t)} for t in places] + noun,
                   [{_word_key(t), *(["name:" + t.lower_] if t.ent_type_ in {"GPE", "LOC"} else [])} for t in places] + noun):
        found = {name for start, name, profile in profiles if start < tok.i and all(n & profile for n in needed)}
        if found:
            return found
    return set()


def _antecedents(doc: Doc, ctx: Context) -> dict[str, dict[int, str]]:
    """What definite company nouns refer to. "the hotel company", "the exchange": the one company named
    earlier with that word; "the venture", "the project": the company last described with that noun
    ("The venture, Y, ...", "Y, the ... project", "Y is a joint venture"); "the company" as a subject:
    the one company the previous sentence names."""
    lex, names = ctx.lex, ctx.names
    orgs = [ent for ent in doc.ents if ent.label_ == "ORG" and ent.start in names]
    #: (start, end, name, lower-case words) of each company named, read once
    org_words = [(e.start, e.end, names[e.start], {t.lower_ for t in e}) for e in orgs]
    described: list[tuple[int, str, str]] = []  # (position, noun, name)
    for ent in orgs:
        root, name = ent.root, names[ent.start]
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
        if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].dep_ == "det":
            nouns.append(doc[ent.end + 1].head)  # "Y, the ... project": however the apposition is attached
        if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].tag_ == "NN":
            nouns.append(doc[ent.start - 2])  # "its Russian subsidiary, Y": however the apposition is attached
        if ent.start >= 1 and doc[ent.start - 1].tag_ == "NN" and doc[ent.start - 1].is_lower:
            nouns.append(doc[ent.start - 1])  # "Kyrgyz payment processor Y" (a description before the name)
        described += [(n.i, n.lemma_.lower(), name) for n in nouns if n.i not in names and n.tag_ in {"NN", "NNS"}]
    profiles: list[tuple[int, str, set[str]]] | None = None  # read on the first definite description
    antecedents, subjects = {}, {}
    previous: Span | None = None
    recent: list[Span] = []  # the previous five sentences, the nearest first
    for sent in doc.sents:
        label = _label(sent, names)
        for tok in sent:
            if tok.tag_ != "NN" and tok.lower_ not in ANAPHORS:
                continue  # (neither "it"/"its" nor a singular common noun)
            if label is not None and tok.i > label[0] and tok.lower_ in ANAPHORS and tok.dep_ not in {"nsubj", "nsubjpass"}:
                antecedents[tok.i] = label[1]  # "2. X Co., Ltd.: the Company holds 100% of its equity"
                continue
            # (also "Its shareholders are A (51%) and B (49%)", "40% of it is held by X")
            opening = tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"} or tok.lower_ == "its" \
                and tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"} or tok.lower_ == "it" \
                and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in {"nsubj", "nsubjpass"}
            # (also after an opening phrase with no name: "Until January its stake stood at 44%"; and in
            # what a record shows: "Registry returns show it is 30% owned by X")
            clause = tok.head.head if tok.head.dep_ in {"aux", "auxpass"} else tok.head  # ("it is 30% owned")
            reporter = clause.head if tok.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "ccomp" \
                and clause.head.lemma_.lower() in lex.report_verbs else None
            source = _subject(reporter) if reporter is not None else None
            # (a record, not the company itself: "The company says it sold ..." is the company's)
            reported = source is not None and source.pos_ == "NOUN" and source.i not in names \
                and source.lemma_.lower() not in lex.company_nouns
            share = tok.head.head if tok.dep_ == "pobj" else None  # ("40%" of "40% of it")
            if opening and previous is not None and not any(
                    t.i in names or t.dep_ in {"nsubj", "nsubjpass"} and not reported and t != share
                    for t in sent if t.i < tok.i):
                # "Y operates 14 tankers. It is owned 60% by X": the previous sentence's named subject, or
                # the one company it names ("The trail leads to Y, a trading house. Returns show it is ...")
                subject = next((_named_subject(t, names) for t in previous if t.dep_ in {"nsubj", "nsubjpass"}
                                and t.head.dep_ == "ROOT" and _named_subject(t, names) is not None), None)
                companies = {names[t.i] for t in previous if t.i in names and t.ent_type_ == "ORG"}
                found = subjects if tok.dep_ != "pobj" else antecedents  # ("40% of it": what the stake is in)
                if subject is not None:
                    found[tok.i] = names[subject.i]
                elif reported and len(companies) == 1:
                    found[tok.i] = companies.pop()
                continue
            if not _definite_company(tok, ctx, frozenset(d[1] for d in described if d[0] < tok.i and (any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in doc[d[0]].children) or d[0] + 1 in names))):
                continue
            lemma = tok.lemma_.lower()
            generic = lemma in lex.generic_company_nouns
            words = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.tag_ in {"NN", "NNS"}}
            words |= set() if generic else {tok.lower_, lemma}
            holders = _clause_subjects(tok, ctx)  # "X holds 17% of the cable maker" is not about X
            named = {name for _, end, name, own in org_words if end <= tok.i and own & words} - holders
            # in its own sentence also a name with the noun itself: "Foo Pay LLC, 90% of which belongs to the
            # group", after "Foo Group JSC"
            here = {name for start, end, name, own in org_words if sent.start <= start and end <= tok.i
                    and own & (words | {tok.lower_, lemma})} - holders
            named = here if len(here) == 1 else named  # "... in Tolubai Bank, while the bank itself owns ..."
            # (a unit is a subsidiary told before: "its Russian subsidiary, Y ... the Moscow-based unit")
            same = lex.subsidiary_nouns if lemma in lex.subsidiary_nouns else {lemma}
            prior = [d for d in described if d[0] < tok.i and d[1] in same and d[2] not in holders] \
                if not generic else []
            profiles = _profiles(doc, orgs, names) if profiles is None else profiles
            fitting = _described_as(tok, profiles, generic) - holders
            modified = any(c.dep_ in {"amod", "compound", "nmod"} and _place_word(c) for c in tok.children)
            if len(fitting) == 1 and (modified or not named and not prior):
                antecedents[tok.i] = next(iter(fitting))  # "the Cypriot firm", "the yard"
            elif len(named) == 1:
                antecedents[tok.i] = next(iter(named))
            elif prior:
                antecedents[tok.i] = max(prior)[2]
            elif "in turn" in sent.text:
                # "The company, in turn, owns ...": the company whose holders were just told
                owned = next((o for s in recent for o in reversed(_owned_in(s, ctx))), None)
                if owned is not None and owned not in holders:
                    subjects[tok.i] = owned
            elif (clause := _clause_before(tok, names)) is not None:
                subjects[tok.i] = clause  # "... sanctions on Y; the company is 51% owned by X"
            elif previous is not None:
                companies = {names[t.i] for t in previous if t.i in names and t.ent_type_ == "ORG"}
                if len(companies) == 1:
                    subjects[tok.i] = next(iter(companies))
                elif tok.dep_ in {"nsubj", "nsubjpass", "pobj"}:
                    # else the company the recent sentences are about: the named subject of the last main
                    # clause that has one ("X owns 80% of Y. The group also held 35% of Z": X)
                    topic = next((names[t.i] for s in recent[:2] for t in s if t.dep_ in {"nsubj", "nsubjpass"}
                                  and t.head.dep_ in {"ROOT", "ccomp", "conj"} and t.i in names
                                  and t.ent_type_ == "ORG"), None)
                    if topic is not None and topic not in holders:
                        subjects[tok.i] = topic
        recent = [sent, *recent[:4]]
        previous = sent
    return {"antecedents": antecedents, "subjects": subjects}


def _named_subject(tok: Token, names: dict[int, str]) -> Token | None:
    """A subject that is a company's name, or a noun with the name in apposition ("The company, Y, was
    set up in 2021")."""
    if tok.i in names and tok.ent_type_ == "ORG":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i in names and c.ent_type_ == "ORG"), None)


def _clause_before(tok: Token, names: dict[int, str]) -> str | None:
    """The one company of the clause before a semicolon, when `tok` opens the clause after it as
    its subject ("Ukraine sanctioned Y; the company is 51% owned by X")."""
    sent = tok.sent
    semi = next((t.i for t in reversed(tok.doc[sent.start:tok.i]) if t.text == ";"), None)
    if semi is None or tok.dep_ not in {"nsubj", "nsubjpass"} or any(i in names for i in range(semi, tok.i)):
        return None
    companies = {names[t.i] for t in tok.doc[sent.start:semi] if t.i in names and t.ent_type_ == "ORG"}
    return companies.pop() if len(companies) == 1 else None


def _label(sent: Span, names: dict[int, str]) -> tuple[int, str] | None:
    """The colon and the name of an item labelled with a company ("2. X Co., Ltd.: the Company holds
    100% of its equity", as annual reports list their holdings)."""
    doc, i = sent.doc, sent.start
    while i < sent.end and (doc[i].like_num or doc[i].text in {".", "(", ")"}):
        i += 1  # the item's number
    name = names.get(i)
    while name is not None and i < sent.end and names.get(i) == name:
        i += 1
    return (i, name) if name is not None and i < sent.end - 3 and doc[i].text == ":" else None


def _owned_in(sent: Span, ctx: Context) -> list[str]:
    """The companies a sentence tells the holders of, in order: "Y has four shareholders", "Y's
    shareholders", "holds 40% of Y", "Y is 55% owned by X"."""
    found = []
    for tok in sent:
        name = ctx.names.get(tok.i)
        if name is None or tok.ent_type_ != "ORG" or tok.head.i in ctx.names and ctx.names[tok.head.i] == name:
            continue  # (a name once, by its last word)
        head = tok.head
        if tok.dep_ == "nsubj" and head.lemma_ == "have" and any(c.dep_ == "dobj" and c.lemma_.lower()
                                                                 in ctx.lex.holder_nouns for c in head.children) \
                or tok.dep_ == "poss" and head.lemma_.lower() in ctx.lex.holder_nouns \
                or tok.dep_ == "pobj" and head.lower_ in ctx.lex.object_preps and (
                    head.head.text == "%" or head.head.like_num or _is_stake_noun(head.head, ctx.lex)) \
                or tok.dep_ == "nsubjpass" and head.lemma_.lower() in ctx.lex.participle_verbs:
            found.append(name)
    return found
