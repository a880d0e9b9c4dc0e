"""Who acted: the agency behind an action's clause when the parse does not say it plainly.

"it" and "the ministry" refer back to an agency; "Britain announced that it added X" makes the
speaker the actor; "DOJ today announced the unsealing of an indictment charging X" makes the
announcer the actor; and a misparsed sentence may hang the verb on the agency itself.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from ..spans import news_source

#: Verbs that report what a body did ("the ministry said", "OFAC announced that ...").
REPORTING = {"say", "announce", "state", "report", "confirm", "disclose", "add", "tell"}
#: Verbs that announce a measure named by a noun: "OFAC announced the designation of X".
ANNOUNCING = {"announce", "make", "issue", "order", "approve", "publish", "unveil", "adopt", "impose", "finalize",
              "unseal", "file", "bring", "return"}
#: Nouns that refer back to an agency named before ("the agency said it had designated ...").
AGENCY_ANAPHORS = {"agency", "department", "bureau", "ministry", "office", "council", "commission", "regulator"}
#: Pronouns that stand for a named body or company.
PRONOUNS = {"it", "they", "them", "its", "itself", "themselves"}
#: Nouns for a company owned by another: "X's London subsidiary ... the parent" (X).
OWNED_UNITS = {"subsidiary", "unit", "arm", "affiliate", "branch", "division"}


def _parent(noun: Token, ents: dict, label: str) -> str | None:
    """ "the parent": the owner told in this sentence or the one before, of a unit ("blocked X's London
    subsidiary, Y, and designated the parent") or of a company ("Y is 85 percent owned by X")."""
    doc, sent = noun.doc, noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    owners = []
    for tok in doc[start:noun.i]:
        if tok.lemma_.lower() in OWNED_UNITS:
            owners += [c for c in tok.children if c.dep_ == "poss"]
        elif tok.lemma_ == "own" and tok.tag_ == "VBN":
            owners += [p for a in tok.children if a.dep_ == "agent" for p in a.children]
    named = [ents[o.i].kb_id_ for o in owners if o.i in ents and ents[o.i].label_ == label]
    return named[-1] if named else None


def misparsed_main_verb(v: Token) -> bool:
    """A participle hung on an agency that has an object of its own, or on an agency the parser
    made the root of the sentence: the agency's main verb."""
    return v.dep_ == "acl" and v.head.ent_type_ == "AGENCY" and (
        v.head.dep_ == "ROOT" or any(c.dep_ in {"dobj", "oprd"} for c in v.children))


def entity_antecedent(pronoun: Token, ents: dict, label: str = "ORG", exclude: str | None = None) -> str | None:
    """The most recent entity before a pronoun or "the company", in this sentence or the one before
    (a description: also the one before that)."""
    sent = pronoun.sent
    if pronoun.lower_ in {"itself", "themselves"} and pronoun.i - 1 in ents:
        return ents[pronoun.i - 1].kb_id_

    def back(sentences: int) -> list[Span]:
        """The entities from `sentences` sentences back up to the pronoun, the nearest first."""
        start = sent.start
        for _ in range(sentences):
            start = sent.doc[start - 1].sent.start if start > 0 else 0
        return [ents[i] for i in range(pronoun.i - 1, start - 1, -1) if i in ents and ents[i].start == i
                and ents[i].label_ == label and ents[i].kb_id_ != exclude and not news_source(ents[i])]

    if pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and pronoun.head.dep_ == "conj":
        # "Britain sanctioned X in May, and the Commerce Department added it to the Entity List": the object of
        # the clause it is joined to
        parallel = next((ents[c.i] for c in pronoun.head.head.children if c.dep_ == "dobj" and c.i in ents
                         and ents[c.i].label_ == label and ents[c.i].kb_id_ != exclude), None)
        if parallel is not None:
            return parallel.kb_id_
    verb = pronoun.head
    if pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"}:
        # "issued a denial order against X, cutting it off from U.S. exports": what the main clause's measure is on
        main = [p for t in verb.head.subtree if t.dep_ == "prep" and t.lower_ in {"against", "on"} and t.i < verb.i
                for p in t.children if p.dep_ == "pobj" and p.i in ents and ents[p.i].label_ == label]
        main += [c for c in verb.head.children if c.dep_ == "dobj" and c.i in ents and ents[c.i].label_ == label]
        if main:
            return ents[main[0].i].kb_id_
    owner = _parent(pronoun, ents, label) if pronoun.lemma_ == "parent" else None
    if owner is not None:
        return owner
    candidates = back(1)
    if pronoun.pos_ == "NOUN":
        # a holder listed with its share is no "the company" of the text ("Major shareholders: A - 38.4%; B -
        # 19.9%. On 12 April the company was designated": the company the record is about)
        # a description reaches further: "X ... . Britain froze its assets ... . OFAC designated the company"
        # (and past a list of holders, to the sentence that names the record's company)
        listed = any(_listed_with_share(e) for e in back(1))
        for sentences in (1, 2, 3) if listed else (1, 2):
            candidates = [e for e in back(sentences) if not _listed_with_share(e)]
            if candidates:
                break
        # ... is not its own clause's subject: "X raised its stake in Y, taking control of the port
        # operator that ..." (the operator is Y)
        candidates = [e for e in candidates if not _subject_above(e, pronoun)]
        # ... and is the one whose name has the description's word: "the drilling company" is "X Shelf Drilling"
        words = {c.lower_ for c in pronoun.children if c.dep_ in {"compound", "amod"} and c.is_lower}
        named = [e for e in back(2) if words & {t.lower_ for t in e} and not _subject_above(e, pronoun)] \
            if words else []
        if named:
            return named[0].kb_id_
    # for a description, a subject first, then a name in apposition ("the company" after "... belongs to the
    # state corporation X"); for a pronoun, the nearest of them
    described = pronoun.pos_ == "NOUN"
    for deps in ({"nsubj", "nsubjpass", "ROOT"}, {"appos"}) if described else ({"nsubj", "nsubjpass", "ROOT", "appos"},):
        for ent in candidates:
            if ent.root.dep_ in deps:
                return ent.kb_id_
    return candidates[0].kb_id_ if candidates else None


def _listed_with_share(ent: Span) -> bool:
    """A name right before its share in a list of holders: "A - 38.4%;", "A (40%)", "A, with 30%" (not
    "Shares of A jumped 8%")."""
    for t in ent.doc[ent.end:ent.end + 5]:
        if t.text == "%" or t.lower_ in {"percent", "per"}:
            return True
        if t.is_alpha and t.lower_ not in {"with", "holding", "about", "around", "some"}:
            return False
    return False


def _subject_above(ent: Span, token: Token) -> bool:
    """`ent` is the subject of a clause `token` is in: no antecedent of it."""
    return ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head in token.ancestors


def recent_actor(v: Token, floor: int = 0) -> str | None:
    """The agency last seen as a subject in this or the two sentences before (from token `floor`
    on), when no agency's action has been read: the body the passive "Among the entities
    designated were ..." refers to."""
    doc = v.doc
    start = v.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else 0
    start = max(start, floor)
    for ent in sorted((e for e in doc.ents if start <= e.start < v.i and e.label_ == "AGENCY"),
                      key=lambda e: -e.start):
        # not "the ministry said", nor a side clause ("..., as the Kremlin tries to build a fleet")
        root = ent.root
        if root.dep_ in {"conj", "appos"} and root.head.dep_ == "nsubj" and root.head.ent_type_ == "DATE":
            root = root.head  # "Today, the Department of Commerce's BIS announced", "Today" read as the subject
        verb = root.head  # (a report is no act, an announced measure is: "BIS announced a package of rules")
        reports = verb.lemma_ in REPORTING and not (verb.lemma_ in ANNOUNCING and any(c.dep_ == "dobj" for c in verb.children))
        if root.dep_ == "nsubj" and not reports and verb.dep_ != "advcl":
            # (the body a possessor names, however parsed: "the Department of the Treasury's Office of Foreign
            # Assets Control (OFAC) is taking action", with "Department" read as the subject)
            owned = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "AGENCY"), None)
            return owned.kb_id_ if owned is not None and doc[ent.end].text == "'s" else ent.kb_id_
    return None


def reporting_verb(v: Token) -> Token | None:
    """The verb reporting the clause: "announced that X was added" (also "... and that Y was
    indicted", a clause joined to the first one)."""
    while v.dep_ == "conj" and any(c.dep_ == "mark" for c in v.children):
        v = v.head
    return v.head if v.dep_ == "ccomp" and v.head.lemma_ in REPORTING else None


def announcing_verb(v: Token) -> Token | None:
    """The verb announcing the noun a participle describes: "announced ... the unsealing of an
    indictment charging X" -> "announced"."""
    if v.dep_ != "acl":
        return None
    return next((a for a in itertools.islice(v.head.ancestors, 6)
                 if a.pos_ == "VERB" and a.lemma_ in ANNOUNCING | REPORTING), None)


def agency_right_before(v: Token, ents: dict) -> Span | None:
    """An agency named right before the verb, past a short form in parentheses, a date and a phrase
    between commas: "BIS (BIS) issued", "DFAT on Friday listed", "the Working Mechanism, upon
    investigation, decided"."""
    doc, i, depth = v.doc, v.i - 1, 0
    if i > 0 and doc[i].text == ",":
        opening = next((j for j in range(i - 2, max(i - 6, 0), -1) if doc[j].text == ","), None)
        if opening is not None and (doc[opening + 1].pos_ == "ADP" or doc[opening + 1].dep_ == "prep"):
            i = opening - 1
    while i >= 0 and (depth or doc[i].text == ")" or doc[i].pos_ == "ADV" or doc[i].ent_type_ == "DATE"
                      or doc[i].lower_ in {"on", "in"} and doc[i + 1].ent_type_ == "DATE"):
        depth += {")": 1, "(": -1}.get(doc[i].text, 0)
        i -= 1
    ent = ents.get(i)
    return ent if ent is not None and ent.label_ == "AGENCY" and i == ent.end - 1 else None


def speaker_of(v: Token) -> Token | None:
    """The subject of the verb that reports `v` ("Britain announced that it added X"): whom
    "it" in the reported clause stands for."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_ not in REPORTING | ANNOUNCING:
        return None
    return next((c for c in v.head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)


def agency_antecedent(token: Token, ents: dict, v: Token) -> str | None:
    """ "it" / "the agency" as actor: the nearest agency before, in this sentence or the last;
    "the ministry" may also be the last agency anywhere before whose name has that word."""
    doc = token.doc
    sent = token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    before = [ents[i] for i in range(token.i - 1, -1, -1) if i in ents and ents[i].label_ == "AGENCY"]
    near = [e for e in before if e.start >= start]
    # "the commerce ministry": the agency whose name has all these words, anywhere before
    words = [token.lower_, *(c.lower_ for c in token.children if c.dep_ in {"compound", "amod"})]
    named = [e for e in before if token.lower_ in AGENCY_ANAPHORS
             and all(w in (e.kb_id_ or e.text).lower() for w in words)]
    candidates = named if len(words) > 1 and named else near or named
    if token.text in {"Department", "Ministry", "Office", "Bureau", "Council"} and len(words) == 1 and named:
        # an official text's capitalised "the Department" is its issuer: the first such body named
        candidates = named[-1:]
    if token.lower_ in {"it", "its"}:  # "it": the nearest agency that was a subject, else the nearest
        subjects = [e for e in near if e.root.dep_ in {"nsubj", "nsubjpass"}]
        candidates = subjects or candidates
        if not candidates:  # "The Department is removing X, which it designated ...": the body "the Department" is
            anaphor = next((t for t in doc[sent.start:token.i] if t.dep_ in {"nsubj", "nsubjpass"}
                            and t.lower_ in AGENCY_ANAPHORS and t.i not in ents), None)
            return agency_antecedent(anaphor, ents, v) if anaphor is not None else None
    return candidates[0].kb_id_ if candidates else None
