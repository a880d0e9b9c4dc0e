"""The model's attribute ruler (POS, morphology and lemma exceptions), same results, faster.

spaCy's `AttributeRuler` runs a Matcher with all of en_core_web_sm's ~180 one-token patterns
over every token, which costs as much as all our rule components together. Most of those
patterns only read the tag (the tag map): they are applied by a table lookup here. The rest
(word-specific exceptions) run as a `CuedMatcher` near the words they name, and the few that
name no word run as a plain Matcher. Matches are then sorted and applied exactly as the parent
class does, so the annotations are identical (tests/test_attributes.py compares them).
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .spans import CuedMatcher, cue_of


class TableAttributeRuler(AttributeRuler):
    """An `AttributeRuler` whose `match` reads tag-only patterns from a table."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        super().__init__(vocab, name)
        self._split: tuple | None = None

    def add(self, patterns, attrs, index: int = 0) -> None:  # type: ignore[override]
        super().add(patterns, attrs, index)
        self._split = None  # rebuilt on the next call

    def clear(self) -> None:
        super().clear()
        self._split = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        by_tag, cued, plain = self._split or self._build()
        matches = [(attr_id, match_id, i, i + 1)
                   for i, tag in enumerate(doc.to_array(TAG).tolist()) for attr_id, match_id in by_tag.get(tag, ())]
        found = cued(doc) if cued is not None else []
        found += plain(doc, allow_missing=True) if len(plain) else []
        matches += [(int(self.vocab.strings[match_id]), match_id, s, e) for match_id, s, e in found]
        matches.sort()  # later rules win, as in AttributeRuler.match
        return matches

    def _build(self) -> tuple:
        by_tag: dict[int, list[tuple[int, int]]] = {}
        worded: dict[str, list] = {}
        plain = Matcher(self.vocab)
        for attr_id in range(len(self.attrs)):
            key = str(attr_id)
            match_id = self.vocab.strings.add(key)
            for pattern in self.matcher.get(match_id)[1]:
                tags = _tags_only(pattern)
                if tags is not None:
                    for tag in tags:
                        by_tag.setdefault(self.vocab.strings.add(tag), []).append((attr_id, match_id))
                elif all(spec.get("OP") in (None, "!") for spec in pattern) and any(cue_of(s) for s in pattern):
                    worded.setdefault(key, []).append(pattern)
                else:
                    plain.add(key, [pattern])
        cued = CuedMatcher(self.vocab, worded, windows=True) if worded else None
        self._split = (by_tag, cued, plain)
        return self._split


def _tags_only(pattern: list[dict]) -> list[str] | None:
    """The tags of a one-token pattern that tests nothing but the tag, else None."""
    if len(pattern) != 1 or set(pattern[0]) != {"TAG"}:
        return None
    tag = pattern[0]["TAG"]
    if isinstance(tag, str):
        return [tag]
    return list(tag["IN"]) if isinstance(tag, dict) and set(tag) == {"IN"} else None


@Language.factory("extractor_attribute_ruler")
def make_table_attribute_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name)


def replace_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for the table version, with the same patterns."""
    patterns = nlp.get_pipe("attribute_ruler").patterns
    ruler = nlp.replace_pipe("attribute_ruler", "extractor_attribute_ruler")  # keeps the name
    ruler.add_patterns(patterns)
