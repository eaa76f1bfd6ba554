"""A figure's event class, how its place was found and the ends of a movement travel everywhere a figure
goes: the ledger (both databases) gives them back, the filters read them the same in memory and in SQL, and
the exports carry them (CSV, HXL, GeoJSON)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from newsfacts.errors import ConfigurationError
from newsfacts.eval.common import in_part
from newsfacts.eval.realnews import section_of
from newsfacts.filters import FigureFilter
from newsfacts.output import export
from newsfacts.records import Article, Figure, Mention, Source, article_id
from newsfacts.store import open_store

TEXT = ("Fighting forced 4,000 people to flee from Country A into Country B last week. "
        "Another 12 people were killed in the town.")


def place(name: str, country: str, at: int) -> Mention:
    return Mention(text=name, type="place", canonical=name, start=at, end=at + len(name), country=country,
                   lat=10.5, lon=20.25, precision="country", match="exact", extractor="test")


def article() -> Article:
    a_at, b_at = TEXT.index("Country A"), TEXT.index("Country B")
    fled = Figure(value=4000, start=TEXT.index("4,000"), end=TEXT.index("4,000") + 5, unit="person", counted="people",
                  term="forced to flee", event="fled", category="displacement", stock_or_flow="flow",
                  place=place("Country B", "BBB", b_at), place_source="sentence",
                  origin=place("Country A", "AAA", a_at), destination=place("Country B", "BBB", b_at),
                  text="4,000", extractor="test")
    killed = Figure(value=12, start=TEXT.index("12"), end=TEXT.index("12") + 2, unit="person", counted="people",
                    term="killed", event="killed", category="casualties", stock_or_flow="flow",
                    place=place("Country B", "BBB", b_at), place_source="article", text="12", extractor="test")
    return Article(id=article_id("fields", TEXT), source=Source(path="fields.txt", outlet="example.org", kind="text"),
                   text=TEXT, title="Fields", figures=(fled, killed), flags=("invalid_unicode",),
                   extractors=("test",))


def test_the_ledger_gives_back_event_place_source_origin_and_destination(db_url):
    a = article()
    with open_store(db_url) as store:
        store.ingest([a], source_label="fields")
        assert store.article(a.id) == replace(a, story=a.id)  # flags included; its story kept with it
        assert [s.figure for s in store.figures()] == list(a.figures)
        assert [s.figure.value for s in store.figures(FigureFilter(event="killed"))] == [12]
        assert [s.figure.value for s in store.figures(FigureFilter(event="fled"))] == [4000]


def test_the_event_filter_is_the_same_in_memory_and_checks_its_value():
    a = article()
    where = FigureFilter(event="KILLED")
    assert [f.value for f in a.figures if where.matches(a, f)] == [12]
    with pytest.raises(ConfigurationError, match="unknown event 'slain'"):
        FigureFilter(event="slain")


def test_exports_carry_the_event_country_and_how_the_place_was_found():
    a = article()
    out = io.StringIO()
    export.export([a], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["event"], r["place_country"], r["place_source"], r["origin_country"], r["destination_country"])
            for r in rows] == [("fled", "BBB", "sentence", "AAA", "BBB"), ("killed", "BBB", "article", "", "")]
    out = io.StringIO()
    export.export([a], "hxl", out)
    header, tags = list(csv.reader(io.StringIO(out.getvalue())))[:2]
    assert tags[header.index("event")] == "#impact+code"
    assert tags[header.index("origin_country")] == "#country+code+origin"
    assert tags[header.index("destination_country")] == "#country+code+dest"
    out = io.StringIO()
    export.export([a], "geojson", out)
    props = [f["properties"] for f in json.loads(out.getvalue())["features"]]
    assert [(p["event"], p["place_source"], p["origin_country"]) for p in props] == [
        ("fled", "sentence", "AAA"), ("killed", "article", None)]


def test_the_check_part_is_a_fixed_third_by_hash_and_the_sections_are_the_scorers():
    keys = [f"item{i}" for i in range(300)]
    check = [k for k in keys if in_part(k, "check")]
    assert 70 < len(check) < 130 and not set(check) & {k for k in keys if in_part(k, "tune")}
    assert all(in_part(k, "all") and in_part(k, None) for k in keys)
    with pytest.raises(Exception, match="unknown part"):
        in_part("x", "half")
    assert section_of("article count") == "article-count"
    assert section_of("figure 200 people|person") == "figure"
    assert section_of("update, not a conflict: deaths") == "update"
