"""One filter per kind, the same on articles in memory (INPUTS) and in the ledger (SQL), and a clear error or a
normalisation for values it does not know."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_store import ledger, make_article

from newsfacts import extract
from newsfacts.api import select_conflicts, select_facts
from newsfacts.cli import cli, main
from newsfacts.errors import ConfigurationError
from newsfacts.filters import ConflictFilter, FigureFilter, QuoteFilter, country_code, select
from newsfacts.records import Quote, Speaker
from newsfacts.store import open_store

FIGURE_FILTERS = [
    {}, {"country": "pak"}, {"country": "Pakistan"}, {"term": "Deported"}, {"category": "other"},
    {"min_value": 10_000}, {"speaker": "wali"}, {"outlet": "beta.example"}, {"since": "2025-06-01"},
    {"until": "2025-06"}, {"since": "2025-04", "until": "2025-11-30"}, {"date_field": "event", "since": "2025"},
    {"date_field": "event", "until": "2024-12-31"}, {"date_field": "event", "since": "2025-03-15", "until": "2025-03-16"},
    {"country": "PAK", "min_value": 1e6, "since": "2025-12"}, {"country": "SDN"},
]


def quoted_article():
    text = 'The minister said: "We will open two more crossings." Officials agreed.'
    q = Quote(text="We will open two more crossings.", kind="direct", cue="said",
              speaker=Speaker(name="Sara Ahmadi", mention="The minister", role="minister", type="person", start=0,
                              end=12), start=text.index("We"), end=text.index(" Officials"), extractor="quotes@1")
    return make_article("crossings", text, published="2025-07-01", outlet="gamma.example", quotes=(q,))


@pytest.mark.parametrize("fields", FIGURE_FILTERS)
def test_a_figure_filter_keeps_the_same_figures_in_memory_and_in_the_ledger(db_url, fields):
    articles = ledger()
    with open_store(db_url) as store:
        store.ingest(articles, source_label="ledger")
        where = FigureFilter(**fields)
        from_ledger = [(s.article.id, s.figure) for s in store.figures(where)]
    assert [(a.id, f) for a, f in select(articles, where)] == from_ledger
    assert [(a.id, f) for a, f in select(articles, where, limit=1)] == from_ledger[:1]


@pytest.mark.parametrize("fields", [{}, {"speaker": "ahmadi"}, {"speaker": "minister", "text": "CROSSINGS"},
                                    {"speaker": "nobody"}, {"outlet": "alpha.example"}, {"since": "2025-07-02"},
                                    {"until": "2025-07"}])
def test_a_quote_filter_keeps_the_same_quotes_in_memory_and_in_the_ledger(tmp_path, fields):
    articles = [quoted_article(), *ledger()]
    with open_store(str(tmp_path / "q.db")) as store:
        store.ingest(articles, source_label="quotes")
        where = QuoteFilter(**fields)
        from_ledger = [(s.article.id, s.quote) for s in store.quotes(where)]
    assert [(a.id, q) for a, q in select(articles, where)] == from_ledger


@pytest.fixture(scope="module")
def sample_ledger(sample_path, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("ledger") / "sample.db")
    articles = extract(str(sample_path)).articles
    with open_store(db) as store:
        store.ingest(articles, source_label="sample")
    return articles, db


@pytest.mark.parametrize("where", [FigureFilter(), FigureFilter(category="displacement"), FigureFilter(country="MKD"),
                                   FigureFilter(min_value=1000, speaker="un"), FigureFilter(term="fled"),
                                   QuoteFilter(), QuoteFilter(speaker="said"), QuoteFilter(text="the")])
def test_files_and_the_ledger_give_the_same_rows(sample_ledger, where):
    articles, db = sample_ledger
    from_ledger = [(a.id, fact) for a, fact in select_facts(where, db=db)]
    assert [(a.id, fact) for a, fact in select(articles, where)] == from_ledger


def test_inputs_are_filtered_like_the_ledger_from_the_command_line(sample_ledger, sample_path):
    _, db = sample_ledger
    runner = CliRunner()
    args = ["figures", "--country", "Bangladesh", "--category", "casualties", "--format", "json"]
    from_files = runner.invoke(cli, [*args, str(sample_path)], catch_exceptions=False)
    from_ledger = runner.invoke(cli, [*args, "--db", db], catch_exceptions=False)
    assert from_files.exit_code == from_ledger.exit_code == 0
    assert json.loads(from_files.stdout) == json.loads(from_ledger.stdout) != []
    everything = json.loads(runner.invoke(cli, ["figures", "--format", "json", str(sample_path)]).stdout)
    assert len(everything) > len(json.loads(from_files.stdout))


def test_conflicts_from_inputs_are_filtered_too(sample_path):
    found = select_conflicts(ConflictFilter(), [str(sample_path)])
    assert found == list(extract(str(sample_path)).conflicts)
    kinds = {c.kind for c in found}
    assert all(c.kind == "denial" for c in select_conflicts(ConflictFilter(kind="denial"), [str(sample_path)]))
    assert select_conflicts(ConflictFilter(since="1990"), [str(sample_path)]) == []  # the sample states no dates
    assert kinds <= {"figure_disagreement", "denial"}


@pytest.mark.parametrize("args, message", [
    (["--category", "displaced"], "unknown category 'displaced'; choose from displacement, casualties, aid"),
    (["--country", "Narnia"], "unknown country 'Narnia'"),
    (["--since", "last week"], "is not a date"),
])
def test_unknown_values_are_a_usage_error_that_lists_what_is_allowed(sample_path, capsys, monkeypatch, args, message):
    monkeypatch.setattr("sys.argv", ["newsfacts", "figures", str(sample_path), *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_country_names_and_codes_become_alpha3():
    assert country_code("Sudan") == country_code("sdn") == country_code("SD") == "SDN"
    assert country_code("xkx") == "XKX"
    with pytest.raises(ConfigurationError, match="unknown country"):
        FigureFilter(country="Atlantis")
    with pytest.raises(ConfigurationError, match="choose from figure_disagreement, denial"):
        ConflictFilter(kind="quarrel")
    assert FigureFilter(category="Casualties").category == "casualties"
