"""extractor.db against SQLite and a real PostgreSQL server.

Every test taking `url` runs on both backends. PostgreSQL comes from EXTRACTOR_PG_URL (a
throwaway database: the tests drop and create the extractor tables in it) or from a
cluster started here with the server binaries (initdb, pg_ctl), deleted afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text

from extractor import db
from extractor.cli import build_parser
from extractor.schema import Record

GOLD = Path(__file__).resolve().parent.parent / "gold"
INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found: install them with "
    "`sudo apt-get install postgresql` (or run .ci/postgres.sh), or set EXTRACTOR_PG_URL "
    "to a throwaway database"
)


# --- A throwaway PostgreSQL cluster -----------------------------------------------------


def _pg_bin_dir() -> Path | None:
    """The directory holding initdb and pg_ctl: on PATH, else Debian's newest version."""
    on_path = shutil.which("initdb")
    if on_path and (Path(on_path).resolve().parent / "pg_ctl").exists():
        return Path(on_path).resolve().parent
    installed = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not installed:
        return None

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(part) for part in Path(path).parent.parent.name.split(".") if part.isdigit())

    return Path(max(installed, key=version)).parent


def _server_user() -> pwd.struct_passwd | None:
    """initdb and postgres refuse to run as root: as root, run them as postgres (or nobody)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.fail("running as root, and no postgres or nobody user to run PostgreSQL as")


def _as_server_user(command: list[str]) -> list[str]:
    user = _server_user()
    if user is None:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", user.pw_name, "--", *command]
    return ["su", user.pw_name, "-s", "/bin/sh", "-c", shlex.join(command)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL database URL: EXTRACTOR_PG_URL, or a cluster of our own for the session."""
    if os.environ.get("EXTRACTOR_PG_URL"):
        yield os.environ["EXTRACTOR_PG_URL"]
        return
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(INSTALL_HINT + " (CI must run the PostgreSQL tests)")
        pytest.skip(INSTALL_HINT)

    root = Path(tempfile.mkdtemp(prefix="extractor-pg-"))  # short: the socket path is limited
    user = _server_user()
    if user:
        os.chown(root, user.pw_uid, user.pw_gid)
    data, log, port = root / "data", root / "server.log", _free_port()
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    try:
        subprocess.run(
            _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                             "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]),
            check=True, capture_output=True, text=True,
        )
        started = subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log),
                             "-o", options, "-w", "-t", "60", "start"]),
            capture_output=True, text=True,
        )
        if started.returncode:
            pytest.fail(f"PostgreSQL did not start:\n{started.stderr}\n{log.read_text(errors='replace')}")
        admin = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres",
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE extractor_test"))
        admin.dispose()
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/extractor_test"
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"{shlex.join(exc.cmd)} failed:\n{exc.stderr}")
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'records.db'}"
    pg = request.getfixturevalue("pg_url")
    engine = create_engine(pg)
    db.Base.metadata.drop_all(engine)
    engine.dispose()
    return pg


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    engine = db.open_database(url)
    yield engine
    engine.dispose()


# --- Records ----------------------------------------------------------------------------


def _entity(local_id: str, label: str, name: str, *aliases: str, mentions: int = 0) -> dict[str, Any]:
    return {"id": local_id, "label": label, "name": name, "aliases": list(aliases),
            "mentions": [{"start": 10 * i, "end": 10 * i + len(name), "text": name} for i in range(mentions)]}


def _action(kind: str, agency: str | None, target: str, value: str | None, lifted: bool = False) -> dict[str, Any]:
    date = {"text": value, "value": value, "mod": None} if value else None
    return {"type": kind, "agency": agency, "target": target, "date": date, "lifted": lifted,
            "evidence": {"start": 0, "end": 5, "text": "added"}}


def _stake(owner: str, owned: str, percent: float, status: str = "current") -> dict[str, Any]:
    return {"owner": owner, "owned": owned, "percent": percent, "status": status}


TREASURY, COMMERCE = "U.S. Department of the Treasury", "U.S. Department of Commerce"
OFAC = "Office of Foreign Assets Control"
DJI, SENSETIME = "SZ DJI Technology Co., Ltd.", "SenseTime Group Limited"
HUAWEI, HISILICON = "Huawei Technologies Co., Ltd.", "HiSilicon Technologies"

RECORDS = [
    Record.model_validate({
        "doc_id": "us-2021", "published": "2021-12-17",
        "entities": [_entity("E1", "AGENCY", TREASURY, "Treasury", mentions=2),
                     _entity("E2", "AGENCY", COMMERCE, "Commerce Department"),
                     _entity("E3", "ORG", DJI, "DJI", mentions=3),
                     _entity("E4", "ORG", SENSETIME, "SenseTime", mentions=1)],
        "actions": [_action("investment_ban", TREASURY, DJI, "2021-12-16"),
                    _action("investment_ban", TREASURY, SENSETIME, "2021-12-16"),
                    _action("export_restriction", COMMERCE, DJI, "2020-12"),
                    _action("export_restriction", COMMERCE, "Unnamed Shell Co", None)],
        "dates": [{"start": 5, "end": 13, "text": "Thursday", "value": "2021-12-16"},
                  {"text": "late 2020", "value": "2020", "mod": "END"}],
    }),
    Record.model_validate({
        "doc_id": "huawei-2022", "published": "2022-03-01",
        "entities": [_entity("E1", "ORG", HUAWEI, "Huawei", mentions=2),
                     _entity("E2", "ORG", HISILICON, "HiSilicon"),
                     _entity("E3", "AGENCY", COMMERCE)],
        "actions": [_action("export_restriction", COMMERCE, HUAWEI, "2022-02"),
                    _action("export_restriction", COMMERCE, "HiSilicon", "2022-03-01", lifted=True)],
        "ownership": [_stake(HUAWEI, HISILICON, 100), _stake("Huawei", "Honor Device", 49, "former")],
        "dates": [{"start": 0, "end": 8, "text": "February", "value": "2022-02"}],
    }),
    Record.model_validate({
        "doc_id": "chips-2023", "published": "2023-05-02",
        "entities": [_entity("E1", "ORG", "HiSilicon"), _entity("E2", "ORG", "Chip Design Co")],
        "actions": [_action("sanction", OFAC, "Chip Design Co", "2023-05")],
        "ownership": [_stake("HiSilicon", "Chip Design Co", 30), _stake("Chip Design Co", "Huawei", 5)],
    }),
]


def _write_jsonl(path: Path, records: list[Record], extra_lines: dict[int, bytes] | None = None) -> Path:
    """Records as JSONL; `extra_lines` puts raw lines before the record of that index."""
    with path.open("wb") as out:
        for i, record in enumerate(records):
            if extra_lines and i in extra_lines:
                out.write(extra_lines[i] + b"\n")
            out.write(record.model_dump_json().encode() + b"\n")
    return path


def _expected_counts(records: list[Record]) -> dict[str, int]:
    return {
        "articles": len(records),
        "entities": sum(len(r.entities) for r in records),
        "entity_aliases": sum(len(e.aliases) for r in records for e in r.entities),
        "mentions": sum(len(e.mentions) for r in records for e in r.entities),
        "actions": sum(len(r.actions) for r in records),
        "ownership": sum(len(r.ownership) for r in records),
        "dates": sum(len(r.dates) for r in records),
    }


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in db.Base.metadata.sorted_tables
        }


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]
            for table in db.Base.metadata.sorted_tables
        }


# --- Loading ----------------------------------------------------------------------------


def test_row_counts_equal_the_records(url: str, engine: Engine, tmp_path: Path) -> None:
    summary = db.load_records_file([_write_jsonl(tmp_path / "r.jsonl", RECORDS)], url)
    assert (summary.loaded, summary.replaced, summary.malformed) == (3, 0, [])
    assert _counts(engine) == _expected_counts(RECORDS)


def test_names_resolve_to_entities_through_names_and_aliases(engine: Engine) -> None:
    db.load_records(RECORDS, engine)
    query = (
        select(db.ActionRow.target, db.EntityRow.name)
        .join(db.EntityRow, db.EntityRow.id == db.ActionRow.target_id, isouter=True)
        .join(db.ArticleRow, db.ArticleRow.id == db.ActionRow.article_id)
        .where(db.ArticleRow.doc_id == "huawei-2022")
    )
    with engine.connect() as connection:
        assert set(connection.execute(query)) == {(HUAWEI, HUAWEI), ("HiSilicon", HISILICON)}
        unresolved = connection.execute(
            select(db.ActionRow.agency, db.ActionRow.agency_id, db.ActionRow.target, db.ActionRow.target_id)
            .where(db.ActionRow.target.in_(["Unnamed Shell Co", "Chip Design Co"]))
        ).all()
        # Names outside the entity list keep their text, with no foreign key.
        assert (COMMERCE, "Unnamed Shell Co", None) in {(a, t, tid) for a, _, t, tid in unresolved}
        assert (OFAC, None) in {(a, aid) for a, aid, _, _ in unresolved}
        stakes = connection.execute(
            select(db.OwnershipRow.owner, db.EntityRow.name)
            .join(db.EntityRow, db.EntityRow.id == db.OwnershipRow.owner_id)
        ).all()
    assert ("Huawei", HUAWEI) in stakes


def test_loading_again_replaces_instead_of_duplicating(url: str, engine: Engine, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "r.jsonl", RECORDS)
    db.load_records_file([path], url)
    again = db.load_records_file([path], url)
    assert (again.loaded, again.replaced) == (3, 3)
    assert _counts(engine) == _expected_counts(RECORDS)

    # A newer extraction of one article replaces its rows, and only its rows.
    revised = RECORDS[0].model_copy(update={"actions": RECORDS[0].actions[:1], "dates": []})
    db.load_records([revised], engine)
    assert _counts(engine) == _expected_counts([revised, *RECORDS[1:]])


def test_a_doc_id_repeated_in_the_input_keeps_the_last(engine: Engine) -> None:
    first = RECORDS[2].model_copy(update={"actions": []})
    summary = db.load_records([first, RECORDS[2]], engine)
    assert (summary.loaded, summary.replaced) == (2, 1)
    assert _counts(engine) == _expected_counts([RECORDS[2]])


def test_a_failure_mid_batch_leaves_the_database_as_it_was(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.load_records(RECORDS, engine)
    before = _snapshot(engine)
    insert = db._insert

    def fail_at_dates(session: Any, model: type[db.Base], rows: list[dict[str, Any]]) -> None:
        if model is db.DateRow:  # the last insert: the old rows are deleted, the new mostly in
            raise RuntimeError("disk full")
        insert(session, model, rows)

    monkeypatch.setattr(db, "_insert", fail_at_dates)
    revised = [r.model_copy(update={"actions": []}) for r in RECORDS]
    with pytest.raises(RuntimeError, match="disk full"):
        db.load_records(revised, engine)
    assert _snapshot(engine) == before


def test_a_failing_batch_keeps_the_batches_before_it(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    write = db._write_batch

    def fail_on_chips(session: Any, records: list[Record]) -> int:
        replaced = write(session, records)
        if any(r.doc_id == "chips-2023" for r in records):
            raise RuntimeError("connection lost")
        return replaced

    monkeypatch.setattr(db, "_write_batch", fail_on_chips)
    with pytest.raises(RuntimeError, match="connection lost"):
        db.load_records(RECORDS, engine, batch_size=2)
    assert _counts(engine) == _expected_counts(RECORDS[:2])


def test_malformed_lines_are_reported_skipped_and_the_rest_loaded(
    url: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {1: b"{not json", 2: b'{"doc_id": "x", "actions": [{"type": "embargo", "target": "Y"}]}\n\xff\xfe'}
    path = _write_jsonl(tmp_path / "r.jsonl", RECORDS, bad)
    summary = db.load_records_file([path], url)
    assert summary.loaded == 3
    assert [m.split(": ")[0] for m in summary.malformed] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "Invalid JSON" in summary.malformed[0]
    assert "actions.0.type" in summary.malformed[1]
    assert "not UTF-8" in summary.malformed[2]
    err = capsys.readouterr().err
    assert all(m in err for m in summary.malformed)
    assert _counts(engine) == _expected_counts(RECORDS)


@pytest.mark.skipif(not any(GOLD.rglob("*.json")), reason="no gold records in gold/")
def test_gold_records_load_completely(url: str, engine: Engine, tmp_path: Path) -> None:
    records = [Record.model_validate_json(p.read_bytes()) for p in sorted(GOLD.rglob("*.json"))]
    db.load_records_file([_write_jsonl(tmp_path / "gold.jsonl", records)], url)
    assert _counts(engine) == _expected_counts(records)


def test_cli_load_default_database_and_exit_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    good = _write_jsonl(tmp_path / "good.jsonl", RECORDS)
    bad = _write_jsonl(tmp_path / "bad.jsonl", RECORDS[:1], {0: b"[]"})
    (tmp_path / "empty.jsonl").write_text("\n")

    def run(*argv: str) -> int:
        args = build_parser().parse_args(["load", *argv])
        return args.func(args)

    assert run(str(good)) == 0
    assert (tmp_path / "output" / "records.db").is_file()  # default URL, directory created
    assert "3 records loaded" in capsys.readouterr().err
    assert run(str(bad), "--db", f"sqlite:///{tmp_path}/deep/dir/x.db") == 1
    assert f"{bad}:1: " in capsys.readouterr().err
    assert run("missing.jsonl") == 2
    assert run("empty.jsonl") == 2
    assert run(str(good), "--db", "not a url") == 2
    assert run(str(good), "--db", "postgresql+psycopg://nobody:secret@127.0.0.1:1/none") == 1
    assert "secret" not in capsys.readouterr().err


# --- Ready queries ----------------------------------------------------------------------


def test_actions_by_agency_and_year(engine: Engine) -> None:
    db.load_records(RECORDS, engine)
    assert db.actions_by_agency_and_year(engine) == [
        (OFAC, 2023, "sanction", False, 1),
        (COMMERCE, 2020, "export_restriction", False, 1),
        (COMMERCE, 2022, "export_restriction", False, 1),
        (COMMERCE, 2022, "export_restriction", True, 1),
        (COMMERCE, None, "export_restriction", False, 1),
        (TREASURY, 2021, "investment_ban", False, 2),
    ]
    assert db.actions_by_agency_and_year(engine, agency=COMMERCE, year=2022) == [
        (COMMERCE, 2022, "export_restriction", False, 1),
        (COMMERCE, 2022, "export_restriction", True, 1),
    ]


def test_targets_of_an_action_type(engine: Engine) -> None:
    db.load_records(RECORDS, engine)
    assert db.targets_of(engine, "export_restriction", year=2022) == [
        (HUAWEI, COMMERCE, "2022-02", False, "huawei-2022"),
    ]
    assert [t.target for t in db.targets_of(engine, "export_restriction")] == [
        HUAWEI, DJI, "Unnamed Shell Co",
    ]
    assert [t.target for t in db.targets_of(engine, "export_restriction", lifted=True)] == ["HiSilicon"]
    assert len(db.targets_of(engine, "export_restriction", lifted=None)) == 4
    with pytest.raises(ValueError, match="unknown action type"):
        db.targets_of(engine, "embargo")


def test_ownership_chains_follow_names_and_aliases_across_articles(engine: Engine) -> None:
    db.load_records(RECORDS, engine)
    # Huawei -> HiSilicon (alias, article 2) = HiSilicon (article 3) -> Chip Design Co -> Huawei:
    # a cycle, which stops.
    assert db.owned_by(engine, "huawei") == [
        (HUAWEI, HISILICON, 100.0, "current", "huawei-2022", 1),
        ("Huawei", "Honor Device", 49.0, "former", "huawei-2022", 1),
        ("HiSilicon", "Chip Design Co", 30.0, "current", "chips-2023", 2),
        ("Chip Design Co", "Huawei", 5.0, "current", "chips-2023", 3),
    ]
    assert [s.owned for s in db.owned_by(engine, "Chip Design Co", max_depth=1)] == ["Huawei"]
    assert db.owned_by(engine, "Nobody Ltd") == []
