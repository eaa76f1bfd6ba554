"""A number to call is no figure: after a hotline word and a comma, after "call ... on", after another phone number
and "or", a local number with its area code, French "composez le". Texts written for this test."""

from __future__ import annotations

import newsfacts

EN = """Floods in the settlement

At least 40 people were displaced on Tuesday. A toll-free hotline, 199, receives alerts. Residents needing help can call the Red Cross on 1199. Fires can be reported on 021 480 7700 or 107 from a landline. The control room can be reached on 0483 2735010.
"""

FR = """Haïti : les pluies

Au moins 40 personnes ont été déplacées mardi. Pour joindre la ligne d'urgence de la Protection civile, composez le 116.
"""


def _values(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {f.value for f in newsfacts.extract([str(path)], date="2025-03-14").articles[0].figures}


def test_numbers_to_call_are_no_figures(tmp_path):
    values = _values(tmp_path, EN, "en.txt")
    assert 40 in values and not values & {199, 1199, 107, 2735010, 4832735010}


def test_a_number_to_dial_in_french_is_no_figure(tmp_path):
    values = _values(tmp_path, FR, "fr.txt")
    assert 40 in values and 116 not in values
