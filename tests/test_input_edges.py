"""Identity, paths and the CLI/API edge under hostile input (issue 14, findings 1c, 4, 5 and 6).

Every fixture is written here: a lone surrogate in JSONL, one file named three ways, an out-of-range
date, an unreadable folder, file names with control characters, a store error on several lines, and a
400-digit number.
"""

from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsfacts import ingest
from newsfacts.analyse.figures.numbers import find_numbers
from newsfacts.api import extract, iter_extract
from newsfacts.cli import cli, error_line, one_line, printable
from newsfacts.errors import InputError, StoreError
from newsfacts.output import formats
from newsfacts.records import Article, Failure, Source, article_id, canonical_path, clean_text, source_key
from newsfacts.store import open_store

GOOD = "Flooding displaced 5,000 people in Kenya on Monday, officials said."
OTHER = "Police said 200 people fled Nairobi after the fire."


def _strict(text: str):
    """Parse JSON as RFC 8259 has it: NaN and Infinity are not JSON."""
    return json.loads(text, parse_constant=lambda c: pytest.fail(f"not strict JSON: {c}"))


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def newsfacts(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsfacts", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


# -- finding 1c: a lone surrogate is cleaned where text enters, the article flagged, the batch kept -----

SURROGATE_JSONL = "\n".join([
    json.dumps({"id": "one", "text": GOOD}),
    '{"id": "two", "title": "Bad \\udc80 title", "text": "Bad \\ud800 text: 300 people fled the floods, police said."}',
    json.dumps({"id": "three", "text": OTHER}),
]) + "\n"


def test_clean_text_replaces_surrogates_one_for_one():
    assert clean_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert clean_text("plain ascii") == "plain ascii"
    assert clean_text("Zürich “quoted”") == "Zürich “quoted”"
    assert article_id("x", "a\ud800")  # never raises, whatever it is given


def test_a_lone_surrogate_is_cleaned_and_flagged_and_the_batch_goes_on(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text(SURROGATE_JSONL, encoding="utf-8")
    result = extract(str(f))
    assert not result.errors
    by_id = {a.source.id: a for a in result.articles}
    assert set(by_id) == {"one", "two", "three"}
    bad = by_id["two"]
    assert bad.flags == ("invalid_unicode",)
    assert bad.text.startswith("Bad \ufffd text") and bad.title == "Bad \ufffd title"
    assert by_id["one"].flags == by_id["three"].flags == ()
    for fig in bad.figures:  # offsets are unchanged: one character for one
        assert bad.text[fig.start:fig.end] == fig.text
    out = formats.dumps(bad)
    out.encode("utf-8")  # valid Unicode all the way to the output


def test_a_lone_surrogate_does_not_fail_an_ingest_run(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text(SURROGATE_JSONL, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        summary = store.ingest(iter_extract([str(f)]), source_label=str(f))
        assert summary.finished and summary.failures == 0 and summary.articles_added == 3
        texts = sorted(a.text for a in store.articles())
    assert len(texts) == 3 and any("\ufffd" in t for t in texts)


def test_surrogates_in_a_file_name_become_valid_text(tmp_path):
    from newsfacts.documents import _clean_document
    from newsfacts.ingest.base import RawDocument

    doc = RawDocument(text=GOOD, source=Source(path=str(tmp_path / "bad\udcff.txt")), segment=True)
    cleaned, flags = _clean_document(doc)
    assert flags == ("invalid_unicode",) and cleaned.source.path.endswith("bad\ufffd.txt")
    assert _clean_document(RawDocument(text=GOOD, source=Source(path="ok.txt")))[1] == ()


# -- finding 6: one file however its path is typed is one set of articles --------------------------------


def test_the_id_does_not_depend_on_how_the_path_is_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "idem").mkdir()
    (tmp_path / "idem" / "a.txt").write_text(GOOD + "\n")
    os.symlink(tmp_path / "idem", tmp_path / "linked")
    spellings = ["idem/a.txt", "./idem/a.txt", str(tmp_path / "idem" / "a.txt"), "idem/../idem/a.txt", "linked/a.txt"]
    found = [extract(p).articles for p in spellings]
    assert all(len(a) == 1 for a in found)
    assert len({a[0].id for a in found}) == 1
    assert [a[0].source.path for a in found] == spellings  # the path stays as typed


def test_source_key_prefers_the_inputs_own_id_then_url():
    assert source_key(Source(path="x.jsonl", id="abc", url="http://e.org/1")) == "abc"
    assert source_key(Source(path="x.html", url="http://e.org/1")) == "http://e.org/1"
    assert source_key(Source(path="<stdin>")) == "<stdin>" == canonical_path("<stdin>")
    assert source_key(Source()) == ""
    assert canonical_path("a\x00b").endswith("a\x00b")  # a name no file can have: absolute, not resolved


def test_ingesting_one_file_by_three_spellings_stores_it_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "idem").mkdir()
    (tmp_path / "idem" / "a.txt").write_text(GOOD + "\n\n" + OTHER + "\n")
    with open_store(tmp_path / "s.db") as store:
        added = [store.ingest(iter_extract([p]), source_label=p).articles_added
                 for p in ("idem/a.txt", "./idem/a.txt", str(tmp_path / "idem" / "a.txt"))]
        total = len(store.articles())
    assert added[1:] == [0, 0] and total == added[0]


# -- finding 5: dates, unreadable folders, control characters, store errors -----------------------------


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_date_at_the_end_of_the_calendar_is_a_clear_error(tmp_path, date):
    f = tmp_path / "a.txt"
    f.write_text(GOOD + "\n")
    proc = newsfacts("extract", str(f), "--date", date, "--format", "json")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"newsfacts: error: --date must be between 0101-01-01 and 9899-12-31, got '{date}'"]


def test_a_stated_date_at_the_end_of_the_calendar_is_ignored(tmp_path, caplog):
    f = tmp_path / "late.jsonl"
    f.write_text(json.dumps({"text": GOOD, "published": "9999-12-31"}) + "\n"
                 + json.dumps({"text": GOOD + " Again.", "published": "9999-12-30"}) + "\n")
    with caplog.at_level(logging.WARNING):
        result = extract(str(f))
    assert [a.published for a in result.articles] == [None, None]
    assert "'9999-12-31'" in caplog.text  # the reader (or the api, for other sources) names the date it ignores


def _locked_scandir(monkeypatch, locked: str):
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_is_named_and_the_others_go_on(tmp_path, monkeypatch):
    for sub in ("a_locked", "b_ok"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(GOOD + "\n")
    _locked_scandir(monkeypatch, "a_locked")
    items = list(ingest.expand([tmp_path]))
    assert items[0] == Failure(str(tmp_path / "a_locked"), "cannot read directory: Permission denied")
    assert items[1:] == [str(tmp_path / "b_ok" / "x.txt")]
    res = run("extract", str(tmp_path), "--format", "jsonl")
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 1
    assert res.stderr.splitlines() == [f"newsfacts: error: {tmp_path / 'a_locked'}: cannot read directory: Permission denied"]


def test_an_unreadable_top_folder_is_named(tmp_path, monkeypatch):
    (tmp_path / "top_locked").mkdir()
    _locked_scandir(monkeypatch, "top_locked")
    assert [f.source for f in ingest.expand([tmp_path / "top_locked"])] == [str(tmp_path / "top_locked")]


def test_printable_escapes_controls_reordering_marks_and_surrogates():
    assert printable("evil\x1b[31mred\nname\u202etxt.exe\udcff\x7f\x9b.txt") == (
        "evil\\x1b[31mred\\nname\\u202etxt.exe\\udcff\\x7f\\x9b.txt")
    assert printable("Zürich “news” 2025.txt") == "Zürich “news” 2025.txt"


def test_file_names_with_control_characters_are_escaped_in_messages(tmp_path):
    name = "empty\x1b]0;owned\x07\nnewsfacts: error: fake.txt"
    (tmp_path / name).write_text("")
    res = run("extract", str(tmp_path / name), str(tmp_path / "missing\x1b[2J.txt"), "--format", "jsonl")
    lines = res.stderr.splitlines()
    assert lines == [f"newsfacts: error: {tmp_path}/empty\\x1b]0;owned\\x07\\nnewsfacts: error: fake.txt: empty input",
                     f"newsfacts: error: {tmp_path}/missing\\x1b[2J.txt: no such file or directory"]
    assert "\x1b" not in res.stderr


def test_a_missing_path_in_a_library_error_is_escaped():
    assert error_line(InputError("bad\x1b.txt", "no such file\nor directory")) == (
        "newsfacts: error: bad\\x1b.txt: no such file or directory")


def test_store_errors_are_one_line():
    message = ("cannot open the store at sqlite:////tmp/x: (sqlite3.DatabaseError) file is not a database\n"
               "\tIs the server running?\n(Background on this error at: https://sqlalche.me/e/21/4xp6)")
    assert one_line(message) == ("cannot open the store at sqlite:////tmp/x: (sqlite3.DatabaseError) file is not a "
                                 "database Is the server running?")
    assert error_line(StoreError(message)).count("\n") == 0


def test_a_store_that_is_no_database_is_reported_on_one_line(tmp_path):
    f = tmp_path / "not-a-db.txt"
    f.write_text("this is no database " * 200)
    proc = newsfacts("articles", "--db", str(f))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: error: ") and "Traceback" not in proc.stderr


# -- finding 4: numbers that overflow a float are no figures; JSON is strict everywhere ------------------

HUGE = "9" * 400


@pytest.mark.parametrize("text", [
    f"Officials said {HUGE} people were displaced.",
    f"Officials said {HUGE[:300]} billion dollars were lost.",
    f"Between 5 and {HUGE} people were displaced.",
    f"Prices rose {HUGE}-fold, officials said.",
])
def test_numbers_past_the_float_range_are_no_amounts(text):
    for a in find_numbers(text):
        assert all(v is None or math.isfinite(v) for v in (a.value, a.low, a.high, a.alternative)), a


def test_a_400_digit_number_gives_strict_json_and_keeps_the_other_figures(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(f"Officials said {HUGE} people were displaced in Kenya, and 5,000 fled, officials said.\n")
    res = run("extract", str(f), "--format", "json")
    data = _strict(res.stdout)
    assert [fig["value"] for fig in data["articles"][0]["figures"]] == [5000.0]
    with open_store(tmp_path / "s.db") as store:
        store.ingest(iter_extract([str(f)]), source_label=str(f))
    for fmt in ("jsonl", "geojson"):
        res = run("export", "--db", str(tmp_path / "s.db"), "--format", fmt)
        [_strict(line) for line in res.stdout.splitlines()] if fmt == "jsonl" else _strict(res.stdout)


def test_json_writers_refuse_non_finite_numbers():
    bad = Article(id="x", source=Source(), text="t", extractors=("x",))
    with pytest.raises(ValueError):
        formats.dumps({"article": bad, "value": math.inf})
    import io

    with pytest.raises(ValueError):
        formats.write_rows([{"value": math.nan}], ("value",), "jsonl", io.StringIO())
