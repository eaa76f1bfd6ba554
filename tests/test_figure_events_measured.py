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
