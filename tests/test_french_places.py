"""French places (texts written for these tests, tests/french/places): the ends of a movement ("expulsés d'Algérie
vers le Niger", "rapatriés depuis la Tanzanie vers le Burundi", "en provenance du Soudan"), the title as a hint to
an ambiguous town's country ("Tchad : ..." + "Fada"), a name split at an elision joined ("Fada N'Gourma")."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent / "french" / "places"


@pytest.fixture(scope="module")
def figures():
    import newsfacts

    result = newsfacts.extract(sorted(str(p) for p in HERE.glob("*.txt")), date="2025-05-20")
    return {Path(a.source.path).stem: {f.value: f for f in a.figures} for a in result.articles}


def test_expelled_from_one_country_to_another(figures):
    f = figures["expulsions"][640]
    assert f.origin.country == "DZA" and f.destination.country == "NER" and f.place.country == "NER"


def test_repatriated_from_to(figures):
    f = figures["rapatries"][900]
    assert f.origin.country == "TZA" and f.destination.country == "BDI" and f.place.country == "BDI"


def test_arrivals_en_provenance_de(figures):
    f = figures["soudan-libye"][1300]
    assert f.origin.country == "SDN" and f.place.country == "TCD"


def test_title_decides_an_ambiguous_town(figures):
    assert figures["fada-tchad"][6].place.country == "TCD"


def test_name_split_at_an_elision_is_one_place(figures):
    f = figures["gourma"][3000]
    assert f.place.country == "BFA" and "Gourma" in f.place.text


def test_title_context_skips_the_place_people_left():
    from newsfacts.analyse.places import title_context

    assert title_context("Burundi : reprise des rapatriements depuis la Tanzanie", "fr").countries == {"BDI"}
    assert title_context("Ituri : des miliciens tuent des civils", "fr").countries == {"COD"}
