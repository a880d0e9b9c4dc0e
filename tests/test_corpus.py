"""Reading articles (lazily, bad input as errors) and writing JSONL atomically."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractor.corpus import AtomicJsonl, expand_inputs, read_articles
from extractor.schema import Article, InputError


def article(doc_id: str, text: str = "The Treasury sanctioned Acme Corp.", **extra) -> dict:
    return {"doc_id": doc_id, "text": text, **extra}


def write_jsonl(path: Path, *items: dict | str) -> Path:
    path.write_text("".join((i if isinstance(i, str) else json.dumps(i)) + "\n" for i in items))
    return path


def test_expand_inputs_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [p.name for p in expand_inputs([tmp_path])] == ["b.json", "a.txt"]


def test_jsonl_errors_carry_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        article("one"),
        "{not json",
        "",
        json.dumps({"doc_id": "no-text"}),
        article("blank", text="   "),
        article("one", text="a second article with the same id"),
        "[1, 2]",
    )
    items = list(read_articles([path]))
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["one"]
    errors = [(e.line, e.doc_id, e.error) for e in items if isinstance(e, InputError)]
    assert errors[0][:2] == (2, None) and errors[0][2].startswith("not JSON")
    assert errors[1][:2] == (4, "no-text") and "text" in errors[1][2]
    assert errors[2][:2] == (5, "blank") and "empty" in errors[2][2]
    assert errors[3][:2] == (6, "one") and "duplicate" in errors[3][2]
    assert errors[4] == (7, None, "not a JSON object")
    assert all(e.source == str(path) for e in items if isinstance(e, InputError))


def test_bad_line_encoding_costs_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps(article("a")).encode() + b"\n" + b'{"doc_id": "\xff"}\n' + json.dumps(article("c")).encode() + b"\n")
    items = list(read_articles([path]))
    assert [getattr(i, "doc_id", None) for i in items] == ["a", None, "c"]
    assert items[1].line == 2 and "UTF-8" in items[1].error


def test_binary_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "blob.json").write_bytes(b"\x00\x01\x02" * 100)
    errors = list(read_articles([tmp_path / "blob.json", tmp_path / "nowhere.txt"]))
    assert [e.error for e in errors] == ["binary file", "no such file or directory"]


def test_max_chars_refuses_with_reason(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", article("big", text="word " * 1000), article("small"))
    big, small = read_articles([path], max_chars=100)
    assert isinstance(big, InputError) and big.line == 1 and "over --max-chars 100" in big.error
    assert isinstance(small, Article)


def test_txt_takes_stem_and_published_default(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text("Commerce added Acme to the Entity List.")
    (tmp_path / "dated.json").write_text(json.dumps(article("dated", published="2020-01-02")))
    day = dt.date(2024, 5, 6)
    dated, story = read_articles([tmp_path], published=day)
    assert (story.doc_id, story.published) == ("story-1", day)
    assert dated.published == dt.date(2020, 1, 2)  # an article's own date wins
    assert next(iter(read_articles([tmp_path / "story-1.txt"]))).published is None


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", article("a"), article("b"))
    stream = read_articles([path, tmp_path / "later.jsonl"])
    assert next(stream).doc_id == "a"  # nothing after the first line has been looked at yet
    write_jsonl(tmp_path / "later.jsonl", article("c"))
    assert [i.doc_id for i in stream] == ["b", "c"]


# -- AtomicJsonl ---------------------------------------------------------------------
def test_atomic_commit_replaces_and_crash_keeps_old(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "old"}\n')
    with pytest.raises(RuntimeError):
        with AtomicJsonl(out) as writer:
            writer.write({"doc_id": "new"})
            raise RuntimeError("crash")
    assert out.read_text() == '{"doc_id": "old"}\n'
    with AtomicJsonl(out) as writer:
        writer.write({"doc_id": "new"})
    assert out.read_text() == '{"doc_id": "new"}\n'
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_resume_cuts_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c", "ent')
    with AtomicJsonl(out, resume=True) as writer:
        assert writer.done_ids == {"a", "b"}
        writer.write({"doc_id": "c"})
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["a", "b", "c"]


def test_resume_from_finished_file_and_without_anything(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with AtomicJsonl(out, resume=True) as writer:
        assert writer.done_ids == set()
        writer.write({"doc_id": "a"})
    with AtomicJsonl(out, resume=True) as writer:
        assert writer.done_ids == {"a"}
    assert out.read_text() == '{"doc_id": "a"}\n'
