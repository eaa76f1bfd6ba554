"""What a part, a whole and a share count: "19 of the dead were children" counts children, the whole a part is
taken from ("of the city's 2.1 million residents") and the numbers of a proportion ("seven in ten") have no event,
"put the number of evacuees at 5,000" counts evacuees. Sentences written for these tests."""

from __future__ import annotations

from test_figure_events import one
from test_french import _figure, _one


def test_a_part_said_to_be_other_people_counts_them():
    f = one("The health ministry said 23 of the dead were children.", 23)
    assert (f.counted, f.event) == ("children", "killed")
    f = one("Some 12.5 million people need help this year, 4.1 million of them children, the agency said.", 4100000)
    assert f.counted == "children" and f.unit == "person"
    f = one("Two of the injured were in critical condition, doctors said.", 2)
    assert f.counted != "condition"


def test_a_count_put_at_a_level_counts_what_its_noun_counts():
    assert one("The police put the number of evacuees at 5,000 on Monday.", 5000).counted == "evacuees"
    f = one("The governor put the number of people killed in the town since Friday at 52.", 52)
    assert (f.counted, f.event) == ("people", "killed")


def test_the_whole_a_part_is_taken_from_has_no_event():
    text = "Around 1.5 million of the city's 2.1 million residents have been displaced, officials said."
    assert one(text, 1500000).event == "displaced"
    assert one(text, 2100000).event is None
    text = "Of the 350 children screened at the clinic last week, 98 were severely malnourished."
    assert one(text, 350).event is None
    text = "Of the 80 people killed in the raid, 12 were children."  # the whole's own participle stays its event
    assert one(text, 80).event == "killed"


def test_the_numbers_of_a_proportion_have_no_event():
    assert one("A survey found that seven in ten returning families cannot afford rent.", 10).event is None
    assert one("Three out of four refugees arriving in the camp are women, the agency said.", 4).event is None
    assert one("Gunmen killed 5 in 10 days in the district, police said.", 5).event == "killed"  # a span of time


def test_french_parts_shares_and_key_figures():
    a = _one("Arrivées en Sicile\n\nSelon le ministère, 41 300 migrants ont débarqué en Sicile depuis janvier. Parmi "
             "eux, 5 200 étaient des mineurs non accompagnés. « 8 arrivants sur 10 sont des femmes et des enfants », "
             "a souligné une responsable.\n")
    assert (_figure(a, 5200).counted, _figure(a, 5200).event) == ("mineurs", "arrived")
    assert _figure(a, 8).event is None and _figure(a, 10).event is None
    a = _one("Repères\n\n1 234 567 : le nombre de personnes déplacées internes enregistrées au Mali fin mars.\n")
    assert _figure(a, 1234567).counted.startswith("personnes déplacées")


def test_those_who_come_to_help_are_displaced_or_given_aid_in_no_figure():
    assert one("Some 300 student volunteers trained in first aid worked alongside the fire service.", 300).event is None
    assert one("Some 150 reinforcements arrived from the capital on Tuesday.", 150).event is None
    assert one("Three volunteers were killed when the convoy was shelled.", 3).event == "killed"  # harm stays
    a = _one("Renforts\n\nLa Croix-Rouge a mobilisé 90 volontaires et distribué des kits à 250 familles. Depuis mardi, "
             "180 renforts de la sécurité civile sont arrivés de La Réunion.\n")
    assert _figure(a, 90).event is None and _figure(a, 180).event is None
    assert _figure(a, 250).event == "aid"


def test_a_part_with_its_own_people_noun_after_including_takes_the_whole_s_event():
    # the part set off by commas before the whole's verb: its own noun, the whole's event
    f = one("The clinic helped 1,140 people in the border zone in August, including 190 children, and the group said "
            "more would come.", 190)
    assert (f.counted, f.event) == ("children", "aid")


def test_a_part_counted_by_a_pronoun_is_in_its_whole_s_unit():
    f = one("The number of people displaced in the country has reached 6.9 million, the agency said on Monday. Some "
            "5.6 million of them live in the eastern provinces.", 5600000)
    assert (f.unit, f.event) == ("person", "displaced")
    a = _one("RDC : 6,9 millions de déplacés\n\nLe nombre de personnes déplacées en RDC a atteint 6,9 millions, a "
             "annoncé lundi l'OIM. Environ 5,6 millions d'entre elles vivent dans les provinces de l'Est.\n")
    f = _figure(a, 5600000)
    assert (f.unit, f.event) == ("person", "displaced")
    a = _one("Inondations\n\nLes pluies ont détruit 1 200 maisons. Environ 300 d'entre elles étaient en terre.\n")
    assert _figure(a, 300).unit != "person"  # a part of houses is no count of people


def test_foreigners_and_immigrants_are_people():
    assert one("The government said it had detained 1,700 undocumented foreigners so far.", 1700).unit == "person"
    assert one("Police arrested 240 immigrants in raids on Tuesday.", 240).unit == "person"
