"""Ownership stakes stated with a percentage: "X owns 51% of Y", "Y, 51% owned by X".

Every percentage of a sentence is read off the dependency parse. The rule that fits the
words around it (a stake noun, an ownership verb, a participle, a list of holders) names
the owner and the owned company, says whether the stake is current or former, and whether
an unnamed subsidiary holds it. The trigger words are data (`resources/ownership.yaml`);
the parties are ORG/AGENCY entities as the alias component named them (`kb_id_`). A
percentage with no stake reading (prices, tariffs, votes, thresholds) gives nothing, and so
does a stake without a number. Rows are plain dicts in the shape of `schema.Ownership`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicons import load_yaml
from .spans import doc_text

if not Doc.has_extension("ownership"):
    Doc.set_extension("ownership", default=None)

LABELS = {"ORG", "AGENCY"}
#: Dependencies that lead from a stake up to the verb whose argument it is ("including the stake").
CLIMB = {"pobj", "prep", "conj", "appos"}
#: Dependencies by which a stake is a verb's argument.
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd"}
#: A percentage modifying a participle or verb: "51% owned", "owned 60% by", "100 percent owns".
ADVERBIAL = {"npadvmod", "advmod", "nmod"}
#: A percentage inside a stake noun phrase: "a 51% stake".
INSIDE_NOUN = {"compound", "amod", "nmod", "nummod"}
#: A percentage hanging off a listed holder: "B 35%", "A (40%)".
ON_HOLDER = {"appos", "npadvmod", "nmod", "dep"}
RELATIVES = {"which", "that", "who", "whom", "whose"}
PLACES = {"GPE", "LOC"}
PASSIVE_AUXILIARIES = {"is", "was", "are", "were", "has", "have", "had", "been", "being"}
ANAPHORS = {"it", "its"}
FUSED = re.compile(r"^(\d+(?:\.\d+)?)%-([a-z]+)$")
#: The label that opens a field line of a sanctions-list entry ("Other Information: ...").
FIELD_LABEL = re.compile(r"[A-Z][A-Za-z ]{1,40}: ")


@dataclass(frozen=True)
class Lexicon:
    """The trigger words of `ownership.yaml`, as sets of lower-case lemmas."""

    units: tuple[tuple[str, ...], ...]
    number_words: dict[str, int]
    stake_nouns: frozenset[str]
    non_stake_modifiers: frozenset[str]
    market_nouns: frozenset[str]
    hold_verbs: frozenset[str]
    acquire_verbs: frozenset[str]
    seller_preps: frozenset[str]
    retain_verbs: frozenset[str]
    dispose_verbs: frozenset[str]
    change_verbs: frozenset[str]
    change_preps: frozenset[str]
    change_from_preps: frozenset[str]
    copula_verbs: frozenset[str]
    belong_verbs: frozenset[str]
    holder_preps_of_be: frozenset[str]
    participle_verbs: frozenset[str]
    fused_participles: dict[str, str]
    object_preps: frozenset[str]
    holder_nouns: frozenset[str]
    subsidiary_nouns: frozenset[str]
    via_preps: frozenset[str]
    via_nouns: frozenset[str]
    security_nouns: frozenset[str]
    former_adverbs: frozenset[str]
    former_adjectives: frozenset[str]
    former_governors: frozenset[str]
    former_preps: frozenset[str]
    present_adverbs: frozenset[str]
    change_events: frozenset[str]
    completing_verbs: frozenset[str]
    report_verbs: frozenset[str]
    modal_auxiliaries: frozenset[str]
    hypothetical_governors: frozenset[str]
    holder_gap_words: frozenset[str]
    allotment_verbs: frozenset[str]
    join_verbs: frozenset[str]
    restructuring_nouns: frozenset[str]
    company_nouns: frozenset[str]
    generic_company_nouns: frozenset[str]
    distributive_words: frozenset[str]
    even_splits: frozenset[str]
    holder_fields: frozenset[str]
    bounds_before: frozenset[str]
    bounds_after: frozenset[str]

    @classmethod
    def load(cls, name: str) -> Lexicon:
        data = load_yaml(name)
        fields = {
            key: frozenset(str(w).lower() for w in value)
            for key, value in data.items() if isinstance(value, list)
        }
        fields["units"] = tuple(tuple(str(u).lower().split()) for u in data["percent_units"])
        del fields["percent_units"]
        return cls(number_words=data["number_words"], fused_participles=data["fused_participles"], **fields)

    @cached_property
    def unit_starts(self) -> frozenset[str]:
        return frozenset(unit[0] for unit in self.units)


@dataclass(frozen=True)
class Percent:
    """A percentage of the text: its value, its syntactic head and where it starts."""

    value: float
    anchor: Token
    start: int
    participle: str | None = None  # lemma of a fused "51%-owned" or of "50-50 owned"
    even: bool = False  # "50-50 owned by A and B": each of the two holders has the value
    floor: int = 0  # first token of the sentence (or of a sentence split mid-clause and rejoined)


@dataclass(frozen=True)
class Claim:
    """What one rule read from one percentage; a row once both parties are named."""

    percent: Percent
    rule: str
    owner: str | None
    owned: str | None
    open_object: bool = False  # no "of/in" object stated: may share the sentence's owned company
    status: str = "current"
    via_subsidiary: bool = False
    #: where the owned company is to be found instead of the sentence's other stakes:
    #: "restructuring" (the company a restructuring in this or the previous sentence is about),
    #: "previous" ("the company": the company the previous sentence is about)
    pending: str | None = None


@dataclass(frozen=True)
class Context:
    lex: Lexicon
    names: dict[int, str]  # token index -> name of the ORG/AGENCY entity it belongs to
    #: "the venture", "the hotel company" -> the company named or described with the same word
    antecedents: dict[int, str] = field(default_factory=dict)
    #: "the company" as a subject -> the one company the previous sentence names
    subjects: dict[int, str] = field(default_factory=dict)


# -- percentages ------------------------------------------------------------------------------


def find_percents(sent: Span, lex: Lexicon) -> list[Percent]:
    """The percentages of a sentence: "51%", "51 per cent", "fifty-one percent", "51%-owned"."""
    doc = sent.doc
    found = []
    for tok in sent:
        even = _even_split(tok, sent, lex)
        if even is not None:
            found.append(Percent(50.0, even, tok.i, even.lemma_.lower(), even=True, floor=sent.start))
            continue
        fused = FUSED.match(tok.lower_)
        if fused and fused.group(2) in lex.fused_participles:
            found.append(Percent(float(fused.group(1)), tok, tok.i, lex.fused_participles[fused.group(2)],
                                 floor=sent.start))
            continue
        if tok.lower_ not in lex.unit_starts or tok.i == sent.start:
            continue
        unit = next((u for u in lex.units if [t.lower_ for t in doc[tok.i:tok.i + len(u)]] == list(u)), None)
        if unit is None:
            continue
        number = _number_before(doc, tok.i, sent.start, lex)
        if number is None or not 0 < number[0] <= 100 or _bound(doc, number[1], tok.i + len(unit), lex):
            continue
        phrase = range(number[1], tok.i + len(unit))
        found.append(Percent(number[0], _phrase_head(doc, phrase), number[1], floor=sent.start))
    return found


def _bound(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """"less than 50%", "50 percent or more": a bound, no stake (the words around tokens start:end)."""
    before = " ".join(t.lower_ for t in doc[max(0, start - 3):start])
    after = " ".join(t.lower_ for t in doc[end:end + 2])
    return any(before.endswith(b) for b in lex.bounds_before) or any(after.startswith(a) for a in lex.bounds_after)


def _even_split(tok: Token, sent: Span, lex: Lexicon) -> Token | None:
    """The participle of "50-50 owned" ("50/50 held"), when `tok` starts such a split."""
    doc = sent.doc
    for length in (1, 3):
        end = tok.i + length
        if end < sent.end and "".join(t.lower_ for t in doc[tok.i:end]) in lex.even_splits \
                and (tok.i == sent.start or doc[tok.i - 1].lower_ not in {"-", "/"}):
            participle = doc[end]
            if participle.lemma_.lower() in lex.participle_verbs and participle.tag_ == "VBN":
                return participle
    return None


def _number_before(doc: Doc, i: int, floor: int, lex: Lexicon) -> tuple[float, int] | None:
    """The value and first token of the number that ends right before token `i`."""
    prev = doc[i - 1]
    value = _number_value(prev.lower_, lex)
    if value is None:
        return None
    if prev.lower_ in lex.number_words and i - 3 >= floor and doc[i - 2].text == "-":
        tens = _number_value(doc[i - 3].lower_, lex)
        if tens is not None and tens >= 20:
            return tens + value, i - 3
    return value, i - 1


def _number_value(text: str, lex: Lexicon) -> float | None:
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        parts = text.split("-")
        if all(p in lex.number_words for p in parts):
            return float(sum(lex.number_words[p] for p in parts))
        return None


def _phrase_head(doc: Doc, phrase: range) -> Token:
    """The token of the phrase attached outside it (the unit when several are)."""
    heads = [doc[i] for i in phrase if doc[i].head.i not in phrase or doc[i].head.i == i]
    return heads[-1] if heads else doc[phrase[-1]]


# -- who and what a token names ------------------------------------------------------------------


def name_of(tok: Token, ctx: Context) -> str | None:
    """The entity a noun names: itself, a pronoun's antecedent, or a name in apposition."""
    if tok.i in ctx.names:
        return ctx.names[tok.i]
    if tok.i in ctx.antecedents:
        return ctx.antecedents[tok.i]
    if tok.i in ctx.subjects and tok.dep_ in {"nsubj", "nsubjpass"}:
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
    named = _named_child(tok, ctx)
    if named is not None:
        return named
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and tok.i + 2 in ctx.names:
        # "40% of a Latvian leasing venture, Nordvik Leasing SIA, before ..." (however parsed), not
        # "66% of the company, B 20% and C the rest"
        end = tok.i + 2
        while end < len(doc) and ctx.names.get(end) == ctx.names[tok.i + 2]:
            end += 1
        if end == len(doc) or doc[end].text in {",", ".", ";", ")"}:
            return ctx.names[tok.i + 2]
    first = min(t.i for t in tok.subtree)
    listed = first > 0 and doc[first - 1].lower_ in {"and", "or"}  # "..., B (30%) and a Seychelles company that"
    if tok.dep_ == "appos" and tok.head.i in ctx.names and not listed:
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
        if subject is None:
            continue
        name = name_of(subject, ctx)
        if tok.dep_ != "pobj":
            return name
        if holder is None:
            holder = name
        elif name is not None and name != holder:
            return name
    if holder is None and tok.dep_ in {"nsubj", "nsubjpass"}:
        # "X is the principal shareholder of Y: it possesses 60%", the first clause parsed below the second
        before = [t for t in tok.sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass"} and t.i in ctx.names]
        holder = ctx.names[before[-1].i] if before else None
    return holder


def _named_child(tok: Token, ctx: Context) -> str | None:
    """A name attached to a common noun ("the Petrolago joint venture", "its unit Foo Ltd.")."""
    return next((ctx.names[c.i] for c in tok.children
                 if c.dep_ in {"appos", "compound", "nmod"} and c.i in ctx.names), None)


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
        return _named_child(tok, ctx)
    return name_of(tok, ctx)


def _pobj(head: Token, preps: frozenset[str] | set[str]) -> Token | None:
    """The object of the first of `preps` attached to `head`, the passive's agent first ("By records of
    the registry, Y is owned 55% by X": X)."""
    for prep in sorted(head.children, key=lambda c: c.dep_ != "agent"):
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ in preps:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


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
    return None, True, None


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


def _definite_company(tok: Token, ctx: Context) -> bool:
    """"the company", "the aluminium producer": a definite common noun that refers back to a company."""
    return tok.i not in ctx.names and tok.lemma_.lower() in ctx.lex.company_nouns and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in {"prep", "relcl", "acl", "poss", "appos"} and c.lower_ != "itself" for c in tok.children)


def _subject(verb: Token) -> Token | None:
    """The active subject of a verb, shared along xcomp/conj/participle chains and from a relative's noun."""
    shared = False  # reached through a coordination: "X is registered in Y and owns 49%" (X, a passive's subject)
    while True:
        # (also when the parser hung it on an auxiliary: "Merbok Agro Ventures Berhad retains 70%")
        subjects = [c for c in [*verb.children, *(g for a in verb.children if a.dep_ == "aux" for g in a.children)]
                    if c.dep_ == "nsubj" or shared and c.dep_ == "nsubjpass"]
        if subjects:  # the name of "the second shareholder Foo Ltd holds 11%", parsed as two subjects
            return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ in {"conj", "ccomp", "advcl"} and before is not None and before.ent_type_ == "ORG" and before.pos_ == "PROPN":
            return before  # "Y has three shareholders: A Ltd holds 40%", with "holds" hung on "has"
        if verb.dep_ in {"xcomp", "conj", "advcl", "dep"} and verb.head.i != verb.i:
            shared = verb.dep_ == "conj"
            verb = verb.head
        elif verb.dep_ in {"relcl", "acl"}:
            return verb.head
        else:
            return None


# -- status ----------------------------------------------------------------------------------


def is_unasserted(verb: Token, lex: Lexicon) -> bool:
    """A planned, conditional or denied holding: "agreed to buy", "would hold", "does not own"."""
    while True:
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in lex.modal_auxiliaries):
                return True
        if verb.dep_ != "xcomp":
            return False
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
        later = child.dep_ == "conj" or child.dep_ == "advcl" and any(  # "until / before it sold the stake"
            m.dep_ == "mark" and m.lower_ in lex.former_preps | {"before"} for m in child.children)
        changed = child.lemma_.lower() in lex.change_verbs and _pobj(child, lex.change_preps) is not None
        if not later or not (child.lemma_.lower() in lex.dispose_verbs or changed) or is_unasserted(child, lex):
            continue  # (not "holds 9.5% ... and would sell the stake"); "... and has since cut its holding to 3%"
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        objects = [c for c in child.children if c.dep_ == "dobj"]
        if all(s.lower_ in {"it", "they"} for s in subjects) and all(  # the same holder, the same stake
                o.lower_ in {"it", "them"} or o.lemma_.lower() in lex.stake_nouns | lex.security_nouns for o in objects):
            return True
    return False


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


def _held_before_change(prep: Token, lex: Lexicon) -> bool:
    """"Before the sale, A held 45%": a stake held up to a change of owners."""
    return prep.dep_ == "prep" and prep.lower_ == "before" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in lex.change_events for c in prep.children)


def _held_until(prep: Token, lex: Lexicon) -> bool:
    """"until last year", "until 2017", "until recently": a stake held up to a date."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.former_preps:
        return False
    inside = [t for t in prep.subtree if t.i != prep.i]
    if any(t.lower_ in lex.unit_starts for t in inside):
        return False  # "cut its share from 75% till 49%" (translated): a level, not a date
    return bool(inside) and not any(t.dep_ in {"pcomp", "pobj"} and t.pos_ in {"VERB", "AUX"} for t in inside) \
        and any(t.ent_type_ == "DATE" or t.like_num or t.lower_ == "recently" for t in inside)


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
               and any(g.dep_ == "prt" and g.lower_ == "out" for g in c.children) for c in holder.children)


def _clause(verb: Token) -> list[Token]:
    """A verb with its auxiliaries and, for "was ... owned", its copula: where its adverbs and subject sit."""
    nodes = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return nodes + [verb.head] if verb.dep_ in {"acomp", "xcomp", "oprd"} else nodes


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


# -- rules, one per phrasing -----------------------------------------------------------------------


def read_percent(p: Percent, ctx: Context) -> list[Claim] | None:
    """The claims of the first rule that reads this percentage as a stake; None when none does."""
    for rule in (_chained_agent, _participle, _percent_subsidiary, _belongs, _restated_stake, _joins, _stake,
                 _stake_beside):
        claims = rule(p, ctx)
        if claims is not None:
            return claims
    return None


def _chained_agent(p: Percent, ctx: Context) -> list[Claim] | None:
    """A further share of a participle with its own agent: "Y is owned 35% by A, 45% by B and 20% by C"."""
    anchor = p.anchor
    agent = _pobj(anchor, {"by"})
    if agent is None or anchor.dep_ not in {"appos", "conj"}:
        return None
    verb = anchor
    while verb.dep_ in {"appos", "conj", "pobj", "agent", "prep"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in ctx.lex.participle_verbs or verb.tag_ != "VBN" or _pobj(verb, {"by"}) is None:
        return None
    if is_unasserted(verb, ctx.lex):
        return []
    owned_tok = next((c for node in _clause(verb) for c in node.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if owned_tok is None and verb.dep_ in {"acl", "amod", "appos"}:
        owned_tok = verb.head
    owned = owned_of(owned_tok, ctx) if owned_tok is not None else None
    owner, via = holder_of(agent, ctx)
    status = "former" if is_former(ctx.lex, verb) else "current"
    # unread, the company is the one the sentence's first share is in ("45% by A through a unit, 30% by B")
    return [Claim(p, "percent_owned_by", owner, owned, owned is None, status, via)]


def _participle(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y, 51% owned by X", "Y is 51%-owned by X", "Y is owned 60% by X", "X 100 percent owns Y",
    "Y was 49% held by X", "Y is 50-50 owned by A and B"."""
    lex, anchor = ctx.lex, p.anchor
    verb = anchor if p.participle else anchor.head
    held = next((c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in lex.participle_verbs and _pobj(c, {"by"}) is not None), None)
    beside = held is not None and anchor.dep_ == "pobj" and anchor.head.lower_ == "with"
    if not p.participle and held is not None and (anchor.dep_ in {"attr", "acomp", "npadvmod", "advmod", "ROOT"}
                                                  or beside):
        verb = held  # "Y was previously 49% held by X", "Y ..., with the other 49% held by X"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != anchor.i]
    if not p.participle and verb is not held and not (
        verb.lemma_.lower() in lex.participle_verbs and verb.i != anchor.i
        and (anchor.dep_ in ADVERBIAL or (anchor.dep_ == "nsubj" and subjects and anchor.i < verb.i))
    ):
        return None
    copula = next((a for a in verb.ancestors if a.lemma_ == "be"), None) if verb.dep_ == "acl" else None
    if is_unasserted(verb, lex) or (copula is not None and is_unasserted(copula, lex)):
        return []
    status = "former" if is_former(lex, verb, *([copula] if copula is not None else [])) else "current"
    agent = _pobj(verb, {"by"})
    if p.participle or verb.tag_ == "VBN" or agent is not None:
        owned_tok = next((c for node in _clause(verb) for c in node.children
                          if c.dep_ in {"nsubjpass", "nsubj"} and c.i != anchor.i), None)
        if owned_tok is None and verb.dep_ in {"acl", "amod", "compound", "appos"}:
            owned_tok = verb.head
        if owned_tok is None and verb.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in verb.children):
            # "Filings show Y is owned 45% by X", parsed with Y as the object of "show"
            owned_tok = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if owned_tok is not None and owned_tok.i == anchor.i or p.even:
            owned_tok = next((c for c in copula.children if c.dep_ == "nsubj"), None) if copula is not None else None
        if beside:  # the company the clause "with" belongs to gives stakes in, else its subject
            main = anchor.head.head
            stake = next((c for c in main.children if c.dep_ == "dobj"), None)
            of = _pobj(stake, lex.object_preps) if stake is not None else None
            owned_tok = of if of is not None and owned_of(of, ctx) is not None else next(
                (c for node in _clause(main) for c in node.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if agent is None and verb.dep_ in {"amod", "compound", "nummod"}:
            noun = verb.head
            agent = next((c for c in noun.children if c.dep_ == "poss"), None)
            if noun.lemma_.lower() in lex.subsidiary_nouns and noun.i not in ctx.names:
                # "Y is a 60 percent-owned subsidiary of X", "Y, a 70%-owned unit of X",
                # "X's 60%-owned subsidiary Y"
                agent = agent or _pobj(noun, {"of"})
                named = next((c for c in noun.children if c.dep_ == "appos"), None)
                owned_tok = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) \
                    if noun.dep_ == "attr" else noun.head if noun.dep_ == "appos" else named
        rule = "percent_owned_by"
    elif anchor.i < verb.i:
        agent = subjects[0] if subjects else None
        owned_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
        rule = "percent_owns"
    else:
        return None  # "X holds 60% of Y and Z the remaining 10%": not "X 100 percent owns Y"
    owned = owned_of(owned_tok, ctx) if owned_tok is not None else None
    through = _through_subsidiary(ctx, verb) or _relative_through(ctx, agent, owned_tok)
    if p.even:  # "50-50 owned by A and B": two holders of 50 each
        agents = [agent, *agent.conjuncts] if agent is not None else []
        if len(agents) != 2:
            return []
        return [Claim(p, "even_split", holder_of(a, ctx)[0], owned, status=status,
                      via_subsidiary=holder_of(a, ctx)[1] or through) for a in agents]
    owner, via = holder_of(agent, ctx) if agent is not None else (None, False)
    # "51% owned by X." as an entry's field, with no subject: the entry's company (see `_entry_name`)
    pending = "previous" if owned_tok is None and rule == "percent_owned_by" and "ROOT" in {verb.dep_, anchor.dep_} \
        else None
    claims = [Claim(p, rule, owner, owned, status=status, via_subsidiary=via or through, pending=pending)]
    if rule == "percent_owned_by" and agent is not None:
        claims += _further_agents(p, agent, owned, status, ctx)
    return claims


def _percent_subsidiary(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y is 100% subsidiary of X", "Y, a 51% subsidiary of X" (no participle: see `_participle`)."""
    noun = p.anchor.head
    if p.anchor.dep_ not in INSIDE_NOUN or noun.lemma_.lower() not in ctx.lex.subsidiary_nouns or noun.i in ctx.names:
        return None
    parent = _pobj(noun, {"of"})
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        owned_tok = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    else:
        owned_tok = noun.head if noun.dep_ == "appos" else None
    if parent is None or owned_tok is None:
        return None
    if is_unasserted(noun.head, ctx.lex):
        return []
    owner, via = holder_of(parent, ctx)
    status = "former" if is_former(ctx.lex, noun, noun.head) else "current"
    return [Claim(p, "percent_subsidiary", owner, name_of(owned_tok, ctx), status=status, via_subsidiary=via)]


def _further_agents(p: Percent, agent: Token, owned: str | None, status: str, ctx: Context) -> list[Claim]:
    """ "Y is owned 70% by A and 30% by B": the parser loses the second share; read it off the surface."""
    doc = agent.doc
    end = max(t.i for t in agent.subtree) + 1
    words = [t.lower_ for t in doc[end:end + 5]]
    if len(words) < 5 or words[0] != "and" or "by" not in words[2:4]:
        return []
    by = end + words.index("by", 2)
    value = _number_value(doc[end + 1].text, ctx.lex)
    unit = doc[end + 2:by]
    if value is None or tuple(t.lower_ for t in unit) not in ctx.lex.units or by + 1 not in ctx.names:
        return []
    second = replace(p, value=value, anchor=doc[by - 1], start=end + 1)
    return [Claim(second, "percent_owned_by", ctx.names[by + 1], owned, status=status)]


def _belongs(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y, of which 49% belongs to X", "The 51% share of Y belongs to X"; "Y belongs for 45% to A, for
    35% to B" (translated)."""
    anchor = p.anchor
    if anchor.dep_ in INSIDE_NOUN and _is_stake_noun(anchor.head, ctx.lex) and anchor.head.dep_ == "nsubj":
        anchor = anchor.head
    verb = anchor.head
    holder_at = _pobj(verb, ctx.lex.holder_preps_of_be) if verb.lemma_ == "be" and anchor.dep_ == "nsubj" else None
    if holder_at is not None and holder_at.i in ctx.names and not is_unasserted(verb, ctx.lex):
        owned, open_object, pending = _object(ctx, anchor)  # "49% of Y is at X" (translated)
        status = "former" if is_former(ctx.lex, verb) else "current"
        return [Claim(p, "percent_belongs_to", ctx.names[holder_at.i], owned, open_object, status, pending=pending)]
    if verb.lemma_.lower() not in ctx.lex.belong_verbs:
        return _belongs_for(p, ctx)
    if anchor.dep_ in {"npadvmod", "advmod", "dobj"}:  # "Y is belonging 100% to X" (translated)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holder = _pobj(verb, {"to"})
        if subject is None or holder is None or is_unasserted(verb, ctx.lex):
            return None
        owner, via = holder_of(holder, ctx)
        status = "former" if is_former(ctx.lex, verb) else "current"
        return [Claim(p, "percent_belongs_to", owner, name_of(subject, ctx), status=status,
                      via_subsidiary=via or _through_subsidiary(ctx, verb))]
    if anchor.dep_ != "nsubj":
        return None
    if is_unasserted(verb, ctx.lex):
        return []
    holder = _pobj(verb, {"to"})
    if holder is None:  # "belongs through a subsidiary to X": "to" hangs on the subsidiary
        through = _pobj(verb, ctx.lex.via_preps)
        holder = _pobj(through, {"to"}) if through is not None else None
    owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
    owned, open_object, pending = _object(ctx, verb, anchor)
    status = "former" if is_former(ctx.lex, verb) else "current"
    via = via or _through_subsidiary(ctx, verb)
    return [Claim(p, "percent_belongs_to", owner, owned, open_object, status, via, pending)]


def _belongs_for(p: Percent, ctx: Context) -> list[Claim] | None:
    """ "Y belongs for 45% to A, for 35% to B and for 20% to C": read off the surface, as the parser
    scatters the shares."""
    doc, anchor = p.anchor.doc, p.anchor
    if p.start < 1 or doc[p.start - 1].lower_ != "for" or anchor.i + 2 >= len(doc) \
            or doc[anchor.i + 1].lower_ != "to" or anchor.i + 2 not in ctx.names:
        return None
    verb = next((t for t in doc[p.floor:p.start] if t.lemma_.lower() in ctx.lex.belong_verbs), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or is_unasserted(verb, ctx.lex):
        return None
    status = "former" if is_former(ctx.lex, verb) else "current"
    return [Claim(p, "percent_belongs_to", ctx.names[anchor.i + 2], name_of(subject, ctx), status=status)]


def _restated_stake(p: Percent, ctx: Context) -> list[Claim] | None:
    """The size of a stake named elsewhere: "X's stake in Y is 39.2%", "raised its stake in Y to 30%"."""
    lex, anchor = ctx.lex, p.anchor
    if anchor.dep_ in {"attr", "acomp"} and anchor.head.lemma_.lower() in lex.copula_verbs:
        verb = anchor.head
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in lex.change_preps | lex.change_from_preps | {"at"} \
            and anchor.head.head.lemma_.lower() in lex.change_verbs | lex.copula_verbs:
        verb = anchor.head.head
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in lex.change_preps and anchor.head.head.lower_ in \
            lex.change_from_preps and anchor.head.head.head.lemma_.lower() in lex.change_verbs:
        verb = anchor.head.head.head  # "from 75% till 49%", with "till" hung on "from"
    else:
        return None
    stake = next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and _is_stake_noun(c, lex)), None)
    if stake is None:
        return None
    if is_unasserted(verb, lex):
        return []
    poss = next((c for c in stake.children if c.dep_ == "poss"), None)
    holder = _subject(verb) if stake.dep_ == "dobj" else poss
    owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
    owned, open_object, pending = _object(ctx, stake, verb)  # "cut its holding in Y", either attachment
    if owned is None and holder is not None:
        owned = _owned_by_agent(holder, ctx)  # "Y is owned by X, which cut its holding (in the company) to 51%"
    # "cut its holding from 90%": the level it left; but "from 20% to 35%" parses as one range, ending at 35%
    left = anchor.head.lower_ in lex.change_from_preps and not any(
        c.lower_ in lex.change_preps for n in anchor.children for c in (n, *n.children))
    status = "former" if left or is_former(lex, verb, stake) else "current"
    via = via or _through_subsidiary(ctx, verb, stake)
    claims = [Claim(p, "restated_stake", owner, owned, open_object, status, via, pending)]
    if anchor.head.lower_ in lex.change_from_preps and not left:
        # "from 20% to 35%" as one range: the level it left is a former stake of its own
        doc = anchor.doc
        lower = next((t for t in anchor.subtree if t.text == "%" and t.i < p.start and t.i + 1 < len(doc)
                      and doc[t.i + 1].lower_ in lex.change_preps and doc[t.i - 1].like_num), None)
        value = _number_value(doc[lower.i - 1].text, lex) if lower is not None else None
        if value is not None:
            claims.append(Claim(replace(p, value=value, start=lower.i - 1), "restated_stake", owner, owned,
                                open_object, "former", via, pending))
    return claims


def _joins(p: Percent, ctx: Context) -> list[Claim] | None:
    """"X becomes a direct shareholder (of Y) with 10.55%": of Y, else of the company restructured."""
    lex, anchor = ctx.lex, p.anchor
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "with":
        return None
    noun = prep.head
    verb = noun.head
    if noun.lemma_.lower() not in lex.holder_nouns or noun.dep_ != "attr" or verb.lemma_.lower() not in lex.join_verbs:
        return None
    if is_unasserted(verb, lex):
        return []
    holder = _subject(verb)
    owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
    owned, _open, pending = _object(ctx, noun)
    status = "former" if is_former(lex, verb) else "current"
    return [Claim(p, "joins_with", owner, owned, False, status, via,
                  pending if owned is not None or pending else "restructuring")]


def _stake(p: Percent, ctx: Context) -> list[Claim] | None:
    """A stake as a verb's argument or a possession: "X owns/holds/acquired/sold (a) 51% (stake) in Y",
    "the 40% stake it held in Y", "X's 19.75% stake in Y"."""
    lex, anchor = ctx.lex, p.anchor
    if (anchor.dep_ in ON_HOLDER and anchor.head.i in ctx.names) or \
            (anchor.dep_ in {"conj", "appos"} and _adjacent_holder(p, ctx) is not None) or \
            (anchor.dep_ == "dobj" and _adjacent_holder(p, ctx) is not None and p.start > anchor.head.i + 1):
        return None  # a holder's share in a list ("B 35%", "and C the remaining 25%"): see `listed_holder`
    noun = anchor.dep_ in INSIDE_NOUN and _is_stake_noun(anchor.head, lex)
    stake = anchor.head if noun else anchor
    if noun and stake.dep_ in {"conj", "appos"} and _adjacent_holder(p, ctx) is not None:
        return None  # "A holds 40%, B 35.1% and C a 24.9% interest": C's, see `listed_holder`
    verb = _governing_verb(stake)
    lemma = verb.lemma_.lower() if verb is not None else ""
    held_in = next((c for c in stake.children if c.dep_ in {"relcl", "acl"}
                    and c.lemma_.lower() in lex.hold_verbs | lex.acquire_verbs), None)
    poss = next((c for c in stake.children if c.dep_ == "poss"), None)
    if held_in is not None:
        if is_unasserted(held_in, lex):
            return []
        holder = _subject(held_in)
        owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
        parent = _parent_through(held_in, ctx) if owner is None else None
        if parent is not None:  # "with the remaining 51% held through a Cyprus subsidiary of X"
            owner, via = name_of(parent, ctx), True
        owned, open_object, pending = _object(ctx, stake, held_in)
        former = is_former(lex, held_in, stake) or lemma in lex.dispose_verbs or _holder_exits(held_in, holder, lex)
        return [Claim(p, "stake_held", owner, owned, open_object, "former" if former else "current",
                      via or _through_subsidiary(ctx, held_in, stake), pending),
                *_sellers(p, ctx, owned, open_object, pending, held_in)]
    if verb is not None and stake.dep_ != "nsubj" and \
            lemma in lex.hold_verbs | lex.acquire_verbs | lex.dispose_verbs | lex.allotment_verbs:
        return _verb_stake(p, ctx, stake, verb, poss, noun)
    if noun and poss is not None:
        owner, via = holder_of(poss, ctx)
        owned, open_object, pending = _object(ctx, stake)
        status = "former" if is_former(lex, stake) or _sale_completed(stake, lex) else "current"
        return [Claim(p, "possessive_stake", owner, owned, open_object, status, via, pending)]
    return None


def _stake_beside(p: Percent, ctx: Context) -> list[Claim] | None:
    """A stake named beside its holder: "B, a 45% shareholder in Y" / "B is a 45% shareholder of
    Y"; "X is the largest shareholder of Y, with a 40% stake"; "X controls Y through a 51% holding"."""
    lex, anchor = ctx.lex, p.anchor
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        return _largest_shareholder(p, ctx)
    noun = anchor.head if anchor.dep_ in INSIDE_NOUN else None
    if noun is None:
        return None
    verb = holder = owned_tok = None
    if noun.lemma_.lower() in lex.holder_nouns:
        verb = noun.head if noun.dep_ == "attr" else None
        holder = noun.head if noun.dep_ == "appos" else _subject(verb) if verb is not None else None
        # "B, a 45% shareholder in Y", "B, Y's 20% shareholder"
        owned_tok = _pobj(noun, lex.object_preps) or next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is not None and owned_tok is not None and holder.dep_ == "appos" \
                and ctx.names.get(holder.i, "") == ctx.names.get(owned_tok.i):
            holder = holder.head  # the parser hung the apposition on the owned name's first part
    elif _is_stake_noun(noun, lex) and noun.dep_ == "pobj" and noun.head.lower_ in {"with", "through", "via"}:
        verb = noun.head.head if noun.head.head.pos_ in {"VERB", "AUX"} else noun.head.head.head
        holder = _subject(verb)
        # "controls Y through ...", "is the largest shareholder of Y, with ...", "a stake in Y"
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in lex.holder_nouns), None)
        owned_tok = next((c for c in verb.children if c.dep_ == "dobj"), None) \
            or (_pobj(attr, lex.object_preps) if attr is not None else None) or _pobj(noun, lex.object_preps)
    if holder is None or owned_tok is None:
        return None
    if verb is not None and is_unasserted(verb, lex):
        return []
    owner, via = holder_of(holder, ctx)
    status = "former" if is_former(lex, *([verb] if verb is not None else []), noun) else "current"
    return [Claim(p, "stake_beside", owner, owned_of(owned_tok, ctx), status=status, via_subsidiary=via)]


def _largest_shareholder(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y's largest shareholder is X, with 15.1%" / "Y, whose largest shareholder, with 31%, is X":
    the holder is the copula's complement, the company the possessor of "shareholder"."""
    verb = p.anchor.head.head
    noun = verb if verb.lemma_.lower() in ctx.lex.holder_nouns else None  # "with 31%" on "shareholder"
    if noun is not None and noun.dep_ in {"nsubj", "appos"}:
        # "Y, whose largest shareholder, with 31%, is X" is parsed with "shareholder" beside Y
        verb = noun.head if noun.dep_ == "nsubj" else noun.head.head
    if verb.lemma_ != "be":
        return None
    subject = noun or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() not in ctx.lex.holder_nouns:  # "Y Co., Ltd.'s shareholders"
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.lemma_.lower() in ctx.lex.holder_nouns),
                       subject)
    holder = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or holder is None or subject.lemma_.lower() not in ctx.lex.holder_nouns:
        return None
    poss = next((c for c in subject.children if c.dep_ == "poss"), None) or _pobj(subject, ctx.lex.object_preps)
    if poss is not None and poss.lower_ == "whose" and subject.dep_ == "appos":
        poss = subject.head
    if poss is None or is_unasserted(verb, ctx.lex):
        return None
    owner, via = holder_of(holder, ctx)
    return [Claim(p, "largest_shareholder", owner, owned_of(poss, ctx), status="current", via_subsidiary=via)]


def _verb_stake(p: Percent, ctx: Context, stake: Token, verb: Token, poss: Token | None, noun: bool) -> list[Claim]:
    """A stake that the verb's subject holds, gains or gives up (a sale may name a buyer)."""
    lex = ctx.lex
    disposed = verb.lemma_.lower() in lex.dispose_verbs
    unasserted = is_unasserted(verb, lex)
    if unasserted and verb.lemma_.lower() in lex.retain_verbs and any(
            c.dep_ == "poss" and c.lower_ in ANAPHORS | {"their"} for c in stake.children):
        unasserted = False  # "X will keep its 60% stake in Y": the stake is held now
    if unasserted and not disposed:
        return []
    holder = _agent(verb, ctx) if stake.dep_ == "nsubjpass" else _subject(verb) or poss
    # "Y is jointly owned by A and B, holding 40% and 60% respectively": the agents of the passive hold
    owned_by = verb.head if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"} and \
        verb.head.lemma_.lower() in lex.participle_verbs and _pobj(verb.head, {"by"}) is not None else None
    if owned_by is not None and (holder is None or holder.lower_ not in ANAPHORS):
        holder = _pobj(owned_by, {"by"})
    holder = _respective(holder, stake) if holder is not None else None
    if verb.lemma_.lower() in lex.allotment_verbs:
        # "X receives 21.7%": of the company named with it, else of the company being restructured
        owned, open_object, pending = _object(ctx, stake)
        if owned is None:
            verb_object = _pobj(verb, {"in"})
            owned = ctx.names.get(verb_object.i) if verb_object is not None else None
        open_object, pending = False, None if owned is not None else "restructuring"
    else:
        owned, open_object, pending = _object(ctx, stake, verb)
    if owned is not None and holder is not None and owned == holder_of(holder, ctx)[0] and any(
            t.lower_ in ANAPHORS for t in stake.subtree):
        owned, pending = None, "previous"  # "(Parent company): X, which holds 74% of its shares": the entry's
    if owned is None and owned_by is not None:
        subject = next((c for c in _clause(owned_by)[0].children if c.dep_ == "nsubjpass"), None)
        owned = name_of(subject, ctx) if subject is not None else None
        open_object = open_object and owned is None
    if owned is None and holder is not None and (open_object or holder.lower_ in RELATIVES):
        owned = _owned_by_agent(holder, ctx)  # "Y is owned by X, which cut its holding (in the company) to 51%"
    if owned is None and (open_object or pending == "previous") and holder is not None:
        owned = _shareholder_of(holder, ctx)  # "X, Y's largest shareholder, holds 18.5% of the company"
        open_object, pending = (False, None) if owned is not None else (open_object, pending)
    former = (disposed and not unasserted) or is_former(lex, verb, stake) or _holder_exits(verb, holder, lex)
    status = "former" if former else "current"
    rule = ("sold_stake" if disposed else "verb_stake") if noun else ("sold_percent" if disposed else "verb_percent")
    through = _through_subsidiary(ctx, verb, stake) or _relative_through(
        ctx, holder, stake, _pobj(stake, lex.object_preps))
    holders = _distributed(holder, verb, stake, p, ctx) if holder is not None else None
    if holders:
        claims = [Claim(p, rule + "_each", owner, owned, open_object, status, via or through, pending)
                  for owner, via in holders]
    else:
        owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
        claims = [Claim(p, rule, owner, owned, open_object, status, via or through, pending)]
    if not unasserted:  # "X bought 23% of Y from Z"
        claims += _sellers(p, ctx, owned, open_object, pending, verb)
    return claims


def _sellers(p: Percent, ctx: Context, owned: str | None, open_object: bool, pending: str | None,
             *verbs: Token) -> list[Claim]:
    """The former holders of a stake bought from them: "which it bought from Z" (Z held the same stake)."""
    claims = []
    for verb in verbs:
        if verb.lemma_.lower() not in ctx.lex.acquire_verbs or is_unasserted(verb, ctx.lex):
            continue
        seller = _pobj(verb, ctx.lex.seller_preps)
        name = holder_of(seller, ctx)[0] if seller is not None else None
        if name is not None:
            claims.append(Claim(p, "bought_from", name, owned, open_object, "former", pending=pending))
    return claims


def _agent(verb: Token, ctx: Context) -> Token | None:
    """A passive's agent, also a named one the parser hung lower ("51% has been held since the
    company's founding by X", with "by" on "founding")."""
    agent = _pobj(verb, {"by"})
    if agent is None:
        agent = next((c for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" for c in t.children
                      if c.dep_ == "pobj" and c.i in ctx.names), None)
    return agent


def _owned_by_agent(holder: Token, ctx: Context) -> str | None:
    """"Y is controlled by X, which holds 70 percent of shares": Y, when the holder is a relative
    pronoun whose antecedent is the agent of an ownership participle."""
    if holder.lower_ not in RELATIVES:
        return None
    clause = next((a for a in holder.ancestors if a.dep_ == "relcl"), None)
    agent = clause.head if clause is not None else None
    if agent is None or agent.dep_ != "pobj" or agent.head.dep_ != "agent":
        return None
    verb = agent.head.head
    if verb.lemma_.lower() not in ctx.lex.participle_verbs:
        return None
    owned = next((c for node in _clause(verb) for c in node.children
                  if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and node.i != verb.i), None)  # "Y is majority-owned by"
    return name_of(owned, ctx) if owned is not None else None


def _shareholder_of(holder: Token, ctx: Context) -> str | None:
    """Y, when the holder is also called "Y's (largest) shareholder" in apposition."""
    nouns = [holder, *(c for c in holder.children if c.dep_ == "appos")]
    if holder.dep_ == "appos":
        nouns.append(holder.head)
    for noun in nouns:
        if noun.lemma_.lower() in ctx.lex.holder_nouns and noun.i not in ctx.names:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if poss is not None and poss.i in ctx.names:
                return ctx.names[poss.i]
            if poss is not None and poss.lower_ in {"its", "their"} and poss.sent.start > 0:
                # "Y said ... . Its largest shareholder, X, owns 29.9%": the one company named just before
                before = holder.doc[poss.sent.start - 1].sent
                companies = {ctx.names[t.i] for t in before if t.i in ctx.names and t.ent_type_ == "ORG"}
                if len(companies) == 1:
                    return next(iter(companies))
    return None


def _distributed(holder: Token, verb: Token, stake: Token, p: Percent, ctx: Context) -> list[tuple[str, bool]] | None:
    """"A, B and C each own 10%", "with A, B and C holding 10% each": every listed holder, with
    whether it holds through an unnamed subsidiary; None unless "each" distributes the stake."""
    words = ctx.lex.distributive_words
    each = holder if holder.lower_ in words else next(
        (c for node in (holder, *holder.conjuncts, verb, stake, p.anchor) for c in node.children if c.lower_ in words),
        None)
    if each is None:
        return None
    doc = holder.doc
    if each.i > 0 and each.i - 1 in ctx.names:
        listed = _names_before(doc, each.i, holder.sent.start, ctx)
    else:
        listed = [holder_of(t, ctx) for t in (holder, *holder.conjuncts)]
    listed = [(name, via) for name, via in listed if name is not None]
    return listed if len(listed) > 1 else None


def _names_before(doc: Doc, end: int, floor: int, ctx: Context) -> list[tuple[str, bool]]:
    """The names listed right before token `end` ("A, B (BB), which holds its stake through a unit,
    and C"), read backwards over commas, "and", parenthetical short forms and relative clauses."""
    listed: list[tuple[str, bool]] = []
    i = end - 1
    via = False
    while i >= floor:
        if doc[i].text == ")":  # "Corporation (CNPC)"
            opening = next((j for j in range(i - 1, max(floor, i - 6) - 1, -1) if doc[j].text == "("), None)
            if opening is None:
                break
            i = opening - 1
            continue
        if i not in ctx.names:
            break
        name = ctx.names[i]
        while i >= floor and ctx.names.get(i) == name:
            i -= 1
        listed.append((name, via))
        via, separated = False, False
        if i >= floor and doc[i].lower_ == "and":
            i, separated = i - 1, True
        if i >= floor and doc[i].text == ",":
            relative = _relative_gap(doc, i, floor, ctx)
            if relative is not None:  # ", which holds its stake through a unit,"
                gap = doc[relative:i]
                via = any(t.lower_ in ctx.lex.via_preps for t in gap) and any(
                    t.lemma_.lower() in ctx.lex.via_nouns for t in gap)
                i = relative - 1
            else:
                i -= 1
            separated = True
        if not separated:
            break
    listed.reverse()
    return listed


def _relative_gap(doc: Doc, comma: int, floor: int, ctx: Context) -> int | None:
    """The start (its comma) of a relative clause ", which ... ," that ends at `comma`."""
    for j in range(comma - 1, max(floor, comma - 16), -1):
        if j in ctx.names:
            return None
        if doc[j].lower_ in RELATIVES and doc[j - 1].text == ",":
            return j - 1
    return None


def _respective(holder: Token, stake: Token) -> Token:
    """"A and B own 60% and 40% of Y": the n-th holder goes with the n-th coordinated stake."""
    holders = sorted([holder, *holder.conjuncts], key=lambda t: t.i)
    first = stake  # the parser chains "40%, 35% and 25%" by conj or by appos
    while first.dep_ in {"conj", "appos"} and first.head.lemma_ == stake.lemma_:
        first = first.head
    stakes, todo = [], [first]
    while todo:
        tok = todo.pop()
        stakes.append(tok)
        todo += [c for c in tok.children if c.dep_ in {"conj", "appos"} and c.lemma_ == stake.lemma_]
    stakes.sort(key=lambda t: t.i)
    return holders[stakes.index(stake)] if len(holders) == len(stakes) > 1 and stake in stakes else holder


def _is_stake_noun(tok: Token, lex: Lexicon) -> bool:
    """"stake", "interest" ..., but not "market share"."""
    return tok.lemma_.lower() in lex.stake_nouns and not any(
        c.dep_ in {"compound", "amod"} and c.lower_ in lex.non_stake_modifiers for c in tok.children
    )


def _governing_verb(tok: Token) -> Token | None:
    """The verb a stake is an argument of, through "including"/"of"/coordination ("sold its assets,
    including the 40% stake")."""
    while tok.dep_ in CLIMB and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ARGUMENTS and (tok.head.pos_ in {"VERB", "AUX"} or tok.dep_ == "dobj"):
        return tok.head  # a direct object makes a verb of a head tagged otherwise ("each own 10%")
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.head.children):
        return tok.head  # "and held 80% until 2020", parsed as a measure of the verb
    return None


def listed_holder(p: Percent, ctx: Context) -> Claim | None:
    """A further holder in a list or gapped clause: "B 35%", "A with 40%", "A (40%)", "C the remaining 25%"."""
    anchor = p.anchor
    agent = _passive_after(p, ctx)
    if agent is not None and agent.i not in ctx.names:
        return None  # "the remaining 51% is controlled by a local businessman": no named holder
    after = _holder_after(p, ctx)
    adjacent = _adjacent_holder(p, ctx)
    if after is not None:
        holder: Token | None = after  # "the remaining 49% - to the Dubai X FZE" (translated)
    elif adjacent is not None and anchor.dep_ in ON_HOLDER:
        holder = adjacent  # "A (40%), B - 18% -": the name right before, however the parser hung the share
    elif anchor.dep_ in ON_HOLDER and anchor.head.i in ctx.names:
        holder = anchor.head
    elif anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.i in ctx.names:
        holder = anchor.head.head
    else:
        holder = _adjacent_holder(p, ctx)
    if holder is None:
        return None
    stake = anchor.head if anchor.dep_ in INSIDE_NOUN and _is_stake_noun(anchor.head, ctx.lex) else anchor
    owned, open_object, pending = _object(ctx, stake)
    # "had been held by B until 2022": the participle before the holder tells its status
    former = after is not None and after.i >= 2 and is_former(ctx.lex, after.doc[after.i - 2])
    return Claim(p, "listed_holder", ctx.names[holder.i], owned, open_object, "former" if former else "current",
                 via_subsidiary=_relative_through(ctx, stake), pending=pending)


def _after_auxiliaries(p: Percent) -> int:
    """The index of the first word after the percentage and the auxiliaries that follow it ("35% has been")."""
    doc, i = p.anchor.doc, p.anchor.i + 1
    while i < len(doc) and doc[i].lower_ in PASSIVE_AUXILIARIES:
        i += 1
    return i


def _passive_after(p: Percent, ctx: Context) -> Token | None:
    """The word after "by" of an ownership passive right after the percentage ("35% is held by B",
    "51% is controlled by a local businessman"), however the parser attached them."""
    doc, i = p.anchor.doc, _after_auxiliaries(p)
    if i + 2 < len(doc) and i > p.anchor.i + 1 and doc[i].tag_ == "VBN" and doc[i + 1].lower_ == "by" \
            and doc[i].lemma_.lower() in ctx.lex.participle_verbs:
        return doc[i + 2]
    return None


def _holder_after(p: Percent, ctx: Context) -> Token | None:
    """A name after the percentage across a dash and "to": "51% belong to A, the remaining 49% - to B";
    or as the agent of a passive the parser lost: "and remaining 35% is held by B" (translated, no article)."""
    agent = _passive_after(p, ctx)
    if agent is not None:
        return agent if agent.i in ctx.names else None
    doc, i = p.anchor.doc, _after_auxiliaries(p)
    words = [t.lower_ for t in doc[i:i + 4]]
    if i > p.anchor.i + 1 and words[:1] == ["in"] and "hands" in words[1:3]:  # "40% is in (the) hands of B"
        j = i + words.index("hands") + 1
        if j + 1 < len(doc) and doc[j].lower_ == "of" and j + 1 in ctx.names:
            return doc[j + 1]
    i = p.anchor.i + 1
    if i + 1 >= len(doc) or doc[i].text not in {"-", "–", "—"} or doc[i + 1].lower_ != "to":
        return None
    i += 2
    while i < min(len(doc), p.anchor.i + 7) and i not in ctx.names:
        i += 1  # "the Dubai"
    return doc[i] if i < len(doc) and i in ctx.names else None


def _adjacent_holder(p: Percent, ctx: Context) -> Token | None:
    """A name right before the percentage, across "with", "(", "the remaining" ... ("B with 35%")."""
    doc, floor = p.anchor.doc, p.floor
    i = p.start - 1
    while i > floor and doc[i].lower_ in ctx.lex.holder_gap_words:
        i -= 1
    return doc[i] if i >= floor and i in ctx.names else None


def holder_noun_owned(sent: Span, ctx: Context) -> set[str]:
    """Companies whose holders the sentence lists: "Y's shareholders include ...", "investors in Y"."""
    owned = set()
    for tok in sent:
        if tok.lemma_.lower() not in ctx.lex.holder_nouns:
            continue
        for child in tok.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i in ctx.names:
                owned.add(ctx.names[child.i])
        pobj = _pobj(tok, ctx.lex.object_preps)
        name = owned_of(pobj, ctx) if pobj is not None else None
        if name is not None:
            owned.add(name)
        if tok.dep_ == "dobj" and tok.head.lemma_ == "have":  # "Y has four shareholders: A (40%), ..."
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            name = name_of(subject, ctx) if subject is not None else None
            if name is not None:
                owned.add(name)
    # "Y is owned by A (50%) and B (50%)", "Y belongs to A (65%) and B (35%)", "Y is a joint venture of
    # A (60%) and B (40%)": the subject
    root = sent.root
    venture = any(c.dep_ == "attr" and c.lemma_.lower() in ctx.lex.company_nouns for c in root.children) \
        and root.lemma_ in ctx.lex.copula_verbs
    for verb in sent:
        lemma = verb.lemma_.lower()
        owned_by = lemma in ctx.lex.hold_verbs and any(c.dep_ == "auxpass" for c in verb.children) or \
            lemma in ctx.lex.belong_verbs and _pobj(verb, {"to"}) is not None
        if owned_by or venture and verb.i == root.i:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            name = name_of(subject, ctx) if subject is not None else None
            if name is not None:
                owned.add(name)
    return owned


# -- sentences and documents ---------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """A sentence's claims: complete ones, ones whose owned company lies in the context, and every
    owned company a claim named (also a claim without a named owner: "Deripaska's stake in Y")."""

    complete: list[Claim]
    pending: list[Claim]
    owned: frozenset[str]


def read_sentence(sent: Span, ctx: Context) -> Reading:
    """The claims of a sentence: rules first, then listed holders, then shared objects."""
    percents = find_percents(sent, ctx.lex)
    read = {p: read_percent(p, ctx) for p in percents}
    claims = [c for found in read.values() if found for c in found]
    framed = [c for c in claims if c.owner or c.owned]
    shared = holder_noun_owned(sent, ctx)
    words = [t for t in sent if not t.is_space and t.text != "("][:2]
    # "Founders: A – 75%", "(Shareholders): A 30%; B 70%", a table's cell "| Shareholders: A (65%), B (35%) |"
    fielded = len(words) == 2 and words[0].lower_ in ctx.lex.holder_fields and words[1].text in {":", "):"} or any(
        t.text == "|" for t in sent) and any(t.lower_ in ctx.lex.holder_fields and t.nbor().text == ":"
                                             for t in sent[:-1])
    if framed or shared or fielded:
        listed = (listed_holder(p, ctx) for p, found in read.items() if found is None)
        # a registry field's holders hold shares of the entry's company (see `_entry_name`)
        claims += [replace(c, pending="stakes") if fielded and c.owned is None and c.pending is None else c
                   for c in listed if c is not None]
    owned_claims = [c for c in claims if c.owned]
    complete, pending = [], []
    for claim in claims:
        if claim.rule == "listed_holder":
            source = _nearest(claim, framed)
            if source is not None:  # "X holds 66% of the company, Y 20% and Z the rest": Y's company is X's
                claim = replace(claim, status="former" if claim.status == "former" else source.status,
                                pending=claim.pending or (source.pending if source.owned is None else None))
        if claim.owned is None and claim.open_object and claim.pending is None:
            # the company of the nearest stake, also one told as "the listed company" ("X holds 12% in the
            # listed company, while Z sold its 15% stake")
            source = _nearest(claim, owned_claims + [c for c in claims if c.pending == "previous" and c.owner])
            if source is not None and source.owned is None:
                claim = replace(claim, pending="previous")
            elif source is not None:
                claim = replace(claim, owned=source.owned)
            elif len(shared) == 1:
                claim = replace(claim, owned=next(iter(shared)))
            else:  # "X holds 26% through a subsidiary": of the company the previous sentence gives stakes in
                claim = replace(claim, pending="stakes")
        if claim.owner and claim.owned and claim.owner != claim.owned:
            complete.append(claim)
        elif claim.owner and claim.owned is None and claim.pending is not None:
            pending.append(claim)
    return Reading(complete, pending, frozenset(c.owned for c in owned_claims))


def _nearest(claim: Claim, others: list[Claim]) -> Claim | None:
    """The claim closest before this one in the sentence, else the closest after it."""
    others = [o for o in others if o.percent is not claim.percent]
    before = [o for o in others if o.percent.start < claim.percent.start]
    if before:
        return max(before, key=lambda o: o.percent.start)
    return min(others, key=lambda o: o.percent.start) if others else None


def find_stakes(doc: Doc, lex: Lexicon) -> list[dict]:
    """All ownership rows of a Doc, one per (owner, owned, percent, status), as plain dicts."""
    starts = lex.unit_starts | {"50"} | lex.even_splits
    if not any(t.lower_ in starts or "%" in t.text for t in doc):
        return []
    names = {i: ent.kb_id_ or ent.text for ent in doc.ents if ent.label_ in LABELS for i in range(ent.start, ent.end)}
    ctx = Context(lex, names)
    ctx = replace(ctx, **_antecedents(doc, ctx))
    rows: dict[tuple, dict] = {}
    previous: tuple[Span, Reading] | None = None
    staked: tuple[str, int] | None = None  # the last company named as the object of a stake, and where
    for sent in _sentences(doc):
        empty = Reading([], [], frozenset())
        reading = read_sentence(sent, ctx) if any(t.lower_ in starts or "%" in t.text for t in sent) else empty
        claims = list(reading.complete)
        for claim in reading.pending:
            # an entry's field first: "(3) Y LLC\nOthers: 60% of the shares are held by X"
            owned = _entry_name(sent, ctx) or _context_owned(claim, (sent, reading), previous, ctx)
            if owned is None and claim.pending in {"stakes", "previous"} and staked and sent.start - staked[1] < 150:
                # "... the stake in Y. The seller, X, cut its holding to 19%" / "X owns 45% of the venture": Y
                owned = staked[0]
            if owned is None:
                owned = _holders_heading(sent, ctx)  # "Y has three shareholders: A holds 40%, B 35% ..."
            if owned is not None and owned != claim.owner:
                claims.append(replace(claim, owned=owned))
        # the last company a stake was stated in: "Y has four shareholders: A (40%) ... It cut its holding from
        # 70% to 40%" (in Y)
        stated = {c.owned for c in claims}  # (one company only: not "30% of Y and 5% of Z")
        staked = _stake_object(sent, ctx) or ((stated.pop(), sent.start) if len(stated) == 1 else None) or staked
        for claim in claims:
            key = (claim.owner, claim.owned, claim.percent.value, claim.status)
            rows.setdefault(key, to_row(claim, sent))
        previous = (sent, replace(reading, owned=reading.owned | {c.owned for c in claims}))
    return list(rows.values())


def _holders_heading(sent: Span, ctx: Context) -> str | None:
    """The company whose holders a sentence lists after a colon: "Y has three shareholders: ...",
    "Y is owned by three shareholders: ..."."""
    colon = next((t.i for t in sent if t.text == ":"), None)
    for tok in sent.doc[sent.start:colon] if colon is not None else ():
        if tok.lemma_.lower() not in ctx.lex.holder_nouns:
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.head.dep_ == "agent" else None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
        if subject is not None and subject.i in ctx.names:
            return ctx.names[subject.i]
    return None


def _entry_name(sent: Span, ctx: Context) -> str | None:
    """The company whose entry a field sentence belongs to: "(3) Y LLC" / "Address: ..." /
    "Others: 60% of the shares are held by X" -> Y. The field starts with a label ("Others:",
    "Founders:"); the entry is the paragraph or block of lines it is in, opened by Y; in a table,
    the row ("1042 | Y Co., Ltd. | Shareholders: A (65%), B (35%) | ...")."""
    if any(t.text == "|" for t in sent):
        return next((ctx.names[e.start] for e in sent.ents if e.label_ == "ORG" and e.start in ctx.names), None)
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return None
    text = doc_text(doc)
    # (or a later sentence of a field's line: "Other Information: (Ref): RUS2071. 51% owned by X.")
    line = text[text.rfind("\n", 0, first.idx) + 1:first.idx]
    labelled = ":" in [t.text for t in doc[first.i:first.i + 5]] and first.is_title or FIELD_LABEL.match(line)
    if not labelled:
        return None
    start = text.rfind("\n\n", 0, first.idx)
    block = doc.char_span(start + 2 if start >= 0 else 0, first.idx, alignment_mode="expand")
    ents = [e for e in block.ents if e.label_ == "ORG"] if block is not None else []
    return ctx.names.get(ents[0].start) if ents else None


def _stake_object(sent: Span, ctx: Context) -> tuple[str, int] | None:
    """The last company a sentence names as the object of a stake, with or without a number
    ("completed the purchase of the stake in Y", "its shares of Y")."""
    found = None
    for tok in sent:
        if _is_stake_noun(tok, ctx.lex):
            pobj = _pobj(tok, ctx.lex.object_preps)
            name = owned_of(pobj, ctx) if pobj is not None else None
            if name is not None:
                found = (name, tok.i)
    return found


def _sentences(doc: Doc) -> list[Span]:
    """The sentences, a sentence split off mid-clause joined back to the one before it: "... and the
    state-backed B (BB)" + "the remaining 75%." (a lower-case start after no final punctuation)."""
    sentences: list[Span] = []
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if sentences and first is not None and first.is_lower and first.is_alpha \
                and sentences[-1].text.rstrip()[-1:] not in {".", "!", "?", ":", ";"}:
            sentences[-1] = doc[sentences[-1].start:sent.end]
        else:
            sentences.append(sent)
    return sentences


def _clause_subjects(tok: Token, ctx: Context) -> set[str]:
    """The named subjects of the clauses a token is part of."""
    subjects = (_subject(a) for a in tok.ancestors if a.pos_ in {"VERB", "AUX"})
    return {name for name in (name_of(s, ctx) for s in subjects if s is not None) if name is not None}


def _antecedents(doc: Doc, ctx: Context) -> dict[str, dict[int, str]]:
    """What definite company nouns refer to. "the hotel company", "the exchange": the one company named
    earlier with that word; "the venture", "the project": the company last described with that noun
    ("The venture, Y, ...", "Y, the ... project", "Y is a joint venture"); "the company" as a subject:
    the one company the previous sentence names."""
    lex, names = ctx.lex, ctx.names
    orgs = [ent for ent in doc.ents if ent.label_ == "ORG" and ent.start in names]
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
        described += [(n.i, n.lemma_.lower(), name) for n in nouns if n.i not in names and n.tag_ in {"NN", "NNS"}]
    antecedents, subjects = {}, {}
    previous: Span | None = None
    for sent in doc.sents:
        for tok in sent:
            if tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.i == sent.start and previous is not None:
                # "Y operates 14 tankers. It is owned 60% by X": the previous sentence's named subject
                subject = next((t for t in previous if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"
                                and t.i in names and t.ent_type_ == "ORG"), None)
                if subject is not None:
                    subjects[tok.i] = names[subject.i]
                continue
            if not _definite_company(tok, ctx):
                continue
            lemma = tok.lemma_.lower()
            generic = lemma in lex.generic_company_nouns
            words = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.tag_ in {"NN", "NNS"}}
            words |= set() if generic else {tok.lower_, lemma}
            holders = _clause_subjects(tok, ctx)  # "X holds 17% of the cable maker" is not about X
            named = {names[e.start] for e in orgs if e.end <= tok.i and any(t.lower_ in words for t in e)} - holders
            # in its own sentence also a name with the noun itself: "Foo Pay LLC, 90% of which belongs to the
            # group", after "Foo Group JSC"
            here = {names[e.start] for e in orgs if sent.start <= e.start and e.end <= tok.i
                    and any(t.lower_ in words | {tok.lower_, lemma} for t in e)} - holders
            named = here if len(here) == 1 else named  # "... in Tolubai Bank, while the bank itself owns ..."
            prior = [d for d in described if d[0] < tok.i and d[1] == lemma and d[2] not in holders] \
                if not generic else []
            if len(named) == 1:
                antecedents[tok.i] = next(iter(named))
            elif prior:
                antecedents[tok.i] = max(prior)[2]
            elif previous is not None:
                companies = {names[t.i] for t in previous if t.i in names and t.ent_type_ == "ORG"}
                if len(companies) == 1:
                    subjects[tok.i] = next(iter(companies))
        previous = sent
    return {"antecedents": antecedents, "subjects": subjects}


def _context_owned(claim: Claim, current: tuple[Span, Reading], previous: tuple[Span, Reading] | None,
                   ctx: Context) -> str | None:
    """The owned company of a pending claim: the company restructured in this sentence or the
    previous one, or the company the previous sentence is about."""
    if claim.pending == "restructuring":
        for sent, reading in (current, previous) if previous is not None else (current,):
            if any(t.lemma_.lower() in ctx.lex.restructuring_nouns for t in sent):
                return restructured(sent, reading, ctx)
        return None
    if claim.pending == "previous":
        # "removed Y from its list after X sold its 49% stake in the company": Y, named before in the sentence
        sent, reading = current
        holders = {c.owner for c in [*reading.complete, *reading.pending]}
        before = {ctx.names[t.i] for t in sent if t.i < claim.percent.start and t.i in ctx.names
                  and t.ent_type_ == "ORG"} - holders
        if len(before) == 1:
            return next(iter(before))
        return topic(*previous, ctx) if previous is not None else None
    if claim.pending == "stakes" and previous is not None and len(previous[1].owned) == 1:
        return next(iter(previous[1].owned))  # "... 51% of Y. X holds 26% through a subsidiary": Y
    return None


def restructured(sent: Span, reading: Reading, ctx: Context) -> str | None:
    """The company a restructuring sentence is about: "the restructuring of Y", else the one company
    whose stakes it states, else its one named company."""
    for tok in sent:
        if tok.lemma_.lower() in ctx.lex.restructuring_nouns:
            pobj = _pobj(tok, {"of"})
            if pobj is not None and pobj.i in ctx.names:
                return ctx.names[pobj.i]
    if len(reading.owned) == 1:
        return next(iter(reading.owned))
    companies = {ctx.names[t.i] for t in sent if t.i in ctx.names and t.ent_type_ == "ORG"}
    return next(iter(companies)) if len(companies) == 1 else None


def topic(sent: Span, reading: Reading, ctx: Context) -> str | None:
    """The company a sentence is about: the one company whose stakes it states, else the one
    company it names (agencies aside); None when that is ambiguous."""
    if reading.owned:
        return next(iter(reading.owned)) if len(reading.owned) == 1 else None
    companies = {ctx.names[t.i] for t in sent if t.i in ctx.names and t.ent_type_ == "ORG"}
    return next(iter(companies)) if len(companies) == 1 else None


def to_row(claim: Claim, sent: Span) -> dict:
    """A claim in the shape of `schema.Ownership`; the evidence is the sentence, trimmed."""
    text = sent.text.strip()
    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    return {
        "owner": claim.owner, "owned": claim.owned, "percent": claim.percent.value,
        "status": claim.status, "via_subsidiary": claim.via_subsidiary,
        "evidence": {"start": start, "end": start + len(text), "text": text},
        "rule": claim.rule,
    }


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
