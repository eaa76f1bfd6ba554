"""French figures (texts written for these tests): a verb group said of coordinated counted nouns, people in a state
of food insecurity, what "dont" stands for across a long clause, the unit of a figure of casualties; and the English
counterparts where there are."""

from __future__ import annotations

from test_french import DATE, _figure, _one

import newsfacts


def test_a_verb_group_after_coordinated_counted_nouns_is_said_of_each():
    a = _one("Attaque au Mali\n\nSamedi, 40 villageois et 3 gendarmes ont été tués près de Ménaka, a indiqué le "
             "gouvernement. À Gao, 30 maisons et 12 boutiques ont été incendiées.\n")
    assert (_figure(a, 40).event, _figure(a, 40).term) == ("killed", "tués")
    assert _figure(a, 40).category == "casualties"
    assert _figure(a, 3).event == "killed"
    assert _figure(a, 30).event == _figure(a, 12).event == "destroyed"


def test_a_second_noun_s_own_word_is_not_shared():
    a = _one("Bilan à Bunia\n\nL'hôpital a accueilli 25 enfants et 8 blessés, selon MSF.\n")
    assert _figure(a, 25).event != "injured"  # "blessés" is the second number's own noun


def test_people_in_food_insecurity_are_in_need():
    a = _one("Sécheresse au Sahel\n\nSelon le PAM, 2,1 millions de personnes sont en insécurité alimentaire dans la "
             "région. Quelque 400 000 enfants sont en situation d'insécurité alimentaire aiguë. Enfin, 90 000 ménages "
             "sont confrontés à l'insécurité alimentaire.\n")
    for value in (2100000, 400000, 90000):
        assert _figure(a, value).event == "in_need"
    assert _figure(a, 2100000).category == "other"


def test_insecurity_that_drives_people_away_is_not_a_need():
    a = _one("Fuite à Djibo\n\nL'insécurité a poussé 28 000 personnes à quitter leurs villages.\n")
    assert _figure(a, 28000).event != "in_need"


def test_dont_stands_for_the_counted_noun_across_a_long_clause():
    a = _one("Sécheresse\n\nSelon le rapport publié mardi, 1,3 million de personnes sont en situation d'insécurité "
             "alimentaire aiguë dans le sud et le sud-est du pays, le long de la frontière avec le voisin du nord, "
             "dont 310 000 en phase d'urgence.\n")
    assert _figure(a, 310000).counted == "personnes"
    assert _figure(a, 310000).event == "in_need"


def test_a_figure_of_casualties_counts_people():
    a = _one("Attaque au Bénin\n\nL'armée a annoncé que 20 terroristes ont été neutralisés et que 4 gendarmes ont été "
             "blessés.\n")
    assert (_figure(a, 20).unit, _figure(a, 4).unit) == ("person", "person")
    b = _one("Crue\n\nQuelque 300 têtes de bétail ont été tuées par la crue.\n")
    assert _figure(b, 300).unit != "person"


def _english(text: str) -> dict:
    return {f.value: f for f in newsfacts.extract("---\nlanguage: en\n---\n" + text, date=DATE).articles[0].figures}


def test_english_food_insecurity_is_in_need():
    figures = _english("Drought in Somalia\n\nAbout 120,000 children face acute food insecurity in the "
                       "south, and 600,000 people are experiencing food insecurity in the north.\n")
    assert figures[120000].event == figures[600000].event == "in_need"


def test_english_shares_a_verb_group_across_coordinated_nouns():
    figures = _english("Attack in Mali\n\nOn Saturday, 40 villagers and 3 gendarmes were killed near "
                       "Menaka, the government said.\n")
    assert figures[40].event == figures[3].event == "killed"


def test_a_participle_after_the_counted_noun_s_complement_is_said_of_it():
    a = _one("Attaques au Sahel\n\nAu Mali, 7 éléments de l'armée tués samedi à Ménaka. Au Tchad, 30 habitants de la "
             "ville blessés par balle. Selon la police, 9 membres de la famille tués dans l'incendie.\n")
    assert (_figure(a, 7).event, _figure(a, 7).unit) == ("killed", "person")
    assert _figure(a, 30).event == "injured"
    assert _figure(a, 9).event == "killed"


def test_a_headline_s_participle_reaches_both_coordinated_numbers():
    a = _one("Burkina Faso\n\nDouze civils et cinq éléments de l'armée tués dans une attaque près de Djibo, selon une "
             "source sécuritaire.\n")
    assert (_figure(a, 12).counted, _figure(a, 12).unit) == ("civils", "person")
    assert _figure(a, 12).event == _figure(a, 5).event == "killed"


def test_coordinated_numbers_after_de_share_the_participle():
    a = _one("Attaque au Niger\n\nLe maire fait état de quinze villageois et de trois éléments de la garde tués.\n")
    assert (_figure(a, 15).counted, _figure(a, 15).event) == ("villageois", "killed")
    assert _figure(a, 3).event == "killed"
