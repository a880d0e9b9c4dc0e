"""`MeasuresMixin`: the list or measure a clause names ("the Entity List", "visa bans"), who owns or
keeps a list, and the further measures of a trigger ("an asset freeze and a travel ban", "and forbade
to them ...")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..spans import doc_text
from .model import ENTITY_LABELS, GOODS, MEASURE_NOUNS, PROHIBITING


class MeasuresMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

    def _list_in(self, clause: list[Token]) -> dict | None:
        """The first list the clause names, matched on whole words ("an entity listed" is none), outside
        a body's name ("the Unreliable Entity List Working Mechanism")."""
        text = " ".join(t.lower_ for t in clause if t.ent_type_ != "AGENCY")
        text = text.replace(" 's", "'s").replace(" ’s", "'s").replace(" - ", "-")
        return next((item for item, pattern in self.list_patterns
                     if item["phrase"] in text and pattern.search(text) and not _other_regulation(item, text)), None)

    def _disclaimed(self, doc: Doc) -> bool:
        """The article says a list carries no measure ("The 1260H list carries no sanctions or investment
        prohibition"): the lists marked `disclaimable` then give no rows (gold decision 11)."""
        text = doc_text(doc).lower()
        if not any(cue in text for cue in self.disclaimers):
            return False
        return any(any(cue in said for cue in self.disclaimers) and any(w in said for w in self.disclaimed_measures)
                   and any(w in said for w in ("list", "designation", "inclusion"))
                   for said in (sent.text.lower() for sent in doc.sents))

    def _earlier_list(self, clause: list[Token]) -> dict | None:
        """The list a bare "the list" refers to: the last one named in the two sentences before ("added X
        to the UFLPA Entity List. Y has been on the list since March")."""
        bare = any(t.lemma_.lower() == "list" and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"}
                                                      for c in t.children)
                   and not any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in t.children) for t in clause)
        if not bare:
            return None
        doc, start = clause[0].doc, clause[0].sent.start
        for _ in range(2):
            if start == 0:
                return None
            sent = doc[start - 1].sent
            found = self._list_in(list(sent))
            if found is not None:
                return found
            start = sent.start
        return None

    def _owner(self, list_hit: dict | None, state: dict, sent: Span) -> str | None:
        """The owner of a list; for a name several countries use ("export control list"), the
        one of the only such country the sentence names ("China's commerce ministry said it
        added X to its export control list"), else of the article's first action."""
        if list_hit is None:
            return None
        by_country = list_hit.get("owner_by_country", {})
        if not by_country:
            return list_hit.get("owner")
        named = {self.country_of_place.get(e.text) for e in sent.ents} & by_country.keys()
        lead = state.get("lead")
        country = named.pop() if len(named) == 1 else self.country.get(lead["agency"]) if lead else None
        return by_country.get(country, list_hit.get("owner"))

    def _keeper(self, action: dict) -> str | None:
        """The fixed owner of the list an agency's measure puts names on (BIS's export restrictions:
        the Entity List, kept by the Commerce Department), if its country has exactly one."""
        country = self.country.get(action["agency"])
        owners = {owner for owner in self.list_owners if self.country.get(owner) == country} & {
            item["owner"] for item, _ in self.list_patterns if item["type"] == action["type"] and item.get("owner")}
        return owners.pop() if country and len(owners) == 1 else None

    def _list_owner(self, clause: list[Token], ents: dict) -> str | None:
        """ "the Commerce Department's list", "the sanctions list of the European Union": the body the
        list belongs to is its owner."""
        for tok in clause:
            if tok.lemma_.lower() == "list":
                owners = [c for c in tok.children if c.dep_ == "poss"] + [
                    o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                for owner in owners:
                    if owner.i in ents and ents[owner.i].label_ == "AGENCY":
                        return ents[owner.i].kb_id_
        return None

    def _coordinated_measures(self, v: Token) -> list[str]:
        """The measures of a coordinated object, one type each: "imposed an asset freeze and a
        travel ban on X" -> sanction, visa_ban."""
        objects = [c for c in v.children if c.dep_ == "dobj"]
        if not objects or not objects[0].conjuncts:
            return []
        nouns = [objects[0], *objects[0].conjuncts]
        found = (self._measure_in([*n.lefts, n], v) for n in nouns)
        return list(dict.fromkeys(t for t in found if t))

    def _measures_for_them(self, v: Token) -> list[str]:
        """"included X and Y into the list and forbade to them import and export activities": the
        measures a conjoined prohibition states for the same targets (gold Rule C)."""
        types: list[str] = []
        # (also participles: "announced countermeasures against A, freezing their assets and barring their
        # executives from entering the country")
        participles = [c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        joined = [c for c in v.children if c.dep_ == "conj"] + [c for p in participles for c in (p, *p.conjuncts)]
        for prohibition in (c for c in joined if c.lemma_.lower() in PROHIBITING):
            words = {t.lemma_.lower() for t in prohibition.subtree}
            if words & {"they", "them", "their"}:
                # (goods barred from entering a country: their import, "barring their goods from entering")
                types += ["import_ban" if mtype == "visa_ban" and words & GOODS else mtype
                          for mtype, cues in self.stated_measures.items() if words & cues]
        # "decided to take countermeasures against A and B: freeze their property in China; not issue visas
        # to their senior managers" / "and take following measures: prohibit above enterprises to ..."
        colon = next((t.i for t in v.sent if t.text == ":" and t.i > v.i), None)
        after = v.doc[colon + 1:v.sent.end] if colon is not None else []
        words = {t.lemma_.lower() for t in after}
        if words & PROHIBITING and words & {"they", "them", "their", "above"}:
            types += [mtype for mtype, cues in self.stated_measures.items() if words & cues]
        return types

    def _measure_in(self, clause: list[Token], v: Token) -> str | None:
        """The measure named in the clause ("export restrictions", "visa bans"), outside names; first the one
        the trigger takes as its object ("imposed sanctions on X, a lender handling gas exports")."""
        # (not the offence charged: "charging X with conspiring to export sensors")
        conduct = {t.i for prep in clause if prep.lower_ in {"with", "of"} and _conduct(prep) for t in prep.subtree}
        clause = [t for t in clause if t.i not in conduct]
        inside = {t.i for t in clause}
        own = next((c for c in v.children if c.dep_ in {"dobj", "nsubjpass"} and c.i in inside
                    and c.lemma_.lower() in MEASURE_NOUNS), None)
        return (self._measure_named(list(own.lefts) + [own], v) if own is not None else None) \
            or self._measure_named(clause, v)

    def _measure_named(self, clause: list[Token], v: Token) -> str | None:
        """The measure the words of `clause` name."""
        # "removed one entry", "revised the entry for X", "the following entry has been amended": a
        # list's entry, no visa ("denied entry", "barred from entry" are)
        words = [t.lower_ for t in clause if t.i != v.i and t.ent_type_ not in ENTITY_LABELS
                 and not any(c.dep_ == "nummod" or t.lemma_ == "entry" and (c.lower_ in {"for", "on"} or c.dep_ in {"det", "poss"})
                             for c in t.children)]
        joined = " ".join(words)
        for mtype, patterns in self.phrase_measures.items():
            if any(cue in joined and p.search(joined) for cue, p in patterns):
                return mtype
        return next((mtype for mtype, cues in self.measures.items() if any(w in cues for w in words)), None)

    def _measure_of_trigger(self, noun: Token) -> bool:
        """ "lifted sanctions on X": the noun is the measure of a trigger verb, which reads it."""
        return noun.head.lemma_.lower() in self.verbs and noun.lower_ in self.measure_words


def _conduct(prep: Token) -> bool:
    """A preposition that introduces the offence charged: "charged with conspiring to export", "accused
    of supplying"."""
    lemma = prep.head.lemma_.lower()
    return prep.dep_ == "prep" and (prep.lower_ == "with" and lemma in {"charge", "indict"} or prep.lower_ == "of"
                                    and lemma in {"accuse", "suspect", "convict"})


def _other_regulation(item: dict, text: str) -> bool:
    """A numbered annex of another regulation than the list's own ("annex iv to regulation ( eu ) no 401/2013")."""
    regulation = item.get("regulation")
    if regulation is None:
        return False
    named = re.search(re.escape(item["phrase"]) + r" (?:to|of) (?:council )?regulation \( eu \) (?:no )?(\d+ ?/ ?\d+)",
                      text)
    return named is not None and named[1].replace(" ", "") != regulation
