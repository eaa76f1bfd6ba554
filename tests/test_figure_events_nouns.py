"""Events named by nouns and phrases rather than a verb of the class, health events, and places that are
someone's origin. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.cli import cli
from newsfacts.lexicon.events import category_of_class, classes
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def figures(text: str, title: str | None = None):
    (a,) = process_batch([Article(id="t", source=Source(outlet="Test Wire"), text=text, title=title)])
    return a.figures


def one(text: str, value: float, title: str | None = None):
    found = [f for f in figures(text, title) if value in (f.value, f.low, f.high)]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "event", "category"),
    [
        # a nominal in -ing or -ion of one of the classes' verbs
        ("The raid ended in the deaths of three guards and the wounding of nine others.", 9, "injured", "casualties"),
        ("Rebels claimed the abduction of 14 engineers near the border.", 14, "abducted", "other"),
        # a noun of the people who leave, as "the arrival of" counts arrivals
        ("IOM recorded the departure of 2,400 people from the capital in March.", 2400, "departed", "displacement"),
        # "to death": the verb, whatever it is, is a killing
        ("An attacker stabbed 6 shoppers to death at the market on Friday.", 6, "killed", "casualties"),
        ("Police said 4 prisoners were beaten to death in the cells.", 4, "killed", "casualties"),
        # a toll or total whose level is given by a relative clause or after "bring ... to"
        ("The death toll, which now stands at 2,140, keeps rising.", 2140, "killed", "casualties"),
        ("The storm killed three fishermen, bringing the total dead in the province to 27.", 27, "killed", "casualties"),
        # the object's new state: "made homeless"
        ("The floods hit the delta, and 35,000 have been made homeless.", 35000, "homeless", "displacement"),
    ],
)
def test_events_named_by_nouns_and_phrases(text, value, event, category):
    f = one(text, value)
    assert (f.event, f.category) == (event, category)


def test_a_number_of_the_places_people_were_taken_to_counts_no_one():
    text = "Some 45 pupils were taken to three hospitals after the meal."
    assert one(text, 45).event == "hospitalized"
    assert one(text, 3).event is None


@pytest.mark.parametrize(
    ("text", "value", "event"),
    [
        ("A cholera outbreak has infected more than 4,500 people in the district.", 4500, "infected"),
        ("Health officials confirmed 312 new cases of measles this week.", 312, "infected"),
        ("The mpox outbreak is spreading. Some 86 cases were reported on Monday.", 86, "infected"),
        ("Nine nurses contracted the virus while treating patients.", 9, "infected"),
        ("Doctors said 17 people were diagnosed with dengue last month.", 17, "diagnosed"),
        ("During the flu outbreak 40 patients were hospitalized overnight.", 40, "hospitalized"),
        ("After the meal 23 guests were rushed to hospital.", 23, "hospitalized"),
        ("The ward now holds 58 inpatients with the disease.", 58, "hospitalized"),
        ("About 60 contacts were put under quarantine at home.", 60, "quarantined"),
        ("In the measles campaign 12,000 children have been vaccinated so far.", 12000, "vaccinated"),
    ],
)
def test_health_events(text, value, event):
    f = one(text, value)
    assert f.event == event
    assert f.category == category_of_class(event) == "other"  # SPEC's closed list of categories has no health


def test_cases_that_are_not_of_a_disease_have_no_health_event():
    assert one("The tribunal has heard 300 court cases since March.", 300).event is None
    assert one("Monitors recorded 41 cases of fraud in the vote.", 41).event is None


def test_health_classes_are_in_the_one_vocabulary_and_the_cli():
    from click.testing import CliRunner

    for name in ("infected", "diagnosed", "hospitalized", "quarantined", "vaccinated"):
        assert classes()[name]["category"] == "other"
    out = CliRunner().invoke(cli, ["figures", "--help"]).output
    assert "hospitalized" in out and "vaccinated" in out


@pytest.mark.parametrize(
    ("text", "value", "country"),
    [
        # "from X" on a person, or on a participle modifying one, is where that person is from
        ("Gunmen opened fire at a hotel in Amman, Jordan on Friday. Three guards and a man visiting from Norway "
         "were killed, police said.", 3, "JOR"),
        ("Gunmen opened fire at a hotel in Amman, Jordan on Friday. In all, five guards and a tourist from Norway "
         "were killed.", 5, "JOR"),
    ],
)
def test_a_persons_origin_is_not_the_figures_place(text, value, country):
    f = one(text, value)
    assert f.place is not None and f.place.country == country


def test_one_persons_nationality_is_not_the_articles_focus():
    text = ("The festival is a time to celebrate Norwegian heritage with friends. "
            "Last year 212 people were injured in road crashes during the holiday.")
    f = one(text, 212)
    assert f.place is None or f.place.country != "NOR"


def test_a_nationality_of_a_group_still_points_to_its_country():
    text = "Clashes broke out at the border. Two members of the Jordanian security forces were killed."
    f = one(text, 2)
    assert f.place is not None and f.place.country == "JOR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NHS North Lakes has said that the number of patients admitted this week was 212.", "NHS North Lakes"),
        ("UNICEF Chad said 31 children were treated for measles.", "UNICEF Chad"),
        ("The Kenya Red Cross said 31 people were killed.", "Kenya Red Cross"),
    ],
)
def test_a_body_named_with_its_place_is_named_whole(text, name):
    (f,) = [f for f in figures(text) if f.value in (212, 31)]
    assert f.stated_by is not None and f.stated_by.name == name


def test_a_place_after_a_role_in_lower_case_is_no_body_name():
    f = one("The Borno state governor said 40 people were killed.", 40)
    assert f.stated_by is not None and f.stated_by.name != "The Borno state governor"


def test_a_quoted_nickname_keeps_the_name_whole():
    (a,) = process_batch([Article(id="t", source=Source(outlet="W"),
                                  text='Former mayor Thomas "Tommy" Reyes said 40 homes were flooded. Reyes said more rain was due.')])
    people = {m.canonical for m in a.mentions if m.type == "person"}
    assert people == {'Thomas "Tommy" Reyes'}
    assert a.figures[0].stated_by.name == 'Thomas "Tommy" Reyes'


def test_a_nickname_the_tagger_kept_without_the_surname_runs_to_the_surname():
    from newsfacts.analyse.entities import Candidate, _with_nicknames

    text = 'Veteran councillor Paul "Pip" Norton opened every meeting.'
    cut = Candidate(text.index("Paul"), text.index(" Norton"), "person", ['Paul', '"Pip"'])
    (whole,) = _with_nicknames([cut], text)
    assert text[whole.start:whole.end] == 'Paul "Pip" Norton'
