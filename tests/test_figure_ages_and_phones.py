"""Ages and telephone numbers are no counts of people, in English and French: a young person's age in months, an
age in decades ("d'une quarantaine d'années"), ages coordinated ("âgées de 11 et 13 ans"), an accented name before
an age, a national number in pairs after four digits, an international number in groups of three, a number to call
marked toll-free after it. Texts written for this test."""

from __future__ import annotations

import newsfacts

EN = """Storm in the hills

At least 35 people were displaced on Friday. "The river took everything," said Zoë Muñoz, 41, a farmer. Families can contact the district office on 4455 (toll-free) or the Red Cross on +257 790 115 226.
"""

FR = """Orages dans l'Ouest

Au moins 35 personnes ont été déplacées vendredi. Un bébé de six mois a été emporté par les eaux. Un homme d'une cinquantaine d'années est porté disparu. Trois écolières âgées de 11 et 13 ans ont été blessées. La mairie est joignable au 0262 41 70 00 ou au +257 790 115 226. Les pluies durent depuis 7 mois.
"""


def _figures(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return newsfacts.extract([str(path)], date="2025-03-14").articles[0].figures


def test_english_ages_and_numbers_to_call_are_no_figures(tmp_path):
    values = {f.value for f in _figures(tmp_path, EN, "en.txt")}
    assert 35 in values and not values & {41, 4455, 257, 790, 115, 226, 257790115226}


def test_french_ages_and_phone_numbers_are_no_figures(tmp_path):
    figures = _figures(tmp_path, FR, "fr.txt")
    values = {f.value for f in figures}
    assert {35, 3} <= values  # the count of people is kept, "Trois écolières" too
    assert not values & {6, 50, 11, 13, 262, 41, 70, 257, 790, 115, 226, 257790115226}
    assert any(f.value == 7 and f.unit == "month" for f in figures)  # "depuis 7 mois": a span of time stays
