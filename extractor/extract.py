"""The batch job: articles in, records and errors out, streaming and restartable.

Memory stays flat however many articles go through:

- articles are read lazily (`read_articles`) and records written as they come
  (`AtomicJsonl`); only the few batches in flight are held;
- every `CHUNK` articles run inside one `nlp.memory_zone()`, so the strings the texts
  add to the vocabulary are freed at the end of the chunk;
- with `n_process > 1`, spaCy's worker processes live for one chunk too (one
  `nlp.pipe` call per chunk): whatever a worker accumulates is dropped with it.
  Workers send each Doc back as bytes; what our components store on it (`doc._`, span
  groups, `span._` values) must therefore be plain data, which `doc_to_record` then
  reads in the parent.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import deque
from contextlib import nullcontext
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .corpus import AtomicJsonl, expand_inputs, read_articles
from .pipeline import article_context, build_pipeline, make_doc
from .records import doc_to_record
from .schema import Article, InputError, Record

#: Articles per memory zone (and per generation of worker processes).
CHUNK = 1000

#: Errors kept in `Summary.error_list` (the errors file has them all).
MAX_LISTED = 1000


@dataclass
class Summary:
    articles: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0
    error_list: list[InputError] = field(default_factory=list)  # the first MAX_LISTED

    def line(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.articles} articles, {self.records} records, {self.errors} errors"
            f"{skipped}, {self.words} words in {self.seconds:.1f}s ({rate:,.0f} words/s)"
        )


# -- one article failing inside the pipeline ----------------------------------------
class Failures:
    """spaCy error handler for one run: drops the docs a component failed on, and keeps why.

    Filled in this process only: an article lost in a worker process just does not come
    back (spaCy reports a failed worker batch, without its docs, with `docs=None`).
    """

    def __init__(self) -> None:
        self.reasons: dict[str, str] = {}
        self.worker: str | None = None

    def __call__(self, name: str | None, proc: Any, docs: list[Doc] | None, exc: Exception) -> None:
        if docs is None:  # a worker's batch failed as a whole (e.g. a doc would not serialize)
            last = [line for line in str(exc).splitlines() if line.strip()][-1:] or [type(exc).__name__]
            self.worker = f"in a worker process: {last[0].strip()}"
        for doc in docs or ():
            self.reasons[doc._context["doc_id"]] = f"component {name} failed: {type(exc).__name__}: {exc}"

    def error(self, article: Article, reason: str | None = None) -> InputError:
        """The error record of an article that did not come back from the pipeline."""
        reason = reason or self.reasons.pop(article.doc_id, None) or self.worker \
            or "a pipeline component failed on it in a worker process"
        return InputError(source="pipeline", doc_id=article.doc_id, error=reason)


def process_articles(
    nlp: Language,
    articles: Iterable[Article],
    n_process: int = 1,
    batch_size: int = 32,
    chunk_size: int = CHUNK,
) -> Iterator[tuple[Article, Record | InputError]]:
    """Run the pipeline over articles, yielding each with its record, in input order.

    An article the pipeline fails on (a component raises) is yielded with an
    `InputError` instead, and the batch goes on.
    """
    # Our components are plain functions, which spaCy runs under the pipeline's default
    # error handler (its own components have theirs, and do not fail on text).
    failures = Failures()
    saved, nlp.default_error_handler = nlp.default_error_handler, failures
    try:
        it = iter(articles)
        while (first := next(it, None)) is not None:
            chunk = chain([first], islice(it, chunk_size - 1))
            pending: deque[Article] = deque()  # sent to the pipeline, not yet back

            def texts(chunk: Iterable[Article] = chunk, pending: deque[Article] = pending):
                # texts, not Docs: worker processes tokenize, and the publication date travels
                # in the context, which `extractor_published` puts on the Doc
                for article in chunk:
                    pending.append(article)
                    if len(article.text) > nlp.max_length:
                        failures.reasons[article.doc_id] = f"tokenizer: text longer than {nlp.max_length:,} characters"
                        continue
                    yield article.text, article_context(article.doc_id, article.published)

            with nlp.memory_zone():
                results = nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size)
                for doc, context in results:
                    doc_id = context["doc_id"]
                    while (article := pending.popleft()).doc_id != doc_id:
                        yield article, failures.error(article)
                    try:
                        result: Record | InputError = doc_to_record(doc, doc_id)
                    except Exception as exc:  # a component stored something off-schema
                        result = failures.error(article, f"record: {type(exc).__name__}: {exc}")
                    yield article, result
                while pending:
                    article = pending.popleft()
                    yield article, failures.error(article)
    finally:
        nlp.default_error_handler = saved


def extract_one(nlp: Language, text: str, published: dt.date | None = None, doc_id: str = "doc") -> Record:
    """Convenience for the library user: one text in, one record out."""
    doc: Doc = nlp(make_doc(nlp, text, published))
    return doc_to_record(doc, doc_id)


def run_extract(
    inputs: list[str],
    out: Path,
    errors_path: Path,
    published: dt.date | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    resume: bool = False,
    max_chars: int | None = None,
    progress: bool = False,
    nlp: Language | None = None,
) -> Summary:
    """Extract every article under `inputs` into `out` (JSONL), errors into `errors_path`.

    Both files are written next to their final place and renamed when the run completes;
    an interrupted run leaves `out` as it was and `out.partial` for `resume=True`.
    """
    nlp = nlp or build_pipeline()
    if max_chars is not None and max_chars > nlp.max_length:
        nlp.max_length = max_chars  # spaCy's own guard; the caller chose a higher limit
    summary = Summary()
    start = time.perf_counter()
    bar = _progress_bar(progress, inputs)
    with bar if bar is not None else nullcontext(), AtomicJsonl(out, resume=resume) as writer, AtomicJsonl(errors_path) as err_writer:

        def error(item: InputError) -> None:
            summary.errors += 1
            if len(summary.error_list) < MAX_LISTED:
                summary.error_list.append(item)
            err_writer.write(item.model_dump(mode="json"))

        def good_articles() -> Iterator[Article]:
            for item in read_articles(_without_outputs(inputs, out, errors_path), published=published, max_chars=max_chars):
                if isinstance(item, InputError):
                    error(item)
                elif item.doc_id in writer.done_ids:
                    summary.skipped += 1
                else:
                    yield item
                    continue
                if bar is not None:
                    bar.update(1)

        for article, result in process_articles(nlp, good_articles(), n_process, batch_size):
            summary.articles += 1
            summary.words += len(article.text.split())
            if isinstance(result, InputError):
                error(result)
            else:
                writer.write(result.model_dump(mode="json"))
                summary.records += 1
            if bar is not None:
                bar.update(1)
                elapsed = time.perf_counter() - start
                bar.set_postfix_str(f"{summary.words / max(elapsed, 1e-9):,.0f} words/s", refresh=False)
    summary.seconds = time.perf_counter() - start
    return summary


def _without_outputs(inputs: Iterable[str | Path], *outputs: Path) -> Iterator[Path]:
    """The input files, less our own output (an output directory may be an input too)."""
    skip = {p.resolve() for out in outputs for p in (out, out.with_name(out.name + ".partial"))}
    return (path for path in expand_inputs(inputs) if path.resolve() not in skip)


def _known_total(inputs: Iterable[str | Path]) -> int | None:
    """The number of articles when it is cheap to know: one per .txt/.json file."""
    files = list(expand_inputs(inputs))
    if any(p.suffix.lower() == ".jsonl" for p in files):
        return None  # would mean reading every file twice: no total, no ETA
    return len(files)


def _progress_bar(enabled: bool, inputs: Iterable[str | Path]):  # -> tqdm | None
    """A progress bar on stderr, only for a person watching a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=_known_total(inputs), unit=" articles", file=sys.stderr, dynamic_ncols=True)
