"""`AgencyMixin`: the agency that acted, read off the parse: the "by" agent, the subject (or the
body a pronoun or "the agency" refers to), a misparsed or announcing clause's body, and the body a
"..., the Commerce Department said" names as a hint. Its lexicon-free helpers are in `actors`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import (
    AGENCY_ANAPHORS,
    ANNOUNCING,
    PRONOUNS,
    REPORTING,
    agency_antecedent,
    agency_right_before,
    announcing_verb,
    misparsed_main_verb,
    reporting_verb,
    speaker_of,
)
from .model import ACTION_NOUNS, REASONS, RELATIVE_PRONOUNS, Trigger
from .syntax import _misread_after_date, _of_head, _passive


class AgencyMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

    def _actor(self, v: Token, ents: dict) -> tuple[str | None, Token | None]:
        """The agency doing it: the "by" agent of a passive, else the subject."""
        dated = _misread_after_date(v)
        if dated is not None:  # "The State Department on Wednesday designated firms ...", the verb read as an adjective
            body = next((ents[i] for i in range(dated.start - 1, max(dated.start - 4, -1), -1) if i in ents), None)
            if body is not None and body.label_ == "AGENCY":
                return body.kb_id_, body.root
        for child in v.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.text in AGENCY_ANAPHORS and pobj.i not in ents:
                        return agency_antecedent(pobj, ents, v), pobj  # "designated by the department"
                    if pobj.dep_ == "pobj":
                        return self._agency_of(pobj, ents), pobj
        # the subject, also when the parser hung it on the auxiliary ("OFAC (OFAC) is today designating")
        children = [*v.children, *(g for c in v.children if c.dep_ == "aux" for g in c.children if g.i < c.i)]
        # (of two subjects, the nearer: "Bern, 28.06.2024 - On 28 June, the EAER added", the dateline's place parsed
        # as a subject too)
        subjects = sorted((c for c in children if c.dep_ == "nsubj" and c.i < v.i), key=lambda c: c.i)
        children = [c for c in children if c not in subjects[:-1] or c.pos_ not in {"PROPN", "NOUN"}]
        for child in children:
            if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return self._agency_of(v.head, ents), v.head  # "The Treasury, which sanctioned X"
            if child.dep_ == "nsubj" and child.lower_ not in {"itself", "themselves"} and child.i < v.i:
                speaker = speaker_of(v) if child.lower_ in {"it", "they", "we"} else None
                if speaker is not None and (speaker.ent_type_ in {"GPE", "NORP"} or ents.get(speaker.i) is not None
                                            and ents[speaker.i].label_ == "AGENCY"):
                    return self._agency_of(speaker, ents), speaker  # "Britain announced that it added X"
                if child.lower_ in PRONOUNS | {"we"} or child.lower_ in AGENCY_ANAPHORS and child.i not in ents:
                    return agency_antecedent(child, ents, v), child
                named = [g for g in child.subtree if g.i in ents and ents[g.i].label_ == "AGENCY"] \
                    if child.ent_type_ == "DATE" else []
                # (the head of "the Department of Commerce's Bureau of Industry and Security", not its possessor)
                named = next((g for g in named if ents[g.i].root.dep_ != "poss"), named[0] if named else None)
                if named is not None:  # "CBP today issued", with "today" parsed as the subject and CBP on it
                    return self._agency_of(named, ents), named
                before = agency_right_before(v, ents)
                if before is not None and before.start > child.i and self._agency_of(child, ents) is None:
                    # "In accordance with the ... Law, the Working Mechanism, upon investigation, decided": the
                    # law taken for the subject, the body named right before the verb
                    return before.kb_id_, before.root
                return self._agency_of(child, ents), child
        if v.pos_ == "ADJ" or _passive(v):  # "subject to restrictions imposed by X", "hit with sanctions by X"
            for tok in self._clause_tokens(v):
                # (not the "by" of another deed: "Following the publication of the list by the FCDO, the
                # entries below have been added")
                other_deed = tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj" \
                    and tok.head.head.lower_ in {"following", "after", "upon"} \
                    or tok.head.dep_ == "acl" and tok.head.head.lemma_.lower() in self.list_nouns \
                    or tok.dep_ == "agent" and tok.head.i != v.i and any(  # (nor "for being owned by X": the reason)
                        a.dep_ == "prep" and a.lower_ in REASONS and a.i > v.i for a in tok.head.ancestors)
                if (tok.dep_ == "agent" or tok.lower_ == "by" and tok.dep_ == "prep") and not other_deed:
                    pobj = [c for c in tok.children if c.dep_ == "pobj"]
                    if pobj:
                        return self._agency_of(pobj[0], ents), pobj[0]
        if (v.dep_ == "conj" or not _passive(v)) and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < v.i
                                                             for c in v.children):
            # misparsed: "continued after BIS (BIS) issued ...", "On 9 May 2024 the FCDO designated ...";
            # (a "subject" after the verb is a misparsed object: "DFAT listed A and B Co., Limited")
            before = agency_right_before(v, ents)
            if before is not None:
                return before.kb_id_, before.root
        if (v.dep_ in {"conj", "xcomp"} or v.dep_ == "advcl" and v.tag_ == "VBG") and v.head.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in v.head.children if c.dep_ == "nsubj" and c.i in ents), None)
            if v.dep_ == "conj" and not _passive(v) and subject is not None:
                # "the Task Force (FLETF), chaired by DHS, removed X", parsed as "chaired ... and removed"
                return self._agency_of(subject, ents), subject
            actor = self._actor(v.head, ents)  # "the Council adopted ..., freezing the assets of ..."
            if actor[0] is None and _passive(v) and any(c.dep_ == "nsubjpass" for c in v.children):
                return None, None  # "X's property is frozen, and its executives are barred": no actor named
            return actor
        if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in {"VERB", "AUX"}:
            return self._actor(v.head.head, ents)  # "BIS amends the EAR by adding nine entities"
        if misparsed_main_verb(v):
            return self._agency_of(v.head, ents), v.head
        if v.dep_ == "acl" and (v.tag_ == "VBG" or any(c.tag_ == "TO" for c in v.children)) \
                and v.head.lemma_.lower() in self.documents:
            # "BIS published a rule adding X", "a decree enacting the decision of the NSDC to impose sanctions on X"
            return self._agency_of(v.head, ents), v.head
        announcer = announcing_verb(v)  # "DOJ today announced the unsealing of an indictment charging X"
        if announcer is not None and announcer.dep_ == "ccomp" and announcer.head.lemma_ in REPORTING:
            # "A grand jury returned an indictment charging X, the Justice Department announced" (decision 34)
            announcer = announcer.head
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
        if token.lemma_.lower() in self.documents:  # "the decision of the National Security and Defense Council"
            issuer = next((ents[p.i] for c in token.children if c.lower_ == "of" for p in c.children
                           if p.i in ents and ents[p.i].label_ == "AGENCY"), None)
            if issuer is not None:
                return issuer.kb_id_
        if _of_head(token).lemma_.lower() in self.documents:
            token = _of_head(token)  # "adopted a package of sanctions that adds X": the package adds X
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

    def _ambiguous_mention(self, agency: str, actor_token: Token | None) -> bool:
        """The actor is named by words several countries' bodies share ("the Ministry of Commerce"), with
        no unambiguous short form in parentheses after it ("the Ministry of Commerce (MOFCOM)")."""
        ents = [e for e in (actor_token.doc.ents if actor_token is not None else ()) if e.kb_id_ == agency]
        actor = next((e for e in ents if e.start <= actor_token.i < e.end), None)
        return actor is not None and actor.text in self.ambiguous_agencies and not any(
            e.text not in self.ambiguous_agencies and 0 < e.start - actor.end <= 1 for e in ents)

    def _acting_body(self, trig: Trigger, actor: str | None, actor_token: Token | None, list_hit: dict | None,
                     measure: str | None, clause: list[Token], same_document: dict | None, ents: dict,
                     dates: list[Span], state: dict) -> tuple[str | None, dict | None]:
        """The agency of the action and the earlier action it continues, if any: the actor; else the
        owner of the list it names (a bare "Ministry of Commerce" acting on another country's list is
        that list's owner); else the body that announced it; else the action the clause refers back to
        ("hit in the action, which also named X", "X was also listed")."""
        v, spec = trig.token, trig.spec
        agency = actor
        owner = self._owner(list_hit, state, v.sent)
        if owner and agency is not None and self.country.get(agency) != self.country.get(owner) \
                and self._ambiguous_mention(agency, actor_token):
            agency = owner  # "the Ministry of Commerce (it) included X into the unreliable entity list"
        own_actor = any(c.dep_ in {"agent", "nsubj"} or c.dep_ == "prep" and c.lower_ == "by" and any(
            p.i in ents and ents[p.i].label_ == "AGENCY" for p in c.children) for c in v.children)  # ("... by BIS")
        if owner and not own_actor and v.dep_ == "conj" and (_passive(v.head) or list_hit is not None and agency is not None
                                                               and self.agency_defaults.get(agency) not in (None, list_hit["type"])):
            # "sanctioned by the Treasury ... and added to the Entity List", "OFAC designated A, and B
            # was added to the Entity List": the list's owner, not the other clause's body
            agency = owner
        if agency is None and v.dep_ == "ccomp" and v.head.lemma_ == "announce" and (
                actor_token is None and _passive(v) or actor_token is not None and actor_token.pos_ == "NOUN"
                and actor_token.i not in ents):
            # "MOFCOM announced that X was added to ...", "MOF announced asset freezes on X" ("freezes" as a verb)
            agency, _ = self._actor(v.head, ents)
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
        return agency, inherited

