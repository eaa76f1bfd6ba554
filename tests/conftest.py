from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from serve_ledger import serve_db, serve_store  # noqa: F401  (the serve tests' ledger, built once a session)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "samples" / "sample_dump.txt"

# The CLI runs one worker process per core by default; each loads the spaCy model (seconds). Tests run the
# stages in their own process, as the Python API does, unless they test workers (tests/test_workers.py).
os.environ["NEWSFACTS_WORKERS"] = "1"


def pytest_configure(config) -> None:
    """The derived gazetteer table is built once, before the test processes start (a minute on a fresh machine),
    not by each of them at once inside whichever test first names a place or reads a dateline (timed tests)."""
    if not hasattr(config, "workerinput"):
        from newsfacts.gazetteer import gazetteer

        gazetteer()


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


PG_ADMIN = os.environ.get("NEWSFACTS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")

# -- a fresh store on each backend: SQLite, and PostgreSQL where reachable -----------------------------


def _pg_unreachable() -> str | None:
    """Why PostgreSQL cannot be used for these tests, or None when it can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        psycopg.connect(PG_ADMIN, connect_timeout=3).close()
    except psycopg.Error as err:
        return f"PostgreSQL is not reachable at {PG_ADMIN}: {str(err).strip().splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def pg_admin() -> str:
    reason = _pg_unreachable()
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI runs the store tests on PostgreSQL too: {reason}")
    if reason:
        pytest.skip(reason)
    return PG_ADMIN


def _pg_database(admin: str):
    import psycopg

    name = f"newsfacts_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _pg_database(request.getfixturevalue("pg_admin"))


@pytest.fixture(scope="module")
def run():
    """A text through every default stage: its one article (test_figure_places_styles has its own, with datelines)."""
    from newsfacts.pipeline import Pipeline, default_stages
    from newsfacts.records import Article, Source

    pipeline = Pipeline(default_stages())

    def go(text: str, title: str | None = None) -> Article:
        (article,) = pipeline.run([Article(id="t", source=Source(path="t", id="t"), text=text, title=title)])
        assert isinstance(article, Article), article
        return article
    return go


@pytest.fixture(scope="module")
def run_dated():
    """As ``run``, with the text's dateline found and published on 2025-03-14 (a Friday), as a page's is."""
    from newsfacts.pipeline import Pipeline, default_stages
    from newsfacts.records import Article, Source
    from newsfacts.segment import find_dateline

    pipeline = Pipeline(default_stages())

    def go(text: str) -> Article:
        (article,) = pipeline.run([Article(id="t", source=Source(path="t", id="t"), text=text,
                                           dateline=find_dateline(text), published="2025-03-14")])
        assert isinstance(article, Article), article
        return article
    return go
