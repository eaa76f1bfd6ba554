"""Per-file metadata for text inputs (front matter, a manifest) and what directory ingest skips.

The folder ``tests/pages`` is written for these tests: four texts (one with front matter, one with a
malformed block), a JSONL file named ``.json``, a manifest, and the sidecars a real folder holds (a README,
a ``.meta`` file, an ``.expected.json``, a hidden file)."""

from __future__ import annotations

import json
import logging
import shutil

import pytest
from click.testing import CliRunner
from conftest import ROOT

import newsfacts
from newsfacts import api
from newsfacts.cli import cli
from newsfacts.errors import ConfigurationError
from newsfacts.ingest import Metadata, load_manifest
from newsfacts.ingest.metadata import MALFORMED, split_front_matter

PAGES = ROOT / "tests" / "pages"
MANIFEST = PAGES / "manifest.csv"
NO_STAGES: list = []


def by_file(extraction) -> dict:
    return {(a.source.path or "").rsplit("/", 1)[-1]: a for a in extraction.articles}


# --- front matter ----------------------------------------------------------------------------------


def test_front_matter_values_are_read_and_the_block_is_removed():
    text = ("---\n# a comment\ntitle: \"Sudan: 20 killed\"\noutlet: 'Nile ''Daily'''\nurl: https://nile.example/a\n"
            "published: 2025-12-05T08:30:00+02:00\nlanguage: fr-CA\nlayout: post\ntags:\n  - sudan\n---\nBody here.\n")
    found = split_front_matter(text, 4096)
    assert found.metadata == Metadata(title="Sudan: 20 killed", url="https://nile.example/a", outlet="Nile 'Daily'",
                                      published="2025-12-05", language="fr")
    assert found.body == "Body here.\n"
    assert found.problems == () and found.ignored == ("layout", "tags")


def test_malformed_lines_are_named_and_the_good_values_kept():
    text = ("---\ntitle: Storm\npublished: 2024-13-45\noutlet The Herald\nurl: ftp://x\nlanguage: english\n"
            "title: again\nsource: &anchor x\noutlet: |\n---\nA storm cut power.\n")
    found = split_front_matter(text, 4096)
    assert found.metadata == Metadata(title="Storm")
    assert found.body == "A storm cut power.\n"
    problems = "\n".join(found.problems)
    for expected in ("line 3: published: '2024-13-45' is not a valid date",
                     "line 4: not a 'key: value' line: 'outlet The Herald'",
                     "line 5: url: 'ftp://x' is not an http(s) URL",
                     "line 6: language: 'english' is not a language code",
                     "line 7: title is given twice", "line 9: outlet: YAML syntax"):
        assert expected in problems
    assert found.ignored == ("source",)  # an unknown key's value is never parsed


@pytest.mark.parametrize("text", [
    "No front matter here.\n---\ntitle: x\n---\n",
    "---\nSudan: thousands flee the fighting\n\nKHARTOUM: body.\n---\nNext article\n",  # a rule and a headline
    "--- title: x\n---\nBody\n",
])
def test_text_without_front_matter_is_left_alone(text):
    assert split_front_matter(text, 4096) is None


def test_a_block_not_closed_within_the_limit_stays_in_the_text():
    text = "---\ntitle: x\n" + "outlet: y\n" * 50 + "---\nBody\n"
    found = split_front_matter(text, 200)
    assert found.body == text and found.metadata == Metadata()
    assert "no closing '---' line within 200 characters" in found.problems[0]
    assert split_front_matter(text, 4096).metadata == Metadata(title="x", outlet="y")  # within the limit: read


def test_front_matter_file_fills_the_article_and_offsets_point_into_its_text():
    result = newsfacts.extract(str(PAGES / "flood-valley.txt"))
    (article,) = result.articles
    assert article.title == "Valley floods: 3,000 leave their homes"  # over segmentation's "Floods in the valley"
    assert (article.url, article.source.outlet, article.published, article.language) == (
        "https://valleypost.example/news/floods-3000", "Valley Post", "2024-03-01", "en")
    assert "---" not in article.text and "outlet:" not in article.text
    assert article.figures and article.quotes
    for fact in (*article.figures, *article.quotes, *article.mentions):
        assert article.text[fact.start:fact.end] == fact.text
    assert any(article.text[f.start:f.end] == "3,000" for f in article.figures)


def test_a_declared_title_is_not_forced_on_several_articles():
    text = ("---\ntitle: Morning briefing\noutlet: Briefing Wire\n---\n"
            "Floods force thousands from homes in Sylhet\nhttps://example.org/sylhet-floods\n"
            "SYLHET: More than 12,000 people were displaced by floods in Sylhet this week, the ministry said.\n\n"
            "Fire destroys stalls at Juba market\nhttps://example.org/juba-fire\n"
            "JUBA: A fire destroyed 120 stalls at the central market on Sunday, the fire service said.\n")
    articles = newsfacts.extract(text, stages=NO_STAGES).articles
    assert [a.title for a in articles] == ["Floods force thousands from homes in Sylhet", "Fire destroys stalls at Juba market"]
    assert {a.source.outlet for a in articles} == {"Briefing Wire"}


def test_malformed_front_matter_file_is_read_flagged_and_warned_about(caplog):
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        (article,) = newsfacts.extract(str(PAGES / "bad-front-matter.txt"), stages=NO_STAGES).articles
    assert article.title == "Storm cuts power to coastal towns" and article.published is None
    assert article.text.startswith("A storm cut power") and MALFORMED in article.flags
    warned = caplog.text
    assert "bad-front-matter.txt: front matter line 3: published: '2024-13-45' is not a valid date" in warned
    assert "line 4: not a 'key: value' line" in warned and "line 5: url: 'not a url'" in warned


def test_a_file_of_front_matter_alone_fails_with_its_reason():
    result = newsfacts.extract("---\ntitle: Only a title\n---\n\n", stages=NO_STAGES)
    assert not result.articles and result.errors[0].reason == "no text after the front matter"


def test_front_matter_size_limit_is_a_setting(monkeypatch):
    text = "---\ntitle: Floods\n" + "# padding\n" * 20 + "---\nFloods forced 300 families from their homes.\n"
    assert newsfacts.extract(text, stages=NO_STAGES).articles[0].title == "Floods"
    monkeypatch.setenv("NEWSFACTS_MAX_FRONT_MATTER_CHARS", "50")
    (article,) = newsfacts.extract(text, stages=NO_STAGES).articles
    assert MALFORMED in article.flags and article.title != "Floods"


# --- the manifest ----------------------------------------------------------------------------------


def test_folder_with_manifest_gives_each_article_its_own_date_and_outlet(caplog):
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        result = newsfacts.extract(str(PAGES), manifest=str(MANIFEST), date="2024-05-05", stages=NO_STAGES)
    articles = by_file(result)
    assert sorted(articles) == ["bad-front-matter.txt", "border-fighting.txt", "flood-valley.txt", "market-fire.txt",
                                "records.json"]
    got = {name: (a.source.outlet, a.published) for name, a in articles.items()}
    assert got == {
        "flood-valley.txt": ("Valley Post", "2024-03-01"),     # front matter over the manifest
        "border-fighting.txt": ("Border Times", "2024-02-06"),  # the manifest
        "market-fire.txt": ("Juba Daily", "2024-05-05"),       # the manifest's outlet, --date for the date
        "records.json": ("Ituri Wire", "2024-04-08"),          # a JSONL file takes the manifest too
        "bad-front-matter.txt": (None, "2024-05-05"),          # no row: --date
    }
    border = articles["border-fighting.txt"]
    assert border.source.url == "https://bordertimes.example/kurmuk" and border.language == "en"
    assert border.title == "Fighting near the border displaces 500 families"  # the manifest gives no title
    assert "line 6: no such file" in caplog.text and "gone.txt" in caplog.text


def test_manifest_paths_match_inputs_by_resolved_path(tmp_path, monkeypatch):
    (tmp_path / "pages").mkdir()
    shutil.copy(PAGES / "market-fire.txt", tmp_path / "pages" / "fire.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "pages" / "fire.txt")
    (tmp_path / "pages" / "m.csv").write_text("path,outlet\n./fire.txt,Juba Daily\n")
    monkeypatch.chdir(tmp_path)
    for name in ("pages/fire.txt", str(tmp_path / "pages" / "fire.txt"), "link.txt"):
        (article,) = newsfacts.extract([name], manifest="pages/m.csv", stages=NO_STAGES).articles
        assert article.source.outlet == "Juba Daily", name


def test_manifest_as_a_mapping(tmp_path, monkeypatch):
    shutil.copy(PAGES / "market-fire.txt", tmp_path / "fire.txt")
    monkeypatch.chdir(tmp_path)
    mapping = {"fire.txt": {"outlet": "Juba Daily", "published": "2024-06-02", "title": "Juba market fire"}}
    (article,) = newsfacts.extract(["fire.txt"], manifest=mapping, stages=NO_STAGES).articles
    assert (article.source.outlet, article.published, article.title) == ("Juba Daily", "2024-06-02", "Juba market fire")
    with pytest.raises(ConfigurationError, match="unknown field.*'date'"):
        load_manifest({"fire.txt": {"date": "2024-06-02"}})


@pytest.mark.parametrize(("content", "message"), [
    ("path,outlet,date,source\na.txt,X,2024-01-01,y\n", "unknown column(s) 'date', 'source'"),
    ("outlet,published\nX,2024-01-01\n", "no 'path' column"),
    ("path,published\na.txt,2024-01-01\nb.txt,01/02/2024\n", "line 3: published: '01/02/2024' is not an ISO date"),
    ("path,outlet\na.txt,X\n./a.txt,Y\n", "line 3: ./a.txt is listed twice (also on line 2)"),
    ("path,outlet\na.txt,X,extra\n", "line 2: 3 fields, the header has 2"),
    ("", "no header row"),
    ("path,outlet\na\x00.txt,X\n", "a\\x00.txt' is not a file name"),
    ("path,outlet\na.txt," + "x" * 200_000 + "\n", "not valid CSV: field larger than field limit"),
])
def test_a_bad_manifest_is_a_configuration_error_naming_what_is_wrong(tmp_path, content, message):
    (tmp_path / "a.txt").write_text("Floods forced 300 families from their homes.\n")
    (tmp_path / "b.txt").write_text("Floods forced 300 families from their homes.\n")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(content)
    with pytest.raises(ConfigurationError) as err:
        list(newsfacts.iter_extract(str(tmp_path), manifest=str(manifest), stages=NO_STAGES))
    assert message in str(err.value) and "manifest.csv" in str(err.value)


def test_a_missing_manifest_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError, match="cannot read the manifest"):
        newsfacts.extract(str(PAGES), manifest=str(tmp_path / "none.csv"))


# --- what directory ingest skips ---------------------------------------------------------------------


def test_directory_skips_sidecars_and_says_what_it_skipped():
    result = newsfacts.extract(str(PAGES), manifest=str(MANIFEST), stages=NO_STAGES)
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert skipped == {".notes": "hidden file", "README.md": "matches README*",
                       "border-fighting.txt.meta": "matches *.meta", "manifest.csv": "the manifest",
                       "market-fire.expected.json": "data no reader accepts"}
    assert not result.errors


def test_without_a_manifest_its_csv_is_data_and_skipped_too():
    result = newsfacts.extract(str(PAGES), stages=NO_STAGES)
    assert "data no reader accepts" in {s.reason for s in result.skipped if s.path.endswith("manifest.csv")}


def test_a_file_named_on_its_own_is_read_even_if_a_folder_would_skip_it():
    result = newsfacts.extract([str(PAGES / "README.md")], stages=NO_STAGES)
    assert len(result.articles) == 1 and not result.skipped


def test_glob_skips_as_a_directory_does():
    result = newsfacts.extract([str(PAGES / "*")], stages=NO_STAGES)
    assert len(result.articles) == 5 and len(result.skipped) == 4  # the glob does not match .notes


def test_skip_patterns_are_a_setting(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_SKIP_FILES", "*.meta,market-*")
    names = {a.source.path.rsplit("/", 1)[-1] for a in newsfacts.extract(str(PAGES), stages=NO_STAGES).articles}
    assert "market-fire.txt" not in names and "README.md" in names


# --- the command line --------------------------------------------------------------------------------


def test_cli_extract_reports_skipped_files_on_stderr():
    res = CliRunner().invoke(cli, ["extract", str(PAGES), "--manifest", str(MANIFEST), "--format", "jsonl"],
                             catch_exceptions=False)
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["source"]["outlet"] for r in rows} >= {"Valley Post", "Border Times", "Juba Daily", "Ituri Wire"}
    assert "newsfacts: skipped 5 files that are not news:" in res.stderr and "1 the manifest" in res.stderr


def test_cli_bad_manifest_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("path,when\na.txt,2024\n")
    res = CliRunner().invoke(cli, ["extract", str(PAGES), "--manifest", str(bad), "--format", "json"])
    assert res.exit_code != 0 and "unknown column(s) 'when'" in str(res.exception)
    assert res.stdout == ""  # checked before any output is written


def test_a_bad_manifest_stops_ingest_before_the_ledger_is_touched(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("path,when\na.txt,2024\n")
    with pytest.raises(ConfigurationError):
        api.ingest(str(PAGES), db=str(tmp_path / "l.db"), manifest=str(bad))
    assert not (tmp_path / "l.db").exists()


def test_cli_ingest_folder_with_manifest_lists_each_articles_date_and_outlet(tmp_path):
    db = str(tmp_path / "l.db")
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(PAGES), "--manifest", str(MANIFEST), "--db", db, "--date", "2024-05-05"],
                        catch_exceptions=False)
    assert res.exit_code == 0 and "5 new articles" in res.stdout and "5 files skipped as not news" in res.stdout
    summary = json.loads(runner.invoke(cli, ["ingest", str(PAGES), "--manifest", str(MANIFEST), "--db", db,
                                             "--format", "json"]).stdout)
    assert summary["files_skipped"] == 5 and summary["articles_skipped"] == 5
    listed = json.loads(runner.invoke(cli, ["articles", "--db", db, "--format", "json"]).stdout)["articles"]
    got = {(a["source"]["outlet"], a["published"]) for a in listed}
    assert got == {("Valley Post", "2024-03-01"), ("Border Times", "2024-02-06"), ("Juba Daily", "2024-05-05"),
                   ("Ituri Wire", "2024-04-08"), (None, "2024-05-05")}
