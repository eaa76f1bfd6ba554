"""Exports: facts as flat rows, written as JSON lines, CSV, HXL-tagged CSV, GeoJSON or Parquet.

Three kinds of rows (``KINDS``), made by the one flattener in ``rows.py``, each a generator over articles
(all their facts) or ``(Article, fact)`` pairs (the facts a filter selected)::

    figures   one row per figure: article, value and bounds, what is counted and what happened,
              where (place resolved to country, admin area, point), when, who stated it, who reported it
    mentions  one row per place mention (with its resolution)
    quotes    one row per quote with its speaker

and one writer per format, all ``writer(rows, out, kind) -> rows written``, collected in ``WRITERS``.
``export(items, fmt, out, kind="figures")`` ties them together; ``out`` is an open stream or a path.

Rows stream: JSON lines, CSV and HXL write one row at a time, GeoJSON one feature at a time, Parquet one
batch of ``PARQUET_BATCH`` rows at a time; nothing holds the whole export.

HXL (Humanitarian Exchange Language, https://hxlstandard.org/standard/1-1final/dictionary/): a CSV whose
second row gives each column a hashtag. Standard tags and attributes are used where the dictionary has
them (``#affected+displaced``, ``#country+code``, ``#adm1+name``, ``#loc+name``, ``#geo+lat``,
``#date+reported``, ``#date+occurred``, ``#meta+source``, ``#meta+url``, ``#meta+id``, ``#indicator+num``
...); HXL allows custom attributes, used for what the dictionary lacks (``#indicator+unit``,
``#meta+source+speaker``). A figure's value goes into the one ``#affected+...`` column its
impact names (``impact`` in the row, from its term and what it counts: ``impact.py``), with ``+ind`` or ``+hh`` for
displacement figures in people or households; every figure keeps its raw value in ``#indicator+num``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from ..errors import ConfigurationError
from .impact import DISPLACEMENT_IMPACTS, PEOPLE_IMPACTS, impact  # noqa: F401  (export.impact, as before)
from .rows import (
    FIGURE_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    Items,
    Row,
    csv_writer,
    figure_rows,
    formula_safe,
    mention_rows,
    quote_rows,
)

log = logging.getLogger(__name__)

Out = IO[str] | IO[bytes] | str | os.PathLike

PARQUET_BATCH = 10_000
LIST_SEPARATOR = "|"


# --- kinds: what each export holds ------------------------------------------------------------------

# Every column that holds an #affected value: (impact, unit attribute or "") -> (header, hashtag).
AFFECTED_COLUMNS: dict[tuple[str, str], tuple[str, str]] = {
    **{(i, u): (f"affected_{i}_{'people' if u == 'ind' else 'households'}", f"#affected+{i}+{u}")
       for i in DISPLACEMENT_IMPACTS for u in ("ind", "hh")},
    **{(i, ""): (f"affected_{i}", f"#affected+{i}") for i in PEOPLE_IMPACTS},
}

FIGURE_HXL: tuple[tuple[str, str], ...] = (  # (row key, hashtag), in column order
    ("figure_id", "#meta+id"), ("article_id", "#meta+id+article"), ("title", "#meta+title"),
    ("url", "#meta+url"), ("outlet", "#meta+source"), ("published", "#date+reported"),
    ("hxl_occurred", "#date+occurred"), ("when_text", "#description+when"),
    ("place_country", "#country+code"), ("place_country_name", "#country+name"), ("place_adm1", "#adm1+name"),
    ("place_locality", "#loc+name"), ("place_geonames_id", "#loc+code+geonames"),
    ("place_precision", "#loc+type"), ("place_lat", "#geo+lat"), ("place_lon", "#geo+lon"),
    ("place_source", "#meta+place_source"), ("origin_country", "#country+code+origin"),
    ("origin", "#loc+name+origin"), ("destination_country", "#country+code+dest"), ("destination", "#loc+name+dest"),
    *((header, tag) for header, tag in AFFECTED_COLUMNS.values()),
    ("value", "#indicator+num"), ("low", "#indicator+num+low"), ("high", "#indicator+num+high"),
    ("approx", "#indicator+qualifier"), ("unit", "#indicator+unit"), ("counted", "#indicator+name"),
    ("term", "#impact+name"), ("event", "#impact+code"), ("category", "#indicator+type"), ("stock_or_flow", "#indicator+stock_or_flow"),
    ("text", "#indicator+text"), ("stated_by", "#meta+source+speaker"),
    ("stated_by_role", "#meta+source+speaker+role"), ("reported_by", "#meta+source+reported"),
    ("flags", "#meta+flags"), ("evidence", "#description"), ("start", "#meta+start"), ("end", "#meta+end"),
)
MENTION_HXL: tuple[tuple[str, str], ...] = (
    ("article_id", "#meta+id+article"), ("title", "#meta+title"), ("url", "#meta+url"),
    ("outlet", "#meta+source"), ("published", "#date+reported"), ("text", "#loc+name+mention"),
    ("country", "#country+code"), ("country_name", "#country+name"), ("adm1", "#adm1+name"),
    ("locality", "#loc+name"), ("geonames_id", "#loc+code+geonames"), ("precision", "#loc+type"),
    ("lat", "#geo+lat"), ("lon", "#geo+lon"), ("evidence", "#description"),
    ("start", "#meta+start"), ("end", "#meta+end"),
)


@dataclass(frozen=True)
class Kind:
    """One kind of export: how its rows are made, their columns, where their point is, their HXL tags."""

    name: str
    rows: Callable[[Items], Iterator[Row]]
    columns: tuple[str, ...]
    point: tuple[str, str] | None = None  # (lat key, lon key)
    hxl: tuple[tuple[str, str], ...] = ()


KINDS: dict[str, Kind] = {
    "figures": Kind("figures", figure_rows, FIGURE_COLUMNS, ("place_lat", "place_lon"), FIGURE_HXL),
    "mentions": Kind("mentions", mention_rows, MENTION_COLUMNS, ("lat", "lon"), MENTION_HXL),
    "quotes": Kind("quotes", quote_rows, QUOTE_COLUMNS),
}


def kind_named(name: str | Kind) -> Kind:
    if isinstance(name, Kind):
        return name
    if name not in KINDS:
        raise ConfigurationError(f"unknown export kind {name!r}; choose from {', '.join(KINDS)}")
    return KINDS[name]


# --- writers ----------------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    """A CSV cell: lists joined, None empty, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(map(str, value))
    return value


def write_jsonl(rows: Iterable[Row], out: IO[str], kind: str | Kind = "figures") -> int:
    """One JSON object per line, every column present (null where empty)."""
    columns = kind_named(kind).columns
    n = 0
    for row in rows:
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, allow_nan=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[Row], out: IO[str], kind: str | Kind = "figures") -> int:
    """A header row of column names, then one row per fact; list cells joined with ``|``."""
    writer = csv_writer(out)
    columns = kind_named(kind).columns
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
    return n


HXL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def hxl_date(value: str | None) -> str | None:
    """An event date HXL tools read as a date (YYYY, YYYY-MM, YYYY-MM-DD); weeks, seasons, decades and
    intervals stay out (their value is kept in the jsonl/csv ``when_value``)."""
    return value if value and HXL_DATE.fullmatch(value) else None


def hxl_row(row: Row) -> Row:
    """A figure row with its HXL-only cells: its value in the ``#affected`` column its impact names."""
    out = {**row, "hxl_occurred": hxl_date(row.get("when_value"))}
    found = row.get("impact")
    if found and row.get("value") is not None:
        unit = "" if found in PEOPLE_IMPACTS else ("hh" if row.get("unit") == "household" else "ind")
        out[AFFECTED_COLUMNS[(found, unit)][0]] = row["value"]
    return out


def write_hxl(rows: Iterable[Row], out: IO[str], kind: str | Kind = "figures") -> int:
    """HXL-tagged CSV: column names, then the hashtag row, then one row per fact."""
    k = kind_named(kind)
    if not k.hxl:
        raise ConfigurationError(f"hxl export is for {', '.join(n for n, x in KINDS.items() if x.hxl)}, not {k.name}")
    writer = csv_writer(out)
    writer.writerow([key for key, _ in k.hxl])
    writer.writerow([tag for _, tag in k.hxl])
    n = 0
    for row in rows:
        cells = hxl_row(row) if k.name == "figures" else row
        writer.writerow([_cell(cells.get(key)) for key, _ in k.hxl])
        n += 1
    return n


def feature(row: Row, point: tuple[str, str]) -> dict[str, Any] | None:
    """A GeoJSON Point feature (coordinates ``[lon, lat]``) with the row as properties; None without a point."""
    lat, lon = row.get(point[0]), row.get(point[1])
    if lat is None or lon is None:
        return None
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": row}


def write_geojson(rows: Iterable[Row], out: IO[str], kind: str | Kind = "figures") -> int:
    """A FeatureCollection, one feature per row whose place has a point, streamed; returns features written."""
    k = kind_named(kind)
    if k.point is None:
        raise ConfigurationError(f"geojson export needs places: {k.name} have none")
    out.write('{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for row in rows:
        f = feature({c: row.get(c) for c in k.columns}, k.point)
        if f is None:
            skipped += 1
            continue
        out.write(("," if n else "") + "\n" + json.dumps(f, ensure_ascii=False, allow_nan=False))
        n += 1
    out.write("\n]}\n")
    log.debug("geojson: %d features, %d %s without a point left out", n, skipped, k.name)
    return n


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401  (loads the parquet module onto pyarrow)
    except ImportError as e:
        raise ConfigurationError(
            "parquet export needs pyarrow: pip install 'newsfacts[parquet]'") from e
    return pyarrow


FLOAT_COLUMNS = frozenset({"value", "low", "high", "place_lat", "place_lon", "lat", "lon"})
INT_COLUMNS = frozenset({"start", "end", "place_geonames_id", "geonames_id"})
LIST_COLUMNS = frozenset({"flags"})
BOOL_COLUMNS = frozenset({"actor"})


def parquet_schema(columns: tuple[str, ...]) -> Any:
    """Typed columns: numbers as float64, offsets and ids as int64, flags as a list, the rest strings."""
    pa = _pyarrow()

    def type_of(c: str) -> Any:
        if c in FLOAT_COLUMNS:
            return pa.float64()
        if c in INT_COLUMNS:
            return pa.int64()
        if c in LIST_COLUMNS:
            return pa.list_(pa.string())
        return pa.bool_() if c in BOOL_COLUMNS else pa.string()

    return pa.schema([(c, type_of(c)) for c in columns])


def write_parquet(rows: Iterable[Row], out: IO[bytes] | str | os.PathLike, kind: str | Kind = "figures") -> int:
    """A Parquet file (needs pyarrow), written in batches of ``PARQUET_BATCH`` rows."""
    pa = _pyarrow()
    k = kind_named(kind)
    schema = parquet_schema(k.columns)
    n = 0
    rows = iter(rows)
    with pa.parquet.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, PARQUET_BATCH)):
            data = [{c: row.get(c) for c in k.columns} for row in batch]
            writer.write_table(pa.Table.from_pylist(data, schema=schema))
            n += len(batch)
    return n


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as e:
        raise ConfigurationError("xlsx export needs openpyxl: pip install 'newsfacts[serve]'") from e
    return openpyxl


def xlsx_cell(value: Any) -> Any:
    """An Excel cell: lists joined, text that would start a formula quoted (``formula_safe``), characters
    Excel refuses (C0 controls) removed; numbers stay numbers."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = _cell(value)
    if isinstance(value, str):
        return formula_safe(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def write_xlsx(rows: Iterable[Row], out: IO[bytes] | str | os.PathLike, kind: str | Kind = "figures") -> int:
    """An Excel workbook (needs openpyxl): its first sheet, ``columns``, says what every column means
    (``columns.DESCRIPTIONS``); the second, named after the kind, holds one row per fact. Written in
    openpyxl's streaming mode."""
    from .columns import DESCRIPTIONS

    openpyxl = _openpyxl()
    k = kind_named(kind)
    book = openpyxl.Workbook(write_only=True)
    about = book.create_sheet("columns")
    about.append(["column", "what it holds"])
    described = DESCRIPTIONS.get(k.name, {})
    for c in k.columns:
        about.append([c, described.get(c, "")])
    about.append([])
    about.append(["", f"newsfacts {k.name}: one row per fact on the sheet '{k.name}'; every fact points back to "
                      "its article (article_id) and the characters it came from (start, end)."])
    sheet = book.create_sheet(k.name)
    sheet.append(list(k.columns))
    n = 0
    for row in rows:
        sheet.append([xlsx_cell(row.get(c)) for c in k.columns])
        n += 1
    book.save(out)
    return n


Writer = Callable[[Iterable[Row], Any, "str | Kind"], int]
WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "hxl": write_hxl,
    "geojson": write_geojson,
    "parquet": write_parquet,
    "xlsx": write_xlsx,
}
BINARY_FORMATS = frozenset({"parquet", "xlsx"})


@contextmanager
def _opened(out: Out, binary: bool) -> Iterator[Any]:
    """``out`` ready to write: a path opened (and closed after), a stream checked for the right mode."""
    if isinstance(out, (str, os.PathLike)):
        if binary:
            yield os.fspath(out)  # pyarrow and openpyxl open and close their own file
            return
        with open(out, "w", encoding="utf-8", newline="") as f:
            yield f
        return
    if binary and isinstance(out, io.TextIOBase):
        raise ConfigurationError("parquet and xlsx are binary: give a path or a stream opened in binary mode")
    if not binary and isinstance(out, (io.BufferedIOBase, io.RawIOBase)):
        raise ConfigurationError("this format is text: give a path or a stream opened in text mode")
    yield out


def export(items: Items, fmt: str, out: Out, kind: str = "figures") -> int:
    """Write the ``kind`` rows (figures, mentions, quotes) of ``items`` (articles, or (Article, fact)
    pairs) as ``fmt`` (one of ``WRITERS``) to ``out`` (a path or an open stream). Returns rows written
    (features, for GeoJSON)."""
    if fmt not in WRITERS:
        raise ConfigurationError(f"unknown export format {fmt!r}; choose from {', '.join(WRITERS)}")
    k = kind_named(kind)
    if fmt == "parquet":
        _pyarrow()  # fail before any file is created
    if fmt == "xlsx":
        _openpyxl()
    with _opened(out, fmt in BINARY_FORMATS) as stream:
        n = WRITERS[fmt](k.rows(items), stream, k)
    log.info("exported %d %s as %s", n, k.name, fmt)
    return n
