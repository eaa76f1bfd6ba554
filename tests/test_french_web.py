"""French news web pages (texts written for these tests): a standfirst over a credit block ("Le Monde avec AFP",
an outlet's name between a byline and a stamp), a summary under "Ce qu'il faut savoir" before subheads, a title
that opens with where it happens ("Au Tchad, ..."), a figure in a bullet, a magnitude, "le début de la semaine"."""

from __future__ import annotations

import datetime as dt

from test_french import _figure, _one
from test_segment_shapes import dump

from newsfacts.analyse.dates_fr import read_dates
from newsfacts.segment.lines import classify

SUMMARY_PAGE = """RDC : les combats reprennent autour de Goma, des milliers d'habitants sur les routes

Les affrontements entre l'armée et les rebelles du M23 ont repris dans le Nord-Kivu. Les agences de l'ONU redoutent une vague de déplacements.

Article rédigé par franceinfo avec AFP
France Télévisions
Publié le 20/11/2025 08:41

Ce qu'il faut savoir

Les combats ont repris dans le territoire de Masisi, à l'ouest de Goma, dans l'est de la République démocratique du Congo (RDC). Plus de 40 000 personnes ont fui leurs villages depuis dimanche, selon le Bureau de la coordination des affaires humanitaires (OCHA), la Croix-Rouge et Médecins sans frontières.

• Au moins 12 civils ont été tués mardi à Sake, selon la société civile locale.
• Près de 6,9 millions de personnes sont déplacées à l'intérieur du pays, rappelle l'Organisation internationale pour les migrations (OIM).

Les camps de Bulengo débordent

« Nous avons vu arriver des familles entières, sans rien », a déclaré Aline Kahindo, coordinatrice d'une ONG dans le camp de Bulengo, près de Goma. Quelque 8 000 nouveaux arrivants s'y sont installés, d'après elle, et l'Unicef y a recensé des centaines d'enfants seuls.

Des déplacés marchent vers Goma, le 18 novembre 2025. (JEAN KAMBALE / AFP)
"""


def test_an_outlet_with_an_agency_and_french_stamps_are_credits():
    assert classify("Le Monde avec AFP") == "byline"
    assert classify("20 Minutes avec AFP") == "byline"
    assert classify("Mise à jour 19.11.2025 à 18:20") == "stamp"
    assert classify("Publié il y a 3 heures") == "stamp"
    assert classify("Talks with the Taliban") == "heading"


def test_a_summary_under_its_label_and_the_subheads_after_it_are_one_article_under_the_title():
    articles = dump(SUMMARY_PAGE)
    assert len(articles) == 1
    assert articles[0].title.startswith("RDC : les combats reprennent")
    assert "Les affrontements entre" in articles[0].text and "Quelque 8 000" in articles[0].text


def test_a_figure_in_a_bullet_after_a_qualifier_is_found():
    a = _one(SUMMARY_PAGE)
    assert (_figure(a, 6900000).event, _figure(a, 6900000).approx) == ("displaced", "almost")
    assert _figure(a, 12).event == "killed"


def test_a_title_that_opens_with_where_it_happens_is_the_focus():
    a = _one("Au Tchad, l'afflux de réfugiés soudanais fuyant le Darfour submerge les camps\n\nDepuis la chute d'El "
             "Fasher, des milliers de civils ont fui. Les humanitaires manquent de tout.\n\nIls arrivent chaque jour "
             "à Tiné. Plus de 18 000 réfugiés soudanais ont franchi la frontière depuis le début du mois, a indiqué "
             "le HCR.\n")
    assert _figure(a, 18000).place.country == "TCD"


def test_a_magnitude_is_no_count_of_people():
    a = _one("Séisme en Afghanistan\n\nUn tremblement de terre de magnitude 6,1 a frappé dimanche la province de "
             "Kunar, faisant au moins 1 124 morts, selon les autorités.\n")
    assert (_figure(a, 6.1).unit, _figure(a, 6.1).event) == ("magnitude", None)
    assert _figure(a, 1124).event == "killed"


def test_the_start_of_the_week_is_its_monday():
    found = read_dates("depuis le début de la semaine", dt.date(2025, 11, 20))
    assert [(d.value, d.precision) for d in found] == [("2025-11-17/..", "interval")]
