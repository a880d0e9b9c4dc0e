"""Actions: who did what to whom, and when, read off the dependency parse.

For each trigger (a verb like "sanctioned", "added ... to the Entity List", "banned from
receiving US exports", or "subject to export restrictions") the component finds, in the
trigger's own clause: the targets (object, passive subject, the noun a reduced or relative
clause modifies, coordinated and appositive names), the actor (subject or "by" agent),
the measure (list or measure words), and the date. One row per target. Stored as plain
dicts in `doc._.actions`; every row names its `rule`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicons import load_yaml
from .action_dates import (as_date, clause_dates, clause_head, dates_per_agent, dates_per_target, event_date,
                           in_dateline, news_day, respective_dates, unanchored, within)
from .actors import (AGENCY_ANAPHORS, ANNOUNCING, PRONOUNS, REPORTING, agency_antecedent, agency_right_before,
                     announcing_verb, entity_antecedent, misparsed_main_verb, recent_actor, reporting_verb, speaker_of)
from .name_lists import (annex_heading, annex_references, apposition_after, coordination, counted_names, country_heading,
                         ends_with_colon, entity_list, introduced_names, is_item, itemized, line_item,
                         numbered_items, opens_entry)
from .spans import doc_text

if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)

ENTITY_LABELS = {"ORG", "AGENCY"}
#: People of an organization: measures against them are recorded against the organization.
STAFF = {"employee", "official", "executive", "officer", "staff", "member", "leader", "manager", "director",
         "administrator", "liquidator", "receiver"}
#: Parts of an organization named after it: "two units of X, A and B" (the targets are A and B).
PARTS = {"unit", "subsidiary", "affiliate", "arm", "division", "branch", "institute"}
#: Dependencies on the way from a target up to its trigger (see `_path_targets`).
TARGET_PATH = {"dobj", "nsubjpass", "pobj", "prep", "conj", "appos", "attr", "dative", "oprd"}
TARGET_PREPS = {"on", "against", "to", "from", "in", "including", "among", "like", "upon", "targeting"}
#: Words that mark a clause as background, not today's news.
BACKGROUND = {"since", "already", "previously", "earlier", "before", "originally", "first", "once", "last", "later"}
LICENCE_PREPS = {"for", "with", "of"}
#: Prepositions of a date that ends a period, never the day of the action ("a licence until April 18").
PERIOD_ENDS = {"until", "till", "through", "thru"}
LICENCE_PATH = {"advcl", "acl", "xcomp", "ccomp", "dobj", "pcomp"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
#: Words for names and addresses added to an existing entry (they are no targets).
ALIAS_NOUNS = {"alias", "aliases", "address", "addresses"}
#: Subjects whose acts are no measures: "the defendants listed X as the end users".
PRIVATE_ACTORS = {"defendant", "suspect", "customer", "buyer", "seller", "investor", "shareholder", "lender"}
#: People with a stake or a trade in a company: "Other shareholders of Y are A and B" names no targets.
HOLDERS = {"shareholder", "owner", "stakeholder", "holder", "partner", "client", "supplier"}
#: Objects that make a measure verb no action (RECORDS.md section 3): "imposed a civil penalty on X".
PENALTIES = {"penalty", "fine", "settlement"}
#: Words that tell a continued list is of names added, or of names removed ("Among the newcomers are").
ADDED_WORDS = {"new", "newcomer", "addition", "added", "newly"}
REMOVED_WORDS = {"removal", "removed", "delisted", "delisting", "deleted"}
#: Nouns for a measure itself ("lifted a ban that barred ...").
MEASURE_NOUNS = {"ban", "restriction", "sanction", "prohibition", "order", "measure", "freeze", "embargo"}
#: The wording of a regulation ("This rule adds ...", "ACTION: Final rule."), whose publication
#: date is not the date of its actions.
RULE_TEXT = re.compile(r"\b[Tt]his (?:final |interim final )?rule\b|\bACTION: (?:Final|Interim final) rule\b")
#: Adverbs that continue the action just told: "OFAC also designated X".
ALSO = {"also", "likewise", "similarly"}
#: Nouns for an action as a whole: "The action also covers X".
ACTION_NOUNS = {"action", "package", "designation", "designations", "round", "move", "listing", "decision"}
NOTICES = {"notice", "statement", "release", "announcement", "filing", "notification"}
#: Words that state a prohibition: "are prohibited from", "it is forbidden for them to".
PROHIBITING = {"prohibit", "forbid", "ban", "bar", "allow", "cancel", "revoke", "restrict", "freeze", "deny"}
ANAPHORS = {"company", "firm", "group", "entity", "manufacturer", "maker", "business", "cartel", "network", "bank",
            "lender", "conglomerate", "operator", "carrier", "airline", "refinery", "institute", "university",
            "subsidiary", "unit", "supplier", "producer", "trader", "shipper", "exporter", "importer", "developer"}


@dataclass
class Trigger:
    token: Token
    spec: dict
    rule: str


class ActionExtractor:
    """Finds triggers sentence by sentence and reads each one's arguments off the parse."""

    def __init__(self, nlp: Language, lexicon: str, agencies: str) -> None:
        lex = load_yaml(lexicon)
        self.verbs: dict[str, dict] = lex["verbs"]
        self.verb_objects: dict[str, dict] = lex["verb_objects"]
        self.subject_words = set(lex["subject_words"])
        self.measures = {t: [w.lower() for w in words] for t, words in lex["measures"].items()}
        self.measure_words = {w for cues in self.measures.values() for w in cues}
        #: measures of several words, matched first and on whole words ("entity list", not "entity listed")
        self.phrase_measures = {t: [(c, _whole_words(c)) for c in cues if " " in c] for t, cues in self.measures.items()}
        self.list_patterns = [(item, _whole_words(item["phrase"])) for item in lex["lists"]]
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
        self.list_nouns = set(lex["list_nouns"])
        self.nouns: dict[str, dict] = lex["nouns"]
        self.stated_measures = {t: set(words) for t, words in lex["stated_measures"].items()}
        self.documents = set(lex["documents"])
        #: Words of a heading in capitals over listed names ("ENTITIES DESIGNATED BY ...").
        self.listing_words = set(lex["listing_heading_words"])
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

    # -- component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ents = {t.i: e for e in doc.ents if e.label_ in ENTITY_LABELS for t in e}
        dates = list(doc.spans.get("dates", []))
        state = {"last_type": {}, "last": None, "listed": None, "last_date_of": {}, "counts": [], "annexes": {},
                 "event_date": None if RULE_TEXT.search(doc_text(doc)) else event_date(doc, dates)}
        # (a regulation's text: its actions take no publication date by default, gold decision 19)
        rows: list[dict] = []
        for sent in doc.sents:
            self._track_section(sent, state)
            label = annex_heading(sent)
            if label is not None:  # "Annex 1: Entities subject to asset freeze": the items of the action citing it
                state["annex"] = state["annexes"].get(label)
                continue
            # "they are prohibited from ...; they are prohibited to invest ...": the measures stated for the
            # targets just named (read before the verbs, whose rows for "they" alone they replace)
            stated = self._stated_measures(sent, ents, state, named_here=True) \
                or self._stated_measures(sent, ents, state)  # "the 6 companies, among them A", "they"
            found = [row for trigger in self._triggers(sent) for row in self._rows(trigger, ents, dates, state, doc)]
            rows += stated or found or self._continued_list(sent, ents, dates, state)
            # "The entities are:" opens a run of list items for the last action
            # "The following entities have been added ...:" opens entries (not "The following individuals")
            state["items_open"] = ends_with_colon(sent) and not _about_people(sent) or state.get("items_open") and (
                is_item(sent) and not _prose(sent) or opens_entry(sent, ents) or not _line_start(sent))
        claimed: set[str] = set()  # names a later count took: "put two firms on its list ... added 3 entities: A; B; C"
        for count in reversed(state["counts"]):
            found = _resolve_count(doc, ents, *count, claimed=claimed)
            claimed.update(row["target"] for row in found)
            rows += found
        doc._.actions = _dedupe(rows, self.country, self.part_of)
        return doc

    def _triggers(self, sent: Span) -> list[Trigger]:
        found = []
        for token in sent:
            if token.is_upper and len(token) > 1 or token.ent_type_ in ENTITY_LABELS or token.i > 1 \
                    and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ not in {"re", "co"}:
                continue  # headings ("SANCTIONS IMPLICATIONS"), "New York-listed" (not "re-designated"), a name's word
            pair = next((f"{token.lemma_.lower()} {c.lemma_.lower()}" for c in token.children if c.dep_ in {"dobj", "nsubjpass"}
                         and f"{token.lemma_.lower()} {c.lemma_.lower()}" in self.verb_objects), None)
            if token.pos_ == "VERB" and pair is not None:
                found.append(Trigger(token, self.verb_objects[pair], "verb"))  # "take countermeasures against X"
            elif token.pos_ in {"VERB", "AUX"} and token.dep_ != "prep" and token.lemma_.lower() in self.verbs:
                found.append(Trigger(token, self.verbs[token.lemma_.lower()], "verb"))
            elif (token.lower_ in {"under", "on"} and token.head.lemma_ in {"be", "remain", "come", "fall", "get"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in {"sanction", "restriction", "control", "ban", "embargo", "list"}
                for c in token.children
            ) or token.lower_ in {"into", "in"} and token.head.lemma_ in {"get", "fall"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() == "list" for c in token.children)):
                # "has been under U.S. sanctions since 2014", "has been on the Entity List", "Into the list got X"
                # ("into the list" names no measure: the action just told gives it)
                spec = {"type": None} if token.lower_ in {"into", "in"} else {"type": None, "requires_measure": True}
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
        if self._is_modal(v):
            return []
        if v.dep_ == "amod" and v.head.dep_ == "appos" and any(c.lower_ in {"a", "an"} for c in v.head.children):
            return []  # "X, a designated company in liquidation": a description, not the news
        if any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in v.children):
            return []  # a fine is none of the six measures
        if v.dep_ == "amod" and v.head.lemma_.lower() in ANAPHORS and v.head.tag_ == "NN" \
                and any(c.lower_ in {"the", "this", "that"} for c in v.head.children):
            return []  # "Ownership of the newly sanctioned bank": a company the article already told of
        if trig.rule == "noun":
            return self._noun_rows(trig, ents, dates, state)
        spec = trig.spec
        clause = self._clause_tokens(v)
        list_hit = self._list_in(clause)
        # "updated its End User List, adding X"; "Schedule 1 to the ... Regulations is amended by adding"
        if list_hit is None and v.tag_ == "VBG" and (v.dep_ == "advcl" or v.dep_ == "pcomp" and v.head.lower_ == "by"):
            list_hit = self._list_in(self._clause_tokens(v.head if v.dep_ == "advcl" else v.head.head))
        measure = self._measure_in(clause, v)
        main = _described_by(v)
        if list_hit is None and measure is None and main is not None and main.lemma_.lower() in self.verbs:
            list_hit = self._list_in(self._clause_tokens(main))  # "removed from the SDN list X, which was added there in 2019"
        # (not "shipped without the licences required"; "no licence")
        licence = list_hit is None and any(t.lower_ in self.licence_words and not _denied(t) for t in clause if t.i != v.i) or (
            v.dep_ in {"relcl", "acl"} and v.head.lower_ in self.licence_words)  # "a licence (OFAC) granted to X"
        if licence:
            measure = None  # "a licence for shipments to X" eases (or restores) the body's own measure
        # a licence granted eases the measure; a licence revoked restores it
        lifted = bool(spec.get("lifted")) if not licence else v.lemma_.lower() not in self.revoking
        # "lifted a ban that barred companies from selling to X": the measure described is lifted, by the
        # lifting verb's actor and on its day
        lifter = v.head.head if v.dep_ == "relcl" and v.head.dep_ == "dobj" and v.head.lemma_.lower() in MEASURE_NOUNS \
            and self.verbs.get(v.head.head.lemma_.lower(), {}).get("lifted") else None
        lifted = lifted or lifter is not None
        actor, actor_token = self._actor(lifter or v, ents)
        this_document = self._this_document(v)
        if actor is None and this_document is not None and state.get("lead"):
            actor = state["lead"]["agency"]  # "This rule adds ...": the body whose rule it is
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
        also = _also(v) and state["last"] is not None  # "The department also added X": to the same list
        # "OFAC designated A, while Britain added B": the parallel clause's measure is the main clause's
        parallel = v.dep_ == "advcl" and v.head.lemma_.lower() in self.verbs and any(
            c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in v.children)
        # "OFAC on Monday named eight companies": a body whose usual measure is a listing
        listing_body = v.lemma_ in self.listing_verbs and actor in self.agency_defaults and any(
            c.dep_ == "dobj" for c in v.children)
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
        by_action = spec.get("or_known_agency") and named_or_counted and state["last"] is not None and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ACTION_NOUNS | MEASURE_NOUNS for c in v.children)
        known_agency = spec.get("or_known_agency") and named_or_counted and (actor in self.agency_defaults or by_action)
        if spec.get("requires_measure") and list_hit is None and measure is None and not licence \
                and not back_reference and not generic and not known_agency:  # "Among the companies targeted are ..."
            return []
        named_object = spec.get("or_named_object") and any(  # "charged X", "charged a forwarder, X,"
            c.dep_ == "dobj" and (c.i in ents or c.i + 2 in ents and doc[c.i + 1].text == ",") for c in v.children)
        if spec.get("requires_prep") and not any(t.lower_ == spec["requires_prep"] for t in clause) and not named_object:
            return []
        if spec.get("requires_object") and not any(c.dep_ == "dobj" for c in v.children):
            return []
        if actor_token is not None and actor is None and not _passive(v) and (
                actor_token.ent_type_ == "ORG" or actor_token.lemma_.lower() in PRIVATE_ACTORS):
            return []  # a company's own move ("the defendants listed X as the end users")
        agency = actor
        owner = self._owner(list_hit, state, v.sent)
        if owner and agency is not None and self.country.get(agency) != self.country.get(owner) and any(
                e.label_ == "AGENCY" and e.kb_id_ == agency and e.text in self.ambiguous_agencies for e in doc.ents):
            agency = owner  # "the Ministry of Commerce (it) included X into the unreliable entity list"
        own_actor = any(c.dep_ in {"agent", "nsubj"} for c in v.children)
        if owner and not own_actor and v.dep_ == "conj" and (_passive(v.head) or list_hit is not None and agency is not None
                                                               and self.agency_defaults.get(agency) not in (None, list_hit["type"])):
            # "sanctioned by the Treasury ... and added to the Entity List", "OFAC designated A, and B
            # was added to the Entity List": the list's owner, not the other clause's body
            agency = owner
        if agency is None and actor_token is None and _passive(v) and v.dep_ == "ccomp" and v.head.lemma_ == "announce":
            agency, _ = self._actor(v.head, ents)  # "MOFCOM announced that X was added to ..."
        reporter = reporting_verb(v)
        if agency is None and reporter is not None and (spec.get("type") or measure) == "indictment":
            agency, _ = self._actor(reporter, ents)  # "DOJ announced ... that a grand jury has indicted X"
        if agency is None and list_hit is not None:
            agency = self._list_owner(clause, ents) or owner
        inherited = same_document
        if agency is None and actor_token is not None and actor_token.lemma_.lower() in ACTION_NOUNS \
                and state["last"] is not None and not self._date(v, dates):
            inherited = state["last"]  # "hit in the action, which also named X": the action just told
            agency = inherited["agency"]
        elif agency is None and actor_token is None and trig.rule != "subject_to":
            inherited = self._referred_action(v, state, list_hit or measure)
            own = self._date(v, dates)
            then = (inherited or {}).get("date") or {}
            # an earlier listing: in a relative clause, in the pluperfect, or dated before the action
            # it follows ("The Council delisted X, an entity listed in May 2022", "X had been added in 2019")
            earlier = v.dep_ in {"relcl", "acl"} or any(c.lower_ == "had" for c in v.children) \
                or bool(own and own["value"] and then.get("value") and own["value"] < then["value"])
            if inherited and own and earlier and inherited["agency"] not in self.list_owners \
                    and own["value"] != then.get("value"):
                # on a list with no fixed owner it is no one's in particular; else its keeper's (decision 16)
                inherited = {**inherited, "agency": self._keeper(inherited)}
            agency = inherited and inherited["agency"]
        agency = agency or (same_document and same_document["agency"])
        atype = (list_hit or {}).get("type") or spec.get("type") or measure or (inherited and inherited["type"])
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
                                                     or actor_token.lower_ == "government")
        if atype is None and (agency is not None or country_acts) and (v.lemma_ in self.listing_verbs or spec.get("lifted") and bare_list):
            atype = self.default_type  # "Global Affairs Canada has listed ...", "Canada is removing X from Schedule 1"
        if atype is None:
            return []
        last = state["last"]
        if agency is None and (also or by_action) and actor_token is not None and actor_token.pos_ == "NOUN" \
                and not actor_token.ent_type_ and last["type"] == atype:
            # "DOJ charged A. Prosecutors also charged B": the same body's staff; "The designations also
            # targeted B": the same action
            agency = last["agency"]
        heads, how = self._target_heads(v, spec)
        # "revised the entry for X, adding two aliases, A and B, and an address in C": no targets
        aliases = [t for t in v.sent if t.lower_ in ALIAS_NOUNS and t.pos_ == "NOUN"]
        heads = [h for h in heads if h not in aliases]
        named = {h.i: self._names(h, v, ents) if how != "passive_last" else [ents[h.i].kb_id_] for h in heads}
        targets = list(dict.fromkeys(n for h in heads for n in named[h.i]))

        own_date = self._date(v, dates) or (lifter is not None and self._date(lifter, dates)) or None
        if own_date is not None and agency is not None and news_day(own_date, doc._.published):
            state["event_date"] = own_date  # "Shares fell on Thursday after ... OFAC on Wednesday designated"
        date = own_date
        if date is None and agency is not None and _also(v):  # "SECO also removed X": its last action's day
            date = state["last_date_of"].get(agency)
        if date is None and _present(v):  # "X and Y are being designated": today's news
            date = self._news_date(v, agency is not None or country_acts, state)
        # "The following entries have been added to the Consolidated List": news, whoever acted
        reported = agency is not None or country_acts or _passive(v) and any(
            c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in v.children)
        date = date or (inherited and inherited["date"]) or self._news_date(v, reported, state)
        if not targets:
            groups = [h for h in heads if self._is_group(h)]
            if groups:
                # the next sentence names a counted group, not a described one ("the companies of China")
                words = {c.dep_ if c.dep_ != "prep" else c.lower_ for c in groups[0].children}
                counted = "nummod" in words or "of" not in words
                targets = introduced_names(groups, ents, next_sentence=counted)
                how = "group_list" if targets else how
            else:  # "barred buying securities of 59 Chinese companies, including A and B"
                deeper = [t for t in clause if t.lower_ in self.count_nouns and t.i > v.i]
                targets = introduced_names(deeper, ents, next_sentence=False) if deeper else []
                how = "group_list" if targets else how
            count = self._count(heads)
            if not targets and count:  # "two traders that market its fuel, A and B": after the description
                targets = counted_names(heads[0], ents, count)
                how = "group_list" if targets else how
            if not targets and how in {"object", "passive"}:
                targets, how = self._path_targets(v, ents, actor, licence), "object_path"
            # also with no body: "the six entries set out below have been added", a notice's entries, by
            # the body of a count of the same measure told before ("the FCDO designated 14 entities")
            unattributed = actor is None and _passive(v) and reported
            earlier = next((c[2] for c in reversed(state["counts"]) if c[1] == atype), None)
            if count and not targets and (actor is not None or unattributed) and not annex_references(clause):
                state["counts"].append((count, atype, actor or earlier, date, v, lifted))  # annexes: below
        not_targets = {ents[t.i].kb_id_ for h in aliases for t in h.subtree if t.i in ents and t.i > h.i} \
            - {ents[h.i].kb_id_ for h in heads if h.i in ents}  # an alias of the target itself
        targets = [t for t in targets if t != agency and t not in not_targets]
        # "17 entities listed in Annex 1", "to 9 entities which are listed in the Attachment 1": its items, further on
        for label in annex_references(list(v.subtree)):
            if state["annexes"].get(label, {}).get("sent") != v.sent.start:  # the sentence's first trigger
                state["annexes"][label] = {"agency": agency, "type": atype, "date": date, "lifted": lifted,
                                           "sent": v.sent.start, "targets": targets}
        # a country's own action, not one told in a relative clause: "Canada is imposing sanctions on 9
        # entities. The entities are:" continues it
        # "Schedule 1 is amended by adding the following:" heads a list whatever its actor
        heading = agency is None and ends_with_colon(v.sent) and any(t.lower_ == "following" for t in clause)
        # (an indictment usually has no agency: a grand jury returns it; "The defendants are A and B" follows)
        indicted = atype == "indictment" and v.dep_ not in {"relcl", "acl", "amod"}
        if agency is not None or heading or indicted or country_acts and v.dep_ not in {"relcl", "acl"}:
            state["last"] = {"agency": agency, "type": atype, "date": date, "sent": v.sent.start,
                             "targets": targets, "lifted": lifted, "colon": ends_with_colon(v.sent)}
            if targets:
                state["listed"] = state["last"]
        if agency is not None:
            state["last_type"][agency] = atype
            state.setdefault("lead", state["last"])  # the article's first action: "the same rule"
            # (a background date does not replace the day of the news: "It was designated again by OFAC in
            # November 2018. OFAC also delisted X" is the news day's delisting)
            if date is not None and (agency not in state["last_date_of"] or news_day(date, doc._.published)):
                state["last_date_of"][agency] = date
        if not targets:
            return []
        sent = v.sent
        evidence = _evidence(sent)
        own_dates = {name: d for h, d in dates_per_target(v, heads, dates).items() for name in named.get(h, [])}
        own_dates = own_dates or respective_dates(v, targets, dates)
        # a country as actor: which one, so that _dedupe can tell its body's rows from another's
        place = " ".join(t.text for t in actor_token.subtree if t.ent_type_ in {"GPE", "NORP"}
                         and t.lower_ != "the") if agency is None and actor_token is not None else ""
        types = list(dict.fromkeys([atype, *self._coordinated_measures(v), *self._measures_for_them(v)]))
        # "sanctioned by Britain in 2022 and by the United States in February": one row per agent and date
        by_agent = [(self._agency_of(a, ents), d) for a, d in dates_per_agent(v, dates)] or [(agency, None)]
        return [
            {"type": mtype, "agency": body, "target": t, "date": when or own_dates.get(t, date),
             "lifted": lifted, "evidence": evidence, "rule": f"{trig.rule}:{how}",
             "actor_country": self.country_of_place.get(place, "?") if place else None, "apart": unanchored(sent)}
            for mtype in types for t in targets for body, when in by_agent
        ]

    def _stated_measures(self, sent: Span, ents: dict, state: dict, named_here: bool = False) -> list[dict]:
        """The measures an announcement lists for the targets it just named: "the two companies
        are prohibited from import and export activities related to China and from new
        investment; their senior managers are barred from entering" -> one row per measure.
        With `named_here`, for targets the same sentence names: "the 6 companies, among them A,
        B and C, are prohibited from ..." (then only when it states two measures or more)."""
        last = state["last"] if state["last"] and state["last"]["targets"] else state["listed"] or state["last"]
        if not last or sent.start - last["sent"] > 120 or last["lifted"]:
            return []  # (measures are stated for those listed, not for a removal)
        words = {t.lemma_.lower() for t in sent}
        if not words & PROHIBITING or words & self.modal_heads - {"will", "would"}:
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
                   and t.lemma_.lower() in ANAPHORS | {"entity", "enterprise"} for t in sent):  # "Above entities are"
            return []  # "the companies are prohibited", "the property of the enterprises"; not "items banned for export"
        types = [mtype for mtype, cues in self.stated_measures.items() if words & cues]
        if named_here and len(types) < 2:
            return []
        last["measures"] = types  # for names the article gives later ("The firms include ...")
        evidence = _evidence(sent)
        return [{"type": mtype, "agency": last["agency"], "target": target, "date": last["date"], "lifted": False,
                 "evidence": evidence, "rule": "stated_measure"} for mtype in types for target in targets]

    def _continued_list(self, sent: Span, ents: dict, dates: list[Span], state: dict) -> list[dict]:
        """Names that continue the last action in a sentence of their own: "The other three are
        A, B and C", "They include A and B", and the items of a list after "... are:"
        ("- A LLC, Moscow; date of listing: 23.2.2024")."""
        last = state["last"]
        # a numbered paragraph that states something ("1. On 8 June the Office designated ...") is no entry
        # (also "• X JSC, which is 75% owned by Y": a bulleted line that opens with a name)
        item = is_item(sent) and (not _prose(sent) or _opens_with_name(sent, ents)) \
            or bool(state.get("items_open")) and opens_entry(sent, ents)
        if item and state.get("annex"):
            last = state["annex"]
            state["heading"] = True
        elif not item:
            state.pop("heading", None)  # the list under a heading ends with its items
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
            referring = subject and (subject[0].lower_ in {"they", "these", "those"} or subject[0].tag_ in {"NNS", "CD"}
                                     and any(c.lower_ in {"the", "these", "other"} for c in subject[0].children)
                                     and subject[0].lemma_.lower() not in HOLDERS
                                     # "The biggest of the firms is X", "The seventh is X": one of the group
                                     or (subject[0].tag_ == "JJS" or subject[0].ent_type_ == "ORDINAL")
                                     and any(c.lower_ == "the" for c in subject[0].children))
            # "Among the new entries are A; B", "So were A; B; and C"
            among = root.lemma_ == "be" and (sent[0].lower_ in {"among", "so"} or any(  # "Also on the list are A, B"
                p.dep_ == "prep" and p.lower_ in {"in", "on"} and p.i < root.i and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in self.list_nouns for o in p.children) for p in root.children))
            heading = country_heading(sent)  # "Under Pakistan: A Ltd. and B, both of which ..."
            # "The order also included X and Y", "Today's action also covers X"
            measure_subject = subject and subject[0].lemma_.lower() in self.documents | MEASURE_NOUNS | ACTION_NOUNS \
                and any(c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" for c in subject[0].children)
            if not (referring and root.lemma_ in {"be", "include"} or measure_subject and root.lemma_ in {"include", "cover"}
                    or among or heading is not None):
                return []
            # (or the name in apposition: "Among sanctioned are the Vladivostok company X, Y and Z")
            objects = [c if c.i in ents else next(a for a in c.children if a.dep_ == "appos" and a.i in ents)
                       for c in root.children if c.dep_ in {"attr", "dobj", "nsubj"} and (c.i in ents or any(
                           a.dep_ == "appos" and a.i in ents for a in c.children))]
            colon = next((t.i for t in sent if t.text == ":"), None) if referring else None  # "The five entities are: A, B"
            if heading is None and not objects and colon is not None:
                heading = colon
            first = ents.get(heading + 1) if heading is not None else ents[objects[0].i] if objects else None
            names = entity_list(first, ents) if first is not None and first.label_ == "ORG" else []
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
        lifted = False if lead & ADDED_WORDS else True if lead & REMOVED_WORDS else last["lifted"]
        return [{"type": atype, "agency": last["agency"], "target": name, "date": date,
                 "lifted": lifted, "evidence": evidence, "rule": how} for atype in types for name in names]

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
        return [{"type": section["type"], "agency": section["agency"], "target": name, "date": section["date"],
                 "lifted": section["lifted"], "evidence": evidence, "rule": "section"}
                for name in entity_list(opening, ents)]

    def _track_section(self, sent: Span, state: dict) -> None:
        """Headed sections of a press release: a heading line that says its names were listed
        ("Entities Designated by the Department of State") opens a section whose names take the
        lead action; any other heading line ("Delisting", "Background") closes it."""
        words = [t for t in sent if not t.is_space]
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

    def _noun_rows(self, trig: Trigger, ents: dict, dates: list[Span], state: dict) -> list[dict]:
        """ "OFAC's designation of X", "the addition of X to the Entity List", "sanctions on X"."""
        n, spec = trig.token, trig.spec
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
                             "lifted": bool(spec.get("lifted")), "colon": ends_with_colon(n.sent)}
        if not targets:
            return []
        sent = n.sent
        evidence = _evidence(sent)
        return [{"type": atype, "agency": agency, "target": t, "date": date, "lifted": bool(spec.get("lifted")),
                 "evidence": evidence, "rule": "noun:of"} for t in targets]

    # -- modality ------------------------------------------------------------------------
    def _is_modal(self, v: Token) -> bool:
        """Negated, future, hypothetical, proposed or expected: not an action taken."""
        own = [*v.children, *(v.head.children if _predicative(v) else ())]  # "was not on the Entity List"
        for child in own:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in self.modal_aux):
                return True
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return True
        head = v
        while head.head.i != head.i and head.dep_ not in {"relcl", "appos", "conj", "parataxis"}:
            parent = head.head
            if parent.lemma_.lower() in self.modal_heads:
                return True
            if any(c.dep_ == "aux" and c.lower_ in self.modal_aux for c in parent.children):
                return True  # "cutting banks off from the payments network ... would follow"
            head = parent
        return False

    # -- measure and list ---------------------------------------------------------------
    def _clause_tokens(self, v: Token) -> list[Token]:
        """The trigger's subtree without nested clauses (relative clauses, conjoined verbs)."""
        out = []
        stack = [v]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                nested = child.dep_ in {"relcl", "ccomp", "advcl", "parataxis"} or child.dep_ == "conj" and tok.i == v.i
                if nested and child.pos_ in {"VERB", "AUX", "ADJ"}:
                    continue  # "buying or selling securities" stays; "X was listed and Y was fined" does not
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def _list_in(self, clause: list[Token]) -> dict | None:
        """The first list the clause names, matched on whole words ("an entity listed" is none)."""
        text = " ".join(t.lower_ for t in clause).replace(" 's", "'s").replace(" ’s", "'s").replace(" - ", "-")
        return next((item for item, pattern in self.list_patterns
                     if item["phrase"] in text and pattern.search(text)), None)

    def _owner(self, list_hit: dict | None, state: dict, sent: Span) -> str | None:
        """The owner of a list; for a name several countries use ("export control list"), the
        one of the only such country the sentence names ("China's commerce ministry said it
        added X to its export control list"), else of the article's first action."""
        if list_hit is None:
            return None
        by_country = list_hit.get("owner_by_country", {})
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
        """ "the Commerce Department's list": the possessor of the list is its owner."""
        for tok in clause:
            if tok.lemma_.lower() == "list":
                for child in tok.children:
                    if child.dep_ == "poss" and child.i in ents and ents[child.i].label_ == "AGENCY":
                        return ents[child.i].kb_id_
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
        for conj in (c for c in v.children if c.dep_ == "conj" and c.lemma_.lower() in PROHIBITING):
            words = {t.lemma_.lower() for t in conj.subtree}
            if words & {"they", "them", "their"}:
                types += [mtype for mtype, cues in self.stated_measures.items() if words & cues]
        return types

    def _measure_in(self, clause: list[Token], v: Token) -> str | None:
        """The measure named in the clause ("export restrictions", "visa bans"), outside names."""
        # "removed one entry", "revised the entry for X", "the following entry has been amended": a
        # list's entry, no visa ("denied entry", "barred from entry" are)
        words = [t.lower_ for t in clause if t.i != v.i and t.ent_type_ not in ENTITY_LABELS
                 and not any(c.dep_ == "nummod" or t.lemma_ == "entry" and (c.lower_ in {"for", "on"} or c.dep_ == "det")
                             for c in t.children)]
        joined = " ".join(words)
        for mtype, patterns in self.phrase_measures.items():
            if any(cue in joined and p.search(joined) for cue, p in patterns):
                return mtype
        return next((mtype for mtype, cues in self.measures.items() if any(w in cues for w in words)), None)

    # -- actor ---------------------------------------------------------------------------
    def _actor(self, v: Token, ents: dict) -> tuple[str | None, Token | None]:
        """The agency doing it: the "by" agent of a passive, else the subject."""
        for child in v.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self._agency_of(pobj, ents), pobj
        # the subject, also when the parser hung it on the auxiliary ("OFAC (OFAC) is today designating")
        for child in [*v.children, *(g for c in v.children if c.dep_ == "aux" for g in c.children if g.i < c.i)]:
            if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return self._agency_of(v.head, ents), v.head  # "The Treasury, which sanctioned X"
            if child.dep_ == "nsubj" and child.lower_ not in {"itself", "themselves"}:
                speaker = speaker_of(v) if child.lower_ in {"it", "they", "we"} else None
                if speaker is not None and (speaker.ent_type_ in {"GPE", "NORP"} or ents.get(speaker.i) is not None
                                            and ents[speaker.i].label_ == "AGENCY"):
                    return self._agency_of(speaker, ents), speaker  # "Britain announced that it added X"
                if child.lower_ in PRONOUNS | {"we"} or child.lower_ in AGENCY_ANAPHORS and child.i not in ents:
                    return agency_antecedent(child, ents, v), child
                return self._agency_of(child, ents), child
        if v.pos_ == "ADJ" or _passive(v):  # "subject to restrictions imposed by X", "hit with sanctions by X"
            for tok in self._clause_tokens(v):
                # (not the "by" of another deed: "Following the publication of the list by the FCDO, the
                # entries below have been added")
                other_deed = tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj" \
                    and tok.head.head.lower_ in {"following", "after", "upon"} \
                    or tok.head.dep_ == "acl" and tok.head.head.lemma_.lower() in self.list_nouns  # "the list kept by"
                if (tok.dep_ == "agent" or tok.lower_ == "by" and tok.dep_ == "prep") and not other_deed:
                    pobj = [c for c in tok.children if c.dep_ == "pobj"]
                    if pobj:
                        return self._agency_of(pobj[0], ents), pobj[0]
        if (v.dep_ == "conj" or not _passive(v)) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
            # misparsed: "continued after BIS (BIS) issued ...", "On 9 May 2024 the FCDO designated ..."
            before = agency_right_before(v, ents)
            if before is not None:
                return before.kb_id_, before.root
        if (v.dep_ in {"conj", "xcomp"} or v.dep_ == "advcl" and v.tag_ == "VBG") and v.head.pos_ in {"VERB", "AUX"}:
            return self._actor(v.head, ents)  # "the Council adopted ..., freezing the assets of ..."
        if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in {"VERB", "AUX"}:
            return self._actor(v.head.head, ents)  # "BIS amends the EAR by adding nine entities"
        if misparsed_main_verb(v):
            return self._agency_of(v.head, ents), v.head
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in self.documents:
            return self._agency_of(v.head, ents), v.head  # "BIS published a rule adding X"
        announcer = announcing_verb(v)  # "DOJ today announced the unsealing of an indictment charging X"
        subject = next((c for c in announcer.children if c.dep_ == "nsubj"), None) if announcer else None
        if subject is not None and subject.i in ents and ents[subject.i].label_ == "AGENCY":
            return self._agency_of(subject, ents), subject
        return None, None

    def _agency_of(self, token: Token, ents: dict) -> str | None:
        appositions = [c for c in token.children if c.dep_ == "appos"]  # "WASHINGTON, ... - The Treasury"
        for tok in [token, *token.conjuncts, *appositions]:
            ent = ents.get(tok.i)
            if ent is not None and ent.label_ == "AGENCY":
                owned = [ents[t.i] for t in tok.subtree if t.i in ents and ents[t.i].label_ == "AGENCY"
                         and ents[t.i].start == t.i and t.i > 0 and t.doc[t.i - 1].text in {"'s", "’s"}]
                return (owned[0] if owned else ent).kb_id_  # "the Treasury's Office of Foreign Assets Control"
        for child in token.children:  # "Treasury's Office of Foreign Assets Control"
            if child.dep_ == "poss" and child.i in ents and ents[child.i].label_ == "AGENCY":
                return ents[child.i].kb_id_
        if token.lemma_.lower() in self.documents and token.dep_ in {"dobj", "nsubjpass"} \
                and token.head.lemma_ in ANNOUNCING:  # "BIS published a rule that adds X": BIS adds X
            return self._actor(token.head, ents)[0]
        return None

    def _attributed_agency(self, sent: Span, ents: dict) -> str | None:
        """ "..., the Commerce Department said": not the actor, but a hint at the measure.

        The next sentence counts too: the parser often ends a sentence inside a quote.
        """
        doc = sent.doc
        end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        for tok in doc[sent.start:end]:
            if tok.lemma_ in {"say", "announce", "state", "accord"} :
                for child in tok.subtree:
                    ent = ents.get(child.i)
                    if ent is not None and ent.label_ == "AGENCY" and child.dep_ in {"nsubj", "pobj", "compound"}:
                        return ent.kb_id_
        return None

    def _news_date(self, v: Token, acted: bool, state: dict) -> dict | None:
        """The day of the news (the lead's "on Thursday") for an undated report of an action in
        the news, not for background ("had been listed since", "previously"); `acted`: a body or a
        country is the actor."""
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ == "VERB":
            return self._news_date(v.head, acted, state)  # "MOFCOM released an announcement, adding X ..."
        # "OFAC said it had designated ...", "BIS said in a notice that it had placed ..."
        reported = v.dep_ == "ccomp" and v.head.lemma_ in REPORTING or v.dep_ == "acl" and v.head.lemma_ in NOTICES \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
        # "OFAC designated A, while the State Department designated B": a parallel clause
        parallel = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in v.children)
        if not acted or state["event_date"] is None or v.dep_ not in {"ROOT", "ccomp", "conj", "xcomp"} \
                and not reported and not parallel:
            return None
        if unanchored(v.sent) or self._this_document(v) is not None:
            # "Separately, ...", "At the same time, ...": not necessarily that day; "This rule
            # adds ...": the rule's own date is not the action's (gold decision 19)
            return None
        pluperfect = any(c.lower_ == "had" and c.dep_ == "aux" for c in v.children)
        near = [t for t in self._clause_tokens(v) if v.i in (t.head.i, t.head.head.i)]  # not "... launched last year"
        if any(t.lower_ in BACKGROUND for t in near) or pluperfect and not reported:
            return None
        return state["event_date"]

    def _this_document(self, v: Token) -> Token | None:
        """The document in "This rule adds ...", "In this rule, BIS amends ..."."""
        nouns = [*v.children, *(p for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children)]
        return next((c for c in nouns if c.dep_ in {"nsubj", "pobj"} and c.lemma_.lower() in self.documents
                     and any(d.lower_ == "this" for d in c.children)), None)

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
        if also or nearby or announced or back_reference and not named_measure:
            return last
        return None

    # -- targets -------------------------------------------------------------------------
    def _target_heads(self, v: Token, spec: dict) -> tuple[list[Token], str]:
        """The words that stand for the targets of trigger `v`, and how they were found."""
        if _fell_under(v) and v.i < v.head.i:
            # "Into the list got, in particular, A and B": the names after the verb, however parsed
            after = next((t for t in v.sent[v.head.i - v.sent.start:] if t.ent_type_ == "ORG"), None)
            if after is not None:
                return [after], "subject_to"
        if _passive(v) or _predicative(v) or v.dep_ == "acl" and not any(c.dep_ == "dobj" for c in v.children):
            return self._passive_targets(v)
        heads = _along_with(v)
        preps = spec.get("targets", ["dobj"])
        # a "subject" after an active verb is its object misparsed ("OFAC designated X (MEHL) and Y")
        objects = [c for c in v.children if c.dep_ in {"dobj", "dative", "oprd"} or c.dep_ == "nsubj" and c.i > v.i
                   # a name ending the sentence with its own period ("designated Dunmore Resources Inc.")
                   # that the parser takes for punctuation
                   or c.dep_ == "punct" and c.ent_type_ == "ORG" and c.i > v.i]
        # a small clause the parser made of the object ("designated X pursuant to E.O. 13846"):
        # the clause's subject right after the verb is the object
        objects += [s for c in v.children if c.dep_ == "ccomp" and c.i > v.i for s in c.children
                    if s.dep_ == "nsubj" and s.left_edge.i == v.i + 1]
        objects = [p for c in objects for p in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
        if objects:  # "sanctioned A in March 2020 and B in November 2021": B hangs on the verb
            objects += [c for c in v.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > objects[0].i]
        for child in objects:
            if "dobj" in preps or child.dep_ in preps:
                heads.append(child)
        if v.dep_ == "relcl" and not objects and "dobj" in preps:
            heads.append(v.head)  # "the companies the Council listed on Friday are ..."
        # prepositions of the verb, of its object, or of a participle on the object
        # ("froze assets belonging to X"), and their conjuncts ("of X ... and of Y")
        anchors = {v.i} | {c.i for c in objects} | {g.i for c in objects for g in c.children if g.dep_ == "acl"}
        for tok in self._clause_tokens(v):
            if tok.dep_ == "prep" and tok.lower_ in preps and tok.head.i in anchors:
                for prep in [tok, *tok.conjuncts]:
                    heads += [c for c in prep.children if _prep_object(c)]
            if tok.pos_ == "VERB" and (tok.dep_ == "xcomp" or tok.dep_ == "pcomp" and tok.head.lower_ == "from"):
                # "barred from investing in X", "from buying shares of X" (not "indicted on charges of
                # shipping parts to X")
                heads += [c for c in tok.subtree if _prep_object(c) and (
                    c.head.lower_ in {"in", "to", "from", "with"} and c.head.head.i == tok.i
                    or c.head.lower_ == "of" and c.head.head.dep_ == "dobj" and c.head.head.head.i == tok.i)]
        return heads, "object"

    def _path_targets(self, v: Token, ents: dict, actor: str | None, licence: bool = False) -> list[str]:
        """Entities reached from the trigger through object-like dependencies only.

        A fallback for parses that hide the object: "put to the SDN list the port operator X",
        "imposed on Thursday sanctions on X". Subjects, "by"/"for"/"of" phrases and nested
        clauses never lead to a target.
        """
        out = []
        # a licence reaches its beneficiary further: "a licence for shipments to X",
        # "issued a general licence, authorising transactions with X"
        preps = TARGET_PREPS | LICENCE_PREPS if licence else TARGET_PREPS
        deps = TARGET_PATH | LICENCE_PATH if licence else TARGET_PATH
        for ent in {id(e): e for e in ents.values()}.values():
            if ent.sent.start != v.sent.start or ent.kb_id_ == actor or ent.root.i == v.i:
                continue
            token, ok = ent.root, False
            for _ in range(8):
                if token.dep_ not in deps or (token.dep_ == "pobj" and token.head.lower_ not in preps) \
                        or token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
                    break  # another clause ("are blocked and must be reported to OFAC")
                token = token.head
                if token.i == v.i:
                    ok = True
                    break
            if ok:
                out += entity_list(ent, ents)
        return list(dict.fromkeys(out))

    def _passive_targets(self, v: Token) -> tuple[list[Token], str]:
        heads, how = self._passive_subjects(v)
        # "A was added in December 2020 and B in late 2022": B hangs on the verb, or on the date
        gapped = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "PROPN"] if heads else []
        gapped += [t for t in v.subtree if heads and t.dep_ == "conj" and t.ent_type_ == "ORG"
                   and t.head.ent_type_ == "DATE" and t.head.head.head.i == v.i]
        return heads + gapped + _along_with(v), how

    def _passive_subjects(self, v: Token) -> tuple[list[Token], str]:
        if _appositive_participle(v):
            return [v.doc[v.i - 2]], "reduced_relative"
        if v.dep_ in {"conj", "advcl"} and v.head.i != v.i and not any(c.dep_.startswith("nsubj") for c in v.children):
            return self._passive_subjects(v.head)  # "X was indicted, listed ... and subject to ..."
        for child in v.children:
            if child.dep_ in {"nsubjpass", "nsubj"}:
                if child.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    return [v.head], "relative"
                aux = min((c.i for c in v.children if c.dep_ in {"aux", "auxpass"}), default=v.i)
                last = v.doc[aux - 1]
                if last.dep_ == "conj" and child in last.ancestors and v.doc[last.left_edge.i - 1].lower_ == "and" \
                        and v.doc[last.left_edge.i - 2].text == ",":
                    # "designated A, B and C under ..., and D was blacklisted": D alone, after ", and"
                    return [last], "passive_last"
                return [child], "passive"
        inverted = [c for a in v.children if a.dep_ == "auxpass" for c in a.children if c.dep_ in {"attr", "nsubj"}]
        # "Also sanctioned were A and B" with the names parsed as the object after "were"
        inverted += [c for c in v.children if c.dep_ == "dobj" and any(
            a.dep_ == "auxpass" and v.i < a.i < c.i for a in v.children)]
        if inverted:
            return inverted, "inverted"  # "Also designated were A, B and C"
        if v.dep_ in {"acl", "amod"}:
            group = v.head  # "A and B were among 20 firms added to the list": A and B
            if group.dep_ == "pobj" and group.head.lower_ == "among" and group.head.head.lemma_ == "be":
                subjects = [c for c in group.head.head.children if c.dep_ == "nsubj"]
                if subjects:
                    return subjects, "among"
            if group.dep_ == "pobj" and group.head.dep_ == "agent" and group.head.head.lemma_.lower() in self.verbs:
                # "X was designated by OFAC, placed under an asset freeze by the UK": X, not OFAC
                return self._passive_subjects(group.head.head)
            return [v.head], "reduced_relative"
        if v.dep_ == "relcl":
            return [v.head], "relative"
        if v.dep_ in {"acomp"} or _predicative(v):
            head = v.head  # (the parser may take a subject after the verb as its object: "Under the sanctions fell X")
            subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "dobj" and v.lower_ == "under"]
            while not subj and head.dep_ == "conj" and head.head.i != head.i:  # "has been amended and is still subject to"
                head = head.head
                subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return subj, "subject_to"
        if v.dep_ == "conj" and v.head.i != v.i:
            return self._passive_subjects(v.head)
        return [], "none"

    def _names(self, head: Token, v: Token, ents: dict) -> list[str]:
        """Entity names for a target word: its coordination, appositions, "including X"."""
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head
        if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
            # "X was among the 31 companies that Commerce placed on its list": X
            subject = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
            head = subject if subject is not None else head
        named = any(c.dep_ in {"appos", "compound", "nmod"} and c.i in ents and c.i > head.i for c in head.children)
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i in ents and ents[head.head.i].label_ == "ORG":
            return [ents[head.head.i].kb_id_]  # "X, the state arms exporter, which has been on ..."
        if head.lower_ in PRONOUNS or not named and head.lemma_ in ANAPHORS | AGENCY_ANAPHORS and head.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children
        ) and not any(c.lower_ in {"following", "below"} for c in head.children):  # "the following entity:" looks ahead
            label = "AGENCY" if head.lemma_ in AGENCY_ANAPHORS else "ORG"
            antecedent = entity_antecedent(head, ents, label, exclude=self._actor(v, ents)[0])
            return [antecedent] if antecedent else []
        if head.lower_ in {"itself", "themselves"} and head.i - 1 in ents:
            head = ents[head.i - 1].root  # "Caspian Dawn was itself put on the SDN list"
        if head.lower_ in {"all", "both", "each"} and head.dep_ == "appos":
            head = head.head  # "A, B and C, all listed by ..."
        if head.lemma_ in STAFF:  # "visa restrictions on employees of Zhenhua"
            of = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if of:
                head = of[0]
        out: list[str] = []
        for tok in coordination(head):
            ent = ents.get(tok.i)
            if ent is not None:
                out += entity_list(ent, ents)
                # "X, the manager of two vessels whose ..., as well as B and C": the parser hangs B on
                # X's description
                out += [n for app in ent.root.children if app.dep_ == "appos" and app.i not in ents
                        for c in app.conjuncts if c.i in ents and ents[c.i].label_ == ent.label_
                        for n in entity_list(ents[c.i], ents)]
                continue
            inner = [c for c in tok.children if c.dep_ in {"compound", "appos", "nmod"} and c.i in ents]
            if inner and inner[0].i > tok.i:  # "the fuel trader Boreal Fuel Trading DMCC", not "GNX subsidiaries"
                out += entity_list(ents[inner[0].i], ents)
                continue
            for child in tok.children:
                if child.dep_ == "appos":
                    out += [ents[t.i].kb_id_ for t in coordination(child) if t.i in ents]
                if child.dep_ == "prep" and child.lower_ in {"including", "like", "namely", "with"}:
                    for pobj in child.children:
                        out += [ents[t.i].kb_id_ for t in coordination(pobj) if t.i in ents]
            if tok.dep_ == "appos" and tok.head.i in ents:
                out.append(ents[tok.head.i].kb_id_)
        doc = head.doc
        if not out and head.pos_ == "NOUN" and head.i + 2 < len(doc) and doc[head.i + 1].text == "," \
                and head.i + 2 in ents and ents[head.i + 2].start == head.i + 2 and ents[head.i + 2].label_ == "ORG":
            out += entity_list(ents[head.i + 2], ents)  # "its Moscow correspondent, Yuzhny Bank JSC"
        if not out and self._is_group(head):
            out += introduced_names([head], ents, next_sentence=False)  # "Among the companies added were A, B"
            parent = next((p for c in head.children if c.lower_ == "of" for p in c.children if p.i in ents), None)
            if head.lemma_ in PARTS and parent is not None and len(out) > 1:
                out = [n for n in out if n != ents[parent.i].kb_id_]  # "Two units of X, A and B": A and B
        if not out and head.i < v.i and head.pos_ == "NOUN":
            out += apposition_after(v, ents)
        return out

    def _measure_of_trigger(self, noun: Token) -> bool:
        """ "lifted sanctions on X": the noun is the measure of a trigger verb, which reads it."""
        return noun.head.lemma_.lower() in self.verbs and noun.lower_ in self.measure_words

    def _is_group(self, token: Token) -> bool:
        """ "the companies", "those", "two Chinese chip designers": a noun standing for named targets."""
        return token.lower_ in self.count_nouns or token.lower_ in {"those", "others"} or (
            token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
        )

    def _count(self, heads: list[Token]) -> int | None:
        """ "eight companies": the number of targets the text will name later."""
        for head in heads:
            if head.lower_ in self.count_nouns and not any(  # "6 U.S. entities", not "Qinghe's 2 affiliates"
                    c.dep_ in {"poss", "compound"} and c.ent_type_ not in {"GPE", "NORP"} for c in head.children):
                for child in head.children:
                    if child.dep_ == "nummod" and child.like_num:
                        return _number(child.text)
        return None

    # -- date ----------------------------------------------------------------------------
    def _date(self, v: Token, dates: list[Span]) -> dict | None:
        """The date expression of the trigger's own clause, if any (never the dateline's, nor the
        end of a period: "a licence ... until April 18")."""
        dates = [d for d in dates if not in_dateline(d) and d.root.head.lower_ not in PERIOD_ENDS]
        for span in dates:
            if clause_head(span.root, v).i == v.i:
                return as_date(span)
        for noun in (t for t in self._clause_tokens(v) if t.lemma_.lower() in self.list_nouns):
            # "put X on the first UFLPA entity list, published in June 2022": the list's own date
            issued = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in {"publish", "release", "issue"}]
            own = [d for d in dates for c in issued if clause_head(d.root, c).i == c.i]
            if own:
                return as_date(own[0])
        heads = []
        if v.dep_ in {"acomp"} or _predicative(v):  # "were subject to ... in October 2019"
            heads.append(v.head)
        reporter = reporting_verb(v)
        if reporter is not None:  # "announced on Thursday that X was added", "... and that Y was indicted"
            heads.append(reporter)
        if v.dep_ == "advcl" and v.tag_ == "VBG" or v.dep_ == "xcomp":
            heads.append(v.head)  # "added X on Thursday, cutting it off from ...", "last month decided to take"
        if _passive(v) and v.dep_ in {"conj", "advcl"} and v.tag_ == "VBN" and not any(
                c.lower_ in BACKGROUND for c in v.children):
            # "X was designated on Thursday by OFAC, added to the UK list by the FCDO and listed by the
            # Council": one day for the three (not "... in 2019 and later removed")
            heads += [v.head, v.head.head] if v.head.dep_ in {"conj", "advcl"} else [v.head]
        if v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.dep_ == "agent" \
                and v.head.head.head.lemma_.lower() in self.verbs:
            heads.append(v.head.head.head)  # "designated on Friday by OFAC, placed under a freeze by the UK"
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "as"} for c in v.children):
            heads.append(v.head)  # "Last week, State barred ..., while the Treasury sanctioned X"
        if v.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
            # "On 29 April 2024, the Council prolonged the framework and listed X": a fronted date
            # scopes over the verbs that share the subject
            subject = next((c for c in v.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            fronted = [d for d in dates if subject is not None and d.end <= subject.left_edge.i
                       and clause_head(d.root, v.head).i == v.head.i]
            if fronted:
                return as_date(fronted[-1])
        if v.dep_ in {"relcl", "acl"} and v.head.lemma_.lower() in self.documents:
            heads.append(v.head.head)  # "published on Thursday a rule that adds X"
        announcer = announcing_verb(v)
        if announcer is not None:
            heads.append(announcer)  # "announced today the unsealing of an indictment charging X"
        # "The indictment, unsealed on Wednesday, charges X": the date of the subject's participle
        heads += [a for s in v.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "acl"]
        if v.dep_ == "relcl":
            # "last month's action of the Commerce Department, which added 140 entities": the date of
            # the noun the relative clause (or its "of" phrase) hangs on
            named = next((e.root for e in v.doc.ents if e.start <= v.head.i < e.end), v.head)  # "Ministry of ..."
            noun = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "of" else v.head
            inside = {t.i for t in v.subtree}
            own = [d for d in dates if d.root.head.i == noun.i and d.root.i not in inside]
            if own and noun.ent_type_ not in ENTITY_LABELS:
                return as_date(own[0])
        when = next((c for c in v.children if c.lower_ == "when" and c.i < v.i), None)
        if when is not None and v.doc[when.i - 1].text == ",":
            # "OFAC's action of September 15, 2022, when it designated X": the time "when" refers to
            return next((as_date(d) for d in dates if d.end in {when.i - 1, when.i - 2}), None)
        for head in heads:
            for span in dates:
                if clause_head(span.root, head).i == head.i:
                    return as_date(span)
        return None


def _whole_words(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _prep_object(token: Token) -> bool:
    """The object of a preposition, or a name the parser read as a verb after it ("investing
    in Zhongxing Telecom Holdings" with "Zhongxing" a pcomp)."""
    return token.dep_ == "pobj" or token.dep_ == "pcomp" and token.ent_type_ in ENTITY_LABELS


def _under_authority(v: Token) -> bool:
    """ "designated pursuant to E.O. 14024", "listed under Executive Order 13846": the legal
    authority an announcement cites for its own action."""
    for child in v.children:
        if child.lower_ == "pursuant" or child.dep_ == "prep" and child.lower_ == "under" and any(
                t.text in {"E.O.", "EO", "Order", "Orders"} for t in child.subtree):
            return True
    return False


def _evidence(sent: Span) -> dict:
    """The sentence as evidence: its offsets and text, without surrounding white space."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return {"start": start, "end": start + len(text), "text": text}


def _also(v: Token) -> bool:
    """ "X also designated Y", "Also the Tehran-based X and Y were designated" (however "Also" is attached)."""
    first = v.sent[0]
    return any(c.dep_ == "advmod" and c.lower_ in ALSO for c in v.children) or \
        first.lower_ in ALSO and v.dep_ == "ROOT" and first.i < v.i


def _present(v: Token) -> bool:
    """ "are being designated", "is designating", "designates": reported as happening now."""
    return v.tag_ in {"VBP", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} for c in v.children)


def _predicative(v: Token) -> bool:
    """ "X is subject to sanctions", "X has been under sanctions since 2007"."""
    return v.pos_ == "ADJ" or v.lower_ in {"under", "on"}


def _passive(v: Token) -> bool:
    """Passive voice, also in reduced relatives and in verbs conjoined to a passive one."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        return True
    if any(c.dep_ in {"dobj", "nsubj"} for c in v.children):
        return False
    if v.dep_ in {"acl", "relcl", "amod"} and v.tag_ == "VBN":
        # not "The Ministry of Finance ... designated today 5 entities" parsed as a participle on it
        return not misparsed_main_verb(v)
    if _appositive_participle(v):
        return True
    if v.dep_ == "advcl" and v.tag_ == "VBN":
        return _passive(v.head)  # "X was designated by OFAC, added to the UK list by the FCDO"
    return v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in {"VERB", "AUX"} and _passive(v.head)


def _fell_under(v: Token) -> bool:
    """ "Under the sanctions fell X", "Into the list got X" (translated): the targets came under
    the measure just told."""
    return v.lower_ in {"under", "into", "in"} and v.head.lemma_ in {"fall", "get", "come"}


def _appositive_participle(v: Token) -> bool:
    """ "the entry for X, added to the Entity List in October 2022, to include ...": a participle
    after a name and a comma that the parser hung on the main verb; it describes the name."""
    doc = v.doc
    return v.dep_ in {"advcl", "acl"} and v.tag_ in {"VBD", "VBN"} and v.i >= 2 and doc[v.i - 1].text == "," \
        and doc[v.i - 2].ent_type_ == "ORG" and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"}
                                                        for c in v.children)


def _along_with(v: Token) -> list[Token]:
    """ "X was designated by OFAC, along with Y": Y is a target too (wherever the parser hangs
    "together with": on the verb, under "together", or on the verb's date)."""
    out = []
    for tok in v.subtree:
        if tok.lower_ != "with" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in {"along", "together"}:
            continue
        anchor = tok.head if tok.head.lower_ not in {"along", "together"} else tok.head.head
        if anchor.i == v.i or anchor.ent_type_ == "DATE" and anchor.head.head.i == v.i:
            out += [p for p in tok.children if p.dep_ == "pobj"]
    return out


def _prose(sent: Span) -> bool:
    """A sentence whose main verb is finite: it states something, it does not list a name."""
    root = sent.root
    return root.pos_ in {"VERB", "AUX"} and (root.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in root.children))


def _opens_with_name(sent: Span, ents: dict) -> bool:
    """A list item whose first word after the bullet or number starts an organization's name."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num)]
    return bool(words) and words[0].i in ents and ents[words[0].i].start == words[0].i \
        and ents[words[0].i].label_ == "ORG"


def _about_people(sent: Span) -> bool:
    """A heading over people only: "The following individuals have been added to the SDN List:"."""
    words = {t.lemma_.lower() for t in sent}
    return bool(words & {"individual", "person", "people"}) and not words & {"entity", "company", "organization",
                                                                             "organisation", "firm", "enterprise"}


def _line_start(sent: Span) -> bool:
    """Whether a sentence starts a line (or the text)."""
    first = next((t for t in sent if not t.is_space), sent[0])
    return first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws or first.doc[first.i - 1].is_space


def _noun_preps(noun: Token) -> list[Token]:
    """The prepositions of an action noun, also one the parser hung on a date right after it:
    "OFAC's designation in January 2022 of X"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "in" and doc[noun.i + 2].ent_type_ == "DATE":
        date = doc[noun.i + 2]
        preps += [c for t in (date, *date.children) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
    return preps


def _denied(token: Token) -> bool:
    """A word said to be absent: "without the licences required", "no licence"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or any(
        a.lower_ == "without" for a in itertools.islice(token.ancestors, 2))


def _described_by(v: Token) -> Token | None:
    """The verb whose object a relative clause `v` describes ("removed X, which was added ...")."""
    if v.dep_ not in {"relcl", "acl"}:
        return None
    noun = v.head
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head if noun.dep_ in {"dobj", "pobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} else None


def _number(text: str) -> int | None:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12}
    text = text.lower().replace(",", "")
    return int(text) if text.isdigit() else words.get(text)


def _resolve_count(doc: Doc, ents: dict, count: int, atype: str, agency: str | None,
                   date: dict | None, v: Token, lifted: bool, claimed: set[str]) -> list[dict]:
    """ "The Treasury added eight companies ..." then names them in sentences about the Treasury.

    Takes the first `count` organizations newly named in later sentences that mention the
    same agency, or listed as the entries of a notice when no body acts ("the six entries set
    out below have been added"), except those a later count took (`claimed`); gives nothing
    unless that many are found.
    """
    before = claimed | {e.kb_id_ for e in doc.ents if e.label_ == "ORG" and e.end <= v.sent.start}
    found: list[str] = []
    in_entries = False  # past the first entry of a notice's annex, its other lines are fields
    for sent in doc.sents:
        if sent.start <= v.sent.start:
            continue
        names = [e.kb_id_ for e in sent.ents if e.label_ in ENTITY_LABELS]
        entry = [e.kb_id_ for e in sent.ents if e.label_ == "ORG"][:1] if opens_entry(sent, ents) else []
        in_entries = in_entries or bool(entry)
        if in_entries and not entry:
            continue  # "a.k.a: (1) X (2) Y", "(Parent company): Z": the entry's fields
        items = numbered_items(sent, ents) or entry or itemized(sent, ents) or line_item(sent)
        if items:  # "(1) A LLC, Yerevan; (2) B CJSC, Gyumri", "are: A, Beijing; B; C": entries of a rule
            found += [n for n in dict.fromkeys(items) if n not in before and n not in found]
        elif agency is not None and agency in names:
            found += [n for n in dict.fromkeys(e.kb_id_ for e in sent.ents if e.label_ == "ORG")
                      if n not in before and n not in found]
        if len(found) >= count:
            break
    if len(found) < count:
        return []
    sent = v.sent
    evidence = _evidence(sent)
    return [{"type": atype, "agency": agency, "target": name, "date": date, "lifted": lifted,
             "evidence": evidence, "rule": "count:named_later"} for name in found[:count]]


def _dedupe(rows: list[dict], country: dict[str, str], part_of: dict[str, str]) -> list[dict]:
    """One row per (type, agency, target, date, lifted). A dateless row is dropped when the
    same action has a dated one (a later sentence that names the targets of a dated lead); a
    row without agency is dropped when a body of the same country (or of any, when no country
    acted) is named for the same measure on the same target, on the same date or one inside its
    coarser date ("The United States last week sanctioned 11 companies ... OFAC designated A, B on
    April 29 ..."), and lends that row its date (not to a row set apart: "Separately, OFAC ...").
    A parent body's row gives way to its sub-body's for the same action ("The EU on Monday imposed
    sanctions on seven entities. The Council ... listed the entities ...")."""
    named = {}
    for r in rows:
        if r["agency"] is not None:
            named.setdefault((r["type"], r["target"], r["lifted"]), []).append(r)
    kept = []
    for r in rows:
        same = named.get((r["type"], r["target"], r["lifted"]), []) if r["agency"] is None else []
        value = (r["date"] or {}).get("value")
        place = r.pop("actor_country", None)
        compatible = [o for o in same if (value is None or (o["date"] or {}).get("value") in (None, value)
                                          or within((o["date"] or {}).get("value"), value))
                      and (place is None or country.get(o["agency"]) in (None, place))]
        if not compatible:
            kept.append(r)
            continue
        for other in compatible:  # (not to "Separately, OFAC designated X": not necessarily that day)
            if other["date"] is None and r["date"] is not None and not other.get("apart"):
                other["date"] = r["date"]
    by_part = {(r["type"], part_of[r["agency"]], r["target"], (r["date"] or {}).get("value"), r["lifted"])
               for r in kept if r["agency"] in part_of}
    rows = [r for r in kept
            if (r["type"], r["agency"], r["target"], (r["date"] or {}).get("value"), r["lifted"]) not in by_part]
    seen: set[tuple] = set()
    dated = {(r["type"], r["agency"], r["target"], r["lifted"]) for r in rows if r["date"] and r["date"].get("value")}
    out = []
    for row in rows:
        row.pop("apart", None)
        key = (row["type"], row["agency"], row["target"], (row["date"] or {}).get("value"), row["lifted"])
        if key[3] is None and (key[0], key[1], key[2], key[4]) in dated:
            continue
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


@Language.factory(
    "extractor_actions",
    default_config={"lexicon": "actions.yaml", "agencies": "agencies.yaml"},
    requires=["doc.ents", "token.dep", "token.lemma", "doc.spans"],
    assigns=["doc._.actions"],
)
def make_action_extractor(nlp: Language, name: str, lexicon: str, agencies: str) -> ActionExtractor:
    return ActionExtractor(nlp, lexicon, agencies)
