"""Several holders of one stake: listed holders ("A 40%, B 35%", "A (40%)", "the remaining 49% - to
B"), holders that each hold the stake ("A, B and C each own 10%") or hold it respectively, and the
companies whose holders a sentence lists."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .model import INSIDE_NOUN, ON_HOLDER, PASSIVE_AUXILIARIES, RELATIVES, Claim, Context, Percent
from .names import _object, _relative_through, company_before, holder_of, name_before, name_of, name_root, owned_of
from .status import is_former
from .syntax import _is_stake_noun, _pobj


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
    if len(holders) == 1 and holder.lower_ in RELATIVES and holder.head.dep_ == "relcl":
        # "owned by A and B, which hold 30% and 70% respectively": the names the clause is about (however
        # the parser joined them)
        clause = {t.i for t in holder.head.subtree}
        named = holder.head.head
        while named.dep_ == "conj":  # (the clause hangs on the last name: from the first)
            named = named.head
        holders = [t for t in named.subtree if t.i not in clause and t.ent_iob_ == "B"
                   and t.ent_type_ in {"ORG", "AGENCY"}]
    if len(holders) == 1:  # "A and B" parsed as one name phrase (A hung inside B)
        named = [t for t in holder.subtree if t.ent_iob_ == "B" and t.ent_type_ in {"ORG", "AGENCY"}]
        holders = named if len(named) > 1 else holders
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
    else:  # "A, with 62%", else the name right before the share
        holder = with_holder(p, ctx) or adjacent
    doc = anchor.doc
    if holder is None or any(t.text == ";" for t in doc[min(holder.i, anchor.i):max(holder.i, anchor.i)]):
        return None  # (a list's items end at semicolons: "B - 19.9%; free float - 41.7%")
    if anchor.i + 2 < len(doc) and doc[anchor.i + 1].lower_ == "by":
        # "owned 51% by A and 49% by B": the holder after "by", not the name before the share
        holder = name_root(doc[anchor.i + 2], ctx) if anchor.i + 2 in ctx.names else None
        if holder is None or holder.dep_ == "poss":
            return None  # "and 11% by A's parent, B": see `_further_agents`
    stake = anchor.head if anchor.dep_ in INSIDE_NOUN and _is_stake_noun(anchor.head, ctx.lex) else anchor
    owned, open_object, pending = _object(ctx, stake)
    # "had been held by B until 2022": the participle before the holder tells its status
    former = after is not None and after.i >= 2 and is_former(ctx.lex, after.doc[after.i - 2])
    return Claim(p, "listed_holder", ctx.names[holder.i], owned, open_object, "former" if former else "current",
                 via_subsidiary=_relative_through(ctx, stake), pending=pending)


def named_as_owner(p: Percent, ctx: Context) -> list[Claim] | None:
    """ "Its filing lists X, a Dubai investment company, as the owner of 60%" (read off the surface, as
    parses of it vary): the name before "as"; the company is the record's or the one the text is about."""
    doc = p.anchor.doc
    words = [t.lower_ for t in doc[max(p.start - 4, 0):p.start]]
    if not words or words[-1] != "of" or "as" not in words or not any(
            t.lemma_.lower() in ctx.lex.holder_nouns for t in doc[max(p.start - 3, 0):p.start - 1]):
        return None
    as_ = max(i for i in range(max(p.start - 4, 0), p.start) if doc[i].lower_ == "as")
    holder = name_before(doc, as_, ctx)  # (also past an apposition: "X, a Dubai investment company, as")
    return [Claim(p, "named_as_owner", ctx.names[holder.i], None, pending="previous")] if holder is not None else None


def holder_share(p: Percent, ctx: Context) -> list[Claim] | None:
    """ "X and its 51% shareholder, Y", "X's 51% owner Y": the holder noun's name holds the share of its
    possessor."""
    noun = p.anchor.head
    if p.anchor.dep_ not in INSIDE_NOUN or noun.lemma_.lower() not in ctx.lex.holder_nouns:
        return None
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    named = next((c for c in noun.children if c.dep_ in {"appos", "compound"} and c.i > noun.i and c.i in ctx.names),
                 None)
    owned = name_of(possessor, ctx) if possessor is not None else None
    if possessor is not None and possessor.lower_ == "whose":
        # "Y, whose 33.4% shareholder(,) X(,) was listed": the name right after the noun, however it was parsed
        doc = noun.doc
        after = noun.i + 2 if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," else noun.i + 1
        named = named or (doc[after] if after in ctx.names else None)
        before = name_before(doc, possessor.i, ctx)
        owned = ctx.names[before.i] if before is not None else None
    if owned is None and possessor is not None and possessor.lower_ in {"its", "their"}:
        # ("X and its 51% shareholder, Y": the company named before in the sentence)
        owned = company_before(possessor, ctx)
    if named is None or owned is None or ctx.names[named.i] == owned:
        return None
    return [Claim(p, "holder_share", ctx.names[named.i], owned)]


def with_holder(p: Percent, ctx: Context) -> Token | None:
    """The name a share "with N%" hangs on: "A, with 62%", "the utility B, with 38%"."""
    anchor = p.anchor
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with" or any(c.dep_ == "acl" for c in anchor.children):
        return None  # (not "..., with the remaining 51% held through a subsidiary of B")
    # the name right before, also past its apposition ("A with 49%, B, the arm of C, with 36%": "with" hung on
    # a noun before both)
    named = name_before(anchor.doc, anchor.head.i, ctx)
    if named is not None:
        return named
    noun = anchor.head.head
    if noun.i in ctx.names:
        return noun
    return next((c for c in noun.children if c.dep_ == "appos" and c.i in ctx.names), None)


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
    after "by" in a gapped passive: "owned 51% by A and 49% by B";
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
    if i + 1 < len(doc) and doc[i].lower_ == "by" and i + 1 in ctx.names:
        return doc[i + 1]  # "owned 51% by A and 49% by B", the second share gapped
    gapped = i + 1 < len(doc) and doc[i].lower_ == "to" and any(  # "... belongs to A, and the remaining 49% to B"
        t.lemma_.lower() in ctx.lex.belong_verbs for t in doc[p.anchor.sent.start:p.start])
    dashed = i + 1 < len(doc) and doc[i].text in {"-", "–", "—"} and doc[i + 1].lower_ == "to"
    if not (gapped or dashed):
        return None
    i += 1 if gapped else 2
    while i < min(len(doc), p.anchor.i + 7) and i not in ctx.names:
        i += 1  # "the Dubai"
    return doc[i] if i < len(doc) and i in ctx.names else None


def _adjacent_holder(p: Percent, ctx: Context) -> Token | None:
    """A name right before the percentage, across "with", "(", "the remaining" ... ("B with 35%")."""
    doc, floor = p.anchor.doc, p.floor
    i = p.start - 1
    # (also across the comma of "A, with 62%, and B, with 38%")
    while i > floor and (doc[i].lower_ in ctx.lex.holder_gap_words or doc[i].text == "," and doc[i + 1].lower_ == "with"):
        i -= 1
    if i > floor and doc[i].text == ",":  # "B, a Maltese consultancy, 25%": the name before its description
        j = next((j for j in range(i - 1, max(floor, i - 8), -1) if doc[j].text == ","), None)
        if j is not None and doc[j + 1].lower_ in {"a", "an"} and j - 1 in ctx.names:
            i = j - 1
    if i - 2 > floor and doc[i].ent_type_ == "GPE" and doc[i - 1].lower_ == "of" and i - 2 in ctx.names \
            and i not in ctx.names:
        i -= 2  # "Toyo Kisen Kaisha, Ltd. of Japan (20%)": the name before its country
    return doc[i] if i >= floor and i in ctx.names else None


def holder_noun_owned(sent: Span, ctx: Context) -> set[str]:
    """Companies whose holders the sentence lists: "Y's shareholders include ...", "investors in Y"."""
    owned = set()
    for tok in sent:
        if tok.lemma_.lower() not in ctx.lex.holder_nouns:
            continue
        # (also the possessor of the noun it describes: "Its shareholder structure ...")
        whose = [c for c in tok.head.children if c.dep_ == "poss"] if tok.dep_ == "compound" else []
        for child in [*tok.children, *whose]:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i in ctx.names:
                owned.add(ctx.names[child.i])
            elif child.dep_ == "poss" and child.i in ctx.subjects:  # "Its shareholders are ...": the last subject
                owned.add(ctx.subjects[child.i])
            elif child.dep_ == "poss" and child.i in ctx.antecedents:  # "the airline's shareholders are ..."
                owned.add(ctx.antecedents[child.i])
            elif child.lower_ == "whose" and tok.head.dep_ == "relcl" and tok.head.head.i in ctx.names:
                owned.add(ctx.names[tok.head.head.i])  # "Y, whose shareholders are: A, 50%; B, 30%"
        pobj = _pobj(tok, ctx.lex.object_preps)
        name = owned_of(pobj, ctx) if pobj is not None else None
        if name is not None:
            owned.add(name)
        if tok.dep_ == "dobj" and tok.head.lemma_ == "have":  # "Y has four shareholders: A (40%), ..."
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            name = name_of(subject, ctx) if subject is not None else None
            if name is not None:
                owned.add(name)
    # a record of the company that lists holders: "Y's entry in the register lists three participants: ...",
    # "Tobol's accounts show A with 74% and B with 26%", "The licence names two shareholders: ..." (the company
    # the sentence before is about)
    for verb in sent:
        if verb.lemma_.lower() not in ctx.lex.record_verbs:
            continue
        record = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ctx.lex.record_nouns), None)
        if record is not None and any(c.dep_ == "dobj" for c in verb.children):  # (not "..., the filings show")
            owner = next((c for c in record.children if c.dep_ == "poss"), None)
            name = name_of(owner, ctx) if owner is not None else _previous_subject(sent, ctx)
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


def _previous_subject(sent: Span, ctx: Context) -> str | None:
    """The named subject of the sentence before: the company a record without a possessor is of."""
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    return next((ctx.names[t.i] for t in previous if t.dep_ in {"nsubj", "nsubjpass"} and t.i in ctx.names), None)


SPLIT = re.compile(r"^(\d{1,2})[-/:](\d{1,2})$")


def venture_splits(sent: Span, ctx: Context) -> list[Claim]:
    """ "Y, a 60-40 joint venture between A and B" / "Y is a 50-50 venture of A and B" / "A and B set up a
    60-40 joint venture, Y": the split gives the holders their shares in the order they are named."""
    if not any(t.lower_ in ctx.lex.venture_nouns for t in sent):
        return []
    doc = sent.doc
    claims = []
    for tok in sent:
        split = SPLIT.match(tok.text) if tok.i + 1 < sent.end else None
        if split is None and tok.like_num and tok.i + 2 < sent.end and doc[tok.i + 1].text in {"-", "/", ":"}:
            split = SPLIT.match(tok.text + "-" + doc[tok.i + 2].text)
        if split is None or int(split.group(1)) + int(split.group(2)) != 100:
            continue
        end = tok.i + (1 if SPLIT.match(tok.text) else 3)
        noun = next((t for t in doc[end:min(end + 3, sent.end)] if t.lower_ in ctx.lex.venture_nouns), None)
        pobj = _pobj(noun, {"between", "of"}) if noun is not None else None
        holders = [n for t in ([pobj, *pobj.conjuncts] if pobj is not None else []) if (n := name_of(t, ctx))]
        if pobj is not None and len(set(holders)) == 1:  # "between A and B Inc." with the last name cut off
            holders = list(dict.fromkeys(ctx.names[t.i] for t in doc[pobj.i:sent.end] if t.i in ctx.names))[:2]
        owned = None if noun is None else noun.head if noun.dep_ == "appos" else next(
            (c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else next(
            (c for c in noun.children if c.dep_ == "appos"), None) if noun.dep_ == "dobj" else None
        if pobj is None and noun is not None and noun.dep_ in {"dobj", "appos"}:
            # "A and B set up a 60-40 joint venture, Y" / "A and B formed Y, a 60-40 venture": the founders
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.head.dep_ == "dobj" else None
            founders = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            holders = [n for f in founders[:1] for t in [f, *f.conjuncts] if (n := name_of(t, ctx))]
        name = name_of(owned, ctx) if owned is not None else None
        if name is None or len(set(holders)) != 2 or name in holders:
            continue
        for holder, value in zip(holders, (split.group(1), split.group(2))):
            percent = Percent(float(value), tok, tok.i, floor=sent.start)
            claims.append(Claim(percent, "venture_split", holder, name))
    return claims
