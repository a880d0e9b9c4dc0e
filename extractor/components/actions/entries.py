"""The entries of a notice's annex as stated facts (gold decision 19). An entry is a block of lines
opened by a name ("6. Name 6: X LLC" / "a.k.a: ..." / "Date designated: 24/03/2022 Last Updated:
17/07/2023"); its fields date the entry's own listing, and the heading it stands under
("AMENDMENTS", "REMOVAL") says whether the notice amends or removes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..spans import doc_text
from .dates import as_date
from .model import row


@dataclass
class Entry:
    """One entry: its name, its block of text (to the next blank line or entry) and its section."""

    name: str
    start: int
    end: int
    section: str | None


def _field_pattern(labels: list[str]) -> re.Pattern:
    """A field label right before a date: "Date designated: ", "UK Sanctions List Date Designated: "."""
    return re.compile(r"\b(?:" + "|".join(re.escape(lab) for lab in labels) + r")\s*:?\s*$", re.IGNORECASE)


class EntryFields:
    """Reads the fields and sections of entries (`entry_fields`, `entry_sections` in actions.yaml)."""

    def __init__(self, fields: dict[str, list[str]], sections: dict[str, list[str]]) -> None:
        self.fields = {kind: _field_pattern(labels) for kind, labels in fields.items()}
        self.sections = {word.lower(): kind for kind, words in sections.items() for word in words}

    def opened(self, doc: Doc, name: str, sent: Span, entries: list[Entry]) -> Entry:
        """The entry a line opens; it ends the one before."""
        text = doc_text(doc)
        start = sent.start_char
        end = text.find("\n\n", start)
        previous = entries[-1] if entries else None
        if previous is not None and previous.end > start:
            previous.end = start
        # (the heading between the last entry and this one; none: the last entry's section goes on)
        section = self._section(text[previous.start if previous else max(0, start - 1500):start])
        if section is None and previous is not None:
            section = previous.section
        entry = Entry(name, start, len(text) if end < 0 else end, section)
        entries.append(entry)
        return entry

    def _section(self, text: str) -> str | None:
        """The kind of the last heading line of `text` that names one (a line of at most four words,
        no digits, no colon: "AMENDMENTS", "Removed entry")."""
        for line in reversed(text.split("\n")[-12:]):
            words = re.findall(r"[A-Za-z]+", line)
            if any(c.isdigit() for c in line) or len(words) > 4 or ":" in line:
                continue
            kind = next((self.sections[w.lower()] for w in words if w.lower() in self.sections), None)
            if kind is not None:
                return kind
        return None

    def rows(self, doc: Doc, entries: list[Entry], rows: list[dict], dates: list[Span], default_type: str) -> list[dict]:
        """The facts an entry's fields state that no sentence told: its listing on the day its
        "Date designated" field gives; an amended entry's listing stands on the day it was updated;
        a removed entry is lifted (on the day its block names outside the fields, else undated)."""
        text = doc_text(doc)
        found = []
        for entry in entries:
            own = [r for r in rows if r["target"] == entry.name]
            atype = own[0]["type"] if own else default_type
            told = {(r["date"] or {}).get("value") for r in own if not r["lifted"]}
            block = [d for d in dates if entry.start <= d.start_char < entry.end]
            fields: dict[str, Span] = {}
            in_fields = set()
            for date in block:
                before = text[max(entry.start, date.start_char - 40):date.start_char]
                kind = next((k for k, pattern in self.fields.items() if pattern.search(before)), None)
                if kind is not None:
                    fields.setdefault(kind, date)
                    in_fields.add(date.start)
            body = text[entry.start:entry.end].strip()
            evidence = {"start": entry.start, "end": entry.start + len(body), "text": body}
            for kind in ["listed", "updated"] if entry.section == "amended" else ["listed"]:
                span = fields.get(kind)
                if span is not None and span._.timex_value not in told:
                    told.add(span._.timex_value)
                    found.append(row(atype, None, entry.name, as_date(span), False, evidence, "entry_field"))
            if entry.section == "removed" and not any(r["lifted"] for r in own):
                other = [d for d in block if d.start not in in_fields]
                found.append(row(atype, None, entry.name, as_date(other[0]) if other else None, True, evidence,
                                 "entry_field"))
        return found
