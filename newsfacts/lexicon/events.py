"""The table of event classes (``events.toml``: what happened to the people or things a figure counts),
read the ways the stages need it: one field of many classes as a set, and the class a figure's term names.

Every consumer (the figures stage, resolve's comparison of figures, the export's impact column) reads the
classes from here, so a class is added or changed in one place.
"""

from __future__ import annotations

import functools
from typing import Any

from . import table, terms

__all__ = ["classes", "event_terms", "impact_categories", "impacts", "term_classes"]


@functools.cache
def _classes() -> tuple[tuple[str, Any], ...]:
    return tuple(table("events.classes").items())


def classes() -> dict[str, dict[str, Any]]:
    """Class name -> its fields (category, words, verbs, flow ...), in the file's order."""
    return dict(_classes())


@functools.cache
def event_terms(field: str, category: str | None = None) -> frozenset[str]:
    """One field ("words", "verbs", "flow", "stock", "states", "left_from" ...) of every event class, or of
    the classes of one category, as one set."""
    found: set[str] = set()
    for name, fields in _classes():
        if field in fields and (category is None or fields["category"] == category):
            found.update(terms(f"events.classes.{name}.{field}"))
    return frozenset(found)


@functools.cache
def term_classes() -> dict[str, str]:
    """A figure's term as written ("killed", "fleeing") -> the class it is compared as: the class's
    ``compare`` field where it has one ("fled" compares as "displaced"), else its own name."""
    return {term: fields.get("compare", name)
            for name, fields in _classes() if "terms" in fields
            for term in terms(f"events.classes.{name}.terms")}


@functools.cache
def impacts() -> tuple[tuple[str, frozenset[str]], ...]:
    """(HXL impact attribute, the words that signal it) in the order a figure is checked for them: the
    words and terms of every class whose ``impact`` it is."""
    found: dict[str, set[str]] = {name: set() for name in terms("events.impact_order")}
    for name, fields in _classes():
        if "impact" in fields:
            for field in ("words", "terms"):
                if field in fields:
                    found[fields["impact"]].update(terms(f"events.classes.{name}.{field}"))
    return tuple((name, frozenset(words)) for name, words in found.items())


@functools.cache
def impact_categories() -> dict[str, str]:
    """HXL impact attribute -> the category of the classes that carry it (displacement, casualties ...)."""
    return {fields["impact"]: fields["category"] for _, fields in _classes() if "impact" in fields}
