"""Each number of a sentence takes its own role: a noun that names its event in a "with" phrase ("with 1,200
cases and 45 deaths"), the predicate noun a bare number "is" ("Of these, 500 were returnees"), a state phrase
that belongs to a part written between ("11 of them with injuries"), places paired in order by "respectively",
and vehicles, which no class of people befalls; relief given to people whatever they are called, shares, and
peoples counted as people. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.records import Article


@pytest.fixture(scope="module")
def run(run_dated):
    return run_dated  # tests/conftest.py


def _one(article: Article, value: float):
    found = [f for f in article.figures if f.value == value]
    assert found, [f.text for f in article.figures]
    return found[0]


def test_a_with_phrase_gives_each_noun_its_own_event(run):
    article = run("Cholera has spread across Sudan this year. Gedaref was badly affected, with 1,200 suspected "
                  "cases and 45 deaths, the health ministry said. Sindh was the hardest hit, with 52 deaths and "
                  "3,000 evacuees.")
    assert (_one(article, 1200).event, _one(article, 45).event) == ("infected", "killed")
    assert (_one(article, 52).event, _one(article, 3000).event) == ("killed", "evacuated")


def test_a_with_phrase_of_people_keeps_their_own_predicate(run):
    article = run("The district remains the most affected, with 2,000 people displaced by the floods.")
    assert _one(article, 2000).event == "displaced"


def test_a_bare_number_that_is_a_noun_of_people_counts_it(run):
    article = run("Border monitors recorded 2,400 people crossing from Sudan into Chad last week. Of these, 1,700 "
                  "were Chadian returnees and 650 were Sudanese refugees; the rest were traders.")
    back, fled = _one(article, 1700), _one(article, 650)
    assert (back.event, back.counted) == ("returned", "Chadian returnees")
    assert (fled.event, fled.counted) == ("refugees", "Sudanese refugees")
    assert fled.place.country == "TCD"  # refugees are not where their demonym says


def test_a_share_that_is_a_noun_of_people_takes_no_event(run):
    article = run("The camp has received 90,000 people since April. Around 60 per cent were Chadian returnees.")
    assert _one(article, 60).event is None


def test_a_whole_written_first_still_wins_over_the_predicate_noun(run):
    article = run("Floods killed 80 people in the north. Of those killed, 12 were refugees.")
    assert _one(article, 12).event == "killed"


def test_a_state_phrase_belongs_to_the_part_between(run):
    article = run("Rescuers pulled 40 survivors from the rubble on Tuesday, 9 of them with serious injuries. "
                  "Medics treated 25 people with injuries in the town.")
    assert _one(article, 40).event != "injured"
    assert _one(article, 9).event == "injured"
    assert _one(article, 25).event == "injured"


def test_respectively_pairs_figures_and_places_in_order(run):
    article = run("Floods killed 12, 30 and 7 people in Kenya, Somalia and Ethiopia respectively, officials said. "
                  "Smaller numbers have fled to Rwanda and Burundi, where 900 and 1,400 arrivals respectively "
                  "were registered.")
    assert [_one(article, v).place.country for v in (12, 30, 7)] == ["KEN", "SOM", "ETH"]
    assert [_one(article, v).place.country for v in (900, 1400)] == ["RWA", "BDI"]


def test_no_class_of_people_befalls_vehicles(run):
    article = run("Two jets struck a school where families displaced by the fighting had been sheltering. At "
                  "least four convoys have been turned back since March. Shelling destroyed 30 vehicles.")
    assert _one(article, 2).event is None
    assert _one(article, 4).event is None
    assert _one(article, 30).event == "destroyed"


def test_the_figures_after_a_respectively_series_keep_its_sentence_place(run):
    article = run("NAIROBI, March 12 - Heavy rains hit Kenya this week, officials said. Kenya and Uganda reported "
                  "40 and 25 deaths, respectively. Helicopters evacuated 30 people from rooftops.")
    assert (_one(article, 40).place.country, _one(article, 25).place.country) == ("KEN", "UGA")
    assert _one(article, 30).place.country == "KEN"


def test_a_part_of_a_count_with_no_event_takes_none_from_an_earlier_figure(run):
    article = run("Helicopters evacuated 30 people from rooftops. Rescuers found 12 survivors, three of them in "
                  "critical condition.")
    assert _one(article, 3).event is None


def test_a_nearby_verb_with_its_own_object_is_not_the_counted_ones(run):
    article = run("The army deployed 500 soldiers to evacuate residents of the valley. Officials said 600 Afghans "
                  "who hold expired cards will be expelled.")
    assert _one(article, 500).event is None
    assert _one(article, 600).event == "expelled"


def test_the_period_a_figure_is_compared_with_is_not_its_date(run):
    article = run("Monitors said at least 90 civilians were killed and 300 injured in the region in February, more "
                  "than in January. Arrivals fell to 3,000 in March, fewer than in February.")
    assert (_one(article, 90).when.value, _one(article, 300).when.value) == ("2025-02", "2025-02")
    assert _one(article, 3000).when.value == "2025-03"


def test_a_figure_a_rule_closed_takes_no_event_from_the_one_before(run):
    article = run("On Monday, 9,800 people were staying at the transit centre, which was built for 2,500.")
    assert _one(article, 9800).event == "sheltered"
    assert _one(article, 2500).event is None


def test_relief_given_to_people_is_aid_whatever_they_are_called(run):
    article = run("UNHCR provided cash assistance to 4,200 returnee households in May. In the port, 930 migrants "
                  "received assistance this week.")
    assert (_one(article, 4200).event, _one(article, 930).event) == ("aid", "aid")


def test_a_percentage_is_a_share_and_takes_no_event(run):
    article = run("More than 52,000 people have returned since January. Around 45 per cent of the returnees were "
                  "deported, and about 30% of them were children.")
    assert _one(article, 52000).event == "returned"
    assert (_one(article, 45).event, _one(article, 30).event) == (None, None)


def test_rohingya_are_counted_as_people(run):
    article = run("Around 9,000 Rohingyas have entered Bangladesh since January, officials said.")
    f = _one(article, 9000)
    assert (f.unit, f.category) == ("person", "displacement")

