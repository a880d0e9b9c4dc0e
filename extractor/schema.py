"""The record schema of RECORDS.md as pydantic models: the single source of truth.

Input articles, output records and error entries are validated here; the JSON Schema
printed by `extractor schema` is generated from `Record`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

Label = Literal["ORG", "AGENCY"]
ActionType = Literal[
    "sanction", "investment_ban", "export_restriction", "import_ban", "visa_ban", "indictment"
]
ACTION_TYPES: tuple[str, ...] = ActionType.__args__  # type: ignore[attr-defined]
Mod = Literal["START", "MID", "END", "APPROX"]
Status = Literal["current", "former"]


class Article(BaseModel):
    """One input article (RECORDS.md section 1)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str = Field(min_length=1)
    title: str | None = None
    published: dt.date | None = None
    source_url: str | None = None
    text: str

    @field_validator("doc_id")
    @classmethod
    def _strip_id(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("doc_id is blank")
        return value

    @field_validator("text")
    @classmethod
    def _non_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value


class Span(BaseModel):
    """A character span of the article text: `text == article.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(BaseModel):
    id: str
    label: Label
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class DateValue(BaseModel):
    """The date attached to an action: the expression and its TIMEX3 value."""

    text: str
    value: str | None = None
    mod: Mod | None = None


class Action(BaseModel):
    type: ActionType
    agency: str | None = None
    target: str
    date: DateValue | None = None
    lifted: bool = False
    evidence: Span | None = None
    rule: str | None = None


class Ownership(BaseModel):
    owner: str
    owned: str
    percent: float = Field(ge=0, le=100)
    status: Status = "current"
    via_subsidiary: bool = False
    evidence: Span | None = None
    rule: str | None = None


class DateMention(BaseModel):
    """A date expression of the text; offsets may be omitted in gold."""

    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    text: str
    value: str | None = None
    mod: Mod | None = None


class Record(BaseModel):
    """One output record per article (RECORDS.md section 2)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    doc_id: str
    published: dt.date | None = None
    entities: list[Entity] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    ownership: list[Ownership] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)


class InputError(BaseModel):
    """One line of the errors file: an article that could not be processed, and why."""

    source: str
    line: int | None = None
    doc_id: str | None = None
    error: str
