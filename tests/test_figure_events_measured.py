"""A measure takes only the event class marked ``measured`` (aid), and only in that class's units: relief weighed in
tonnes is aid; litres of water a day, a ration's kilos, a length in metres and a sum of money are of no event.
Texts written for this test."""

from __future__ import annotations

import pytest

import newsfacts

EN = """Drought relief in the south

WFP said it had distributed 4,500 tonnes of rice in the district. UNICEF said it was trucking 300,000 litres of safe water a day to 21,000 people. The centre gives each evacuee a hot meal, 3,000 hryvnias and a bed.
"""

FR = """Tchad : l'aide aux réfugiés

Chaque famille reçoit une ration de 50 kilos de sorgho, selon le HCR. Le PAM a distribué 8 500 tonnes de vivres. Les embarcations, longues de 12 mètres, partent désormais des plages de la Somme.
"""


def _figures(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {f.value: f for f in newsfacts.extract([str(path)], date="2025-03-14").articles[0].figures}


@pytest.mark.parametrize("text, name, value, event", [
    (EN, "en.txt", 4500, "aid"), (EN, "en.txt", 300000, None), (EN, "en.txt", 3000, None),
    (FR, "fr.txt", 8500, "aid"), (FR, "fr.txt", 50, None), (FR, "fr.txt", 12, None),
])
def test_a_measure_is_aid_only_in_tonnes(tmp_path, text, name, value, event):
    assert _figures(tmp_path, text, name)[value].event == event


OBJECTS = """Relief in the camps

In Gedo region, WFP monitors recorded 15 incidents affecting humanitarian access. The United States deported 4,310 Guatemalans on 31 flights in August.
"""

FR_OBJECTS = """Haïti : le séisme du Sud

À Jérémie, l'hôpital, dont une aile de 40 lits s'est effondrée, a transféré 61 patients. Selon la FICR, 14 points d'eau ont été contaminés.
"""


@pytest.mark.parametrize("text, name, value", [
    (OBJECTS, "en.txt", 15), (OBJECTS, "en.txt", 31), (FR_OBJECTS, "fr.txt", 40), (FR_OBJECTS, "fr.txt", 14),
])
def test_objects_and_occurrences_counted_are_of_no_event(tmp_path, text, name, value):
    assert _figures(tmp_path, text, name)[value].event is None


POPULATION = """Refugees in eastern Chad

Adré camp now shelters over 248,000 refugees, in a town of 40,000 inhabitants. The quake struck near the city of Gaziantep, home to about two million people.
"""

FR_POPULATION = """Niger : les refoulés d'Arlit

« Nous avons accueilli plus de 21 000 refoulés, alors que notre commune compte à peine 6 000 habitants », a-t-il déploré. Le camp, conçu à l'origine pour 30 000 personnes, abrite 70 000 réfugiés. L'Ituri compte plus de 1,1 million de personnes déplacées internes.
"""


@pytest.mark.parametrize("text, name, value, event", [
    (POPULATION, "en.txt", 40000, None), (POPULATION, "en.txt", 2000000, None), (POPULATION, "en.txt", 248000, "sheltered"),
    (FR_POPULATION, "fr.txt", 6000, None), (FR_POPULATION, "fr.txt", 30000, None),
    (FR_POPULATION, "fr.txt", 1100000, "displaced"),
])
def test_what_a_place_holds_is_of_no_event(tmp_path, text, name, value, event):
    assert _figures(tmp_path, text, name)[value].event == event


GOODS_MADE = """Floods and harvest in the lowlands

LILONGWE, 3 September (Agency) - Farmers harvested 900,000 tonnes of maize this year, the ministry said. The Red Cross has set up 3,100 tents in 14 camps, sheltering about 20,000 people. The agency distributed 5,000 hygiene kits and 200 tonnes of rice.
"""

FR_SHARES = """Niger : l'aide aux sinistrés

NIAMEY, 3 septembre (Agence) - Le gouvernement a débloqué une enveloppe de 2 milliards de francs CFA pour l'aide aux victimes, dont 40 % pour les abris. Le ministère a distribué 300 tonnes de mil.
"""


@pytest.mark.parametrize("text, name, value, event", [
    (GOODS_MADE, "en.txt", 900000, None), (GOODS_MADE, "en.txt", 3100, None), (GOODS_MADE, "en.txt", 5000, "aid"),
    (GOODS_MADE, "en.txt", 200, "aid"), (FR_SHARES, "fr.txt", 40, None), (FR_SHARES, "fr.txt", 300, "aid"),
])
def test_goods_made_or_put_up_and_shares_are_no_aid(tmp_path, text, name, value, event):
    """Relief words counted as the object of a verb that makes, grows or puts them up (events.toml's
    goods_made_verbs) are a harvest or a place, not aid; a share of relief money is no one's count (French as
    English); goods distributed stay aid."""
    assert _figures(tmp_path, text, name)[value].event == event


FR_PUT_UP = """Tchad : les sinistrés de Mongo

MONGO, 3 septembre (Agence) - La Croix-Rouge a monté 300 tentes sur le site de Bitkine. Le PAM a distribué 600 bâches.
"""


@pytest.mark.parametrize("value, event", [(300, None), (600, "aid")])
def test_french_goods_put_up_are_no_aid(tmp_path, value, event):
    """Relief counted as the object of a French verb that puts it up (events.toml's [fr] goods_made_verbs) is a
    place, not aid; relief distributed stays aid."""
    assert _figures(tmp_path, FR_PUT_UP, "fr.txt")[value].event == event
