"""AGENCY recognition: a gazetteer of government bodies plus patterns for generic ones.

Agencies override the model's labels (ORG, PERSON, GPE ...) and carry their canonical
name in `span.kb_id_` (empty when the article's own fullest form is the name).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicons import load_yaml
from .spans import CuedMatcher, overlaps_any

AGENCY = "AGENCY"

#: Words that end a generic agency name: job titles, not part of the body's name.
STOP_WORDS = {
    "Spokesman", "Spokeswoman", "Spokesperson", "Secretary", "Minister", "Director", "Chief",
    "Official", "Officials", "Chairman", "Chair", "Head", "Deputy", "Undersecretary", "Said",
}

#: Words that end the names of public bodies as well as companies' ("... Security Bureau").
BODY_WORDS = {"Agency", "Bureau", "Council", "Commission", "Committee", "Center", "Centre", "Association",
              "Federation", "Society", "Design Bureau", "Institute", "Academy", "University"}
#: Words that take a possessive inside a body's name ("People's Armed Police").
POSSESSIVE_NAMES = {"People", "Workers", "Women", "Children", "Farmers", "Veterans"}
#: Words a body's name opens with ("Office of ..."): such a name does not continue the known name before it.
OPENING_BODIES = {"office", "ministry", "department", "bureau", "agency", "council", "commission", "committee",
                  "service"}

class AgencyRecognizer:
    """Find agencies by gazetteer (phrase matches) and generic patterns (token matches)."""

    def __init__(self, nlp: Language, lexicon: str, legal_forms: str) -> None:
        data = load_yaml(lexicon)
        #: a generic match followed by one is a company ("Kola Maritime Agency OOO")
        self.legal_forms = {v for w in load_yaml(legal_forms)["legal_suffixes"] for v in (w, w.upper())}
        #: ... and so is one followed by a company word ("Ardent Armed Forces Foundation")
        self.company_words = set(load_yaml(legal_forms)["descriptors"]) - BODY_WORDS
        self.phrases = PhraseMatcher(nlp.vocab)
        self.entries: dict[str, dict] = {}
        self.country_of_name: dict[str, str] = {}
        for number, entry in enumerate(data["agencies"]):
            key = f"AGENCY_{number}"
            self.entries[key] = entry
            forms = {v for alias in entry["aliases"] for v in (alias, alias.replace("'", "’"))}
            # official headings in capitals: "THE COUNCIL OF THE EUROPEAN UNION,"
            forms |= {form.upper() for form in forms if " " in form}
            self.phrases.add(key, [nlp.make_doc(form) for form in sorted(forms)])
            if entry.get("name"):
                self.country_of_name[entry["name"]] = entry["country"]
        self.ambiguous: dict[str, dict[str, str]] = data.get("ambiguous", {})
        #: the countries a cue names ("Beijing": CN), looked up once per entity
        self.cue_countries: dict[str, list[str]] = {}
        for country, names in data["country_cues"].items():
            for cue in names:
                self.cue_countries.setdefault(cue, []).append(country)
        self.country_lists: dict[str, list[str]] = data["country_lists"]
        self.short_forms: dict[str, list[str]] = data.get("short_forms", {})
        self.fallbacks: dict[str, dict] = data.get("short_form_fallbacks", {})
        self.short_matcher = PhraseMatcher(nlp.vocab)
        for form in self.short_forms:
            self.short_matcher.add(form, [nlp.make_doc(form)])
        self.generic = CuedMatcher(nlp.vocab, {item["id"]: [item["pattern"]] for item in data.get("generic", [])})

    def __call__(self, doc: Doc) -> Doc:
        # not a word of a company's name: "Qinling Tiansheng Commerce Co.", "Treasury Vineyards Ltd"
        known = filter_spans([self._gazetteer_span(doc, key, s, e) for key, s, e in self.phrases(doc)
                              if not _in_company_name(doc, s, e, self.legal_forms)])
        generic = [s for s in (self._before_company(_trim(doc[s:e])) for _, s, e in self.generic(doc))
                   if s is not None and not (s.end < len(doc) and doc[s.end].text in self.legal_forms | self.company_words)]
        # a known name that a generic match continues opens it: "Xinjiang Production and Construction Corps" +
        # "Public Security Bureau" is the corps' bureau (not "... Office" + "Office of Great Britain")
        generic = [_opened_by_known(g, known) for g in generic]
        # a generic match may extend a known name ("Federal Bureau of Investigation" stays whole,
        # "Xinjiang Public Security Bureau" extends "Public Security Bureau") but never cut one
        generic = [g for g in generic if all(g.start <= k.start and k.end <= g.end or not overlaps_any(g, [k])
                                             for k in known)]
        # "National Security and Defense Council of Ukraine": the fullest form names the country
        generic = [g if overlaps_any(g, known) else _with_country(g, self.legal_forms) for g in generic]
        agencies = filter_spans(known + generic)
        agencies = filter_spans(agencies + self._short_forms(doc, agencies))
        self._resolve_ambiguous(doc, agencies)
        doc.ents = filter_spans(agencies + [e for e in doc.ents if not overlaps_any(e, agencies)])
        return doc

    def _gazetteer_span(self, doc: Doc, key: int, start: int, end: int) -> Span:
        key_text = doc.vocab.strings[key]
        entry = self.entries[key_text]
        return Span(doc, start, end, label=AGENCY, kb_id=entry.get("name") or "", span_id=key_text)

    def _short_forms(self, doc: Doc, agencies: list[Span]) -> list[Span]:
        """ "the Council" for a council the article names in full (the first one it names), else for
        the body its cues point to ("restrictive measures": the Council of the European Union)."""
        full = [s.kb_id_ or s.text for s in agencies]
        found = []
        for key, start, end in self.short_matcher(doc):
            form = doc.vocab.strings[key]
            options = self.short_forms[form]
            named = [name for name in full if name in options]
            fallback = self.fallbacks.get(form)
            if not named and fallback and any(re.search(rf"\b{re.escape(cue)}\b", doc.text) for cue in fallback["cues"]):
                named = [fallback["name"]]
            if named and start > 0 and doc[start - 1].lower_ == "the":
                found.append(Span(doc, start, end, label=AGENCY, kb_id=named[0]))
        return found

    def _resolve_ambiguous(self, doc: Doc, agencies: list[Span]) -> None:
        """Give bare "Treasury"/"Ministry of Commerce" the body of the article's country."""
        todo = [i for i, s in enumerate(agencies) if s.text in self.ambiguous]
        if not todo:
            return
        named = {s.kb_id_ for s in agencies if s.kb_id_ and s.text not in self.ambiguous}
        countries = Counter(self.country_of_name.get(name) for name in named)
        cues = Counter(country for ent in doc.ents for country in self.cue_countries.get(ent.text, ()))
        # the country whose own list the article's sentences with a bare form name (the article uses the
        # bare form for one body: "the Ministry of Commerce decided to add ... into the export control list")
        by_lists = Counter(self._by_list(agencies[i].sent, self.ambiguous[agencies[i].text]) for i in todo)
        by_lists.pop(None, None)
        for i in todo:
            options = self.ambiguous[agencies[i].text]
            choice = self._by_list(agencies[i].sent, options)
            # the body the article named before in full ("Ministry of Commerce of USA ... the Ministry of
            # Commerce"); a full name only after it refers to another body
            before = {s.kb_id_ for s in agencies[:i] if s.kb_id_ and s.text not in self.ambiguous}
            choice = choice or next((name for name in options.values() if name in before), None)
            if choice is None and len(by_lists) == 1 and next(iter(by_lists)) in options.values():
                choice = next(iter(by_lists))
            if choice is None:
                ranked = sorted(options, key=lambda c: (countries[c], cues[c]), reverse=True)
                choice = options[ranked[0]]
            span = agencies[i]
            agencies[i] = Span(doc, span.start, span.end, label=AGENCY, kb_id=choice)

    def _before_company(self, span: Span | None) -> Span | None:
        """A generic match cut before a company it ran into ("Ministry of Petroleum and Arvell
        Petroleum Ltd." -> "Ministry of Petroleum")."""
        if span is None:
            return None
        doc = span.doc
        for joint in (t.i for t in span if t.lower_ in {"and", ",", "&"}):
            i = joint + 1
            while i < len(doc) and doc[i].is_title and doc[i].text not in self.legal_forms:
                i += 1
            if i < len(doc) and i > joint + 1 and doc[i].text in self.legal_forms:
                return _trim(doc[span.start:joint])
        return span

    def _by_list(self, sent: Span, options: dict[str, str]) -> str | None:
        """The body of the one country whose own list the sentence names."""
        text = sent.text.lower()
        for country, lists in self.country_lists.items():
            for name in lists:  # the longest names come first: "unreliable entity list" before "entity list"
                if name in text:
                    return options.get(country)
        return None


def _in_company_name(doc: Doc, start: int, end: int, legal_forms: set[str]) -> bool:
    """Whether the words `start:end` are followed, through more capitalised words, by a legal form."""
    i = end
    while i < len(doc) and i - end < 4 and doc[i].is_title and doc[i].text not in legal_forms:
        i += 1
    return i < len(doc) and doc[i].text in legal_forms and doc[i].text not in {"Group", "Holdings"}


def _trim(span: Span) -> Span | None:
    """Cut a generic match before a job title, person or date ("Ministry of Commerce Spokesman Gao"),
    drop a sentence-initial "The", and take in a possessive inside the name ("People's Armed Police")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in {"the", "a", "an", "this", "that"}:
        start += 1
    if start >= 2 and doc[start - 1].text in {"'s", "’s"} and doc[start - 2].text in POSSESSIVE_NAMES:
        start -= 2
    span = doc[start:end]
    if not len(span):
        return None
    for token in span[1:]:
        if token.text in STOP_WORDS or token.ent_type_ in {"PERSON", "DATE", "CARDINAL"} and doc[token.i - 1].lower_ != "resolution":
            end = token.i
            break
    while end > span.start and (span.doc[end - 1].lower_ in {"and", "of", ",", "&", "the", "for"}
                                or span.doc[end - 1].is_space):  # (a line break the model's name took in)
        end -= 1
    if end - span.start < 2:
        return None
    return Span(span.doc, span.start, end, label=AGENCY)



@Language.factory(
    "extractor_agencies",
    default_config={"lexicon": "agencies.yaml", "legal_forms": "org_rules.yaml"},
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def make_agency_recognizer(nlp: Language, name: str, lexicon: str, legal_forms: str) -> AgencyRecognizer:
    return AgencyRecognizer(nlp, lexicon, legal_forms)


def _with_country(span: Span, legal_forms: set[str]) -> Span:
    """The body's name with the country after it ("... Council of Ukraine", "... of the Russian Federation"),
    not a company's name ("Ministry of Defence of Velmora Trading LLC")."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return span
    start = i + 1 + (doc[i + 1].lower_ == "the")
    end = start
    while end < len(doc) and end - start < 3 and (doc[end].ent_type_ == "GPE" or doc[end].pos_ == "PROPN"
                                                  and doc[end].is_title):
        end += 1
    if end == start or end < len(doc) and doc[end].text in legal_forms:
        return span
    return Span(doc, span.start, end, label=span.label)


def _opened_by_known(generic: Span, known: list[Span]) -> Span:
    """A generic match whose first words end a known name, taken from the known name's start on."""
    opener = next((k for k in known if k.start < generic.start < k.end < generic.end
                   and generic[0].lower_ not in OPENING_BODIES), None)
    return generic if opener is None else Span(generic.doc, opener.start, generic.end, label=generic.label_)
