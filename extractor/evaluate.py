"""Gold validation and scoring of predicted records (RECORDS.md sections 6 and 7).

Everything here is a pure function over `Record`s, except the `cli_*` functions at the
bottom, which read files, print, and return the exit status for `extractor.cli`.

Scoring in one paragraph: per document, each predicted entity is paired with at most one
gold entity that shares a normalized name or alias. Action and ownership names are then
compared through those pairs, so a prediction that says "KRB" where the gold says
"SZ Tarnwick Robotics Co., Ltd." is right when either side lists the other form as an alias.
Actions, ownership rows and dates are matched as multisets of tuples; P/R/F1 follow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .corpus import read_articles
from .report import write_html
from .schema import Action, Article, DateMention, Entity, Ownership, Record, Span

GOLD_SUFFIXES = (".json", ".jsonl")
AREAS = ("entities", "actions", "actions_relaxed", "ownership", "dates", "dates_span")
MENTION_AREAS = ("mentions_strict", "mentions_partial")
MICRO_AREAS = ("entities", "actions", "ownership", "dates")


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a gold (or predicted) record, named well enough to fix it."""

    file: str
    doc_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.doc_id}: {self.field}: {self.message}"


class GoldError(ValueError):
    """Raised by `load_gold` when the gold cannot be used as it is."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def gold_files(path: Path, split: str | None = None) -> list[Path]:
    """The gold files under `path` (or `path` itself), limited to one split.

    The split is the first path component under the gold directory: `gold/dev/x.json`
    and `gold/dev.jsonl` are both in "dev". A file given directly is in the split named
    by its parent directory or its stem.
    """
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in GOLD_SUFFIXES
        )
        return [p for p in files if split is None or _split_of(p.relative_to(path)) == split]
    if split is None or split in (path.parent.name, path.stem):
        return [path]
    return []


def _split_of(relative: Path) -> str:
    first = relative.parts[0]
    return first if len(relative.parts) > 1 else Path(first).stem


def _json_objects(path: Path) -> Iterator[tuple[str, Any] | Problem]:
    """(where, parsed JSON) for the record of a .json file or each line of a .jsonl file."""
    where = str(path)
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield Problem(where, "-", "-", f"cannot read: {exc}")
        return
    if path.suffix.lower() == ".jsonl":
        chunks = [
            (f"{where}:{number}", line)
            for number, line in enumerate(content.splitlines(), start=1)
            if line.strip()
        ]
    else:
        chunks = [(where, content)]
    for place, chunk in chunks:
        try:
            yield place, json.loads(chunk)
        except json.JSONDecodeError as exc:
            yield Problem(place, "-", "-", f"not JSON: {exc.msg}")


def _parse_record(where: str, data: Any) -> Record | list[Problem]:
    """The record, or one problem per schema error (the field is pydantic's location)."""
    doc_id = data.get("doc_id") if isinstance(data, dict) else None
    doc = doc_id if isinstance(doc_id, str) and doc_id else "-"
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        return [
            Problem(where, doc, ".".join(str(p) for p in err["loc"]) or "-", err["msg"])
            for err in exc.errors()
        ]


def _unique_records(files: Iterable[Path]) -> Iterator[tuple[str, Record] | Problem]:
    """Every record of `files` with where it was read; problems for bad and duplicate ones.

    A duplicate doc_id is a problem and the first record wins.
    """
    seen: dict[str, str] = {}
    for path in files:
        for item in _json_objects(path):
            if isinstance(item, Problem):
                yield item
                continue
            where, data = item
            parsed = _parse_record(where, data)
            if isinstance(parsed, list):
                yield from parsed
            elif parsed.doc_id in seen:
                first = seen[parsed.doc_id]
                yield Problem(where, parsed.doc_id, "doc_id", f"duplicate: also in {first}")
            else:
                seen[parsed.doc_id] = where
                yield where, parsed


def load_gold(path: str | Path, split: str | None = None) -> dict[str, Record]:
    """Gold records by doc_id from a directory, a .json or a .jsonl file.

    Raises `GoldError` (naming file, doc and field) rather than scoring against a gold
    set that does not parse: a silently skipped record would inflate every score.
    """
    gold: dict[str, Record] = {}
    problems: list[Problem] = []
    for item in _unique_records(gold_files(Path(path), split)):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            gold[item[1].doc_id] = item[1]
    if problems:
        raise GoldError(problems)
    return gold


def read_predictions(path: Path) -> tuple[dict[str, Record], list[Problem]]:
    """Predicted records by doc_id; a malformed line is reported and skipped."""
    records: dict[str, Record] = {}
    problems: list[Problem] = []
    for item in _unique_records([path]):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            records[item[1].doc_id] = item[1]
    return records, problems


def corpus_articles(corpus_dir: Path) -> dict[str, Article]:
    """The corpus articles by doc_id (unreadable ones are the extractor's business, not ours)."""
    return {a.doc_id: a for a in read_articles([corpus_dir]) if isinstance(a, Article)}


# --------------------------------------------------------------------------- validation

_TIMEX_VALUE = re.compile(
    r"""\d{4}(
          -(0[1-9]|1[0-2])(-\d{2})?        # YYYY-MM, YYYY-MM-DD
        | -W(0[1-9]|[1-4]\d|5[0-3])        # ISO week
        | -Q[1-4] | -H[12]                 # quarter, half year
        | -(SP|SU|FA|WI)                   # season
      )?
    | \d{2,3}                              # century "19", decade "199"
    """,
    re.VERBOSE,
)


def is_timex_value(value: str) -> bool:
    """True for the TIMEX3 value forms of RECORDS.md section 5 (and real calendar days)."""
    if not _TIMEX_VALUE.fullmatch(value):
        return False
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def _offset_problem(start: int, end: int, quoted: str, text: str) -> str | None:
    if end < start:
        return f"end {end} is before start {start}"
    if end > len(text):
        return f"end {end} is beyond the text ({len(text)} characters)"
    if text[start:end] != quoted:
        return f"text[{start}:{end}] is {text[start:end]!r}, not {quoted!r}"
    return None


def check_record(record: Record, where: str, articles: dict[str, Article] | None) -> list[Problem]:
    """What is wrong in one schema-valid gold record beyond the schema (section 6).

    `articles` is the corpus; None skips the checks that need it (doc exists, offsets).
    """
    problems: list[Problem] = []

    def report(name: str, message: str) -> None:
        problems.append(Problem(where, record.doc_id, name, message))

    article = articles.get(record.doc_id) if articles is not None else None
    if articles is not None and article is None:
        report("doc_id", "not in the corpus")
    text = article.text if article is not None else None

    def check_span(name: str, span: Span | None) -> None:
        if span is not None and text is not None:
            message = _offset_problem(span.start, span.end, span.text, text)
            if message:
                report(name, message)

    def check_value(name: str, value: str | None) -> None:
        if value is not None and not is_timex_value(value):
            report(name, f"{value!r} is not a TIMEX3 value")

    ids: set[str] = set()
    owner_of_form: dict[str, Entity] = {}
    for i, entity in enumerate(record.entities):
        if entity.id in ids:
            report(f"entities.{i}.id", f"duplicate entity id {entity.id!r}")
        ids.add(entity.id)
        for form in sorted(name_forms(entity)):
            other = owner_of_form.setdefault(form, entity)
            if other is not entity:
                report(f"entities.{i}", f"{form!r} also names entity {other.id} ({other.name})")
        for j, mention in enumerate(entity.mentions):
            check_span(f"entities.{i}.mentions.{j}", mention)

    by_name = {entity.name: entity for entity in record.entities}

    def check_name(name: str, value: str | None) -> Entity | None:
        if value is None:
            return None
        if value not in by_name:
            report(name, f"{value!r} is not the name of an entity")
        return by_name.get(value)

    for i, action in enumerate(record.actions):
        agency = check_name(f"actions.{i}.agency", action.agency)
        if agency is not None and agency.label != "AGENCY":
            report(f"actions.{i}.agency", f"{agency.name!r} is labelled {agency.label}, not AGENCY")
        check_name(f"actions.{i}.target", action.target)
        check_value(f"actions.{i}.date.value", action.date.value if action.date else None)
        check_span(f"actions.{i}.evidence", action.evidence)
    for i, row in enumerate(record.ownership):
        check_name(f"ownership.{i}.owner", row.owner)
        check_name(f"ownership.{i}.owned", row.owned)
        check_span(f"ownership.{i}.evidence", row.evidence)
    for i, date in enumerate(record.dates):
        check_value(f"dates.{i}.value", date.value)
        if (date.start is None) != (date.end is None):
            report(f"dates.{i}", "start and end must be given together")
        elif date.start is not None and date.end is not None and text is not None:
            message = _offset_problem(date.start, date.end, date.text, text)
            if message:
                report(f"dates.{i}", message)
    return problems


def validate_gold(paths: Iterable[str | Path], corpus_dir: Path | None) -> list[Problem]:
    """Every problem of the gold files under `paths`, checked against the corpus if given."""
    articles = corpus_articles(corpus_dir) if corpus_dir is not None else None
    files = [f for p in paths for f in gold_files(Path(p))]
    problems: list[Problem] = []
    for item in _unique_records(files):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            problems += check_record(item[1], item[0], articles)
    return problems


# --------------------------------------------------------------------------- counting


@dataclass
class Counts:
    """True/false positives and false negatives of one area or type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class ErrorItem:
    """A false positive (predicted, not in gold) or false negative (in gold, missed)."""

    doc_id: str
    area: str
    kind: str  # "FP" or "FN"
    item: str
    evidence: str | None = None


@dataclass
class Evaluation:
    """Scores summed over documents; `score_document` makes one, `evaluate` sums them."""

    documents: int = 0
    mention_documents: int = 0
    missing_predictions: list[str] = field(default_factory=list)
    areas: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_type: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counts))
    )
    dates_matched: int = 0
    dates_value_ok: int = 0
    dates_value_mod_ok: int = 0
    errors: list[ErrorItem] = field(default_factory=list)

    def add(self, other: Evaluation) -> None:
        self.documents += other.documents
        self.mention_documents += other.mention_documents
        self.missing_predictions += other.missing_predictions
        for area, counts in other.areas.items():
            self.areas[area] += counts
        for group, types in other.per_type.items():
            for name, counts in types.items():
                self.per_type[group][name] += counts
        self.dates_matched += other.dates_matched
        self.dates_value_ok += other.dates_value_ok
        self.dates_value_mod_ok += other.dates_value_mod_ok
        self.errors += other.errors

    @property
    def micro(self) -> Counts:
        total = Counts()
        for area in MICRO_AREAS:
            total += self.areas[area]
        return total

    def area_names(self) -> list[str]:
        """The areas to report: mentions only when some gold document has them."""
        return list(AREAS) + (list(MENTION_AREAS) if self.mention_documents else [])

    @property
    def date_value_accuracy(self) -> float:
        return self.dates_value_ok / self.dates_matched if self.dates_matched else 0.0

    @property
    def date_value_mod_accuracy(self) -> float:
        return self.dates_value_mod_ok / self.dates_matched if self.dates_matched else 0.0


def _match(
    gold: Sequence[Hashable], pred: Sequence[Hashable]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Multiset matching: (gold, pred) pairs of equal keys, then unmatched gold and pred."""
    waiting: dict[Hashable, list[int]] = defaultdict(list)
    for gi, key in enumerate(gold):
        waiting[key].append(gi)
    pairs: list[tuple[int, int]] = []
    unmatched_pred: list[int] = []
    for pi, key in enumerate(pred):
        if waiting[key]:
            pairs.append((waiting[key].pop(0), pi))
        else:
            unmatched_pred.append(pi)
    matched_gold = {gi for gi, _ in pairs}
    return pairs, [gi for gi in range(len(gold)) if gi not in matched_gold], unmatched_pred


# --------------------------------------------------------------------------- names


def normalize_name(name: str) -> str:
    """The form names are compared in: case, punctuation, spacing, a leading "the" do not count."""
    kept = "".join(ch for ch in name.casefold() if not unicodedata.category(ch).startswith("P"))
    words = kept.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def name_forms(entity: Entity) -> set[str]:
    """The normalized name and aliases of an entity (empty forms dropped)."""
    return {normalize_name(n) for n in (entity.name, *entity.aliases)} - {""}


def align_entities(gold: Sequence[Entity], pred: Sequence[Entity]) -> dict[int, int]:
    """Pair predicted with gold entities one-to-one: {pred index: gold index}.

    Candidates share a normalized name or alias. The best pairs are taken first (same
    name, then same label, then most forms in common; ties go to the earlier entities),
    so a wrongly split or merged prediction costs one pair, not the whole cluster.
    """
    gold_forms = [name_forms(e) for e in gold]
    candidates = []
    for pi, p in enumerate(pred):
        p_forms = name_forms(p)
        for gi, g in enumerate(gold):
            shared = p_forms & gold_forms[gi]
            if shared:
                same_name = normalize_name(p.name) == normalize_name(g.name)
                candidates.append((-same_name, -(p.label == g.label), -len(shared), pi, gi))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for *_, pi, gi in sorted(candidates):
        if pi not in pairs and gi not in taken:
            pairs[pi] = gi
            taken.add(gi)
    return pairs


def _form_index(entities: Sequence[Entity]) -> dict[str, int]:
    """Normalized form -> index of the entity it names; a name beats another's alias."""
    index: dict[str, int] = {}
    for i, entity in enumerate(entities):
        index.setdefault(normalize_name(entity.name), i)
    for i, entity in enumerate(entities):
        for form in name_forms(entity):
            index.setdefault(form, i)
    return index


@dataclass
class NameKeys:
    """Turns action/ownership name strings of one document into comparable keys.

    A name stands for the entity of its own record that has it as name or alias, and a
    predicted entity stands for the gold entity it is aligned with. A predicted name
    that no predicted entity explains may still be a gold entity's name or alias; other
    names are compared by their normalized form.
    """

    gold: dict[str, int]
    pred: dict[str, int]
    alignment: dict[int, int]

    @classmethod
    def build(cls, gold: Record, pred: Record, alignment: dict[int, int]) -> NameKeys:
        return cls(_form_index(gold.entities), _form_index(pred.entities), alignment)

    def gold_key(self, name: str | None) -> Hashable:
        if name is None:
            return None
        form = normalize_name(name)
        return ("entity", self.gold[form]) if form in self.gold else ("name", form)

    def pred_key(self, name: str | None) -> Hashable:
        if name is None:
            return None
        form = normalize_name(name)
        if self.pred.get(form) in self.alignment:
            return ("entity", self.alignment[self.pred[form]])
        if form in self.gold:
            return ("entity", self.gold[form])
        return ("name", form)


# --------------------------------------------------------------------------- areas


def _action_key(action: Action, key: Callable[[str | None], Hashable], dated: bool) -> tuple:
    base = (action.type, action.lifted, key(action.agency), key(action.target))
    return (base + (action.date.value if action.date else None,)) if dated else base


def _ownership_key(row: Ownership, key: Callable[[str | None], Hashable]) -> tuple:
    return (key(row.owner), key(row.owned), round(row.percent, 2), row.status)


def _show_action(action: Action) -> str:
    date = action.date.value if action.date else None
    return (
        f"({action.type}, lifted={action.lifted}, agency={action.agency}, "
        f"target={action.target}, date={date})"
    )


def _show_ownership(row: Ownership) -> str:
    return f"({row.owner}, {row.owned}, {round(row.percent, 2):g}%, {row.status})"


def _show_date(date: DateMention) -> str:
    where = f" [{date.start}:{date.end}]" if date.start is not None else ""
    return f"{date.text!r}{where} value={date.value} mod={date.mod}"


def _evidence(item: Action | Ownership) -> str | None:
    return item.evidence.text if item.evidence else None


def _has_offsets(date: DateMention) -> bool:
    return date.start is not None and date.end is not None


def _same_text(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def align_dates(gold: Sequence[DateMention], pred: Sequence[DateMention]) -> list[tuple[int, int]]:
    """(gold, pred) index pairs whose spans match.

    Same offsets when both have them; otherwise (gold written without offsets) the same
    text, taken in order, so the second "Thursday" of the gold meets the second predicted.
    """
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    in_text_order = sorted(
        range(len(pred)), key=lambda i: (pred[i].start is None, pred[i].start or 0, i)
    )

    def same_span(g: DateMention, p: DateMention) -> bool:
        return _has_offsets(g) and _has_offsets(p) and (g.start, g.end) == (p.start, p.end)

    def same_text(g: DateMention, p: DateMention) -> bool:
        return not (_has_offsets(g) and _has_offsets(p)) and _same_text(g.text, p.text)

    for matches in (same_span, same_text):  # all offset matches first
        for gi, g in enumerate(gold):
            if gi in used_gold:
                continue
            free = (i for i in in_text_order if i not in used_pred and matches(g, pred[i]))
            pi = next(free, None)
            if pi is not None:
                pairs.append((gi, pi))
                used_gold.add(gi)
                used_pred.add(pi)
    return pairs


def _mention_spans(record: Record) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, e.label) for e in record.entities for m in e.mentions]


def _partial_matches(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]) -> int:
    """One-to-one pairs of overlapping spans with the same label."""
    used: set[int] = set()
    for g_start, g_end, label in gold:
        for pi, (p_start, p_end, p_label) in enumerate(pred):
            if pi not in used and p_label == label and p_start < g_end and g_start < p_end:
                used.add(pi)
                break
    return len(used)


def _counts(tp: int, n_gold: int, n_pred: int) -> Counts:
    return Counts(tp=tp, fp=n_pred - tp, fn=n_gold - tp)


def score_document(gold: Record, pred: Record | None) -> Evaluation:
    """Scores of one document; a missing prediction counts every gold item as missed."""
    doc = gold.doc_id
    result = Evaluation(documents=1, missing_predictions=[doc] if pred is None else [])
    pred = pred or Record(doc_id=doc)
    alignment = align_entities(gold.entities, pred.entities)

    def error(area: str, kind: str, item: str, evidence: str | None = None) -> None:
        result.errors.append(ErrorItem(doc, area, kind, item, evidence))

    # entities: a pair counts when aligned with the same label
    entity_counts = result.per_type["entities"]
    correct = {
        gi for pi, gi in alignment.items() if pred.entities[pi].label == gold.entities[gi].label
    }
    for pi, p in enumerate(pred.entities):
        if alignment.get(pi) in correct:
            entity_counts[p.label].tp += 1
        else:
            entity_counts[p.label].fp += 1
            error("entities", "FP", f"({p.label}, {p.name})")
    for gi, g in enumerate(gold.entities):
        if gi not in correct:
            entity_counts[g.label].fn += 1
            error("entities", "FN", f"({g.label}, {g.name})")
    result.areas["entities"] = _counts(len(correct), len(gold.entities), len(pred.entities))

    # mentions, only where the gold has them
    gold_spans = _mention_spans(gold)
    if gold_spans:
        pred_spans = _mention_spans(pred)
        result.mention_documents = 1
        strict, _, _ = _match(gold_spans, pred_spans)
        result.areas["mentions_strict"] = _counts(len(strict), len(gold_spans), len(pred_spans))
        partial = _partial_matches(gold_spans, pred_spans)
        result.areas["mentions_partial"] = _counts(partial, len(gold_spans), len(pred_spans))

    names = NameKeys.build(gold, pred, alignment)

    # actions, strict (with the date value) and relaxed
    for area, dated in (("actions", True), ("actions_relaxed", False)):
        pairs, missed, extra = _match(
            [_action_key(a, names.gold_key, dated) for a in gold.actions],
            [_action_key(a, names.pred_key, dated) for a in pred.actions],
        )
        result.areas[area] = _counts(len(pairs), len(gold.actions), len(pred.actions))
        if dated:
            type_counts = result.per_type["actions"]
            for _, pi in pairs:
                type_counts[pred.actions[pi].type].tp += 1
            for pi in extra:
                type_counts[pred.actions[pi].type].fp += 1
                error("actions", "FP", _show_action(pred.actions[pi]), _evidence(pred.actions[pi]))
            for gi in missed:
                type_counts[gold.actions[gi].type].fn += 1
                error("actions", "FN", _show_action(gold.actions[gi]), _evidence(gold.actions[gi]))

    # ownership
    pairs, missed, extra = _match(
        [_ownership_key(o, names.gold_key) for o in gold.ownership],
        [_ownership_key(o, names.pred_key) for o in pred.ownership],
    )
    result.areas["ownership"] = _counts(len(pairs), len(gold.ownership), len(pred.ownership))
    for pi in extra:
        error("ownership", "FP", _show_ownership(pred.ownership[pi]), _evidence(pred.ownership[pi]))
    for gi in missed:
        error("ownership", "FN", _show_ownership(gold.ownership[gi]), _evidence(gold.ownership[gi]))

    # dates: span match, then value and mod on the matched spans
    spans = align_dates(gold.dates, pred.dates)
    right = {
        (gi, pi)
        for gi, pi in spans
        if (gold.dates[gi].value, gold.dates[gi].mod) == (pred.dates[pi].value, pred.dates[pi].mod)
    }
    result.dates_matched = len(spans)
    result.dates_value_ok = sum(gold.dates[gi].value == pred.dates[pi].value for gi, pi in spans)
    result.dates_value_mod_ok = len(right)
    result.areas["dates_span"] = _counts(len(spans), len(gold.dates), len(pred.dates))
    result.areas["dates"] = _counts(len(right), len(gold.dates), len(pred.dates))
    span_matched_pred = {pi for _, pi in spans}
    span_matched_gold = {gi for gi, _ in spans}
    right_pred = {pi for _, pi in right}
    right_gold = {gi for gi, _ in right}
    for pi, date in enumerate(pred.dates):
        if pi not in right_pred:
            note = " (span matches gold)" if pi in span_matched_pred else ""
            error("dates", "FP", _show_date(date) + note)
    for gi, date in enumerate(gold.dates):
        if gi not in right_gold:
            note = " (span matches prediction)" if gi in span_matched_gold else ""
            error("dates", "FN", _show_date(date) + note)
    return result


def evaluate(gold: dict[str, Record], preds: dict[str, Record]) -> Evaluation:
    """Scores over the gold documents; predictions for other documents are ignored."""
    total = Evaluation()
    for doc_id in sorted(gold):
        total.add(score_document(gold[doc_id], preds.get(doc_id)))
    return total


# --------------------------------------------------------------------------- output


def evaluation_json(evaluation: Evaluation, with_errors: bool = False) -> dict[str, Any]:
    """The --json object: micro and one P/R/F1/count block per area, then the extras."""
    out: dict[str, Any] = {"micro": evaluation.micro.as_dict()}
    for area in evaluation.area_names():
        out[area] = evaluation.areas[area].as_dict()
    out["date_value_accuracy"] = round(evaluation.date_value_accuracy, 4)
    out["date_value_mod_accuracy"] = round(evaluation.date_value_mod_accuracy, 4)
    out["dates_matched"] = evaluation.dates_matched
    out["per_type"] = {
        group: {name: counts.as_dict() for name, counts in sorted(types.items())}
        for group, types in sorted(evaluation.per_type.items())
    }
    out["documents"] = evaluation.documents
    out["missing_predictions"] = evaluation.missing_predictions
    if with_errors:
        out["errors"] = [vars(e) for e in evaluation.errors]
    return out


def _row(name: str, counts: Counts) -> str:
    return (
        f"{name:<28}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
        f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
    )


def format_report(evaluation: Evaluation) -> str:
    """A plain-text table: one row per area, then per type, then the date accuracies."""
    header = f"{'area':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"
    lines = [f"{evaluation.documents} documents; micro = " + " + ".join(MICRO_AREAS), header]
    lines += [_row(area, evaluation.areas[area]) for area in evaluation.area_names()]
    lines.append(_row("micro", evaluation.micro))
    lines += ["", header.replace("area", "type", 1)]
    for group, types in sorted(evaluation.per_type.items()):
        lines += [_row(f"{group}/{name}", counts) for name, counts in sorted(types.items())]
    lines += [
        "",
        f"dates: {evaluation.dates_matched} matched spans, value accuracy "
        f"{evaluation.date_value_accuracy:.3f}, "
        f"value+mod accuracy {evaluation.date_value_mod_accuracy:.3f}",
    ]
    if evaluation.missing_predictions:
        lines.append("no prediction for: " + ", ".join(evaluation.missing_predictions))
    return "\n".join(lines)


def format_errors(errors: Iterable[ErrorItem]) -> str:
    """One line per false positive / negative, with its evidence when there is some."""
    lines = []
    for e in errors:
        line = f"{e.doc_id}\t{e.area}\t{e.kind}\t{e.item}"
        lines.append(line + (f"\n\tevidence: {e.evidence!r}" if e.evidence else ""))
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def cli_validate(args: argparse.Namespace) -> int:
    """`extractor gold validate GOLD... [--corpus DIR]`: 0 when clean, 1 with problems."""
    if not args.corpus.is_dir():
        print(f"extractor: no corpus directory {args.corpus}", file=sys.stderr)
        return 2
    files = [f for p in args.gold for f in gold_files(p)]
    if not files:
        print("extractor: no gold files found", file=sys.stderr)
        return 2
    problems = validate_gold(args.gold, args.corpus)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(files)} gold file(s)")
        return 1
    print(f"{len(files)} gold file(s): no problems")
    return 0


def cli_evaluate(args: argparse.Namespace) -> int:
    """`extractor evaluate`: validate the gold, score the predictions, print and check."""
    files = gold_files(args.gold, args.split)
    if not files:
        print(f"extractor: no gold files in {args.gold} (split {args.split})", file=sys.stderr)
        return 2
    if not args.pred.is_file():
        print(f"extractor: no predictions file {args.pred}", file=sys.stderr)
        return 2
    corpus = args.corpus if args.corpus.is_dir() else None
    if corpus is None:
        print(f"extractor: no corpus directory {args.corpus}: offsets not checked", file=sys.stderr)
    problems = validate_gold(files, corpus)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"extractor: gold refused: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    gold = load_gold(args.gold, args.split)
    preds, bad_lines = read_predictions(args.pred)
    for problem in bad_lines:
        print(f"extractor: skipped {problem}", file=sys.stderr)
    evaluation = evaluate(gold, preds)

    if args.json:
        print(json.dumps(evaluation_json(evaluation, with_errors=args.errors)))
    else:
        print(format_report(evaluation))
        if args.errors:
            print("\nerrors (FP: predicted, not in gold; FN: in gold, not predicted)")
            print(format_errors(evaluation.errors))
    if args.html:
        texts = {doc_id: a.text for doc_id, a in corpus_articles(corpus).items()} if corpus else {}
        write_html(args.html, evaluation, gold, preds, texts)
        print(f"extractor: wrote {args.html}", file=sys.stderr)
    if args.min_f1 is not None and evaluation.micro.f1 < args.min_f1:
        message = f"micro F1 {evaluation.micro.f1:.4f} is below {args.min_f1}"
        print(f"extractor: {message}", file=sys.stderr)
        return 1
    return 0
