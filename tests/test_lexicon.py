"""The lexicon is the one home of every word list: each file parses, no list is kept twice, every entry is
read by the code, and no module outside the lexicon spells out the words of an event class."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from newsfacts import lexicon

PACKAGE = Path(lexicon.__file__).resolve().parents[1]
FILES = sorted(Path(lexicon.__file__).parent.glob("*.toml"))


def _entries(value, address):
    """Every leaf entry (a word string or a list of strings) with its address."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _entries(inner, f"{address}.{key}")
    elif isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        yield address, value


def _all_entries():
    for path in FILES:
        with path.open("rb") as handle:
            yield from _entries(tomllib.load(handle), path.stem)


def test_every_file_parses_and_is_reachable():
    assert FILES, "no lexicon files"
    for path in FILES:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert data, f"{path.name} is empty"
        for key in data:
            assert lexicon.entry(f"{path.stem}.{key}") == data[key]


# Two orders of one set, each of which the code needs (the order impacts are checked in, their columns).
ORDERINGS = frozenset({"events.impact_order", "events.impact_columns"})


def test_no_word_list_is_kept_twice():
    seen: dict[tuple[str, ...], str] = {}
    twice = []
    for address, value in _all_entries():
        terms = value.split() if isinstance(value, str) else value
        if len(terms) < 3 or address in ORDERINGS:  # two-word pairs ("he she") may coincide by chance
            continue
        key = tuple(sorted(terms))
        # values of one mapping may coincide ("km/h" and "kph" both mean kilometres per hour)
        same_mapping = address.count(".") > 1 and seen.get(key, "").rsplit(".", 1)[0] == address.rsplit(".", 1)[0]
        if key in seen and not same_mapping:
            twice.append(f"{seen[key]} == {address}")
        seen.setdefault(key, address)
    assert not twice, "the same list twice: " + "; ".join(twice)


def _code_strings(with_lexicon: bool = False) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
            if with_lexicon or "lexicon" not in p.parts}


LANGUAGES = frozenset({"fr"})  # the language tables of the files (lexicon.localized)


def test_every_entry_is_read_by_the_code():
    code = "\n".join(_code_strings(with_lexicon=True).values())
    unread = []
    for address, _ in _all_entries():
        parts = address.split(".")
        if len(parts) > 2 and parts[1] in LANGUAGES:  # file.fr.key is read through lexicon.localized("file.key", ...)
            parts = [parts[0], *parts[2:]]
        # an entry is read by its address, or by the address of a table above it
        if not any(f'"{".".join(parts[:n])}' in code or f"'{'.'.join(parts[:n])}" in code
                   for n in range(2, len(parts) + 1)):
            unread.append(address)
    assert not unread, f"lexicon entries no module reads: {unread}"


def _string_constants(source: str):
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("word", ["killed", "injured", "displaced", "evacuated", "deported", "repatriated"])
def test_event_words_live_in_the_lexicon_only(word):
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}"
             for path, source in _code_strings().items()
             for line, value in _string_constants(source)
             if re.search(rf"\b{word}\b", value)]
    assert not found, f"{word!r} spelled out in code, not in the lexicon: {found}"
