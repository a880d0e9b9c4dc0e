"""Command line: a thin layer over the library's functions.

    extractor extract INPUT... -o OUT.jsonl [--errors ERRORS.jsonl] [--published YYYY-MM-DD]
    extractor schema
    extractor gold validate GOLD
    extractor evaluate --gold GOLD --pred PRED.jsonl [--split dev|test] [--errors] [--json] [--min-f1 X] [--html REPORT.html]
    extractor load RECORDS.jsonl... [--db URL]

Exit status: 0 success, 1 some input failed (or a check failed), 2 usage error or no input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from .schema import Record


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _processes(value: str) -> int:
    if value in ("0", "auto"):
        return os.cpu_count() or 1
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import expand_inputs
    from .extract import run_extract

    if not any(path.exists() for path in expand_inputs(args.inputs)):
        print("extractor: no input articles found", file=sys.stderr)
        return 2
    errors = args.errors or args.output.with_name(args.output.stem + ".errors.jsonl")
    summary = run_extract(
        args.inputs,
        args.output,
        errors,
        published=args.published,
        n_process=args.n_process,
        batch_size=args.batch_size,
        resume=args.resume,
        max_chars=args.max_chars,
        progress=not args.quiet,
    )
    for err in summary.error_list[:20]:
        where = err.source + (f":{err.line}" if err.line else "")
        print(f"extractor: {where}: {err.doc_id or '-'}: {err.error}", file=sys.stderr)
    if summary.errors > 20:
        print(f"extractor: ... {summary.errors - 20} more in {errors}", file=sys.stderr)
    print(f"extractor: {summary.line()}", file=sys.stderr)
    if args.db:
        from .db import load_records_file

        load_records_file([args.output], args.db)
    return 1 if summary.errors else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Record.model_json_schema(), indent=2))
    return 0


def cmd_gold_validate(args: argparse.Namespace) -> int:
    from .evaluate import cli_validate

    return cli_validate(args)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import cli_evaluate

    return cli_evaluate(args)


def cmd_load(args: argparse.Namespace) -> int:
    from .db import cli_load

    return cli_load(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from articles")
    p.add_argument("inputs", nargs="+", help=".txt/.json/.jsonl files or directories")
    p.add_argument("-o", "--output", type=Path, required=True, help="records JSONL")
    p.add_argument("--errors", type=Path, help="errors JSONL (default: OUT.errors.jsonl)")
    p.add_argument("--published", type=_date, help="publication date for articles without one")
    p.add_argument("--n-process", type=_processes, default=1, help="worker processes (0 or auto: all cores; default 1)")
    p.add_argument("--batch-size", type=_positive, default=32, help="articles per spaCy batch (default 32)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run: keep the articles OUT.partial already has")
    p.add_argument("--max-chars", type=_positive, default=1_000_000, help="refuse longer articles (default 1,000,000)")
    p.add_argument("--quiet", action="store_true", help="no progress bar (the summary line is always printed)")
    p.add_argument("--db", help="also load the records into this database URL")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("schema", help="print the record's JSON Schema")
    p.set_defaults(func=cmd_schema)

    gold = sub.add_parser("gold", help="gold-set tools").add_subparsers(dest="gold_command", required=True)
    p = gold.add_parser("validate", help="check gold files against the schema and the corpus")
    p.add_argument("gold", type=Path, nargs="+", help="gold files or directories")
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory")
    p.set_defaults(func=cmd_gold_validate)

    p = sub.add_parser("evaluate", help="score predictions against gold")
    p.add_argument("--gold", type=Path, required=True)
    p.add_argument("--pred", type=Path, required=True)
    p.add_argument("--split", choices=["dev", "test"])
    p.add_argument("--errors", action="store_true", help="list every false positive and negative")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--min-f1", type=float, help="exit 1 when micro F1 is below this")
    p.add_argument("--html", type=Path, help="write a review page")
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (for --html)")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("load", help="load records into a database")
    p.add_argument("records", type=Path, nargs="+")
    p.add_argument("--db", default="sqlite:///output/records.db", help="SQLAlchemy URL")
    p.set_defaults(func=cmd_load)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
