"""Figures read with their surroundings: the date a running count stands at, spans of recent days, ranges of
dates, changes between two levels, counts a count noun reaches, key-figure lines and their "Source:", a later
sentence that attributes the figures before it, places from the figure before and from the dateline. Texts
written for these tests."""

from __future__ import annotations

import functools

from newsfacts.api import extract
from newsfacts.records import Article
from newsfacts.resolve.claims import figure_claims


@functools.cache
def article(text: str, date: str = "2024-06-15") -> Article:
    (a,) = extract(text, date=date).articles
    return a


def figure(text: str, value: float, date: str = "2024-06-15"):
    a = article(text, date)
    found = [f for f in a.figures if value in (f.value, f.low, f.high)]
    assert found, f"no figure {value} in {[f.text for f in a.figures]}"
    return found[0]


def when(text: str, value: float, date: str = "2024-06-15") -> str | None:
    f = figure(text, value, date)
    return f.when.value if f.when else None


def test_a_count_since_a_date_stands_at_the_day_its_sentence_states_it():
    text = "Toll rises\n\nThe ministry said on Tuesday that at least 21,000 people have been killed since the war began on 7 October."
    assert when(text, 21000) == "2024-06-11"
    clause = "Exodus\n\nThe agency said on Monday that over 2 million people have fled since the war erupted, almost a year ago."
    assert when(clause, 2000000) == "2024-06-10"
    assert when("Returns\n\nMore than 500,000 Afghans have returned since January.", 500000) == "2024-01/2024-06-15"


def test_the_claim_of_a_count_since_a_date_runs_from_it_to_the_day_it_is_stated():
    text = "Sake\n\nFighting has displaced 35,000 people in North Kivu since the start of February, the UN said on Monday."
    a = article(text, "2024-02-05")
    assert [c.when for c in figure_claims(a) if c.claim.value == 35000] == ["2024-02/2024-02-05"]


def test_a_recent_span_is_an_interval_up_to_the_reference_date():
    text = "Evacuations\n\nIn the past week, more than 10,300 people were evacuated from border villages."
    assert when(text, 10300) == "2024-06-08/2024-06-15"
    assert when("Flight\n\nOver the last 48 hours, 400 people fled the town.", 400) == "2024-06-13/2024-06-15"


def test_a_french_recent_span_is_an_interval_up_to_the_reference_date():
    """French writes the span with "derniers" before or after the count, or "écoulées" after the unit; a bare "les
    derniers jours de ..." is no recent span."""
    text = "Arrivées\n\nEnviron 4 500 réfugiés sont arrivés au camp au cours des trois derniers jours."
    assert when(text, 4500) == "2024-06-12/2024-06-15"
    assert when("Crues\n\nPlus de 800 maisons se sont effondrées ces 48 dernières heures.", 800) == "2024-06-13/2024-06-15"
    assert when("Fuite\n\nQuelque 2 300 personnes ont fui durant les dernières 24 heures.", 2300) == "2024-06-14/2024-06-15"
    assert when("Fuite\n\nQuelque 2 300 personnes ont fui au cours des 72 heures écoulées.", 2300) == "2024-06-12/2024-06-15"
    assert when("Bilan\n\nLes 2 300 personnes ont fui les derniers jours de leur séjour.", 2300) is None


def test_a_recent_span_stands_among_the_sentence_s_other_dates():
    """Another count's date, or a date of another clause, does not hide the span the figure's own clause counts
    over; the day a source spoke still dates a toll it gives as of then, and a span after a part is the part's."""
    text = ("Floods\n\nRainfall rose by 30 percent since April, with more than 6,000 people leaving their villages in "
            "the last two months.")
    assert when(text, 6000) == "2024-04-16/2024-06-15"
    text = "Visit\n\nTwo engineers will arrive tomorrow to inspect 14 bridges that collapsed in the past week."
    assert when(text, 14) == "2024-06-08/2024-06-15"
    assert when("Crossings\n\nSome 900 people crossed the river over the past four days, officials said on Friday.",
                900) == "2024-06-14"
    text = "Cholera\n\nClinics treated 5,600 patients since April, including 340 in the past week."
    assert when(text, 5600) == "2024-04/2024-06-15"


def test_two_dates_that_bound_a_period_give_an_interval():
    assert when("Crossings\n\nBetween 27 February and 16 March, 52,000 Afghans crossed the border.", 52000) \
        == "2024-02-27/2024-03-16"
    quoted = 'Returns\n\n"Between June 1 and July 5, some 449,000 people crossed back," said the agency.'
    assert when(quoted, 449000, "2024-07-10") == "2024-06-01/2024-07-05"


def test_a_change_from_one_level_to_another_is_two_figures():
    text = "Floods\n\nThe death toll rose from 1,644 to 2,056 on Tuesday, officials said."
    later = figure(text, 2056)
    assert later.low is None and later.value == 2056 and later.event == "killed"
    assert figure("Prices\n\nPrices ranged from 10 to 20 dollars.", 10).high == 20  # a range stays one


def test_what_a_count_noun_reaches_counts_what_its_of_names():
    f = figure("Haiti\n\nThe number of internally displaced people in Haiti has passed one million, the IOM said.", 1000000)
    assert (f.counted, f.event, f.category) == ("internally displaced people", "idps", "displacement")  # "internally": idps
    victims = figure("Floods\n\nThe mayor said the number of victims could reach 20,000.", 20000)
    assert (victims.counted, victims.category) == ("victims", "casualties")
    assert figure("Quake\n\nThe quake struck near Mandalay, a city with a population of 1.5 million.", 1500000).counted \
        == "population"
    assert figure("Rich list\n\nThe brothers have a net worth of 1.3 billion.", 1300000000).counted is None


def test_a_later_sentence_that_attributes_the_figures_before_it_is_their_source():
    text = ("Quake toll\n\nThe provisional toll is heavy: over 2,000 dead and around 10,000 injured. "
            "This was stated by the national disaster authority.")
    assert figure(text, 2000).stated_by.mention == "the national disaster authority"
    two = ("Floods\n\nFlooding killed an estimated 11,300 people. More than 10,000 are missing. "
           "This is written by the Associated Press with reference to the Red Crescent.")
    assert figure(two, 11300).stated_by.name == "Associated Press"
    active = ("Floods\n\nAt least 2,300 people have died and 10,000 are believed missing.\n\n"
              "Tamer Ramadan, head of the Red Cross delegation, gave the numbers during a briefing on Tuesday.")
    assert figure(active, 10000).stated_by.mention.startswith("Tamer Ramadan")


def test_a_hyphenated_name_is_one_speaker():
    text = "Mayor\n\nThe city's mayor Abdel-Moneim al-Haiti said that 3,000 people were missing."
    assert figure(text, 3000).stated_by.name == "Abdel-Moneim al-Haiti"


KEY_FIGURES = ("Crisis update (as of 3 May 2024)\nKEY FIGURES\n"
               "240,500 Estimated refugee outflows to neighbouring countries since 1 March\n"
               "1,204,000 Estimated total internally displaced persons (IDPs) within the country, displaced since 1 March"
               " Source: UN country team\nOVERVIEW\nFighting continued in the north of Sudan.")


def test_a_key_figure_line_counts_the_words_after_its_number():
    outflows = figure(KEY_FIGURES, 240500, "2024-05-03")
    assert "refugee outflows" in outflows.counted and outflows.category == "displacement"
    idps = figure(KEY_FIGURES, 1204000, "2024-05-03")  # not the day "1 March 1,204" of the line before
    assert (idps.counted, idps.event, idps.category) == ("internally displaced persons", "displaced", "displacement")
    assert idps.stated_by.name == "UN country team"


def test_a_figure_without_a_place_takes_the_place_of_the_figure_before_it_in_its_paragraph():
    text = ("Fighting\n\nMore than 3,000 people were displaced in Kassala on Monday, aid workers said. About 800 of them crossed the "
            "river the next day. Elsewhere the talks stalled.\n\nIn other news, 12 lawmakers resigned.")
    crossed = figure(text, 800)
    assert (crossed.place.country, crossed.place_source) == ("SDN", "context")
    assert figure(text, 12).place_source != "context"  # another paragraph


def test_a_story_of_several_countries_goes_on_about_the_one_its_last_paragraph_placed():
    """No country leads (floods in three countries): a figure whose sentence names no place, in the paragraph after
    one whose figures are placed, is where the last of them is; two paragraphs on, it stays unplaced."""
    text = ("Floods\n\nRains hit Nepal, Bhutan and Bangladesh this week. In Nepal, 41 people died in landslides on "
            "Monday.\n\nA spokesman said 17 more were missing and 60 homes were damaged.\n\n"
            "In Bangladesh, 12 people drowned.\n\nMore rain is forecast.\n\nRelief groups said 300 tents were sent.")
    for value in (17, 60):
        f = figure(text, value)
        assert (f.place.country, f.place_source) == ("NPL", "context"), value
    assert figure(text, 300).place is None


def test_people_registered_in_a_story_of_people_displaced_are_its_people():
    """A count a verb of registering takes says no event of its own: in a story of people displaced it counts that
    story's people (those of the figure before, or those its noun names); elsewhere it stays without one."""
    text = ("Crossings\n\nMore than 6,000 people fled across the border into Uganda this month. Officials have "
            "registered 4,100 people so far.")
    f = figure(text, 4100)
    assert (f.event, f.category, f.term, f.unit) == ("fled", "displacement", "registered", "person")
    text = ("Crossings\n\nMore than 6,000 people fled across the border into Uganda this month. The number of "
            "refugees registered with the agency rose to 52,000.")
    assert figure(text, 52000).event == "refugees"
    assert figure("Clinic\n\nThe clinic has registered 450 patients this week.", 450).event is None


def test_the_dateline_country_leads_a_story_between_two_countries():
    text = ("Returns\n\nISLAM QALA, Afghanistan: More than 500,000 Afghans have returned from Iran in the past month, "
            "the UN said.\n\nTehran steps up expulsions, and Iranian authorities say millions live in Iran.\n\n"
            "Some 12,000 people crossed on Friday alone.")
    crossed = figure(text, 12000)
    assert (crossed.place.country, crossed.place_source) == ("AFG", "article")


def test_a_part_of_the_figure_before_takes_its_event():
    text = ("Exodus\n\nOfficials said close to 80,000 people had fled to Syria in the past seven days. "
            "Of those, 36,000 were Syrian and 41,300 were Lebanese, the minister said.")
    for value in (36000, 41300):
        f = figure(text, value)
        assert (f.event, f.category) == ("fled", "displacement"), value
    assert figure(text, 7).category == "time"  # the days are no whole of people


def test_a_share_of_a_magnitude_in_words():
    from newsfacts.analyse.figures import find_numbers

    def read(text):
        return [(text[a.start:a.end], a.value) for a in find_numbers(text)]

    assert read("the city had over a half million displaced people") == [("over a half million", 500000.0)]
    assert read("a quarter-million people") == [("a quarter-million", 250000.0)]
    assert read("one and a half million people") == [("one and a half million", 1500000.0)]


def test_people_whose_level_a_verb_gives_are_what_the_number_counts():
    """ "People affected by the storm were estimated at 20,000": the subject is what is counted, with its own
    participle's event, and, as the passive's subject, no source (a date "as of" is no "quoted as")."""
    text = "Storm\n\nPeople affected by the storm were estimated at about 18,000 as of June 12, the government said."
    f = figure(text, 18000)
    assert (f.event, f.unit, f.counted) == ("affected", "person", "People")
    assert f.stated_by is not None and "government" in (f.stated_by.mention or "")


def test_french_people_whose_level_a_verb_gives_are_what_the_number_counts():
    text = ("Crues\n\nLes familles sinistrées sont estimées à 3 500 dans la région, selon la protection civile. Les "
            "déplacés sont au nombre de 4 200 au camp. Les sinistrés se chiffrent désormais à 40 000.")
    a = article("---\nlanguage: fr\n---\n" + text)
    by_value = {f.value: f for f in a.figures}
    assert (by_value[3500].event, by_value[3500].unit) == ("affected", "household")
    assert (by_value[4200].event, by_value[4200].counted) == ("displaced", "déplacés")
    assert by_value[40000].event == "affected"
    said = article("---\nlanguage: fr\n---\nBilan\n\nUn élu local a indiqué que les morts sont au nombre de 23.")
    assert [f.event for f in said.figures if f.value == 23] == ["killed"]  # "être" the head of "au nombre de"
    assert by_value[40000].stated_by is None or "sinistrés" not in (by_value[40000].stated_by.mention or "")
