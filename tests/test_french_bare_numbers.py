"""French figures whose noun is left out, and places that hold figures rather than state them (sentences written for
these tests): a bare number with its own verb counts what the figure before it counts; a verb after a number that the
small model tags a noun is no unit; a place that "a enregistré" or "compte" figures is where they are, not who
states them."""

from __future__ import annotations

from test_french import _figure, _one


def _by(f) -> str | None:
    return (f.stated_by.name or f.stated_by.mention) if f.stated_by is not None else None


def test_a_bare_number_with_its_own_verb_counts_the_things_before_it():
    a = _one("Selon la délégation régionale, 2 600 cases ont été détruites et 940 ont été endommagées dans le Ouaddaï.")
    damaged = _figure(a, 940)
    assert damaged.unit == "hut" and damaged.event == "damaged" and "endommag" in (damaged.term or "")
    assert _figure(a, 2600).event == "destroyed"


def test_a_bare_number_with_its_own_verb_counts_the_people_before_it():
    a = _one("Les eaux ont emporté environ 25 personnes et blessé plus de 70 autres dans le Logone.")
    hurt = _figure(a, 70)
    assert hurt.unit == "person" and hurt.event == "injured" and hurt.category == "casualties"


def test_a_verb_after_a_number_is_not_its_unit():
    a = _one("Près de 9 000 sinistrés vivent sous des tentes à Bol, et 1 700 dorment dans des salles de classe.")
    assert _figure(a, 1700).unit == "person" and _figure(a, 1700).category == "displacement"


def test_one_agent_is_still_a_noun():
    a = _one("Un convoi de 1 agent et 12 gendarmes a quitté Mao.")
    assert all(f.unit != "agent" or f.value == 1 for f in a.figures)


def test_a_place_that_registers_or_counts_a_figure_does_not_state_it():
    a = _one("Au total, le Burkina compte 1,9 million de déplacés internes.\n\n"
             "Cette petite commune a enregistré l'arrivée de plus de 14 000 déplacés en un mois.\n\n"
             "La préfecture de Goré a recensé 3 100 nouveaux réfugiés centrafricains.")
    assert _figure(a, 1_900_000).stated_by is None
    assert _figure(a, 14_000).stated_by is None
    assert _figure(a, 3100).stated_by is None


def test_a_body_that_registers_a_figure_still_states_it():
    a = _one("Le HCR a enregistré 6 200 réfugiés à Goré.\n\nLe maire de Goré compte 300 familles sinistrées.")
    assert _by(_figure(a, 6200)) == "HCR"
    assert "maire" in (_by(_figure(a, 300)) or "")


def test_a_vague_amount_is_about_and_ends_with_its_word():
    a = _one("Des milliers de déplacés sont arrivés à Kalehe et des dizaines de milliers d'autres ont fui vers Minova.")
    first, second = sorted(a.figures, key=lambda f: f.start)[:2]
    assert (first.text, first.approx, first.low, first.high) == ("Des milliers", "about", 1000, 10000)
    assert second.text == "des dizaines de milliers" and second.approx == "about"
    assert a.text[first.start:first.end] == "Des milliers"


def test_livestock_and_areas_are_counted_with_what_they_count():
    a = _one("Les crues ont emporté plus de 1 800 têtes de bétail et inondé 6 400 hectares de rizières à Bongor.")
    assert _figure(a, 1800).counted == "têtes de bétail" and _figure(a, 1800).unit == "head"
    assert _figure(a, 6400).counted.startswith("hectares de rizières") and _figure(a, 6400).unit == "hectare"
