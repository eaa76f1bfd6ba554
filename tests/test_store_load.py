"""Readers and writers at once (issue 14, finding 7 and deliverable 4): readers open the store without
taking the write lock, and 4 writers + 20 readers on one ledger for ``NEWSFACTS_STRESS_SECONDS`` (CI: 60,
set in .ci/run; by default 10 here) end with 0 errors, the ledger holding conflicts; on SQLite and on
PostgreSQL (marked ``postgres``, skipped when no server answers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from newsfacts.records import Article, Figure, Source, article_id
from newsfacts.resolve import find_conflicts
from newsfacts.store import open_store
from newsfacts.store.engine import WRITE

HERE = Path(__file__).resolve().parent
STRESS_SECONDS = float(os.environ.get("NEWSFACTS_STRESS_SECONDS") or 10)
WRITERS, READERS = 4, 20
MIGRATION_LOCK = 0x6E657773  # migrations/env.py's PostgreSQL advisory lock


def small_article(i: int) -> Article:
    body = f"About {100 + i} people were displaced in Province {i} this week."
    start = body.index(str(100 + i))
    f = Figure(value=100.0 + i, start=start, end=start + 3, unit="person", counted="people", term="displaced",
               category="displacement", text=str(100 + i), extractor="figures@1")
    return Article(id=article_id(f"s{i}", body), source=Source(path="s.txt", outlet="example.org", id=f"s{i}"),
                   text=body, title=f"Report {i}", published="2025-01-02", figures=(f,), extractors=("figures@1",))


def read_everything(url: str, out: dict) -> None:
    try:
        with open_store(url) as store:
            found = store.articles()
            out["read"] = (len(found), len(store.figures()), len(store.quotes()), len(store.conflicts()),
                           len(store.search("displaced")), store.article(found[0].id) is not None)
    except Exception as err:  # the test reports it
        out["error"] = err


def test_a_reader_opens_and_reads_while_a_writer_holds_the_lock(db_url):
    """Opening a current store only reads: with a writer holding SQLite's write lock (or the migration
    lock on PostgreSQL), a reader opens the store and reads at once instead of waiting for it (before:
    ``open_store`` migrated and caught up inside BEGIN IMMEDIATE, and waited, then failed)."""
    with open_store(db_url) as store:
        store.ingest([small_article(i) for i in range(3)], source_label="three")
        with store.engine.connect().execution_options(**{WRITE: True}) as writer:
            writer.begin()  # SQLite: BEGIN IMMEDIATE, the write lock is held from here
            if store.dialect == "postgresql":
                writer.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            else:
                writer.exec_driver_sql("INSERT INTO outlets (name) VALUES ('held.example')")
            out: dict = {}
            reader = threading.Thread(target=read_everything, args=(db_url, out), daemon=True)
            reader.start()
            reader.join(timeout=10)
            locked_out = reader.is_alive()
            writer.rollback()
        reader.join(timeout=60)
    assert not locked_out, "the reader waited for the writer's lock"
    assert "error" not in out, out.get("error")
    assert out["read"] == (3, 3, 0, 0, 3, True)


@pytest.fixture(scope="session")
def corpus_pickle(tmp_path_factory) -> Path:
    sys.path.insert(0, str(HERE))
    from store_corpus import extracted

    return extracted(tmp_path_factory.getbasetemp())


def conflict_keys(found) -> list:
    return sorted((c.kind, c.about, tuple(sorted((x.article, x.value, x.sources, x.role or "") for x in c.claims)))
                  for c in found)


def run_children(url: str, corpus: Path, seconds: float) -> list[dict]:
    child = [sys.executable, str(HERE / "store_load_child.py"), url, str(corpus)]
    procs = [subprocess.Popen([*child, "writer", str(n), str(seconds)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for n in range(WRITERS)]
    procs += [subprocess.Popen([*child, "reader", str(n), str(seconds)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for n in range(READERS)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 180)
        assert proc.returncode == 0, err[-3000:]
        results.append(json.loads(out.splitlines()[-1]))
    return results


@pytest.mark.slow
@pytest.mark.stress
def test_writers_and_readers_at_once_have_no_errors(db_url, corpus_pickle):
    """4 writers and 20 readers start together on a new ledger (so they also race to create it) and run
    for ``NEWSFACTS_STRESS_SECONDS``: no reader or writer sees an error, every run finishes, no article is
    stored twice, and the conflicts kept are those a batch run finds over the stored articles in the order
    they went in. Writers start a new round, and readers a new read, until the time is up."""
    results = run_children(db_url, corpus_pickle, STRESS_SECONDS)
    errors = [(r["role"], r["number"], e) for r in results for e in r["errors"]]
    assert errors == [], errors[:20]
    reads = sum(r["runs"] for r in results if r["role"] == "reader")
    rounds = sum(r["runs"] for r in results if r["role"] == "writer")
    assert reads >= READERS and rounds >= WRITERS, results
    with open_store(db_url) as store:
        runs = store.runs()
        assert len(runs) == rounds and {r["status"] for r in runs} == {"finished"}
        assert store.failures() == []
        stored = store.articles(with_facts=True)
        assert len(stored) == sum(r["added"] for r in results if r["role"] == "writer")
        assert len({a.source.id for a in stored}) == len(stored)
        kept = store.conflicts()
    print(f"{db_url}: {len(stored)} articles, {len(kept)} conflicts")
    assert len([c for c in kept if c.kind == "figure_disagreement"]) >= 20
    assert conflict_keys(kept) == conflict_keys(find_conflicts(stored))  # as one batch run in ingest order
    slowest = max(r["slowest"] for r in results if r["role"] == "reader")
    print(f"{db_url}: {reads} reads, {rounds} ingest rounds in {STRESS_SECONDS:g} s; slowest read {slowest} s")


def test_a_process_waiting_to_migrate_stops_waiting_once_another_has(tmp_path):
    """Of several processes opening a new SQLite store at once, those queued for the write lock to migrate
    it stop waiting as soon as it is at the newest schema, instead of queueing behind the writers that
    start once it is (before: a reader among 20 waited out the busy timeout and failed, 'database is
    locked', in CI's stress run). Here the store is already current and a writer holds the lock: migrating
    again returns at once, without the lock, and the writer's transaction is untouched."""
    import time

    from newsfacts.store.engine import create, head, migrate, resolve_url

    url = resolve_url(tmp_path / "store.db")
    with open_store(url) as store:
        store.ingest([small_article(1)], source_label="one")
    engine = create(url)
    try:
        with engine.connect().execution_options(**{WRITE: True}) as writer:
            writer.begin()
            writer.exec_driver_sql("INSERT INTO outlets (name) VALUES ('held.example')")
            started = time.monotonic()
            migrate(create(url))
            waited = time.monotonic() - started
            writer.commit()
        with engine.connect() as conn:
            held = conn.exec_driver_sql("SELECT count(*) FROM outlets WHERE name = 'held.example'").scalar()
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        engine.dispose()
    assert waited < 5, waited
    assert held == 1 and revision == head()
