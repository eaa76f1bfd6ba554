"""Figures in the shapes of humanitarian reports that the graded set tests/graded/en-reports brought up: a
situation report of numbered points alone, labelled facts ("People affected: 312,450"), tables written as plain
text, people sent or going home across a border, bodies that report their own work, a briefing's "our teams",
and houses buried. Texts written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.records import Article


@pytest.fixture(scope="module")
def run(run_dated):
    return run_dated  # tests/conftest.py


def _extracted(tmp_path, text: str) -> Article:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = newsfacts.extract([str(path)], date="2025-03-14").articles
    return article


def _one(article: Article, value: float):
    found = [f for f in article.figures if f.value == value]
    assert found, [f.text for f in article.figures]
    return found[0]


REPORT = """Ministry of Relief and Rehabilitation
Emergency Operations Centre

DAILY SITUATION REPORT
Date: 12 March 2025

Floods in the southern districts

1. Situation: Rains since 9 March have flooded Kurigram and Gaibandha districts.
2. Affected population:
   - People affected: 84,200
   - Families marooned: 9,350
   - People in shelter centres: 6,120
"""


def test_a_report_of_numbered_points_alone_is_one_article_with_labelled_figures(tmp_path):
    article = _extracted(tmp_path, REPORT)
    assert article.title == "Floods in the southern districts"
    assert _one(article, 84200).event == "affected"
    assert _one(article, 9350).event == "stranded"  # marooned
    assert "famil" in (_one(article, 9350).counted or "").lower()
    assert _one(article, 6120).event == "sheltered"


def test_a_closing_point_in_full_keeps_the_labelled_points_before_it(tmp_path):
    article = _extracted(tmp_path, REPORT + "3. Casualties: 4 people have died by drowning.\n")
    assert _one(article, 84200).event == "affected"
    assert _one(article, 4).event == "killed"


TABLE = """Floods in Hiraan: agency update

The disaster agency said on Wednesday that floods had affected 97,000 people in three districts.

District        People affected   People displaced
Belet Weyne     51,000            18,200
Bulo Burte      30,500            7,400
Jalalaqsi       15,500            3,100

Partners have pre-positioned shelter kits in Belet Weyne.
"""


def test_a_table_written_as_plain_text_gives_each_cell_its_column(tmp_path):
    article = _extracted(tmp_path, TABLE)
    for value in (51000, 30500, 15500):
        assert _one(article, value).event == "affected"
    for value in (18200, 7400, 3100):
        assert _one(article, value).event == "displaced"
    assert _one(article, 51000).place.country == "SOM"


def test_prose_spaced_twice_after_a_full_stop_is_no_table(tmp_path):
    article = _extracted(tmp_path, "Floods in Hiraan\n\nThe floods displaced 4,000 people.  Another 2,000 fled to Beledweyne.\n")
    assert "\t" not in article.text


def test_people_deported_are_counted_in_their_own_country(run):
    article = run("Iran deported 36,400 Afghans in February, up from 28,900 in January, the agency said.")
    assert _one(article, 36400).place.country == "AFG"
    assert _one(article, 28900).place.country == "AFG"


def test_crossing_back_is_a_return_counted_at_home(run):
    article = run("Turkey's interior ministry said on Monday that 175,000 Syrians had crossed back through its "
                  "border gates since December 8.")
    fig = _one(article, 175000)
    assert fig.event == "returned"
    assert fig.place.country == "SYR"


def test_where_returnees_were_before_is_not_where_they_are_counted(run):
    article = run("HERAT CITY - Hundreds of Afghans returned from Iran through the Islam Qala crossing in Herat "
                  "province on Wednesday, Afghan officials said. Provincial officials said 3,214 people crossed back on "
                  "Wednesday, most of them deported after being arrested in Tehran, Isfahan and Mashhad.")
    assert _one(article, 3214).place is None or _one(article, 3214).place.country == "AFG"


def test_a_place_beside_a_movement_counts_only_on_its_verb(run):
    article = run("Since the start of the conflict in Sudan, a total of 1,086,000 people have crossed into South Sudan.")
    assert _one(article, 1086000).place.country == "SSD"
    article = run("Thailand's army said about 1,800 Myanmar nationals had crossed into Tak province after clashes "
                  "near Myawaddy.")
    assert _one(article, 1800).place.country == "THA"


def test_bodies_that_report_their_own_work(run):
    article = run("Partners in Kassala have distributed food rations to 3,200 households. IOM has since moved "
                  "640 returnees by road to Aweil.")
    assert _one(article, 3200).stated_by.mention == "Partners"
    assert _one(article, 640).stated_by.mention == "IOM"


def test_our_teams_in_a_briefing_note_are_the_briefings_speaker(run):
    article = run("This is a summary of what was said by UNHCR spokesperson Anna Kovacs - to whom quoted text may "
                  "be attributed - at today's press briefing at the Palais des Nations in Geneva.\n\n"
                  "Our teams have recorded 14 deaths at the transit site since early March.")
    said = _one(article, 14).stated_by
    assert "Kovacs" in (said.name or "") or "UNHCR" in (said.mention or "")


def test_houses_are_buried_but_people_buried_are_what_the_clause_says(run):
    article = run("A flash flood buried 37 homes in the hamlet early Tuesday.")
    assert _one(article, 37).event == "destroyed"
    article = run("The storm has killed 14 people in Guatemala, including a family of five buried by a landslide.")
    assert _one(article, 5).event == "killed"


def test_a_count_that_reaches_the_number_names_what_is_counted(run):
    article = run("CUCUTA, Colombia - The number of people displaced by fighting in the Catatumbo region has risen "
                  "to 56,200, the Ombudsman's Office said on Tuesday.")
    assert _one(article, 56200).counted == "people"
    article = run("The new displacement brings the number of internally displaced people in Haiti to over 1.1 "
                  "million, the highest ever recorded.")
    assert "displaced people" in (_one(article, 1100000).counted or "")


def test_the_size_of_a_change_is_no_share_of_people(run):
    article = run("Flow monitoring points recorded 9,845 individuals crossing into South Sudan, a 22 per cent "
                  "increase on the previous week. In week 9, 1,284 new suspected cholera cases were reported, an "
                  "increase of 18% on week 8.")
    assert _one(article, 22).event is None
    assert _one(article, 18).event is None
    assert _one(article, 9845).event is not None
