"""Rules for stakes told from the owned company's side: participles ("Y, 51% owned by X", "Y is owned
35% by A, 45% by B"), "Y is a 51% subsidiary of X", and "49% of Y belongs to X"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .model import ADVERBIAL, INSIDE_NOUN, Claim, Context, Percent
from .names import (
    _named_child,
    _object,
    _relative_through,
    _through_subsidiary,
    company_before,
    holder_of,
    name_of,
    name_root,
    named_unit_of,
    owned_of,
)
from .percents import _number_value
from .status import is_former, is_unasserted
from .syntax import _clause, _is_stake_noun, _pobj


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


def _as_to_by(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y is owned as to 49% by A, as to 35% by the Purchaser and as to 16% by C" (Hong Kong filings),
    however the parser hung the shares: each share is followed by its holder. A holder with no name
    ("as to 30% by an individual") gives no row."""
    doc = p.anchor.doc
    by = next((i for i in range(p.start + 1, min(p.start + 4, len(doc) - 1)) if doc[i].lower_ == "by"), None)
    if by is None or p.start < 2 or [t.lower_ for t in doc[p.start - 2:p.start]] != ["as", "to"] \
            or any(t.is_alpha and not any(t.lower_ in unit for unit in ctx.lex.units) for t in doc[p.start + 1:by]):
        return None
    verb = next((t for t in reversed(doc[p.floor:p.start]) if t.tag_ == "VBN"
                 and t.lemma_.lower() in ctx.lex.participle_verbs), None)
    if verb is None:
        return None
    if is_unasserted(verb, ctx.lex):
        return []
    holder = doc[by + 2] if doc[by + 1].lower_ == "the" and by + 2 < len(doc) else doc[by + 1]
    if holder.i not in ctx.names:
        return []
    owned_tok = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if owned_tok is None and verb.dep_ in {"acl", "appos"}:
        owned_tok = verb.head  # "Y, owned as to 70% by X"
    owned = owned_of(owned_tok, ctx) if owned_tok is not None else None
    status = "former" if is_former(ctx.lex, verb) else "current"
    return [Claim(p, "percent_owned_by", ctx.names[holder.i], owned, owned is None, status)]


def _participle(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y, 51% owned by X", "Y is 51%-owned by X", "Y is owned 60% by X", "X 100 percent owns Y",
    "Y was 49% held by X", "Y is 50-50 owned by A and B"."""
    lex, anchor = ctx.lex, p.anchor
    verb = anchor if p.participle else anchor.head
    held = next((c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in lex.participle_verbs and _pobj(c, {"by"}) is not None), None)
    beside = held is not None and anchor.dep_ == "pobj" and anchor.head.lower_ == "with"
    # "Y, 34% owned by X, was listed", with the share parsed as the subject: it stands beside Y
    edge = anchor.left_edge.i
    named_before = anchor.doc[edge - 2] if edge >= 2 and anchor.doc[edge - 1].text == "," \
        and edge - 2 in ctx.names and anchor.dep_ in {"nsubj", "nsubjpass"} else None
    if not p.participle and held is not None and (anchor.dep_ in {"attr", "acomp", "npadvmod", "advmod", "ROOT", "appos"}
                                                  or beside or named_before is not None):
        verb = held  # "Y was previously 49% held by X", "Y ..., with the other 49% held by X", "Y, 34% invested by X,"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != anchor.i]
    if not p.participle and verb is not held and not (
        verb.lemma_.lower() in lex.participle_verbs and verb.i != anchor.i
        and (anchor.dep_ in ADVERBIAL or (anchor.dep_ == "nsubj" and subjects and anchor.i < verb.i)
             # "Y, a warehouse owned 51% by X", with "owned" parsed as a main verb and the share its object
             or anchor.dep_ == "dobj" and anchor.i > verb.i and _pobj(verb, {"by"}) is not None)
    ):
        return None
    copula = next((a for a in verb.ancestors if a.lemma_ == "be"), None) if verb.dep_ == "acl" else None
    if is_unasserted(verb, lex) or (copula is not None and is_unasserted(copula, lex)):
        return []
    # ("Other information: Formerly 60 percent owned by X", the adverb parsed apart)
    said_before = p.start > 0 and anchor.doc[p.start - 1].lower_ in lex.former_adverbs
    status = "former" if said_before or is_former(lex, verb, *([copula] if copula is not None else [])) else "current"
    agent = _pobj(verb, {"by"}) or next((t for by in verb.children if by.lower_ == "by" for t in by.subtree
                                         if t.i in ctx.names), None)  # "by state holding X", parsed as a verb
    if agent is not None and agent.i < verb.i and agent.head.dep_ != "agent" and agent.i not in ctx.names:
        agent = None  # "By the autumn, X owned 63% of Y": a time, no agent
    if agent is not None and agent.i not in ctx.names and agent.lemma_.lower() in lex.security_nouns:
        # "owned by state-run X, and its shares fell", with "shares" parsed as the agent: the name before it
        agent = next((t for t in agent.doc[verb.i + 1:agent.i] if t.i in ctx.names), agent)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)
    if perfect and agent is None and not p.participle:
        return None  # "X had owned 33% until March": the active perfect, not "Y, 33% owned by X"
    if p.participle or verb.tag_ == "VBN" or agent is not None:
        owned_tok = next((c for node in _clause(verb) for c in node.children
                          if c.dep_ in {"nsubjpass", "nsubj"} and c.i != anchor.i), None)
        if owned_tok is None and verb.dep_ == "acl" and verb.head.lower_ == "turn" and verb.head.head.lower_ == "in":
            # "Y is in turn 100% owned by X", the participle hung on "turn"
            owned_tok = next((c for c in verb.head.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if owned_tok is None and verb.dep_ in {"acl", "amod", "compound", "appos"}:
            owned_tok = verb.head
        if owned_tok is None and verb.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in verb.children):
            # "Filings show Y is owned 45% by X", parsed with Y as the object of "show"
            owned_tok = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if owned_tok is not None and owned_tok.i == anchor.i and (anchor.dep_ == "appos" or named_before is not None):
            owned_tok = anchor.head if named_before is None else named_before  # "Y, 34% invested by X,": beside Y
        elif owned_tok is not None and owned_tok.i == anchor.i or p.even and copula is not None:
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
    unit = named_unit_of(ctx, agent, verb) if agent is not None else None
    if unit is not None:  # "Y is 60% owned by X through its unit Z": Z's own (decision 39)
        agent, through = unit, False
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


def _owned_unit(p: Percent, ctx: Context) -> list[Claim] | None:
    """ "X and its 40%-owned affiliate Y", "X's 51% owned unit, Y": the possessor holds the share of the
    unit the possessed noun names."""
    anchor = p.anchor
    if p.participle:
        participle = anchor
    elif anchor.dep_ in ADVERBIAL and anchor.head.dep_ == "amod" and \
            anchor.head.lemma_.lower() in ctx.lex.participle_verbs and not _pobj(anchor.head, {"by"}):
        participle = anchor.head
    else:
        return None
    noun = participle.head
    if participle.dep_ not in {"amod", "nummod", "compound"} or noun.lemma_.lower() not in ctx.lex.subsidiary_nouns \
            or noun.i in ctx.names:
        return None
    named = noun.head if noun.dep_ == "compound" and noun.head.i in ctx.names else None
    unit = ctx.names[named.i] if named is not None else _named_child(noun, ctx)
    poss = next((c for n in (noun, named) if n is not None for c in n.children if c.dep_ == "poss"), None)
    if unit is None or poss is None:
        return None
    owner = name_of(poss, ctx)
    if owner is None and poss.lower_ in {"its", "their"}:  # the company named before it in the sentence
        owner = company_before(poss, ctx)
    if owner is None or owner == unit:
        return None
    return [Claim(p, "owned_unit", owner, unit)]


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
    holder = name_root(doc[by + 1], ctx)
    # "and 11% by A's parent, B": the possessed noun's name (B), not the possessor
    name = name_of(holder.head, ctx) if holder.dep_ == "poss" and holder.head.i not in ctx.names else ctx.names[by + 1]
    return [Claim(second, "percent_owned_by", name, owned, status=status)] if name is not None else []


def _belongs(p: Percent, ctx: Context) -> list[Claim] | None:
    """"Y, of which 49% belongs to X", "The 51% share of Y belongs to X"; "Y belongs for 45% to A, for
    35% to B" (translated)."""
    anchor = p.anchor
    if anchor.dep_ in INSIDE_NOUN and _is_stake_noun(anchor.head, ctx.lex) and anchor.head.dep_ == "nsubj":
        anchor = anchor.head
    verb = anchor.head
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if anchor.dep_ != "nsubj" and after is not None and after.lemma_.lower() in ctx.lex.belong_verbs:
        # "..., the other 40% belong to X", the share hung on the name before it: the subject of "belong"
        verb = after
        if _pobj(verb, {"to"}) is None or is_unasserted(verb, ctx.lex):
            return None
        owner, via = holder_of(_pobj(verb, {"to"}), ctx)
        return [Claim(p, "percent_belongs_to", owner, None, True, "former" if is_former(ctx.lex, verb) else "current", via)]
    holder_at = None
    if verb.lemma_ == "be" and anchor.dep_ == "nsubj":
        holder_at = _pobj(verb, ctx.lex.holder_preps_of_be)
        hands = next((c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in" for c in prep.children
                      if c.dep_ == "pobj" and c.lower_ in ctx.lex.holder_phrases_of_be), None)
        if holder_at is None and hands is not None:  # "whose 49.29% is in the hands of X"
            holder_at = _pobj(hands, {"of"})
    if holder_at is not None and holder_at.i in ctx.names and not is_unasserted(verb, ctx.lex):
        owned, open_object, pending = _object(ctx, anchor)  # "49% of Y is at X" (translated)
        status = "former" if is_former(ctx.lex, verb) else "current"
        return [Claim(p, "percent_belongs_to", ctx.names[holder_at.i], owned, open_object, status, pending=pending)]
    passive = anchor.dep_ == "nsubjpass" and verb.lemma_.lower() in ctx.lex.passive_belong_verbs
    if verb.lemma_.lower() not in ctx.lex.belong_verbs and not passive:
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
    if anchor.dep_ != "nsubj" and not passive:  # (also "30% of Y is registered to X")
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


def _owned_for(p: Percent, ctx: Context) -> list[Claim] | None:
    """ "Y in its turn for 85% is owned by X" (translated), however the parser hung the share."""
    doc = p.anchor.doc
    if p.start < 1 or doc[p.start - 1].lower_ != "for":
        return None
    verb = next((t for t in doc[p.start:min(p.start + 6, len(doc))] if t.tag_ == "VBN"
                 and t.lemma_.lower() in ctx.lex.participle_verbs), None)
    agent = _pobj(verb, {"by"}) if verb is not None else None
    owned_tok = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj", "npadvmod"} and c.i < p.start),
                     None) if verb is not None else None
    if agent is None or owned_tok is None:
        return None
    if is_unasserted(verb, ctx.lex):
        return []
    owner, via = holder_of(agent, ctx)
    status = "former" if is_former(ctx.lex, verb) else "current"
    return [Claim(p, "percent_owned_by", owner, name_of(owned_tok, ctx), status=status, via_subsidiary=via)]


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
