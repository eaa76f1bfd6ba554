"""A manifest: per-file metadata for a folder of inputs, as a CSV file or a mapping.

Columns ``path`` (required), ``title``, ``url``, ``outlet``, ``published``, ``language``; a header row
names them, in any order. A path is relative to the manifest's folder (to the working directory for a
mapping) or absolute, and is matched to the inputs by its resolved path (symlinks followed), so
``a.txt``, ``./a.txt`` and ``/abs/a.txt`` are one file. A manifest is configuration: an unknown column,
a bad value or a path listed twice is a ``ConfigurationError`` naming the line; a row whose file does
not exist is a warning. A manifest's values fill what a file does not state itself (its front matter
comes first); ``--date`` fills what neither gives.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import ConfigurationError
from .metadata import FIELDS, Metadata, check_value

log = logging.getLogger(__name__)

COLUMNS = ("path", *FIELDS)


@dataclass(frozen=True)
class Manifest:
    """Metadata by resolved file path; ``path`` is the manifest file's own resolved path (None for a
    mapping), which is never read as news."""

    entries: Mapping[str, Metadata] = field(default_factory=dict)
    path: str | None = None

    def get(self, name: str) -> Metadata | None:
        return self.entries.get(resolved(name)) if self.entries else None


ManifestSource = str | os.PathLike | Mapping[str, Mapping[str, str | None] | Metadata] | Manifest


def resolved(name: str | os.PathLike) -> str:
    """A path in the one form manifest rows and inputs are matched by ("" for a name no file can have,
    such as one with a NUL character)."""
    try:
        return os.path.realpath(name)
    except (ValueError, OSError):
        return ""


def load(source: ManifestSource | None) -> Manifest | None:
    """A manifest from a CSV file's path, a mapping of path to fields (or ``Metadata``), or as given."""
    if source is None or isinstance(source, Manifest):
        return source
    if isinstance(source, Mapping):
        return from_mapping(source)
    return read_csv(source)


def from_mapping(mapping: Mapping[str, Mapping[str, str | None] | Metadata], base: str = ".") -> Manifest:
    entries: dict[str, Metadata] = {}
    for name, values in mapping.items():
        where = f"manifest entry {name!r}"
        meta = values if isinstance(values, Metadata) else _metadata(dict(values), where)
        path = os.path.join(base, name)
        _check_exists(path, where)
        entries[_key(path, where)] = meta
    return Manifest(entries)


def read_csv(path: str | os.PathLike) -> Manifest:
    """The manifest in a CSV file (UTF-8, with or without BOM)."""
    name = os.fspath(path)
    rows = csv.reader(io.StringIO(_text(name), newline=""))
    try:
        columns = _columns(next(rows, None), name)
        return Manifest(_entries(rows, columns, name), resolved(name))
    except csv.Error as err:
        raise ConfigurationError(f"manifest {name}: line {rows.line_num}: not valid CSV: {err}") from None


def _text(name: str) -> str:
    limit = settings.get("max_input_bytes")
    try:
        if os.path.getsize(name) > limit:
            raise ConfigurationError(f"manifest {name}: over the {limit}-byte limit (NEWSFACTS_MAX_INPUT_BYTES)")
        data = Path(name).read_bytes()
    except OSError as err:
        raise ConfigurationError(f"cannot read the manifest {name}: {err.strerror or err}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigurationError(f"manifest {name}: not UTF-8 text") from None


def _columns(header: list[str] | None, name: str) -> list[str]:
    if not header or not any(h.strip() for h in header):
        raise ConfigurationError(f"manifest {name}: no header row (columns: {', '.join(COLUMNS)})")
    columns = [h.strip().lower() for h in header]
    unknown = [h for h in columns if h not in COLUMNS]
    if unknown:
        raise ConfigurationError(f"manifest {name}: unknown column(s) {', '.join(map(repr, unknown))} "
                                 f"(a manifest's columns: {', '.join(COLUMNS)})")
    twice = sorted({h for h in columns if columns.count(h) > 1})
    if twice:
        raise ConfigurationError(f"manifest {name}: column(s) given twice: {', '.join(twice)}")
    if "path" not in columns:
        raise ConfigurationError(f"manifest {name}: no 'path' column")
    return columns


def _entries(rows: Any, columns: list[str], name: str) -> dict[str, Metadata]:
    """The rows of a ``csv.reader`` (its ``line_num`` names the line of each)."""
    base = os.path.dirname(os.path.abspath(name))
    entries: dict[str, Metadata] = {}
    lines: dict[str, int] = {}
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        where = f"manifest {name}: line {line}"
        if len(row) > len(columns):
            raise ConfigurationError(f"{where}: {len(row)} fields, the header has {len(columns)}")
        values = dict(zip(columns, row, strict=False))
        path = values.pop("path", "").strip()
        if not path:
            raise ConfigurationError(f"{where}: no path")
        full = os.path.join(base, path)  # an absolute path stays as it is
        key = _key(full, where)
        if key in entries:
            raise ConfigurationError(f"{where}: {path} is listed twice (also on line {lines[key]})")
        entries[key] = _metadata(values, where)
        lines[key] = line
        _check_exists(full, where)
    return entries


def _key(path: str, where: str) -> str:
    key = resolved(path)
    if not key:
        raise ConfigurationError(f"{where}: {path!r} is not a file name")
    return key


def _metadata(values: dict[str, str | None], where: str) -> Metadata:
    unknown = [k for k in values if k not in FIELDS]
    if unknown:
        raise ConfigurationError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))} "
                                 f"(a manifest's fields: {', '.join(FIELDS)})")
    cleaned: dict[str, str | None] = {}
    for key, raw in values.items():
        try:
            cleaned[key] = check_value(key, raw or "")
        except ValueError as err:
            raise ConfigurationError(f"{where}: {key}: {err}") from None
    return Metadata(**cleaned)


def _check_exists(path: str, where: str) -> None:
    if not os.path.isfile(path):
        log.warning("%s: no such file %s; its metadata is not used", where, path)
