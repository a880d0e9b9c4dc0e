"""Loading the data files of `extractor/resources/` (lexicons and patterns), once per process."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

RESOURCES = Path(__file__).parent / "resources"


@cache
def load_yaml(name: str) -> Any:
    """A YAML resource, parsed once."""
    return yaml.safe_load((RESOURCES / name).read_text("utf-8"))


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """A JSONL resource (one pattern per line), parsed once."""
    lines = (RESOURCES / name).read_text("utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())
