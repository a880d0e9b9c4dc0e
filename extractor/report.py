"""The review page of `extractor evaluate --html`: errors read in context, in one file.

Per article: the text twice, side by side, with the gold and the predicted entity and
date spans marked as displaCy marks them; then gold vs predicted actions and ownership,
and the article's false positives and negatives. The page has no external assets, so it
can be mailed or attached to a CI run as it is.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .schema import Record

if TYPE_CHECKING:
    from .evaluate import ErrorItem, Evaluation

Mark = tuple[int, int, str, str]  # start, end, label, tooltip

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
.columns { display: flex; gap: 2em; }
.columns > div { flex: 1; min-width: 0; }
.text { white-space: pre-wrap; line-height: 2.4; border: 1px solid #ddd; padding: 1em; }
mark { padding: 0.2em 0.35em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1; }
mark .tag { font-size: 0.6em; font-weight: bold; margin-left: 0.4em; text-transform: uppercase; }
mark.AGENCY { background: #7aecec; }
mark.ORG { background: #feca74; }
mark.DATE { background: #bfe1d9; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
.FP { color: #b00; } .FN { color: #06b; }
"""


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Every whole-word occurrence of the phrases: how gold without offsets is shown."""
    spans: list[tuple[int, int]] = []
    for phrase in sorted({p for p in phrases if p.strip()}):
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def record_marks(record: Record, text: str) -> list[Mark]:
    """The entity and date spans of a record: its offsets, else where its names occur."""
    marks: list[Mark] = []
    for entity in record.entities:
        spans = [(m.start, m.end) for m in entity.mentions] or phrase_spans(
            text, [entity.name, *entity.aliases]
        )
        title = f"{entity.id} {entity.label}: {entity.name}"
        marks += [(start, end, entity.label, title) for start, end in spans]
    for date in record.dates:
        if date.start is not None and date.end is not None:
            spans = [(date.start, date.end)]
        else:
            spans = phrase_spans(text, [date.text])
        title = f"DATE {date.value} {date.mod or ''}".strip()
        marks += [(start, end, "DATE", title) for start, end in spans]
    return marks


def mark_text(text: str, marks: Iterable[Mark]) -> str:
    """Escaped HTML of `text` with non-overlapping marks (the earliest, then longest, wins)."""
    out: list[str] = []
    pos = 0
    for start, end, label, title in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < pos or start >= end or end > len(text):
            continue
        label_html = html.escape(label)
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<mark class="{label_html}" title="{html.escape(title)}">'
            f'{html.escape(text[start:end])}<span class="tag">{label_html}</span></mark>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _table(headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _actions_table(record: Record | None) -> str:
    rows: list[list[object]] = [
        [a.type, a.lifted, a.agency or "", a.target, a.date.value if a.date else "",
         a.evidence.text if a.evidence else ""]
        for a in (record.actions if record else [])
    ]
    return _table(["type", "lifted", "agency", "target", "date", "evidence"], rows)


def _ownership_table(record: Record | None) -> str:
    rows: list[list[object]] = [
        [o.owner, o.owned, f"{o.percent:g}", o.status, o.via_subsidiary,
         o.evidence.text if o.evidence else ""]
        for o in (record.ownership if record else [])
    ]
    return _table(["owner", "owned", "%", "status", "via subsidiary", "evidence"], rows)


def _side_by_side(left_title: str, left: str, right_title: str, right: str) -> str:
    return (
        f'<div class="columns"><div><h4>{html.escape(left_title)}</h4>{left}</div>'
        f"<div><h4>{html.escape(right_title)}</h4>{right}</div></div>"
    )


def _errors_list(errors: list[ErrorItem]) -> str:
    if not errors:
        return "<p>No errors.</p>"
    items = []
    for e in errors:
        evidence = f"<br><i>{html.escape(e.evidence)}</i>" if e.evidence else ""
        items.append(
            f'<li class="{e.kind}"><b>{e.kind}</b> {html.escape(e.area)}: '
            f"{html.escape(e.item)}{evidence}</li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def _article(
    doc_id: str, gold: Record, pred: Record | None, text: str | None, errors: list[ErrorItem]
) -> str:
    if text is None:
        texts = "<p>Article text not found in the corpus.</p>"
    else:
        gold_text = f'<div class="text">{mark_text(text, record_marks(gold, text))}</div>'
        pred_text = (
            f'<div class="text">{mark_text(text, record_marks(pred, text))}</div>'
            if pred
            else "<p>No prediction for this article.</p>"
        )
        texts = _side_by_side("gold", gold_text, "predicted", pred_text)
    return (
        f'<section id="{html.escape(doc_id)}"><h2>{html.escape(doc_id)}</h2>{texts}'
        f"<h3>Actions</h3>"
        f"{_side_by_side('gold', _actions_table(gold), 'predicted', _actions_table(pred))}"
        f"<h3>Ownership</h3>"
        f"{_side_by_side('gold', _ownership_table(gold), 'predicted', _ownership_table(pred))}"
        f"<h3>Errors</h3>{_errors_list(errors)}</section>"
    )


def render_html(
    evaluation: Evaluation,
    gold: dict[str, Record],
    preds: dict[str, Record],
    texts: dict[str, str],
) -> str:
    """The whole page: the score table, an index of articles, then one section each."""
    scores = _table(
        ["area", "P", "R", "F1", "TP", "FP", "FN"],
        [
            [name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", c.tp, c.fp, c.fn]
            for name, c in [(a, evaluation.areas[a]) for a in evaluation.area_names()]
            + [("micro", evaluation.micro)]
        ],
    )
    errors_by_doc: dict[str, list[ErrorItem]] = defaultdict(list)
    for error in evaluation.errors:
        errors_by_doc[error.doc_id].append(error)
    index = "".join(
        f'<li><a href="#{html.escape(doc_id)}">{html.escape(doc_id)}</a> '
        f"({len(errors_by_doc[doc_id])} errors)</li>"
        for doc_id in sorted(gold)
    )
    articles = "".join(
        _article(doc_id, gold[doc_id], preds.get(doc_id), texts.get(doc_id), errors_by_doc[doc_id])
        for doc_id in sorted(gold)
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Extractor evaluation</title><style>{STYLE}</style></head><body>"
        f"<h1>Extractor evaluation</h1>{scores}<ul>{index}</ul>{articles}</body></html>"
    )


def write_html(
    path: Path,
    evaluation: Evaluation,
    gold: dict[str, Record],
    preds: dict[str, Record],
    texts: dict[str, str],
) -> None:
    """Write the review page to `path` (its directory is created when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(evaluation, gold, preds, texts), encoding="utf-8")
