"""`ClauseMixin`: a trigger's own clause (its tokens without nested clauses, `_clause_tokens`) and
whether it tells an action taken at all (`_is_modal`: negated, future, hypothetical, proposed)."""

from __future__ import annotations

from spacy.tokens import Token

from .model import TIME_PREPS
from .syntax import _predicative


class ClauseMixin:
    """Methods of `ActionExtractor` (`extractor.py`), which sets the lexicon attributes they read; they call
    each other across the mixins through `self`."""

    def _is_modal(self, v: Token) -> bool:
        """Negated, future, hypothetical, proposed or expected: not an action taken."""
        own = [*v.children, *(v.head.children if _predicative(v) else ())]  # "was not on the Entity List"
        for child in own:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in self.modal_aux):
                return True
            if child.dep_ in {"aux", "auxpass"} and any(g.dep_ == "neg" for g in child.children):
                return True  # "X was not itself designated", "not" hung on the auxiliary
            if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
                return True  # "These entities are no longer subject to an asset freeze": a state ended
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return True
            if child.dep_ in {"nsubj", "nsubjpass"} and (child.lower_ in {"none", "neither", "nobody"} or any(
                    g.lower_ == "neither" or g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
                return True  # "Neither A nor B was named", "None of the listed companies has been removed"
        if v.dep_ in {"nsubj", "nsubjpass"} and any(p.lower_ in {"under", "in"} and any(
                o.lemma_.lower() in self.modal_heads for o in p.children) for p in v.head.children if p.dep_ == "prep"):
            return True  # "sanctions on X were under consideration", "a ban on Y is in preparation"
        head = v
        while head.head.i != head.i and head.dep_ not in {"relcl", "appos", "conj", "parataxis"} \
                and not _told_as_fact(head):
            parent = head.head
            if parent.lemma_.lower() in self.modal_heads:
                return True
            if any(c.dep_ == "aux" and c.lower_ in self.modal_aux for c in parent.children):
                return True  # "cutting banks off from the payments network ... would follow"
            if head.lower_ == "among" and any(c.dep_ == "neg" for c in parent.children):
                return True  # "X was not among the companies designated on Friday"
            if parent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in parent.children):
                return True  # "no decision has been made to remove X", "no plan to sanction X"
            head = parent
        if v.dep_ == "conj" and v.head.pos_ in {"VERB", "AUX"} and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} or c.lower_ == "but" for c in v.children) \
                and not any(c.dep_ == "cc" and c.lower_ == "but" for c in v.head.children):
            return self._is_modal(v.head)  # "it could place X on its list and ban it from trade": both modal
        return False

    def _clause_tokens(self, v: Token) -> list[Token]:
        """The trigger's subtree without nested clauses (relative clauses, conjoined verbs); read once per
        token of a Doc (callers do not change the list)."""
        if self.clause_doc is not v.doc:
            self.clause_doc, self.clauses = v.doc, {}
        cached = self.clauses.get(v.i)
        if cached is not None:
            return cached
        out = []
        stack = [v]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                nested = child.dep_ in {"relcl", "ccomp", "advcl", "parataxis"} or child.dep_ == "conj" and tok.i == v.i \
                    or child.dep_ == "pcomp" and tok.lower_ in TIME_PREPS \
                    or child.dep_ == "acl" and child.tag_ == "VBN" and tok.dep_ == "appos" and tok.pos_ == "NOUN"
                # ("After being added to the Entity List, ...", "designated B, a firm added to the Entity List in 2022")
                # (a name's last word taken for a clause stays: "added X (Private) Limited to the list")
                if nested and child.pos_ in {"VERB", "AUX", "ADJ"} and child.ent_type_ != "ORG":
                    continue  # "buying or selling securities" stays; "X was listed and Y was fined" does not
                stack.append(child)
        self.clauses[v.i] = sorted(out, key=lambda t: t.i)
        return self.clauses[v.i]


def _told_as_fact(clause: Token) -> bool:
    """A clause of what happened, no part of a modal main clause: "refiners are reviewing contracts after
    the Treasury imposed sanctions on X" (also with "after" parsed as a preposition of the main verb)."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    marks += [c for c in clause.head.children if c.dep_ == "prep" and clause.head.i < c.i < clause.i]
    return any(c.lower_ in {"after", "since", "because"} for c in marks)
