"""Sentences and the document pass: the claims of a sentence (rules, then listed holders, then shared
objects), the owned company of a claim that leaves it to the context (an entry's name, the previous
sentence, a restructuring), and the rows of a Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ..spans import doc_text, news_source
from .holders import holder_noun_owned, listed_holder, venture_splits
from .model import Claim, Context, Lexicon, Percent
from .names import _antecedents, name_of, owned_of
from .percents import find_percents
from .rules import read_percent
from .status import is_former, is_unasserted
from .tables import table_claims
from .syntax import _is_stake_noun, _pobj, _subject

LABELS = {"ORG", "AGENCY"}
#: The label that opens a field line of a sanctions-list entry ("Other Information: ...").
FIELD_LABEL = re.compile(r"[A-Z][A-Za-z ]{1,40}: ")
#: A line that opens with an entry's number and name: "2. Y OOO. Address: ...".
NUMBERED_LINE = re.compile(r"\s*\(?\d{1,4}[.)]\s+[A-Z\"“'«]")


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
    for p in percents:
        read[p] = read[p] or _further_stake(p, read, ctx) or _earlier_level(p, read)
    claims = [c for found in read.values() if found for c in found] + venture_splits(sent, ctx)
    framed = [c for c in claims if c.owner or c.owned]
    shared = holder_noun_owned(sent, ctx)
    words = [t for t in sent if not t.is_space and t.text != "("][:2]
    # "Founders: A – 75%", "(Shareholders): A 30%; B 70%", a table's cell "| Shareholders: A (65%), B (35%) |"
    # (also a heading's words before the colon: "Major shareholders as at 31 December 2022: A - 38.4%; B - 19.9%")
    colon = next((t.i for t in sent[:14] if t.text in {":", "):"}), None)
    headed = colon is not None and any(t.lower_ in ctx.lex.holder_fields for t in sent.doc[sent.start:colon]) \
        and not any(t.pos_ in {"VERB", "AUX"} for t in sent.doc[sent.start:colon])
    # (also a field inside the sentence: 'The extract for Y reads: "Participants: A - share of 51% ..."', a
    # table's cell)
    fielded = headed or len(words) == 2 and words[0].lower_ in ctx.lex.holder_fields and words[1].text in {":", "):"} or any(
        t.lower_ in ctx.lex.holder_fields and t.is_title and t.nbor().text == ":" for t in sent[:-1])
    # "The remaining shares are split between A, with 30%, and B, with 19%": of the company before
    split = any(t.lemma_.lower() in ctx.lex.split_verbs and any(c.lower_ == "between" for c in t.children) for t in sent)
    # (also the list after a heading line: "The licence names two shareholders:" / "A, with 80%, and B, with 20%")
    after_heading = _after_heading(sent)
    if framed or shared or fielded or split or after_heading:
        listed = (listed_holder(p, ctx) for p, found in read.items() if found is None)
        # a registry field's holders hold shares of the company its record is of ('Y's entry reads: "Shareholders:
        # A (51%) ..."'), else of the entry's company (see `_entry_name`)
        record = _holders_heading(sent, ctx) if fielded else None
        claims += [(replace(c, owned=record) if record else replace(c, pending="stakes"))
                   if fielded and c.owned is None and c.pending is None else c for c in listed if c is not None]
    owned_claims = [c for c in claims if c.owned]
    complete, pending = [], []
    for claim in claims:
        if claim.rule == "listed_holder":
            source = _nearest(claim, framed)
            # (but "X sold its 49% stake, leaving Y with the remaining 51%": what remains is held now)
            remaining = any(c.lower_ in {"remaining", "rest"} for c in claim.percent.anchor.children)
            if source is not None:  # "X holds 66% of the company, Y 20% and Z the rest": Y's company is X's
                status = "former" if claim.status == "former" or source.status == "former" and not remaining \
                    else "current"
                claim = replace(claim, status=status,
                                pending=claim.pending or (source.pending if source.owned is None else None))
        same_owner = [c for c in owned_claims if c.owner == claim.owner and c is not claim]
        if claim.owned is None and claim.pending == "previous" and claim.owner and same_owner:
            # "X bought a further 10% of Y, bringing its holding in the producer to 45%": Y
            claim = replace(claim, owned=same_owner[0].owned, pending=None)
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
        elif claim.owner is None and claim.pending == "holding":  # "The holding now stands at 24%"
            pending.append(claim)
        elif claim.owner and claim.owned is None:  # "Other Information: 51% owned by X": the entry's, if any
            pending.append(replace(claim, pending="entry"))
    return Reading(complete, pending, frozenset(c.owned for c in owned_claims))


def _after_heading(sent: Span) -> bool:
    """Whether the sentence follows a heading that ends with a colon, or is an item of the list after one
    ("... in its annual report:" / "1. A — 48.5%" / "2. B — 9.2%")."""
    doc = sent.doc
    for _ in range(30):
        i = sent.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0:
            return False
        if doc[i].text.endswith(":"):
            return True
        sent = doc[i].sent
        if not (NUMBERED_LINE.match(sent.text) and any("%" in t.text for t in sent)):
            return False
    return False


def _further_stake(p: Percent, read: dict[Percent, list[Claim] | None], ctx: Context) -> list[Claim] | None:
    """ "X holds 18% of Y through a subsidiary and a further 12% directly": the second share is the same
    holder's in the same company, held through a subsidiary only if it says so."""
    if not any(c.lower_ in ctx.lex.further_words for c in p.anchor.children):
        return None
    before = [q for q in read if q.start < p.start and read[q]]
    if not before:
        return None
    q = max(before, key=lambda q: q.start)
    first = read[q][0]
    doc = p.anchor.doc
    if any(ctx.names.get(i) not in {None, first.owner, first.owned} for i in range(q.anchor.i, p.anchor.i)):
        return None  # "X owns 41% of Y, and Z another 8%": Z's own
    rest = doc[p.anchor.i + 1:p.anchor.sent.end]
    end = next((t.i for t in rest if t.text in {",", ";"} or t.ent_type_ == "PERCENT"), p.anchor.sent.end)
    via = any(t.lower_ in ctx.lex.via_preps and any(g.lemma_.lower() in ctx.lex.via_nouns for g in t.subtree)
              for t in doc[p.anchor.i + 1:end])
    # ("another 15% the bank owned until 2022", however the verb is attached)
    verbs = [t for t in doc[p.anchor.i + 1:end] if t.pos_ == "VERB"]
    status = "former" if is_former(ctx.lex, p.anchor, p.anchor.head, *verbs) else first.status
    return [replace(first, percent=p, via_subsidiary=via, status=status, rule="further_stake")]


def _earlier_level(p: Percent, read: dict[Percent, list[Claim] | None]) -> list[Claim] | None:
    """ "X owned 63% of Y, up from 14%", "Y is 60% owned by X, down from 85%": the level the stake moved
    from is the same holder's former stake (gold decision 14)."""
    anchor = p.anchor
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "from" or anchor.head.head.lower_ not in {"up", "down"}:
        return None
    before = [q for q in read if q.start < p.start and read[q]]
    if not before:
        return None
    q = max(before, key=lambda q: q.start)
    if anchor.head.head.head not in {q.anchor, q.anchor.head, q.anchor.head.head}:
        return None  # (not "..., whose revenue is up from 14%": another clause's)
    return [replace(read[q][0], percent=p, status="former", rule="earlier_level")]


def _nearest(claim: Claim, others: list[Claim]) -> Claim | None:
    """The claim closest before this one in the sentence, else the closest after it."""
    others = [o for o in others if o.percent is not claim.percent]
    before = [o for o in others if o.percent.start < claim.percent.start]
    if before:
        return max(before, key=lambda o: o.percent.start)
    return min(others, key=lambda o: o.percent.start) if others else None


def find_stakes(doc: Doc, lex: Lexicon) -> list[dict]:
    """All ownership rows of a Doc, one per (owner, owned, percent, status), as plain dicts."""
    starts = lex.unit_starts | {"50", "half"} | lex.even_splits | lex.venture_nouns
    if not any(t.lower_ in starts or "%" in t.text for t in doc):
        return []
    names = {i: ent.kb_id_ or ent.text for ent in doc.ents if ent.label_ in LABELS and not news_source(ent)
             for i in range(ent.start, ent.end)}  # (not the "(Reuters)" of a dateline)
    ctx = Context(lex, names)
    ctx = replace(ctx, **_antecedents(doc, ctx))
    rows: dict[tuple, dict] = {}
    previous: tuple[Span, Reading] | None = None
    staked: tuple[str, int] | None = None  # the last company named as the object of a stake, and where
    increments: set[tuple] = set()  # rows of a block bought on top of a stake ("a further 10%")
    acquired: tuple[str, str, int] | None = None  # the last buyer of a stake, its company, and where
    for sent in _sentences(doc):
        empty = Reading([], [], frozenset())
        reading = read_sentence(sent, ctx) if any(t.lower_ in starts or "%" in t.text for t in sent) else empty
        claims = list(reading.complete)
        for claim in reading.pending:
            if claim.pending == "holding":
                # "X bought into Y in 2019. It added to the position in 2020. The holding now stands at 24%"
                if acquired is not None and sent.start - acquired[2] < 150:
                    claims.append(replace(claim, owner=acquired[0], owned=acquired[1], pending=None))
                continue
            # an entry's field first: "(3) Y LLC\nOthers: 60% of the shares are held by X"
            owned = _entry_name(sent, ctx)
            if claim.pending == "entry":
                if owned is not None and owned != claim.owner:
                    claims.append(replace(claim, owned=owned))
                continue
            owned = owned or _context_owned(claim, (sent, reading), previous, ctx)
            if owned is None and previous is not None and claim.pending in {"stakes", "previous"}:
                owned = _holders_heading(previous[0], ctx, whole=True)  # "Y itself has three shareholders. ..."
            here = _stake_object(sent, ctx, percents=True)
            if owned is None and claim.pending in {"stakes", "previous"} and here and here[1] < claim.percent.start \
                    and here[0] != claim.owner:
                # "X, which holds its stake in Y through a subsidiary, cut that holding from 100% to 49%": Y
                owned = here[0]
            if owned is None and claim.pending in {"stakes", "previous"} and staked and sent.start - staked[1] < 150:
                # "... the stake in Y. The seller, X, cut its holding to 19%" / "X owns 45% of the venture": Y
                owned = staked[0]
            if owned is None:
                owned = _holders_heading(sent, ctx) or _record_company(sent, ctx)  # "Y has three shareholders: A ..."
            if owned is None and previous is not None and previous[0].text.rstrip().endswith(":"):
                # a heading line: "Y has two shareholders:" / "Its annual return lists two owners:" + "A - 70%; B - 30%"
                heading = previous[0]
                owned = _holders_heading(heading, ctx) or next(
                    (ctx.subjects[t.i] for t in heading if t.i in ctx.subjects), None) or next(
                    iter(sorted(holder_noun_owned(heading, ctx))), None) or _record_company(heading, ctx)
            if owned is not None and owned != claim.owner:
                claims.append(replace(claim, owned=owned))
        # the last company a stake was stated in: "Y has four shareholders: A (40%) ... It cut its holding from
        # 70% to 40%" (in Y)
        stated = {c.owned for c in claims}  # (one company only: not "30% of Y and 5% of Z")
        staked = _stake_object(sent, ctx) or ((stated.pop(), sent.start) if len(stated) == 1 else None) or staked
        acquired = _acquisition(sent, ctx) or acquired
        for holder, company in _disposals(sent, ctx) if rows else ():
            # "X acquired a 35 percent interest in Y in 2019. X transferred that interest to Z in 2022": former
            company = company or (staked[0] if staked else None)
            for key, row in list(rows.items()):
                if row["owner"] == holder and row["owned"] == company and row["status"] == "current":
                    del rows[key]
                    rows.setdefault((*key[:3], "former"), {**row, "status": "former"})
        for claim in claims:
            if _moved_to(claim, ctx):
                # "acquired 15% of Y. It raised the holding to 27% last year": the level told before is former
                # (not a block bought on top: "bought a further 10%")
                for key, row in list(rows.items()):
                    if key[:2] == (claim.owner, claim.owned) and key[2] != claim.percent.value and key[3] == "current" \
                            and key not in increments:
                        del rows[key]
                        rows.setdefault((*key[:3], "former"), {**row, "status": "former"})
            key = (claim.owner, claim.owned, claim.percent.value, claim.status)
            rows.setdefault(key, to_row(claim, sent))
            if any(c.lower_ in ctx.lex.further_words for c in claim.percent.anchor.children):
                increments.add(key)
        previous = (sent, replace(reading, owned=reading.owned | {c.owned for c in claims}))
    for claim, row in table_claims(doc, ctx):
        rows.setdefault((claim.owner, claim.owned, claim.percent.value, claim.status), to_row(claim, row))
    return list(rows.values())


def _moved_to(claim: Claim, ctx: Context) -> bool:
    """A stake's new level, told with a change verb: "raised its holding to 27%", "cut the stake to 12%"."""
    prep = claim.percent.anchor.head
    return claim.rule == "restated_stake" and claim.status == "current" and prep.lower_ in ctx.lex.change_preps \
        and prep.head.lemma_.lower() in ctx.lex.change_verbs


def _disposals(sent: Span, ctx: Context) -> list[tuple[str, str | None]]:
    """Stakes told before that a sentence says were given up, without their size: "X transferred that
    interest to Z", "It sold the stake in Y in 2022" -> (X, None), (it, Y)."""
    found = []
    for verb in sent:
        if verb.lemma_.lower() not in ctx.lex.dispose_verbs or is_unasserted(verb, ctx.lex):
            continue
        stake = next((c for c in verb.children if c.dep_ == "dobj" and _is_stake_noun(c, ctx.lex)), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if stake is None or subject is None or any(t.like_num for t in stake.subtree) or not any(
                c.lower_ in {"that", "the", "this", "its", "their"} for c in stake.children):
            continue
        holder = name_of(subject, ctx)
        company = _pobj(stake, {"in"})
        if holder is not None:
            found.append((holder, owned_of(company, ctx) if company is not None else None))
    return found


def _holders_heading(sent: Span, ctx: Context, whole: bool = False) -> str | None:
    """The company whose holders a sentence lists after a colon: "Y has three shareholders: ...",
    "Y is owned by three shareholders: ...", "Shareholders of Y: ..." (`whole`: the sentence before the
    list, without a colon)."""
    colons = [t.i for t in sent if t.text == ":"]
    # (the colon after the holders, if a sentence has several: 'The extract for Y reads: "Participants: ...')
    fields = [i for i in colons if i > sent.start and sent.doc[i - 1].lemma_.lower() in ctx.lex.holder_nouns]
    colon = sent.end if whole else next(iter(fields + colons), None)
    for tok in sent.doc[sent.start:colon] if colon is not None else ():
        if tok.lemma_.lower() not in ctx.lex.holder_nouns:
            continue
        company = _pobj(tok, {"of"})
        if not whole and company is not None and owned_of(company, ctx) is not None:
            return owned_of(company, ctx)
        record = next((t for t in sent.doc[sent.start:tok.i] if t.lemma_.lower() in ctx.lex.record_nouns), None)
        # 'The extract for Y reads: "Participants: A - share of 51% ..."', 'Y's entry reads: "Shareholders: ..."'
        company = None if record is None or tok.nbor().text != ":" else _pobj(record, {"of", "for"}) or next(
            (c for c in record.children if c.dep_ == "poss"), None)
        if company is not None and name_of(company, ctx) is not None:
            return name_of(company, ctx)
        # (also "Y was incorporated in 2016 with two shareholders: ...")
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.head.dep_ == "agent" or \
            tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" else None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
        if subject is not None and subject.i in ctx.names:
            return ctx.names[subject.i]
        # "Y's entry in the register lists three shareholders: ...", "Its entry ... lists"
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
        if owner is not None and name_of(owner, ctx) is not None:
            return name_of(owner, ctx)
    return None


def _record_company(heading: Span, ctx: Context) -> str | None:
    """A bare holders heading ("Major shareholders as at 31 December 2022: ...", its list after the colon or
    in the next sentence) under a sentence naming the record's company first ("Extract from the 2022 annual
    report of Y.", "Y - Annual Securities Report"): the holders are Y's. (A notice entry's "(Shareholders):"
    field is the entry's: `_entry_name`.)"""
    colon = next((t.i for t in heading if t.text in {":", "):"}), None)
    if heading.start == 0 or colon is None or not heading[0].is_alpha or not any(t.lower_ in ctx.lex.holder_fields
                                                      for t in heading.doc[heading.start:colon]):
        return None
    return next((ctx.names[t.i] for t in heading.doc[heading.start - 1].sent if t.i in ctx.names and t.ent_type_ == "ORG"),
                None)


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
    # (no blank line between entries: the last line opened by an entry's number, also this line itself: "2. Y OOO.
    # Address: ... Others: 60% ... held by X")
    line_start = text.rfind("\n", 0, first.idx) + 1
    for _ in range(12):
        if line_start <= start + 2:
            break
        if NUMBERED_LINE.match(text[line_start:first.idx]):
            start = line_start - 2
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    block = doc.char_span(start + 2 if start >= 0 else 0, first.idx, alignment_mode="expand")
    ents = [e for e in block.ents if e.label_ == "ORG"] if block is not None else []
    # (the entry's "Name:" field when it has one, not a heading's body: "... Committee Adds One Entry")
    named = [e for e in ents if e.start >= 2 and doc[e.start - 1].text == ":"
             and doc[e.start - 2].lower_ in {"name", "entity"}]
    ents = named[-1:] or ents
    return ctx.names.get(ents[0].start) if ents else None


def _acquisition(sent: Span, ctx: Context) -> tuple[str, str, int] | None:
    """A named buyer of a stake in a named company, with or without a number: "X bought into Y",
    "X bought a stake in Y", "X acquired shares of Y"."""
    for verb in sent:
        if verb.lemma_.lower() not in ctx.lex.acquire_verbs or verb.pos_ != "VERB" or is_unasserted(verb, ctx.lex):
            continue
        subject = _subject(verb)
        buyer = name_of(subject, ctx) if subject is not None else None
        stake = next((c for c in verb.children if c.dep_ == "dobj" and _is_stake_noun(c, ctx.lex)), None)
        target = _pobj(verb, {"into"}) or (_pobj(stake, ctx.lex.object_preps) if stake is not None else None)
        company = owned_of(target, ctx) if target is not None else None
        if buyer is not None and company is not None and buyer != company:
            return buyer, company, sent.start
    return None


def _stake_object(sent: Span, ctx: Context, percents: bool = False) -> tuple[str, int] | None:
    """The last company a sentence names as the object of a stake, with or without a number
    ("completed the purchase of the stake in Y", "its shares of Y")."""
    found = None
    for tok in sent:
        # (`percents`: also a percentage's, in the sentence itself: "X controls more than 50% of Y, and Z holds just
        # under 20%", the bound no row)
        if _is_stake_noun(tok, ctx.lex) or percents and tok.text == "%":
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
        # (also the holder of a bound, which gives no row: "X owns more than 50% of Y, while Z holds 20% of the
        # company": Y)
        holders |= {ctx.names[t.i] for t in sent if t.i in ctx.names and t.dep_ == "nsubj"
                    and t.head.lemma_.lower() in ctx.lex.hold_verbs}
        before = {ctx.names[t.i] for t in sent if t.i < claim.percent.start and t.i in ctx.names
                  and t.ent_type_ == "ORG"} - holders
        if len(before) == 1:
            return next(iter(before))
        return topic(*previous, ctx) if previous is not None else None
    if claim.pending == "stakes" and previous is not None:
        # "... 51% of Y. X holds 26% through a subsidiary": Y; "The plant's ownership is mixed. X holds 62.5%": the plant
        owned = previous[1].owned or holder_noun_owned(previous[0], ctx)
        return next(iter(owned)) if len(owned) == 1 else None
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
