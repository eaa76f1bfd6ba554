from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "samples" / "sample_dump.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed").is_dir():
        pytest.skip(f"shared/ with the seed and gold sets is not beside the project ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from newsfacts.analyse import nlp as model

    return model.load()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE
