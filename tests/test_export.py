"""Exports of figures, mentions and quotes: jsonl, csv, HXL, GeoJSON, Parquet, on texts written here."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import sys

import pytest

import newsfacts
from newsfacts.errors import ConfigurationError
from newsfacts.output import export

TEXT = """Floods displace thousands in Congo

More than 3,000 families were displaced in Kasai province, DR Congo, the UN said on Monday. About 120 people \
were killed and 45 injured in Kananga, local officials said.

"We have registered 12,500 refugees in camps near Goma since last week," said Jean Mbala, a spokesman for the \
UN refugee agency.
"""
HASHTAG = re.compile(r"#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*")


@pytest.fixture(scope="module")
def articles() -> tuple[newsfacts.Article, ...]:
    result = newsfacts.extract(TEXT, date="2025-03-05")
    assert result.articles and result.articles[0].figures
    return result.articles


def _write(articles, fmt: str, kind: str = "figures") -> tuple[int, str]:
    out = io.StringIO()
    n = export.export(articles, fmt, out, kind=kind)
    return n, out.getvalue()


def _figures(articles) -> list:
    return [f for a in articles for f in a.figures]


def _hxl(articles) -> tuple[list[str], list[str], list[list[str]]]:
    _, text = _write(articles, "hxl")
    headers, tags, *rows = list(csv.reader(io.StringIO(text)))
    return headers, tags, rows


def test_figure_rows_are_flat_and_complete(articles):
    rows = list(export.figure_rows(articles))
    assert len(rows) == len(_figures(articles))
    for row in rows:
        assert set(row) == set(export.FIGURE_COLUMNS)
        assert all(not isinstance(v, dict) for v in row.values())
    displaced = next(r for r in rows if r["term"] == "displaced")
    assert displaced["value"] == 3000 and displaced["unit"] == "household" and displaced["impact"] == "displaced"
    assert displaced["place_country"] == "COD" and displaced["place_country_name"]
    assert "Kasai" in displaced["evidence"] and displaced["evidence"].endswith("Monday.")


def test_rows_from_chosen_pairs(articles):
    a = articles[0]
    rows = list(export.figure_rows([(a, a.figures[0])]))
    assert len(rows) == 1 and rows[0]["start"] == a.figures[0].start


def test_hxl_hashtag_row_is_second_and_standard(articles):
    headers, tags, rows = _hxl(articles)
    assert all(HASHTAG.fullmatch(t) for t in tags), tags
    assert headers[0] == "figure_id" and len(headers) == len(tags)
    assert len(rows) == len(_figures(articles))
    for core in ("#affected+displaced+hh", "#country+code", "#adm1+name", "#geo+lat", "#geo+lon",
                 "#date+reported", "#date+occurred", "#meta+source", "#meta+url", "#indicator+num"):
        assert core in tags


def test_hxl_puts_each_figure_in_its_affected_column(articles):
    _, tags, rows = _hxl(articles)
    col = {t: i for i, t in enumerate(tags)}
    by_value = {row[col["#indicator+num"]]: row for row in rows}
    assert by_value["3000"][col["#affected+displaced+hh"]] == "3000"
    assert by_value["3000"][col["#affected+displaced+ind"]] == ""
    assert by_value["120"][col["#affected+killed"]] == "120"
    assert by_value["45"][col["#affected+injured"]] == "45"
    assert by_value["12500"][col["#affected+refugees+ind"]] == "12500"
    assert by_value["3000"][col["#date+occurred"]] == "2025-03-03"


def test_hxl_numbers_and_dates_are_typed(articles):
    _, tags, rows = _hxl(articles)
    for i, tag in enumerate(tags):
        cells = [r[i] for r in rows if r[i]]
        if tag.startswith(("#affected", "#indicator+num", "#geo+lat", "#geo+lon")):
            assert all(float(c) is not None for c in cells)
        if tag.startswith("#date"):
            assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c) for c in cells), cells


def test_geojson_only_resolved_places(articles):
    n, text = _write(articles, "geojson")
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n
    resolved = [f for f in _figures(articles) if f.place is not None and f.place.lat is not None]
    assert n == len(resolved) and n < len(_figures(articles))  # Kasai province has no point
    for feat in doc["features"]:
        assert feat["type"] == "Feature" and feat["geometry"]["type"] == "Point"
        lon, lat = feat["geometry"]["coordinates"]
        assert (lat, lon) == (feat["properties"]["place_lat"], feat["properties"]["place_lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        assert feat["properties"]["value"] is not None
    goma = next(f for f in doc["features"] if f["properties"]["place"] == "Goma")
    assert goma["geometry"]["coordinates"][0] > 29  # longitude first


def test_geojson_mentions(articles):
    n, text = _write(articles, "geojson", kind="mentions")
    features = json.loads(text)["features"]
    places = [m for a in articles for m in a.mentions if m.type == "place" and m.lat is not None]
    assert n == len(features) == len(places) > 0
    assert {f["properties"]["text"] for f in features} == {m.text for m in places}


def test_csv_and_jsonl_round_trip(articles):
    n_csv, text = _write(articles, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n_csv == len(rows) == len(_figures(articles))
    assert tuple(rows[0]) == export.FIGURE_COLUMNS
    n_jsonl, text = _write(articles, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert n_jsonl == len(records) == n_csv
    assert [r["value"] for r in records] == [float(r["value"]) for r in rows]


def test_quotes_export(articles):
    n, text = _write(articles, "jsonl", kind="quotes")
    quotes = [json.loads(line) for line in text.splitlines()]
    assert n == len(quotes) == sum(len(a.quotes) for a in articles)


def test_path_output(articles, tmp_path):
    path = tmp_path / "figures.hxl.csv"
    n = export.export(articles, "hxl", path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == n + 2


def test_parquet_round_trip(articles, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "figures.parquet"
    n = export.export(articles, "parquet", path)
    table = pq.read_table(path)
    assert n == table.num_rows == len(_figures(articles))
    assert tuple(table.column_names) == export.FIGURE_COLUMNS
    assert sorted(table.column("value").to_pylist()) == sorted(f.value for f in _figures(articles))
    buffer = io.BytesIO()
    assert export.export(articles, "parquet", buffer, kind="mentions") > 0


def test_parquet_without_pyarrow_says_how_to_install(articles, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    with pytest.raises(ConfigurationError, match=r"newsfacts\[parquet\]"):
        export.export(articles, "parquet", tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


def test_bad_requests_are_configuration_errors(articles):
    with pytest.raises(ConfigurationError, match="unknown export format"):
        export.export(articles, "docx", io.StringIO())
    with pytest.raises(ConfigurationError, match="binary"):  # xlsx, like parquet, needs a binary stream
        export.export(articles, "xlsx", io.StringIO())
    with pytest.raises(ConfigurationError, match="export kind"):
        export.export(articles, "csv", io.StringIO(), kind="bananas")
    with pytest.raises(ConfigurationError, match="hxl"):
        export.export(articles, "hxl", io.StringIO(), kind="quotes")
    # parquet into a text stream: refused for the stream when pyarrow is there, for pyarrow when it is not
    with pytest.raises(ConfigurationError, match="binary" if importlib.util.find_spec("pyarrow") else "pyarrow"):
        export.export(articles, "parquet", io.StringIO())


@pytest.mark.parametrize(("fields", "expected"), [
    ({"term": "displaced", "counted": "families", "unit": "household", "category": "displacement"}, "displaced"),
    ({"term": "deported", "counted": "Afghan refugees", "unit": "person", "category": "displacement"}, "returnees"),
    ({"term": "hosted", "counted": "refugees", "unit": "person", "category": "displacement"}, "refugees"),
    ({"term": None, "counted": "internally displaced people", "unit": "person", "category": "displacement"}, "idps"),
    ({"term": "at risk", "counted": "Afghans", "unit": "person", "category": "displacement"}, None),
    ({"term": "killed", "counted": "people", "unit": "person", "category": "casualties"}, "killed"),
    ({"term": "killed", "counted": "families", "unit": "household", "category": "casualties"}, None),
    ({"term": "displaced", "counted": None, "unit": "USD", "category": "money"}, None),
])
def test_impact_of_a_figure(fields, expected):
    assert export.impact(newsfacts.Figure(value=10.0, start=0, end=2, **fields)) == expected
