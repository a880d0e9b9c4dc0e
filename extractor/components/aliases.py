"""Aliases and coreference: one entity per real-world organization or agency.

Groups the ORG/AGENCY mentions of a Doc into entities. Links come from the text itself
("Academy of Applied Naval Sciences (AANS)", "under the name Nordlys", "also known as"),
from short forms of an earlier full name ("KRB" for "SZ Tarnwick Robotics Co., Ltd."), and
from accent or transliteration variants ("Lúmen" and "Lumen Technology"). Stores the
entities as plain data in `doc._.entities` and each entity's name in the ents' `kb_id_`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicons import load_yaml
from .boundaries import dateline_end
from .definitions import Definition, find_definitions, role_mentions
from .spans import doc_text

PLACES = {"GPE", "LOC"}

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)

LABELS = {"ORG", "AGENCY"}
_PUNCT = re.compile(r"[^\w\s]")
_FUNCTION = {"of", "and", "the", "for", "&", "de"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-folded text of the same length ("Lúmen" -> "Leon")."""
    out = []
    for char in text:
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else char)
    return "".join(out)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form, without a leading "the"."""
    words = _PUNCT.sub(" ", fold(text).replace("’", "'").replace("'s ", " ")).casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


#: The quoted part of a name ('JSC "Tver Engine Design Bureau"', "Joint Stock Company 'Kvant'").
QUOTED = re.compile(r'["“«]([^"“”«»]+)["”»]|(?<=\w )[\'‘]([^\'‘’"]+)[\'’]$')


@dataclass
class Cluster:
    label: str
    canonical: str | None = None
    spans: list[Span] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # the mentions' texts, without "the"

    def add(self, span: Span) -> None:
        self.spans.append(span)
        self.forms.append(strip_the(span.text))
        quoted = QUOTED.search(span.text)
        if quoted and quoted.group(0) != span.text:  # 'PJSC "Kursk Shipyard"' also goes by its quoted name
            self.forms.append((quoted.group(1) or quoted.group(2)).strip())


@lru_cache(maxsize=65536)
def strip_the(text: str) -> str:
    """A mention's text without a leading "the" and a possessive ending (not a closing quote:
    "Joint Stock Company 'Kvant'")."""
    text = re.sub(r"^(?:the|The)\s+", "", text)
    if SINGLE_QUOTED.search(text):
        return text
    return re.sub(r"(?:'s|’s|'|’)$", "", text)


#: A name that ends in its quoted part: "Joint Stock Company 'Kvant'".
SINGLE_QUOTED = re.compile(r" [\'‘][^\'‘’]+[\'’]$")


class AliasResolver:
    """Clusters ORG/AGENCY mentions into entities and finds the mentions the model missed."""

    def __init__(self, nlp: Language, rules: str, markers: list[str]) -> None:
        r = load_yaml(rules)
        self.strip_words = {normalize(w) for w in r["legal_suffixes"] + r["descriptors"]} - {""}
        self.prefixes = {normalize(p) for p in r["legal_prefixes"]}
        self.places = {normalize(p) for p in r["places"]}
        # (a people's name is no short form: "the Georgian holding" is not "Georgian Business Week")
        self.generic_words = set(r["generic_name_words"]) | self.places | {normalize(d) for d in r["demonyms"]}
        self.legal_words = {normalize(w) for w in r["legal_suffixes"] + r["legal_prefixes"]} - {"", "group", "holdings", "holding"}
        self.marker_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.marker_matcher.add("ALIAS_MARKER", [nlp.make_doc(m) for m in markers])
        self._core = lru_cache(maxsize=65536)(self._core_uncached)

    def _compatible(self, a: str, b: str) -> bool:
        """Two names with the same core name one company when one extends the other
        ("Lumen Technology" / "Lumen Technology Co., Ltd.", "Polar Gas" / "OOO Polar Gas"), not when their
        descriptors differ."""
        a, b = self._unprefixed(a), self._unprefixed(b)
        return a.startswith(b) or b.startswith(a)

    def _unprefixed(self, norm: str) -> str:
        """A normalized name without the legal form before it ("ooo polar gas" -> "polar gas")."""
        words = norm.split()
        while len(words) > 1 and words[0] in self.prefixes:
            words.pop(0)
        return " ".join(words)

    def _named_otherwise(self, norm: str, core: tuple[str, ...], c: Cluster) -> bool:
        """A name with an organization word the entity's fuller name lacks: "Severatom International"
        is not "Severatom Mining Holding JSC", though both are short for "Severatom"."""
        if len(norm.split()) == len(core):
            return False
        return any(self.core(f)[:len(core)] == core and not self._compatible(norm, normalize(f))
                   and any(w not in self.legal_words for w in normalize(f).split()[len(core):]) for f in c.forms)

    def _has_legal_form(self, norm: str) -> bool:
        return any(w in self.legal_words for w in norm.split())

    def core(self, text: str) -> tuple[str, ...]:
        return self._core(text)

    def _core_uncached(self, text: str) -> tuple[str, ...]:
        """The distinctive words of a name: legal forms and organization words removed."""
        words = normalize(text).split()
        while len(words) > 1 and words[-1] in self.strip_words:
            words.pop()
        return tuple(self._unprefixed(" ".join(words)).split())  # (also "LLC Polar Gas 3")

    def __call__(self, doc: Doc) -> Doc:
        mentions = [e for e in doc.ents if e.label_ in LABELS]
        dropped = self._unexpanded_acronyms(doc, mentions)
        mentions = [m for m in mentions if m.start not in dropped]
        markers = {end: start for _, start, end in self.marker_matcher(doc)}  # "also known as" ...
        mentions += self._marked_aliases(doc, mentions, markers)
        definitions = find_definitions(doc, mentions)
        shorts, roles, mentions = _defined_mentions(doc, definitions, mentions)
        mentions = sorted(filter_spans(mentions), key=lambda s: s.start)
        clusters = self._cluster(mentions, markers)
        _join_defined(clusters, shorts, roles)
        self._find_more(doc, clusters)
        self._write(doc, clusters, dropped)
        return doc

    # -- links stated by the text ---------------------------------------------------------
    def _unexpanded_acronyms(self, doc: Doc, mentions: list[Span]) -> set[int]:
        """An acronym in parentheses after a name that is no entity ("Platform (IJOP)") is none either."""
        dropped = set()
        starts = {m.end for m in mentions}
        for m in mentions:
            if len(m) == 1 and m.start >= 2 and doc[m.start - 1].text == "(" and m.end < len(doc) \
                    and doc[m.end].text == ")":
                before = doc[m.start - 2]
                if m.start - 1 not in starts and before.text[:1].isupper() and before.ent_type_ not in LABELS:
                    dropped.add(m.start)
        return dropped

    def _marked_aliases(self, doc: Doc, mentions: list[Span], markers: dict[int, int]) -> list[Span]:
        """Names after "(", "also known as", "under the name" ... not yet tagged as mentions."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        found = []
        for m in mentions:
            if m.end + 2 < len(doc) and doc[m.end].text == "(" and m.end + 1 not in covered:
                close = next((i for i in range(m.end + 1, min(m.end + 6, len(doc))) if doc[i].text == ")"), None)
                # (not a place: "Kara Sea Logistics OOO (Russia)" is where it is registered; but the name's
                # initials are its short form, whatever the model tagged them: "Khangai Petroleum Supply LLC (KPS)")
                short = doc[m.end + 1:close].text
                initials = short.isupper() and short.isalpha() and _initials(m.text).startswith(short)
                if close and close > m.end + 1 and doc[m.end + 1].text[:1].isupper() and not (
                        doc[m.end + 1].ent_type_ in PLACES and not initials or normalize(short) in self.places):
                    found.append(Span(doc, m.end + 1, close, label=m.label_))
        for j in markers:
            if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].text[:1].isupper():
                j += 1  # "known as the Big Fund"
            if j < len(doc) and j not in covered and doc[j].text[:1].isupper():
                end = j + 1
                while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
                    end += 1
                found.append(Span(doc, j, end, label="ORG"))
        return found

    # -- clustering -------------------------------------------------------------------------
    def _cluster(self, mentions: list[Span], markers: dict[int, int]) -> list[Cluster]:
        clusters: list[Cluster] = []
        for m in mentions:
            target = self._link(m, clusters, markers)
            if target is None:
                target = Cluster(label=m.label_, canonical=m.kb_id_ or None)
                clusters.append(target)
            elif m.label_ == "AGENCY" and m.kb_id_ and (target.label == "ORG" or target.canonical is None):
                # (also a body named in other words with its usual short form: "the Office of Control of
                # Foreign Assets (OFAC)", translated)
                target.label, target.canonical = "AGENCY", m.kb_id_
            target.add(m)
        return clusters

    def _link(self, m: Span, clusters: list[Cluster], markers: dict[int, int]) -> Cluster | None:
        """The entity `m` names again, if any: stated aliases first, then name matching."""
        if m.kb_id_ or m.id_:
            for c in clusters:
                if m.kb_id_ and c.canonical == m.kb_id_ or m.id_ and any(s.id_ == m.id_ for s in c.spans):
                    return c  # same gazetteer entry: "EU" and "European Union"
        antecedent = self._stated_antecedent(m, clusters, markers)
        if antecedent is not None:
            return antecedent
        return self.match(strip_the(m.text), clusters)

    def _stated_antecedent(self, m: Span, clusters: list[Cluster], markers: dict[int, int]) -> Cluster | None:
        doc = m.doc
        if m.start >= 1 and doc[m.start - 1].text == "(":
            for c in clusters:
                if any(s.end == m.start - 1 for s in c.spans):
                    return c
        start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start  # "known as the Big Fund"
        if start in markers:  # "Dawning ... It has been banned ... under the name Nordlys"
            i = markers[start]
            earlier = [(s.start, c) for c in clusters for s in c.spans
                       if s.start < i and s.sent.start >= _previous_sentence_start(m) and c.label == "ORG"]
            if earlier:
                return max(earlier, key=lambda x: x[0])[1]
        return None

    def match(self, text: str, clusters: list[Cluster]) -> Cluster | None:
        """Exact form, then same core, then a short form inside a core, then initials."""
        norm, core = normalize(text), self.core(text)
        if not norm:
            return None
        for test in (
            lambda c: any(normalize(f) == norm for f in c.forms),
            # same core, one side bare: "SkyPath" = "SkyPath Technology", but
            # "Qinghe Optics Co., Ltd." is not "Qinghe Photonics Co., Ltd."
            lambda c: any(self.core(f) == core and self._compatible(norm, normalize(f)) for f in c.forms)
            and not self._named_otherwise(norm, core, c),
        ):
            hits = [c for c in clusters if test(c)]
            if hits:
                return hits[0]
        if not self._has_legal_form(norm):  # "Halvard Technologies Corp." is no short form of another name
            # every word of the short form is in the name ("Tianque", not "Wuhan University", for "Wuhan Tianque Co.")
            hits = [c for c in clusters if c.label == "ORG" and any(
                _contains(self.core(f), core) and set(norm.split()) <= set(normalize(f).split()) for f in c.forms)]
            if len(hits) == 1 and len(norm) >= 3:
                return hits[0]
        if text.isupper() and len(text) >= 3:
            hits = [c for c in clusters if any(_initials(f).endswith(text) and len(_initials(f)) <= len(text) + 1
                                              for f in c.forms)]
            if len(hits) == 1:
                return hits[0]
        return None

    # -- further mentions -----------------------------------------------------------------
    def _find_more(self, doc: Doc, clusters: list[Cluster]) -> None:
        """Capitalized words the model left untagged (or mislabelled) that name a known entity."""
        taken = {i for c in clusters for s in c.spans for i in range(s.start, s.end)}
        dateline = dateline_end(doc_text(doc))  # ("ALMATY/AKTAU - ...": places, not "Aktau Oilfield Holding")
        if dateline is not None:
            opening = doc.char_span(0, dateline, alignment_mode="expand")
            taken |= {t.i for t in opening or () if t.is_upper}
        words = {w for c in clusters for f in c.forms for w in normalize(f).split()}
        i = 0
        while i < len(doc):
            if i in taken or not _name_like(doc[i]) or doc[i].ent_type_ in {"DATE", "CARDINAL", "MONEY", "PERCENT"} \
                    or normalize(doc[i].text) not in words:
                i += 1
                continue
            end = i
            while end < len(doc) and end not in taken and (_name_like(doc[end]) or _inner_hyphen(doc, end)):
                end += 1
            for length in range(min(end - i, 5), 0, -1):
                span = doc[i:i + length]
                if length == 1 and (_place_word(doc, i) or _modifier_place(doc, i, self.places)):
                    continue
                # (a name introduced before first: "Varyag" after "Varyag Security Group LLC", not the "Varyag
                # Levant SARL" named later; of several, the first introduced, as news names its lead company
                # first: "Qinghe" after "Qinghe Photonics Co., Ltd." and its unit "Qinghe Optical Co.")
                earlier = sorted((c for c in clusters if min(m.start for m in c.spans) < span.start),
                                 key=lambda c: min(m.start for m in c.spans))
                hits = self._strong_matches(span.text, earlier)
                cluster = hits[0] if hits else self._strong_match(span.text, clusters)
                if cluster is not None:
                    cluster.add(Span(doc, span.start, span.end, label=cluster.label))
                    taken.update(range(span.start, span.end))
                    i += length - 1
                    break
            i += 1

    def _strong_match(self, text: str, clusters: list[Cluster]) -> Cluster | None:
        hits = self._strong_matches(text, clusters)
        return hits[0] if len(hits) == 1 else None

    def _strong_matches(self, text: str, clusters: list[Cluster]) -> list[Cluster]:
        """The clusters a capitalized word run may name: the one with that exact form, else those with the same
        core, else those whose core contains a distinctive short form."""
        norm = normalize(text)
        if len(norm) < 2 or norm in self.strip_words:
            return []
        for c in clusters:
            if any(normalize(f) == norm for f in c.forms):
                return [c]
        core = self.core(text)
        hits = [c for c in clusters if c.label == "ORG" and any(
            self.core(f) == core and self._compatible(norm, normalize(f)) for f in c.forms)
            and not self._named_otherwise(norm, core, c)]
        if not hits and len(norm) >= 3 and norm not in self.generic_words and not self._has_legal_form(norm) and (
            text.isupper() or not text.istitle() or len(norm) >= 5
        ):
            # distinctive short forms ("KRB", "SkyPath") inside a longer name
            hits = [c for c in clusters if c.label == "ORG" and any(_contains(self.core(f), core) for f in c.forms)]
        return hits

    def _write(self, doc: Doc, clusters: list[Cluster], dropped: set[int]) -> None:
        entities = []
        new_ents: list[Span] = []
        for number, c in enumerate(sorted(clusters, key=lambda c: min(s.start for s in c.spans)), start=1):
            # the fullest form, preferring one with a legal form: "Blue Lagoon Trading FZE", not the
            # trade name it "operates under"
            name = c.canonical or max(c.forms, key=lambda f: (self._has_legal_form(normalize(f)),
                                                              len(f.split()), not f.isupper(), len(f)))
            spans = sorted(c.spans, key=lambda s: s.start)
            aliases = sorted({f for f in c.forms if f != name and normalize(f) != normalize(name)} |
                             {f for f in c.forms if f != name and c.canonical})
            entities.append({
                "id": f"E{number}", "label": c.label, "name": name, "aliases": aliases,
                "mentions": [{"start": s.start_char, "end": s.end_char, "text": s.text} for s in spans],
            })
            new_ents += [Span(doc, s.start, s.end, label=c.label, kb_id=name) for s in spans]
        others = [e for e in doc.ents if e.label_ not in LABELS and e.start not in dropped]
        covered = {i for n in new_ents for i in range(n.start, n.end)}  # (overlap read off token positions)
        doc.ents = filter_spans(new_ents + [e for e in others if not any(i in covered for i in range(e.start, e.end))])
        doc._.entities = entities


def _defined_mentions(doc: Doc, definitions: list[Definition], mentions: list[Span]
                      ) -> tuple[list[tuple[Span, Span]], list[tuple[Span, Span]], list[Span]]:
    """The short names and role mentions a filing defines, each with its named mention, and the
    mentions left to cluster: the model's own tags over a defined term are replaced, and a role
    defined for no organization ('US$18.6 million (the "Disposal")') is no mention at all."""
    shorts, roles = [], []
    for d in definitions:
        if d.name is None:
            continue
        if d.role:
            # (not '(hereinafter referred as "the enterprises")': all of a list)
            if d.term[-1].tag_ not in {"NNS", "NNPS"} and doc[d.name.start - 1].lower_ not in {"and", "or"}:
                roles += [(span, d.name) for span in role_mentions(doc, d.term)]
        else:
            shorts.append((Span(doc, d.term.start, d.term.end, label=d.name.label_), d.name))
    defined = {d.term.text for d in definitions if d.name is not None}
    void = {d.term.text for d in definitions if d.name is None and d.role} - defined
    taken = {i for span, _ in shorts + roles for i in range(span.start, span.end)} \
        | {i for d in definitions if d.role for i in range(d.term.start, d.term.end)}
    kept = [m for m in mentions if strip_the(m.text) not in void and not any(i in taken for i in range(m.start, m.end))]
    return shorts, roles, kept + [span for span, _ in shorts]


def _join_defined(clusters: list[Cluster], shorts: list[tuple[Span, Span]], roles: list[tuple[Span, Span]]) -> None:
    """Put a defined short name in its company's entity (with the mentions matched to it), and a
    role mention among the company's mentions, not its names."""
    owner = {(s.start, s.end): c for c in clusters for s in c.spans}
    for short, name in shorts:
        into, merged = owner.get((name.start, name.end)), owner.get((short.start, short.end))
        if into is not None and merged is not None and merged is not into \
                and not (into.canonical and merged.canonical):  # (two agencies of the gazetteer stay two)
            into.spans += merged.spans
            into.forms += merged.forms
            clusters.remove(merged)
            owner.update({(s.start, s.end): into for s in merged.spans})
    for role, name in roles:
        into = owner.get((name.start, name.end))
        if into is not None:
            into.spans.append(Span(role.doc, role.start, role.end, label=into.label))


def _place_word(doc: Doc, i: int) -> bool:
    """A word that names a place, not a company whose name starts with it: an address ("Address:
    Kambarka") or a place followed by its region ("Saratov, Russian Federation")."""
    if i >= 2 and doc[i - 1].text == ":" and doc[i - 2].lower_ in {"address", "location", "place"}:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].ent_type_ in {"GPE", "LOC"}


def _modifier_place(doc: Doc, i: int, places: set[str]) -> bool:
    """A place word describing a possessor's unit ("its Moscow trading arm"): no short form of a company
    named after the place ("Moscow Exchange")."""
    return normalize(doc[i].text) in places and i > 0 and doc[i - 1].lower_ in {"its", "their", "his", "her"} \
        and i + 1 < len(doc) and doc[i + 1].is_lower


def _previous_sentence_start(m: Span) -> int:
    sent = m.sent
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else 0


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return 0 < n < len(long) and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _initials(text: str) -> str:
    return "".join(w[0].upper() for w in normalize(text).split() if w not in _FUNCTION)


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a name: "Al-Nour"."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < len(doc) and _name_like(doc[i + 1])


def _name_like(token) -> bool:
    """Could be (part of) a name: capitalized, and not just because it opens a sentence."""
    if token.like_num and token.i > 0 and token.doc[token.i - 1].text[:1].isupper():
        return True  # "Polar Gas 3"
    if not token.text[:1].isupper() or token.is_punct:
        return False
    return not token.is_sent_start or token.pos_ in {"PROPN", "ADJ", "NOUN", "X", "ADV"} and not token.is_stop \
        or (token.is_upper and len(token) > 1) or not token.is_alpha  # ("En+ owns 48%", whatever its tag)



@Language.factory(
    "extractor_aliases",
    default_config={
        "rules": "org_rules.yaml",
        "markers": ["under the name", "also known as", "formerly known as", "a.k.a .", "a.k.a.", "aka",
                    "doing business as", "trading as", "trades as", "trades online as", "operates as",
                    "operating as", "known as", "formerly"],
    },
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.entities"],
)
def make_alias_resolver(nlp: Language, name: str, rules: str, markers: list[str]) -> AliasResolver:
    return AliasResolver(nlp, rules, markers)
