"""`DatesMixin`: the date of a trigger's own clause (`_date`; never the dateline's, nor the end of a
period), the day of the news for an undated report of an action (`_news_date`), and the document of
"This rule adds ..." (`_this_document`), whose date is not its actions'. Its lexicon-free helpers
are in `dates`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import REPORTING, announcing_verb, reporting_verb
from .dates import as_date, clause_head, in_dateline, item_date, unanchored
from .model import BACKGROUND, ENTITY_LABELS, MEASURE_NOUNS, NOTICES, PERIOD_ENDS, REASONS
from .syntax import _misread_after_date, _of_head, _passive, _predicative


class DatesMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

    def _date(self, v: Token, dates: list[Span]) -> dict | None:
        """The date expression of the trigger's own clause, if any (never the dateline's, nor the
        end of a period: "a licence ... until April 18")."""
        # (nor the date of the reason: "sanctioned X over the purchase of aircraft in 2017"; only the
        # sentence's dates can be in the trigger's clause)
        sent = v.sent
        main = v
        while main.dep_ == "conj":
            main = main.head
        item = item_date(sent, dates) if main.dep_ == "ROOT" else None
        every = dates
        dates = [d for d in dates if sent.start <= d.start < sent.end and not in_dateline(d)
                 and d.root.head.lower_ not in PERIOD_ENDS
                 and not any(a.dep_ == "prep" and a.lower_ in REASONS and a.head.i == v.i for a in d.root.ancestors)]
        for span in dates:
            if clause_head(span.root, v).i == v.i:
                return as_date(span)
        dated = _misread_after_date(v)
        if dated is not None:
            return as_date(dated)  # "The State Department on Wednesday designated firms ..."
        for word in (c for c in v.children if c.dep_ in {"ccomp", "dep"} and c.lemma_.lower() in self.list_nouns):
            # "added X to its ... companies list on Thursday", with "list" misparsed as a clause of its own
            own = [d for d in dates if clause_head(d.root, word).i == word.i]
            if own:
                return as_date(own[0])
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
        # "..., reported the Ministry of Foreign Affairs on Monday" (translated, the verb first)
        heads += [c for c in v.children if c.dep_ == "conj" and c.lemma_ in REPORTING and c.i > v.i
                  and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
        if _runs_on(v):
            heads.append(v.head)  # "added X on Thursday, cutting it off from ...", "last month decided to take"
            if _runs_on(v.head):
                heads.append(v.head.head)  # "on Thursday issued the announcement, deciding to add X"
        if v.dep_ in {"relcl", "acl"} and v.head.lemma_.lower() in MEASURE_NOUNS and v.head.dep_ == "dobj":
            # "On January 12, Japan decided to implement the measures to freeze the assets of X"
            heads += [v.head.head, *([v.head.head.head] if v.head.head.dep_ == "xcomp" else [])]
        if _passive(v) and v.dep_ in {"conj", "advcl"} and v.tag_ == "VBN" and not any(
                c.lower_ in BACKGROUND for c in v.children):
            # "X was designated on Thursday by OFAC, added to the UK list by the FCDO and listed by the
            # Council": one day for the three (not "... in 2019 and later removed")
            heads += [v.head, v.head.head] if v.head.dep_ in {"conj", "advcl"} else [v.head]
        if v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.dep_ == "agent" \
                and v.head.head.head.lemma_.lower() in self.verbs:
            heads.append(v.head.head.head)  # "designated on Friday by OFAC, placed under a freeze by the UK"
        if v.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"while", "as", "when"}
                                     for c in v.children):
            heads.append(v.head)  # "Last week, State barred ..., while the Treasury sanctioned X"; "... grew on
            # Thursday when BIS added X to it"
        if v.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
            # "On 29 April 2024, the Council prolonged the framework and listed X": a fronted date
            # scopes over the verbs that share the subject
            subject = next((c for c in v.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            fronted = [d for d in dates if subject is not None and d.end <= subject.left_edge.i
                       and clause_head(d.root, v.head).i == v.head.i]
            if fronted:
                return as_date(fronted[-1])
        document = _of_head(v.head)
        if v.dep_ in {"relcl", "acl"} and document.lemma_.lower() in self.documents:
            heads.append(document.head)  # "published on Thursday a rule (a package of sanctions) that adds X"
        announcer = announcing_verb(v)
        if announcer is not None:
            heads.append(announcer)  # "announced today the unsealing of an indictment charging X"
            if announcer.dep_ == "ccomp" and announcer.head.lemma_ in REPORTING:
                heads.append(announcer.head)  # "... returned an indictment charging X, DOJ announced Tuesday"
        # "The indictment, unsealed on Wednesday, charges X": the date of the subject's participle
        heads += [a for s in v.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "acl"]
        if v.dep_ == "acl":  # "returned an indictment, unsealed today, charging X": the participle beside it
            heads += [a for a in v.head.children if a.dep_ == "acl" and a.i != v.i and a.tag_ == "VBN"]
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
            # "OFAC's action of September 15, 2022, when it designated X": the time "when" refers to (also the
            # end of a wait: "Washington held back until February 2023, when OFAC designated X")
            return next((as_date(d) for d in every if d.end in {when.i - 1, when.i - 2}), None)
        for head in heads:
            for span in dates:
                if clause_head(span.root, head).i == head.i:
                    return as_date(span)
        return as_date(item) if item is not None else None

    def _news_date(self, v: Token, acted: bool, state: dict) -> dict | None:
        """The day of the news (the lead's "on Thursday") for an undated report of an action in
        the news, not for background ("had been listed since", "previously"); `acted`: a body or a
        country is the actor."""
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ == "VERB":
            return self._news_date(v.head, acted, state)  # "MOFCOM released an announcement, adding X ..."
        document = _of_head(v.head)
        if v.dep_ in {"relcl", "acl"} and document.lemma_.lower() in self.documents and document.head.pos_ == "VERB":
            return self._news_date(document.head, acted, state)  # "The Council adopted a package that adds X"
        # "OFAC said it had designated ...", "BIS said in a notice that it had placed ..."
        reported = v.dep_ == "ccomp" and v.head.lemma_ in REPORTING or v.dep_ == "acl" and v.head.lemma_ in NOTICES \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
        # "OFAC designated A, while the State Department designated B": a parallel clause
        parallel = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in v.children)
        # "The others named by OFAC include A and B": the subject that lists the news's targets
        listing = v.dep_ == "acl" and (v.head.dep_ == "nsubj" and v.head.head.lemma_ in {"include", "be"}
                                       # "Among the entities designated by OFAC are A and B"
                                       or v.head.dep_ == "pobj" and v.head.head.lower_ == "among"
                                       and v.head.head.head.lemma_ in {"include", "be"})
        # "Asset freeze: 11 organisations are newly designated ...": a clause of its own, hung on the heading
        headed = v.dep_ == "acl" and any(c.dep_ == "nsubjpass" for c in v.children) and any(
            c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in v.children)
        if not acted or state["event_date"] is None or v.dep_ not in {"ROOT", "ccomp", "conj", "xcomp"} \
                and not reported and not parallel and not listing and not headed:
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


def _runs_on(v: Token) -> bool:
    """A participle or infinitive that continues the clause it hangs on, with that clause's time."""
    return v.dep_ == "advcl" and v.tag_ == "VBG" or v.dep_ == "xcomp"
