"""Shareholder tables of filings and annual reports, written as text rows:

    Name of shareholder | Number of shares | Approximate % of issued shares
    Victoria Peak Holdings Limited (Note 1) | 612,000,000 | 51.00%

A row whose holder cell names an organization states a current stake in the company the table is
of: the one the lines above the table name ("the shareholders of the Company holding 5% or more",
"Shareholder structure of Y"),
else the filing's own company, the one it calls "the Company" (see `definitions.py`). A table of
subsidiaries ("Name of subsidiary | Place of incorporation | Effective interest held") turns it
round: the company holds the stake in each row's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..spans import doc_text
from .model import Claim, Context, Percent

HOLDER_HEADER = re.compile(r"\b(?:share)?holders?\b|\bname\b|\bowners?\b", re.IGNORECASE)
PERCENT_HEADER = re.compile(r"%|\bpercent|\binterest held\b|\bequity interest\b|\beffective interest\b|"
                            r"\bshare of (?:the )?capital\b|\bstake\b|\bshareholding\b", re.IGNORECASE)
#: A table of the filer's holdings ("Name of subsidiary | Place of incorporation | Effective interest held"),
#: not of its holders: the row names the owned company.
HOLDINGS = re.compile(r"\bsubsidiar(?:y|ies)\b|\bassociates?\b|\binvestees?\b|\bjoint ventures?\b", re.IGNORECASE)
VALUE = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%?$")
SHORT = re.compile(r"\(S\)")


def table_claims(doc: Doc, ctx: Context) -> list[tuple[Claim, Span]]:
    """The stakes of each shareholder table in the Doc, each with its row (the evidence)."""
    text = doc_text(doc)
    if "|" not in text:
        return []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    found = []
    for n, (start, line) in enumerate(lines):
        header = line.split("|")
        holder_col = next((i for i, cell in enumerate(header) if HOLDER_HEADER.search(cell)), None)
        percent_cols = [i for i, cell in enumerate(header) if PERCENT_HEADER.search(cell)
                        and not any(c.isdigit() for c in cell) and i != holder_col]
        if len(header) < 2 or holder_col is None or not percent_cols:
            continue
        above = lines[max(n - 3, 0):n]
        holdings = HOLDINGS.search(header[holder_col]) or any(HOLDINGS.search(text) for _, text in above)
        company = _table_company(doc, ctx, above) or _filing_company(doc, ctx)
        for row_start, row in lines[n + 1:]:
            cells = row.split("|")
            if len(cells) != len(header):
                break
            if any(SHORT.search(c) for c in cells):
                continue  # a short position ("50,000,000 (S)") is no stake
            percent_col = next((i for i in percent_cols if VALUE.match(cells[i].strip())), percent_cols[0])
            value = VALUE.match(cells[percent_col].strip())
            cell_start = row_start + sum(len(c) + 1 for c in cells[:holder_col])
            named = _holder_in(doc, ctx, cell_start, cell_start + len(cells[holder_col]))
            holder, owned = (company, named) if holdings else (named, company)
            if value is None or holder is None or owned is None or holder == owned:
                continue
            number = float(value.group(1).replace(",", "."))
            value_start = row_start + sum(len(c) + 1 for c in cells[:percent_col]) + cells[percent_col].index(value.group(1))
            anchor = doc.char_span(value_start, value_start + len(value.group(1)), alignment_mode="expand")
            evidence = doc.char_span(row_start, row_start + len(row), alignment_mode="expand")
            if 0 < number <= 100 and anchor is not None and evidence is not None:
                rule = "holdings_table" if holdings else "shareholder_table"
                found.append((Claim(Percent(number, anchor.root, anchor.start), rule, holder, owned), evidence))
    return found


def _holder_in(doc: Doc, ctx: Context, start: int, end: int) -> str | None:
    """The organization a table cell names (not a person)."""
    cell = doc.char_span(start, end, alignment_mode="contract")
    if cell is None:
        return None
    return next((ctx.names[e.start] for e in cell.ents if e.label_ == "ORG" and e.start in ctx.names), None)


def _table_company(doc: Doc, ctx: Context, before: list[tuple[int, str]]) -> str | None:
    """The company the lines above a table name as having the holders: "the shareholders of the
    Company holding 5% or more ... are as follows:", "interests in the shares of X"."""
    if not before:
        return None
    span = doc.char_span(before[0][0], before[-1][0] + len(before[-1][1]), alignment_mode="expand")
    for tok in span if span is not None else ():
        if (HOLDER_HEADER.fullmatch(tok.lower_) or tok.lower_ in {"shares", "capital", "structure"}
                or HOLDINGS.fullmatch(tok.text)) and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            # (also "interests ... in the shares of X (the "Company")", "principal subsidiaries of X")
            name = next((ctx.names[t.i] for t in doc[tok.i + 2:tok.i + 5] if t.i in ctx.names), None)
            if name is not None:
                return name
    return None


def _filing_company(doc: Doc, ctx: Context) -> str | None:
    """The company a filing calls "the Company"."""
    return next((ctx.names[t.i] for t in doc if t.text == "Company" and t.i in ctx.names
                 and doc[t.i - 1].lower_ == "the"), None)
