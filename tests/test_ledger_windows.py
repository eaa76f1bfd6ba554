"""What a SQLite writer keeps read of a topic's claims (``store.conflicts.Window``, ``Memo.windows``) is what the
ledger's queries read: the same claims for every narrowing ``finder.likes`` can ask, after more claims are stored,
and forgotten when another connection wrote. Texts written here."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from sqlalchemy import insert, or_, select

import newsfacts
from newsfacts.resolve import finder
from newsfacts.store import conflicts as stored
from newsfacts.store import open_store
from newsfacts.store.schema import figure_claims

TEXT = ("Floods have displaced about 650,000 people in Sindh province this week, the UN humanitarian office "
        "said on Wednesday.")
GROUPS = ("", "child")
COUNTRIES = (None, "", "PAK", "IND")
NAMES = (None, "Sindh", "Larkana", "Pakistan")
PRECISIONS = (None, "admin", "city", "country")
DAYS = (None, "2024-08-01", "2024-08-20", "2024-08-21T10:00:00", "2024-09-30", "2024-11-02")


def _article(tmp_path: Path) -> newsfacts.Article:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "a", "source": "Wire", "published": "2024-08-21", "text": TEXT}))
    (article,) = newsfacts.extract(str(path)).articles
    return article


def _rows(article_id: str, n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        name = rng.choice(NAMES)
        out.append({"article_id": article_id, "topic": rng.choice(("person|displaced", "person|killed")),
                    "published": rng.choice(DAYS), "source": "x", "low_bound": 1.0, "high_bound": 2.0,
                    "flow": False, "start": 0, "end": 1, "context": "flood", "contrast": False,
                    "group_name": rng.choice((*GROUPS, None)), "part": rng.choice((None, False, True)),
                    "projection": rng.choice((None, False, False, True)),
                    "place_name": name, "place_country": rng.choice(COUNTRIES) if name else None,
                    "place_precision": rng.choice(PRECISIONS) if name else None})
    return out


def _likes() -> list[frozenset[finder.Like] | None]:
    each = [finder.Like(g, p, c, n, loc) for g, p, c, n, loc in
            itertools.product(GROUPS, (False, True), (None, "PAK"), (None, "Sindh"), (False, True))]
    rng = random.Random(7)
    return [None, frozenset(), *(frozenset(rng.sample(each, k)) for k in (1, 1, 1, 2, 3, 5) for _ in range(6))]


def _queried(conn, key: str, since: str, before: str, like: frozenset[finder.Like] | None) -> list[int]:
    """What ``SqlLedger.claims_near`` asked the ledger before the window was kept: the topic's claims
    published in [since, before) and its undated ones that name a place, narrowed by ``_alike``."""
    c = figure_claims.c
    alike = [stored._alike(like)] if like is not None else []
    query = select(c.id).where(c.topic == key, *alike,
                               or_(c.published.is_(None) & c.place_name.is_not(None),
                                   (c.published >= since) & (c.published < before)))
    return sorted(conn.execute(query).scalars())


def test_a_kept_window_reads_what_the_query_reads_for_every_narrowing(tmp_path):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    article = _article(tmp_path)
    with open_store(url) as store:
        store.ingest([article], source_label="a")
        with store.engine.connect() as conn:
            conn.execute(insert(figure_claims), _rows(article.id, 400, 1))
            memo = stored.Memo()
            ledger = stored.SqlLedger(conn, None, memo)
            checked = 0
            for since, before in (("2024-08-10", "2024-10-01"), ("2024-08-01", "2024-08-21"),
                                  ("2024-09-01", "2024-12-01"), ("2025-01-01", "2025-03-01")):
                for key in ("person|displaced", "person|killed"):
                    for like in _likes():
                        kept = ledger._window(key, since, before).near(since, before, like)
                        assert sorted(i for i, _ in kept) == _queried(conn, key, since, before, like)
                        checked += len(kept)
                conn.execute(insert(figure_claims), _rows(article.id, 50, 2))  # more claims, read by their numbers
            assert checked > 1000
            assert set(memo.windows) == {"person|displaced", "person|killed"}


def test_the_claims_near_an_article_are_the_same_kept_or_read_anew(tmp_path):
    """The claims a writer's later articles reach, read through its kept windows, equal a fresh read."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    article = _article(tmp_path)
    with open_store(url) as store:
        store.ingest([article], source_label="a")
        with store.engine.connect() as conn:
            kept = stored.SqlLedger(conn, None, stored.Memo())
            for seed in range(4):
                conn.execute(insert(figure_claims), _rows(article.id, 100, seed))
                near = [c for _, c in stored.SqlLedger(conn, None).claims(range(1, 500))][:: 7]
                for key in ("person|displaced", "person|killed"):
                    reach = finder.reach([c for c in near if c.published and c.published < "2024-09"])
                    assert kept.claims_near(key, reach) == stored.SqlLedger(conn, None).claims_near(key, reach)


def test_a_writer_forgets_its_windows_when_another_connection_wrote(tmp_path):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    article = _article(tmp_path)
    with open_store(url) as store:
        store.ingest([article], source_label="a")
        memo = stored.Memo()
        with store.engine.connect() as conn:
            memo.begin(conn)
            stored.SqlLedger(conn, None, memo)._window("person|displaced", "2024-08-01", "2024-09-01")
            memo.open_denials[("2024-08-01", "2024-09-01")] = []
            conn.commit()
            memo.begin(conn)  # nothing written by another connection since the last group: kept
            assert memo.windows and memo.open_denials
            conn.commit()  # (a group ends with its commit; the next begins a transaction that sees what came since)
            with store.engine.connect() as other:
                other.execute(insert(figure_claims), _rows(article.id, 1, 3))
                other.commit()
            memo.begin(conn)
            assert not memo.windows and not memo.open_denials
