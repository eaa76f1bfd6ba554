"""A figure of "others"/"autres" continues the figure before it: its source (both languages) and, in French, the
unit of what it counts. Texts written for this test."""

from __future__ import annotations

import newsfacts

EN = """Gang attack in Haiti

PORT-AU-PRINCE, Oct 5 - At least 40 people were killed on Thursday in a gang attack on the town, the police spokesman said. Sixteen others were seriously injured.
"""

FR = """Tchad : la crue du Salamat

AM TIMAN, 28 août (RFI) – Les crues ont détruit 2 300 maisons, selon l'OIM. 1 100 autres ont été endommagées.
"""


def _figures(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {f.value: f for f in newsfacts.extract([str(path)], date="2025-03-14").articles[0].figures}


def test_others_keep_the_source_of_the_figure_before(tmp_path):
    figures = _figures(tmp_path, EN, "en.txt")
    assert figures[16].event == "injured" and "spokesman" in (figures[16].stated_by.mention or "")


def test_autres_keep_the_unit_and_source_of_the_figure_before(tmp_path):
    figures = _figures(tmp_path, FR, "fr.txt")
    assert figures[1100].unit == figures[2300].unit == "house" and figures[1100].event == "damaged"  # "maisons": house
    assert figures[1100].stated_by is not None and "OIM" in (figures[1100].stated_by.name or figures[1100].stated_by.mention)


INCLUDED = """Cholera in the camps

The health ministry said its clinics had treated 2,300 cholera patients since May, including 410 in the past week.
The army said it shot down 86 drones overnight, including 40 over the border region.
"""


def test_a_number_after_including_with_no_noun_is_part_of_the_figure_before(tmp_path):
    # "including 410 in the past week": 410 of the patients treated, their event; drones carry none to give
    figures = _figures(tmp_path, INCLUDED, "included.txt")
    assert figures[410].event == figures[2300].event == "hospitalized"
    assert figures[410].counted == "cholera patients"
    assert figures[40].event is None


def test_others_with_no_count_before_them_in_their_sentence_are_people(tmp_path):
    """ "The death toll rose to 23. At least 57 others were wounded": other people; "destroyed 20 houses and damaged
    30 others" stay houses."""
    text = ("Shelling in Omdurman\n\nThe death toll from the shelling of the market rose to 23. At least 57 others "
            "were wounded, the ministry added. The blast destroyed 20 houses and damaged 30 others.\n")
    figures = _figures(tmp_path, text, "others.txt")
    assert (figures[57].unit, figures[57].event) == ("person", "injured")
    assert figures[30].unit == "house"
