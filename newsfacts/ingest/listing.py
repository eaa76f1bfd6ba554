"""Which files an input names: files as given, directories walked in sorted order, globs expanded.

A file found by walking a directory or expanding a glob (not named on its own) is skipped, and said to
be, when it is not news: a hidden file or folder, a name in ``NEWSFACTS_SKIP_FILES`` (README, LICENSE,
``.meta`` sidecars, scripts), the manifest itself, or a data file (``NEWSFACTS_DATA_FILES``: ``.json``,
``.csv`` ...) whose content no reader but plain text accepts (an ``.expected.json`` beside its text; a
JSONL file named ``.json`` is still read). A file named on its own is always read, but the manifest.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import settings
from ..records import Failure, Skipped
from .manifest import resolved

SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Found:
    """A path to read; ``listed`` when a directory walk or a glob found it, rather than the user naming it."""

    name: str
    listed: bool = False


def entries(inputs: Iterable[str | os.PathLike], manifest: str | None = None) -> Iterator[Found | Skipped | Failure]:
    """Every path ``inputs`` name, in order, with the files skipped and the folders that cannot be listed
    in their place; ``manifest`` (a resolved path) is skipped wherever it comes."""
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield Found(name)
        elif os.path.isdir(name):
            yield from _checked(_walk(name), manifest)
        elif not os.path.exists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            found = (Found(m, listed=True) for m in matches if os.path.isfile(m))
            yield from _checked(found, manifest) if matches else [Found(name)]
        else:
            yield from _checked([Found(name)], manifest)


def _checked(found: Iterable[Found | Skipped | Failure], manifest: str | None) -> Iterator[Found | Skipped | Failure]:
    for item in found:
        if isinstance(item, Found) and manifest and resolved(item.name) == manifest:
            yield Skipped(item.name, "the manifest")
        elif isinstance(item, Found) and item.listed and (reason := skip_reason(item.name)):
            yield Skipped(item.name, reason)
        else:
            yield item


def _walk(top: str) -> Iterator[Found | Skipped | Failure]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=unreadable.append):
        yield from (_unreadable(err, root) for err in unreadable)
        unreadable.clear()
        hidden = sorted(d for d in dirs if d.startswith("."))
        yield from (Skipped(os.path.join(root, d), "hidden folder") for d in hidden)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Found(os.path.join(root, f), listed=True) for f in sorted(files))
    yield from (_unreadable(err, top) for err in unreadable)


def _unreadable(err: OSError, fallback: str) -> Failure:
    return Failure(source=err.filename if isinstance(err.filename, str) else fallback,
                   reason=f"cannot read directory: {err.strerror or err}")


def skip_reason(name: str) -> str | None:
    """Why a file found in a directory or glob is not read, from its name alone; None to read it."""
    base = os.path.basename(name)
    if base in SKIP_NAMES:
        return "system file"
    if base.startswith("."):
        return "hidden file"
    pattern = matching(base, "skip_files")
    return f"matches {pattern}" if pattern else None


def is_data_file(name: str) -> bool:
    """A name in ``NEWSFACTS_DATA_FILES``: read from a directory only when a structured reader accepts it."""
    return matching(os.path.basename(name), "data_files") is not None


def matching(base: str, setting: str) -> str | None:
    """The first pattern of a comma-separated setting that ``base`` matches, in any case."""
    for pattern in str(settings.get(setting)).split(","):
        pattern = pattern.strip()
        if pattern and fnmatch.fnmatchcase(base.lower(), pattern.lower()):
            return pattern
    return None
