"""The table of event classes (``events.toml``: what happened to the people or things a figure counts),
read the ways the stages need it: one field of many classes as a set, and the class a figure's term names.

Every consumer (the figures stage, resolve's comparison of figures, the export's impact column) reads the
classes from here, so a class is added or changed in one place.
"""

from __future__ import annotations

import functools
from typing import Any

from . import table, terms

__all__ = ["adverb_classes", "brought_to_classes", "care_verb_classes", "category_of_class", "classes", "disease_verb_classes", "origin_classes", "result_classes", "result_on_classes", "localized_classes", "localized_heads", "event_terms", "impact_categories", "impacts", "noun_classes", "object_classes",
           "people_classes", "phrasal_classes", "home_to_classes", "intransitive_verbs", "place_object_classes", "predicate_classes", "state_classes", "term_classes"]


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
    """A figure's term as written ("killed", "fleeing", "déplacés") -> the class it is compared as: the class's
    ``compare`` field where it has one ("fled" compares as "displaced"), else its own name. The words of the
    classes in other languages count too, so a French figure compares with an English one."""
    found = {term: fields.get("compare", name)
             for name, fields in _classes() if "terms" in fields
             for term in terms(f"events.classes.{name}.terms")}
    for language in LANGUAGES:
        for word, name in localized_classes(language, "words").items():
            found.setdefault(word, classes()[name].get("compare", name))
    return found


LANGUAGES = ("fr",)  # the languages whose words the classes list ([classes.NAME.fr])


@functools.cache
def localized_classes(language: str, field: str) -> dict[str, str]:
    """One field ("words" or "verbs") of the classes' tables in a language -> the first class listing each word."""
    found: dict[str, str] = {}
    for name, fields in _classes():
        if field in fields.get(language, {}):
            for word in terms(f"events.classes.{name}.{language}.{field}"):
                found.setdefault(word, name)
    return found


@functools.cache
def localized_heads(language: str) -> dict[str, str]:
    """Each word of the classes' tables in a language ("réfugiés", "déplacées", "morts") -> the English noun its
    class counts people by (the class's first ``people`` entry: "refugee", "death"), else the class's name
    ("displaced", "missing"): what a counted phrase in that language is compared as (resolve/claims.py)."""
    found: dict[str, str] = {}
    for word, name in localized_classes(language, "words").items():
        people = terms(f"events.classes.{name}.people") if "people" in classes()[name] else ()
        found[word] = people[0] if people else name
    return found


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


def _first_class(field: str, *, multiword: bool | None = None) -> dict[str, str]:
    """Each entry of one field of the classes -> the first class (in the file's order) that lists it; with
    ``multiword`` True only the entries that hold a space, False only those that do not."""
    found: dict[str, str] = {}
    for name, fields in _classes():
        if field in fields and not isinstance(fields[field], dict):
            for word in terms(f"events.classes.{name}.{field}"):
                if multiword is None or (" " in word) == multiword:
                    found.setdefault(word, name)
    return found


@functools.cache
def predicate_classes() -> dict[str, str]:
    """A lemma or written form of a verb or adjective that names an event when it is a number's own
    predicate ("killed", "dead", "missing", "affecting") -> its class: the classes' verbs (lemmas), then their
    one-word states and terms (written forms), first class wins."""
    found = _first_class("verbs")
    for field in ("states", "terms"):
        for word, name in _first_class(field, multiword=False).items():
            found.setdefault(word, name)
    return found


@functools.cache
def state_classes() -> dict[str, str]:
    """A state written as a preposition and a noun lemma ("in need", "at risk", "in camps") -> its class."""
    found = _first_class("states", multiword=True)
    for word, name in _first_class("stock", multiword=True).items():
        found.setdefault(word, name)
    return found


@functools.cache
def object_classes() -> dict[tuple[str, str], str]:
    """(verb lemma, object lemma) that name an event together ("lose home", "claim life") -> its class."""
    return {tuple(pair.split()): name for pair, name in _first_class("objects").items()}  # type: ignore[misc]


@functools.cache
def prep_object_classes() -> dict[tuple[str, str], str]:
    """(verb lemma, object lemma) whose preposition's noun suffers an event ("set fire to", "tore the roofs off") ->
    its class."""
    return {tuple(pair.split()): name for pair, name in _first_class("prep_objects").items()}  # type: ignore[misc]


@functools.cache
def given_classes() -> dict[str, str]:
    """A noun lemma of what is given that names a class, not aid ("shelter", "vaccine") -> that class."""
    return _first_class("given")


@functools.cache
def phrasal_classes() -> dict[tuple[str, str], str]:
    """(verb lemma, particle) that name an event together ("send back", "go back") -> its class."""
    return {tuple(pair.split()): name for pair, name in _first_class("phrasal").items()}  # type: ignore[misc]


@functools.cache
def home_to_classes() -> dict[str, str]:
    """A noun lemma whose "to" object is of a class ("home to 1.2 million refugees") -> that class."""
    return _first_class("home_to")


@functools.cache
def place_object_classes() -> dict[str, str]:
    """A verb lemma that names an event when its object is a place ("left Iran") -> its class."""
    return _first_class("place_objects")


@functools.cache
def people_classes() -> dict[str, str]:
    """A noun lemma that counts people by what happened to them ("death", "evacuee", "idp") -> its class."""
    return _first_class("people")


@functools.cache
def noun_classes() -> dict[str, tuple[str, str]]:
    """A noun lemma naming an event ("displacement", "evacuation") -> (the term it names, its class)."""
    return {noun: (term, name) for name, fields in _classes() for noun, term in fields.get("nouns", {}).items()}


@functools.cache
def result_classes() -> dict[str, str]:
    """A noun lemma that, as the "to" object of a verb, makes the verb an event ("stabbed to death") -> its class."""
    return _first_class("results")


@functools.cache
def result_on_classes() -> dict[str, str]:
    """A noun lemma that, as the "on" object of a verb, makes the verb an event ("200 houses were set on fire",
    "set 40 homes on fire") -> its class."""
    return _first_class("results_on")


@functools.cache
def adverb_classes() -> dict[str, str]:
    """An adverb that makes a verb of another class this class ("internally displaced": idps) -> its class."""
    return _first_class("adverbs")


@functools.cache
def brought_to_classes() -> dict[str, str]:
    """A noun lemma that, as the "to" object of a verb done to the counted, makes the verb an event ("moved 5,000
    people to safety") -> its class."""
    return _first_class("brought_to")


@functools.cache
def origin_classes() -> dict[str, str]:
    """A noun lemma that, as the "from" object of a verb of no class, makes the verb an event ("driven from their
    homes", "pulled from the rubble") -> its class."""
    return _first_class("origins")


@functools.cache
def intransitive_verbs() -> frozenset[str]:
    """Verb lemmas that name their class only with no object and not in the passive ("had recovered")."""
    return frozenset(_first_class("intransitive"))


@functools.cache
def care_verb_classes() -> dict[str, str]:
    """A verb lemma that names a class only where nothing else names the figure's event ("treated 5,600 patients")
    -> its class."""
    return _first_class("care_verbs")


@functools.cache
def disease_verb_classes() -> dict[str, str]:
    """A verb lemma whose object, a disease, names an event ("contracted cholera") -> its class."""
    return _first_class("disease_verbs")


def category_of_class(name: str | None) -> str | None:
    """The category a class files its figures under (displacement, casualties, ...), None for no class."""
    return dict(_classes())[name]["category"] if name else None
