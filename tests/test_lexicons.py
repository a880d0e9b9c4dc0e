"""The data files of extractor/resources/ (extractor/lexicons.py loads them)."""

from __future__ import annotations

import pytest
import yaml

from extractor.lexicons import RESOURCES, load_jsonl


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (the plain loader keeps the last one)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    repeated = {k for k in keys if keys.count(k) > 1}
    if repeated:
        raise ValueError(f"line {node.start_mark.line + 1}: keys given twice: {sorted(map(str, repeated))}")
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("path", sorted(RESOURCES.glob("*.yaml")), ids=lambda p: p.name)
def test_yaml_resources_parse_without_repeated_keys(path) -> None:
    assert yaml.load(path.read_text("utf-8"), Loader=_StrictLoader)


@pytest.mark.parametrize("path", sorted(RESOURCES.glob("*.jsonl")), ids=lambda p: p.name)
def test_jsonl_resources_parse(path) -> None:
    assert all(isinstance(row, dict) for row in load_jsonl(path.name))
