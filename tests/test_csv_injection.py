"""CSV formula injection (issue 14, finding 8): a title, source or quote that starts like a spreadsheet
formula (= + - @, tab, carriage return) is written with a leading single quote by every CSV and HXL
writer (``extract --format csv``, ``quotes --format csv``, ``export --format csv|hxl``); numbers stay
numbers (a value of -5 is written -5) and JSON/JSONL keep the text exactly."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsfacts.output import export, formats
from newsfacts.output.rows import QUOTE_COLUMNS, formula_safe, quote_rows
from newsfacts.records import Article, Figure, Quote, Source, Speaker, article_id

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
           "\t=1+1", "\r=1+1", "\uff1d1+1"]


def hostile_article(i: int, evil: str) -> Article:
    text = f"{evil} About -5 people were displaced. \"{evil} it is,\" said Ann Lee."
    start = text.index("-5")
    figure = Figure(value=-5.0, start=start, end=start + 2, unit="person", counted="people", term="displaced",
                    category="displacement", text="-5", extractor="figures@1")
    qs = text.index(evil + " it is")
    quote = Quote(text=evil + " it is,", kind="direct", cue="said", start=qs, end=qs + len(evil) + 7,
                  speaker=Speaker(name=evil, mention=evil, role=None, type="person", start=0, end=1),
                  extractor="quotes@1")
    return Article(id=article_id(f"h{i}", text), text=text, title=evil, url=evil, published="2025-01-02",
                   source=Source(path=evil, outlet=evil, kind="text"), figures=(figure,), quotes=(quote,),
                   extractors=("figures@1", "quotes@1"))


ARTICLES = [hostile_article(i, evil) for i, evil in enumerate(HOSTILE)]


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def assert_no_formula(table: list[list[str]]) -> None:
    for row in table:
        for cell in row:
            assert not (cell[:1] in ("=", "+", "@", "\t", "\r", "\uff1d") or (cell.startswith("-") and cell != "-5")), \
                (cell, row)


@pytest.mark.parametrize("evil", HOSTILE)
def test_formula_safe_quotes_text_and_leaves_numbers(evil):
    assert formula_safe(evil) == "'" + evil
    assert formula_safe(-5) == -5 and formula_safe(-5.5) == -5.5 and formula_safe(None) is None
    assert formula_safe("Kabul") == "Kabul" and formula_safe("") == ""


def test_extract_csv_neutralises_titles_and_sources():
    out = io.StringIO()
    formats.write_csv(ARTICLES, out)
    table = cells(out.getvalue())
    assert_no_formula(table)
    header = table[0]
    titles = [dict(zip(header, row, strict=True))["title"] for row in table[1:]]
    assert titles == ["'" + evil for evil in HOSTILE]


def test_quotes_csv_neutralises_and_jsonl_stays_exact():
    out = io.StringIO()
    formats.write_rows(quote_rows(ARTICLES), QUOTE_COLUMNS, "csv", out)
    table = cells(out.getvalue())
    assert_no_formula(table)
    assert len(table) == 1 + len(HOSTILE)
    exact = io.StringIO()
    formats.write_rows(quote_rows(ARTICLES), QUOTE_COLUMNS, "jsonl", exact)
    rows = [json.loads(line) for line in exact.getvalue().splitlines()]
    assert [r["title"] for r in rows] == HOSTILE and [r["speaker"] for r in rows] == HOSTILE


@pytest.mark.parametrize("fmt", ["csv", "hxl"])
@pytest.mark.parametrize("kind", ["figures", "quotes"])
def test_export_csv_and_hxl_neutralise_and_keep_negative_numbers(fmt, kind):
    if fmt == "hxl" and not export.kind_named(kind).hxl:
        pytest.skip(f"no hxl for {kind}")
    out = io.StringIO()
    export.export(ARTICLES, fmt, out, kind=kind)
    table = cells(out.getvalue())
    if fmt == "hxl":
        assert all(tag.startswith("#") for tag in table[1]), table[1]  # the hashtag row is untouched
    assert_no_formula(table)
    body = table[2:] if fmt == "hxl" else table[1:]
    assert len(body) == len(HOSTILE)
    if kind == "figures":
        header = table[0]
        for row in body:
            found = dict(zip(header, row, strict=True))
            assert found["value"] == "-5" and found["text"] == "-5", found  # numbers are not quoted
    exact = io.StringIO()
    export.export(ARTICLES, "jsonl", exact, kind=kind)
    rows = [json.loads(line) for line in exact.getvalue().splitlines()]
    assert [r["title"] for r in rows] == HOSTILE
