"""Figures as several outlets tell one event (wire, broadcaster, local paper, UN release, liveblog): the
event, approx, when and source of a figure where the parse or the page's shape misleads. Sentences written
for these tests, several per construction."""

from __future__ import annotations

import pytest

import newsfacts

DATE = "2025-03-14"  # a Friday


def _figures(text: str):
    return newsfacts.extract(text, date=DATE).articles[0].figures


def _one(text: str, value: float):
    return next(f for f in _figures(text) if f.value == value)


@pytest.mark.parametrize("text, value, event", [
    # a dateline the parse makes a second subject of the toll's verb
    ("ANKARA, March 13 (Reuters) - The death toll from the earthquake rose to 212 on Thursday, AFAD said.", 212, "killed"),
    ("GOMA, Congo (AP) - The death toll from the fighting has climbed to 773, the government said.", 773, "killed"),
    # a verb whose object the parse gave to the next clause's subject
    ("Floods have killed at least 26 people and 11 remain missing, the agency said.", 26, "killed"),
    ("The storm killed 40 people and 200 others are missing.", 40, "killed"),
    # raising: the subject of "to have lost their lives" is the passive subject
    ("At least 27 people are confirmed to have lost their lives.", 27, "killed"),
    ("Some 300 people were reported to have fled their homes.", 300, "fled"),
    # needing help is being in need
    ("About 410,000 people will need assistance over the next three months.", 410_000, "in_need"),
    ("Up to 120,000 people may need medical help, as several hospitals were damaged.", 120_000, "in_need"),
    # "the number of dead", "the return of", deportations
    ("Rescuers found five more bodies, so the number of dead is now 31.", 31, "killed"),
    ("DTM recorded the return of 8,200 people to villages in the south.", 8200, "returned"),
    ("IOM recorded 4,860 deportations of Haitians from the Dominican Republic.", 4860, "deported"),
])
def test_the_event_of_a_figure_as_outlets_write_it(text, value, event):
    assert _one(text, value).event == event


@pytest.mark.parametrize("text, value", [
    ("A magnitude 6.8 earthquake struck eastern Turkey on Tuesday, killing 12.", 6.8),
    ("The Red Crescent is sheltering about 38,000 people in 23 locations.", 23),
    ("Some 4,125 residents were taking refuge at 19 evacuation posts.", 19),
    ("Around 14,500 of them are staying in 112 collective shelters.", 112),
])
def test_a_magnitude_and_a_count_of_places_carry_no_event(text, value):
    assert _one(text, value).event is None


def test_others_never_stand_for_a_date():
    f = _one("Strikes had killed 87 people since March 2, and wounded 342 others.", 342)
    assert f.unit == "person" and f.event == "injured"


@pytest.mark.parametrize("text, value, approx", [
    ("The search for 35 or more people still missing continued.", 35, "at least"),
    ("In the village, 20 or fewer houses were damaged.", 20, "up to"),
])
def test_a_qualifier_after_the_number(text, value, approx):
    assert _one(text, value).approx == approx


@pytest.mark.parametrize("text, value, when", [
    ("AFAD updated the toll on Thursday morning: 212 people are now confirmed dead, up from 148 on Wednesday.", 212, "2025-03-13"),
    ("AFAD updated the toll on Thursday morning: 212 people are now confirmed dead, up from 148 on Wednesday.", 148, "2025-03-12"),
    ("The death toll rose from 190 on Tuesday to 225 on Wednesday.", 225, "2025-03-12"),
    # a comparison's date is its own number's (en21): after the comparison, or before it where it opens that number
    ("The ministry said 1,840 children were admitted since January, up from 1,120 in the same period last year.", 1840, "2025-01/2025-03-14"),
    ("The ministry said 1,840 children were admitted since January, up from 1,120 in the same period last year.", 1120, "2024"),
    ("Officials said on Thursday that 63 people had died, up from 48 on Wednesday, and that 39 were missing.", 39, "2025-03-13"),
    ("Rescuers on Thursday raised the toll from this week's flash floods to 31.", 31, "2025-03-13"),
    ("Divers recovered 4 more bodies on Wednesday, bringing the number of dead from Monday's shipwreck to 31.", 31, "2025-03-12"),
])
def test_the_date_of_a_figure_among_several(text, value, when):
    assert _one(text, value).when.value == when


def test_an_organisation_name_goes_on_through_its_acronym():
    f = _one("Doctors Without Borders (MSF) said its hospital treated 47 patients with gunshot wounds.", 47)
    assert f.stated_by is not None and "Doctors Without Borders" in f.stated_by.name


def test_a_dateline_with_a_regional_agency_gives_the_article_its_country():
    text = ("Padang, W Sumatra (ANTARA) - The death toll from the flash floods in Agam district has climbed to 31, "
            "the disaster agency stated.\n\nA total of 612 houses were damaged, officials said.")
    assert _one(text, 612).place is not None and _one(text, 612).place.country == "IDN"


def test_a_small_town_abroad_from_every_other_place_is_not_taken():
    text = ("A fishing boat that left Tobruk, Libya, sank south of Crete on Monday night, and at least 27 "
            "people died, the Greek coast guard said.")
    crete = [m for m in newsfacts.extract(text, date=DATE).articles[0].mentions if m.text == "Crete"]
    assert crete and all(m.country != "USA" for m in crete)


@pytest.mark.parametrize("text, value", [
    ("More than 110,000 people had been displaced, up from 96,000 earlier this week.", 96_000),
    ("The toll rose to 41, compared with 38 earlier in the day.", 38),
])
def test_a_count_before_earlier_is_a_figure(text, value):
    assert any(f.value == value for f in _figures(text))


def test_a_place_of_another_clause_does_not_hold_a_movement():
    text = ("The agency said 110,000 people had been displaced inside Lebanon and that about 25,000 had "
            "crossed into Syria.")
    assert _one(text, 25_000).place.country == "SYR"


@pytest.mark.parametrize("text, value, event", [
    ("About 700 people staying in the camp were killed.", 700, "killed"),
    ("Some 1,200 families living in tents were evacuated before the storm.", 1200, "evacuated"),
    ("About 2,100 displaced people are staying in 14 evacuation centres.", 2100, "sheltered"),
])
def test_where_the_counted_stay_yields_to_what_happened_to_them(text, value, event):
    assert _one(text, value).event == event


@pytest.mark.parametrize("text, when", [
    ("IOM recorded 4,860 deportations of Haitians last week.", "2025-03-03/2025-03-09"),
    ("The reception facility hosted 720 people last weekend.", "2025-03-08/2025-03-09"),
    ("27 cases of cholera had been recorded since last week.", "2025-03-03/2025-03-14"),
])
def test_a_figure_dated_by_a_week_reads_in_days(text, when):
    assert _figures(text)[0].when.value == when


@pytest.mark.parametrize("text, when", [
    ("Since the beginning of the year, 411 people have died on the route.", "2025-01/2025-03-14"),
    ("Since the start of this year, 8,000 migrants have arrived on the island.", "2025-01/2025-03-14"),
])
def test_a_count_since_the_start_of_the_year(text, when):
    assert _figures(text)[0].when.value == when


def test_a_clause_a_colon_opens_is_what_the_verb_gave():
    f = _one("AFAD has updated the toll on Thursday morning: 212 people have now been confirmed dead.", 212)
    assert f.stated_by is not None and f.stated_by.name == "AFAD"
    assert _one("The agency recorded heavy rains, and 12 people died.", 12).stated_by is None


@pytest.mark.parametrize(("text", "value", "when"), [
    # the day the source spoke is not the day of what it reports
    ("Tuesday's landslide buried 40 houses in the village, district officials said on Thursday.", 40, "2025-03-11"),
    ("Wednesday's storm damaged 300 homes along the coast, the agency said on Friday.", 300, "2025-03-12"),
    # with no other date the day of the report is the figure's
    ("The agency said on Thursday that 300 homes were damaged.", 300, "2025-03-13"),
])
def test_a_reporting_verbs_date_yields_to_the_events(text, value, when):
    f = _one(text, value)
    assert f.when is not None and f.when.value == when
