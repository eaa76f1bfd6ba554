"""The ledger from the command line: ingest twice, query, search, show, export. Texts written here."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from newsfacts.cli import cli

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
