import pytest
from extractor.pipeline import build_pipeline

@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()
