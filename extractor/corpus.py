"""Reading articles lazily from files and directories, and writing JSONL atomically.

Bad input never stops a batch: each problem becomes an `InputError` in the stream, next
to the good articles, in input order.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import datetime as dt

from pydantic import ValidationError

from .schema import Article, InputError

SUFFIXES = (".txt", ".json", ".jsonl")


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the article files below each directory, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            yield path


def _first_reason(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


def _article(
    data: Any, source: str, line: int | None, published: dt.date | None
) -> Article | InputError:
    if not isinstance(data, dict):
        return InputError(source=source, line=line, error="not a JSON object")
    if published is not None and data.get("published") is None:
        data = {**data, "published": published}
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        doc_id = data.get("doc_id") if isinstance(data.get("doc_id"), str) else None
        return InputError(source=source, line=line, doc_id=doc_id, error=_first_reason(exc))


#: Bytes inspected for NUL bytes to recognise a binary file.
SNIFF = 8192


def _decode(raw: bytes, source: str, line: int | None) -> str | InputError:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(source=source, line=line, error=f"not UTF-8 (byte {exc.start})")


def _read_jsonl(path: Path, published: dt.date | None) -> Iterator[tuple[int | None, Article | InputError]]:
    """One article per line, read line by line: a bad line costs only that line."""
    source = str(path)
    with open(path, "rb") as fh:
        if b"\x00" in fh.read(SNIFF):
            yield None, InputError(source=source, error="binary file")
            return
        fh.seek(0)
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            text = _decode(raw, source, number)
            if isinstance(text, InputError):
                yield number, text
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                yield number, InputError(source=source, line=number, error=f"not JSON: {exc.msg}")
                continue
            yield number, _article(data, source, number, published)


def _read_file(path: Path, published: dt.date | None) -> Iterator[tuple[int | None, Article | InputError]]:
    """The articles of one file, each with its line number (JSONL only)."""
    source = str(path)
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, published)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield None, InputError(source=source, error=f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in raw[:SNIFF]:
        yield None, InputError(source=source, error="binary file")
        return
    content = _decode(raw, source, None)
    if isinstance(content, InputError):
        yield None, content
    elif path.suffix.lower() == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            yield None, InputError(source=source, line=exc.lineno, error=f"not JSON: {exc.msg}")
            return
        yield None, _article(data, source, None, published)
    else:  # plain text: the file's stem is the doc_id
        yield None, _article({"doc_id": path.stem, "text": content}, source, None, published)


def read_articles(
    paths: Iterable[str | Path],
    published: dt.date | None = None,
    max_chars: int | None = None,
) -> Iterator[Article | InputError]:
    """Yield every article (or the error that replaced it) from `paths`, lazily.

    `published` fills articles that have none (plain `.txt` files). Duplicate doc_ids:
    the first one wins. Articles longer than `max_chars` are refused.
    """
    seen: set[str] = set()
    for path in expand_inputs(paths):
        if not path.exists():
            yield InputError(source=str(path), error="no such file or directory")
            continue
        for line, item in _read_file(path, published):
            if isinstance(item, Article):
                if item.doc_id in seen:
                    item = InputError(
                        source=str(path), line=line, doc_id=item.doc_id,
                        error="duplicate doc_id (the first one was kept)",
                    )
                elif max_chars is not None and len(item.text) > max_chars:
                    item = InputError(
                        source=str(path), line=line, doc_id=item.doc_id,
                        error=f"text has {len(item.text):,} characters, over --max-chars {max_chars:,}",
                    )
                else:
                    seen.add(item.doc_id)
            yield item


class AtomicJsonl:
    """Write JSON lines to `<path>.partial`, renamed onto `path` only when complete.

    A crash leaves `path` untouched (the old file or none). With `resume=True` the lines
    already in the partial file are kept (a torn last line is cut off) and
    `done_ids` tells which doc_ids need no work.
    """

    def __init__(self, path: str | Path, resume: bool = False, key: str = "doc_id") -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.done_ids: set[str] = set()
        if resume:
            self._recover(key)
            self._fh: IO[str] = open(self.partial, "a", encoding="utf-8")
        else:
            self._fh = open(self.partial, "w", encoding="utf-8")

    def _recover(self, key: str) -> None:
        """Keep the complete lines of an interrupted run (partial file, else finished file).

        Copied line by line (memory does not grow with the file) and cut at the first
        torn or unreadable line.
        """
        source = self.partial if self.partial.exists() else self.path
        if not source.exists():
            return
        kept = self.path.with_name(self.path.name + ".recovered")
        with open(source, "rb") as fh, open(kept, "wb") as out:
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # torn by the interruption
                try:
                    value = json.loads(line).get(key)
                except (ValueError, AttributeError):  # not JSON, not UTF-8, not an object
                    break
                if value is not None:
                    self.done_ids.add(str(value))
                out.write(line)
        os.replace(kept, self.partial)

    def write(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def flush(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def commit(self) -> None:
        """Finish: make the file durable and move it into place."""
        self.flush()
        self._fh.close()
        os.replace(self.partial, self.path)

    def __enter__(self) -> AtomicJsonl:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:  # keep the partial file for --resume; never touch the finished file
            self._fh.close()
