"""Rules for stake nouns and ownership verbs: "X owns/holds/acquired/sold (a) 51% (stake) in Y", "X's
stake in Y is 39.2%", "X becomes a shareholder with 10.55%", "B, a 45% shareholder in Y", "Y's largest
shareholder is X, with 15.1%"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .holders import _adjacent_holder, _distributed, _respective, with_holder
from .model import ANAPHORS, INSIDE_NOUN, ON_HOLDER, RELATIVES, Claim, Context, Percent
from .names import (
    _object,
    _parent_through,
    _relative_through,
    _through_subsidiary,
    holder_of,
    name_of,
    named_unit_of,
    owned_of,
)
from .percents import _number_value
from .status import _holder_exits, _sale_completed, is_former, is_unasserted
from .syntax import _clause, _governing_verb, _is_stake_noun, _pobj, _subject


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
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in lex.change_from_preps and anchor.head.head.dep_ == "pobj" \
            and anchor.head.head.head.lower_ in lex.change_preps \
            and anchor.head.head.head.head.lemma_.lower() in lex.change_verbs:
        verb = anchor.head.head.head.head  # "to 49 percent from 30 percent", with "from" hung on the new level
    elif anchor.dep_ == "pobj" and anchor.head.lower_ in lex.change_preps and anchor.head.head.lower_ in lex.stake_nouns \
            and anchor.head.head.dep_ == "dobj" and anchor.head.head.head.lemma_.lower() in lex.change_verbs:
        verb = anchor.head.head.head  # "lifting X's holding to 80.1%", with "holding" parsed as a verb
    else:
        return None
    # (also passive: "X's stake in Y was diluted to 8.3% from 14.1%")
    stake = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                  and (_is_stake_noun(c, lex) or c.tag_ == "VBG" and c.lower_ in lex.stake_nouns)), None)
    if stake is None and verb.dep_ == "relcl" and _is_stake_noun(verb.head, lex) and any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children):
        stake = verb.head  # "it doubled the holding, which now stands at 18%"
        verb = stake.head if stake.dep_ == "dobj" else verb
    if stake is None:
        return None
    # "cut its holding from 90%": the level it left; but "from 20% to 35%" parses as one range, ending at 35%
    left = anchor.head.lower_ in lex.change_from_preps and not any(
        c.lower_ in lex.change_preps for n in anchor.children for c in (n, *n.children))
    planned = is_unasserted(verb, lex)
    if planned and not left:
        return []  # (but "would raise its holding to 33.4% from 19.9%": the level it holds now)
    # (the possessor when named: "sold the block to X, lifting X's holding to 67%", also as the subject of
    # "holding" parsed as a verb)
    poss = next((c for c in stake.children if c.dep_ == "poss" or c.dep_ == "nsubj" and stake.tag_ == "VBG"), None)
    holder = _subject(verb) if stake.dep_ == "dobj" and (poss is None or poss.pos_ == "PRON") else poss
    owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
    owned, open_object, pending = _object(ctx, stake, verb)  # "cut its holding in Y", either attachment
    if holder is None and owned is None and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"}
                                                for c in stake.children):
        # "X bought into Y in 2019. ... The holding now stands at 24%": the stake the text told of
        return [Claim(p, "restated_stake", None, None, pending="holding")]
    if owned is None and holder is not None:
        # "Y is owned by X, which cut its holding (in the company) to 51%"; "its owner, X, cut its stake to 25%"
        owned = _owned_by_agent(holder, ctx) or _shareholder_of(holder, ctx)
    status = "current" if planned else "former" if left or is_former(lex, verb, stake) else "current"
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


def _ratio(p: Percent, ctx: Context) -> list[Claim] | None:
    """A holding's size told as a ratio (translated filings): "X shareholding ratio is 30%", "the largest
    shareholder is X, the shareholding ratio is 30.12%": the name in the subject, else the last name before."""
    lex, anchor = ctx.lex, p.anchor
    if anchor.dep_ != "attr" or anchor.head.lemma_ != "be":
        return None
    subject = next((c for c in anchor.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex.ratio_nouns
                    and any(m.dep_ in {"compound", "amod"} and m.lower_ in lex.stake_nouns for m in c.children)), None)
    if subject is None:
        return None
    holder = next((t for t in subject.subtree if t.i in ctx.names), None) or next(
        (t for t in reversed(anchor.doc[anchor.sent.start:subject.i]) if t.i in ctx.names), None)
    if holder is None:
        return None
    return [Claim(p, "holding_ratio", ctx.names[holder.i], None, open_object=True)]


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
            with_holder(p, ctx) is not None or \
            (anchor.dep_ in {"conj", "appos"} and _adjacent_holder(p, ctx) is not None) or \
            (anchor.dep_ == "dobj" and _adjacent_holder(p, ctx) is not None and p.start > anchor.head.i + 1):
        return None  # a holder's share in a list ("B 35%", "and C the remaining 25%"): see `listed_holder`
    if anchor.dep_ == "appos" and anchor.head.pos_ == "NOUN" and anchor.head.i < p.start \
            and anchor.head.i not in ctx.names and all(t.lower_ in lex.holder_gap_words
                                                       for t in anchor.doc[anchor.head.i + 1:p.start]):
        return []  # "... and the company's founders the remaining 35%": an unnamed holder's share
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
    if noun and poss is not None and not (stake.dep_ == "pobj" and stake.head.lower_ in {"through", "via"}):
        # (not "X controls Y through its 75% stake": see `_stake_beside`)
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
        return _largest_shareholder(p, ctx, anchor.head)
    share = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if share is not None and _is_stake_noun(share, lex) and share.dep_ == "pobj" and share.head.lower_ == "with":
        return _largest_shareholder(p, ctx, share.head)  # "... with a share of 85%" (translated)
    noun = anchor.head if anchor.dep_ in INSIDE_NOUN else None
    if noun is None:
        return None
    if _is_stake_noun(noun, lex) and noun.dep_ == "pobj" and noun.head.lower_ == "with" and (
            noun.head.head.lemma_.lower() in lex.holder_nouns or noun.head.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex.holder_nouns for c in noun.head.head.children)):
        # "Y's largest shareholder, with a 29.6% stake, is X", "Y, whose largest shareholder is X with a 14.2% stake"
        # (when it names the company; else as below: "the carmaker's second shareholder is X, with a 25% interest")
        claims = _largest_shareholder(p, ctx, noun.head)
        if claims and all(c.owned for c in claims):
            return claims
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


def _largest_shareholder(p: Percent, ctx: Context, with_tok: Token) -> list[Claim] | None:
    """"Y's largest shareholder is X, with 15.1%" / "Y, whose largest shareholder, with 31%, is X":
    the holder is the copula's complement, the company the possessor of "shareholder"; "Y belongs to X
    with a share of 85%"; "X was the biggest shareholder with 42.5%" (of the company of the sentence's
    other stakes)."""
    verb = with_tok.head
    if verb.dep_ == "attr" and verb.head.lemma_ == "be" and verb.lemma_.lower() not in ctx.lex.holder_nouns:
        verb = verb.head  # "the main owner of Y is X with the share of 74 percent", "with" hung on X
    if verb.lemma_.lower() in ctx.lex.belong_verbs and _pobj(verb, {"to"}) is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or is_unasserted(verb, ctx.lex):
            return None
        owner, via = holder_of(_pobj(verb, {"to"}), ctx)
        status = "former" if is_former(ctx.lex, verb) else "current"
        return [Claim(p, "belongs_with_share", owner, owned_of(subject, ctx), status=status, via_subsidiary=via)]
    noun = verb if verb.lemma_.lower() in ctx.lex.holder_nouns else None  # "with 31%" on "shareholder"
    if noun is not None and noun.dep_ == "attr":  # "X is the largest shareholder of Y, with 30%"
        verb, noun = noun.head, None
    of = _pobj(noun, ctx.lex.object_preps) if noun is not None and noun.dep_ == "appos" else None
    if of is not None and noun.head.i in ctx.names and of.i in ctx.names and not is_unasserted(noun.head.head, ctx.lex):
        # "X, the largest shareholder in Y with 29.9%, ...": the name the description is in apposition to
        owner, via = holder_of(noun.head, ctx)
        status = "former" if is_former(ctx.lex, noun) else "current"
        return [Claim(p, "largest_shareholder", owner, owned_of(of, ctx), status=status, via_subsidiary=via)]
    if noun is not None and noun.dep_ in {"nsubj", "appos"}:
        # "Y, whose largest shareholder, with 31%, is X" is parsed with "shareholder" beside Y
        verb = noun.head if noun.dep_ == "nsubj" else noun.head.head
    if verb.lemma_ != "be":
        return None
    subject = noun or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:  # "According to X, the main owner of Y is Z ...", the owner parsed in apposition to X
        doc = verb.doc
        subject = next((doc[i] for i in range(verb.i - 1, max(verb.i - 12, 0), -1) if doc[i].dep_ == "appos"
                        and doc[i].lemma_.lower() in ctx.lex.holder_nouns and _pobj(doc[i], ctx.lex.object_preps)), None)
    if subject is not None and subject.lemma_.lower() not in ctx.lex.holder_nouns:  # "Y Co., Ltd.'s shareholders"
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.lemma_.lower() in ctx.lex.holder_nouns),
                       subject)
    # (the complement, also parsed as a second subject: "the main owner of Y is X with the share of 51%")
    holder = next((c for c in verb.children if c.dep_ == "attr" or c.dep_ == "nsubj" and c.i > verb.i), None)
    if holder is None and verb.i + 1 < len(verb.doc) and verb.i + 1 in ctx.names:
        holder = verb.doc[verb.i + 1]  # "... is X Co., Ltd.; Y owns 15%": the name parsed as the next clause's subject
    who = _subject(verb) if noun is None else None
    if who is not None and holder is not None and holder.lemma_.lower() in ctx.lex.holder_nouns \
            and who.lemma_.lower() not in ctx.lex.holder_nouns and not is_unasserted(verb, ctx.lex):
        owner, via = holder_of(who, ctx)  # "X was the biggest shareholder (of Y) with 42.5%"
        of = _pobj(holder, ctx.lex.object_preps)
        owned = owned_of(of, ctx) if of is not None else None
        status = "former" if is_former(ctx.lex, verb) else "current"
        return [Claim(p, "largest_shareholder", owner, owned, owned is None, status, via)]
    if subject is None or holder is None or subject.lemma_.lower() not in ctx.lex.holder_nouns:
        return None
    poss = next((c for c in subject.children if c.dep_ == "poss"), None) or _pobj(subject, ctx.lex.object_preps)
    if poss is not None and poss.lower_ == "whose" and subject.dep_ == "appos":
        poss = subject.head
    elif poss is not None and poss.lower_ == "whose" and verb.dep_ == "relcl":
        poss = verb.head  # "Y, whose largest shareholder is X with a 14.2% stake"
    if poss is None or is_unasserted(verb, ctx.lex):
        return None
    adjacent = _adjacent_holder(p, ctx)
    if adjacent is not None and ctx.names[adjacent.i] in {ctx.names.get(t.i) for c in holder.conjuncts for t in c.subtree}:
        holder = adjacent  # "Y's largest shareholders are A, with 30%, and B, with 12%": B's is the second
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
    if unasserted and (not disposed or not noun):
        return []  # (nor a block a holder only agreed to sell: "agreed to sell 20% of Y to Z, but the deal was abandoned")
    holder = _agent(verb, ctx) if stake.dep_ == "nsubjpass" else _subject(verb) or poss
    # "Y is jointly owned by A and B, holding 40% and 60% respectively": the agents of the passive hold
    owned_by = verb.head if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"} and \
        verb.head.lemma_.lower() in lex.participle_verbs and _pobj(verb.head, {"by"}) is not None else None
    if owned_by is None and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"} and holder is None:
        # (however "holding" is attached: the last such participle before it)
        owned_by = next((t for t in reversed(stake.doc[verb.sent.start:verb.i]) if t.tag_ == "VBN"
                         and t.lemma_.lower() in lex.participle_verbs and _pobj(t, {"by"}) is not None), None)
    if owned_by is not None and (holder is None or holder.lower_ not in ANAPHORS):
        holder = _pobj(owned_by, {"by"})
    holder = _respective(holder, stake) if holder is not None else None
    named_unit = named_unit_of(ctx, holder, verb, stake)
    if holder is not None and named_unit is not None:
        holder = named_unit  # "X holds 51.2% of Y through Z B.V., a Dutch unit": the named subsidiary's (decision 39)
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
    through = (holder is None or holder is not named_unit) and (_through_subsidiary(ctx, verb, stake) or _relative_through(
        ctx, holder, stake, _pobj(stake, lex.object_preps)))  # (the named unit holds it itself)
    holders = _distributed(holder, verb, stake, p, ctx) if holder is not None else None
    if holders:
        claims = [Claim(p, rule + "_each", owner, owned, open_object, status, via or through, pending)
                  for owner, via in holders]
    else:
        owner, via = holder_of(holder, ctx) if holder is not None else (None, False)
        if owner is None and holder is not None and holder.lower_ == "it" and owned is not None:
            # "X and its subsidiary Y, in which it holds 65%" however parsed: the company named before, not Y
            owner = next((ctx.names[t.i] for t in reversed(holder.doc[holder.sent.start:holder.i])
                          if t.i in ctx.names and t.ent_type_ == "ORG" and ctx.names[t.i] != owned), None)
        claims = [Claim(p, rule, owner, owned, open_object, status, via or through, pending)]
    if not unasserted:  # "X bought 23% of Y from Z"
        claims += _sellers(p, ctx, owned, open_object, pending, verb)
    if disposed and not unasserted:
        claims += _recipient(p, ctx, owned, verb)
    return claims


def _recipient(p: Percent, ctx: Context, owned: str | None, verb: Token) -> list[Claim]:
    """ "X transferred 60% of Y to Z and kept the remaining 40%" (or "... and the other 40% to W"): the
    split that results is stated, so Z holds the 60% (gold decision 53; a sale's buyer alone gets no
    row, decision 31)."""
    buyer = _pobj(verb, {"to"})
    kept = any(c.dep_ == "conj" and c.lemma_.lower() in ctx.lex.retain_verbs for c in verb.children)
    if buyer is None or not (kept or any(_gapped_recipient(c, ctx) for c in buyer.children if c.dep_ == "conj")):
        return []
    owner, via = holder_of(buyer, ctx)
    return [Claim(p, "transferred_to", owner, owned, owned is None, "current", via)]


def _gapped_recipient(anchor: Token, ctx: Context) -> Token | None:
    """The name after "to" of a share with its verb gapped: "... to Z and the other 49% to W"."""
    doc = anchor.doc
    if anchor.text not in {"%", "percent"} or anchor.i + 2 >= len(doc) or doc[anchor.i + 1].lower_ != "to":
        return None
    return next((c for c in doc[anchor.i + 1].children if c.dep_ == "pobj" and c.i in ctx.names), None)


def _gapped_transfer(p: Percent, ctx: Context) -> list[Claim] | None:
    """The second share of a transfer with its verb gapped: "X transferred 51% of Y to Z and the other 49%
    to W" gives X 49 former and W 49 current (gold decision 53)."""
    anchor = p.anchor
    recipient = _gapped_recipient(anchor, ctx) if anchor.dep_ == "conj" else None
    first_to = anchor.head.head if recipient is not None else None
    if first_to is None or first_to.lower_ != "to" or first_to.dep_ != "prep":
        return None
    verb = first_to.head
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() not in ctx.lex.dispose_verbs or first is None or is_unasserted(verb, ctx.lex):
        return None
    owned, open_object, pending = _object(ctx, first, verb)
    subject = _subject(verb)
    seller, via = holder_of(subject, ctx) if subject is not None else (None, False)
    owner, recipient_via = holder_of(recipient, ctx)
    return [Claim(p, "sold_percent", seller, owned, open_object, "former", via, pending),
            Claim(p, "transferred_to", owner, owned, open_object, "current", recipient_via, pending)]


def _sellers(p: Percent, ctx: Context, owned: str | None, open_object: bool, pending: str | None,
             *verbs: Token) -> list[Claim]:
    """The former holders of a stake bought from them: "which it bought from Z" (Z held the same stake)."""
    claims = []
    for verb in verbs:
        if verb.lemma_.lower() not in ctx.lex.acquire_verbs or is_unasserted(verb, ctx.lex):
            continue
        seller = _pobj(verb, ctx.lex.seller_preps)
        if seller is None:  # "bought a 5% stake in Y from X", with "from X" hung on the stake or on Y
            seller = next((c for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ctx.lex.seller_preps
                           and (t.head.i in ctx.names or t.head.head.i == verb.i)
                           for c in t.children if c.dep_ == "pobj"), None)
        name = holder_of(seller, ctx)[0] if seller is not None else None
        if name is not None:
            claims.append(Claim(p, "bought_from", name, owned, open_object, "former", pending=pending))
    return claims


def _agent(verb: Token, ctx: Context) -> Token | None:
    """A passive's agent, also a named one the parser hung lower ("51% has been held since the
    company's founding by X", with "by" on "founding"), and a unit's name after it ("by its arm, X")."""
    agent = _pobj(verb, {"by"})
    if agent is None:
        agent = next((c for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" for c in t.children
                      if c.dep_ == "pobj" and c.i in ctx.names), None)
    doc = verb.doc
    if agent is not None and agent.i not in ctx.names and agent.lemma_.lower() in ctx.lex.subsidiary_nouns \
            and agent.i + 2 < len(doc) and doc[agent.i + 1].text == "," and agent.i + 2 in ctx.names:
        agent = doc[agent.i + 2]  # "held by its Moscow trading arm, X", X hung elsewhere: the unit's name
    return agent


def _owned_by_agent(holder: Token, ctx: Context) -> str | None:
    """"Y is controlled by X, which holds 70 percent of shares": Y, when the holder is a relative
    pronoun whose antecedent is the agent of an ownership participle or the parent of "a subsidiary of"."""
    if holder.lower_ not in RELATIVES:
        return None
    clause = next((a for a in holder.ancestors if a.dep_ == "relcl"), None)
    agent = clause.head if clause is not None else None
    if agent is not None and agent.dep_ == "pobj" and agent.head.lower_ == "of" and \
            agent.head.head.lemma_.lower() in ctx.lex.subsidiary_nouns:
        # "Y is a subsidiary of X, which owns a 90% stake", "Y, a subsidiary of X, which holds 90%"
        unit = agent.head.head
        owned = unit.head if unit.dep_ == "appos" else next(
            (c for c in unit.head.children if c.dep_ == "nsubj"), None) if unit.dep_ == "attr" else None
        return name_of(owned, ctx) if owned is not None else None
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
            if poss is not None and poss.lower_ in {"its", "their"}:
                # "Y was delisted after its owner, X, cut its stake": the one company named before in the
                # sentence; "Y said ... . Its largest shareholder, X, owns 29.9%": in the sentence before
                sent = poss.sent
                companies = {ctx.names[t.i] for t in sent if t.i < poss.i and t.i in ctx.names and t.ent_type_ == "ORG"}
                if not companies and sent.start > 0:
                    before = holder.doc[sent.start - 1].sent
                    companies = {ctx.names[t.i] for t in before if t.i in ctx.names and t.ent_type_ == "ORG"}
                if len(companies) == 1:
                    return next(iter(companies))
    return None


def _share_count(p: Percent, ctx: Context) -> list[Claim] | None:
    """A holding told as a number of shares and what part of the capital they are (exchange filings):
    "X holds 420,000,000 Shares, representing 18.40% of the issued Shares of Y", "X was interested in N
    Shares, representing approximately 51.32% of the share capital of Y", "X holds N shares of Y,
    accounting for 38.62% of its total share capital"."""
    lex, anchor = ctx.lex, p.anchor
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else anchor.head
    if anchor.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in lex.proportion_verbs \
            or verb.dep_ not in {"acl", "advcl", "xcomp"}:
        return None
    shares = verb.head if verb.head.lemma_.lower() in lex.security_nouns else next(
        (t for t in verb.head.subtree if t.lemma_.lower() in lex.security_nouns and t.i < verb.i
         and any(c.like_num for c in t.children)), None)  # ("holds N shares ..., accounting for")
    if shares is None:
        return None
    holding = shares.head.head if shares.dep_ == "pobj" else shares.head  # ("interested in N Shares")
    if holding.lemma_.lower() not in lex.hold_verbs and holding.lower_ != "interested":
        return None  # (not "to sell 4,900 shares in Y, representing 49% of its capital": a sale)
    holder = _subject(holding) or (_subject(holding.head) if holding.dep_ == "acomp" else None)  # ("was interested")
    if holder is None:
        return None
    if is_unasserted(holding, lex):
        return []
    owner, via = holder_of(holder, ctx)
    owned, open_object, pending = _object(ctx, anchor)
    if owned is None or owned == owner:  # "... of its total share capital": the company whose shares they are
        of = _pobj(shares, lex.object_preps)
        owned = owned_of(of, ctx) if of is not None else None
        open_object = owned is None
    status = "former" if is_former(lex, holding) else "current"
    return [Claim(p, "share_count", owner, owned, open_object, status, via, pending)]
