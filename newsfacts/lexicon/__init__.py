"""Every word list newsfacts matches text against, kept as data in one place.

Each ``*.toml`` file beside this module holds one domain (``events``, ``cues``, ``numbers``, ``time`` ...);
an entry is addressed as ``"file.key"`` (``words("cues.saying")``), or ``"file.table.key"`` for an entry
inside a TOML table. In the files an entry is

- a string: words separated by white space (the common case: ``saying = "say tell add"``);
- an array of strings: entries that hold a space (``["at risk", "in camps"]``) or whose order matters;
- a table: a mapping (``table("numbers.magnitudes")``).

Lists that the code compares with spaCy lemmas hold lemmas; lists compared with the words as written hold
each written form. A file says which in the comment above each entry. Files are read once per process.

Languages: an entry at ``file.key`` is English; the same entry for another language lives in the file's table of
that language, ``file.fr.key`` (``localized("people.titles", "fr")`` gives that address), beside the English one.
Nothing here depends on any other part of newsfacts, so every layer may read it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

__all__ = ["LexiconError", "counts_people", "entry", "localized", "table", "terms", "words"]

ENGLISH = "en"


class LexiconError(LookupError):
    """A lexicon entry that does not exist or does not have the shape asked for (a bug, not bad input)."""


@functools.cache
def _domain(name: str) -> dict[str, Any]:
    resource = resources.files(__name__).joinpath(f"{name}.toml")
    if not resource.is_file():
        raise LexiconError(f"no lexicon file {name}.toml")
    with resource.open("rb") as handle:
        return tomllib.load(handle)


def entry(address: str) -> Any:
    """The raw value at ``file.key[.key ...]``."""
    name, _, path = address.partition(".")
    if not path:
        raise LexiconError(f"lexicon address {address!r} has no key (expected 'file.key')")
    value: Any = _domain(name)
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise LexiconError(f"no lexicon entry {address!r}")
        value = value[key]
    return value


def localized(address: str, language: str | None) -> str:
    """The address of an entry in a language: ``file.key`` for English (or None), ``file.LANG.key`` else."""
    if not language or language == ENGLISH:
        return address
    name, _, path = address.partition(".")
    return f"{name}.{language}.{path}"


@functools.cache
def terms(address: str) -> tuple[str, ...]:
    """An entry as an ordered tuple of terms (a string is split on white space)."""
    value = entry(address)
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise LexiconError(f"lexicon entry {address!r} is not a list of words")


@functools.cache
def words(address: str) -> frozenset[str]:
    """An entry as a set of terms."""
    return frozenset(terms(address))


@functools.cache
def _table(address: str) -> tuple[tuple[str, Any], ...]:
    value = entry(address)
    if not isinstance(value, dict):
        raise LexiconError(f"lexicon entry {address!r} is not a table")
    return tuple(value.items())


def table(address: str) -> dict[str, Any]:
    """An entry that is a mapping, as a fresh dict (callers may keep or change their copy)."""
    return dict(_table(address))


def holds_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``nouns`` (lower-cased singulars), as written or as a regular plural
    ("Societies", "Forces", "agencies"): for capitalised names the lemmatizer keeps as they are."""
    low = word.lower()
    return low in nouns or (low.endswith("s") and low[:-1] in nouns) or (low.endswith("ies") and low[:-3] + "y" in nouns)


@functools.cache
def _people_nouns() -> frozenset[str]:
    return frozenset().union(*(words(localized(f"units.{kind}_nouns", language))
                               for kind in ("person", "household") for language in (ENGLISH, "fr")))


def counts_people(noun: str) -> bool:
    """Whether every word of ``noun`` ("people", "enfants", "ménages"; "personnes déplacées" is not) is a noun of
    people or households, English or French (``units.person_nouns``, ``units.household_nouns`` and their French
    entries): what a key-figure line names after its number ("People affected: 1,450,000 people")."""
    return all(w.lower() in _people_nouns() for w in re.split(r"[ -]", noun))
