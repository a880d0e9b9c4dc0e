"""Throughput and memory of the batch job, against the bare spaCy model.

    python bench/throughput.py [--words 200000] [--processes N] [--rss-scan 20000] [--share-words 50000]

On the same texts (the corpus/ articles, repeated to at least --words words):

1. the bare model: `spacy.load(MODEL).pipe(texts)`, one process;
2. the full extractor (`run_extract`: read JSONL, pipeline, records, write JSONL) with
   one process and with N processes (default: every core);
3. the time share of each pipeline component (each one timed on its own, in batches);
4. memory while streaming --rss-scan short articles, each naming new companies, so
   that the vocabulary would grow without memory zones: RSS at 1k, 5k, ... articles.

Every measurement runs in a fresh Python process, so that peak RSS (getrusage) is that
configuration's own; model loading is not timed. Not run in CI: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHECKPOINTS = (1_000, 5_000, 10_000, 20_000, 50_000, 100_000)


# -- helpers run in the measuring processes -------------------------------------------
def corpus_articles() -> list[dict]:
    from extractor.corpus import read_articles
    from extractor.schema import Article

    return [a.model_dump(mode="json") for a in read_articles([ROOT / "corpus"]) if isinstance(a, Article)]


def words(text: str) -> int:
    return len(text.split())


def cpu_seconds() -> float:
    """CPU time of this process and its finished children, user + system."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process, and of its largest child process (MB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int | str = "self") -> list[str]:
    found: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += (task / "children").read_text().split()
        except OSError:
            pass
    return found


def phase_bare(path: str, batch_size: int, **_: object) -> dict:
    import spacy

    from extractor.pipeline import MODEL

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    nlp = spacy.load(MODEL)
    cpu, start = cpu_seconds(), time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "words": sum(map(words, texts)), "seconds": seconds,
            "cpu": cpu_seconds() - cpu, "pipes": nlp.pipe_names}


def phase_full(path: str, batch_size: int, n_process: int, **_: object) -> dict:
    from extractor.extract import run_extract
    from extractor.pipeline import build_pipeline

    nlp = build_pipeline()
    cpu = cpu_seconds()
    with tempfile.TemporaryDirectory() as tmp:
        summary = run_extract([path], Path(tmp) / "out.jsonl", Path(tmp) / "errors.jsonl",
                              n_process=n_process, batch_size=batch_size, nlp=nlp)
    return {"docs": summary.records, "words": summary.words, "seconds": summary.seconds,
            "cpu": cpu_seconds() - cpu, "errors": summary.errors}


def phase_share(path: str, batch_size: int, share_words: int, **_: object) -> dict:
    """Each component timed on its own, batch by batch (what `nlp.pipe` does, unrolled)."""
    from spacy.util import minibatch

    from extractor.pipeline import build_pipeline, make_doc
    from extractor.records import doc_to_record

    nlp = build_pipeline()
    articles, total = [], 0
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        articles.append(article)
        total += words(article["text"])
        if total >= share_words:
            break
    times = {name: 0.0 for name in ["tokenizer (make_doc)", *nlp.pipe_names, "doc_to_record"]}
    with nlp.memory_zone():
        for batch in minibatch(articles, batch_size):
            t = time.perf_counter()
            docs = [make_doc(nlp, a["text"], a["published"]) for a in batch]
            times["tokenizer (make_doc)"] += time.perf_counter() - t
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                times[name] += time.perf_counter() - t
            t = time.perf_counter()
            for a, doc in zip(batch, docs):
                doc_to_record(doc, a["doc_id"])
            times["doc_to_record"] += time.perf_counter() - t
    return {"words": total, "times": times}


def phase_scan(path: str, batch_size: int, n_process: int, **_: object) -> dict:
    """Stream the scan file as run_extract does, sampling RSS at the checkpoints."""
    from extractor.corpus import AtomicJsonl, read_articles
    from extractor.extract import process_articles
    from extractor.pipeline import build_pipeline
    from extractor.schema import Article

    nlp = build_pipeline()
    samples = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, AtomicJsonl(Path(tmp) / "out.jsonl") as out:
        articles = (a for a in read_articles([path]) if isinstance(a, Article))
        for count, (_article, record) in enumerate(process_articles(nlp, articles, n_process, batch_size), 1):
            out.write(record.model_dump(mode="json"))
            if count in CHECKPOINTS:
                workers = [rss_mb(pid) for pid in children()]
                samples.append({"articles": count, "parent": rss_mb(), "workers": workers,
                                "strings": len(nlp.vocab.strings), "seconds": time.perf_counter() - start})
    return {"samples": samples}


PHASES = {"bare": phase_bare, "full": phase_full, "share": phase_share, "scan": phase_scan}


def run_phase(name: str, **kwargs: object) -> dict:
    """Run one phase in a fresh interpreter; its result plus its peak RSS."""
    cmd = [sys.executable, __file__, "--phase", name, "--phase-args", json.dumps(kwargs)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"phase {name} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the report ------------------------------------------------------------------------
def build_texts(path: Path, min_words: int) -> tuple[int, int]:
    base = corpus_articles()
    docs = total = 0
    with open(path, "w", encoding="utf-8") as fh:
        while total < min_words:
            for a in base:
                fh.write(json.dumps({**a, "doc_id": f"{a['doc_id']}#{docs}"}) + "\n")
                docs += 1
                total += words(a["text"])
    return docs, total


def build_scan(path: Path, count: int) -> int:
    """Short articles (two sentences of the corpus) each naming two new companies."""
    import re

    sentences = []
    for a in corpus_articles():
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", a["text"]) if 8 <= words(s) <= 40]
    total = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            s1, s2 = sentences[i % len(sentences)], sentences[(7 * i + 3) % len(sentences)]
            text = f"{s1} The Treasury also sanctioned Qorv{i:x}ex Holdings and Bel{i * 7919 % 99991}tran Shipping Co. {s2}"
            fh.write(json.dumps({"doc_id": f"scan-{i}", "published": "2023-05-01", "text": text}) + "\n")
            total += words(text)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=200_000, help="at least this many words of text")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="N for the multi-process run")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--share-words", type=int, default=50_000, help="words for the component time share")
    parser.add_argument("--rss-scan", type=int, default=20_000, help="articles for the memory scan (0: skip)")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--phase-args", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:  # inside a measuring process
        result = PHASES[args.phase](**json.loads(args.phase_args))
        result["peak_rss_mb"], result["peak_child_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return

    n = args.processes
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.jsonl"
        docs, total = build_texts(texts, args.words)
        common = {"path": str(texts), "batch_size": args.batch_size}
        print(f"texts: corpus/ repeated: {docs} articles, {total:,} words; batch size {args.batch_size}; "
              f"{os.cpu_count()} CPUs, load average before the run {os.getloadavg()[0]:.2f}\n"
              "(other work on the machine shows as 'CPUs busy' below N for the multi-process run)\n")

        runs = {
            "bare model, 1 process": run_phase("bare", **common),
            "extractor, 1 process": run_phase("full", n_process=1, **common),
            f"extractor, {n} processes": run_phase("full", n_process=n, **common),
        }
        print(f"{'':28s} {'words/s':>9s} {'docs/s':>8s} {'seconds':>8s} {'CPUs busy':>9s} {'words/CPU-s':>11s} {'peak RSS MB':>24s}")
        for label, r in runs.items():
            rss = f"{r['peak_rss_mb']:.0f}"
            if r["peak_child_rss_mb"] and "processes" in label:
                rss = f"{r['peak_rss_mb']:.0f} + {n} x {r['peak_child_rss_mb']:.0f} (workers)"
            print(f"{label:28s} {r['words'] / r['seconds']:9,.0f} {r['docs'] / r['seconds']:8.1f} "
                  f"{r['seconds']:8.1f} {r['cpu'] / r['seconds']:9.2f} {r['words'] / r['cpu']:11,.0f} {rss:>24s}")
        bare, one, many = (r["words"] / r["seconds"] for r in runs.values())
        bare_cpu, one_cpu, many_cpu = (r["words"] / r["cpu"] for r in runs.values())
        print(f"\nextractor 1 process / bare model: {one / bare:.2f}x wall clock, {one_cpu / bare_cpu:.2f}x per CPU-second"
              "   (target >= 0.80x)")
        print(f"extractor {n} processes / 1 process: {many / one:.2f}x wall clock   (target >= {0.85 * n:.2f}x);"
              f" work per CPU-second {many_cpu / one_cpu:.2f}x of 1 process (1.00 = no multi-process overhead)")
        print(f"bare model components: {', '.join(runs['bare model, 1 process']['pipes'])}")

        share = run_phase("share", share_words=args.share_words, **common)
        times = share["times"]
        spent = sum(times.values())
        print(f"\ntime per component (1 process, {share['words']:,} words, {share['words'] / spent:,.0f} words/s):")
        for name, seconds in times.items():
            print(f"  {name:28s} {seconds:7.2f}s {100 * seconds / spent:5.1f}%  {'#' * round(50 * seconds / spent)}")

        if args.rss_scan:
            scan = Path(tmp) / "scan.jsonl"
            scan_words = build_scan(scan, args.rss_scan)
            result = run_phase("scan", path=str(scan), batch_size=args.batch_size, n_process=n)
            print(f"\nmemory while streaming {args.rss_scan:,} short articles ({scan_words:,} words, "
                  f"two new company names each), {n} processes:")
            print(f"  {'articles':>8s} {'parent RSS MB':>14s} {'workers RSS MB':>16s} {'total MB':>9s} {'strings':>8s} {'seconds':>8s}")
            for s in result["samples"]:
                total_mb = s["parent"] + sum(s["workers"])
                workers = " + ".join(f"{w:.0f}" for w in s["workers"]) or "-"
                print(f"  {s['articles']:8,d} {s['parent']:14.0f} {workers:>16s} {total_mb:9.0f} "
                      f"{s['strings']:8,d} {s['seconds']:8.0f}")
            print(f"  peak: parent {result['peak_rss_mb']:.0f} MB, largest worker {result['peak_child_rss_mb']:.0f} MB "
                  f"(target: total < 1024 MB, flat)")


if __name__ == "__main__":
    main()
