"""Worker processes (``--workers``, ``parallel.run_batches``): the same JSON and the same ledger as one process,
in the same order; a worker that dies fails its batch's articles, not the run."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts import Article, Failure
from newsfacts.api import iter_extract
from newsfacts.cli import cli
from newsfacts.errors import ConfigurationError
from newsfacts.parallel import resolve_workers, usable_cores
from newsfacts.stage import Stage, per_article

# Short texts written for this test: figures, a quote, places, two reports of one event that disagree.
TEXTS = {
    "a.txt": "NAIROBI, March 3 (Wire) - Floods have displaced 12,000 people in the Tana River county, the Kenya Red "
             "Cross said on Tuesday.\n\n\"Roads are cut and the water is still rising,\" said Amina Odhiambo, a "
             "Red Cross official.\n",
    "b.txt": "Floods in Kenya's Tana River county have forced 30,000 people from their homes, local officials said "
             "on Wednesday, March 4. At least nine people have died.\n",
    "c.txt": "GENEVA - The UN refugee agency said 4,500 people crossed into Chad from Sudan last week, bringing the "
             "number of arrivals this year to 60,000.\n",
    "d.txt": "Police in Lagos arrested 14 people after protests over fuel prices on Friday, a spokesman said.\n",
}


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text)
    return [str(tmp_path / name) for name in sorted(TEXTS)]


def test_resolve_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_workers(3) == 3
    assert resolve_workers(0) == usable_cores() >= 1
    monkeypatch.setenv("NEWSFACTS_WORKERS", "2")
    assert resolve_workers(None) == 2
    with pytest.raises(ConfigurationError):
        resolve_workers(-1)


@pytest.mark.slow
def test_two_workers_give_the_same_json_and_ledger(inputs: list[str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "1")  # one batch per article: both workers get some, out of order
    runner = CliRunner()
    out = {}
    for n in (1, 2):
        db = str(tmp_path / f"w{n}.db")
        result = runner.invoke(cli, ["ingest", *inputs, "--db", db, "--workers", str(n), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["articles_added"] == len(TEXTS)
        out[n] = _ledger(db)
    assert out[1] == out[2]
    assert out[2]["figures"], "the texts have figures: the comparison must not be empty"
    extracted = {}
    for n in (1, 2):
        result = runner.invoke(cli, ["extract", *inputs, "--format", "json", "--workers", str(n)])
        assert result.exit_code == 0, result.output
        extracted[n] = json.loads(result.stdout)
    assert extracted[1] == extracted[2]
    # the same articles as the ledger's, in input order
    assert [a["id"] for a in extracted[2]["articles"]] == [r[0] for r in out[1]["articles"]]


def _ledger(db: str) -> dict[str, list]:
    """What the ledger holds, without the run's ids and times."""
    with sqlite3.connect(db) as conn:
        return {
            "articles": conn.execute("SELECT id, title, published, story FROM articles a LEFT JOIN "
                                     "(SELECT article_id, story_id AS story FROM stories) s ON s.article_id = a.id "
                                     "ORDER BY pk").fetchall(),
            "figures": conn.execute("SELECT article_id, seq, value, unit, term, place_country FROM figures "
                                    "ORDER BY article_id, seq").fetchall(),
            "quotes": conn.execute("SELECT article_id, seq, text FROM quotes ORDER BY article_id, seq").fetchall(),
            "conflicts": conn.execute("SELECT about, kind FROM conflicts ORDER BY id").fetchall(),
            "claims": conn.execute("SELECT conflict_id, seq, article_id, value FROM claims "
                                   "ORDER BY conflict_id, seq").fetchall(),
        }


# -- a worker that dies: a stage of this module (importable by the workers), no spaCy model needed ---------


def _mark(work) -> dict:
    if "CRASH" in work.article.text:
        os._exit(3)  # the worker process dies here, as a crash in native code would kill it
    return {"notes": ("marked",)}


MARK = Stage("mark", "1", per_article(_mark), requires=("text",), assigns=("notes",))


def test_a_worker_that_dies_fails_its_batch_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "2")
    names = []
    for i in range(7):
        body = "This one CRASHES the worker." if i == 3 else f"Article number {i} is fine."
        (tmp_path / f"{i}.txt").write_text(f"Title {i}\n\n{body} " * 3)
        names.append(str(tmp_path / f"{i}.txt"))
    items = list(iter_extract(names, stages=[MARK], workers=2))
    kinds = ["failure" if isinstance(x, Failure) else "article" for x in items]
    # batches (0 1) (2 3) (4 5) (6): the second batch's two articles fail, in place; the others go through
    assert kinds == ["article", "article", "failure", "failure", "article", "article", "article"]
    assert all(x.notes == ("marked",) for x in items if isinstance(x, Article))
    failed = [x for x in items if isinstance(x, Failure)]
    assert all(f.stage == "worker" and "died" in f.reason for f in failed)
    assert "2.txt" in failed[0].source and "3.txt" in failed[1].source


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_ledger(inputs: list[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs only where the dask extra is installed (pip install -e '.[dask]'): CI installs .[dev] alone."""
    pytest.importorskip("distributed")
    monkeypatch.setenv("NEWSFACTS_BATCH_SIZE", "1")
    runner = CliRunner()
    out = {}
    for name, extra in (("one", ["--workers", "1"]), ("dask", ["--engine", "dask", "--workers", "2"])):
        db = str(tmp_path / f"{name}.db")
        result = runner.invoke(cli, ["ingest", *inputs, "--db", db, "--format", "json", *extra])
        assert result.exit_code == 0, result.output
        out[name] = _ledger(db)
    assert out["one"] == out["dask"] and out["dask"]["figures"]


def test_an_unknown_engine_is_a_configuration_error(inputs: list[str]) -> None:
    with pytest.raises(ConfigurationError, match="engine"):
        iter_extract(inputs, engine="spark")
