"""A French figures noun's owner is the source: "selon le dernier bilan du ministère", "d'après les chiffres de
l'OIM", "selon un bilan publié par la protection civile" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsfacts.analyse.quotes.french import _owner_start
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


@pytest.mark.parametrize("words, owner", [
    ("le dernier bilan du ministère de l'Intérieur", "ministère de l'Intérieur"),
    ("les chiffres de l'OIM", "l'OIM"),
    ("un bilan provisoire publié par la Protection civile", "la Protection civile"),
    ("les données officielles de la Croix-Rouge", "la Croix-Rouge"),
])
def test_the_owner_of_a_figures_noun(words, owner):
    at = _owner_start(words, 0)
    assert at is not None and words[at:] == owner


@pytest.mark.parametrize("words", ["les chiffres du mois", "le HCR", "un bilan de 40 morts", "le porte-parole"])
def test_no_owner(words):
    assert _owner_start(words, 0) is None


@pytest.mark.parametrize("text, name", [
    ("Au moins 27 personnes ont péri dans les crues, selon le dernier bilan du ministère de l'Intérieur.",
     "ministère de l'Intérieur"),
    ("Quelque 1 900 familles ont fui les combats, d'après les chiffres de la Protection civile.",
     "protection civile"),
])
def test_the_owner_is_the_source(text, name):
    (a,) = process_batch([Article(id="t", source=Source(), text=text, language="fr")])
    assert a.figures and a.figures[0].stated_by is not None
    assert name.lower() in (a.figures[0].stated_by.name or "").lower()
