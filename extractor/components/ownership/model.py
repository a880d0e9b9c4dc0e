"""The shared vocabulary of the ownership rules: the dependency labels and word sets they test, the
trigger words of `ownership.yaml` (`Lexicon`), and what the rules pass around (`Percent`, `Claim`,
`Context`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Token

from ...lexicons import load_yaml

#: Dependencies that lead from a stake up to the verb whose argument it is ("including the stake").
CLIMB = {"pobj", "prep", "conj", "appos"}
#: Dependencies by which a stake is a verb's argument.
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd"}
#: A percentage modifying a participle or verb: "51% owned", "owned 60% by", "100 percent owns".
ADVERBIAL = {"npadvmod", "advmod", "nmod"}
#: A percentage inside a stake noun phrase: "a 51% stake".
INSIDE_NOUN = {"compound", "amod", "nmod", "nummod"}
#: A percentage hanging off a listed holder: "B 35%", "A (40%)".
ON_HOLDER = {"appos", "npadvmod", "nmod", "dep"}
RELATIVES = {"which", "that", "who", "whom", "whose"}
PLACES = {"GPE", "LOC"}
PASSIVE_AUXILIARIES = {"is", "was", "are", "were", "has", "have", "had", "been", "being"}
ANAPHORS = {"it", "its"}


@dataclass(frozen=True)
class Lexicon:
    """The trigger words of `ownership.yaml`, as sets of lower-case lemmas."""

    units: tuple[tuple[str, ...], ...]
    number_words: dict[str, int]
    stake_nouns: frozenset[str]
    non_stake_modifiers: frozenset[str]
    market_nouns: frozenset[str]
    hold_verbs: frozenset[str]
    acquire_verbs: frozenset[str]
    seller_preps: frozenset[str]
    retain_verbs: frozenset[str]
    dispose_verbs: frozenset[str]
    change_verbs: frozenset[str]
    change_preps: frozenset[str]
    change_from_preps: frozenset[str]
    copula_verbs: frozenset[str]
    belong_verbs: frozenset[str]
    passive_belong_verbs: frozenset[str]
    holder_preps_of_be: frozenset[str]
    holder_phrases_of_be: frozenset[str]
    participle_verbs: frozenset[str]
    fused_participles: dict[str, str]
    object_preps: frozenset[str]
    holder_nouns: frozenset[str]
    ratio_nouns: frozenset[str]
    subsidiary_nouns: frozenset[str]
    via_preps: frozenset[str]
    via_nouns: frozenset[str]
    further_words: frozenset[str]
    security_nouns: frozenset[str]
    former_adverbs: frozenset[str]
    former_adjectives: frozenset[str]
    former_governors: frozenset[str]
    former_preps: frozenset[str]
    present_adverbs: frozenset[str]
    change_events: frozenset[str]
    completing_verbs: frozenset[str]
    report_verbs: frozenset[str]
    record_nouns: frozenset[str]
    record_verbs: frozenset[str]
    modal_auxiliaries: frozenset[str]
    hypothetical_governors: frozenset[str]
    continuing_governors: frozenset[str]
    hypothetical_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    proportion_verbs: frozenset[str]
    holder_gap_words: frozenset[str]
    allotment_verbs: frozenset[str]
    join_verbs: frozenset[str]
    restructuring_nouns: frozenset[str]
    company_nouns: frozenset[str]
    generic_company_nouns: frozenset[str]
    distributive_words: frozenset[str]
    even_splits: frozenset[str]
    venture_nouns: frozenset[str]
    vote_nouns: frozenset[str]
    holder_fields: frozenset[str]
    split_verbs: frozenset[str]
    bounds_before: frozenset[str]
    bounds_after: frozenset[str]

    @classmethod
    def load(cls, name: str) -> Lexicon:
        data = load_yaml(name)
        fields = {
            key: frozenset(str(w).lower() for w in value)
            for key, value in data.items() if isinstance(value, list)
        }
        fields["units"] = tuple(tuple(str(u).lower().split()) for u in data["percent_units"])
        del fields["percent_units"]
        return cls(number_words=data["number_words"], fused_participles=data["fused_participles"], **fields)

    @cached_property
    def unit_starts(self) -> frozenset[str]:
        return frozenset(unit[0] for unit in self.units)

    @cached_property
    def even_starts(self) -> frozenset[str]:
        """The first two letters of the even splits ("50", "fi"): a quick test before joining tokens."""
        return frozenset(split[:2] for split in self.even_splits)


@dataclass(frozen=True)
class Percent:
    """A percentage of the text: its value, its syntactic head and where it starts."""

    value: float
    anchor: Token
    start: int
    participle: str | None = None  # lemma of a fused "51%-owned" or of "50-50 owned"
    even: bool = False  # "50-50 owned by A and B": each of the two holders has the value
    floor: int = 0  # first token of the sentence (or of a sentence split mid-clause and rejoined)


@dataclass(frozen=True)
class Claim:
    """What one rule read from one percentage; a row once both parties are named."""

    percent: Percent
    rule: str
    owner: str | None
    owned: str | None
    open_object: bool = False  # no "of/in" object stated: may share the sentence's owned company
    status: str = "current"
    via_subsidiary: bool = False
    #: where the owned company is to be found instead of the sentence's other stakes:
    #: "restructuring" (the company a restructuring in this or the previous sentence is about),
    #: "previous" ("the company": the company the previous sentence is about), "entry" (a notice entry's
    #: field: "Other Information: 51% owned by X" is in the entry's company, or in none)
    pending: str | None = None


@dataclass(frozen=True)
class Context:
    lex: Lexicon
    names: dict[int, str]  # token index -> name of the ORG/AGENCY entity it belongs to
    #: "the venture", "the hotel company" -> the company named or described with the same word
    antecedents: dict[int, str] = field(default_factory=dict)
    #: "the company" as a subject -> the one company the previous sentence names
    subjects: dict[int, str] = field(default_factory=dict)
