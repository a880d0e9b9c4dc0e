"""The batch job: articles in, records and errors out, streaming and restartable."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .corpus import AtomicJsonl, read_articles
from .pipeline import build_pipeline, make_doc
from .records import doc_to_record
from .schema import Article, InputError, Record

#: Articles per memory zone: the string store is reset between chunks.
CHUNK = 2000


@dataclass
class Summary:
    articles: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    words: int = 0
    seconds: float = 0.0
    error_list: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.articles} articles, {self.records} records, {self.errors} errors"
            f"{skipped}, {self.words} words in {self.seconds:.1f}s ({rate:,.0f} words/s)"
        )


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_articles(
    nlp: Language,
    articles: Iterable[Article],
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[Record]:
    """Run the pipeline over articles, yielding one record each, in input order."""
    for chunk in _chunks(articles, CHUNK):
        with nlp.memory_zone():
            docs = (make_doc(nlp, a.text, a.published) for a in chunk)
            for article, doc in zip(chunk, nlp.pipe(docs, n_process=n_process, batch_size=batch_size)):
                yield doc_to_record(doc, article.doc_id)


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
    """Extract every article under `inputs` into `out` (JSONL), errors into `errors_path`."""
    nlp = nlp or build_pipeline()
    summary = Summary()
    start = time.perf_counter()
    with AtomicJsonl(out, resume=resume) as writer, AtomicJsonl(errors_path) as err_writer:

        def good_articles() -> Iterator[Article]:
            for item in read_articles(inputs, published=published, max_chars=max_chars):
                if isinstance(item, InputError):
                    summary.errors += 1
                    summary.error_list.append(item)
                    err_writer.write(item.model_dump(mode="json"))
                elif item.doc_id in writer.done_ids:
                    summary.skipped += 1
                else:
                    summary.articles += 1
                    summary.words += len(item.text.split())
                    yield item

        bar = _progress_bar(progress)
        for record in process_articles(nlp, good_articles(), n_process, batch_size):
            writer.write(record.model_dump(mode="json"))
            summary.records += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(f"{summary.words / max(time.perf_counter() - start, 1e-9):,.0f} words/s")
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _progress_bar(enabled: bool):  # -> tqdm | None
    """A progress bar on stderr, only for a person watching a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
