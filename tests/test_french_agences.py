"""French agency, outlet and communiqué style (the mechanisms tuned on tests/graded/fr-agences): sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from test_french import _figure, _one

from newsfacts.analyse.dates_fr import read_dates

THURSDAY = dt.date(2025, 11, 20)
SATURDAY = dt.date(2025, 11, 22)


def _values(text: str, ref: dt.date) -> dict[str, str | None]:
    return {d.text: d.value for d in read_dates(text, ref)}


# ------------------------------------------------------------------------------------------------ dates


def test_last_weekend_is_the_weekend_before_the_last_one_begun_on_a_weekend():
    assert _values("Le week-end dernier, trois villages ont été attaqués.", THURSDAY) == {
        "Le week-end dernier": "2025-W46-WE"}
    assert _values("le week-end dernier", SATURDAY) == {"le week-end dernier": "2025-W46-WE"}
    assert _values("ce week-end", SATURDAY) == {"ce week-end": "2025-W47-WE"}


def test_this_weekend_is_the_last_one_begun_and_next_weekend_the_one_after_it():
    assert _values("Des combats ont éclaté ce week-end.", THURSDAY) == {"ce week-end": "2025-W46-WE"}
    assert _values("au cours du week-end", THURSDAY) == {"du week-end": "2025-W46-WE"}
    assert _values("le week-end prochain", THURSDAY) == {"le week-end prochain": "2025-W47-WE"}


def test_a_day_after_words_that_point_ahead_is_the_next_one_not_last_year():
    assert _values("La distribution reprendra à partir du 1er décembre.", THURSDAY) == {"1er décembre": "2025-12-01"}
    assert _values("une campagne prévue à compter du 5 janvier", THURSDAY) == {"5 janvier": "2026-01-05"}
    assert _values("les écoles resteront fermées jusqu'au 28 février", THURSDAY) == {"28 février": "2026-02-28"}
    # a day just past stays in the past after them, and with no such words a day is the last one begun
    assert _values("à partir du 1er octobre, les arrivées ont doublé", THURSDAY) == {"1er octobre": "2025-10-01"}
    assert _values("le 1er décembre, 300 familles ont fui", THURSDAY) == {"le 1er décembre": "2024-12-01"}
    # the words' article opening the date ("dès le mois de", "à partir du mois de") points ahead all the same
    assert _values("Le PAM devra suspendre l'aide dès le mois de janvier.", THURSDAY) == {"le mois de janvier": "2026-01"}
    assert _values("Les rations seront réduites à partir du mois de mars.", THURSDAY) == {"du mois de mars": "2026-03"}


def test_a_figure_takes_the_weekend_and_the_coming_day_as_its_when():
    article = _one("Le week-end dernier, une attaque contre le village de Mangusu a fait au moins 19 morts, selon la "
                   "société civile. Le PAM suspendra l'assistance à 150 000 personnes à partir du 1er avril.")
    assert _figure(article, 19).when.value == "2025-03-08/2025-03-09"  # DATE is Friday 2025-03-14
    assert _figure(article, 150000).when.value == "2025-04-01"


# ------------------------------------------------------------------------------------------------ interviews

INTERVIEW = """Entretien. De retour de Diffa, le représentant du HCR au Niger, Paul Ndiaye, répond à nos questions.

Combien de réfugiés sont arrivés depuis janvier ?
Nous en avons enregistré près de 14 000, surtout des femmes et des enfants venus de l'État de Borno.

Comment sont-ils hébergés ?
Quelque 3 000 familles vivent encore dans des abris de fortune le long de la route nationale 1.
"""


def test_the_answers_of_an_interview_are_the_words_of_the_person_it_introduces():
    article = _one(INTERVIEW)
    answers = [q for q in article.quotes if q.text.startswith(("Nous en avons", "Quelque 3 000"))]
    assert len(answers) == 2 and {q.speaker.name for q in answers} == {"Paul Ndiaye"}
    assert _figure(article, 3000).stated_by.name == "Paul Ndiaye"


def test_questions_in_a_story_that_introduces_no_one_make_no_interview():
    article = _one("Que s'est-il passé à Diffa ?\n\nLes combats ont fait fuir 2 000 personnes, selon le maire, Ali "
                   "Mahamadou.\n\nQui viendra en aide aux familles ?\n\nLe HCR a distribué 500 kits.\n")
    assert not [q for q in article.quotes if q.cue == ":"]


# ------------------------------------------------------------------------------------------------ appeals


def test_who_launches_an_appeal_states_its_amount():
    article = _one("Les Nations unies lancent un appel de 69 millions de dollars pour les déplacés de l'Ituri.\n\n"
                   "Le HCR lance un appel urgent de 120 millions de dollars pour les réfugiés soudanais au Tchad.")
    assert _figure(article, 69000000).stated_by.name == "Nations unies"
    assert _figure(article, 120000000).stated_by.name == "HCR"
    assert _figure(article, 120000000).unit == "USD"


# ------------------------------------------------------------------------------------------------ places


def test_where_a_statement_was_made_is_not_where_its_figures_happened():
    article = _one("Le Burundi fait face à un afflux de réfugiés congolais.\n\nPlus de 9 000 réfugiés ont traversé la "
                   "frontière depuis le 1er novembre, indique le HCR dans un communiqué publié à Genève. Le Burundi "
                   "accueille déjà 89 000 réfugiés congolais.")
    assert _figure(article, 9000).place.country == "BDI"
    # a place the sentence gives to the figure itself stays its place
    assert _figure(_one("Au moins 30 personnes ont été blessées à Genève, a indiqué la police."), 30).place.country == "CHE"


# ------------------------------------------------------------------------------------------------ units


def test_the_cfa_franc_and_a_currency_sign_after_the_number_are_currencies():
    article = _one("Le gouvernement a mobilisé 2,5 milliards de FCFA pour les sinistrés. Il manque encore 69 millions $ "
                   "au plan de réponse.")
    assert _figure(article, 2500000000).unit == "XOF"
    assert _figure(article, 69000000).unit == "USD"


def test_hours_abbreviated_with_a_space_are_hours():
    article = _one("Les réfugiés ont marché pendant 72 h avant d'arriver à Adré, selon le HCR.")
    assert _figure(article, 72).unit == "hour"
    assert _figure(article, 72).event is None
