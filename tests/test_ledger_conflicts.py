"""Conflicts kept in the ledger at ingest, one article at a time: the same as a batch run, copies cluster,
updates are not conflicts, support counts independent sources, denials link. Texts written here."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete

import newsfacts
from newsfacts.eval import conflicts as conflicts_eval
from newsfacts.resolve import find_conflicts, resolve
from newsfacts.store import open_store
from newsfacts.store.schema import claims, conflicts, figure_claims, stories, story_bands

WIRE = ("Floods have displaced about 650,000 people in Sindh province this week, the UN humanitarian office "
        "said on Wednesday. Many families are living in the open along raised roads, it said, and relief "
        "camps in Larkana are full.")
COPY = ("Floods have displaced about 650,000 people in Sindh province this week, the UN humanitarian office "
        "said on Wednesday. Many families are living in the open along raised roads, it said, and relief "
        "camps in Larkana are already full.")
LOCAL = ("Floods have displaced 100,000 people in Sindh province this week, the provincial disaster management "
         "authority said on Wednesday. Camps have opened in Dadu.")
SECOND = ("An aid coalition said on Thursday that some 640,000 people had been displaced by floods in Sindh "
          "province this week. Food stocks are running low.")


def articles(tmp_path: Path, *items: tuple[str, str, str, str]) -> list[newsfacts.Article]:
    """(id, outlet, published, text) -> extracted articles, in order."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": i, "source": o, "published": p, "text": t}) + "\n"
                            for i, o, p, t in items))
    result = newsfacts.extract(str(path))
    assert not result.errors
    return list(result.articles)


def ingest_one_by_one(url: str, found: list[newsfacts.Article]):
    with open_store(url) as store:
        for a in found:
            store.ingest([a], source_label=a.source.id or a.id)
        return store.conflicts()


def test_copies_are_one_story_and_support_counts_independent_sources(tmp_path, db_url):
    wire, copy, local, second = articles(tmp_path, ("wire", "Indus Wire", "2024-08-21", WIRE),
                                         ("copy", "Coastal Gazette", "2024-08-21", COPY),
                                         ("local", "Karachi Ledger", "2024-08-21", LOCAL),
                                         ("second", "Relief Daily", "2024-08-22", SECOND))
    with open_store(db_url) as store:
        store.ingest([wire, copy], source_label="copies")
        assert store.story(copy.id) == [wire.id, copy.id]
        assert store.conflicts(kind="figure_disagreement") == []
        store.ingest([local], source_label="local")
        (conflict,) = store.conflicts(kind="figure_disagreement")
        by_value = {(c.article, c.value): c.sources for c in conflict.claims}
        assert by_value == {(wire.id, 650000): 1, (copy.id, 650000): 1, (local.id, 100000): 1}
        store.ingest([second], source_label="second")  # agrees with the wire story: its support grows
        (conflict,) = store.conflicts(kind="figure_disagreement")
        assert {c.article: c.sources for c in conflict.claims if c.value == 650000} == {wire.id: 2, copy.id: 2}
        assert store.story(local.id) == [local.id]


def test_a_later_higher_cumulative_figure_is_an_update(tmp_path, db_url):
    found = articles(
        tmp_path,
        ("early", "Kivu Observer", "2024-02-05", "Fighting around Sake has displaced 35,000 people in North Kivu "
         "since the start of February, the UN humanitarian office said on Monday."),
        ("late", "Great Lakes Wire", "2024-02-19", "More than 135,000 people have now been displaced by fighting "
         "around Sake in North Kivu since the start of February, the UN humanitarian office said."))
    assert ingest_one_by_one(db_url, found) == []
    with open_store(db_url) as store:
        (update,) = store.updates()
        assert (update.earlier.value, update.later.value) == (35000, 135000)
        assert (update.earlier.article, update.later.article) == (found[0].id, found[1].id)
        assert store.updates(article_id=found[0].id) == [update] and store.updates(since="2024-03") == []
        assert [(u.earlier, u.later) for u in resolve(found).updates] == [(update.earlier, update.later)]


def test_a_newer_version_of_an_article_rebuilds_its_history(tmp_path, db_url):
    early, late = articles(
        tmp_path,
        ("early", "Peshawar Chronicle", "2024-08-01", "Monsoon floods have killed 45 people in Khyber Pakhtunkhwa, "
         "the provincial disaster management authority said."),
        ("late", "Frontier Post", "2024-08-02", "The death toll from monsoon floods in Khyber Pakhtunkhwa has risen "
         "to 112, the provincial disaster management authority said."))
    with open_store(db_url) as store:
        store.ingest([early, late], source_label="both")
        assert [(u.earlier.value, u.later.value, u.how) for u in store.updates()] == [(45, 112, "rise")]
        newer = replace(late, extractors=tuple(f"{x}+1" for x in late.extractors),
                        figures=tuple(replace(f, extractor=f.extractor + "+1") for f in late.figures))
        store.ingest([newer], source_label="newer")
        assert [(u.earlier.value, u.later.value) for u in store.updates()] == [(45, 112)]  # once, not twice


def test_a_denial_links_the_report_it_rejects_in_an_earlier_article(tmp_path, db_url):
    report, denial = articles(
        tmp_path,
        ("report", "Lake Times", "2025-03-03", "Fishermen said soldiers had burned 40 boats on the lake shore near "
         "Baga on Sunday."),
        ("denial", "Army Gazette", "2025-03-04", "The army denied that soldiers had burned any boats on the lake "
         "shore near Baga, saying the fire started in a market."))
    (found,) = ingest_one_by_one(db_url, [report, denial])
    assert found.kind == "denial"
    assert [(c.role, c.article) for c in found.claims] == [("denial", denial.id), ("denied", report.id)]
    assert "burned 40 boats" in found.claims[1].text


def test_opening_an_older_ledger_works_out_its_conflicts(tmp_path, db_url):
    """A ledger from before 0002 (no stories, claims or conflicts) is migrated and caught up in one
    transaction by whoever opens it first; a current ledger missing them is caught up by its next writer,
    not by readers (they only read)."""
    from alembic import command

    from newsfacts.store.engine import WRITE, _config

    found = articles(tmp_path, ("wire", "Indus Wire", "2024-08-21", WIRE), ("local", "Karachi Ledger", "2024-08-21", LOCAL))
    before = ingest_one_by_one(db_url, found)
    assert len(before) == 1
    with open_store(db_url) as store, store.engine.connect().execution_options(**{WRITE: True}) as conn:
        for table in (claims, conflicts, figure_claims, story_bands, stories):
            conn.execute(delete(table))
        config = _config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")  # as a ledger from before 0002 would be
        conn.commit()
    with open_store(db_url) as store:
        assert store.conflicts() == before

    with open_store(db_url) as store, store.engine.begin() as conn:  # current, but never caught up
        for table in (claims, conflicts, figure_claims, story_bands, stories):
            conn.execute(delete(table))
    with open_store(db_url) as store:
        assert store.conflicts() == []  # a reader leaves the ledger as it is
        store.ingest([], source_label="nothing")  # a writer catches up first
        assert store.conflicts() == before


@pytest.mark.slow
def test_the_ledger_finds_what_a_batch_run_finds_on_the_evaluation_set(tmp_path):
    """Every hand-written case, ingested one article per run, gives the conflicts ``extract`` gives."""
    for n, case in enumerate(conflicts_eval.load_cases()):
        result = conflicts_eval.extract_case(case)
        url = str(tmp_path / f"{n}.db")
        stored = ingest_one_by_one(url, list(result.articles))
        assert sorted(map(repr, stored)) == sorted(map(repr, result.conflicts)), case["id"]
        with open_store(url) as store:
            kept = {(u.earlier.article, u.earlier.start, u.later.article, u.later.start, u.how) for u in store.updates()}
            stories = {a.id: store.story(a.id)[0] for a in result.articles}
        batch = {(u.earlier.article, u.earlier.start, u.later.article, u.later.start, u.how) for u in result.updates}
        assert kept == batch, case["id"]
        assert stories == {a.id: a.story for a in result.articles}, case["id"]


def test_a_denial_stored_first_is_linked_when_the_report_arrives(tmp_path, db_url):
    denial, report = articles(
        tmp_path,
        ("denial", "Army Gazette", "2025-03-04", "The army denied that soldiers had burned any boats on the lake "
         "shore near Baga, saying the fire started in a market."),
        ("report", "Lake Times", "2025-03-05", "Fishermen said soldiers had burned 40 boats on the lake shore near "
         "Baga on Sunday."))
    (found,) = ingest_one_by_one(db_url, [denial, report])
    assert [(c.role, c.article) for c in found.claims] == [("denial", denial.id), ("denied", report.id)]
    (batch,) = [c for c in find_conflicts([denial, report]) if c.kind == "denial"]
    assert batch == found  # the batch run agrees


def test_the_statements_a_denial_may_answer_are_the_latest_of_its_window(tmp_path, db_url, monkeypatch):
    """``statements_near`` reads the window's articles a chunk at a time, the latest first, until it has
    ``POOL_LIMIT`` quotes: the same quotes, in the same order, as sorting every quote of the window."""
    from sqlalchemy import select

    from newsfacts.store import conflicts as stored
    from newsfacts.store.schema import articles as article_rows
    from newsfacts.store.schema import quotes

    found = articles(tmp_path, *((f"a{k}", f"Outlet {k}", f"2024-08-{20 + k % 3}",
                                  f'"We need {k + 2} more trucks of water," the mayor of Town{k} said on Monday. '
                                  f'Officials said {k + 10} families had left. "The road is cut," a driver said.')
                                 for k in range(7)))
    left_out = found[3].id
    with open_store(db_url) as store:
        store.ingest(found, source_label="quotes")
        with store.engine.connect() as conn:
            every = conn.execute(select(quotes.c.article_id, quotes.c.start)
                                 .join(article_rows, article_rows.c.id == quotes.c.article_id)
                                 .where(article_rows.c.id != left_out, article_rows.c.published >= "2024-08-20",
                                        article_rows.c.published < "2024-08-22")
                                 .order_by(article_rows.c.pk.desc(), quotes.c.seq.desc())).all()
            assert len(every) >= 6 and left_out not in {a for a, _ in every}
            for limit, chunk in ((len(every) + 5, 400), (len(every), 1), (5, 2), (3, 1), (4, 3)):
                monkeypatch.setattr(stored, "POOL_LIMIT", limit)
                monkeypatch.setattr(stored, "STATEMENT_CHUNK", chunk)
                near = stored.SqlLedger(conn, None).statements_near(left_out, "2024-08-20", "2024-08-22")
                assert [(s.article, s.start) for s in near] == every[:limit][::-1]


def test_a_denial_is_compared_with_an_articles_statements_only_when_it_can_share_enough_words():
    """``denials.may_link``: a statement of another article scores for a denial only when it shares three
    content words with it or the denial points back ("the report"); asked once for all of an article's
    statements, it is False only where every ``link_score`` is 0."""
    from newsfacts.records import Speaker
    from newsfacts.resolve.denials import Statement, link_score, may_link
    from newsfacts.resolve.words import content_words

    denial = Statement("d", "2025-03-04", 0, 60, "soldiers had burned any boats on the lake shore near Baga",
                       Speaker("the army", "the army"), cue="denied that")
    pointing = Statement("d", "2025-03-04", 0, 40, "the report about the market fire was false",
                         Speaker("the army", "the army"), cue="dismissed")
    said = [Statement("r", "2025-03-03", 0, 50, "soldiers had burned 40 boats on the lake shore",
                      Speaker("fishermen", "fishermen")),
            Statement("r", "2025-03-03", 60, 99, "the market reopened on Monday", Speaker("a trader", "a trader"))]
    other = [Statement("o", "2025-03-03", 0, 40, "prices of fish rose in Maiduguri", Speaker("a trader", "a trader"))]
    words = lambda found: frozenset().union(*(content_words(s.text) for s in found))  # noqa: E731
    assert may_link(denial, words(said)) and link_score(denial, said[0]) > 0
    assert not may_link(denial, words(other)) and link_score(denial, other[0]) == 0
    assert may_link(pointing, words(other))  # "the report": named speakers may still link


def test_what_a_writer_keeps_read_is_what_the_ledger_holds_after_more_articles(tmp_path, db_url):
    """``conflicts.Memo`` keeps the statements and stories a writer read for the rest of its run: read again
    after more articles are stored, they are what a fresh read gives, the new ones among them."""
    from newsfacts.store import conflicts as stored

    def quoted(k: int) -> tuple[str, str, str, str]:
        return (f"a{k}", f"Outlet {k}", f"2024-08-{20 + k % 3}",
                f'"We need {k + 2} more trucks of water," the mayor of Town{k} said on Monday. '
                f'Officials said {k + 10} families had left. "The road is cut," a driver said.')

    found = articles(tmp_path, *(quoted(k) for k in range(6)))
    memo = stored.Memo()
    with open_store(db_url) as store:
        store.ingest(found[:3], source_label="first")

        def read(kept: stored.Memo) -> tuple[list, dict]:
            with store.engine.connect() as conn:
                ledger = stored.SqlLedger(conn, None, kept)
                return (ledger.statements_near("none", "2024-08-19", "2024-08-24"),
                        ledger.stories_of(a.id for a in found))

        before = read(memo)
        assert len(memo.statements) == len(before[0]) > 0 and set(before[1]) == {a.id for a in found[:3]}
        store.ingest(found[3:], source_label="more")
        after = read(memo)
        assert after == read(stored.Memo())
        assert len(after[0]) > len(before[0]) and set(after[1]) == {a.id for a in found}
        memo.rolled_back()
        assert not memo.statements and not memo.stories and not memo.open_denials


def test_a_claim_read_again_is_built_once_and_a_changed_row_is_read_anew(tmp_path, db_url):
    """``conflicts._claim_of`` keeps claims built by their whole row: the same row reads as the same claim,
    a row that changed reads as what it holds now."""
    from sqlalchemy import select, update

    from newsfacts.store import conflicts as stored

    (wire,) = articles(tmp_path, ("wire", "Indus Wire", "2024-08-21", WIRE))
    with open_store(db_url) as store:
        store.ingest([wire], source_label="wire")
        with store.engine.connect() as conn:
            ledger = stored.SqlLedger(conn, None)
            query = select(figure_claims).where(figure_claims.c.article_id == wire.id)
            (first,) = ledger._read(query)
            (again,) = ledger._read(query)
            assert again[1] is first[1] and first[1].claim.value == 650000
            conn.execute(update(figure_claims).where(figure_claims.c.id == first[0]).values(value=640000))
            (changed,) = ledger._read(query)
            assert changed[0] == first[0] and changed[1].claim.value == 640000
            assert ledger._read(query, {"other|topic"}) == []
