"""The closed word classes the action rules read, the wording of a regulation's text (`RULE_TEXT`),
and `Trigger`: a trigger word with its lexicon entry and the name of the rule that found it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

ENTITY_LABELS = {"ORG", "AGENCY"}
#: Tags of a finite verb, which opens a clause of its own.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
#: People of an organization: measures against them are recorded against the organization.
STAFF = {"employee", "official", "executive", "officer", "staff", "member", "leader", "manager", "director",
         "administrator", "liquidator", "receiver"}
#: What a measure freezes of an organization: "froze its assets", "blocked the property of X".
BELONGINGS = {"asset", "property", "fund", "account"}
#: Vessels, whose names are no organizations: "18 oil tankers, including the Nordic Star".
VESSELS = {"vessel", "ship", "tanker", "aircraft", "plane"}
#: Targets that are no organization: "The vessels include the Andromeda Star and the Kairos".
NOT_ORGANIZATIONS = VESSELS | {"individual", "person", "people", "national", "citizen", "businessman", "official"}
#: What an import ban stops: "a withhold release order on seafood products of X" targets X.
#: What goods are made by: "gloves made by X", "seafood harvested by X" (X is the producer).
PRODUCING = {"make", "produce", "manufacture", "harvest", "grow", "process", "mine", "assemble", "catch"}
GOODS = {"product", "good", "goods", "shipment", "import", "merchandise", "item", "commodity", "cargo"}
#: Where targets are: "Three of the entities are based in China: A, B and C".
LOCATED = {"base", "locate", "headquarter", "register", "incorporate"}
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
#: Prepositions of the reason for an action ("sanctioned X over the purchase ... in 2017"): not its date.
REASONS = {"over", "for"}
#: ... and further for a licence: "a general licence, which authorizes transactions involving X", "a
#: licence allowing X to wind down its contracts".
LICENCE_PATH = {"advcl", "acl", "relcl", "xcomp", "ccomp", "dobj", "pcomp", "nsubj"}
#: Verbs whose clause's subject a licence benefits ("allowing X to wind down"); no other subject is.
PERMITTING = {"allow", "permit", "enable", "authorize", "authorise", "let"}
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
#: Prepositions that open a clause of another time: "After being added to the Entity List in 2019, X was ...".
TIME_PREPS = {"after", "before", "since", "following", "upon", "until"}
#: A holding in a company: "X's 45% stake in Y was frozen" targets no Y.
STAKES = {"stake", "stakes", "holding", "holdings", "shareholding", "interest", "share", "participation"}
#: Nouns for a law an action is taken under: "pursuant to E.O. 14032, which prohibits ..." (what the law does).
LAWS = {"order", "e.o.", "eo", "act", "law", "regulation", "regulations", "decree", "resolution", "statute", "section"}
#: Nouns for a measure itself ("lifted a ban that barred ...").
MEASURE_NOUNS = {"ban", "restriction", "sanction", "prohibition", "order", "measure", "countermeasure", "freeze", "embargo"}
#: Verbs by which a body takes over another's measure as its own: "adopted the EU's sanctions against X".
ADOPTING = {"adopt", "implement", "apply", "follow", "mirror", "transpose"}
#: Nouns for putting a measure into effect: "suspend the implementation of export control measures".
APPLYING = {"implementation", "application", "enforcement"}
#: The wording of a regulation ("This rule adds ...", "ACTION: Final rule."), whose publication
#: date is not the date of its actions.
RULE_TEXT = re.compile(r"\b[Tt]his (?:final |interim final )?rule\b|\bACTION: (?:Final|Interim final) rule\b")
#: Adverbs that continue the action just told: "OFAC also designated X".
ALSO = {"also", "likewise", "similarly"}
#: Nouns for an action as a whole: "The action also covers X".
ACTION_NOUNS = {"action", "package", "designation", "designations", "round", "move", "listing", "decision"}
NOTICES = {"notice", "statement", "release", "announcement", "filing", "notification"}
#: Words that state a prohibition: "are prohibited from", "it is forbidden for them to".
#: Nouns for an announcement's targets besides the anaphors: "the above enterprises", "the organizations
#: listed in Article 1", "The entities are listed under ...".
GROUP_NOUNS = {"entity", "enterprise", "organization", "organisation"}
PROHIBITING = {"prohibit", "forbid", "ban", "bar", "allow", "cancel", "revoke", "restrict", "freeze", "deny"}
ANAPHORS = {"company", "firm", "group", "entity", "manufacturer", "maker", "business", "cartel", "network", "bank",
            "lender", "conglomerate", "operator", "carrier", "airline", "refinery", "institute", "university",
            "subsidiary", "unit", "supplier", "producer", "trader", "shipper", "exporter", "importer", "developer",
            "major", "giant", "insurer", "distributor", "forwarder", "refiner", "broker", "parent"}


def row(atype: str, agency: str | None, target: str, date: dict | None, lifted: bool, evidence: dict, rule: str,
        **extra) -> dict:
    """One action row, in the order of the record's fields (`extra`: keys `_dedupe` reads and drops)."""
    return {"type": atype, "agency": agency, "target": target, "date": date, "lifted": lifted,
            "evidence": evidence, "rule": rule, **extra}


@dataclass
class Trigger:
    token: Token
    spec: dict
    rule: str
