"""The batch job: bad input, interruption and resume, processes, atomic output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from extractor import cli, extract
from extractor.extract import process_articles, run_extract
from extractor.records import doc_to_record
from extractor.pipeline import make_doc
from extractor.schema import Article

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPH = (
    "WASHINGTON, March {d} - The U.S. Department of the Treasury on Thursday sanctioned "
    "{name} Holdings Ltd., a shipping company based in Hong Kong, and two of its executives. "
    "The Commerce Department added {name} Electronics Co. to the Entity List in July 2021, "
    "according to a notice published earlier this month. "
)


def make_article(i: int, paragraphs: int = 1) -> dict:
    name = f"Zorvex{i}"
    text = "".join(PARAGRAPH.format(d=1 + i % 28, name=name) for _ in range(paragraphs))
    return {"doc_id": f"art-{i:03d}", "published": "2022-03-10", "text": text}


def write_jsonl(path: Path, items: list[dict | str]) -> Path:
    path.write_text("".join((i if isinstance(i, str) else json.dumps(i)) + "\n" for i in items))
    return path


def ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def use_nlp(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> Language:
    """Let the CLI run in-process on the session pipeline instead of building its own."""
    monkeypatch.setattr(extract, "build_pipeline", lambda: nlp)
    return nlp


# -- bad input -----------------------------------------------------------------------
def test_bad_input_matrix(tmp_path: Path, use_nlp: Language, capsys: pytest.CaptureFixture) -> None:
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(
        src / "batch.jsonl",
        [make_article(1), "{oops", {"doc_id": "no-text"}, {"doc_id": "empty", "text": " "}, make_article(1), make_article(2)],
    )
    (src / "good.txt").write_text("The Treasury sanctioned Acme Corp. on Monday.")
    (src / "latin1.txt").write_bytes("Soci\xe9t\xe9 G\xe9n\xe9rale".encode("latin-1"))
    (src / "broken.json").write_text('{"doc_id": "x", "text": ')
    (src / "binary.json").write_bytes(bytes(range(256)) * 4)
    (src / "huge.json").write_text(json.dumps({"doc_id": "huge", "text": "sanctions " * 1_100_000}))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    status = cli.main(["extract", str(src), "-o", str(out), "--errors", str(errors), "--quiet"])

    assert status == 1
    assert sorted(ids(out)) == ["art-001", "art-002", "good"]
    found = {(Path(e["source"]).name, e["line"], e["doc_id"]): e["error"] for e in map(json.loads, errors.read_text().splitlines())}
    assert set(found) == {
        ("batch.jsonl", 2, None),
        ("batch.jsonl", 3, "no-text"),
        ("batch.jsonl", 4, "empty"),
        ("batch.jsonl", 5, "art-001"),
        ("binary.json", None, None),
        ("broken.json", 1, None),
        ("huge.json", None, "huge"),
        ("latin1.txt", None, None),
    }
    reasons = " | ".join(found.values())
    for word in ("not JSON", "Field required", "text is empty", "duplicate doc_id", "binary file", "over --max-chars 1,000,000", "not UTF-8"):
        assert word in reasons
    stderr = capsys.readouterr().err
    assert "3 articles, 3 records, 8 errors" in stderr and "latin1.txt" in stderr


def test_max_chars_is_a_limit_not_a_wall(tmp_path: Path, nlp: Language) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [make_article(1, paragraphs=3)])
    summary = run_extract([str(path)], tmp_path / "out.jsonl", tmp_path / "err.jsonl", max_chars=10_000_000, nlp=nlp)
    assert (summary.records, summary.errors) == (1, 0)


def test_no_input_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(tmp_path / "empty"), "-o", str(out)]) == 2
    assert cli.main(["extract", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    assert "no input" in capsys.readouterr().err and not out.exists()


def test_published_default_for_txt(tmp_path: Path, use_nlp: Language) -> None:
    (tmp_path / "note.txt").write_text("The Treasury sanctioned Acme Corp. on Monday.")
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(tmp_path / "note.txt"), "-o", str(out), "--published", "2021-12-17", "--quiet"]) == 0
    (record,) = map(json.loads, out.read_text().splitlines())
    assert (record["doc_id"], record["published"]) == ("note", "2021-12-17")
    assert (tmp_path / "out.errors.jsonl").read_text() == ""


def test_component_failure_costs_one_article(tmp_path: Path, nlp: Language) -> None:
    @Language.component("test_boom")
    def boom(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    articles = [make_article(1), {"doc_id": "bad", "text": "BOOM goes the Treasury."}, make_article(2)]
    path = write_jsonl(tmp_path / "in.jsonl", articles)
    nlp.add_pipe("test_boom", first=True)
    try:
        for n in (1, 2):
            out = tmp_path / f"out{n}.jsonl"
            summary = run_extract([str(path)], out, tmp_path / f"err{n}.jsonl", n_process=n, nlp=nlp)
            assert ids(out) == ["art-001", "art-002"]
            (error,) = summary.error_list
            assert error.doc_id == "bad" and "failed" in error.error
    finally:
        nlp.remove_pipe("test_boom")
    assert nlp("BOOM").text == "BOOM"  # the pipeline's own error handling is back


# -- processes and memory zones ------------------------------------------------------
def test_same_records_whatever_processes_and_zones(tmp_path: Path, nlp: Language) -> None:
    """Records do not depend on n_process, nor on memory zones (chunks of 3 here)."""
    articles = [Article.model_validate(make_article(i)) for i in range(8)]
    plain = [doc_to_record(nlp(make_doc(nlp, a.text, a.published)), a.doc_id).model_dump() for a in articles]
    assert any(d["value"] for r in plain for d in r["dates"])  # span extensions are compared too
    for n in (1, 2):
        got = [r.model_dump() for _, r in process_articles(nlp, articles, n_process=n, batch_size=2, chunk_size=3)]
        assert got == plain, f"n_process={n}"


def test_memory_zone_keeps_the_string_store_flat(nlp: Language) -> None:
    articles = [Article.model_validate({**make_article(i), "text": make_article(i)["text"].replace("Zorvex", "Qelvane")}) for i in range(6)]
    before = len(nlp.vocab.strings)
    records = [r for _, r in process_articles(nlp, articles, chunk_size=4)]
    assert len(records) == 6 and any("Qelvane3" in e.name for e in records[3].entities)
    assert len(nlp.vocab.strings) == before
    assert nlp("The Treasury sanctioned Qelvane1 Holdings Ltd.").ents  # still usable after the zones


def test_cli_output_identical_for_one_and_two_processes(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [make_article(i) for i in range(6)])
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.jsonl"
        run_cli(str(path), "-o", str(out), "--n-process", n, "--batch-size", "2", "--quiet", check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == 6


# -- interruption --------------------------------------------------------------------
def run_cli(*args: str, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", *args], cwd=ROOT, capture_output=True, text=True, **kwargs)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_kill_9_then_resume(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"a{i:02d}.json").write_text(json.dumps(make_article(i, paragraphs=4)))
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "extract", str(src), "-o", str(out), "--batch-size", "1", "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not (partial.exists() and partial.stat().st_size > 0):
            assert proc.poll() is None and time.monotonic() < deadline, "finished before it could be killed"
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert not out.exists()
    done_before = partial.read_text(encoding="utf-8").count("\n")
    assert 0 < done_before < 40

    result = run_cli(str(src), "-o", str(out), "--resume", "--quiet", check=True)

    assert sorted(ids(out)) == [f"art-{i:03d}" for i in range(40)]  # every article exactly once
    assert out.read_text(encoding="utf-8").endswith("\n") and not partial.exists()
    assert f"{done_before} already done" in result.stderr or done_before == 0


def test_crash_leaves_existing_output_untouched(tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [make_article(i) for i in range(5)])
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "previous run"}\n')
    calls = []

    def interrupted(doc, doc_id):
        calls.append(doc_id)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C mid-way
        return doc_to_record(doc, doc_id)

    monkeypatch.setattr(extract, "doc_to_record", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_extract([str(path)], out, tmp_path / "err.jsonl", nlp=nlp)
    assert out.read_text() == '{"doc_id": "previous run"}\n'

    monkeypatch.setattr(extract, "doc_to_record", doc_to_record)
    summary = run_extract([str(path)], out, tmp_path / "err.jsonl", nlp=nlp, resume=True)
    assert summary.skipped == 2 and summary.records == 3
    assert sorted(ids(out)) == [f"art-{i:03d}" for i in range(5)]


def test_without_resume_a_finished_output_is_replaced(tmp_path: Path, nlp: Language) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [make_article(1)])
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "previous run"}\n')
    run_extract([str(path)], out, tmp_path / "err.jsonl", nlp=nlp)
    assert ids(out) == ["art-001"]


def test_text_over_spacy_max_length_is_an_error_not_a_crash(tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "max_length", 100)
    path = write_jsonl(tmp_path / "in.jsonl", [{"doc_id": "short", "text": "Treasury sanctioned Acme."}, make_article(1)])
    summary = run_extract([str(path)], tmp_path / "out.jsonl", tmp_path / "err.jsonl", nlp=nlp)
    assert ids(tmp_path / "out.jsonl") == ["short"]
    (error,) = summary.error_list
    assert error.doc_id == "art-001" and error.error.startswith("tokenizer:")


def test_output_inside_an_input_directory_is_not_read_back(tmp_path: Path, nlp: Language) -> None:
    write_jsonl(tmp_path / "in.jsonl", [make_article(1)])
    for _ in range(2):
        summary = run_extract([str(tmp_path)], tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl", nlp=nlp)
        assert (summary.records, summary.errors) == (1, 0)


def test_doc_that_cannot_cross_processes_is_reported(tmp_path: Path, nlp: Language) -> None:
    """A Span stored in doc._ cannot come back from a worker: one error, not a crash."""
    from spacy.tokens import Doc

    if not Doc.has_extension("test_span"):
        Doc.set_extension("test_span", default=None)

    @Language.component("test_store_span")
    def store_span(doc):
        if "SPAN" in doc.text:
            doc._.test_span = doc[0:1]
        return doc

    articles = [make_article(1), {"doc_id": "bad", "text": "SPAN of the Treasury."}, make_article(2)]
    path = write_jsonl(tmp_path / "in.jsonl", articles)
    nlp.add_pipe("test_store_span", last=True)
    try:
        summary = run_extract([str(path)], tmp_path / "out.jsonl", tmp_path / "err.jsonl", n_process=2, batch_size=1, nlp=nlp)
    finally:
        nlp.remove_pipe("test_store_span")
    assert ids(tmp_path / "out.jsonl") == ["art-001", "art-002"]
    (error,) = summary.error_list
    assert error.doc_id == "bad" and "worker" in error.error and "Span" in error.error


def test_a_texts_publication_date_travels_in_its_context(nlp: Language) -> None:
    """The batch job sends texts (workers tokenize); `extractor_published` sets the anchor."""
    from extractor.pipeline import article_context

    text = "The Treasury sanctioned Norland Holdings Ltd. on Thursday."
    [(doc, context)] = list(nlp.pipe([(text, article_context("a1", "2021-12-17"))], as_tuples=True))
    assert context["doc_id"] == "a1"
    assert doc._.published == "2021-12-17"
    assert [s._.timex_value for s in doc.spans["dates"]] == ["2021-12-16"]
