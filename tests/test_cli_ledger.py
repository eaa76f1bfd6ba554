"""The ledger from the command line: ingest twice, query, search, show, export. Texts written here."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.errors import ConfigurationError

DUMP = """\
Floods force thousands from homes in Sylhet
- Officials say shelters are full
SYLHET: More than 12,000 people were displaced by floods in Sylhet this week, the disaster ministry said.
"We have opened 40 shelters and we need more tents," said Rahim Uddin, the district relief officer.
Aid groups said about 3,000 homes were destroyed in Sunamganj.
"""


def run(*args):
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def test_ingest_is_idempotent_and_figures_match_extract(tmp_path, db_url):
    page = tmp_path / "page.txt"
    page.write_text(DUMP)
    first = json.loads(run("ingest", str(page), "--db", db_url, "--format", "json").stdout)
    second = json.loads(run("ingest", str(page), "--db", db_url, "--format", "json").stdout)
    assert first["articles_added"] == 1 and first["facts_added"] > 0
    assert second["articles_added"] == 0 and second["facts_added"] == 0 and second["articles_skipped"] == 1
    stored = json.loads(run("figures", "--db", db_url, "--format", "json").stdout)
    extracted = json.loads(run("figures", str(page), "--format", "json").stdout)
    assert sorted(stored, key=lambda f: f["start"]) == sorted(extracted, key=lambda f: f["start"])
    assert any(f["value"] == 12000 and f["term"] == "displaced" for f in stored)


def test_queries_search_show_and_hxl_export(tmp_path, db_url):
    page = tmp_path / "page.txt"
    page.write_text(DUMP)
    run("ingest", str(page), "--db", db_url, "--format", "json")
    quotes = list(csv.DictReader(io.StringIO(run("quotes", "--db", db_url, "--speaker", "rahim", "--format", "csv").stdout)))
    assert quotes and quotes[0]["speaker"] == "Rahim Uddin"
    big = json.loads(run("figures", "--db", db_url, "--min-value", "10000", "--format", "json").stdout)
    assert [f["value"] for f in big] == [12000]
    hits = json.loads(run("search", "shelters", "--db", db_url, "--format", "json").stdout)
    assert hits
    shown = json.loads(run("show", hits[0]["article_id"], "--db", db_url, "--format", "json").stdout)
    assert shown["title"] == "Floods force thousands from homes in Sylhet"
    rows = list(csv.reader(io.StringIO(run("export", "--db", db_url, "--format", "hxl").stdout)))
    assert rows[1][0].startswith("#") and all(tag.startswith("#") for tag in rows[1] if tag)
    assert len(rows) >= 3


def test_conflicts_in_the_ledger(tmp_path, db_url):
    page = tmp_path / "page.txt"
    page.write_text("The convoy waited more than 48 hours at the crossing, the aid agency said. "
                    "Border officials said the convoy was cleared within four hours.\n")
    run("ingest", str(page), "--db", db_url, "--format", "json")
    found = json.loads(run("conflicts", "--db", db_url, "--kind", "figure_disagreement", "--format", "json").stdout)
    assert len(found) == 1
    assert {4, 48} <= {c["value"] for c in found[0]["claims"]}


def test_articles_by_the_kind_of_page_they_came_from(tmp_path, db_url):
    (tmp_path / "page.txt").write_text(DUMP)
    (tmp_path / "listing.txt").write_text(LISTING)
    run("ingest", str(tmp_path / "page.txt"), str(tmp_path / "listing.txt"), "--db", db_url)
    teasers = json.loads(run("articles", "--db", db_url, "--page-kind", "listing", "--format", "json").stdout)
    assert [a["title"] for a in teasers["articles"]] == [
        "Floods in Sindh leave 300,000 without shelter", "Chad records 20,000 arrivals from Darfur in June",
        "Bangladesh moves 80,000 people ahead of the cyclone"]
    assert all(a["teaser"] and a["truncated"] for a in teasers["articles"])
    plain = json.loads(run("articles", "--db", db_url, "--page-kind", "article", "--format", "json").stdout)
    assert [a["title"] for a in plain["articles"]] == ["Floods force thousands from homes in Sylhet"]


LISTING = """\
Floods in Sindh leave 300,000 without shelter
Heavy monsoon rains flooded 14 districts of Sindh province this week, leaving some 300,000 people …
Chad records 20,000 arrivals from Darfur in June
Some 20,000 refugees crossed from Darfur into eastern Chad in June, most of them women and …
Bangladesh moves 80,000 people ahead of the cyclone
Authorities moved about 80,000 people from villages in Khulna division to storm shelters on …
"""


TOLLS = [
    {"id": "early", "title": "Flood toll 45", "source": "Peshawar Chronicle", "published": "2024-08-01",
     "text": "Monsoon floods have killed 45 people in Khyber Pakhtunkhwa, the provincial disaster management "
             "authority said on Thursday. Rescue teams are searching for people missing in Swat."},
    {"id": "late", "title": "Flood toll climbs", "source": "Frontier Post", "published": "2024-08-02",
     "text": "The death toll from monsoon floods in Khyber Pakhtunkhwa has risen to 112, the provincial disaster "
             "management authority said on Friday. More rain is forecast next week."},
    {"id": "children", "title": "Children among dead", "source": "Frontier Post", "published": "2024-08-02",
     "text": "At least 40 children were among those killed by the monsoon floods in Khyber Pakhtunkhwa, a UNICEF "
             "official said on Friday. Schools in Swat have been closed."},
]


def test_updates_and_why_figures_were_not_compared(tmp_path, db_url):
    page = tmp_path / "tolls.jsonl"
    page.write_text("".join(json.dumps(a) + "\n" for a in TOLLS))
    now = json.loads(run("conflicts", str(page), "--updates", "--format", "json").stdout)
    assert [(u["earlier"]["value"], u["later"]["value"], u["how"]) for u in now] == [(45, 112, "rise")]
    pairs = json.loads(run("conflicts", str(page), "--explain", "--figure", "40", "--format", "json").stdout)
    assert {(p["relation"], p["reason"]) for p in pairs} == {("refused", "group")}
    assert "groups" in pairs[0]["why"]
    table = run("conflicts", str(page), "--explain").stdout
    assert "update (rise)" in table and "refused (group)" in table

    run("ingest", str(page), "--db", db_url, "--format", "json")
    stored = json.loads(run("conflicts", "--db", db_url, "--updates", "--format", "json").stdout)
    assert stored == now
    late = now[0]["later"]["article"]
    shown = json.loads(run("show", late, "--db", db_url, "--format", "json").stdout)
    assert shown["story"] == late and shown["copies"] == [late] and shown["updates"] == now
    assert "history of its figures" in run("show", late, "--db", db_url).stdout
    explained = json.loads(run("conflicts", "--db", db_url, "--explain", "--article", late, "--format", "json").stdout)
    assert explained == []  # one article alone: nothing to pair
    res = CliRunner().invoke(cli, ["conflicts", "--db", db_url, "--explain"])
    assert isinstance(res.exception, ConfigurationError) and "--article" in str(res.exception)


def test_tables_are_paged_other_formats_are_not(tmp_path, db_url, monkeypatch):
    import newsfacts.cli

    page = tmp_path / "page.txt"
    page.write_text(DUMP)
    run("ingest", str(page), "--db", db_url, "--format", "json")
    every = json.loads(run("figures", "--db", db_url, "--format", "json").stdout)
    assert len(every) >= 3
    monkeypatch.setattr(newsfacts.cli, "TABLE_PAGE", 2)
    table = run("figures", "--db", db_url)
    assert f"{len(every) - 2} more row" in table.stderr and "--limit/--offset or --format jsonl" in table.stderr
    from_input = run("figures", str(page))  # extracted now: the same page and note
    assert f"{len(every) - 2} more row" in from_input.stderr
    assert json.loads(run("figures", "--db", db_url, "--format", "json").stdout) == every  # not paged
    second = json.loads(run("figures", "--db", db_url, "--format", "json", "--limit", "1", "--offset", "1").stdout)
    assert second == every[1:2]
    assert "more row" not in run("figures", "--db", db_url, "--limit", "5").stderr
    n_quotes = len(list(csv.DictReader(io.StringIO(run("quotes", "--db", db_url, "--format", "csv").stdout))))
    assert n_quotes and f"{n_quotes} more row" in run("quotes", "--db", db_url, "--limit", "0").stderr
    assert "more row" not in run("articles", "--db", db_url).stderr
    monkeypatch.setattr(newsfacts.cli, "MORE_COUNTED", 1)  # a large ledger: counting stops past the page
    capped = run("figures", "--db", db_url)
    assert "1 or more rows past these (counting stops there)" in capped.stderr
