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
