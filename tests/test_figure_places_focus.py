"""How figures with no place of their own inherit the article's focus (``analyse/focus.py``): a country only the
title names, a title's rubric ("Cameroun : ..."), a dateline with a date and year ("N'DJAMENA, 13 février 2025 -"),
places named as where the people counted come from ("mostly from Sudan", "originaires de Guinée") or where help
came from ("arrivés de La Réunion"), where people arrived, crossed or fled from ("new arrivals from Sudan"), and
a dateline city beside the sentence's own place. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts


def _extract(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = newsfacts.extract([str(path)], date="2025-03-14").articles
    return article


def _country(article, value: float) -> str | None:
    f = next(f for f in article.figures if f.value == value)
    return f.place.country if f.place is not None else None


CASES = [
    # a country only the title names, as its rubric: the body names villages the gazetteer does not know
    ("Cameroun : des hommes armés frappent le village de Ngouzoua\n\n"
     "Des hommes armés ont attaqué dans la nuit de samedi le village de Ngouzoua, dans le département du "
     "Mayo-Kaldao. Neuf civils ont été tués et quatre blessés, a indiqué le sous-préfet.\n\n"
     "Plus de 3 000 habitants ont fui vers les localités voisines, selon les autorités locales.\n", 3000, "CMR"),
    # the rubric outweighs a stray place of another country the lead names
    ("Niger : une embuscade fait 12 morts près de Tinkawal\n\n"
     "Une colonne de l'armée est tombée dans une embuscade près de Tinkawal, non loin de la frontière avec le "
     "Mali. Le bilan fait état de 12 soldats tués, selon un communiqué du ministère de la Défense.\n\n"
     "Quelque 400 familles ont quitté les hameaux voisins depuis l'attaque.\n", 400, "NER"),
    # a dateline with its year: the dateline city's country leads over the country the refugees fled
    ("Afflux de réfugiés à l'est après les combats\n\n"
     "N'DJAMENA, 9 mars 2025 - Les combats autour d'El Geneina, au Soudan, ont poussé de nouvelles familles "
     "vers l'est du Tchad, selon le HCR.\n\n"
     "Environ 6 200 personnes sont arrivées en une semaine. Les familles s'installent sous des abris de fortune.\n",
     6200, "TCD"),
    # survivors named by where they come from: the figure stays where the shipwreck happened
    ("Naufrage au large de Lampedusa\n\n"
     "Au moins 30 migrants sont portés disparus après un naufrage au large de Lampedusa, en Italie, a indiqué "
     "l'OIM.\n\nLes garde-côtes ont secouru 12 survivants, originaires de Guinée, du Mali et du Sénégal.\n",
     12, "ITA"),
    ("Boat capsizes off Libya\n\n"
     "TRIPOLI, March 9 (Reuters) - At least 30 migrants drowned when their boat capsized off Libya on Sunday, "
     "the coast guard said.\n\nThe boat carried some 80 people, mostly from Sudan, Eritrea and Somalia, a "
     "survivor told aid workers.\n", 80, "LBY"),
    # help that arrived from elsewhere does not pull the focus there
    ("Point de situation après le passage du cyclone\n\n"
     "Le préfet de Mayotte fait le point après le passage du cyclone sur l'île.\n\n"
     "Le bilan s'élève à 7 morts et 84 blessés. Quelque 3 100 personnes sont hébergées dans des centres "
     "d'urgence. 150 renforts sont arrivés de La Réunion.\n", 84, "MYT"),
    # a dateline city whose country nothing else names, under a title that names another: where the outlet
    # writes from, not where the figures are
    ("Militia raid on Ituri displacement site kills 23\n\n"
     "NAIROBI (Reuters) - Militiamen armed with machetes and guns attacked a site for displaced people in the "
     "east of Congo's Ituri province overnight, killing 23 people, a local official said.\n\n"
     "The assault on the Plaine Savo site began shortly after midnight, said the "
     "head of a local rights group. He said 31 people had been wounded.\n", 31, "COD"),
    # the same dateline with no other country written: it still gives the focus
    ("Car bomb kills 12 at busy market\n\n"
     "MOGADISHU (Reuters) - A car bomb exploded at a crowded market on Tuesday, killing 12 people, police said."
     "\n\nAbout 40 people were wounded, a doctor at a nearby hospital said.\n", 40, "SOM"),
    # where people arrived, crossed or fled from (title and body) is not what the article is about
    ("Latvia sees more arrivals from Belarus as border pressure grows\n\n"
     "Latvian border guards recorded 1,240 attempts to cross the border from Belarus in May, the service said. "
     "Most of the people crossing from Belarus were citizens of Syria and Afghanistan.\n\n"
     "Guards detained 87 people near Daugavpils in Latvia, and 12 were taken to hospital.\n", 12, "LVA"),
    # an island the packaged lists name only in its own language, or not at all
    ("Boats keep landing despite the winter\n\n"
     "Some 640 migrants arrived on Crete over the weekend, the coast guard said, most of them after a two-day "
     "crossing.\n", 640, "GRC"),
    # two countries close, no dateline: the only country the title names (a report filed under it) leads
    ("Ghana Shelter Cluster - Volta Floods Update, 2 June 2025\n\n"
     "Heavy upstream rainfall in the Kara region of Togo raised the river from 20 May, flooding villages around "
     "Keta.\n\nAs of 1 June, 4,250 people remain in 31 school buildings.\n", 4250, "GHA"),
    # two countries close: the title's rubric names the one that leads
    ("UNHCR Niger: Mali Situation Update, May 2025\n\n"
     "Fighting around Menaka in Mali continued in May, sending more families towards Tillaberi.\n\n"
     "Since January, 6,800 people have been registered at the transit site, UNHCR said.\n", 6800, "NER"),
]


@pytest.mark.parametrize("text, value, expected", CASES, ids=[c[2] + str(c[1]) for c in CASES])
def test_focus_country(tmp_path, text, value, expected):
    assert _country(_extract(tmp_path, text), value) == expected


def test_title_only_country_is_marked_inherited(tmp_path):
    """A country only the title names is given as the whole country, inherited ("article"), with no span in the
    text (the title is not the text)."""
    article = _extract(tmp_path, CASES[0][0])
    f = next(f for f in article.figures if f.value == 3000)
    assert f.place_source == "article"
    assert f.place.precision == "country" and (f.place.start, f.place.end) == (0, 0)


def test_people_origin_list():
    from newsfacts.analyse.focus import people_origin
    from newsfacts.records import Mention

    text = "some 80 people, mostly from Sudan, Eritrea and Somalia, left Zuwara"
    ms = [Mention(text=w, type="place", canonical=w, start=text.index(w), end=text.index(w) + len(w), country="X")
          for w in ("Sudan", "Eritrea", "Somalia", "Zuwara")]
    assert people_origin(text, ms) == frozenset({text.index("Sudan"), text.index("Eritrea"), text.index("Somalia")})


@pytest.mark.parametrize("text, value, country", [
    # a UN briefing datelined where the agency sits: the city the story is filed from is no figure's place
    ("Sudan: UNHCR alarmed at new arrivals\n\nGENEVA, March 11, 2025 - More than 300,000 Sudanese refugees have "
     "crossed the border since January, UNHCR said on Tuesday.\n", 300000, "SDN"),
    ("Soudan : le HCR s'inquiète du sort des réfugiés\n\nGENÈVE, 11 mars 2025 - Plus de 300 000 réfugiés soudanais "
     "ont franchi la frontière depuis janvier, a déclaré mardi le HCR.\n", 300000, "SDN"),
    # a local dateline still gives the article's country through its focus
    ("Gunmen attack villages in the north-east\n\nMAIDUGURI, Nigeria, March 11, 2025 - Gunmen killed 30 people in "
     "two villages overnight, residents said.\n", 30, "NGA"),
])
def test_a_dateline_is_where_the_story_is_filed_from_not_the_figure_s_place(tmp_path, text, value, country):
    assert _country(_extract(tmp_path, text), value) == country
