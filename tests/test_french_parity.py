"""Mechanisms French figures share with English (issue 18; texts written for these tests): counts of areas, sites,
settlements and vehicles take no people's event; a verb that names its class only for people leaves things
alone; a place's capacity is no one hosted; verbs of catching a disease; a status noun under the clause's verb; an
adverb of another class; people in a state that death ends; the threat of famine."""

from __future__ import annotations

from test_french import DATE, _figure, _one

import newsfacts


def _english(text: str) -> dict:
    return {f.value: f for f in newsfacts.extract("---\nlanguage: en\n---\n" + text, date=DATE).articles[0].figures}


def test_areas_take_no_event_and_sites_only_the_classes_of_things():
    a = _one("Sécheresse au Niger\n\nLa sécheresse a touché 14 districts et 12 communes, selon le gouvernement. "
             "Dans la région, 300 écoles ont été détruites et les pluies ont endommagé 40 sites de déplacés.\n")
    assert _figure(a, 14).event is None and _figure(a, 12).event is None
    assert _figure(a, 14).category == "other"
    assert _figure(a, 300).event == "destroyed"
    assert _figure(a, 40).event == "damaged"


def test_settlements_are_destroyed_never_affected():
    a = _one("Attaque\n\nDes assaillants ont incendié 30 villages. Ailleurs, la sécheresse a touché 20 villages.\n")
    assert _figure(a, 30).event == "destroyed"
    assert _figure(a, 20).event is None
    en = _english("Gunmen burned 30 villages. Elsewhere, the drought affected 20 villages.\n")
    assert en[30].event == "destroyed" and en[20].event is None


def test_sites_affected_are_damaged():
    a = _one("Tempête\n\nAu total, 42 écoles et 3 centres de santé ont été touchés par la tempête, a dit le maire.\n")
    assert _figure(a, 42).event == _figure(a, 3).event == "damaged"
    en = _english("The storm affected 42 schools, the mayor said.\n")
    assert en[42].event == "damaged"


def test_a_verb_of_people_leaves_things_without_event():
    a = _one("Opération\n\nL'armée a neutralisé 12 engins explosifs. Les forestiers ont abattu 200 arbres. Les "
             "militaires ont neutralisé 20 terroristes.\n")
    assert _figure(a, 12).event is None and _figure(a, 12).unit == "engin"
    assert _figure(a, 200).event is None
    assert (_figure(a, 20).event, _figure(a, 20).unit) == ("killed", "person")


def test_a_capacity_is_no_one_hosted():
    a = _one("Camp\n\nLe stade peut accueillir 40 000 spectateurs. Le nouveau site pourra héberger 6 000 personnes. "
             "Le Tchad accueille 1 200 000 réfugiés.\n")
    assert _figure(a, 40000).event is None
    assert _figure(a, 6000).event is None
    assert _figure(a, 1200000).event is not None
    en = _english("The stadium can host 40,000 people. Chad hosts 1.2 million refugees.\n")
    assert en[40000].event is None and en[1200000].event is not None


def test_catching_a_disease_is_infected():
    a = _one("Épidémie\n\nEnviron 450 personnes ont contracté la rougeole. Plus de 200 personnes ont été testées "
             "positives au choléra. Quelque 300 personnes sont tombées malades.\n")
    assert (_figure(a, 450).event, _figure(a, 450).term) == ("infected", "contracté")
    assert (_figure(a, 200).event, _figure(a, 200).term) == ("infected", "testées positives")
    assert _figure(a, 300).event == "infected"


def test_the_clause_s_verb_of_shelter_over_a_status_noun():
    a = _one("Déplacés\n\nEnviron 1 500 déplacés sont hébergés dans des écoles.\n")
    assert (_figure(a, 1500).event, _figure(a, 1500).term) == ("sheltered", "hébergés")


def test_partially_destroyed_is_damaged():
    a = _one("Séisme\n\nEnviron 700 maisons ont été partiellement détruites et 300 autres totalement détruites.\n")
    assert _figure(a, 700).event == "damaged"
    assert _figure(a, 300).event == "destroyed"
    en = _english("About 700 homes were partially destroyed.\n")
    assert en[700].event == "damaged"


def test_the_injured_who_die_are_killed_and_the_injured_stay_injured():
    a = _one("Bilan\n\nDeux blessés ont succombé à l'hôpital. Au moins 48 civils ont été tués et 27 autres blessés.\n")
    assert (_figure(a, 2).event, _figure(a, 2).term) == ("killed", "succombé")
    assert _figure(a, 27).event == "injured"


def test_threatened_by_famine_is_in_need():
    a = _one("Famine\n\nPrès de 2 millions de personnes sont menacées par la famine.\n")
    assert _figure(a, 2000000).event == "in_need"
