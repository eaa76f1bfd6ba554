"""What the SQL ledger reads of a topic's claims in reach (``SqlLedger.claims_near``): it leaves out claims
that ``sameness.refusal`` refuses with every claim asked about by what it checks first (group, part,
projection, country, town), and never one that some claim asked about may be about the same thing as.
Claims built here, every mix of those fields, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import replace

from newsfacts.records import Article, Claim, Source, Speaker
from newsfacts.resolve.claims import FigureClaim, Place, topic_key
from newsfacts.resolve.finder import MemoryLedger, reach
from newsfacts.resolve.sameness import refusal
from newsfacts.store import open_store
from newsfacts.store.conflicts import SqlLedger

PLACES = [None, Place("LBY", "Libya", "country", True), Place("LBY", "Derna", "city", True),
          Place("LBY", "Benghazi", "city", False), Place("LBY", "Cyrenaica", "admin", True),
          Place("EGY", "Egypt", "country", True), Place("EGY", "Derna", "city", True),
          Place(None, "Derna", "city", True), Place("", "the coast", "region", False)]


def claim(n: int, article: str, place: Place | None, **kw) -> FigureClaim:
    source = f"source {n % 3}"
    return replace(FigureClaim(article=article, published=f"2023-09-{10 + n % 5:02d}", source=source,
                               topic=("person", "displaced"), low=1000.0 * (n % 4 + 1), high=1100.0 * (n % 4 + 1),
                               flow=True, place=place,
                               claim=Claim(article=article, value=1000.0 * (n % 4 + 1), low=None, high=None,
                                           stated_by=Speaker(name=source, mention=source), start=n, end=n + 1),
                               context=frozenset({"flood", f"w{n % 2}"}), category="displacement",
                               entities=frozenset({"Derna", "Red Crescent"}), stock_or_flow="flow"), **kw)


def every_mix() -> list[FigureClaim]:
    found = []
    mixes = itertools.product(PLACES, ("", "child"), (False, True), (False, True), (None, ("Derna", ""), ("Sirte", "")))
    for n, (place, group, part, projection, route) in enumerate(mixes):
        if (projection or route) and n % 3:  # fewer of these: every kind is there, the test stays fast
            continue
        found.append(claim(n, f"a{n % 40}", place, group=group, part=part, projection=projection, route=route))
    return found


def test_the_ledger_reads_every_claim_that_may_be_about_the_same_thing_and_leaves_out_others(tmp_path, db_url):
    found = every_mix()
    with open_store(db_url) as store:
        store.ingest([Article(id=f"a{k}", source=Source(outlet=f"Outlet {k}", kind="text"), text=f"Article {k}.",
                              published="2023-09-12") for k in range(40)], source_label="articles")
        with store.engine.begin() as conn:
            ledger = SqlLedger(conn, None)
            ids = dict(zip(ledger.add_claims(found), found, strict=True))
            key = topic_key(found[0].topic)
            left_out = 0
            asks = [[x] for x in found] + [found[k:k + 3] for k in range(0, len(found), 7)]
            for near in asks:
                read = {i for i, _ in ledger.claims_near(key, reach(near))}
                needed = {i for i, y in ids.items() if any(refusal(x, y) is None for x in near)}
                assert needed <= read, (near, [ids[i] for i in needed - read])
                left_out += len(ids) - len(read)
            assert left_out > len(asks) * len(ids) // 2  # most claims differ in what refusal checks first
            conn.rollback()


def test_the_memory_ledger_reads_the_whole_topic():
    ledger = MemoryLedger()
    found = every_mix()
    ledger.add_claims(found)
    assert len(ledger.claims_near(topic_key(found[0].topic), reach(found[:1]))) == len(found)


def test_support_and_disagreements_look_only_within_the_days_that_can_meet():
    """A conflict's pool spans its members' days: support is counted, and disagreements found, among the
    claims within ``COMPARE_DAYS`` of each other only, with the same result as over every pair."""
    from newsfacts.resolve import disagreements as d
    from newsfacts.resolve.sameness import disagree, supports

    found = [replace(c, published=None if n % 11 == 0 else f"202{n % 2}-{1 + n // 3 % 12:02d}-{1 + n % 27:02d}",
                     low=c.low * (1 + n % 5), high=c.high * (1 + n % 5), place=PLACES[2], group="", part=False,
                     projection=False, route=None, source=f"source {n % 7}",
                     claim=replace(c.claim, stated_by=Speaker(name=f"source {n % 7}", mention=f"source {n % 7}")))
             for n, c in enumerate(every_mix()[:120])]
    story = {c.article: c.article for c in found}
    by_day = d._ByDay(found)
    for c in found:
        assert d.support(c, by_day.near(c), story) == d.support(c, found, story)
    assert any(len(by_day.near(c)) < len(found) for c in found)
    every_pair = {(i, j) for i, a in enumerate(found) for j, b in enumerate(found) if i < j and disagree(a, b, story)}
    assert every_pair  # the test compares something
    parent = list(range(len(found)))

    def root(i: int) -> int:
        return i if parent[i] == i else root(parent[i])

    for i, j in sorted(every_pair):
        parent[root(j)] = root(i)
    linked = sorted({i for p in every_pair for i in p})
    expected = sorted(sorted(i for i in linked if root(i) == r) for r in {root(i) for i in linked})
    assert sorted(d.disagreement_groups(found, story)) == expected
    assert sum(supports(a, b) for a in found for b in found if a is not b) > 0
