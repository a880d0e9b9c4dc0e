"""Lists of names as news and official documents lay them out.

The parser often splits "A, B, C and D" or semicolon entries with addresses, so these
helpers read lists off the surface (names separated by commas, semicolons, "and", with
short descriptions between), and recognise the layouts of official notices: bulleted and
numbered lines, country headings ("Under Hong Kong:") and annexes ("Annex 1:").
Names are returned as entity ids (`kb_id_`).
"""

from __future__ import annotations

import itertools

import re

from spacy.tokens import Doc, Span, Token

from ..boundaries import BULLETS, opens_item
from .model import FINITE_TAGS, HOLDERS

#: Words that end a list of names: "A and B, a unit of C" must not take in C.
LIST_BREAKS = {"of", "by", "with", "from", "for", "to", "in", "on", "that", "which", "who", ".", "said", "while",
               "but", "whereas", "after", "before", "because", "although", "when", "as", "between", "into"}
#: How far into a semicolon-separated item its name may start ("; and the fuel distributor A").
ITEM_LEAD = 8
#: Words naming the annex of a notice ("listed in Annex 1", "Attachment 2: Entities subject to ...").
ANNEX_WORDS = {"annex", "annexes", "attachment", "attachments", "appendix", "appendices"}


def word_after(sent: Span) -> Token | None:
    """The first token after a sentence that is not white space."""
    doc = sent.doc
    return next((doc[i] for i in range(sent.end, min(sent.end + 3, len(doc))) if not doc[i].is_space), None)


def _roman_or_number(token: Token) -> bool:
    return token.like_num or re.fullmatch(r"[IVXivx]+", token.text) is not None


def annex_references(clause: list[Token]) -> list[str]:
    """The annexes a clause cites: "listed in Annex 1", "added to Annexes IV and V", "listed in
    the Annex" -> ["1"], ["iv", "v"], [""]."""
    labels = []
    for tok in clause:
        if tok.lower_ in ANNEX_WORDS:
            found = []
            for nxt in tok.doc[tok.i + 1:tok.i + 4]:
                if _roman_or_number(nxt):
                    found.append(nxt.lower_)
                elif nxt.lower_ not in {"and", ","}:
                    break
            # "listed in the Annex": the one annex without a number
            labels += found or ([""] if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" else [])
    return labels


def annex_heading(sent: Span) -> str | None:
    """The label of a line that opens an annex ("Annex 1: Entities subject to asset freeze",
    "Attachment 2: ...")."""
    words = list(itertools.islice((t for t in sent if not t.is_space and t.text != "("), 2))
    if len(words) == 2 and words[0].lower_ in ANNEX_WORDS and _roman_or_number(words[1]):
        return words[1].lower_
    if len(words) == 2 and words[0].lower_ in ANNEX_WORDS and words[1].text in {":", ")"}:
        return ""  # "Annex: List of the entities subject to the measures", "(Attachment)"
    return None


def ends_with_colon(sent: Span) -> bool:
    """ "Among those listed are:" introduces a list of items; so does a line without a final
    period over bulleted or numbered lines ("Entities designated by OFAC today" + "• A Ltd")."""
    doc = sent.doc
    last = next((doc[i] for i in range(sent.end - 1, sent.start - 1, -1) if not doc[i].is_space), None)
    if last is None or last.text in {".", "!", "?", '"', "”"}:
        return False
    if last.text in {":", "):"}:  # (the tokenizer keeps "(SDN List):" as one token)
        return True
    line_ends = "\n" in sent[-1].text_with_ws or sent.end < len(doc) and "\n" in doc[sent.end].text
    nxt = word_after(sent)
    return line_ends and nxt is not None and opens_item(nxt)


def entity_list(ent: Span, ents: dict) -> list[str]:
    """The names listed together with `ent`: "A, B, C and D", "A, the drone maker; B; and C".

    The parser often splits such lists, so the list is read off the surface: organizations
    separated by commas, semicolons or "and", with short descriptions between them.
    """
    items = semicolon_items(ent, ents)
    if len(items) > 1:
        return items
    found = [ent]
    for step in (-1, 1):
        current = ent
        while (nxt := next_in_list(current, ents, step)) is not None:
            found.append(nxt)
            current = nxt
    return [e.kb_id_ for e in sorted(found, key=lambda e: e.start)]


def semicolon_items(ent: Span, ents: dict) -> list[str]:
    """A list whose items are split by semicolons, each a name with its address, aliases or
    description ("A Ltd., Room 12, Beijing; B Co., a.k.a. B-Tech, Karachi; and C"): the first
    name of each item from `ent` on, while items start with a name."""
    sent = ent.sent
    cuts = [t.i for t in ent.doc[ent.end:sent.end] if t.text == ";"]
    if not cuts:
        return []
    between = ent.doc[ent.end:cuts[0]]
    if any(t.lower_ in {"which", "whose", "who"} for t in between) and any(t.text in {":", "):"} for t in between):
        return []  # "A, whose shareholders are: B, 50%; C, 30%": the items of A's description
    names = [ent.kb_id_, *_joined_in_item(ent, ents, cuts[0])]
    for start, end in zip(cuts, [*cuts[1:], sent.end]):
        first = next((ents[i] for i in range(start + 1, min(start + 1 + ITEM_LEAD, end)) if i in ents), None)
        if first is not None and first.root.dep_ in {"nsubj", "nsubjpass"} and start < first.root.head.i < end \
                and first.root.head.pos_ in {"VERB", "AUX"}:
            break  # "; at the same time, X is removed from the list": a clause of its own, not an item
        if first is not None and any(t.tag_ in FINITE_TAGS for t in ent.doc[start + 1:first.start]):
            break  # "; the company is 51% owned by X": a clause before the name
        if first is None:  # "; and three companies registered as the owners: C, D and E" (or ", C, D and E")
            counted = False
            colon = None
            for i in range(start + 1, end):
                counted = counted or ent.doc[i].like_num
                if ent.doc[i].text == ":" or ent.doc[i].text == "," and counted:
                    colon = i
                    break
            after = ents.get(colon + 1) if colon is not None else None
            names += entity_list(after, ents) if after is not None and after.label_ == ent.label_ else []
        if first is None or first.label_ != ent.label_:
            break
        names += [first.kb_id_, *_joined_in_item(first, ents, end)]
    return list(dict.fromkeys(names))


def _joined_in_item(first: Span, ents: dict, end: int) -> list[str]:
    """The other names of an item that starts with a name: one "and" joins to it before its
    address ("; Vetka Holdings Ltd and its construction arm Vetka Build LLC; ..."), or a list
    of two or more ("A, B and C, three mills that ...; D")."""
    doc = first.doc
    for i in range(first.end, end):
        if doc[i].text == ",":
            break
        if doc[i].lower_ == "and":
            nxt = next((ents[j] for j in range(i + 1, min(i + 1 + ITEM_LEAD, end)) if j in ents), None)
            return [nxt.kb_id_] if nxt is not None and nxt.label_ == first.label_ else []
    # "; A, B and C, three spinning mills that ...;": a list of names inside the item
    found, current = [], first
    while (nxt := next_in_list(current, ents, 1)) is not None and nxt.start < end:
        found.append(nxt)
        current = nxt
    # a list ends "..., B and C" (not an address: "Plot 14, Sundar Industrial Estate, Lahore")
    closed = len(found) > 1 and "and" in {t.lower_ for t in doc[found[-1].start - 2:found[-1].start]}
    return [e.kb_id_ for e in found] if closed else []


def next_in_list(ent: Span, ents: dict, step: int) -> Span | None:
    """The next name in a list, skipping separators, acronyms in parentheses and short
    descriptions ("A, a maker of drones; B"), but not "A and B, a unit of C"."""
    doc = ent.doc
    i = ent.start - 1 if step < 0 else ent.end
    gap: list[Token] = []
    broken = False  # passed a word that ends a list, unless a ";" starts a new item
    depth = inside = 0
    relative = False  # reading ", which sold the cargoes on paper," (forwards): a description
    whose = told = False  # the description opened with "whose"; its verb was read
    sent = ent.sent
    while sent.start <= i < sent.end and len(gap) - inside <= 14:
        token = doc[i]
        if step < 0 and token.lower_ == "whose":
            return None  # "A, whose parent, B, ...": B is no item of a list with A
        # (also "A, a server assembler that trades as A Cloud, B and C")
        opens = token.lower_ in {"which", "who", "whose"} and doc[i - 1].text == ","
        if step > 0 and depth == 0 and (relative or opens
                                        or token.lower_ == "that" and doc[i - 1].pos_ == "NOUN" and any(t.text == "," for t in gap)):
            # (", whose packs power drones," ends at its comma; ", whose parent, B," not before its verb or "and")
            whose = whose or token.lower_ == "whose"
            told = told or relative and token.pos_ in {"VERB", "AUX"}
            if relative and token.text in {":", "):"}:
                return None  # "A, whose shareholders are: B, 50%; C, 30%": the names of A's description
            if relative and token.text == "," and doc[i - 1].pos_ == "NOUN" and any(
                    t.lower_ in {"a", "an"} and t.head.i == i - 1 for t in gap):
                return None  # "A, which is owned by a Cyprus company, B": B names the company, no item of the list
            relative = token.text != "," or whose and not told and i + 1 < len(doc) \
                and doc[i + 1].lower_ not in {"and", "or"}
            if relative:
                inside += 1
                gap.append(token)
                i += step
                continue
        if token.text in {"(", ")"}:
            depth += 1 if (token.text == "(") == (step > 0) else -1
            inside += 1
        elif depth > 0:
            inside += 1  # "A Company (AC), the Ministry of B": a short form is no description
        other = ents.get(i)
        if other is not None and other.kb_id_ == ent.kb_id_:
            other = None  # another name of the same entity: "A, which trades as A-X, together with B"
        if step < 0 and token.tag_ == "POS" and not gap and i - 1 in ents:
            i = ents[i - 1].start - 1  # "A and Almaty's B LLP": B's possessor is no item of the list
            continue
        if step > 0 and other is not None and other.end + 1 in ents and doc[other.end].tag_ == "POS" \
                and ents[other.end + 1].start == other.end + 1 and ents[other.end + 1].label_ == other.label_:
            other = ents[other.end + 1]  # "A, Almaty's B LLP and C" / "A, Rosneft's Vankor LLC": B
        if step > 0 and other is not None and other.end < len(doc) and doc[other.end].is_lower:
            # "A, the Murmansk shipping company B LLC and C": a name that modifies a description before B
            words = itertools.takewhile(lambda t: t.is_lower and (t.pos_ in {"NOUN", "ADJ"} or t.tag_ == "VBG"),
                                        doc[other.end:other.end + 4])
            after = ents.get(other.end + len(list(words)))
            if after is not None and after is not other and after.label_ == other.label_ and after.start > other.end:
                other = after
        if other is not None and depth == 0:
            # (also an item number: "(1) A LLC (2) B JSC")
            separated = any(t.text in {",", ";", "and", "or"} or t.text == "(" and opens_item(t) for t in gap)
            if broken or not separated or other.label_ != ent.label_ and len(gap) - inside > 3:
                return None
            if other.end + 1 < len(doc) and doc[other.end].text == "-" and doc[other.end + 1].tag_ == "VBN":
                return None  # "A, a Piraeus-managed tanker owner": a word of A's description
            if other.root.dep_ == "nsubj" and other.root.head.i > other.root.i and ent.root.dep_ != "nsubj":
                return None  # "designated A; the Commerce Department added B": a new clause's subject
            if step < 0 and ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.i > ent.root.i \
                    and other.root.dep_ in {"dobj", "pobj"} and other.root.head.i != ent.root.head.i:
                # "designated A last month, and B was added", "... controlled by A, and B is being
                # designated": B's clause starts at B
                return None
            if step > 0 and other.end < len(doc) and doc[other.end].tag_ in FINITE_TAGS \
                    and ent.root.dep_ not in {"nsubj", "nsubjpass"} \
                    and not (_subject_before(doc[other.end], ent) and all(t.text != "," for t in gap)):
                return None  # "designated A and B, and C was blacklisted": C's own clause
            return other
        if depth == 0:
            if token.tag_ == "POS" and doc[i - 1].ent_type_ not in {"GPE", "LOC"} and (
                    i - 1 in ents or doc[i - 1].pos_ != "NOUN"):
                # "A's Dubai subsidiary, B": A owns B, it is not listed with it (not "Singapore's B", nor "A, its
                # subsidiary B and the group's Iranian parent, C")
                return None
            finite = token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBN", "VBG"}
            # (also a joined participle with its own object: "adding A and B, and deleting one entity, C")
            finite = finite or token.tag_ == "VBG" and token.dep_ in {"conj", "advcl"} and any(
                c.dep_ == "dobj" for c in token.children)
            joined = token.lower_ == "with" and doc[i - 1].lower_ in {"together", "along"}
            joined = joined or _as_well_as(doc, i)
            if finite or token.lower_ in LIST_BREAKS and not _place_phrase(doc, i, step) and not joined \
                    and not _description_phrase(doc, i, ents):
                broken = True
            elif token.text == ";" or joined:  # "A, which trades as X, together with B"
                broken = False
        gap.append(token)
        i += step
    return None


def _subject_before(verb: Token, ent: Span) -> bool:
    """The verb after a list has its subject before `ent`: the whole list is the subject ("A, B
    and C are being designated")."""
    head = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < ent.start for c in head.children)


def _as_well_as(doc: Doc, i: int) -> bool:
    """Token `i` is a word of "as well as", which joins list items like "and"."""
    if doc[i].lower_ not in {"as", "well"}:
        return False
    words = [t.lower_ for t in doc[max(i - 2, 0):i + 3]]
    return any(words[k:k + 3] == ["as", "well", "as"] for k in range(len(words)))


def _place_phrase(doc: Doc, i: int, step: int) -> bool:
    """ "A of Zug, B" / "A in Dubai; B": "of"/"in" + a place name, then a separator."""
    if doc[i].lower_ not in {"of", "in"} or not 0 <= i + step < len(doc):
        return False
    place = doc[i + step]
    after = doc[i + 2 * step] if 0 <= i + 2 * step < len(doc) else None
    if place.ent_type_ == "GPE":  # (a place name, not a modifier: not "affiliates of Shanghai-based X")
        end = i + step
        while 0 <= end + step < len(doc) and doc[end + step].ent_type_ == "GPE":
            end += step
        return not (0 <= end + step < len(doc) and doc[end + step].text == "-")
    return place.text[:1].isupper() and after is not None and after.text in {",", ";", "and"}


def _description_phrase(doc: Doc, i: int, ents: dict) -> bool:
    """ "A, a Wuxi-based maker of infrared sensors, and B": "of" inside a description set off by
    commas after a name, naming no organization (not "A and B, a unit of C"); and a count of the
    name's own units ("A and two of its subsidiaries, B and C")."""
    if doc[i].lower_ != "of":
        return False
    if 0 < i < len(doc) - 1 and doc[i - 1].like_num and doc[i + 1].lower_ in {"its", "their"}:
        return True
    comma = next((j for j in range(i - 1, max(i - 8, 0), -1) if doc[j].text in {",", ";"}), None)
    end = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text in {",", ";"}), None)
    if comma is None or end is None or comma - 1 not in ents or doc[comma + 1].lower_ not in {"a", "an", "the", "one"}:
        return False
    return not any(j in ents or doc[j].pos_ in {"VERB", "AUX"} for j in range(i + 1, end))


def coordination(token: Token) -> list[Token]:
    """All members of the coordination `token` is in ("A, B, C and D")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return [token, *token.conjuncts]


def apposition_after(v: Token, ents: dict) -> list[str]:
    """ "Another company listed by Commerce, Acme Ltd., ...": the name after the comma."""
    sent = v.sent
    for i in range(v.i + 1, min(v.i + 15, sent.end)):
        ent = ents.get(i)
        if ent is not None and ent.label_ == "ORG" and ent.start == i and v.doc[i - 1].text == ",":
            return entity_list(ent, ents)
    return []


def introduced_names(heads: list[Token], ents: dict, next_sentence: bool = True) -> list[str]:
    """Names a count introduces: "seven companies, among them A, B and C" / "...: A, B" /
    or the next sentence, "The companies include A, B and C" / "Among those named were A and B"."""
    head = heads[0]
    doc = head.doc
    sent = head.sent
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "The entities, listed under ..., are A; B; C"
        named = [c for c in head.head.children if c.dep_ == "attr" and c.i in ents and ents[c.i].label_ == "ORG"]
        if named:
            return entity_list(ents[named[0].i], ents)
    for j in range(head.i + 1, min(head.i + 3, sent.end)):  # "the entities Tverbank PJSC, ..."
        ent = ents.get(j)
        if ent is not None and ent.label_ == "ORG":
            return entity_list(ent, ents) + entity_lists_after(ent, ents, sent.end)
    inverted = sent[0].lower_ == "among" or any(t.lower_ == "among" for t in sent[:3])
    for i in range(head.i + 1, sent.end):
        if doc[i].lower_ in {":", "–", "—", "including", "among", "namely", "such", "include", "includes"} or (
            inverted and doc[i].lemma_ == "be"
        ) or doc[i].lemma_ == "be" and doc[i - 1].lower_ in {"they", "these"}:  # "..., and they are A and B"
            marker = doc[i]
            if marker.head.pos_ == "VERB" and head.i < marker.head.i < marker.i and marker.head.i != head.head.i \
                    and any(c.dep_ == "dobj" for c in marker.head.children):
                break  # "adding 12 entities and deleting four, including A": the names of the later count
            # "..., among them" | "Wuxi Ltd and B": the parser may cut the sentence after the marker
            cut = doc[i].is_alpha and sent.end - i <= 2 and sent.end < len(doc)  # (a colon: see below)
            end = doc[sent.end].sent.end if cut else sent.end
            for j in range(i + 1, min(i + 8, end)):
                ent = ents.get(j)
                if ent is not None and ent.label_ == "ORG":
                    return entity_list(ent, ents) + entity_lists_after(ent, ents, ent.sent.end)
    if sent.end < len(doc) and ends_with_colon(sent):  # "Four universities were also listed:" + names
        firsts = [e for e in doc[sent.end].sent.ents if e.label_ == "ORG"]
        nxt = word_after(sent)
        bulleted = nxt is not None and opens_item(nxt)
        if firsts and firsts[0].start - sent.end < 4 and not bulleted:  # bullets are read item by item
            return entity_list(firsts[0], ents) + entity_lists_after(firsts[0], ents, firsts[0].sent.end)
    if next_sentence and sent.end < len(doc):
        nxt = doc[sent.end].sent
        words = [t for t in nxt if not t.is_space][:3]
        # "The companies — A, B and C — manage tankers ...", "The companies, A and B, bought parts ..."
        dashed = len(words) == 3 and words[0].lower_ in {"the", "these", "those"} and words[1].tag_ == "NNS" \
            and (words[2].text in {"—", "–", "-", ":"} or words[2].text == "," and words[2].i + 1 in ents
                 and ents[words[2].i + 1].label_ == "ORG"  # (not "The firms, A and B, were placed in Annex IV")
                 and not any(c.dep_ == "auxpass" for c in nxt.root.children))
        # (not the holders of a company named: "the airline's shareholders are: (1) A, 51%; (2) B, 34%")
        holders = any(c.dep_ == "nsubj" and c.lemma_.lower() in HOLDERS for c in nxt.root.children)
        if not holders and (dashed or nxt.root.lemma_ in {"be", "include"} or any(
                t.lemma_ in {"include", "among", "name"} or t.lemma_ == "be" and t.i < nxt.start + 8 for t in nxt)):
            firsts = [e for e in nxt.ents if e.label_ == "ORG"]
            if firsts:
                run = entity_list(firsts[0], ents)
                if len(run) >= 2:
                    return run + entity_lists_after(firsts[0], ents, nxt.end)
    return []


def recent_list(token: Token, size: int | None, ents: dict) -> list[str]:
    """The last list of `size` names before `token`, in its sentence or the two before: what "the three
    firms" refers to."""
    doc, sent = token.doc, token.sent
    start = sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else 0
    while start > 0 and is_item(doc[start - 1].sent):
        start = doc[start - 1].sent.start  # (back over a list's items)
    items: list[str] = []  # (or the names opening the list items just before: "1. A (China);" / "2. B ...")
    for i in range(token.i - 1, start - 1, -1):
        if i in ents and ents[i].start == i and ents[i].label_ == "ORG":
            names = entity_list(ents[i], ents)
            if len(names) == size:
                return names
            sent = ents[i].sent
            if is_item(sent) and ents[i] == next((e for e in sent.ents if e.label_ == "ORG"), None):
                items.insert(0, ents[i].kb_id_)
                if len(items) == size:
                    return items
    return []


def counted_names(head: Token, ents: dict, count: int) -> list[str]:
    """The names a count announces after its description: "two traders that market the
    group's fuel, A and B, as well as C" -> A, B, C. Taken only when the first list after a
    comma has at least `count` names ("as well as" may add more)."""
    sent = head.sent
    for i in range(head.i + 1, min(head.i + 25, sent.end)):
        ent = ents.get(i)
        if ent is None or ent.start != i or ent.label_ != "ORG" or ent.doc[i - 1].text not in {",", ":"}:
            continue
        run = entity_list(ent, ents)
        return run + entity_lists_after(ent, ents, sent.end) if len(run) >= count else []
    return []


def entity_lists_after(ent: Span, ents: dict, end: int) -> list[str]:
    """Continue a list past "as well as" / "and also" joins: the runs that follow the first."""
    if semicolon_items(ent, ents):
        return []  # items split by semicolons are the whole list; the rest are their addresses
    out: list[str] = []
    run_end = ent.end
    names = set(entity_list(ent, ents))
    for i in range(run_end, end):
        e = ents.get(i)
        if e is not None and e.label_ == "ORG" and e.kb_id_ not in names and e.start == i:
            doc = ent.doc
            if e.root.dep_ in {"nsubj", "nsubjpass"} and e.root.head.i > e.root.i and e.root.head.dep_ == "conj" \
                    and doc[i - 1].lower_ == "and" and doc[i - 2].text == ",":
                break  # "..., and B was listed in 2021": a clause of its own
            if any(t.lower_ in {"linked", "whose"} for t in doc[run_end:i]):
                # an entry's "(Linked To: ISLAMIC STATE OF IRAQ AND THE LEVANT)", or "A, whose parent, B,": a
                # related party
                break
            tokens_between = {t.lower_ for t in ent.doc[i - 3:i]}
            if tokens_between & {"as", "well", "and", ","}:
                run = entity_list(e, ents)
                out += [n for n in run if n not in names]
                names.update(run)
    return out


def numbered_items(sent: Span, ents: dict) -> list[str]:
    """The names that open numbered entries: "(4) Talgar Devices LLP, Almaty"."""
    doc = sent.doc
    names = []
    for t in sent:
        if t.text == "(" and t.i + 3 < sent.end and doc[t.i + 1].like_num and doc[t.i + 2].text == ")":
            ent = ents.get(t.i + 3)
            if ent is not None and ent.label_ == "ORG":
                names.append(ent.kb_id_)
    return names


def country_heading(sent: Span) -> int | None:
    """The colon of an entry that opens with its country ("Under Hong Kong: A Limited, which ...")."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "under":
        return None
    colon = next((t for t in words[1:6] if t.text == ":"), None)
    if colon is None or not all(t.ent_type_ in {"GPE", "LOC"} or t.lower_ == "the" for t in words[1:colon.i - sent.start]):
        return None
    return colon.i


def is_item(sent: Span) -> bool:
    """A sentence that is a bulleted or numbered list item ("1. A Ltd", "• B LLC, Moscow"), also
    when the parser made a sentence of the item number alone ("3." | "Kama Works PJSC")."""
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and opens_item(first):
        return True
    doc, i = sent.doc, sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 1 and doc[i].text in {".", ")"}:
        i -= 1
    # "3." or "No.2" alone before: the number opens its own line
    return i >= 0 and opens_item(doc[i]) and (i == 0 or "\n" in doc[i - 1].text_with_ws)


def _first_words(sent: Span, n: int) -> list[Token]:
    """The first `n` tokens of a sentence that are not white space."""
    return list(itertools.islice((t for t in sent if not t.is_space), n))


def doc_tokens(sent: Span, start: int) -> list[Token]:
    """The sentence's tokens from document index `start` on, without white space."""
    return [t for t in sent if t.i >= start and not t.is_space]


def _entry_label(first: Token) -> int:
    """How many tokens of a sentence starting at `first` are an entry's number and name label
    ("1. Name 6:", "Name:", "Entity:"), 0 when there is none."""
    doc, i = first.doc, first.i
    if doc[i].like_num and i + 1 < len(doc) and doc[i + 1].text in {".", ")"}:
        i += 2
    if i < len(doc) and doc[i].text in {"Name", "Entity"}:  # (OFSI notices: "Entity: X LTD. Address: ...")
        i += 1
        if i < len(doc) and doc[i].like_num:
            i += 1
        if i < len(doc) and doc[i].text == ":":
            return i + 1 - first.i
    return 0


def opens_entry(sent: Span, ents: dict) -> bool:
    """A line that opens with a name and states nothing (no finite verb): an entry of a list
    laid out one paragraph per name ("KISH POLYMER CO (a.k.a. ...), Kish Island, Iran; ...")."""
    words = _first_words(sent, 3)
    if not words:
        return False
    line_opener = words[0]
    label = _entry_label(words[0])
    if label:  # an OFSI notice's "1. Name 6: X LTD": the name after the field label
        words = doc_tokens(sent, words[0].i + label)[:3]
    # the name starts the line, or follows a particle in capitals ("AL-RAHMA TRUST" as "AL-" + name)
    name = next((ents[t.i] for t in words if t.i in ents and ents[t.i].start == t.i), None)
    if name is None or name.label_ != "ORG" or any(t.i < name.start and not (t.is_upper or t.is_punct) for t in words):
        return False
    doc, first = sent.doc, line_opener
    line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
    # (a labelled entry may run into its fields: "1. Name 6: X LTD a.k.a: ... was designated ...")
    # (a word of a name in capitals the tagger took for a verb is no verb: "NAVIERA CARIBE ORIENTAL, C.A.")
    return line_start and (bool(label) or not any(t.tag_ in FINITE_TAGS and t.i not in ents
                                                  for t in sent))


def entry_opened(sent: Span, ents: dict) -> str | None:
    """The name a numbered, bulleted or labelled entry opens with ("5. X LLC" / "a.k.a: ...";
    "1. Name 6: X LTD"; "- X LLC, Moscow; date of listing: ..."), else None."""
    words = _first_words(sent, 8)  # (an entry's label and name come first: "1. Name 6: X LTD")
    if not words or not (_entry_label(words[0]) or is_item(sent)):
        return None
    first = words[0]
    skip = _entry_label(first) or (2 if first.like_num and len(words) > 1 and words[1].text in {".", ")"} else 0)
    skip = skip or (1 if first.text in BULLETS else 0)
    name = ents.get(words[skip].i) if skip < len(words) else None
    if name is None or name.label_ != "ORG" or name.start != words[skip].i:
        return None
    line_start = first.i == 0 or "\n" in sent.doc[first.i - 1].text_with_ws or sent.doc[first.i - 1].is_space
    return name.kb_id_ if line_start else None


def line_item(sent: Span) -> list[str]:
    """The name that opens a numbered or bulleted line: "1. Saratoga Aerospace Inc." """
    return [e.kb_id_ for e in sent.ents if e.label_ == "ORG"][:1] if is_item(sent) else []


def itemized(sent: Span, ents: dict) -> list[str]:
    """The names of a sentence that is a list of semicolon-separated entries (two or more
    semicolons): "The twelve additions are: A Co. Ltd., Room 1201, Beijing; B Ltd.; and C"."""
    if sum(t.text == ";" for t in sent) < 2:
        return []
    first = next((ents[t.i] for t in sent if t.i in ents and ents[t.i].label_ == "ORG"), None)
    return semicolon_items(first, ents) if first is not None else []
