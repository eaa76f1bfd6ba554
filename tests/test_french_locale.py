"""French local press on disasters and epidemics (texts written for these tests): vaccine doses counted beside the
people vaccinated, and a count "depuis le début de l'année" dated from the year's first month."""

from __future__ import annotations

import newsfacts

DATE = "2025-02-27"


def _figure(text: str, value: float):
    article = newsfacts.extract(text, date=DATE).articles[0]
    return next(f for f in article.figures if f.value == value)


def test_vaccine_doses_are_things_of_no_event():
    text = ("Kindu – La division provinciale de la santé a reçu 40 000 doses de vaccin contre la rougeole. Une "
            "campagne doit démarrer lundi : 18 000 doses sont attendues pour vacciner les enfants des camps, et "
            "6 500 enfants ont déjà été vaccinés, selon le médecin chef de zone.")
    assert _figure(text, 40000).event is None
    assert _figure(text, 18000).event is None
    assert _figure(text, 6500).event == "vaccinated"


def test_a_count_since_the_start_of_the_year_runs_from_january():
    text = ("Bangui – Depuis le début de l'année, 2 400 personnes ont fui les violences dans la préfecture de la "
            "Ouaka, selon la protection civile.")
    assert _figure(text, 2400).when.value == "2025-01/2025-02-27"
