"""Conflicts kept up to date one article at a time (``finder.add_figure_claims``: a new claim joins the
conflicts it disagrees with, and counts for the members it supports, without a conflict being worked out
again) are those a full rebuild from every claim gives (``finder.rebuild``): the same groups, the same
``sources``, in memory and in the SQL ledger; also after an article is taken out and put back. Claims built
here: a year of reports of one flood, counts that chain into long conflicts."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, update

from newsfacts.records import Article, Claim, Conflict, Source, Speaker
from newsfacts.resolve import finder
from newsfacts.resolve.claims import FigureClaim, Place
from newsfacts.store import open_store, queries
from newsfacts.store.conflicts import SqlLedger
from newsfacts.store.schema import claims as conflict_claims
from newsfacts.store.schema import figure_claims, stories

DERNA, LIBYA = Place("LBY", "Derna", "city", True), Place("LBY", "Libya", "country", True)
VALUES = (800, 1000, 1040, 1500, 2000, 2100, 3000, 5000)
COPIES = {"a7": "a6", "a21": "a20", "a22": "a20", "a40": "a39"}  # wire copies: one story


def reports(n_articles: int = 70, seed: int = 4) -> list[tuple[str, list[FigureClaim]]]:
    """(article, its claims), in order: most placed in Derna, dated over about 200 days (some undated),
    from six agencies, of two topics, a few said to have risen (which orders their articles)."""
    rng = random.Random(seed)
    found = []
    for k in range(n_articles):
        article = f"a{k}"
        published = None if k % 13 == 5 else f"2023-{1 + k * 3 // 31:02d}-{1 + k * 3 % 28:02d}"
        claims = []
        for n in range(rng.choice((1, 1, 2, 3))):
            value = float(rng.choice(VALUES))
            source = f"agency {rng.randrange(6)}"
            topic = ("person", "displaced") if rng.random() < 0.8 else ("person", "killed")
            place = DERNA if rng.random() < 0.8 else rng.choice((None, LIBYA))
            claim = Claim(article=article, value=value, low=None, high=None,
                          stated_by=Speaker(name=source, mention=source), start=10 * n, end=10 * n + 5)
            claims.append(FigureClaim(
                article=article, published=published, source=source, topic=topic, low=value * 0.97,
                high=value * 1.03, flow=False, place=place, claim=claim,
                context=frozenset({"flood", f"w{rng.randrange(3)}"}), category="displacement",
                stock_or_flow="stock", latest=rng.random() < 0.1, paragraph=n, sentence=10 * n,
                entities=frozenset({"Derna", "Red Crescent"})))
        found.append((article, claims))
    return found


def story(article: str) -> str:
    return COPIES.get(article, article)


def state(conflicts: tuple[Conflict, ...] | list[Conflict]) -> list[str]:
    return sorted(repr(c) for c in conflicts if c.kind == "figure_disagreement")


def test_kept_one_article_at_a_time_in_memory_equals_a_full_rebuild():
    ledger = finder.MemoryLedger()
    found = reports()
    for article, claims in found:
        ledger.stories[article] = story(article)
        finder.add_figure_claims(ledger, claims)
    kept = state(ledger.conflicts())
    assert max(len(c.claims) for c in ledger.conflicts()) >= 20  # long chains
    assert any(c.sources > 1 for x in ledger.conflicts() for c in x.claims)
    finder.rebuild(ledger, ledger.figure_claims)
    assert state(ledger.conflicts()) == kept


@pytest.fixture
def sql_ledger(db_url):
    found = reports()
    with open_store(db_url) as store:
        store.ingest([Article(id=a, source=Source(outlet=f"Outlet {a}", kind="text"), text=f"Report {a}.")
                      for a, _ in found], source_label="articles")
        with store.engine.begin() as conn:
            for copy, original in COPIES.items():
                conn.execute(update(stories).where(stories.c.article_id == copy).values(story_id=original))
            yield found, SqlLedger(conn, None), conn
            conn.rollback()


def test_kept_one_article_at_a_time_in_the_ledger_equals_a_full_rebuild_and_memory(sql_ledger):
    found, ledger, conn = sql_ledger
    memory = finder.MemoryLedger()
    for article, claims in found:
        finder.add_figure_claims(ledger, claims)
        memory.stories[article] = story(article)
        finder.add_figure_claims(memory, claims)
    kept = state(queries.read_conflicts(conn))
    assert kept == state(memory.conflicts())
    finder.rebuild(ledger, conn.execute(select(figure_claims.c.id)).scalars())
    assert state(queries.read_conflicts(conn)) == kept


def test_an_article_taken_out_and_put_back_leaves_what_a_full_rebuild_gives(sql_ledger):
    found, ledger, conn = sql_ledger
    for _, claims in found:
        finder.add_figure_claims(ledger, claims)
    before = state(queries.read_conflicts(conn))
    every = list(conn.execute(select(figure_claims.c.id)).scalars())
    for article in ("a30", "a21", "a5"):  # in a long chain; a wire copy; undated
        finder.forget_article(ledger, article)
        out = state(queries.read_conflicts(conn))
        finder.rebuild(ledger, conn.execute(select(figure_claims.c.id)).scalars())
        assert state(queries.read_conflicts(conn)) == out, article
        finder.add_figure_claims(ledger, dict(found)[article])
        back = state(queries.read_conflicts(conn))
        finder.rebuild(ledger, conn.execute(select(figure_claims.c.id)).scalars())
        assert state(queries.read_conflicts(conn)) == back, article
    assert len(list(conn.execute(select(figure_claims.c.id)).scalars())) == len(every)
    assert before  # (the claims came back with new numbers, so the order of members may differ)


def test_a_ledger_from_before_support_was_recorded_gets_it_when_opened(tmp_path, db_url):
    """Migration 0009 adds ``claim_support`` empty; opening the ledger records what supports each member
    kept before, its ``sources`` counted again, in the migration's transaction."""
    from alembic import command

    from newsfacts.store.engine import WRITE, _config

    found = reports(40)
    with open_store(db_url) as store:
        store.ingest([Article(id=a, source=Source(outlet=f"Outlet {a}", kind="text"), text=f"Report {a}.")
                      for a, _ in found], source_label="articles")
        with store.engine.begin() as conn:
            ledger = SqlLedger(conn, None)
            for _, claims in found:
                finder.add_figure_claims(ledger, claims)
            kept = state(queries.read_conflicts(conn))
            conn.execute(update(conflict_claims).values(sources=1))  # as a stale count would be
        with store.engine.connect().execution_options(**{WRITE: True}) as conn:
            config = _config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0008")
            conn.commit()
    with open_store(db_url) as store:
        assert state(store.conflicts()) == kept
        assert kept and any(c.sources > 1 for x in store.conflicts() for c in x.claims)
