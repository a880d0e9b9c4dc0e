"""`TargetsMixin`: the targets of a trigger. First the words that stand for them (`_target_heads`:
object, passive subject, the noun a reduced or relative clause modifies, "among", "along with";
`_path_targets` when the parse hides the object), then the entity names each word gives (`_names`:
coordination, apposition, "including", a pronoun's antecedent, a counted group, `_count`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import AGENCY_ANAPHORS, PRONOUNS, entity_antecedent
from .counts import _number
from .model import (
    ANAPHORS,
    BELONGINGS,
    GOODS,
    LICENCE_PATH,
    LICENCE_PREPS,
    MEASURE_NOUNS,
    PARTS,
    PERMITTING,
    PROHIBITING,
    PRODUCING,
    RELATIVE_PRONOUNS,
    STAKES,
    STAFF,
    TARGET_PATH,
    TARGET_PREPS,
    TIME_PREPS,
    VESSELS,
)
from .name_lists import apposition_after, coordination, entity_list, introduced_names, recent_list
from .syntax import (
    _along_with,
    _appositive_participle,
    _fell_under,
    _passive,
    _predicative,
    _prep_object,
    joins,
    stranded_from,
)


class TargetsMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

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
                   or c.dep_ in {"punct", "dep"} and c.ent_type_ == "ORG" and c.i > v.i]  # (or left unattached)
        # a small clause the parser made of the object ("designated X pursuant to E.O. 13846"):
        # the clause's subject right after the verb is the object
        objects += [s for c in v.children if c.dep_ == "ccomp" and c.i > v.i for s in c.children
                    if s.dep_ == "nsubj" and s.left_edge.i == v.i + 1]
        # a name right after the verb whose last word the parser made a clause ("added X (Private) Limited to")
        objects += [c for c in v.children if c.dep_ in {"ccomp", "acomp", "advcl", "xcomp"} and c.ent_type_ == "ORG"
                    and c.left_edge.i == v.i + 1]
        objects = [p for c in objects for p in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])]
        doc = v.doc
        if not objects and v.dep_ != "amod" and v.i > 0 and doc[v.i - 1].ent_type_ == "DATE" and v.i + 1 < len(doc) \
                and doc[v.i + 1].ent_type_ == "ORG" and doc[v.i + 1].ent_iob_ == "B":
            # "Treasury on Friday designated X and Y", parsed with the verb inside the date or the name
            objects = [next(e for e in doc.ents if e.start == v.i + 1).root]
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
        stranded = stranded_from(v) if v.lemma_ in PROHIBITING else None
        for tok in self._clause_tokens(v) + (list(stranded.subtree) if stranded is not None else []):
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
        sent = v.sent
        for ent in {id(e): e for e in ents.values()}.values():
            if not sent.start <= ent.start < sent.end or ent.kb_id_ == actor or ent.root.i == v.i \
                    or _act_citation(ent):  # "In Annex I to Regulation (EU) 2023/1529, ... are added"
                continue
            token, ok = ent.root, False
            for _ in range(8):
                if token.dep_ not in deps or (token.dep_ == "pobj" and token.head.lower_ not in preps) \
                        or token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} \
                        or token.dep_ == "nsubj" and token.head.head.lemma_.lower() not in PERMITTING \
                        or token.lemma_.lower() in VESSELS \
                        or token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lower_ in STAKES:
                    # another clause ("are blocked and must be reported to OFAC"), "18 tankers, including X",
                    # or a holding ("X's 45% stake in Y was frozen")
                    break
                token = token.head
                if token.i == v.i:
                    ok = True
                    break
            if ok:
                out += entity_list(ent, ents)
        return list(dict.fromkeys(out))

    def _passive_targets(self, v: Token) -> tuple[list[Token], str]:
        heads, how = self._passive_subjects(v)
        if heads and all(h.lemma_.lower() in MEASURE_NOUNS for h in heads):
            # "Visa restrictions were imposed on executives of X", "sanctions are applied to X": the
            # measure is the subject, the target its object (also "... to X registered in A and to Y",
            # the second "to" hung on another preposition)
            preps = [p for p in v.children if p.dep_ == "prep" and p.lower_ in {"on", "against", "upon", "to"}]
            preps += [t for p in preps for t in v.subtree if t.dep_ == "conj" and t.lower_ == p.lower_ and t.i > p.i]
            heads = [o for p in preps for o in p.children if o.dep_ == "pobj"] or heads
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
                    head, doc = v.head, v.doc
                    if head.ent_type_ in {"GPE", "LOC"} and head.dep_ == "pobj" and doc[head.head.i - 1].text == ",":
                        # "the entry for X, under Russia, which was added ...": the clause is X's, not the place's
                        named = next((e for e in doc.ents if e.end == head.head.i - 1 and e.label_ == "ORG"), None)
                        head = named.root if named is not None else head
                    return [head], "relative"
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
        # (translated, the auxiliary first: "Besides them, were also included the car store X and Y")
        inverted += [c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.ent_type_ == "ORG" and not inverted
                     and any(a.dep_ == "auxpass" and a.i < v.i for a in v.children)]
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
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in TIME_PREPS:
            # "After being added to the Entity List in 2019, X was sanctioned": the main clause's subject
            subjects = [c for c in v.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return subjects, "fronted_participle"
        return [], "none"

    def _names(self, head: Token, v: Token, ents: dict) -> list[str]:
        """Entity names for a target word: its coordination, appositions, "including X"."""
        clause = head.head if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" else \
            v if v.dep_ == "relcl" and v.head.i == head.i else None
        if clause is not None:
            head = clause.head
            listed = set(entity_list(ents[head.i], ents)) if head.i in ents else set()
            comma = clause.left_edge.i - 1
            nearest = ents.get(comma - 1) if comma > 0 and head.doc[comma].text == "," else None
            singular = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "is", "has"} for c in clause.children)
            if nearest is not None and nearest.kb_id_ in listed and singular:
                # "removing A, which was added in 2020, and B, which was placed on the list in 2022": B alone (not
                # "A and B, which were added")
                return [nearest.kb_id_]
            if any(e.kb_id_ in listed and e.start > clause.right_edge.i for e in ents.values()):
                return [ents[head.i].kb_id_]  # "designated A, which the EU had sanctioned in 2022, and B": A alone
        of = [p for c in head.children if c.lower_ == "of" for p in c.children if p.tag_ == "NNS"] \
            if head.like_num and head.i not in ents else []
        if of:
            head = of[0]  # "along with six of its subsidiaries, including A and B": the group the number counts
        if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_ == "be":
            # "X was among the 31 companies that Commerce placed on its list": X
            subject = next((c for c in head.head.head.children if c.dep_ == "nsubj"), None)
            head = subject if subject is not None else head
        elif head.lemma_ in {"entry", "listing"} and head.i not in ents:
            # "the entry for X under China, which was added to the Entity List on ...": X
            named = [p for c in head.children if c.lower_ in {"for", "of"} for p in c.children if p.i in ents]
            head = named[0] if named else head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ == "one" \
                and head.head.head.dep_ == "attr" and head.head.head.head.lemma_ == "be":
            # "X was one of the companies designated by OFAC on January 10": X
            subject = next((c for c in head.head.head.head.children if c.dep_ == "nsubj"), None)
            head = subject if subject is not None else head
        if head.lemma_.lower() in MEASURE_NOUNS and head.i not in ents:
            # "revoked the withhold release order on gloves made by X": what the measure is on
            on = [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                  for p in c.children if p.dep_ == "pobj"]
            if on:
                return self._names(on[0], v, ents)
        made = [p for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in PRODUCING
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if made and head.i not in ents:
            head = made[0]  # "gloves made by X", "seafood harvested by X": the producer
            owner = next((p for c in head.children if c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj" and p.i in ents), None)
            head = owner if head.i not in ents and owner is not None else head  # "... by vessels of X"
        named = any(c.dep_ in {"appos", "compound", "nmod"} and c.i in ents and c.i > head.i for c in head.children)
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.i in ents and ents[head.head.i].label_ == "ORG":
            if head.tag_ == "NNS":  # "removed A and B, two entities added to the SDN List in 2023": both
                return entity_list(ents[head.head.i], ents)
            return [ents[head.head.i].kb_id_]  # "X, the state arms exporter, which has been on ..."
        parent = next((ents[p.i] for c in head.children if c.lower_ == "of" for p in c.children if p.i in ents), None)
        unit = ents.get(parent.end + 1) if parent is not None and head.lemma_ in PARTS and head.tag_ == "NN" \
            and parent.end + 1 < len(head.doc) and head.doc[parent.end].text == "," else None
        if unit is not None and unit.start == parent.end + 1 and unit.label_ == "ORG":
            return [unit.kb_id_]  # "the Chinese subsidiary of X, X (Wuxi) Co., Ltd.": the unit named after
        before = _name_before_description(head, ents)
        if head.dep_ == "appos" and head.pos_ == "NOUN" and before is not None:
            return [before]  # "... by X (XPCC), the paramilitary group that ... was sanctioned", hung elsewhere
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
        # "visa restrictions on employees of Zhenhua", "froze its assets", "a WRO on products of X"
        if head.lemma_ in STAFF | BELONGINGS | GOODS:
            of = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            # (not a person named in apposition, "Its general director, R. G., is being designated"; nor
            # an object that is moved, "excluding its corporate officers from the United States")
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None) \
                if (head.dep_ == "pobj" and head.lemma_ in STAFF or head.lemma_ in BELONGINGS and head.dep_ == "dobj"
                    and head.head.i == v.i) \
                and not any(c.dep_ == "appos" for c in head.children) else None  # ("froze its assets")
            counted = of[0] if of and of[0].tag_ == "NNS" and of[0].i not in ents and any(
                c.dep_ == "nummod" for c in of[0].children) and any(c.lower_ in {"the", "these", "those"}
                                                                    for c in of[0].children) else None
            if counted is not None:  # "the executives of the three companies": the last three named
                size = _number(next(c.text for c in counted.children if c.dep_ == "nummod"))
                names = recent_list(counted, size, ents)
                if names:
                    return names
            if of:
                head = of[0]
            elif owner is not None:  # "designated X ... and imposed visa restrictions on its senior managers"
                antecedent = entity_antecedent(owner, ents, "ORG", exclude=self._actor(v, ents)[0])
                return [antecedent] if antecedent else []
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
                # "designated X, a St. Petersburg designer of tugs, together with its holding company, Y"
                out += [n for prep in ent.root.children if joins(prep) or prep.lower_ == "with" and any(
                    c.lower_ in {"together", "along"} for c in prep.children)
                    for p in prep.children if p.dep_ == "pobj" for n in self._names(p, v, ents)]
                continue
            inner = [c for c in tok.children if c.dep_ in {"compound", "appos", "nmod"} and c.i in ents]
            if inner and inner[0].i > tok.i:  # "the fuel trader Boreal Fuel Trading DMCC", not "GNX subsidiaries"
                out += entity_list(ents[inner[0].i], ents)
                continue
            named_after = ents.get(tok.i + 2) if tok.dep_ == "conj" and tok.i + 2 < len(tok.doc) \
                and tok.doc[tok.i + 1].text == "," else None
            if named_after is not None and named_after.start == tok.i + 2 and named_after.label_ == "ORG" \
                    and tok.pos_ == "NOUN" and any(c.lower_ in {"one", "a", "an"} for c in tok.children):
                out.append(named_after.kb_id_)  # "15 people and one organization, X," (X parsed elsewhere)
                continue
            for child in tok.children:
                if child.dep_ == "appos":
                    out += [ents[t.i].kb_id_ for t in coordination(child) if t.i in ents]
                if child.dep_ == "prep" and child.lower_ in {"including", "like", "namely", "with"} \
                        and tok.lemma_.lower() not in VESSELS:  # (not "18 tankers, including the X")
                    for pobj in child.children:
                        # (the list read off the surface: "including A, which builds X, and B", B hung elsewhere)
                        out += entity_list(ents[pobj.i], ents) if pobj.i in ents else \
                            [ents[t.i].kb_id_ for t in coordination(pobj) if t.i in ents]
            if tok.dep_ == "appos" and tok.head.i in ents:
                out.append(ents[tok.head.i].kb_id_)
        doc = head.doc
        if not out and head.pos_ == "NOUN" and head.i + 2 < len(doc) and doc[head.i + 1].text == "," \
                and head.i + 2 in ents and ents[head.i + 2].start == head.i + 2 and ents[head.i + 2].label_ == "ORG":
            out += entity_list(ents[head.i + 2], ents)  # "its Moscow correspondent, Yuzhny Bank JSC"
        if not out and self._is_group(head):
            out += self._introduced([head], ents, next_sentence=False)  # "Among the companies added were A, B"
        if not out and head.i < v.i and head.pos_ == "NOUN":
            out += apposition_after(v, ents)
        return out

    def _introduced(self, groups: list[Token], ents: dict, next_sentence: bool) -> list[str]:
        """The names a group introduces (`introduced_names`), no more than its count: "three entities: A, B
        and C" (then "C's parent, D, was added in 2023")."""
        if groups[0].lemma_.lower() in VESSELS:
            return []  # "18 oil tankers, including the Nordic Star": no organizations
        names = introduced_names(groups, ents, next_sentence=next_sentence)
        parent = next((ents[p.i] for c in groups[0].children if c.lower_ == "of" for p in c.children if p.i in ents),
                      None)
        if groups[0].lemma_ in PARTS and parent is not None and len(names) > 1:
            names = [n for n in names if n != parent.kb_id_]  # "Two units of X, A and B": A and B
        stated = self._count(groups[:1])  # (the group the names follow)
        if not stated:
            return names
        # (a body named on the way is not counted: "2 organizations determined by the UN Security Council, namely A and B")
        labels = {e.kb_id_: e.label_ for e in ents.values()}
        orgs = [i for i, n in enumerate(names) if labels.get(n) == "ORG"]
        return names[:orgs[stated - 1] + 1] if len(orgs) > stated else names

    def _is_group(self, token: Token) -> bool:
        """ "the companies", "those", "two Chinese chip designers": a noun standing for named targets."""
        return token.lower_ in self.count_nouns or token.lower_ in {"those", "others"} or (
            token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
        )

    def _count(self, heads: list[Token]) -> int | None:
        """ "eight companies": the number of targets the text will name later; "an Iranian company and two
        companies in the UAE": three."""
        for head in heads:
            number = self._counted(head)
            if number is not None:
                others = [self._counted(c, single=True) for c in head.conjuncts]
                return number + sum(n for n in others if n is not None)
        return None

    def _counted(self, head: Token, single: bool = False) -> int | None:
        """The number a count noun states ("two companies"); `single`: also one for "a company"."""
        if head.lower_ not in self.count_nouns and not (single and _plural(head.lower_) in self.count_nouns) or any(
                c.dep_ in {"poss", "compound"} and c.ent_type_ not in {"GPE", "NORP"} for c in head.children):
            return None  # ("6 U.S. entities", not "Qinghe's 2 affiliates")
        number = next((_number(c.text) for c in head.children if c.dep_ == "nummod" and c.like_num), None)
        if number is None and single and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
            return 1
        return number


def _plural(noun: str) -> str:
    """ "company" -> "companies", "firm" -> "firms" (the count nouns of the lexicon)."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "es" if noun.endswith(("s", "x", "ch")) else noun + "s"


def _name_before_description(noun: Token, ents: dict) -> str | None:
    """The name a description follows right after a comma ("X Corps (XPCC), the group that ..."),
    across a short form in parentheses."""
    doc = noun.doc
    i = noun.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return ents[i].kb_id_ if i >= 0 and i in ents else None


#: Legal acts whose numbers name a body: "Regulation (EU) 2023/1529".
ACT_WORDS = {"regulation", "decision", "directive"}


def _act_citation(ent: Span) -> bool:
    """A body in a legal act's number: "Regulation (EU) 2023/1529", "Decision (CFSP) 2024/1485"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "(" and doc[ent.start - 2].lower_ in ACT_WORDS \
        and ent.end < len(doc) and doc[ent.end].text == ")"
