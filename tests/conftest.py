"""Shared fixtures: one pipeline per test session (loading the model is the slow part)."""

import pytest

from extractor.pipeline import build_pipeline


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


def pytest_terminal_summary(terminalreporter):
    """Say how many PostgreSQL tests ran, so a CI log shows they were not skipped."""
    ran = [r for r in terminalreporter.stats.get("passed", []) if "postgres" in r.keywords]
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if "postgres" in r.keywords]
    terminalreporter.write_line(f"PostgreSQL tests: {len(ran)} passed, {len(skipped)} skipped")
