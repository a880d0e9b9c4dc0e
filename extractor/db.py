"""Records -> a relational database (SQLite by default, PostgreSQL for teams), and ready queries.

    extractor load RECORDS.jsonl... [--db URL]

JSONL answers questions about one article; questions across articles ("every Entity List
addition in 2021", "everything Zhenhua holds a stake in") need joins and indexes.

How loading stays safe to repeat:
- every row hangs from its article (ON DELETE CASCADE), so loading an article again is
  "delete it, insert it again": the database holds each doc_id once, as last loaded;
- one transaction per batch of records: a failure rolls back that batch and nothing else;
- a malformed line (not JSON, not a valid Record) is reported and skipped.

Actions and ownership point at their entities (resolved through the record's entity names
and aliases) and keep the name text as well, because a name may be missing from the list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple, cast

from pydantic import ValidationError
from sqlalchemy import (
    Connection,
    Engine,
    ForeignKey,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.engine import CursorResult, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.sql import ColumnElement

from .schema import ACTION_TYPES, Record, Span

#: Records per transaction: big enough for fast bulk inserts, small enough to redo cheaply.
BATCH_SIZE = 500


# --- Schema ---------------------------------------------------------------------------


class Base(DeclarativeBase):
    """The tables of the records database (created on first use by `open_database`)."""


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(unique=True)
    published: Mapped[dt.date | None]
    schema_version: Mapped[int]


class EntityRow(Base):
    __tablename__ = "entities"
    # Also the index on article_id, which the foreign key needs.
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int]  # 0, 1, ...: the entity's place in the record's list
    local_id: Mapped[str]  # the record's own id ("E1"), meaningful within its article only
    label: Mapped[str]
    name: Mapped[str] = mapped_column(index=True)


class AliasRow(Base):
    __tablename__ = "entity_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(index=True)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    start_char: Mapped[int]
    end_char: Mapped[int]
    text: Mapped[str]


class ActionRow(Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(index=True)
    agency: Mapped[str | None]
    # Entity foreign keys are indexed: deleting an article's entities checks them.
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    target: Mapped[str]
    target_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    date_text: Mapped[str | None]
    date_value: Mapped[str | None] = mapped_column(index=True)
    date_mod: Mapped[str | None]
    lifted: Mapped[bool]
    evidence_start: Mapped[int | None]
    evidence_end: Mapped[int | None]
    evidence_text: Mapped[str | None]
    rule: Mapped[str | None]


class OwnershipRow(Base):
    __tablename__ = "ownership"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    owner: Mapped[str]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    owned: Mapped[str]
    owned_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    percent: Mapped[float]
    status: Mapped[str]
    via_subsidiary: Mapped[bool]
    evidence_start: Mapped[int | None]
    evidence_end: Mapped[int | None]
    evidence_text: Mapped[str | None]
    rule: Mapped[str | None]


class DateRow(Base):
    __tablename__ = "dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    start_char: Mapped[int | None]
    end_char: Mapped[int | None]
    text: Mapped[str]
    value: Mapped[str | None] = mapped_column(index=True)
    mod: Mapped[str | None]


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys (so ON DELETE CASCADE) are off in SQLite unless asked, per connection.

    Also take over BEGIN from Python's sqlite3, which commits each CREATE on its own: one
    transaction (one disk sync) for the whole schema instead (SQLAlchemy's pysqlite recipe).
    """
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def open_database(url: str) -> Engine:
    """An engine for `url`, with the tables created if missing (and a SQLite file's directory)."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite" and sa_url.database not in (None, "", ":memory:"):
        Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sa_url)
    if sa_url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
    Base.metadata.create_all(engine)
    return engine


# --- Loading --------------------------------------------------------------------------


@dataclass
class LoadSummary:
    loaded: int = 0  # valid records written
    replaced: int = 0  # of which replaced an article with the same doc_id
    malformed: list[str] = field(default_factory=list)  # "file:line: reason", skipped

    def line(self) -> str:
        return (
            f"{self.loaded} records loaded ({self.replaced} replaced earlier ones), "
            f"{len(self.malformed)} malformed lines skipped"
        )


def _evidence(span: Span | None) -> dict[str, Any]:
    return {
        "evidence_start": span.start if span else None,
        "evidence_end": span.end if span else None,
        "evidence_text": span.text if span else None,
    }


def _insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Bulk insert (one executemany); skipped when empty, as an empty list would insert one row.

    Core's insert on the table, not the ORM's: the rows are plain dicts, and this is faster.
    """
    if rows:
        session.execute(insert(Base.metadata.tables[model.__tablename__]), rows)


def _name_index(record: Record, entity_ids: list[int]) -> dict[str, int]:
    """Entity id by name or alias (casefolded); a name wins over another entity's alias."""
    index: dict[str, int] = {}
    for entity_id, entity in zip(entity_ids, record.entities, strict=True):
        index.setdefault(entity.name.casefold(), entity_id)
    for entity_id, entity in zip(entity_ids, record.entities, strict=True):
        for alias in entity.aliases:
            index.setdefault(alias.casefold(), entity_id)
    return index


def _resolve(index: dict[str, int], name: str | None) -> int | None:
    """The entity a name in an action or a stake refers to; None for names outside the list."""
    return index.get(name.casefold()) if name else None


def _write_batch(session: Session, records: list[Record]) -> int:
    """Replace the batch's articles (delete, cascade, insert) in the caller's transaction.

    Returns how many records replaced an article already in the database or earlier in the
    batch (a doc_id repeated in the input: the last one wins).
    """
    latest = {record.doc_id: record for record in records}
    deleted = cast(
        CursorResult[Any],
        session.execute(
            delete(ArticleRow).where(ArticleRow.doc_id.in_(latest)),
            execution_options={"synchronize_session": False},
        ),
    ).rowcount
    batch = list(latest.values())
    # Ids are read back by key (doc_id; article and position) after plain bulk inserts:
    # INSERT .. RETURNING in input order costs a statement per row on SQLite.
    articles = [
        {"doc_id": r.doc_id, "published": r.published, "schema_version": r.schema_version} for r in batch
    ]
    _insert(session, ArticleRow, articles)
    new_articles = select(ArticleRow.doc_id, ArticleRow.id).where(ArticleRow.doc_id.in_(latest))
    id_of_doc = dict(session.execute(new_articles).all())
    article_ids = [id_of_doc[r.doc_id] for r in batch]
    entities = [
        {"article_id": article_id, "position": position, "local_id": e.id, "label": e.label, "name": e.name}
        for article_id, record in zip(article_ids, batch, strict=True)
        for position, e in enumerate(record.entities)
    ]
    _insert(session, EntityRow, entities)
    new_entities = select(EntityRow.article_id, EntityRow.position, EntityRow.id).where(
        EntityRow.article_id.in_(article_ids)
    )
    id_of_entity = {(article, position): entity for article, position, entity in session.execute(new_entities)}

    aliases: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    ownership: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    for article_id, record in zip(article_ids, batch, strict=True):
        entity_ids = [id_of_entity[article_id, position] for position in range(len(record.entities))]
        for entity_id, entity in zip(entity_ids, record.entities, strict=True):
            aliases += [{"entity_id": entity_id, "alias": alias} for alias in entity.aliases]
            mentions += [
                {"entity_id": entity_id, "start_char": m.start, "end_char": m.end, "text": m.text}
                for m in entity.mentions
            ]
        names = _name_index(record, entity_ids)
        actions += [
            {
                "article_id": article_id,
                "type": a.type,
                "agency": a.agency,
                "agency_id": _resolve(names, a.agency),
                "target": a.target,
                "target_id": _resolve(names, a.target),
                "date_text": a.date.text if a.date else None,
                "date_value": a.date.value if a.date else None,
                "date_mod": a.date.mod if a.date else None,
                "lifted": a.lifted,
                "rule": a.rule,
                **_evidence(a.evidence),
            }
            for a in record.actions
        ]
        ownership += [
            {
                "article_id": article_id,
                "owner": o.owner,
                "owner_id": _resolve(names, o.owner),
                "owned": o.owned,
                "owned_id": _resolve(names, o.owned),
                "percent": o.percent,
                "status": o.status,
                "via_subsidiary": o.via_subsidiary,
                "rule": o.rule,
                **_evidence(o.evidence),
            }
            for o in record.ownership
        ]
        dates += [
            {
                "article_id": article_id,
                "start_char": d.start,
                "end_char": d.end,
                "text": d.text,
                "value": d.value,
                "mod": d.mod,
            }
            for d in record.dates
        ]
    _insert(session, AliasRow, aliases)
    _insert(session, MentionRow, mentions)
    _insert(session, ActionRow, actions)
    _insert(session, OwnershipRow, ownership)
    _insert(session, DateRow, dates)
    return deleted + len(records) - len(batch)


def load_records(records: Iterable[Record], url: str | Engine, batch_size: int = BATCH_SIZE) -> LoadSummary:
    """Load records as they come (a stream is fine), one transaction per `batch_size` records.

    A database error rolls back the batch being written and is raised; earlier batches stay.
    """
    engine = open_database(url) if isinstance(url, str) else url
    summary = LoadSummary()
    pending = iter(records)
    try:
        with Session(engine) as session:
            while batch := list(islice(pending, batch_size)):
                with session.begin():
                    summary.replaced += _write_batch(session, batch)
                summary.loaded += len(batch)
    finally:
        if isinstance(url, str):
            engine.dispose()
    return summary


def _parse(line: bytes) -> Record | str:
    """A JSONL line as a Record, or why it is not one."""
    try:
        return Record.model_validate_json(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return f"not UTF-8 ({exc.reason} at byte {exc.start})"
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        return f"{where}: {err['msg']}" if where else err["msg"]


def read_records(paths: Iterable[Path], malformed: list[str]) -> Iterator[Record]:
    """The valid records of JSONL files, lazily; each bad line goes to stderr and `malformed`."""
    for path in paths:
        with path.open("rb") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                parsed = _parse(line)
                if isinstance(parsed, Record):
                    yield parsed
                else:
                    problem = f"{path}:{number}: {parsed}"
                    print(problem, file=sys.stderr)
                    malformed.append(problem)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A batch keeps ~100,000 fresh objects alive (records, row dicts) which Python's cycle
    collector rescans again and again: pausing it makes loading a file ~40% faster. Parsed
    records and rows hold no reference cycles, so no memory is left waiting for it. Only
    around our own reading: a caller's stream (spaCy, say) may need the collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_records_file(paths: Iterable[Path], url: str, batch_size: int = BATCH_SIZE) -> LoadSummary:
    """Load JSONL record files into the database at `url`; malformed lines are skipped."""
    malformed: list[str] = []
    with _cycle_collector_paused():
        summary = load_records(read_records(paths, malformed), url, batch_size)
    summary.malformed = malformed
    return summary


def cli_load(args: argparse.Namespace) -> int:
    """`extractor load`: 0 all loaded, 1 some line malformed or the load stopped, 2 usage."""
    missing = [str(p) for p in args.records if not p.is_file()]
    if missing:
        print(f"extractor: no such records file: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        shown_url = make_url(args.db).render_as_string(hide_password=True)
        summary = load_records_file(args.records, args.db)
    except ArgumentError as exc:
        print(f"extractor: bad database URL {args.db!r}: {exc}", file=sys.stderr)
        return 2
    except (SQLAlchemyError, OSError) as exc:
        print(f"extractor: load stopped, the batch being written was rolled back: {exc}", file=sys.stderr)
        return 1
    if not summary.loaded and not summary.malformed:
        print("extractor: no records in the input", file=sys.stderr)
        return 2
    print(f"extractor: {summary.line()} into {shown_url}", file=sys.stderr)
    return 1 if summary.malformed else 0


# --- Ready queries --------------------------------------------------------------------


class ActionCount(NamedTuple):
    agency: str | None
    year: int | None  # of the action's date; None when the article does not date it
    type: str
    lifted: bool
    number: int


class Target(NamedTuple):
    target: str
    agency: str | None
    date: str | None
    lifted: bool
    doc_id: str


class Stake(NamedTuple):
    owner: str
    owned: str
    percent: float
    status: str
    doc_id: str
    depth: int  # 1: held by the queried owner itself, 2: by a company it holds, ...


def _in_year(year: int) -> ColumnElement[bool]:
    """Actions dated in `year` at any granularity ("2021", "2021-12-16", "2021-FA"); uses the index."""
    return (ActionRow.date_value >= f"{year:04d}") & (ActionRow.date_value < f"{year + 1:04d}")


def actions_by_agency_and_year(
    engine: Engine, agency: str | None = None, year: int | None = None
) -> list[ActionCount]:
    """How many actions each agency took each year, by type (optionally one agency or year)."""
    # Inline constants: bound parameters would make GROUP BY differ from SELECT on PostgreSQL.
    year_of = func.substr(ActionRow.date_value, literal_column("1"), literal_column("4"))
    query = (
        select(ActionRow.agency, year_of, ActionRow.type, ActionRow.lifted, func.count())
        .group_by(ActionRow.agency, year_of, ActionRow.type, ActionRow.lifted)
        .order_by(ActionRow.agency.nulls_last(), year_of.nulls_last(), ActionRow.type, ActionRow.lifted)
    )
    if agency is not None:
        query = query.where(ActionRow.agency == agency)
    if year is not None:
        query = query.where(_in_year(year))
    with Session(engine) as session:
        return [
            ActionCount(who, int(y) if y and y.isdigit() else None, kind, lifted, n)
            for who, y, kind, lifted, n in session.execute(query)
        ]


def targets_of(
    engine: Engine, action_type: str, year: int | None = None, lifted: bool | None = False
) -> list[Target]:
    """Who was hit by `action_type` (e.g. export_restriction: Entity List additions).

    `lifted=False` (default) lists impositions, True removals, None both.
    """
    if action_type not in ACTION_TYPES:
        raise ValueError(f"unknown action type {action_type!r}; one of {', '.join(ACTION_TYPES)}")
    query = (
        select(ActionRow.target, ActionRow.agency, ActionRow.date_value, ActionRow.lifted, ArticleRow.doc_id)
        .join(ArticleRow, ArticleRow.id == ActionRow.article_id)
        .where(ActionRow.type == action_type)
        .order_by(ActionRow.target, ArticleRow.doc_id, ActionRow.id)
    )
    if lifted is not None:
        query = query.where(ActionRow.lifted == lifted)
    if year is not None:
        query = query.where(_in_year(year))
    with Session(engine) as session:
        return [Target(*row) for row in session.execute(query)]


#: Everything `:owner` holds a stake in, directly or through companies it holds. A party is
#: known by the row's name text and, when resolved, its entity's name and aliases (lower
#: case), which links chains across articles. `depth` stops cycles (A owns B owns A).
OWNERSHIP_CHAIN_SQL = """
WITH RECURSIVE
owner_names(ownership_id, name) AS (
    SELECT id, lower(owner) FROM ownership
    UNION SELECT o.id, lower(e.name) FROM ownership o JOIN entities e ON e.id = o.owner_id
    UNION SELECT o.id, lower(al.alias) FROM ownership o JOIN entity_aliases al ON al.entity_id = o.owner_id
),
owned_names(ownership_id, name) AS (
    SELECT id, lower(owned) FROM ownership
    UNION SELECT o.id, lower(e.name) FROM ownership o JOIN entities e ON e.id = o.owned_id
    UNION SELECT o.id, lower(al.alias) FROM ownership o JOIN entity_aliases al ON al.entity_id = o.owned_id
),
chain(ownership_id, depth) AS (
    SELECT ownership_id, 1 FROM owner_names WHERE name = lower(:owner)
    UNION
    SELECT step.ownership_id, chain.depth + 1
    FROM chain
    JOIN owned_names held ON held.ownership_id = chain.ownership_id
    JOIN owner_names step ON step.name = held.name
    WHERE chain.depth < :max_depth
)
SELECT o.owner, o.owned, o.percent, o.status, a.doc_id, min(chain.depth) AS depth
FROM chain
JOIN ownership o ON o.id = chain.ownership_id
JOIN articles a ON a.id = o.article_id
GROUP BY o.id, o.owner, o.owned, o.percent, o.status, a.doc_id
ORDER BY depth, o.owned, a.doc_id, o.id
"""


def owned_by(engine: Engine, owner: str, max_depth: int = 10) -> list[Stake]:
    """Every stake held by `owner` (name or alias), directly or indirectly, nearest first."""
    with engine.connect() as connection:
        rows = connection.execute(text(OWNERSHIP_CHAIN_SQL), {"owner": owner, "max_depth": max_depth})
        return [Stake(*row) for row in rows]
