"""Figures stated as labelled lines rather than sentences, the shapes the graded set tests/graded/en-keyfigures
brought up: key-figure blocks ("People affected: 12,300"), rows of labelled cells ("Deaths 23 | Injured 140"),
tables with bars, lists under a lead-in line that ends with a colon, "including N deaths" after a count of cases,
a movement to hospital, and the numbers to call in a contact line. Texts written for these tests."""

from __future__ import annotations

import newsfacts
from newsfacts.records import Article
from newsfacts.segment.lines import is_figure_line, read_lines


def _extracted(tmp_path, text: str) -> Article:
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = newsfacts.extract([str(path)], date="2025-03-14").articles
    return article


def _all(article: Article, value: float) -> list:
    found = [f for f in article.figures if f.value == value]
    assert found, [f.text for f in article.figures]
    return found


def _one(article: Article, value: float):
    return _all(article, value)[0]


BLOCK = """Kenya: Floods in Tana River County - Red Cross update, 12 March 2025

KEY FIGURES
New arrivals at evacuation centres since 1 March: 8,450
Households displaced in Garsen: 2,310
Shelters destroyed: 640
Evacuation sites: 14

The Kenya Red Cross Society said on Wednesday that the Tana River had burst its banks at Garsen and Hola, cutting
the road to Lamu. Teams are working with the county government to move families from the river's edge.
"""


def test_a_key_figures_block_stays_in_the_text_and_is_no_headline():
    kinds = [line.kind for line in read_lines(BLOCK) if line.text[:1] in "NHSE" and ":" in line.text]
    assert kinds == ["item"] * 4


def test_labels_with_dates_in_them_give_the_event_and_a_plural_noun_is_no_verb(tmp_path):
    article = _extracted(tmp_path, BLOCK)
    assert _one(article, 8450).event == "arrived"  # "New arrivals ... since 1 March"
    assert _one(article, 2310).event == "displaced"
    assert _one(article, 640).event == "destroyed"  # "Shelters destroyed": no one sheltered
    assert _one(article, 14).event is None  # "Evacuation sites": places, to which nothing befell


def test_a_label_line_is_no_quote_of_its_label(tmp_path):
    article = _extracted(tmp_path, "Sudan: the war in figures\n\nRefugees and asylum-seekers in Egypt: 1,200,000\n"
                                   "Returnees from Egypt: 215,000\n\nAid groups expect more arrivals in the spring.\n")
    assert _one(article, 1200000).stated_by is None
    assert not any(q.speaker and q.speaker.mention == "Refugees and asylum-seekers in Egypt" for q in article.quotes)


ROWS = """Earthquake in western Iran: live updates

Key figures
Deaths 31 | Injured 212 | Buildings collapsed 47

The quake struck at dawn near the town of Kermanshah, the Iranian Red Crescent said. Search teams are working
through the rubble of a market in the old town.
"""


def test_a_lone_row_of_labelled_cells_is_text_and_each_cell_names_its_figure(tmp_path):
    assert is_figure_line("Deaths 31 | Injured 212 | Buildings collapsed 47")
    article = _extracted(tmp_path, ROWS)
    assert (_one(article, 31).event, _one(article, 212).event, _one(article, 47).event) == (
        "killed", "injured", "destroyed")


TABLE = """NATIONAL EMERGENCY OPERATIONS CENTRE
Flood situation report No. 6, 13 March 2025

Losses since 1 March:

District | Deaths | Injured | Houses damaged
Kasese | 14 | 52 | 1,930
Bundibugyo | 6 | 17 | 740

Relief items dispatched to districts:
Tents: 2,400
Blankets: 9,100
"""


def test_a_table_with_bars_gives_each_cell_its_columns_event(tmp_path):
    article = _extracted(tmp_path, TABLE)
    assert [_one(article, v).event for v in (14, 52, 1930, 6, 17, 740)] == [
        "killed", "injured", "damaged", "killed", "injured", "damaged"]
    assert _one(article, 1930).counted == "Houses damaged"
    assert [_one(article, v).unit for v in (14, 52, 6, 17)] == ["person"] * 4  # never the cell bar the parse hung it on


def test_labelled_relief_is_aid(tmp_path):
    article = _extracted(tmp_path, TABLE)
    assert _one(article, 2400).event == "aid" and _one(article, 9100).event == "aid"


DASHBOARD = """Malawi Cholera Dashboard - 12 March 2025

Cumulative cases 6,240 | Deaths 188 | CFR 2.9%

Last 24 hours:
New cases 96
New deaths 3

The cholera outbreak began in Nsanje district in January.
"""


def test_a_cholera_dashboards_labels_are_cases_and_deaths(tmp_path):
    article = _extracted(tmp_path, DASHBOARD)
    assert [_one(article, v).event for v in (6240, 188, 96, 3)] == ["infected", "killed", "infected", "killed"]
    assert _one(article, 2.9).event is None


LEAD_IN = """Bolivia: Floods in Beni - Emergency appeal

The Bolivian Red Cross reports that since Sunday, the floods have:
- killed 12 people
- injured 48 people
- damaged 2,600 houses

In Trinidad, the floods have displaced:
- 4,100 people in the city's low-lying districts
- 900 people in San Javier
"""


def test_list_items_take_the_verb_they_open_with_and_the_lead_ins_source(tmp_path):
    article = _extracted(tmp_path, LEAD_IN)
    for value, event in ((12, "killed"), (48, "injured"), (2600, "damaged")):
        f = _one(article, value)
        assert f.event == event and f.stated_by is not None and "Red Cross" in f.stated_by.name


def test_list_items_take_the_verb_that_ends_their_lead_in(tmp_path):
    article = _extracted(tmp_path, LEAD_IN)
    assert _one(article, 4100).event == "displaced" and _one(article, 900).event == "displaced"


def test_deaths_included_in_a_count_of_cases_are_deaths(tmp_path):
    article = _extracted(tmp_path, "The health ministry has recorded 2,140 suspected cholera cases in Tawila since "
                                   "early February, including 31 deaths.\n")
    assert _one(article, 2140).event == "infected"
    assert _one(article, 31).event == "killed"


def test_moving_people_to_hospital_is_a_movement_and_rushing_them_there_is_hospitalisation(tmp_path):
    article = _extracted(tmp_path, "The army airlifted 26 injured people from Jumla to hospitals in Surkhet. At least "
                                   "40 people were rushed to hospital in Jumla.\n")
    assert _one(article, 26).event == "evacuated"
    assert _one(article, 40).event == "hospitalized"


def test_numbers_to_call_in_contact_lines_are_no_figures(tmp_path):
    article = _extracted(tmp_path, "At least 14 people died in the fire, officials said.\n\n"
                                   "For queries: Camp Coordination Cell, +880 2 4411 6677\n\n"
                                   "Hotline: 333 | Emergency helpline: 1090\n")
    values = {f.value for f in article.figures}
    assert 14 in values and not values & {880, 2, 4411, 6677, 333, 1090}


def test_a_list_under_a_body_that_reports_its_own_work_is_that_bodys(tmp_path):
    article = _extracted(tmp_path, "Peru: Floods in Piura - Operation update\n\nHeavy rain has flooded the lower Piura "
                                   "valley since February.\n\nSince 1 March, the Peruvian Red Cross and the IFRC have:\n"
                                   "- delivered food to 23,000 people\n- distributed 4,100 hygiene kits\n")
    f = _one(article, 23000)
    assert f.event == "aid" and f.stated_by is not None and "Red Cross" in (f.stated_by.name or "")


BRIEF = """WFP Chad Country Brief - February 2025

In Numbers
870,000 people assisted in February 2025
US$ 9.8 million in cash-based transfers

Operational Updates
Fighting in Darfur drove new arrivals into eastern Chad in February, and WFP teams in Adre registered refugees at the
border points of Adre and Tine for food and nutrition assistance.

Food security
- People in crisis (IPC 3): 3.3 million
- People in emergency (IPC 4): 240,000

Monitoring
In Ouaddai province, WFP monitors recorded 9 incidents affecting humanitarian access in February, and one truck
carrying food to Farchana camp was looted near Adre.
"""


def test_a_section_of_labelled_figures_keeps_a_report_in_one_article(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(BRIEF, encoding="utf-8")
    (article,) = newsfacts.extract([str(path)], date="2025-03-14").articles
    assert {870000, 3300000, 240000, 9} <= {f.value for f in article.figures}


def test_entry_times_and_headlines_ending_with_their_number_are_no_figure_lines():
    assert not is_figure_line("16:05 NPT")
    assert not is_figure_line("Death toll rises to 157")
    assert is_figure_line("New cases 214") and is_figure_line("Over 111,000 injured")
    assert is_figure_line("Relocated to new camps in February: 9,320")


# French key figures (tests/graded/fr-chiffres): the same blocks with French numbers and labels. Texts written for
# these tests.
BLOC_FR = """Tchad : tableau de bord humanitaire de la province du Lac, octobre 2025

Personnes dans le besoin : 1,1 M
Personnes déplacées internes : 215\u202f400
Retournés : 98\u00a0450
Financement reçu : 31 %
Besoins : 118,6 M $US

Les pluies de septembre ont aggravé la situation dans les îles, où l'accès reste difficile.
Source : OCHA, OIM DTM
"""

TABLEAU_FR = """Burkina Faso : inondations, situation au 3 septembre 2025

Région | Sinistrés | Décès | Maisons effondrées
Centre-Nord | 12 300 | 14 | 1 870
Est | 8 450 | 9 | 1 120

Décès : 23 | Blessés : 61

Le Conseil national de secours d'urgence appelle les familles des zones basses à rejoindre les sites d'accueil.
"""


def test_french_figure_lines_with_spaced_thousands_stay_in_the_text():
    kinds = [line.kind for line in read_lines(BLOC_FR) if ":" in line.text and line.text[:1] in "PRFB"]
    assert kinds == ["item"] * 5
    assert is_figure_line("Personnes déplacées internes : 452\u202f800")
    assert is_figure_line("Besoins : 371,4 M $US")
    assert is_figure_line("Réfugiés : plus de 12 000")


def test_a_french_label_gives_the_event_and_money_and_shares_keep_none(tmp_path):
    article = _extracted(tmp_path, BLOC_FR)
    assert _one(article, 1100000).event == "in_need"  # "Personnes dans le besoin"
    assert _one(article, 215400).event in ("displaced", "idps")
    assert _one(article, 98450).event == "returned"
    assert _one(article, 31).event is None and _one(article, 118600000).event is None


def test_a_french_table_cell_takes_its_column_header_and_a_row_cell_its_own_label(tmp_path):
    article = _extracted(tmp_path, TABLEAU_FR)
    assert _one(article, 12300).event == "affected"  # "Sinistrés"
    assert _one(article, 14).event == "killed"  # "Décès"
    assert _one(article, 1870).event == "destroyed"  # "Maisons effondrées"
    assert _one(article, 61).event == "injured"  # "Blessés : 61" after "Décès : 23" on the same row


def test_an_ipc_phase_is_no_french_figure(tmp_path):
    article = _extracted(tmp_path, "Haïti : insécurité alimentaire\n\nSelon l'analyse, 5,7 millions de personnes sont "
                                   "en situation d'insécurité alimentaire aiguë (IPC 3+), dont 1,9 million en phase "
                                   "d'urgence (IPC 4).\n")
    assert not [f for f in article.figures if f.value in (3, 4)]


def test_a_row_of_two_cells_takes_the_first_as_its_label_and_a_participle_names_the_event(tmp_path):
    article = _extracted(tmp_path, "Niger : fiche d'information du HCR, octobre 2025\n\nEN CHIFFRES\n"
                                   "Réfugiés maliens | 98 450\nRéfugiés relocalisés vers Ouallam | 4 100\n"
                                   "Tillabéri | 61 200\n\nLe HCR poursuit l'enregistrement des nouveaux arrivants.\n")
    assert _one(article, 98450).event == "refugees"
    assert _one(article, 4100).event == "relocated"  # "relocalisés", not the noun "Réfugiés"
    assert _one(article, 61200).counted != "Tillabéri"  # a place heads the row: no label of what befell anyone


def test_a_label_that_counts_families_or_households_gives_the_household_unit(tmp_path):
    article = _extracted(tmp_path, "Uganda: Landslide in Bududa - District update\n\n"
                         "IMPACT\n- Families affected: 1,320\n- Households assisted with shelter kits: 410\n"
                         "- People displaced: 5,600\n")
    assert _one(article, 1320).unit == "household"
    assert _one(article, 410).unit == "household"
    assert _one(article, 5600).unit == "person"


# Key-figure lines that name what they count after the number ("People affected: 1,450,000 people", "Accès à l'eau
# potable : 680 000 personnes"): a noun of people or households after it keeps them key figures, in the text, their
# label naming the event. Texts written for these tests.
COUNTED_LINES = """Malawi: Floods in Nsanje District - Operation Update No. 2

Funds allocated: CHF 420,000
People affected: 86,300 people
People to be assisted: 15,000 people (3,000 households)

Heavy rains since 2 February pushed the Shire River over its banks near Bangula, the district council said.
"""

LIGNES_COMPTEES = """Burundi : appel d'urgence, province de Cibitoke

Personnes sinistrées : 24 600 personnes
Ménages relogés : 1 150 ménages
Enfants vaccinés contre la rougeole : 9 800 enfants

Les crues de la Rusizi ont emporté trois ponts et coupé la route de Bujumbura, selon la Croix-Rouge.
"""


def test_a_label_a_number_and_a_noun_of_people_is_a_key_figure_line_not_a_headline():
    assert is_figure_line("People to be assisted: 15,000 people (3,000 households)")
    assert is_figure_line("Ménages relogés : 1 150 ménages")
    assert not is_figure_line("Mandera: 3 killed in IED blast")  # a headline: a verb after the number
    assert not is_figure_line("Nsanje: 12 dead as the Shire bursts its banks")
    kinds = [line.kind for line in read_lines(COUNTED_LINES) if line.text.startswith(("Funds", "People"))]
    assert kinds == ["item"] * 3


def test_a_labelled_count_with_its_noun_takes_the_labels_event(tmp_path):
    article = _extracted(tmp_path, COUNTED_LINES)
    assert _one(article, 86300).event == "affected"
    assert _one(article, 15000).event == "aid" and _one(article, 3000).event == "aid"
    french = _extracted(tmp_path, LIGNES_COMPTEES)
    assert _one(french, 24600).event == "affected"
    assert _one(french, 1150).event == "relocated"
    assert _one(french, 9800).event == "vaccinated"
