"""`ActionExtractor`: loads the lexicon (`__init__`), walks the document sentence by sentence
(`__call__`), finds the triggers (`_triggers`) and turns each into rows (`_rows`, `_noun_rows`).
The questions a row asks are answered by the mixins it inherits, one module each: `clause`,
`measures`, `agency`, `targets`, `dating`, `continuation`."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...lexicons import load_yaml
from ..spans import doc_text
from .actors import ANNOUNCING, PRONOUNS, speaker_of
from .agency import AgencyMixin
from .clause import ClauseMixin
from .continuation import ContinuationMixin
from .counts import _number, _resolve_count
from .dates import (
    as_date,
    clause_dates,
    dates_per_agent,
    dates_per_target,
    event_date,
    news_day,
    not_ahead,
    respective_dates,
    signature_date,
    unanchored,
)
from .dating import DatesMixin
from .dedupe import _dedupe
from .entries import Entry, EntryFields
from .measures import MeasuresMixin
from .model import (
    ACTION_NOUNS,
    ADOPTING,
    ALIAS_NOUNS,
    ANAPHORS,
    ENTITY_LABELS,
    LAWS,
    MEASURE_NOUNS,
    PENALTIES,
    PRIVATE_ACTORS,
    PROHIBITING,
    RULE_TEXT,
    Trigger,
    row,
)
from .name_lists import (
    annex_heading,
    annex_references,
    counted_names,
    ends_with_colon,
    entity_list,
    entry_opened,
    is_item,
    opens_entry,
    recent_list,
)
from .sentences import _about_people, _evidence, _line_start, _prose, issuer
from .syntax import (
    _also,
    _denied,
    _described_by,
    _measure_word,
    _noun_preps,
    _passive,
    _predicative,
    _present,
    stranded_from,
)
from .targets import TargetsMixin


#: The documents of a criminal charge: "The indictment names A and B" (the charges just told).
CHARGE_DOCUMENTS = {"indictment", "complaint", "information"}

#: OFAC's rule that blocks what designated persons own: "blocked under the 50 percent rule".
FIFTY_PERCENT_RULE = re.compile(r"\b(?:50|fifty)(?: ?%| percent| per cent)(?: ownership)? rule\b", re.IGNORECASE)


def _whole_words(phrase: str) -> re.Pattern:
    # (not inside a hyphenated compound: "its internal restricted-entity list")
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?!\w)")


class ActionExtractor(ClauseMixin, MeasuresMixin, AgencyMixin, TargetsMixin, DatesMixin, ContinuationMixin):
    """Finds triggers sentence by sentence and reads each one's arguments off the parse."""

    def __init__(self, nlp: Language, lexicon: str, agencies: str) -> None:
        lex = load_yaml(lexicon)
        self.verbs: dict[str, dict] = lex["verbs"]
        self.verb_objects: dict[str, dict] = lex["verb_objects"]
        self.object_verbs: set[str] = {pair.split()[0] for pair in self.verb_objects}  # "take" of "take countermeasures"
        self.subject_words = set(lex["subject_words"])
        self.measures = {t: [w.lower() for w in words] for t, words in lex["measures"].items()}
        self.measure_words = {w for cues in self.measures.values() for w in cues}
        #: measures of several words, matched first and on whole words ("entity list", not "entity listed")
        self.phrase_measures = {t: [(c, _whole_words(c)) for c in cues if " " in c] for t, cues in self.measures.items()}
        self.list_patterns = [(item, _whole_words(item["phrase"])) for item in lex["lists"]]
        self.benign = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lex["benign_designations"]) + r")\b")
        self.list_owners = {owner for item in lex["lists"]
                            for owner in [item.get("owner"), *item.get("owner_by_country", {}).values()] if owner}
        self.agency_defaults: dict[str, str] = dict(lex["agency_defaults"])
        self.modal_heads = set(lex["modal_heads"])
        self.modal_aux = set(lex["modal_aux"])
        self.count_nouns = set(lex["count_nouns"])
        self.listing_verbs = set(lex["listing_verbs"])
        self.licence_words = set(lex["licence_words"])
        self.licence_default: str = lex["licence_default"]
        self.revoking = set(lex["revoking_verbs"])
        self.default_type: str = lex["default_type"]
        self.government_words = set(lex["government_words"])
        self.business_licences = set(lex["business_licences"])
        self.payment_systems = set(lex["payment_systems"])
        self.disclaimers: list[str] = lex["disclaimers"]
        self.disclaimed_measures: list[str] = lex["disclaimed_measures"]
        #: `_clause_tokens` of the Doc read last, by token index
        self.clause_doc: Doc | None = None
        self.clauses: dict[int, list[Token]] = {}
        self.imposing_countries = set(lex["imposing_countries"])
        self.list_nouns = set(lex["list_nouns"])
        self.records = set(lex["record_nouns"])
        self.nouns: dict[str, dict] = lex["nouns"]
        # the words a trigger can be (see `_triggers`)
        self.trigger_words = {*self.verbs, *self.object_verbs, *self.subject_words, *self.nouns,
                              "under", "on", "into", "in", "list", "blacklist", "designate", "sanction"}
        self.stated_measures = {t: set(words) for t, words in lex["stated_measures"].items()}
        self.documents = set(lex["documents"])
        #: Words of a heading in capitals over listed names ("ENTITIES DESIGNATED BY ...").
        self.listing_words = set(lex["listing_heading_words"])
        self.entry_fields = EntryFields(lex["entry_fields"], lex["entry_sections"])
        #: Bare agency names whose country the list they act on tells ("Ministry of Commerce").
        bodies = load_yaml(agencies)
        self.ambiguous_agencies = set(bodies["ambiguous"])
        self.country = {a["name"]: a["country"] for a in bodies["agencies"] if a.get("name")}
        self.part_of = {a["name"]: a["part_of"] for a in bodies["agencies"] if a.get("part_of")}
        # a body with no canonical name goes by the fullest form an article uses ("ERC" alone): any of them
        for body in bodies["agencies"]:
            usual = next((self.agency_defaults[f] for f in body["aliases"] if f in self.agency_defaults), None)
            if usual is not None and not body.get("name"):
                self.agency_defaults.update({form: usual for form in body["aliases"]})
        self.country_of_place = {name: code for code, names in bodies["country_cues"].items() for name in names}
        #: The country of every body, also one that goes by the article's form ("UN Security Council").
        self.body_country = self.country | {form: body["country"] for body in bodies["agencies"]
                                            if not body.get("name") and body.get("country") for form in body["aliases"]}

    # -- component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ents = {t.i: e for e in doc.ents if e.label_ in ENTITY_LABELS for t in e}
        dates = list(doc.spans.get("dates", []))
        state = {"last_type": {}, "last": None, "listed": None, "last_date_of": {}, "counts": [], "annexes": {},
                 "polar": {}, "event_date": None if RULE_TEXT.search(doc_text(doc))
                 else event_date(doc, dates) or signature_date(doc, dates),
                 "issuer": issuer(doc), "disclaimed": self._disclaimed(doc)}
        # (a regulation's text: its actions take no publication date by default, gold decision 19)
        rows: list[dict] = []
        entries: list[Entry] = []
        for sent in doc.sents:
            # a notice's entry and the sentences of its fields ("It was designated by OFAC on ...": the
            # entry's name), which tell of the entry alone: the list they stand in goes on after them
            opened = entry_opened(sent, ents)
            entry = self.entry_fields.opened(doc, opened, sent, entries) if opened is not None else state.get("entry")
            words = [t for t in sent if t.is_alpha]
            if opened is None and 0 < len(words) <= 4 and all(t.is_upper for t in words) \
                    and not any(t.ent_type for t in sent) \
                    and not any(t.text == ":" for t in sent):
                entry = None  # a section heading in capitals ("DELETIONS") closes the entry before it
            state["entry"] = entry if entry is not None and sent.start_char < entry.end else None
            state["field_of"] = entry.name if state["entry"] is not None and opened is None else None
            told = {key: state.get(key) for key in ("last", "listed", "lead")} if state["field_of"] else None
            self._track_section(sent, state)
            label = annex_heading(sent)
            if label is not None:  # "Annex 1: Entities subject to asset freeze": the items of the action citing it
                state["annex"] = state["annexes"].get(label)
                continue
            # "they are prohibited from ...; they are prohibited to invest ...": the measures stated for the
            # targets just named (read before the verbs, whose rows for "they" alone they replace)
            stated = self._stated_measures(sent, ents, state, named_here=True) \
                or self._stated_measures(sent, ents, state)  # "the 6 companies, among them A", "they"
            found = [r for trigger in self._triggers(sent) for r in self._rows(trigger, ents, dates, state, doc)]
            rows += stated or found or self._continued_list(sent, ents, dates, state)
            if told is not None:
                state.update(told)
            if state["last"] is not None:  # the last addition and the last removal told, for an annex's sections
                state["polar"][state["last"]["lifted"]] = state["last"]
            # "The entities are:" opens a run of list items for the last action
            # "The following entities have been added ...:" opens entries (not "The following individuals")
            state["items_open"] = ends_with_colon(sent) and not _about_people(sent) or state.get("items_open") and (
                is_item(sent) and not _prose(sent) or opens_entry(sent, ents) or not _line_start(sent))
        claimed: set[str] = set()  # names a later count took: "put two firms on its list ... added 3 entities: A; B; C"
        # (a later sentence's count first, but counts of one sentence in order: "8 entities are added to the
        # list, 2 entities are deleted from the list" names the eight first)
        for count in sorted(state["counts"], key=lambda c: (-c[4].sent.start, c[4].i)):
            found = _resolve_count(doc, ents, *count, claimed=claimed)
            claimed.update(r["target"] for r in found)
            rows += found
        rows += self.entry_fields.rows(doc, entries, rows, dates, self.default_type)
        rows = [r for r in rows if self.body_country.get(r["target"]) not in self.imposing_countries]
        doc._.actions = _dedupe(rows, self.body_country, self.part_of)
        return doc

    def _triggers(self, sent: Span) -> list[Trigger]:
        found = []
        for token in sent:
            if token.lemma_.lower() not in self.trigger_words and token.lower_ not in self.trigger_words:
                continue  # (most words: no test below can hold)
            if token.is_upper and len(token) > 1 or token.ent_type_ in ENTITY_LABELS or token.i > 1 \
                    and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ not in {"re", "co"}:
                continue  # headings ("SANCTIONS IMPLICATIONS"), "New York-listed" (not "re-designated"), a name's word
            lemma = token.lemma_.lower()
            pair = next((f"{lemma} {c.lemma_.lower()}" for c in token.children if c.dep_ in {"dobj", "nsubjpass"}
                         and f"{lemma} {c.lemma_.lower()}" in self.verb_objects), None) \
                if token.pos_ == "VERB" and lemma in self.object_verbs else None
            if pair is not None:
                found.append(Trigger(token, self.verb_objects[pair], "verb"))  # "take countermeasures against X"
            elif token.pos_ in {"VERB", "AUX"} and token.dep_ != "prep" and token.lemma_.lower() in self.verbs:
                found.append(Trigger(token, self.verbs[token.lemma_.lower()], "verb"))
            elif (token.lower_ in {"under", "on"} and token.head.lemma_ in {"be", "remain", "come", "fall", "get"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in {"sanction", "restriction", "control", "ban", "embargo", "list"}
                for c in token.children
            ) or token.lower_ in {"into", "in"} and token.head.lemma_ in {"get", "fall"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() == "list" for c in token.children)
                    or token.lower_ == "in" and token.head.lemma_ in {"be", "remain"} and any(  # "is in the entity list"
                        c.dep_ == "pobj" and c.lemma_.lower() == "list" for c in token.children)):
                # "has been under U.S. sanctions since 2014", "has been on the Entity List", "Into the list got X"
                # ("into the list" names no measure: the action just told gives it; nor does "Under the
                # restrictions got X", translated, after it)
                told = token.head.lemma_ in {"get", "fall"} and any(
                    c.dep_ == "pobj" and any(d.lower_ == "the" for d in c.children) for c in token.children)
                got_in = token.lower_ in {"into", "in"} and token.head.lemma_ in {"get", "fall"}
                spec = {"type": None} if got_in or told else {"type": None, "requires_measure": True}
                found.append(Trigger(token, spec, "under"))
            elif token.lower_ in self.subject_words and token.pos_ == "ADJ":
                found.append(Trigger(token, {"type": None, "requires_measure": True}, "subject_to"))
            elif token.pos_ == "NOUN" and token.lower_ in self.nouns and not self._measure_of_trigger(token) \
                    and any(p.lower_ in self.nouns[token.lower_]["preps"] for p in _noun_preps(token)):
                found.append(Trigger(token, self.nouns[token.lower_], "noun"))
            elif token.lemma_.lower() in {"list", "blacklist", "designate", "sanction"} and token.pos_ == "ADJ":
                found.append(Trigger(token, self.verbs.get(token.lemma_.lower(), {"type": None}), "adjective"))
        return found

    # -- one trigger ----------------------------------------------------------------------
    def _rows(self, trig: Trigger, ents: dict, dates: list[Span], state: dict, doc: Doc) -> list[dict]:
        v = trig.token
        if self._no_action(v):
            return []
        if trig.rule == "noun":
            return self._noun_rows(trig, ents, dates, state)
        undone = self._undone(v, dates, state)
        if undone is not None:
            return undone
        spec = trig.spec
        clause = self._clause_tokens(v)
        list_hit = self._list_in(clause)
        # "updated its End User List, adding X"; "Schedule 1 to the ... Regulations is amended by adding"
        if list_hit is None and v.tag_ == "VBG" and (v.dep_ == "advcl" or v.dep_ == "pcomp" and v.head.lower_ == "by"):
            list_hit = self._list_in(self._clause_tokens(v.head if v.dep_ == "advcl" else v.head.head))
        measure = self._measure_in(clause, v)
        if measure is None and v.dep_ == "relcl" and v.head.lemma_.lower() in MEASURE_NOUNS:
            # "the export control measures it imposed on X", "the unreliable entity list measures it imposed"
            described = list(doc[v.head.left_edge.i:v.head.i + 1])
            list_hit = list_hit or self._list_in(described)
            measure = self._measure_named(described, v)
        stranded = stranded_from(v) if measure is None and v.lemma_ in PROHIBITING else None
        if stranded is not None:  # "an order barring Americans from investing in X", "from" hung elsewhere
            measure = self._measure_named([stranded.nbor()], v) or self._measure_named(list(stranded.subtree), v)
        main = _described_by(v)
        if list_hit is None and measure is None and main is not None and main.lemma_.lower() in self.verbs \
                and not spec.get("type"):  # (not "X, which was charged in 2022, was added to the Entity List")
            list_hit = self._list_in(self._clause_tokens(main))  # "removed from the SDN list X, which was added there in 2019"
        if list_hit is None and spec.get("requires_list"):
            # "removed A and B, two entities added to the SDN List in 2022": the list their description names
            list_hit = self._list_in([t for a in clause if a.dep_ == "appos" for t in a.subtree])
        if list_hit is None and v.dep_ == "relcl" and any(t.lower_ == "which" and t.head.lower_ in {"to", "on", "from"}
                                                          for t in clause):
            # "the NS-CMIC List, to which Treasury added X": the list the relative pronoun stands for
            list_hit = self._list_in([t for t in v.head.subtree if t.i < v.left_edge.i])
        if list_hit is None and v.lower_ == "on":
            list_hit = self._earlier_list(clause)  # "Y has been on the list since March"
        # (not "shipped without the licences required"; "no licence")
        licence = list_hit is None and any(t.lower_ in self.licence_words and not _denied(t) and not any(
            c.lower_ in self.business_licences for c in t.children) for t in clause if t.i != v.i) or (
            v.dep_ in {"relcl", "acl"} and v.head.lower_ in self.licence_words)  # "a licence (OFAC) granted to X"
        if licence:
            measure = None  # "a licence for shipments to X" eases (or restores) the body's own measure
        # a licence granted eases the measure; a licence revoked restores it
        lifted = bool(spec.get("lifted")) if not licence else v.lemma_.lower() not in self.revoking
        if lifted and any(t.lower_ in self.payment_systems for t in clause):
            lifted = False  # "excluded seven banks from SWIFT": cut off, not delisted
        if spec.get("lifted_with_measures") and any(c.dep_ in {"dobj", "nsubjpass"} and _measure_word(c)
                                                     for c in v.children):
            # "suspend the relevant measures against X", "the implementation of export control measures to X",
            # "the measures taken against X are suspended" (not "suspended the export privileges of X")
            lifted = True
        # "lifted a ban that barred companies from selling to X", "suspended the measures imposed on X": the
        # measure described is lifted, by the lifting verb's actor and on its day
        lifter = None
        if v.dep_ in {"relcl", "acl"} and v.head.dep_ == "dobj" and v.head.lemma_.lower() in MEASURE_NOUNS:
            lifter = v.head.head if self._lifts(v.head.head) else self._stranded_lifter(v.head)
        # (also the measures parsed as the object of the reporting verb: "announced that it has suspended,
        # for one year, the measures imposed on X")
        lifted = lifted or any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS and self._stranded_lifter(c)
                               for c in v.children)
        lifted = lifted or lifter is not None
        actor, actor_token = self._actor(lifter or v, ents)
        this_document = self._this_document(v)
        if actor is None and this_document is not None:
            # "This rule adds ...": the body whose rule it is
            actor = state["lead"]["agency"] if state.get("lead") else state["issuer"]
        bare_list = any(t.lemma_.lower() in self.list_nouns and t.pos_ in {"NOUN", "PROPN"} for t in clause)
        # "The same rule removed A and B": the document of the last action acts again
        same_document = state.get("lead") if any(  # "The same rule removed X", "In the same rule, BIS revised"
            c.lemma_.lower() in self.documents and any(d.lower_ in {"same", "this", "that"} for d in c.children)
            for c in [*v.children, *(p for prep in v.children if prep.lower_ == "in" for p in prep.children)]
            if c.dep_ in {"nsubj", "pobj"}) else None
        if same_document is not None and actor not in {None, same_document["agency"]}:
            same_document = None  # "In the same rule, BIS removed X": BIS's own measure, not the lead's
        if same_document is not None:
            list_hit = list_hit or {"type": same_document["type"]}
        if state["disclaimed"] and (list_hit is not None and list_hit.get("disclaimable") or list_hit is None and any(
                t.lemma_.lower() in self.list_nouns and any(c.dep_ == "poss" or c.lower_ == "of" for c in t.children)
                for t in clause)):
            # "added X to its list of Chinese military companies. The list carries no sanctions" (also a list
            # described in other words: "to its annual list of companies it says work with China's military")
            return []
        also = _also(v) and state["last"] is not None  # "The department also added X": to the same list
        # "OFAC designated A, while Britain added B": the parallel clause's measure is the main clause's
        parallel = v.dep_ == "advcl" and v.head.lemma_.lower() in self.verbs and any(
            c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in v.children)
        # "OFAC on Monday named eight companies": a body whose usual measure is a listing
        listing_body = v.lemma_ in self.listing_verbs and actor in self.agency_defaults and any(
            c.dep_ == "dobj" for c in v.children)
        if spec.get("requires_named_list") and list_hit is None:
            return []  # "The following vessel has been identified as property ...": no list, no listing
        if spec.get("requires_list") and list_hit is None and measure is None and not _passive(v) and not bare_list \
                and not also and not parallel and actor not in state["last_type"] and not listing_body:
            return []  # "Under China, BIS is adding A; B": to the list BIS used before in the article
        back_reference = _passive(v) and (v.dep_ in {"acl", "relcl"} and self._is_group(v.head)
                                          or _also(v) and state["last"] is not None)  # "Also targeted were A"
        # "extended the restrictions to X": a measure the agency's usual type names
        generic = actor is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in v.children)
        # "the Council targeted X / 3 entities" (not "Treasury has targeted the timeshare business"), "The
        # December designations also targeted X"
        named_or_counted = any(c.dep_ == "dobj" and (c.i in ents or any(g.i in ents or g.dep_ == "nummod"
                                                                        for g in c.children)) for c in v.children)
        # (also "designated X in an action that also targeted Y", "in the same action that hit Y")
        in_action = v.dep_ == "relcl" and actor_token is not None and actor_token.lemma_.lower() in ACTION_NOUNS
        by_action = named_or_counted and state["last"] is not None and (in_action or spec.get("or_known_agency") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ACTION_NOUNS | MEASURE_NOUNS for c in v.children))
        known_agency = named_or_counted and (spec.get("or_known_agency") and actor in self.agency_defaults or by_action)
        listing = spec.get("or_listing") and any(c.dep_ == "dobj" and c.lemma_.lower() in self.list_nouns
                                                 for c in v.children)  # "lifted the listing of X"
        if spec.get("requires_measure") and list_hit is None and measure is None and not licence \
                and not back_reference and not generic and not known_agency and not listing:
            # ("Among the companies targeted are ...")
            return []
        named_object = spec.get("or_named_object") and any(  # "charged X", "charged a forwarder, X,"
            c.dep_ == "dobj" and (c.i in ents or c.i + 2 in ents and doc[c.i + 1].text == ",") for c in v.children)
        if spec.get("requires_prep") and not any(t.lower_ == spec["requires_prep"] for t in clause) and not named_object:
            return []
        if spec.get("requires_object") and not any(c.dep_ == "dobj" for c in v.children) and not _passive(v):
            return []  # ("the sanctions apply to X" states a scope; "sanctions are applied to X" is an act)
        speaker = speaker_of(v) if actor_token is not None and actor_token.lower_ in PRONOUNS else None
        if actor_token is not None and actor is None and not _passive(v) and (
                actor_token.ent_type_ == "ORG" or actor_token.lemma_.lower() in PRIVATE_ACTORS
                or speaker is not None and speaker.ent_type_ == "ORG"):
            # a company's own move ("the defendants listed X as the end users", "X said it had blacklisted
            # three suppliers")
            return []
        agency, inherited = self._acting_body(trig, actor, actor_token, list_hit, measure, clause, same_document,
                                              ents, dates, state)
        if agency is None and actor_token is None and state["issuer"] and (bare_list or measure and lifted) \
                and (v.lemma_ in self.listing_verbs or lifted) \
                and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in v.children):
            agency = state["issuer"]  # "The following entities are added to the list": the issuer's (decision 46)
        atype = (list_hit or {}).get("type") or spec.get("type") or measure or (inherited and inherited["type"])
        stated_as = [t for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
        if list_hit is None and spec.get("type") and stated_as:
            atype = self._measure_in(stated_as, v) or atype  # "designated X as the target of export prohibition measures"
        same_list = any(t.lemma_.lower() in self.list_nouns and any(c.lower_ in {"same", "that", "this"} for c in t.children)
                        for t in clause)
        if atype is None and same_list and state["last"]:
            atype = state["last"]["type"]  # "added to the same list", "added SMIC to that list"
        hint = agency or self._attributed_agency(v.sent, ents)
        if atype is None and hint is not None:
            atype = state["last_type"].get(hint) or self.agency_defaults.get(hint)
        if atype is None and hint is None and (_passive(v) or by_action) and state["last"]:
            atype = state["last"]["type"]  # "X, Y and Z were added": to the list just named
        if atype is None and licence:
            atype = self.agency_defaults.get(agency or "", self.licence_default)  # "OFAC granted a licence to X"
        if atype is None:  # "added X to its list of end users subject to export controls"
            described = [t for c in v.children if c.lower_ in self.subject_words for t in c.subtree]
            atype = self._measure_in(described, v) if described else None
        # "Japan decided", "the Government of Japan decided": a country acts (agency null, RECORDS.md s. 4)
        country_acts = actor_token is not None and (actor_token.ent_type_ in {"GPE", "NORP"}
                                                     or actor_token.lower_ in self.government_words)
        if atype is None and (agency is not None or country_acts) and (v.lemma_ in self.listing_verbs or spec.get("lifted") and bare_list):
            atype = self.default_type  # "Global Affairs Canada has listed ...", "Canada is removing X from Schedule 1"
        if atype is None:
            return []
        last = state["last"]
        # "The measures bar X from obtaining export licences": the measures of the action just told
        measures = last is not None and actor_token is not None and actor_token.lemma_.lower() in MEASURE_NOUNS \
            and any(c.lower_ in {"the", "these", "those"} for c in actor_token.children)
        # "announced charges against two companies. The indictment names A and B": the charges just told
        charged = last is not None and last["type"] == atype == "indictment" and actor_token is not None \
            and actor_token.lemma_.lower() in CHARGE_DOCUMENTS and any(c.lower_ == "the" for c in actor_token.children)
        lent = last["date"] if charged else None
        if agency is None and (also or by_action or measures or charged) and actor_token is not None \
                and actor_token.pos_ == "NOUN" and not actor_token.ent_type_ and (last["type"] == atype or measures):
            # "DOJ charged A. Prosecutors also charged B": the same body's staff; "The designations also
            # targeted B": the same action
            agency = last["agency"]
        heads, how = self._target_heads(v, spec)
        # "revised the entry for X, adding two aliases, A and B, and an address in C": no targets
        aliases = [t for t in v.sent if t.lower_ in ALIAS_NOUNS and t.pos_ == "NOUN"]
        heads = [h for h in heads if h not in aliases]
        named = {h.i: self._names(h, v, ents) if how != "passive_last" else [ents[h.i].kb_id_] for h in heads}
        targets = list(dict.fromkeys(n for h in heads for n in named[h.i]))

        # "annulled the asset freeze that the Council imposed on X in June 2022": the imposing told with its
        # own date is a row of its own (gold decision 16), by its own actor; the lifting has the lifter's date
        # (a date inside the describing clause: not the lifting verb's "said on Friday it had lifted a ban that ...")
        imposed = next((as_date(d) for d in dates if v.i < d.start and d.end <= v.right_edge.i + 1),
                       None) if lifter is not None and v.dep_ == "relcl" else None
        own_date = self._date(lifter, dates) if imposed is not None else \
            self._date(v, dates) or (lifter is not None and self._date(lifter, dates)) or None
        if own_date is not None and agency is not None and news_day(own_date, doc._.published):
            state["event_date"] = own_date  # "Shares fell on Thursday after ... OFAC on Wednesday designated"
        date = own_date
        if date is None and agency is not None and _also(v):  # "SECO also removed X": its last action's day
            date = state["last_date_of"].get(agency)
            last = state["last"]
            if date is None and last is not None and last["date"] and news_day(last["date"], doc._.published) \
                    and v.sent.start - last["sent"] < 80 and not unanchored(v.sent):
                date = last["date"]  # "The UK has today sanctioned five entities. The Foreign Office also designated X"
        if date is None and _present(v):  # "X and Y are being designated": today's news
            date = self._news_date(v, agency is not None or country_acts, state)
        # "The following entries have been added to the Consolidated List": news, whoever acted
        reported = agency is not None or country_acts or _passive(v) and any(
            c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in v.children) \
            or _passive(v) and _present(v) and state["issuer"] is not None  # "... are newly designated" (a release)
        date = date or (inherited and inherited["date"]) or lent or self._news_date(v, reported, state)
        if date is not None and v.tag_ == "VBD":
            date = not_ahead(date, doc._.published)  # "which the ministry added ... on Jan. 2" (in November)
        listed = state["listed"]
        if not targets and listed is not None and v.sent.start - listed["sent"] < 120 and any(
                h.tag_ == "NNS" and h.lemma_.lower() in ANAPHORS and any(c.lower_ in {"both", "these", "those"}
                                                                        for c in h.children) for h in heads):
            targets, how = list(listed["targets"]), "plural_anaphor"  # "BIS added both companies to the Entity List"
        counted = next((h for h in heads if h.tag_ == "NNS" and h.lemma_.lower() in ANAPHORS and any(
            c.lower_ in {"the", "these", "those"} for c in h.children)
                        and any(c.dep_ == "nummod" for c in h.children)
                        and not any(c.lower_ == "following" for c in h.children)), None)  # (names after it)
        if not targets and counted is not None:
            # "Investigators traced the engines to A, B and C. BIS added the three firms to the Entity List":
            # the last list of that many names
            size = _number(next(c.text for c in counted.children if c.dep_ == "nummod"))
            targets, how = recent_list(counted, size, ents), "plural_anaphor"
        colon = next((t.i for t in v.sent if t.text == ":" and t.i > v.i), None)
        if not targets and colon is not None and not _passive(v) and colon + 1 in ents \
                and ents[colon + 1].label_ == "ORG" and any(c.lower_ == "following" for h in heads for c in h.children):
            # "designated the following entity under the Regulations: X LLC" (the names after the colon)
            targets, how = entity_list(ents[colon + 1], ents), "after_colon"
        if not targets:
            targets, how, count = self._unnamed_targets(v, heads, clause, ents, actor, licence, how)
            # also with no body: "the six entries set out below have been added", a notice's entries, by
            # the body of a count of the same measure told before ("the FCDO designated 14 entities")
            # ("In this revision, 8 entities are added to the list": by the body that issued the release)
            unattributed = actor is None and _passive(v) and (reported or _present(v))
            earlier = next((c[2] for c in reversed(state["counts"]) if c[1] == atype), None) \
                or (state["issuer"] if _present(v) else None)
            # (and a count the next sentence names only some of: "8 entities are added. Newly added are,
            # among others, A and B", then a table of the eight)
            partial = how == "group_list" and 0 < len(targets) < (count or 0)
            if count and (not targets or partial) and (actor is not None or unattributed) \
                    and not annex_references(clause):
                # (annexes: below; a count named in part only by its entries)
                state["counts"].append((count, atype, actor or agency or earlier, date, v, lifted, partial))
        subject = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        participle = v.dep_ == "ROOT" and v.tag_ == "VBN"  # "Designated by the U.S. Treasury on 19 May 2023."
        if state.get("field_of") and (_passive(v) or participle) and (subject is None or subject.i not in ents and (
                subject.lower_ in PRONOUNS or subject.lemma_.lower() in self.list_nouns | ANAPHORS)):
            # "It / The entity was designated by OFAC on 22 October 2024": the entry's own company
            targets, how = [state["field_of"]], "entry_field"
        not_targets = {ents[t.i].kb_id_ for h in aliases for t in h.subtree if t.i in ents and t.i > h.i} \
            - {ents[h.i].kb_id_ for h in heads if h.i in ents}  # an alias of the target itself
        targets = [t for t in targets if t != agency and t not in not_targets]
        # "17 entities listed in Annex 1", "to 9 entities which are listed in the Attachment 1": its items, further on
        for label in annex_references(list(v.subtree)):
            known = state["annexes"].get(label)
            # the sentence's first trigger; and a deletion "from Annex 8" leaves the additions its entries
            if known is None or known["sent"] != v.sent.start and not (lifted and not known["lifted"]):
                state["annexes"][label] = {"agency": agency, "type": atype, "date": date, "lifted": lifted,
                                           "sent": v.sent.start, "targets": targets}
        self._remember(v, clause, agency, atype, date, targets, lifted, country_acts, state)
        counted = self._count(heads)
        if counted and 0 < len(targets) < counted:  # "designated four firms, among them A and B": "the other two" later
            state["partial"] = {"type": atype, "agency": agency, "date": date, "lifted": lifted, "sent": v.sent.start,
                                "targets": targets}
        types = list(dict.fromkeys([atype, *self._coordinated_measures(v), *self._measures_for_them(v)]))
        if len(types) > 1 and state["last"] is not None and state["last"]["sent"] == v.sent.start:
            state["last"]["measures"] = types  # for the names given after ("they are A, B and C, and take ...")
        if not targets:
            return []
        sent = v.sent
        evidence = _evidence(sent)
        own_dates = {name: d for h, d in dates_per_target(v, heads, dates).items() for name in named.get(h, [])}
        own_dates = own_dates or respective_dates(v, targets, dates)
        # a country as actor: which one, so that _dedupe can tell its body's rows from another's
        place = " ".join(t.text for t in actor_token.subtree if t.ent_type_ in {"GPE", "NORP"}
                         and t.lower_ != "the") if agency is None and actor_token is not None else ""
        country = self.country_of_place.get(place, "?") if place else None
        # "sanctioned by Britain in 2022 and by the United States in February": one row per agent and date
        by_agent = [(self._agency_of(a, ents), d, country) for a, d in dates_per_agent(v, dates)] \
            or [(agency, None, country), *self._co_actors(v, actor_token, agency, ents)]
        rows = [row(mtype, body, t, when or own_dates.get(t, date), lifted, evidence, f"{trig.rule}:{how}",
                    actor_country=where, apart=unanchored(sent))
                for mtype in types for t in targets for body, when, where in by_agent]
        if imposed is not None:
            rows += [row(mtype, self._actor(v, ents)[0], t, imposed, False, evidence, f"{trig.rule}:imposed")
                     for mtype in types for t in targets]
        return rows

    def _co_actors(self, v: Token, actor: Token | None, agency: str | None, ents: dict) -> list[tuple]:
        """The other subjects of a joint act, one row each: "The State Department and the Treasury
        sanctioned X" (both bodies), "Britain and the European Union sanctioned X" (the country's row has no
        agency)."""
        if actor is None or agency is None or actor.dep_ != "nsubj" or actor.head.i != v.i:
            return []
        out = []
        for other in [actor, *actor.conjuncts]:
            ent = ents.get(other.i)
            if ent is not None and ent.label_ == "AGENCY" and other.i != actor.i and ent.kb_id_ != agency:
                out.append((ent.kb_id_, None, None))
            elif ent is None and other.ent_type_ == "GPE" and other.text in self.country_of_place:
                out.append((None, None, self.country_of_place[other.text]))
        return out

    def _unnamed_targets(self, v: Token, heads: list[Token], clause: list[Token], ents: dict, actor: str | None,
                         licence: bool, how: str) -> tuple[list[str], str, int | None]:
        """The names of a target told as a group ("the companies, A and B", "59 Chinese companies,
        including A", "two traders that market its fuel, A and B") or along the parse path; how they
        were found; and the group's count, if it has one."""
        # (also a group coordinated with one: "an Iranian company and two companies in the UAE")
        groups = [h for h in heads if self._is_group(h)] or [c for h in heads for c in h.conjuncts if self._is_group(c)]
        if groups:
            # the next sentence names a counted group, not a described one ("the companies of China")
            words = {c.dep_ if c.dep_ != "prep" else c.lower_ for c in groups[0].children}
            counted = "nummod" in words or "of" not in words
            targets = self._introduced(groups, ents, next_sentence=counted)
        else:  # "barred buying securities of 59 Chinese companies, including A and B"
            # (not in a comment set beside the object: "... to China, a blow to suppliers such as X")
            deeper = [t for t in clause if t.lower_ in self.count_nouns and t.i > v.i and not any(
                a.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in a.children)
                for a in _ancestors_below(t, v)[1:])]
            targets = self._introduced(deeper, ents, next_sentence=False) if deeper else []
        how = "group_list" if targets else how
        count = self._count(heads)
        if not targets and count:  # "two traders that market its fuel, A and B": after the description
            targets = counted_names(heads[0], ents, count)
            how = "group_list" if targets else how
        if not targets and how in {"object", "passive"}:
            targets, how = self._path_targets(v, ents, actor, licence), "object_path"
        if not targets and how == "object_path":
            # "determined to add, under the destination of China, A, B and C" (the parser lost the object):
            # the names right after a phrase set off by commas on the verb
            doc = v.doc
            after = [next((t.i + 1 for t in doc[p.i:min(p.i + 12, len(doc) - 1)] if t.text == ","), None)
                     for p in v.children if p.dep_ == "prep" and p.i > v.i and doc[p.i - 1].text == ","]
            first = ents.get(after[0]) if after and after[0] is not None else None
            if first is not None and first.start == after[0] and first.label_ == "ORG":
                targets, how = entity_list(first, ents), "after_phrase"
        return targets, how, count

    def _no_action(self, v: Token) -> bool:
        """A trigger that tells no action whatever its arguments: a modal one, a description, a state
        ("remains on the list", "blocked under the 50 percent rule"), what a list does, a fine, a role
        ("designated as a market maker"), a proposal that was blocked, a company the article already
        told of."""
        if self._is_modal(v):
            return True
        if v.dep_ == "amod" and (v.head.dep_ == "appos" and any(c.lower_ in {"a", "an"} for c in v.head.children)
                                 or any(c.dep_ == "poss" for c in v.head.children)):
            return True  # "X, a designated company in liquidation", "its designated shareholder": a description
        if any(p.lower_ == "under" and FIFTY_PERCENT_RULE.search(" ".join(t.text for t in p.subtree))
               for p in v.children):
            return True  # "is blocked under the 50 percent rule": blocked by law, not by an action
        if v.dep_ == "relcl" and v.head.lemma_.lower() in self.list_nouns and any(
                c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in v.children):
            return True  # "its Entity List, which bars US suppliers from shipping to them": what the list does
        if any(a.dep_ == "relcl" and _legal_basis(a.head) for a in [v, *v.ancestors]):
            return True  # "designated X pursuant to E.O. 14032, which prohibits ...": what the law does
        if any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in v.children):
            return True  # a fine is none of the six measures
        if v.head.lemma_ == "remain" and (_predicative(v) or v.pos_ == "ADJ") and not any(
                d.dep_ == "prep" and d.lower_ == "since" for d in v.head.children):
            return True  # "X remains on the Entity List", "remains subject to sanctions": a state, not an act
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_.startswith(("remain", "stay")) for c in v.children) or any(
                c.dep_ == "advmod" and c.lower_ == "still" for c in v.children) and any(
                c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in v.children):
            return True  # "X remains designated" (an auxiliary keeps its form as lemma), "X is still designated": a state
        if v.lemma_ == "designate":  # "designated X as a market maker": a role, not a measure
            role = [t.lower_ for c in v.children if c.dep_ in {"oprd", "attr"} or c.dep_ == "prep" and c.lower_ == "as"
                    or c.dep_ == "dobj" and _passive(v) for t in c.subtree]
            if role and self.benign.search(" ".join(role)):
                return True
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self.modal_heads for c in v.children):
            return True  # "A proposal to add X to the list was blocked": what befell the proposal
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in self.records for c in v.children):
            return True  # "Its entry in the register lists three shareholders": what a record says
        # "Ownership of the newly sanctioned bank": a company the article already told of
        return v.dep_ == "amod" and v.head.lemma_.lower() in ANAPHORS and v.head.tag_ == "NN" \
            and any(c.lower_ in {"the", "this", "that"} for c in v.head.children)

    @staticmethod
    def _remember(v: Token, clause: list[Token], agency: str | None, atype: str, date: dict | None,
                  targets: list[str], lifted: bool, country_acts: bool, state: dict) -> None:
        """Keep the action for the sentences after it: the last one told (a body's, a country's own, a
        heading's, an indictment's), each body's last type and day, and the article's first."""
        # a country's own action, not one told in a relative clause: "Canada is imposing sanctions on 9
        # entities. The entities are:" continues it
        # "Schedule 1 is amended by adding the following:" heads a list whatever its actor
        heading = agency is None and ends_with_colon(v.sent) and any(t.lower_ == "following" for t in clause)
        # (an indictment usually has no agency: a grand jury returns it; "The defendants are A and B" follows)
        indicted = atype == "indictment" and v.dep_ not in {"relcl", "acl", "amod"}
        # "added 59 companies to the list, barring Americans from buying their securities from Aug. 2": the
        # effect, told in a participle with no target of its own, is the action the sentence told before it
        effect = v.dep_ == "advcl" and v.tag_ == "VBG" and not targets and state["last"] is not None \
            and state["last"]["sent"] == v.sent.start
        if (agency is not None or heading or indicted or country_acts and v.dep_ not in {"relcl", "acl"}) and not effect:
            state["last"] = {"agency": agency, "type": atype, "date": date, "sent": v.sent.start,
                             "targets": targets, "lifted": lifted, "colon": ends_with_colon(v.sent)}
            if targets:
                state["listed"] = state["last"]
        if agency is not None:
            state["last_type"][agency] = atype
            state.setdefault("lead", state["last"])  # the article's first action: "the same rule"
            # (a background date does not replace the day of the news: "It was designated again by OFAC in
            # November 2018. OFAC also delisted X" is the news day's delisting)
            # (nor does a relative clause's: "the entry for X, which was added on February 24, 2023")
            if date is not None and v.dep_ not in {"relcl", "acl"} \
                    and (agency not in state["last_date_of"] or news_day(date, v.doc._.published)):
                state["last_date_of"][agency] = date

    def _undone(self, v: Token, dates: list[Span], state: dict) -> list[dict] | None:
        """ "CBP imposed an order on X last September and lifted it in March": the measure just told,
        on the same targets, lifted on its own day."""
        last = state["last"]
        pronoun = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in {"it", "them"}), None)
        if pronoun is None or v.dep_ != "conj" or not self.verbs.get(v.lemma_.lower(), {}).get("lifted") \
                or last is None or last["sent"] != v.sent.start or last["lifted"] or not last["targets"]:
            return None
        return [row(last["type"], last["agency"], t, self._date(v, dates), True, _evidence(v.sent), "verb:lifted_it")
                for t in last["targets"]]

    def _lifts(self, token: Token) -> bool:
        """A verb that lifts a measure it takes as object ("lift", "suspend")."""
        spec = self.verbs.get(token.lemma_.lower(), {}) if token.pos_ == "VERB" else {}
        return bool(spec.get("lifted") or spec.get("lifted_with_measures"))

    def _stranded_lifter(self, measure: Token) -> Token | None:
        """A lifting verb between the measure noun and the verb it hangs on, with no object of its own:
        the parser lost the measure from it ("that it has suspended, for one year, the measures")."""
        return next((t for t in reversed(measure.doc[measure.head.i + 1:measure.i]) if self._lifts(t)
                     and not any(c.dep_ == "dobj" for c in t.children)), None)

    def _noun_rows(self, trig: Trigger, ents: dict, dates: list[Span], state: dict) -> list[dict]:
        """ "OFAC's designation of X", "the addition of X to the Entity List", "sanctions on X"."""
        n, spec = trig.token, trig.spec
        # "revoked the designation of X": the designation is lifted
        lifted = bool(spec.get("lifted")) or n.dep_ == "dobj" and self._lifts(n.head)
        clause = self._clause_tokens(n)
        list_hit = self._list_in(clause)
        if spec.get("requires_list") and list_hit is None and not any(t.lemma_.lower() in self.list_nouns for t in clause):
            return []
        verb = next((a for a in n.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        agency = None
        for child in n.children:
            if child.dep_ == "poss" and child.i in ents and ents[child.i].label_ == "AGENCY":
                agency = ents[child.i].kb_id_
            if child.lower_ == "by":
                agency = next((self._agency_of(p, ents) for p in child.children if p.dep_ == "pobj"), agency)
        if agency is None and verb is not None and n.dep_ in {"dobj", "nsubjpass"} and verb.lemma_ in ANNOUNCING:
            agency = self._actor(verb, ents)[0]  # "OFAC announced the designation of X"
        if verb is not None and n.dep_ == "dobj" and verb.lemma_ in ADOPTING:
            # "the EAER decided to adopt the EU's sanctions against X": the adopting body's own measure
            agency = self._actor(verb, ents)[0] or agency
        document = n.head.head if n.dep_ == "pobj" and n.head.lower_ in {"about", "on", "regarding"} else None
        if agency is None and document is not None and document.lemma_.lower() in self.documents:
            # "the decision of the National Security and Defense Council about sanctions against X"
            issuer = [p for c in document.children if c.dep_ == "poss" or c.lower_ == "of"
                      for p in (c, *c.children) if p.i in ents and ents[p.i].label_ == "AGENCY"]
            agency = ents[issuer[0].i].kb_id_ if issuer else None
        if agency is None and list_hit is not None:
            agency = self._list_owner(clause, ents) or self._owner(list_hit, state, n.sent)
        atype = (list_hit or {}).get("type") or spec.get("type") or self._measure_in(clause, n)
        if atype is None and agency is not None:
            atype = state["last_type"].get(agency) or self.agency_defaults.get(agency, self.default_type)
        if atype is None:
            return []
        targets = [name for prep in _noun_preps(n) if prep.lower_ in spec["preps"]
                   for p in prep.children if p.dep_ == "pobj" for name in self._names(p, n, ents)]
        targets = [t for t in dict.fromkeys(targets) if t != agency]
        date = self._date(n, dates)
        if date is None and verb is not None:  # "follows OFAC's designation of X on August 3, 2018": the nearest after
            after = [d for d in clause_dates(verb, dates) if d.start > n.i]
            date = as_date(after[0]) if after else self._date(verb, dates)
        if agency is not None and not targets and any(c.dep_ == "nummod" for p in _noun_preps(n) for o in p.children
                                                      for c in o.children):
            # "the decision of the Council about sanctions against 14 companies. Among sanctioned are A, B"
            state["last"] = {"agency": agency, "type": atype, "date": date, "sent": n.sent.start, "targets": [],
                             "lifted": lifted, "colon": ends_with_colon(n.sent)}
        if not targets:
            return []
        sent = n.sent
        evidence = _evidence(sent)
        return [row(atype, agency, t, date, lifted, evidence, "noun:of") for t in targets]


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    """The heads between a token and one of its ancestors, the token included."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _legal_basis(noun: Token) -> bool:
    """The law an action is taken under: "pursuant to E.O. 14032", "under Regulation 2019/796" (not the
    place of an entry: "the entry for X, under Russia, which was added ...")."""
    prep = noun.head
    return noun.dep_ == "pobj" and (prep.lower_ == "under" or prep.lower_ == "to" and prep.head.lower_ == "pursuant") \
        and (noun.ent_type_ == "LAW" or noun.lemma_.lower() in LAWS)
