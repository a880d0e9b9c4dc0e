"""`ContinuationMixin`: what carries on the action just told. Names in a sentence of their own
("The other three are A, B and C", list items after "... are:", annex entries; `_continued_list`),
the sections of a press release under a listing heading (`_section_rows`), the measures stated for
the targets just named ("they are prohibited from ..."; `_stated_measures`), and the earlier action
a clause with no actor of its own refers back to (`_referred_action`)."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from .actors import recent_actor
from .dates import as_date, clause_head, in_dateline
from .model import (ACTION_NOUNS, ADDED_WORDS, ANAPHORS, GOODS, GROUP_NOUNS, HOLDERS, LOCATED, MEASURE_NOUNS,
                    NOT_ORGANIZATIONS, PROHIBITING, REMOVED_WORDS, row)
from .name_lists import country_heading, entity_list, introduced_names, is_item, opens_entry
from .sentences import _evidence, _opens_with_name, _prose
from .syntax import _also, _fell_under, _passive, _present, _under_authority


def _rest_of_count(sent: Span, state: dict) -> dict | None:
    """ "The other two are A and B", "The others are ...": the rest of the last count named in part ("OFAC
    designated four firms, among them C and D"), even when another action was told in between."""
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ == "others" or any(c.lower_ == "other" for c in subject.children)):
        return None
    partial = state.get("partial")
    return partial if partial is not None and sent.start - partial["sent"] <= 200 else None


class ContinuationMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

    def _stated_measures(self, sent: Span, ents: dict, state: dict, named_here: bool = False) -> list[dict]:
        """The measures an announcement lists for the targets it just named: "the two companies
        are prohibited from import and export activities related to China and from new
        investment; their senior managers are barred from entering" -> one row per measure.
        With `named_here`, for targets the same sentence names: "the 6 companies, among them A,
        B and C, are prohibited from ..." (then only when it states two measures or more)."""
        last = state["last"] if state["last"] and state["last"]["targets"] else state["listed"] or state["last"]
        # (measures are stated for those listed, not for a removal; near the listing or the last measure stated)
        if not last or sent.start - max(last["sent"], last.get("stated", 0)) > 120 or last["lifted"]:
            return []
        words = {t.lemma_.lower() for t in sent}
        if not words & PROHIBITING or words & self.modal_heads - {"will", "would", "shall"}:
            return []
        group = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and self._is_group(t)]
        if named_here:
            targets = introduced_names(group[:1], ents, next_sentence=False) if group else []
            if not targets:
                return []
        elif any(t.i in ents for t in sent):
            return []
        else:
            targets = last["targets"]
        if not any(t.lower_ in {"they", "them", "their"} or (t.dep_ in {"nsubj", "nsubjpass", "poss"} or t.head.lower_ == "above"
                                                              or t.dep_ == "pobj" and any(c.lower_ == "the" for c in t.children))
                   and t.lemma_.lower() in ANAPHORS | GROUP_NOUNS for t in sent):  # "Above entities are"
            return []  # "the companies are prohibited", "the property of the enterprises"; not "items banned for export"
        types = [mtype for mtype, cues in self.stated_measures.items() if words & cues]
        if any(t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in GOODS for t in sent):
            # "Goods made by the three companies are barred from entering the United States": their import
            types = list(dict.fromkeys("import_ban" if t == "visa_ban" else t for t in types))
        if named_here and len(types) < 2:
            return []
        last["measures"] = types  # for names the article gives later ("The firms include ...")
        last["stated"] = sent.start if types else last.get("stated", 0)
        evidence = _evidence(sent)
        return [row(mtype, last["agency"], target, last["date"], False, evidence, "stated_measure")
                for mtype in types for target in targets]

    def _continued_list(self, sent: Span, ents: dict, dates: list[Span], state: dict) -> list[dict]:
        """Names that continue the last action in a sentence of their own: "The other three are
        A, B and C", "They include A and B", and the items of a list after "... are:"
        ("- A LLC, Moscow; date of listing: 23.2.2024")."""
        last = state["last"]
        # a numbered paragraph that states something ("1. On 8 June the Office designated ...") is no entry
        # (also "• X JSC, which is 75% owned by Y": a bulleted line that opens with a name)
        item = is_item(sent) and (not _prose(sent) or _opens_with_name(sent, ents)) \
            or bool(state.get("items_open")) and opens_entry(sent, ents)
        # an annex entry under "ADDITIONS" / "REMOVAL" continues the last addition / removal told; one
        # under "AMENDMENTS" continues neither (its fields tell what stands: `entries.py`)
        section = state["entry"].section if item and state.get("entry") is not None else None
        if section == "amended":
            return []
        if section in {"added", "removed"} and (last is None or last["lifted"] != (section == "removed")):
            last = state["polar"].get(section == "removed")
        if item and state.get("annex"):
            last = state["annex"]
            state["heading"] = True
        elif not item:
            state.pop("heading", None)  # the list under a heading ends with its items
            last = _rest_of_count(sent, state) or last
        elif state.get("lead") and self._listing_heading(sent, state):
            last = state["lead"]  # "ENTITIES DESIGNATED BY THE DEPARTMENT OF STATE" + items: the news
        headed = self._section_rows(sent, ents, state["section"]) if not item and state.get("section") else []
        if headed:
            return headed
        if not last or sent.start - last["sent"] > 200 and not state.get("heading"):
            return []
        if item and (last.get("colon") or state.get("heading") or state.get("items_open")):
            names = [e.kb_id_ for e in sent.ents if e.label_ == "ORG"][:1]
            how = "list_item"
        else:
            root = sent.root
            subject = [c for c in root.children if c.dep_ == "nsubj"]
            referring = subject and subject[0].lemma_.lower() not in NOT_ORGANIZATIONS and (
                subject[0].lower_ in {"they", "these", "those"} or subject[0].tag_ in {"NNS", "CD"}
                and any(c.lower_ in {"the", "these", "other"} for c in subject[0].children)
                and subject[0].lemma_.lower() not in HOLDERS
                # "The biggest of the firms is X", "The seventh is X": one of the group
                or (subject[0].tag_ == "JJS" or subject[0].ent_type_ == "ORDINAL")
                and any(c.lower_ == "the" for c in subject[0].children))
            # "Among the new entries are A; B", "So were A; B; and C"
            among = root.lemma_ == "be" and (sent[0].lower_ in {"among", "so"} or any(  # "Also on the list are A, B"
                p.dep_ == "prep" and p.lower_ in {"in", "on"} and p.i < root.i and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in self.list_nouns for o in p.children) for p in root.children))
            # "Among the designated suppliers, X shipped 40 engines to Iran": one of the group, as the subject
            group = next((o for o in sent[0].children if o.dep_ == "pobj"), None) if sent[0].lower_ == "among" else None
            among_subject = group is not None and root.lemma_ != "be" and sent[0].head.i == root.i and (
                group.lower_ in {"them", "those", "these"} or any(
                    c.dep_ == "amod" and c.lower_ in self.listing_words for c in group.children))
            heading = country_heading(sent)  # "Under Pakistan: A Ltd. and B, both of which ..."
            # "Three of the entities are based in China: A, B and C" (the names after the colon)
            colon = next((t.i for t in sent if t.text == ":" and t.i > root.i), None)
            if heading is None and colon is not None and root.lemma_ in LOCATED and any(
                    c.dep_ == "nsubjpass" and _of_the_group(c) for c in root.children):
                heading = colon
            # "..., the maker X is one of them" (translated)
            one_of = root.lemma_ == "be" and any(c.dep_ == "attr" and c.lower_ == "one" and any(
                o.lower_ in {"them", "these", "those"} for p in c.children if p.lower_ == "of" for o in p.children)
                for c in root.children)
            # "The order also included X and Y", "Today's action also covers X"
            measure_subject = subject and subject[0].lemma_.lower() in self.documents | MEASURE_NOUNS | ACTION_NOUNS \
                and any(c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" for c in subject[0].children)
            # "The list, published with a decree, also includes X": the list of the action told (not a list
            # named, "The Entity List includes X")
            measure_subject = measure_subject or subject and subject[0].lemma_.lower() == "list" and all(
                c.lower_ in {"the", "this"} or c.dep_ in {"punct", "acl", "relcl", "appos"} for c in subject[0].children)
            if not (referring and root.lemma_ in {"be", "include"} or measure_subject and root.lemma_ in {"include", "cover"}
                    or among or one_of or among_subject or heading is not None):
                return []
            # (or the name in apposition: "Among sanctioned are the Vladivostok company X, Y and Z")
            objects = [c if c.i in ents else next(a for a in c.children if a.dep_ == "appos" and a.i in ents)
                       for c in root.children if c.dep_ in ({"nsubj"} if among_subject else {"attr", "dobj", "nsubj"})
                       and (c.i in ents or any(
                           a.dep_ == "appos" and a.i in ents for a in c.children))]
            colon = next((t.i for t in sent if t.text == ":"), None) if referring else None  # "The five entities are: A, B"
            if heading is None and not objects and colon is not None:
                heading = colon
            first = ents.get(heading + 1) if heading is not None else ents[objects[0].i] if objects else None
            names = entity_list(first, ents) if first is not None and first.label_ == "ORG" else []
            last_word = sent[-1]
            if names and last_word.is_alpha and last_word.is_lower and sent.end < len(sent.doc) \
                    and sent.end in ents and ents[sent.end].label_ == "ORG":
                # "Among the firms were developer A and drone maker" | "B Ltd.": the parser cut the list
                names += entity_list(ents[sent.end], ents)
            if first is not None and first.label_ == "AGENCY" and referring:
                # "The others are the junta-appointed Union Election Commission, the state-owned X, Y and Z"
                after = next((e for e in sent.ents if e.start >= first.end and e.label_ == "ORG"), None)
                names = [first.kb_id_, *(entity_list(after, ents) if after is not None else [])]
            if not names and measure_subject:
                names = [n for c in root.children if c.dep_ == "dobj" for n in self._names(c, root, ents)]
            how = "continued_list"
        if not names:
            return []
        # an entry paragraph's dates are its fields ("Organization Established Date 2008")
        entry = item and not is_item(sent)
        # (of its main clause: not "C, which runs the quay where ... were loaded in September", "- X, a forwarder
        # that sold its stake in 2023")
        own = [d for d in dates if sent.start <= d.start < sent.end and not in_dateline(d)
               and clause_head(d.root, sent.root).i == sent.root.i] if not entry else []
        date = as_date(own[0]) if own else last["date"]
        evidence = _evidence(sent)
        last["sent"] = sent.start  # the list goes on: "Among them was A. Also on the list are B. The others are C"
        if item:  # "the above enterprises" are its items
            last["targets"] = [*last["targets"], *names]
            state["listed"] = last
        types = [last["type"], *[t for t in last.get("measures", []) if t != last["type"]]]
        # "Among Monday's newcomers are ..." after a licence extended: the words before the names decide
        lead = {t.lemma_.lower() for t in sent[:12] if t.i < sent.root.i}
        if item and not lead & (ADDED_WORDS | REMOVED_WORDS):
            lead = _heading_above(sent)  # "2. Entities deleted" + "(1) X (Syria)"
        lifted = False if lead & ADDED_WORDS else True if lead & REMOVED_WORDS else last["lifted"]
        return [row(atype, last["agency"], name, date, lifted, evidence, how) for atype in types for name in names]

    def _section_rows(self, sent: Span, ents: dict, section: dict) -> list[dict]:
        """Under "Entities Designated by the Department of State": the names a sentence opens with
        ("A and B produce drone parts") take the section's action; a stake ("Varnel Corp holds 72
        percent of it") names no target."""
        doc = sent.doc
        first = next((t for t in sent if not t.is_space), None)
        opening = ents.get(first.i) if first is not None else None
        stake = any(t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"%", "percent", "per"} for t in sent)
        if opening is None or opening.label_ != "ORG" or opening.start != first.i or stake:
            return []
        evidence = _evidence(sent)
        return [row(section["type"], section["agency"], name, section["date"], section["lifted"], evidence, "section")
                for name in entity_list(opening, ents)]

    def _track_section(self, sent: Span, state: dict) -> None:
        """Headed sections of a press release: a heading line that says its names were listed
        ("Entities Designated by the Department of State") opens a section whose names take the
        lead action; any other heading line ("Delisting", "Background") closes it."""
        words = list(itertools.islice((t for t in sent if not t.is_space), 11))  # (a heading has at most 10)
        line_end = sent.end >= len(sent.doc) or "\n" in sent[-1].text_with_ws or sent.doc[sent.end].is_space
        heading = 0 < len(words) <= 10 and words[0].is_title and words[-1].text not in {".", ":", "!", "?", '"', "”"} \
            and line_end and not _prose(sent)
        if heading:
            listing = any(t.lower_ in self.listing_words for t in words)
            state["section"] = state.get("lead") if listing else None

    def _listing_heading(self, sent: Span, state: dict) -> bool:
        """Whether list items follow a heading in capitals that says they were listed ("ANNEX:
        ENTITIES DESIGNATED BY ..."), up to the next line that is not an item; remembered in state."""
        doc = sent.doc
        if sent.start > 0:
            before = doc[sent.start - 1].sent
            words = [t for t in before if t.is_alpha]
            if words and all(t.is_upper for t in words) and any(
                    t.lower_ in self.listing_words for t in words):
                state["heading"] = True
        return bool(state.get("heading"))

    def _referred_action(self, v: Token, state: dict, named_measure: object) -> dict | None:
        """The previous action, for clauses that refer back to it.

        "which was also listed on Thursday", "Among the companies added were ...",
        "Those named include ...": a passive with no agent and no list of its own.
        """
        last = state["last"]
        fell_under = _fell_under(v)
        if not (_passive(v) or fell_under):
            return None
        if last is None or last["agency"] is None:
            # "Britain froze ... The FCDO targeted gangs ... Among the entities designated were A"
            actor = recent_actor(v, floor=last["sent"] if last else 0)  # named since the country's action
            if actor is not None:
                last = {**(last or {"type": None, "date": state["event_date"]}), "agency": actor, "sent": v.sent.start}
            if last is None:
                return None
        lead = state.get("lead")
        being = _present(v) and any(c.lower_ == "being" for c in v.children)  # "are being designated"
        if lead is not None and (_under_authority(v) or being) and not any(c.lower_ == "had" for c in v.children):
            # a press release's "X was designated pursuant to E.O. 14024", "X and Y are being designated
            # for ...": today's action
            return lead
        also = _also(v)
        back_reference = v.dep_ in {"acl", "relcl", "amod"} and (  # "the companies named", "The indicted companies"
            v.head.lower_ in {"those", "others"}
            or v.head.lower_ in self.count_nouns and any(c.lower_ in {"the", "these"} for c in v.head.children)
        )
        # "Volga Credit Bank and Bank of Kazan were added": a bare listing right after an action
        nearby = v.sent.start - last["sent"] <= 80 and (v.lemma_ in self.listing_verbs and not named_measure or fell_under)
        # "... decides to take countermeasures as following: Article 1 Countermeasures are taken to X"
        announced = last.get("colon") and v.sent.start - last["sent"] <= 60
        # (also the decision quoted after the news of it: "announced countermeasures against three U.S. firms. The
        # decision reads: 'Countermeasures are taken against A, B and C'")
        announced = announced or _present(v) and v.sent.start - last["sent"] <= 60 and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in MEASURE_NOUNS for c in v.children)
        # "Under the measures, X's property is frozen, and its executives are barred from entering"
        clause = [v, v.head] if v.dep_ == "conj" else [v]
        under = any(p.lower_ == "under" and any(o.lemma_.lower() in MEASURE_NOUNS | ACTION_NOUNS | self.documents and any(
            d.lower_ in {"the", "these", "this"} for d in o.children) for o in p.children)
                    for c in clause for p in c.children)
        if also or nearby or announced or under or back_reference and not named_measure:
            return last
        return None


def _heading_above(item: Span) -> set[str]:
    """The lower-case words of the short heading line above a run of list items ("2. Entities deleted")."""
    doc = item.doc
    sent = item
    while sent.start > 0 and is_item(sent) and any(e.label_ == "ORG" for e in sent.ents):
        sent = doc[sent.start - 1].sent
    words = [t.lower_ for t in sent if t.is_alpha]
    return set(words) if sent != item and 0 < len(words) <= 5 and not any(e.label_ == "ORG" for e in sent.ents) else set()


def _of_the_group(subject: Token) -> bool:
    """A subject that refers to the targets just counted: "they", "the entities", "three of the entities",
    "two of them"."""
    if subject.lower_ in {"they", "these", "those"}:
        return True
    if subject.tag_ == "NNS":
        return any(c.lower_ in {"the", "these"} for c in subject.children)
    return subject.tag_ == "CD" and any(o.lower_ in {"them", "these", "those"} or o.tag_ == "NNS" and any(
        d.lower_ in {"the", "these"} for d in o.children) for p in subject.children if p.lower_ == "of" for o in p.children)
