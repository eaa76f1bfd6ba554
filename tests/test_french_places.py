"""French places (texts written for these tests, tests/french/places): the ends of a movement ("expulsés d'Algérie
vers le Niger", "rapatriés depuis la Tanzanie vers le Burundi", "en provenance du Soudan"), the title as a hint to
an ambiguous town's country ("Tchad : ..." + "Fada"), a name split at an elision joined ("Fada N'Gourma"), the town after
"l'arrondissement de", a town the tagger calls MISC."""

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


def test_a_region_by_its_french_name_in_the_country_the_article_names(figures):
    """ "Nord-Ouest" is Cameroon's North-West region by its French name (pycountry's catalogue) as it is
    Haiti's department: Bamenda decides. A name that is a region of several countries is no evidence itself."""
    found = figures["nord-ouest-cameroun"]
    assert found[12].place.country == "CMR" and found[800].place.country == "CMR"


def test_a_french_region_name_is_looked_up_in_french_text_only():
    from newsfacts.analyse.places import candidates_for
    from newsfacts.gazetteer import gazetteer
    from newsfacts.records import Mention

    probe = Mention(text="Extrême-Nord", type="place", canonical="Extrême-Nord", start=0, end=12)
    assert {c.place.country for c in candidates_for(probe, gazetteer(), language="fr")} == {"CMR"}
    assert candidates_for(probe, gazetteer(), language="en") == []


def test_the_place_after_arrondissement_decides_a_region_of_several_countries(figures):
    """ "l'arrondissement de Ndop": the town after the administrative noun is the place, and as Ndop lies in
    Cameroon, the "Nord-Ouest" the article names is Cameroon's, not Haiti's department."""
    found = figures["arrondissement"]
    assert found[9].place.country == "CMR" and found[600].place.country == "CMR"


def test_a_town_the_french_tagger_calls_misc_is_a_place(figures):
    """ "entre Sake et Goma": the French tagger's MISC for a large town is the town, read as an English "group" name
    is; the article's figures inherit its country."""
    found = figures["villes-misc"]
    assert found[7000].place.country == "COD" and found[7000].place_source == "article"


def test_the_country_across_a_border_is_not_where_people_fled(figures):
    """ "dans cette zone frontalière du Mali": Mali is the other side of the border; the figure is Niger's (Tillabéri,
    Ayorou)."""
    assert figures["frontaliere"][4200].place.country == "NER"


def test_a_demonym_on_a_noun_of_ground_is_that_country(figures):
    """ "ont rejoint les côtes anglaises", "ont franchi la frontière tchadienne": the demonym (lower-case, untagged)
    names the figure's country; "près de la frontière malienne" names the other side of a border, not the place."""
    assert figures["cotes-demonyme"][640].place.country == "GBR"
    assert figures["cotes-demonyme"][210].place.country == "TCD"
    assert figures["cotes-demonyme"][37].place.country != "MLI"


def test_both_countries_between_which_a_border_runs_are_its_sides():
    """ "ont franchi la frontière entre le Soudan et le Tchad", as English "the border between Sudan and Chad": neither
    is where the figure happened; the article's country is (a text written for this test)."""
    import newsfacts

    a = newsfacts.extract("---\nlanguage: fr\n---\nTchad : afflux de réfugiés à Adré\n\nDepuis la mi-juin, quelque "
                          "20 000 personnes ont franchi la frontière entre le Soudan et le Tchad, a indiqué le HCR. "
                          "Environ 630 personnes franchissent chaque jour la frontière entre le Soudan et le Tchad, "
                          "selon l'OIM. Les camps de l'est du Tchad sont saturés.\n", date="2025-05-20").articles[0]
    assert {f.value: f.place.country for f in a.figures if f.place} == {20000: "TCD", 630: "TCD"}


def test_no_one_country_of_a_list_people_went_to_is_the_figure_s():
    """ "sont arrivés au Tchad, en Égypte et au Soudan du Sud", "ont fui vers les pays voisins, notamment le Tchad, le
    Soudan du Sud et l'Égypte", as English "to Egypt, Chad and South Sudan": the place the context gives (Sudan, the
    article's); a list of places in one country keeps its own (a text written for this test)."""
    import newsfacts

    a = newsfacts.extract("---\nlanguage: fr\n---\nSoudan : la guerre déplace des millions de personnes\n\nPlus de "
                          "10 millions de personnes ont été déplacées à l'intérieur du Soudan, selon l'OIM. Près de 2 "
                          "millions d'autres ont fui vers les pays voisins, notamment le Tchad, le Soudan du Sud et "
                          "l'Égypte. Plus de 600 000 réfugiés sont arrivés au Tchad, en Égypte et au Soudan du Sud "
                          "depuis avril. Au Darfour, 40 000 personnes ont fui vers Tawila, Kutum et Mellit en mai.\n",
                          date="2025-05-20").articles[0]
    assert {f.value: f.place.country for f in a.figures if f.place} == {10e6: "SDN", 2e6: "SDN", 600000: "SDN",
                                                                         40000: "SDN"}
