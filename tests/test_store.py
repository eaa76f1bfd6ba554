"""The store: round trips, idempotency, failures, full-text search, filters, extractor versions and a
kill -9 in the middle of an ingest; every test on SQLite and on PostgreSQL (marked ``postgres``,
skipped when no server answers at 127.0.0.1:5432, or at ``NEWSFACTS_TEST_PG``)."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

import newsfacts
from newsfacts.errors import StoreError
from newsfacts.records import (
    Article,
    DateMention,
    Failure,
    Figure,
    Mention,
    Quote,
    Source,
    Speaker,
    article_id,
)
from newsfacts.store import open_store, resolve_url
from newsfacts.store.schema import articles, figures, mentions

HERE = Path(__file__).resolve().parent
@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        yield s


# -- articles: extracted from texts we wrote, and built by hand --------------------------------------

NEWS = [
    {"id": "floods-1", "source": "dawn.example", "published": "2025-08-14", "url": "https://dawn.example/floods",
     "title": "Floods displace thousands of families in Sindh",
     "text": "KARACHI: More than 4,500 families have been displaced by floods in Sindh since Monday, the "
             "provincial disaster authority said on Wednesday.\n\n\"We have never seen the water rise this fast,\" "
             "said Amina Qureshi, a spokesperson for the authority. \"At least 12 people have been killed.\"\n\n"
             "Relief camps in Hyderabad were sheltering about 9,000 people, officials said."},
    {"id": "border-2", "source": "news.example", "published": "2025-11-20", "url": "https://news.example/border",
     "title": "Thousands return across the Torkham border",
     "text": "PESHAWAR: Nearly 650,000 Afghans have returned from Pakistan since last year, the UN refugee "
             "agency said on Thursday.\n\nAid groups warned that winter would make conditions worse. \"Families "
             "arrive with nothing,\" said Omar Khan, who runs a shelter in Kabul."},
]


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> tuple[Article, ...]:
    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    path.write_text("".join(json.dumps(obj) + "\n" for obj in NEWS), encoding="utf-8")
    result = newsfacts.extract(str(path))
    assert len(result.articles) == 2 and not result.errors
    assert any(a.figures for a in result.articles) and any(a.quotes for a in result.articles)
    return result.articles


def make_article(key: str, text: str, *, published: str | None = None, outlet: str = "example.org",
                 figures: tuple[Figure, ...] = (), quotes: tuple[Quote, ...] = (), version: str = "1") -> Article:
    return Article(id=article_id(key, text), source=Source(path=f"{key}.txt", outlet=outlet, kind="text"),
                   text=text, title=key.title(), published=published, figures=figures, quotes=quotes,
                   extractors=(f"quotes@{version}", f"figures@{version}"))


def figure(text: str, phrase: str, value: float, *, term: str, category: str = "displacement",
           country: str | None = None, when: str | None = None, speaker: str | None = None,
           version: str = "1") -> Figure:
    start = text.index(phrase)
    place = None
    if country:
        place = Mention(text="Province X", type="place", canonical="Province X", start=0, end=10, country=country,
                        geonames_id=123, lat=34.5, lon=69.25, precision="admin", match="exact",
                        extractor="entities@1+places@1")
    when_mention = DateMention(text="then", value=when, precision="month", start=0, end=4,
                               extractor="dates@1") if when else None
    stated_by = Speaker(name=speaker, mention=speaker, role="spokesperson", type="person", start=0, end=3) \
        if speaker else None
    return Figure(value=value, start=start, end=start + len(phrase), unit="person", counted="people", term=term,
                  category=category, place=place, when=when_mention, stated_by=stated_by, text=phrase,
                  flags=("vague",) if value > 1e6 else (), alternatives=(value / 10,),
                  extractor=f"figures@{version}")


def ledger() -> list[Article]:
    """Three hand-built articles with figures that differ in every filtered field."""
    t1 = "In Province X 4,000 people were displaced in March, officials said."
    t2 = "Some 20,000 people were deported from Province Y last year."
    t3 = "Floods left 2,500,000 people at risk across Province Z."
    return [
        make_article("one", t1, published="2025-03-20", outlet="alpha.example",
                     figures=(figure(t1, "4,000", 4000, term="displaced", country="AFG", when="2025-03",
                                     speaker="Ahmad Wali"),)),
        make_article("two", t2, published="2025-06-01", outlet="beta.example",
                     figures=(figure(t2, "20,000", 20000, term="deported", country="PAK", when="2024"),)),
        make_article("three", t3, published="2025-12-05", outlet="beta.example",
                     figures=(figure(t3, "2,500,000", 2.5e6, term="at risk", category="other", country="PAK"),)),
    ]


def count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# -- the tests ------------------------------------------------------------------------------------


def test_migrated_database_matches_the_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from newsfacts.store.schema import include_object, metadata

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, metadata) == []


def test_round_trip_returns_what_extract_produced(store, extracted):
    summary = store.ingest(extracted, source_label="news.jsonl")
    n_facts = sum(len(a.mentions) + len(a.quotes) + len(a.figures) + len(a.dates) for a in extracted)
    assert (summary.articles_added, summary.facts_added, summary.failures) == (2, n_facts, 0)
    for a in extracted:
        assert store.article(a.id) == a
    assert [f.figure for f in store.figures()] == [f for a in extracted for f in a.figures]
    assert [q.quote for q in store.quotes()] == [q for a in extracted for q in a.quotes]
    found = store.figures(limit=1)[0]
    assert found.article.id == extracted[0].id and found.article.outlet == "dawn.example"
    assert found.article.published == "2025-08-14"
    assert store.articles() == [dataclasses.replace(a, mentions=(), quotes=(), figures=(), dates=()) for a in extracted]
    assert store.articles(with_facts=True) == list(extracted)
    assert store.article("no-such-id") is None


def test_ingesting_twice_adds_nothing_and_says_so(store, extracted):
    first = store.ingest(extracted, source_label="news.jsonl")
    rows = count(store, mentions), count(store, figures)
    second = store.ingest(extracted, source_label="news.jsonl")
    assert (second.articles_added, second.facts_added, second.articles_skipped) == (0, 0, 2)
    assert second.run_id != first.run_id
    assert (count(store, mentions), count(store, figures)) == rows
    assert count(store, articles) == 2
    assert [r["status"] for r in store.runs()] == ["finished", "finished"]


def test_failures_are_recorded_and_the_run_goes_on(store):
    items = [Failure("broken.html", "not HTML: binary content", stage="ingest"), *ledger(),
             Failure("feed.xml", "XML with entity declarations")]
    summary = store.ingest(items, source_label="mixed")
    assert (summary.articles_added, summary.failures) == (3, 2)
    assert store.failures(summary.run_id) == [items[0], items[-1]]
    run = store.runs()[0]
    assert (run["id"], run["status"], run["failures"], run["articles_added"]) == (summary.run_id, "finished", 2, 3)
    assert run["finished"] is not None


def test_progress_is_called_after_each_item(store):
    seen = []
    store.ingest([*ledger(), Failure("x", "bad")], source_label="p", progress=seen.append)
    assert [(s.articles_added, s.failures) for s in seen] == [(1, 0), (2, 0), (3, 0), (3, 1)]


@pytest.mark.parametrize("group", [1, 2, 50])
def test_an_article_the_store_refuses_fails_alone_in_its_group(store, monkeypatch, group):
    """Articles are committed in groups, each in a savepoint: the refused one (a place mention without
    its canonical name, which the schema does not allow) is recorded as a failure and leaves no row; the
    others of its group, one of them under the outlet the refused one named first, are stored whole."""
    from newsfacts.store import ingest

    monkeypatch.setattr(ingest, "GROUP_ARTICLES", group)
    one, two, three = ledger()
    text = "Some 300 people fled Province Q."
    bad = make_article("bad", text, outlet="gamma.example", figures=(figure(text, "300", 300, term="fled"),))
    bad = dataclasses.replace(bad, mentions=(Mention(text="Province Q", type="place", canonical=None, start=21,
                                                     end=31, extractor="entities@1"),))
    two = dataclasses.replace(two, source=dataclasses.replace(two.source, outlet="gamma.example"))
    summary = store.ingest([one, bad, two, three], source_label="refused")
    assert (summary.articles_added, summary.failures) == (3, 1)
    assert [f.stage for f in store.failures(summary.run_id)] == ["store"]
    assert {a.id for a in store.articles()} == {one.id, two.id, three.id}
    assert store.article(two.id).source.outlet == "gamma.example"
    assert (count(store, figures), count(store, mentions)) == (3, 0)
    assert store.runs()[0]["status"] == "finished"


def test_when_the_input_fails_what_was_stored_before_it_is_kept(store, monkeypatch):
    from newsfacts.store import ingest

    monkeypatch.setattr(ingest, "GROUP_ARTICLES", 50)

    def items():
        yield from ledger()[:2]
        raise RuntimeError("the input broke")

    with pytest.raises(RuntimeError):
        store.ingest(items(), source_label="broken")
    assert count(store, articles) == 2
    run = store.runs()[0]
    assert (run["status"], run["articles_added"]) == ("failed", 2)


def test_full_text_search_finds_words_in_articles_and_quotes(store, extracted):
    store.ingest(extracted, source_label="news.jsonl")
    hits = [h for h in store.search("relief camps") if h.kind == "article"]
    assert [h.article_id for h in hits] == [extracted[0].id] and "[Relief] [camps]" in hits[0].snippet
    quote_hits = [h for h in store.search("water") if h.kind == "quote"]
    assert quote_hits and quote_hits[0].article_id == extracted[0].id
    a = extracted[0]
    assert "water" in a.text[quote_hits[0].start:quote_hits[0].end]
    assert store.search("families displaced")  # stemmed: "displaced" and "displace" in the title
    assert store.search("blizzard") == []
    assert store.search('"AND (OR * NEAR/2 blizzard:') == [] and store.search("  ") == []  # no query syntax
    assert [a.id for a in store.articles(text="winter")] == [extracted[1].id]


def test_figure_filters(store):
    one, two, three = ledger()
    store.ingest([one, two, three], source_label="ledger")

    def ids(**filters):
        return [f.article.id for f in store.figures(**filters)]

    assert ids() == [one.id, two.id, three.id]
    assert ids(country="pak") == [two.id, three.id]
    assert ids(term="Deported") == [two.id]
    assert ids(category="other") == [three.id]
    assert ids(min_value=10_000) == [two.id, three.id]
    assert ids(speaker="wali") == [one.id]
    assert ids(outlet="beta.example") == [two.id, three.id]
    assert ids(since="2025-06-01") == [two.id, three.id]
    assert ids(until="2025-06") == [one.id, two.id]
    assert ids(since="2025-04", until="2025-11-30") == [two.id]
    assert ids(date_field="event", since="2025") == [one.id]
    assert ids(date_field="event", until="2024-12-31") == [two.id]
    assert ids(date_field="event", since="2025-03-15", until="2025-03-16") == [one.id]  # March overlaps
    assert ids(country="PAK", min_value=1e6, since="2025-12") == [three.id]
    assert ids(limit=1) == [one.id]


def test_a_page_of_figures_is_read_in_stored_order_off_an_index(store):
    """The default order is the figures' key (the order stored); on SQLite the first page, filtered by
    country, category or event or not at all, is read off an index with no sort of every row it keeps."""
    from newsfacts.filters import FigureFilter
    from newsfacts.store import queries

    one, two, three = ledger()
    store.ingest([three, one, two], source_label="ledger")
    assert [f.article.id for f in store.figures()] == [three.id, one.id, two.id]
    assert [f.article.id for f in store.figures(country="PAK")] == [three.id, two.id]
    if store.dialect != "sqlite":
        return
    with store.engine.connect() as conn:
        for where in (FigureFilter(), FigureFilter(country="PAK"), FigureFilter(category="displacement"),
                      FigureFilter(event="displaced"), FigureFilter(country="AFG", category="displacement")):
            sql = str(queries.figure_query(where, 50).compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "TEMP B-TREE" not in plan, (where, plan)
            assert "SCAN figures" in plan or "USING INDEX ix_figures_" in plan, (where, plan)


def test_counts_stop_at_a_cap_and_country_codes_are_stored_upper_case(store):
    from newsfacts.filters import FigureFilter

    one, two, three = ledger()
    lower = dataclasses.replace(two, figures=(dataclasses.replace(
        two.figures[0], place=dataclasses.replace(two.figures[0].place, country="pak")),))
    store.ingest([one, lower, three], source_label="ledger")
    assert store.count_facts(FigureFilter()) == 3
    assert store.count_facts(FigureFilter(), cap=2) == 2  # two or more
    assert store.count_facts(FigureFilter(country="PAK"), cap=5) == 2
    assert store.count_articles() == 3 and store.count_articles(cap=1) == 1
    assert [f.figure.place.country for f in store.figures(country="pak")] == ["PAK", "PAK"]


def test_quote_and_article_filters(store):
    text = 'The minister said: "We will open two more crossings." Officials agreed.'
    q = Quote(text="We will open two more crossings.", kind="direct", cue="said",
              speaker=Speaker(name="Sara Ahmadi", mention="The minister", role="minister", type="person", start=0,
                              end=12), start=text.index("We"), end=text.index(" Officials"), extractor="quotes@1")
    a = make_article("crossings", text, published="2025-07-01", outlet="gamma.example", quotes=(q,))
    store.ingest([a, *ledger()], source_label="quotes")
    assert [s.quote for s in store.quotes(speaker="ahmadi")] == [q]
    assert [s.quote for s in store.quotes(speaker="minister", text="CROSSINGS")] == [q]
    assert store.quotes(speaker="nobody") == [] and store.quotes(outlet="alpha.example") == []
    assert store.quotes(since="2025-07-02") == [] and len(store.quotes(until="2025-07")) == 1
    assert [x.id for x in store.articles(outlet="beta.example")] == [ledger()[1].id, ledger()[2].id]
    assert [x.id for x in store.articles(since="2025-06", until="2025-07-31")] == [a.id, ledger()[1].id]
    assert store.conflicts() == []


def test_articles_filtered_by_the_kind_of_page_they_came_from(store):
    live = dataclasses.replace(make_article("live", "Gunmen attacked two districts, residents said."),
                               page_kind="liveblog")
    teaser = dataclasses.replace(make_article("teaser", "A convoy reached the city on Tuesday …"),
                                 page_kind="listing", teaser=True, truncated=True)
    store.ingest([live, teaser], source_label="kinds")
    assert [a.id for a in store.articles(page_kind="liveblog")] == [live.id]
    (found,) = store.articles(page_kind="listing")
    assert found.id == teaser.id and found.teaser and found.truncated
    assert store.articles(page_kind="bulletin") == []


def test_a_newer_extractor_adds_rows_beside_the_old_ones(store):
    text = "Around 3,000 people fled the fighting and 40 homes burned."
    v1 = make_article("versions", text, figures=(figure(text, "3,000", 3000, term="fled"),))
    v2 = make_article("versions", text, version="2",
                      figures=(figure(text, "3,000", 3000, term="fled", version="2"),
                               figure(text, "40", 40, term="burned", category="other", version="2")))
    assert v1.id == v2.id
    store.ingest([v1], source_label="v1")
    summary = store.ingest([v2], source_label="v2")
    assert (summary.articles_added, summary.articles_updated, summary.facts_added) == (0, 1, 2)
    assert count(store, figures) == 3  # the old version's row is still there
    assert [f.figure for f in store.figures()] == list(v2.figures)
    assert store.article(v1.id) == dataclasses.replace(v2, story=v1.id)
    again = store.ingest([v2, v1], source_label="again")  # neither version adds anything twice
    assert (again.articles_skipped, again.facts_added) == (2, 0)
    assert store.article(v1.id) == dataclasses.replace(v2, story=v1.id)


def test_crash_mid_ingest_then_rerun_stores_every_article_once(db_url, tmp_path):
    n = 300
    path = tmp_path / "crash.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"Report {i}: about {1000 + i:,} people were displaced in Province {i % 7} this week."
            f.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "published": "2025-10-01", "text": text}) + "\n")
    store = open_store(db_url)  # migrate first, so the child only writes articles
    command = [sys.executable, str(HERE / "store_crash_child.py"), db_url, str(path)]
    child = subprocess.Popen([*command, "--slow"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while count(store, articles) < 20 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored_at_kill = count(store, articles)
    assert 0 < stored_at_kill < n, child.stderr.read().decode()
    assert store.runs()[0]["status"] == "running" and store.runs()[0]["finished"] is None

    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["added"] + report["skipped"] == n and report["skipped"] >= stored_at_kill
    with store.engine.connect() as conn:
        ids = conn.execute(select(articles.c.source_id)).scalars().all()
        assert sorted(ids) == sorted(f"r{i}" for i in range(n))
        assert conn.execute(select(func.count()).select_from(figures)).scalar_one() == n
        assert conn.execute(select(func.count()).select_from(mentions)).scalar_one() == n
    store.close()


# -- opening stores: URLs, defaults, SQLite settings ------------------------------------------------


def test_urls_and_the_default_location(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSFACTS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_url() == f"sqlite:///{tmp_path}/data/newsfacts/newsfacts.db"
    monkeypatch.setenv("NEWSFACTS_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path}/env.db"
    assert resolve_url(tmp_path / "arg.db") == f"sqlite:///{tmp_path}/arg.db"
    assert resolve_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


def test_sqlite_runs_in_wal_with_full_sync_and_a_busy_timeout(tmp_path):
    with open_store(tmp_path / "s.db") as store, store.engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "synchronous", "busy_timeout", "foreign_keys")}
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "busy_timeout": 30_000, "foreign_keys": 1}


def test_a_bad_url_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store("nosuchdialect://x/y")
    with pytest.raises(StoreError):
        open_store("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2")


def test_two_writers_at_once_store_everything_once(db_url, tmp_path):
    """Two ingest processes on one ledger at the same time: SQLite's writers take turns (BEGIN
    IMMEDIATE, busy timeout), PostgreSQL's take turns on the conflicts lock; nothing fails or repeats."""
    store = open_store(db_url)  # migrate first
    paths = []
    for side in ("a", "b"):
        path = tmp_path / f"{side}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i in range(60):
                text = f"Report {side}{i}: {500 + i:,} people were displaced in Province {i % 5} this week."
                f.write(json.dumps({"id": f"{side}{i}", "title": f"Report {side}{i}", "published": "2025-10-01",
                                    "text": text}) + "\n")
        paths.append(path)
    children = [subprocess.Popen([sys.executable, str(HERE / "store_crash_child.py"), db_url, str(p)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in paths]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert json.loads(out)["added"] == 60
    assert count(store, articles) == 120
    assert store.failures() == []
    store.close()
