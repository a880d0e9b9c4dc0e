"""ORG repair: the model's ORG spans fixed by rules.

The small English model splits and mislabels company names: it tags "Lumen Technology" as
PERSON, cuts "SZ" off "SZ Tarnwick Robotics Co., Ltd.", misses names in long lists, and calls
peoples, job titles, systems and lists ORG. This component keeps AGENCY spans as they are
and rebuilds the ORG spans from the model's ents plus name patterns.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicons import load_yaml
from ..temporal import MONTHS, WEEKDAYS
from .boundaries import dateline_end, opens_item
from .spans import QUOTES, CuedMatcher, doc_text, overlaps

ORG = "ORG"
#: Model labels that may hide a company name.
RELABELLED = {"PERSON", "GPE", "NORP", "FAC", "PRODUCT", "LOC", "WORK_OF_ART", "LAW"}
#: A token that can be part of a name: capital or digit first ("SZ", "KR-2", "O'Neill").
#: Capitals beyond ASCII ("Ödeme", "Şirketi", "Élan"): Latin, Greek and Cyrillic.
CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
NAME_START = rf"^[A-Z0-9{CAPITALS}][\w&'’.\-+]*$"  # (also "En+")
ACADEMIC = ["University", "Institute", "Academy", "College", "Laboratory", "Center", "Centre"]
COPULAS = {"is", "are", "was", "were"}  # never inside a name


class OrganizationRepairer:
    """Rebuilds the ORG spans from the model's ents, name patterns and context cues."""

    def __init__(self, nlp: Language, rules: str) -> None:
        r = load_yaml(rules)
        # capitals too: annexes and sanctions notices write names in capitals
        self.suffixes: set[str] = {v for w in r["legal_suffixes"] for v in (w, w.upper())}
        self.descriptors: set[str] = {v for w in r["descriptors"] for v in (w, w.upper())}
        self.non_org_heads: set[str] = set(r["non_org_heads"])
        self.non_orgs: set[str] = set(r["non_orgs"])
        self.connectors: set[str] = set(r["name_connectors"])
        self.form_phrases = [[t.text for t in nlp.make_doc(phrase)] for phrase in r["legal_form_phrases"]]
        self.form_starts = {phrase[0] for phrase in self.form_phrases}
        self.non_org_leads: tuple[str, ...] = tuple(r["non_org_leads"])
        self.demonyms: set[str] = set(r["demonyms"])
        self.title_words: set[str] = set(r["title_words"])
        self.leading_strip: set[str] = {w.lower() for w in r["leading_strip"]}
        self.role_nouns: set[str] = set(r["role_nouns"])
        self.leading_roles: set[str] = set(r["leading_roles"])
        self.opening_preps: set[str] = set(r["opening_preps"])
        self.places: set[str] = set(r["places"])
        self.prefixes: set[str] = set(r["legal_prefixes"])
        self.business_verbs: set[str] = set(r["business_verbs"])
        self.heading_ends: set[str] = set(r["heading_ends"])
        self.name_endings: tuple[str, ...] = tuple(r["name_endings"])
        self.business_nouns: set[str] = set(r["business_nouns"])
        self.reporting_verbs: set[str] = set(r["reporting_verbs"])
        self.reporting_nouns: set[str] = set(r["reporting_nouns"])
        self.place_participles: set[str] = set(r["place_participles"])
        self.person_cues: set[str] = set(r["person_cues"])
        self.person_followers: set[str] = set(r["person_followers"])
        self.person_roles: set[str] = set(r["person_roles"])
        self.vessel_words: set[str] = set(r["vessel_words"])
        self.byline_words: set[str] = set(r["byline_words"])
        name = {"TEXT": {"REGEX": NAME_START + "|^-$"}, "OP": "+"}  # (also across "Hi-Tech")
        patterns: dict[str, list[list[dict]]] = {}
        suffix = {"TEXT": {"IN": sorted(self.suffixes)}}
        patterns["legal_suffix"] = [
            [name, suffix],
            [name, {"TEXT": "&"}, name, suffix],  # "Amber Travel & Tourism LLC"
            # "Kordofan Logistics and Transport Company": two business words joined inside one name
            [name, {"TEXT": {"IN": r["paired_business_words"]}}, {"LOWER": "and"},
             {"TEXT": {"IN": r["paired_business_words"]}}, {"TEXT": {"REGEX": NAME_START}, "OP": "*"}, suffix],
            [name, {"TEXT": {"IN": r["name_connectors"]}}, name, suffix],  # "Sanayi ve Ticaret A.S."
            [name, {"TEXT": "("}, name, {"TEXT": ")"}, suffix],  # "Vega (Pearls) Co., Ltd."
            [name, {"TEXT": "("}, name, {"LOWER": {"IN": ["and", "&"]}}, name, {"TEXT": ")"}, suffix],  # "(Pearls and Silver)"
            [name, {"TEXT": "("}, name, {"TEXT": ")"}, name, suffix],  # "Jinlong (HK) International Trading Co."
            # "Znamya Children's Recreation Camp LLC" (not "Iran's Mahan Air LLC": see `_possessor`)
            [name, {"ORTH": {"IN": ["'s", "’s"]}}, name, suffix],
            # a legal form of several words: "Baltic Gaz Sp. z o.o."
            *[[name, *({"TEXT": word} for word in phrase)] for phrase in self.form_phrases],
        ]
        # legal form first, as Russian and Ukrainian names often have it: "LLC Polar Gas 3"
        patterns["legal_prefix"] = [[{"TEXT": {"IN": r["legal_prefixes"]}}, name]]
        # a quoted name with its legal form before or after it: 'JSC "Tver Engine Design Bureau"',
        # 'Limited Liability Company "Kursk Spetsmash"', '"Baikal Remont" OOO'
        quote = {"TEXT": {"IN": sorted(QUOTES)}}
        # inside: name words, not a stretch of prose between two quoted names
        # (and the name connectors: '"Sahil al-Bahr Shipping"')
        inside = "|".join(sorted({"of", "and", "for", "the", "&", *self.connectors}))
        quoted = [quote, {"TEXT": {"REGEX": rf'^(?:[^"“”«»\na-z][^"“”«»\n]*|{inside})$'}, "OP": "+"}, quote]
        prefixes = [[{"TEXT": {"IN": r["legal_prefixes"]}}]] + [
            [{"TEXT": t.text} for t in nlp.make_doc(phrase)] for phrase in r["legal_prefix_phrases"]]
        # (single quotes only after a legal form, as the EU's annexes write them: "Joint Stock Company 'Kvant'")
        single = [{"TEXT": {"IN": ["'", "‘"]}}, {"TEXT": {"REGEX": rf"^(?:[^'‘’\"\na-z][^'‘’\"\n]*|{inside})$"},
                                                  "OP": "+"}, {"TEXT": {"IN": ["'", "’"]}}]
        patterns["quoted_name"] = [*[prefix + quoted for prefix in prefixes], quoted + [suffix],
                                   *[prefix + single for prefix in prefixes]]
        academic = {"TEXT": {"IN": ACADEMIC}}
        # a name part that is not a legal form: "A Co. and B Institute" are two names
        bare = {"TEXT": {"REGEX": NAME_START, "NOT_IN": sorted(self.suffixes)}, "OP": "+"}
        self.and_in_name = nlp.vocab.strings.add("and_in_name")
        patterns["and_in_name"] = [  # "Lakeside Marine Science and Technology University"
            [bare, {"LOWER": "and"}, name, academic],
            # "University of Science and Technology", not "Institute of Technology and Lakeside Marine University"
            [academic, {"LOWER": "of"}, name, {"LOWER": "and"}, {"TEXT": {"REGEX": NAME_START, "NOT_IN": ACADEMIC}, "OP": "+"}],
        ]
        # "the Centre for Advanced Materials at the University of Lahore": a unit named with its university
        patterns["unit_at_university"] = [[
            {"TEXT": {"IN": ["Centre", "Center", "Institute", "School", "Laboratory", "Faculty", "College"]}},
            {"LOWER": {"IN": ["for", "of"]}}, {"IS_TITLE": True, "OP": "+"}, {"LOWER": "at"}, {"LOWER": "the", "OP": "?"},
            {"TEXT": {"IN": ["University", "Academy"]}}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]]
        patterns["x_of_y"] = [[{"TEXT": {"REGEX": NAME_START}, "OP": "*"}, {"TEXT": {"IN": r["of_heads"]}},
                               {"LOWER": "of"}, {"TEXT": {"REGEX": NAME_START}, "OP": "+"}]]
        # (the "-" of "Al-Hikma Tech for Imports" is a token of its own)
        for_name = [{"TEXT": {"REGEX": NAME_START + "|^-$"}, "OP": "+"}, {"TEXT": {"IN": r["for_heads"]}},
                    {"LOWER": "for"}, {"IS_TITLE": True, "OP": "+"}]
        # "Opora Foundation for Families of the Special Military Operation"
        for_of = for_name + [{"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "+"}]
        self.x_for_y = nlp.vocab.strings.add("x_for_y")
        patterns["x_for_y"] = [for_name, for_name + [{"LOWER": "and"}, {"IS_TITLE": True}], for_of]
        patterns["propn_descriptor"] = [[{"POS": "PROPN", "TEXT": {"REGEX": NAME_START}, "OP": "+"},
                                         {"TEXT": {"IN": sorted(self.descriptors)}}]]
        # run only on the sentences with a legal form, a quote, "University" ... (most have none)
        self.matcher = CuedMatcher(nlp.vocab, patterns, greedy="LONGEST", text_cues=True, names=True)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        agencies = [e for e in ents if e.label_ == "AGENCY"]
        candidates = [
            e for e in ents
            if e.label_ == ORG or (e.label_ in RELABELLED and (self._has_evidence(e) or self._has_role_noun(e)))
        ]
        candidates = [part for span in candidates for part in self._split_list(span)]
        # not "Institute of Technology and Lakeside Marine" + "University": two institutions; not two
        # names the article also uses apart
        for key, s, e in self.matcher(doc):
            if key == self.and_in_name and (e < len(doc) and doc[e].text in ACADEMIC or _used_apart(doc[s:e])):
                continue
            start = _after_possessor(doc[s:e])  # "Russia's Rosneft PJSC": the name after its owner
            if start >= e - 1:
                continue
            if key == self.x_for_y and e < len(doc) and doc[e].is_title and doc[e - 2].lower_ == "and":
                e -= 2  # "X Tech for Imports and Red Sea Co.": the name ends before a second one
            candidates.append(doc[start:e])
        candidates += self._list_members(doc, candidates)
        candidates += _list_entries(doc)
        candidates += self._items_with_and(doc, candidates)
        contextual = self._business_names(doc, ents)
        candidates += contextual
        candidates = [part for span in candidates for part in self._split_numbered(span)]
        contextual_bounds = {(s.start, s.end) for s in contextual}
        orgs = []
        for span in {(c.start, c.end): c for c in candidates}.values():  # (a span found twice is cleaned once)
            cleaned = self._clean(span)
            if cleaned is not None and not any(overlaps(cleaned, a) for a in agencies):
                orgs.append(cleaned)
        orgs = [o for o in filter_spans(orgs)
                if (o.start, o.end) in contextual_bounds or not self._named_otherwise(o, ents)]
        companies = {t.i for o in orgs if self._has_suffix(o) for t in o}  # names with a legal form
        orgs = [o for o in orgs if self._has_suffix(o) or not _after_name_in_item(o, companies)]
        people = _person_entries(doc)
        orgs = [o for o in orgs if not any(a <= o.start_char < b for a, b in people)]
        kept = [e for e in ents if e.label_ != ORG and not any(overlaps(e, o) for o in orgs)]
        doc.ents = filter_spans(orgs + kept)
        return doc

    # -- evidence ---------------------------------------------------------------
    def _has_suffix(self, span: Span) -> bool:
        return any(t.text in self.suffixes for t in span[1:])

    def _has_evidence(self, span: Span) -> bool:
        """A legal form or an organization word at the end ("Lumen Technology", "Tenmo Limited")."""
        if len(span) > 1 and span[0].text in self.prefixes:
            return True
        last = span[-1]
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        doc = span.doc
        # (also after a comma: "Toyo Kisen Kaisha, Ltd.", the model's person before the legal form)
        after_comma = nxt is not None and nxt.text == "," and span.end + 1 < len(doc) \
            and doc[span.end + 1].text in self.suffixes and "." in doc[span.end + 1].text \
            and not self._opens_name(doc, span.end + 1)
        return (
            len(span) > 1 and (last.text in self.descriptors or self._has_suffix(span))
        ) or (nxt is not None and nxt.text in self.suffixes and nxt.text not in {"Group", "Holdings"}) or after_comma

    def _business_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Untagged proper names that act as companies: the subject of "owns", "sells", "holds"...,
        the possessor of a stake or a subsidiary, or named by a role noun ("miner Taimyr Metals",
        "Orinoco Norte, a joint venture")."""
        taken = {t.i for e in ents if e.label_ not in {"GPE", "NORP", "PERSON"} for t in e}
        persons = {e.start for e in ents if e.label_ == "PERSON" and len(e) > 1}
        found = []
        for token in doc:
            if token.pos_ != "PROPN" or token.i in taken or token.dep_ == "compound":
                continue
            chunk = _propn_chunk(token)
            if chunk.start in persons or any(t.i in taken for t in chunk) or chunk.text in self.places:
                continue
            root = chunk.root
            acting = root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in self.business_verbs
            owning = root.dep_ == "poss" and root.head.lower_ in self.business_nouns
            owned = root.dep_ == "pobj" and root.head.lower_ in {"of", "in"} and (
                root.head.head.lower_ in {"%", "percent", "pct", "stake", "stakes", "interest", "holding", "shares"}
            )  # "70% of Orinoco Norte", "a stake in Taimyr Metals"
            source = root.ent_type_ != "PERSON" and (
                root.dep_ == "nsubj" and root.head.lemma_ in self.reporting_verbs
                or root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in self.reporting_nouns
            )
            built = len(chunk) == 1 and token.is_title and any(  # "Gazprombank", "Transneft"
                token.lower_.endswith(e) and len(token) > len(e) + 2 for e in self.name_endings)
            if acting or owning or owned or source or built or self._has_role_noun(chunk):
                found.append(Span(doc, chunk.start, chunk.end, label=ORG))
        return found

    def _split_list(self, span: Span) -> list[Span]:
        """ "Otkritie, Sovcombank" tagged as one ORG: split at commas not followed by a legal form,
        and at "and" after one."""
        doc = span.doc
        cuts = [t.i for t in span if t.i + 1 < span.end and (
            t.text == "," and doc[t.i + 1].text not in self.suffixes
            # "Hengtai Vacuum Co. and Zhongke Laser Institute" (or "... JSC or Uralprom Leasing LLC"): a
            # legal form ends the first name
            or t.lower_ in {"and", "or"} and t.i > span.start and doc[t.i - 1].text in self.suffixes
            and doc[t.i + 1].is_title
            # "orders against Halvard Swift and Qadir Volga": two short forms the article
            # also uses apart ("Halvard Swift Logistics Limited", "Qadir Volga LLC")
            or t.lower_ == "and" and t.i > span.start and _used_apart(span)
            # "the shareholder of Vesta Grain Ltd is Orion Holdings Limited": a verb is no part of a name
            or t.text in COPULAS and t.i > span.start)]
        if not cuts or any(t.text == "&" for t in span.doc[cuts[-1]:span.end]):
            # "Aldric Defense, Space & Security" is one name
            return [span]
        bounds = [span.start, *cuts, span.end]
        parts = [span.doc[a + (a in cuts):b] for a, b in zip(bounds, bounds[1:])]
        return [Span(span.doc, p.start, p.end, label=span.label_) for p in parts if len(p)]

    def _split_numbered(self, span: Span) -> list[Span]:
        """ "(1) Kirovsk Optics LLC (2) Vostok Polymer JSC" read as one name: split at an item number
        after a legal form."""
        doc = span.doc
        cut = next((t.i for t in span if t.text == "(" and t.i > span.start and doc[t.i - 1].text in self.suffixes
                    and t.i + 3 < span.end and opens_item(t)), None)
        if cut is None:
            return [span]
        first = Span(doc, span.start, cut, label=span.label_)
        return [first, *self._split_numbered(Span(doc, cut + 3, span.end, label=span.label_))]

    def _items_with_and(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Sun and Moon Trading Co., Limited" as a whole list item (after ";", ":", an item number, a
        line break, or a list's last "Ltd. and"): the model splits it, but an item names one company.
        Not inside running prose ("OFAC named Huawei and ZTE Corp."): two companies are as likely."""
        found = []
        for span in spans:
            if not self._has_suffix(span) or span.start < 2 or doc[span.start - 1].lower_ != "and":
                continue
            first = span.start - 1
            while first > 0 and doc[first - 1].is_title and doc[first - 1].text not in self.suffixes:
                first -= 1
            before = doc[first - 1] if first > 0 else None
            if first == span.start - 1 or before is None:
                continue
            item = before.text in {";", ":"} or "\n" in before.text or "\n" in before.whitespace_ \
                or before.text in {".", ")"} and first >= 2 and doc[first - 2].like_num \
                or before.lower_ == "and" and first >= 2 and doc[first - 2].text in self.suffixes
            if item and span.start - first <= 5:
                found.append(Span(doc, first, span.end, label=ORG))
        return found

    def _has_role_noun(self, span: Span) -> bool:
        """ "tank maker Kamazavod", "Los Halcones, a group that ...": a role noun names it."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_quote and span.start > 1 and span.end < len(doc) and doc[span.end].is_quote:
            return doc[span.start - 2].lower_ in self.role_nouns  # 'the company "Kvantor"' (translated news)
        if before is not None and before.lower_ in self.role_nouns and before.dep_ in {"compound", "amod", "nmod"}:
            return True
        if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in {"a", "an", "the"}:
            return any(t.lower_ in self.role_nouns and t.dep_ == "appos" for t in doc[span.end + 2:span.end + 6])
        # a list in apposition to a plural role noun: "Ecuador's two largest gangs, Los Lobos and Los Choneros"
        head = span.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ == "appos" and head.head.tag_ == "NNS" and head.head.lemma_.lower() in self.role_nouns

    def _named_otherwise(self, span: Span, ents: list[Span]) -> bool:
        """A bare name the model calls a place or a person elsewhere in the article ("Washington
        broadened ...", "Deripaska" after "Oleg Deripaska"), or a dateline ("OTTAWA, March 3 -")."""
        if self._has_evidence(span):
            return False
        if span.start < 4 and span.text.isupper() and span.end < len(span.doc) and span.doc[span.end].text in {",", "-", "("}:
            return True
        dateline = dateline_end(doc_text(span.doc))
        if dateline is not None and span.end_char <= dateline and span.text.isupper():
            return True  # "ALMATY/AKTAU - X LLP, ...": the dateline's places
        for ent in ents:
            if overlaps(ent, span):
                continue
            if ent.label_ in {"GPE", "LOC"} and ent.text == span.text:
                return True
            if ent.label_ == "PERSON" and len(ent) > len(span) and ent.text.endswith(" " + span.text):
                return True
        return False

    # -- cleaning ---------------------------------------------------------------
    def _clean(self, span: Span) -> Span | None:
        """Trim, extend over a legal form, and reject what is not an organization."""
        doc = span.doc
        start, end = span.start, span.end
        while start < end and (doc[start].lower_ in self.leading_strip or doc[start].is_punct) \
                and doc[start].text not in self.prefixes:
            start += 1
        dash = next((t.i for t in doc[start + 1:end - 1] if t.text in {"-", "–", "—"} and t.whitespace_
                     and doc[t.i - 1].whitespace_), None)
        if dash is not None:
            start = dash + 1  # "HONG KONG - Tsing Yi Pay Technology Limited": a dateline before the name
        if start < end - 1 and doc[start].is_title and doc[start].lower_ in self.opening_preps:
            start += 1  # "ISTANBUL - For Bosphorus Elektronik A.S., the trouble began"
        if start < end - 1 and doc[start].like_num and opens_item(doc[start]):
            start += 1  # "31 Nemiga Optics LLC": a schedule's item number
        if start < end - 1 and doc[start].is_sent_start and doc[start].lower_ in self.leading_roles:
            start += 1  # "Investor Vesta Capital Ltd holds 12%"
        start = _after_opening_date(doc, start, end)
        if doc[start].text in self.suffixes and start >= 2 and doc[start - 1].text == "," \
                and not self._opens_name(doc, start):  # (not "A LLC, OOO Severnaya Optics")
            # "Laboratorios Vitamed del Norte, S.A. de C.V." tagged as the legal form alone: the name before it
            j = start - 2
            while j > 0 and (doc[j - 1].is_title or doc[j - 1].lower_ in self.connectors) and not doc[j].is_sent_start:
                j -= 1
            if doc[j].is_title and j < start - 1:
                start = j
        owner = next((t.i for t in doc[start + 1:min(start + 4, end - 1)] if t.text in {"'s", "’s"}), None)
        if owner is not None and doc[start:owner].text in self.places:
            start = owner + 1  # "Abu Dhabi's Falcon Crest Capital PJSC": the place owning the name is no part of it
        place = start
        while place < end - 1 and (doc[place].text in self.places or doc[place].text in self.demonyms) \
                and doc[place].text not in QUOTES:
            place += 1
        if place > start and doc[place].text in QUOTES:
            start = place  # 'the Cyprus "Leman Holdings" Ltd' (translated): the place is no part of the name
        listed = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "list" and doc[t.i + 1].is_title), None)
        if listed is not None:
            start = listed + 1  # "removing from the SDN List Marlin Bay Shipping Co.": the list is no part of the name
        article = next((t.i for t in doc[start + 1:end - 1] if t.text == "the" and doc[t.i - 1].is_title), None)
        if article is not None:
            start = article + 1  # "removed from the Entity List the Ostrava Institute" (not "Bank of the ...")
        while end > start and ((doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in self.suffixes
                               or doc[end - 1].text in {"'s", "’s", "'", "’"}
                               or doc[end - 1].lower_ in {"and", "of", "&", "to", "in", "for", "from", "by", "with", "at"}):
            if doc[end - 1].text in {"'", "’"} and any(t.text in {"'", "‘"} for t in doc[start:end - 1]):
                break  # "Joint Stock Company 'Kvant'": the quote closes the name
            end -= 1
        tail = doc[start:self._extend_right(doc, end)]  # (with the legal form the model left out)
        # a short legal form ends the name: not "Ruritanian Salt Company" (but "Co., Limited", "A/S" split up)
        abbreviated = any(t.text in self.suffixes and (len(t.text) <= 5 or "." in t.text) for t in tail[-3:]) \
            or len(tail) >= 3 and tail[-2].text == "/" and f"{tail[-3].text}/{tail[-1].text}" in self.suffixes
        # "the Emirati Heron Wings Air Services FZE" (a description), "Russian Zeya Machine Tools JSC" when the
        # article names "Zeya Machine Tools" elsewhere; but "Russian Helicopters JSC" (a name)
        while start < end - 1 and doc[start].text in self.demonyms and doc[start + 1].is_title and (
                abbreviated and start > 0 and doc[start - 1].lower_ in {"the", "a", "an"}
                or end - start >= 4 and _named_without(doc, doc[start].text, doc[start + 1:end - 1].text)):
            start += 1
        role = next((t.i for t in doc[start:end - 1] if t.lower_ in self.role_nouns and t.is_lower), None)
        if role is not None and doc[role + 1].is_title:
            start = role + 1  # "Angolan company Kuvale": the name after its description
        word = next((t.i for t in doc[start + 1:end - 1] if t.is_lower and t.is_alpha and t.lower_ not in self.connectors
                     and t.lower_ not in {"of", "and", "for", "the", "in", "at", "on", "to"}
                     and doc[t.i - 1].text not in {"-", "–"}), None)  # (not "State-owned Assets ...")
        if word is not None and doc[word + 1].is_title:
            start = word + 1  # "documents seen by Lloyd's List show Bayview holds 75%": a word of the sentence
        if end < len(doc) and doc[end - 1].like_num and doc[end].text in {"%", "percent"}:
            end -= 1  # "Tundra-Invest JSC 20%": a share, not part of the name
        # (after an abbreviated form only: "Rail Equipment Corporation of Borduria" is a name)
        of_place = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "of" and doc[t.i - 1].text in self.suffixes
                         and (len(doc[t.i - 1]) <= 5 or "." in doc[t.i - 1].text)
                         and 0 < end - t.i - 1 <= 3 and all(p.is_title for p in doc[t.i + 1:end])), None)
        if of_place is not None:
            end = of_place  # "Orion Cables SARL of Tangier": the place is no part of the name
        if sum(t.text in QUOTES for t in doc[start:end]) % 2:  # keep a quoted name's quotes in pairs
            if end < len(doc) and doc[end].text in QUOTES:
                end += 1
            elif start > 0 and doc[start - 1].text in QUOTES:
                start -= 1
        of = [t.i for t in doc[start:end] if t.lower_ == "of" and any(w.text in self.non_orgs for w in doc[start:t.i])]
        if of:
            start = of[-1] + 1  # "the Shanghai IPO of Qinghe Photonics Co., Ltd."
        end = self._extend_right(doc, end)
        for t in doc[start:end - 1]:  # "... Products Ltd. Goods from ...": the name ends at the legal form
            rest = doc[t.i + 1:end]  # (but "United Co. Rusal plc": a short name that ends in its own form)
            # (not the name again, opening the next sentence: "... Lorvena Holdings Ltd. Lorvena Holdings is not")
            inner = len(rest) <= 3 and rest[-1].text in self.suffixes and all(
                r.is_title or r.is_upper or r.text in self.suffixes for r in rest) and rest[0].text != doc[start].text
            if t.text.endswith(".") and t.text in self.suffixes and doc[t.i + 1].is_title \
                    and doc[t.i + 1].text not in self.suffixes and not inner:
                end = t.i + 1
                break
        slash = next((t.i for t in doc[start:end] if t.text in {"/", "|"} and t.i > start
                      and t.whitespace_ and doc[t.i - 1].whitespace_), None)  # " / ", not "MOSCOW/KYIV"
        if slash is not None:
            end = slash  # "Korea Trading Corporation / Location: Pyongyang": the entry's next field
        opened = [t.i for t in doc[start:end] if t.text == "("]
        if opened and not any(t.text == ")" for t in doc[opened[-1]:end]):
            # an unclosed "(": the name ends before it, unless it closes a Chinese "(Limited Partnership)"
            closes = end < len(doc) and doc[end].text == ")" and doc[opened[-1] + 1:end].text == "Limited Partnership"
            end = end + 1 if closes else opened[-1]
        if start >= end:
            return None
        span = Span(doc, start, end, label=ORG)
        strong = self._has_evidence(span)
        if strong and doc[start].text not in QUOTES:  # a quoted name starts at its quote
            start = self._extend_left(doc, start)
            span = Span(doc, start, end, label=ORG)
        if start >= 2 and doc[start - 1].is_digit and len(doc[start - 1]) <= 3 and doc[start - 2].lower_ == "the" \
                and doc[start].is_title:
            span = Span(doc, start - 1, end, label=ORG)  # "the 558 Aircraft Works": the number is in the name
        while len(span) > 1 and span[0].is_punct and span[0].text not in QUOTES and span[0].text not in self.prefixes:
            # "1. GOLDEN HORIZON MARITIME INC.": an item number's period, however it was taken in
            span = Span(doc, span.start + 1, span.end, label=ORG)
        return None if self._rejected(span, strong) else span

    def _extend_right(self, doc: Doc, end: int) -> int:
        """Take in a following legal form: "Xiamen Meiya Pico Information" + "Co., Ltd."; and a number:
        "Mining Enterprise" + "No. 1"."""
        while end < len(doc):
            token = doc[end]
            comma = int(token.text == "," and end + 1 < len(doc))  # (also after a comma: "Tepic, S. de R.L. de C.V.")
            phrase = next((p for p in self.form_phrases
                           if [t.text for t in doc[end + comma:end + comma + len(p)]] == p), None) \
                if doc[end + comma].text in self.form_starts else None
            if phrase is not None:
                end += comma + len(phrase)  # "Wisła Logistics" + "Sp. z o.o."
            elif token.text in self.suffixes and token.text not in {"Group", "Holdings", "Holding"}:
                end += 1
            elif token.text in {"No.", "No"} and end + 1 < len(doc) and doc[end + 1].like_num \
                    and doc[end - 1].text in self.descriptors:  # "Plant No. 407" (not "Folio Mercantil No. 45211")
                end += 2
            elif token.text == "(" and end + 3 < len(doc) and doc[end + 1].text == "Limited" \
                    and doc[end + 2].text == "Partnership" and doc[end + 3].text == ")":
                end += 4  # "Jinghong Enterprise Management Partnership (Limited Partnership)", a Chinese form
            elif token.lower_ == "de" and end + 1 < len(doc) and doc[end + 1].text in self.suffixes \
                    and doc[end - 1].text in self.suffixes or token.text in {",", "."} and end + 1 < len(doc) and doc[end + 1].text in self.suffixes \
                    and doc[end + 1].text not in {"Group", "Holdings", "Holding", "Company", "Corporation"} \
                    and not self._opens_name(doc, end + 1):  # "S.A. de C.V.", "Co., Ltd.", not "LLC, OOO Zvezda"
                end += 2
            else:
                break
        return end

    def _opens_name(self, doc: Doc, i: int) -> bool:
        """A legal form written before a name ("OOO Kama Optics"), not after one."""
        return doc[i].text in self.prefixes and i + 1 < len(doc) and doc[i + 1].is_title \
            and doc[i + 1].text not in self.suffixes

    def _extend_left(self, doc: Doc, start: int) -> int:
        """Take in name tokens the model cut off ("SZ" of "SZ Tarnwick Robotics Co., Ltd.", "TRI-" of
        "TRI-STAR SUPPLY LIMITED")."""
        while start > 0:
            token = doc[start - 1]
            if token.text == "-" and not token.whitespace_ and start > 1 and not doc[start - 2].whitespace_ \
                    and doc[start - 2].text[:1].isupper():
                start -= 2  # a hyphenated name
                continue
            if token.text == "-" and not token.whitespace_ and start > 2 and doc[start - 2].lower_ in self.connectors \
                    and doc[start - 3].is_title and not doc[start - 3].is_sent_start:
                start -= 3  # "Sahil al-Bahr Shipping": an Arabic article inside the name
                continue
            if token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "PROPN"} and start > 2 and doc[start - 2].text == "-" \
                    and not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_ and doc[start - 3].is_title \
                    and doc[start - 3].text not in self.demonyms:  # (not "the Russian-origin X LLC")
                start -= 3  # "Xi'an Hi-tech Zone Venture Capital Co., Ltd.": a hyphenated word in the name
                continue
            if (
                (token.pos_ == "PROPN" and not token.is_lower or token.is_upper)  # (not "state corporation X")
                and (token.is_alpha or token.text.replace("'", "").isalpha())  # ("Xi'an")
                and token.ent_type_ not in {"AGENCY", "DATE", "CARDINAL", "ORG"}
                and token.lower_ not in self.leading_strip
                and token.lower_ != "list"  # (a list's name before it: "from the SDN List Marlin Bay Shipping Co.")
                and token.text not in self.title_words
                and not _date_word(token)  # ("In March Orion Metals Corp was listed")
                and not token.is_sent_start
                # (not a demonym after an article: "the Russian Azov Shipping PJSC", trimmed above)
                and not (token.text in self.demonyms and start > 1 and doc[start - 2].lower_ in {"the", "a", "an"})
            ):
                start -= 1
            else:
                break
        return start

    def _rejected(self, span: Span, strong: bool) -> bool:
        text = span.text
        last = span[-1].text
        if text in self.non_orgs or text in self.demonyms or text in self.places or text.title() in self.places \
                or len(text) < 2 or text.startswith(self.non_org_leads):
            return True
        if last.lower() == "list" or any(t.lower_ == "list" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ == "of"
                                         for t in span):
            return True  # "the Consolidated List", "Entity List", "Consolidated List of Financial Sanctions Targets"
        if any(":" in t.text for t in span[1:]):
            return True  # "(UK Sanctions List Ref):GHR0131": an entry's field, no name
        j = span.end
        if j < len(span.doc) and span.doc[j].text == "(":  # (past a short form: "... Blocked Persons (SDN) List")
            j = next((k + 1 for k in range(j, min(j + 5, len(span.doc))) if span.doc[k].text == ")"), j)
        if j < len(span.doc) and span.doc[j].lower_ == "list":
            return True  # "the Specially Designated Nationals and Blocked Persons (SDN) List": a list's name
        before = span.doc[span.start - 1] if span.start > 0 else None
        after = span.doc[span.end] if span.end < len(span.doc) else None
        end = span.end  # (the dateline's place may run on: "KUALA LUMPUR: ...")
        while end < len(span.doc) and span.doc[end].is_upper and span.doc[end].is_alpha:
            end += 1
        if text.isupper() and not strong and (before is None or "\n" in before.text_with_ws) \
                and end < len(span.doc) and span.doc[end].text in {"-", "–", "—", "--", ":"}:
            return True  # "MIAMI – A Doral supplier ...", "KUALA LUMPUR: Shares of ...": a dateline's place
        line_start = before is None or "\n" in before.text_with_ws
        if (line_start or last in self.heading_ends) and all(part and part[-1] in self.heading_ends
                              for part in (p.split() for p in _line(span).text.split(";"))):
            return True  # "Counter Terrorism Designations; Counter Terrorism Designation Update": a heading line
        if text.isupper() and not self._has_suffix(span):
            line = _line(span).text
            if line.isupper() and not ENTRY_TAG.search(line):
                return True  # "INDIA-BASED CHEMICAL SUPPLIERS": a heading in capitals
        if len(span) == 1 and not strong and before is not None and before.lower_ in {"a", "an", "its", "their"} \
                and after is not None and after.lower_ in self.role_nouns:
            return True  # "a Tallinn company", "a Dubai trader", "its Dongguan affiliate": a place before a role noun
        byline = before is not None and before.lower_ == "by" and span.start > 1 \
            and span.doc[span.start - 2].lower_ in self.byline_words
        # (also after the role and a comma: "its director, Chen Hao")
        cue = before is not None and (before.lower_ in self.person_cues or before.text == "," and span.start >= 2
                                      and span.doc[span.start - 2].lower_ in self.person_cues)
        if (cue or byline) and not strong and len(span) <= 3 and all(t.is_title for t in span):
            return True  # "Reporting by Jane Doe", "chief executive John Roe": a person
        if before is not None and before.lower_ in self.vessel_words and not strong:
            return True  # "the tanker Sea Lark": a vessel
        if len(span) == 1 and not strong and span[0].is_title and after is not None \
                and after.lower_ in self.person_followers and after.is_lower:
            return True  # "the Trump administration", "the Maduro regime": a leader
        role = span.doc[span.end + 1] if after is not None and after.text == "," and span.end + 1 < len(span.doc) else None
        if role is not None and not strong and 2 <= len(span) <= 3 and all(t.is_title for t in span) \
                and role.is_lower and role.lower_ in self.person_roles:
            return True  # "Arkady Belov, chief executive of X": a person
        if before is not None and before.text == "," and not strong and 2 <= len(span) <= 3 \
                and all(t.is_title for t in span) and any(t.text in self.title_words for t in
                                                           span.doc[max(span.start - 8, span.sent.start):span.start]):
            return True  # "the Minister of Foreign Affairs, Melanie Joly": the holder of the title
        if any(re.fullmatch(r"\d+/\d+(/\d+)?|[A-Z]{2,5}\d{3,}", t.text) for t in span):
            return True  # "09/08/2021 Group", "BEL0073": a date or a reference number in a notice
        if all(t.text in self.suffixes or t.text in self.prefixes or t.lower_ in {"liability", "limited"}
               for t in span):
            return True  # a legal form alone ("Limited Liability Company")
        if len(span) == 1 and text.isupper() and len(text) > 4 and span.end < len(span.doc) \
                and "\n" in span.doc[span.end].text:
            return True  # a heading ("BACKGROUND")
        if all(not t.text[:1].isupper() and not t.text[:1].isdigit() for t in span):
            return True  # lowercase phrases are not names
        doc = span.doc
        if not strong and span.end + 1 < len(doc) and doc[span.end].text == "-" \
                and doc[span.end + 1].lower_ in self.place_participles:
            return True  # "a Barnaul-based provider": a place
        if len(span) == 1 and span.end < len(doc) and span[0].lower_ in {"visa", "export", "import", "asset", "entry"} \
                and doc[span.end].lemma_.lower() in {"restriction", "ban", "freeze", "control", "prohibition"}:
            return True  # "Visa restrictions were imposed on ...": a measure, not the card company
        if not strong and span.end + 1 < len(doc) and doc[span.end].lower_ == "based" \
                and doc[span.end + 1].text[:1].isupper():
            return True  # "the Samsun based Yesilirmak Ltd." (translated, no hyphen): a place
        # "Mining Enterprise No. 1" (not "General License No. 21", "Order No. 5")
        numbered = len(span) > 2 and span[-2].text in {"No.", "No"} and span[-3].text in self.descriptors
        if not strong and (last in self.demonyms or last in self.non_org_heads or span[-1].like_num and not numbered):
            return True
        if len(span) == 1 and (span[0].text.title() in self.descriptors or span[0].text in self.suffixes
                                or span[0].text.title() in self.non_org_heads):
            return True
        return not strong and self._in_job_title(span)

    def _in_job_title(self, span: Span) -> bool:
        """ "Under Secretary of the Treasury for Terrorism and Financial Intelligence" -> title."""
        i = span.start - 1
        sent_start = span.sent.start
        while i >= sent_start:
            token = span.doc[i]
            if token.text in self.title_words:
                return True
            if not (token.text[:1].isupper() or token.lower_ in {"of", "the", "for", "and", "&"}):
                return False
            i -= 1
        return False

    # -- lists --------------------------------------------------------------------
    def _list_members(self, doc: Doc, candidates: list[Span]) -> list[Span]:
        """Names in a list with two or more organizations are organizations too.

        Read off the surface ("A, B, C and D"), since the parser often splits long lists.
        """
        known = {i for span in candidates if span.label_ == ORG or self._has_evidence(span)
                 for i in range(span.start, span.end)}
        found: list[Span] = []
        tokens = list(doc)  # (made once: indexing a Doc makes a new Token each time)
        i = 0
        while i < len(doc):
            if not _capitalized(tokens[i]):
                i += 1
                continue
            members, j = [], i
            while j < len(doc) and _capitalized(tokens[j]):
                chunk = _propn_chunk(tokens[j]) if tokens[j].pos_ == "PROPN" else doc[j:j + 1]
                end = max(chunk.end, j + 1)
                while end < len(doc) and (end in known or tokens[end].text in self.suffixes):
                    end += 1
                members.append(doc[j:end])
                k = end
                while k < len(doc) and tokens[k].text in {",", "and", "or"}:
                    k += 1
                if k == end:
                    break
                j = k
            if len(members) == 1:  # (from any later token of a lone name, the same lone name)
                j = max(j, members[0].end)
            labelled = [m for m in members if any(t.i in known for t in m)]
            if len(members) >= 3 and len(labelled) >= 2:
                found += [Span(doc, m.start, m.end, label=ORG) for m in members
                          if m not in labelled and m.text not in self.places
                          and not any(t.ent_type_ in {"DATE", "NORP", "CARDINAL", "LOC", "FAC"} for t in m)]
            i = max(j, i + 1)
        return found


def _after_name_in_item(span: Span, known: set[int]) -> bool:
    """The span follows an organization in the same item of a semicolon-separated list, or on
    the same bulleted or numbered line: it is that organization's address ("B Co., Plot 14,
    Lahore", "• Halvard Precision Works Ltd, Gweru"), not another name."""
    doc = span.doc
    sent = span.sent
    if span.start > 0 and doc[span.start - 1].lower_ in {"as", "a.k.a.", "aka", "f.k.a."}:
        return False  # "also known as QVS Holdings": a name
    if any(t.text == ";" for t in sent):
        floor, stop = sent.start, ";"
    else:
        floor = span.start  # the start of its line, within its sentence
        while floor > sent.start and "\n" not in doc[floor - 1].text_with_ws:
            floor -= 1
        if not opens_item(doc[floor]):
            return False
        stop = None
    i = span.start - 1
    while i >= floor and doc[i].text != stop:
        if i in known:
            return True
        i -= 1
    return False


#: The program tag that ends an entry of a sanctions list: "[IRAN-EO13846]", "[SDGT]".
ENTRY_TAG = re.compile(r"\[[A-Z0-9][A-Z0-9-]*\]")
#: Fields only an individual's entry has.
PERSON_FIELDS = ("DOB ", "nationality", "Gender", "Passport", "(individual)")
#: The name in capitals that opens an entry, up to its first comma or parenthesis.
ENTRY_NAME = re.compile(r"[A-Z0-9][A-Z0-9&.'’ -]*?(?=,| \()")


def _list_entries(doc: Doc) -> list[Span]:
    """The names opening the entries of a sanctions list, one per line and in capitals, which
    the model often misses: "AL-BARAKA WELFARE TRUST (a.k.a. ...), Peshawar, Pakistan [SDGT]."
    (not an individual's entry: "RAHMANI, Farid, Dubai; DOB 03 Mar 1976 ...")."""
    out, offset = [], 0
    for line in doc_text(doc).split("\n"):
        match = ENTRY_NAME.match(line)
        if match and ENTRY_TAG.search(line) and not any(f in line for f in PERSON_FIELDS):
            span = doc.char_span(offset + match.start(), offset + match.end(), alignment_mode="contract")
            if span is not None and any(t.is_alpha for t in span):
                out.append(span)
        offset += len(line) + 1
    return out


def _after_opening_date(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after the date that opens its sentence or clause: "In 2022 Norland Cable Ltd.
    sold ...", "On Monday Vesta LLC was listed", "..., and in 2023 Lockmoor Corp. was included" (not "Under
    Armour Inc.")."""
    preposition = start
    while preposition > 0 and _date_word(doc[preposition - 1]):
        preposition -= 1
    if preposition > 0 and doc[preposition].pos_ != "ADP":
        preposition -= 1
    opens = doc[preposition].is_sent_start or preposition > 0 and doc[preposition - 1].lower_ in {",", ";", "and", "but"}
    if not (doc[preposition].pos_ == "ADP" and opens):
        return start
    first = max(start, preposition + 1)
    while first < end - 1 and _date_word(doc[first]):
        first += 1
    return first if first > preposition + 1 else start


def _date_word(token: Token) -> bool:
    return token.ent_type_ == "DATE" or token.lower_ in MONTHS or token.lower_ in WEEKDAYS \
        or re.fullmatch(r"\d{4}", token.text) is not None or token.lower_ in {"early", "late", "mid", "last", "this"}


def _line(span: Span) -> Span:
    """The line of text a span is on (read off the tokens: `doc.text` is rebuilt on each access)."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def _named_without(doc: Doc, word: str, rest: str) -> bool:
    """The article names `rest` elsewhere without `word` before it ("Zeya Machine Tools" beside
    "Russian Zeya Machine Tools JSC"; not "Arab Airlines" inside "Syrian Arab Airlines")."""
    text = doc_text(doc)
    return text.count(rest) > text.count(f"{word} {rest}")


def _after_possessor(span: Span) -> int:
    """Where a name starts after a place or a one-word name owning it ("Russia's Rosneft PJSC", "Velmora's
    Orion Ltd": two things, the second the name)."""
    owning = [t.i for t in span if t.text in {"'s", "’s"} and t.i > span.start
              and (span.doc[t.i - 1].ent_type_ in {"GPE", "NORP"} or t.i - 1 == span.start)]
    return owning[-1] + 1 if owning else span.start


def _person_entries(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of an individual's sanctions-list entry up to its "Linked To:" field:
    "NAZAROV, Farrukh (Cyrillic: ...), Dushanbe; DOB ...; (individual) [SDGT]" names no organization."""
    out, offset = [], 0
    for line in doc_text(doc).split("\n"):
        if ENTRY_TAG.search(line) and "(individual)" in line:
            linked = line.find("Linked To")
            out.append((offset, offset + (linked if linked >= 0 else len(line))))
        offset += len(line) + 1
    return out


def _used_apart(span: Span) -> bool:
    """ "A and B" whose parts the article also names elsewhere: two names, not one."""
    doc = span.doc
    joint = next((t.i for t in span if t.lower_ == "and"), None)
    return joint is not None and joint > span.start and joint + 1 < span.end \
        and doc_text(doc).count(doc[span.start:joint].text) > 1 and doc_text(doc).count(doc[joint + 1:span.end].text) > 1


def _capitalized(token: Token) -> bool:
    return token.text[:1].isupper() and not token.is_sent_start and token.ent_type_ != "AGENCY"


def _propn_chunk(token: Token) -> Span:
    """The run of proper nouns around `token` ("Xiamen Meiya Pico")."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_punct:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
        end += 1
    return Span(doc, start, end, label=ORG)


@Language.factory(
    "extractor_organizations",
    default_config={"rules": "org_rules.yaml"},
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.ents"],
)
def make_organization_repairer(nlp: Language, name: str, rules: str) -> OrganizationRepairer:
    return OrganizationRepairer(nlp, rules)
