"""What happened to what each figure counts: every number takes its own predicate from the parse, and the
event class (lexicon events.toml) gives ``event``, ``category`` and ``stock_or_flow``. Sentences written for
these tests, one per attachment pattern."""

from __future__ import annotations

import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def figures(text: str):
    (a,) = process_batch([Article(id="t", source=Source(outlet="Test Wire"), text=text)])
    return a.figures


def one(text: str, value: float):
    found = [f for f in figures(text) if value in (f.value, f.low, f.high)]
    assert found, f"no figure {value} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "term", "event", "category"),
    [
        # coordinated counts, each with its own adjective or participle
        ("The ministry counted 412 dead and 1,830 injured after the blast.", 412, "dead", "killed", "casualties"),
        ("The ministry counted 412 dead and 1,830 injured after the blast.", 1830, "injured", "injured", "casualties"),
        ("Officials gave a toll of 58 dead and 240 wounded on Sunday.", 240, "wounded", "injured", "casualties"),
        # "with N injured and M missing" after a clause about another number
        ("The fire killed 31 people, with 94 injured and 12 missing.", 31, "killed", "killed", "casualties"),
        ("The fire killed 31 people, with 94 injured and 12 missing.", 94, "injured", "injured", "casualties"),
        ("The fire killed 31 people, with 94 injured and 12 missing.", 12, "missing", "missing", "casualties"),
        # reporting and believing looked through
        ("About 700 people are believed missing after the landslide.", 700, "missing", "missing", "casualties"),
        ("A further 46 were reported killed in the shelling.", 46, "killed", "killed", "casualties"),
        ("The blast tore through the market, leaving 15 confirmed dead.", 15, "dead", "killed", "casualties"),
        ("Another 60 fishermen remain missing at sea.", 60, "missing", "missing", "casualties"),
        # the verb of the number's own clause, not of the clause before it
        ("The floods destroyed 3,200 homes, affecting more than 40,000 people.", 3200, "destroyed", "destroyed", "other"),
        ("The floods destroyed 3,200 homes, affecting more than 40,000 people.", 40000, "affecting", "affected", "other"),
        ("Nearly 250,000 people have been affected and more than 9,000 displaced.", 250000, "affected", "affected", "other"),
        ("Nearly 250,000 people have been affected and more than 9,000 displaced.", 9000, "displaced", "displaced",
         "displacement"),
        # a nominal that names the event
        ("The order led to the relocation of 1,200 families from the valley.", 1200, "relocated", "relocated",
         "displacement"),
        ("Authorities began the evacuation of 5,000 residents on Monday.", 5000, "evacuated", "evacuated", "displacement"),
        # a toll: the level it reaches or starts from
        ("The death toll climbed to 318 on Friday, officials said.", 318, "death", "killed", "casualties"),
        ("The toll has risen from 40 to 95 since the storm made landfall.", 95, None, "killed", "casualties"),
        ("The death toll from the mudslide passed 150 on Tuesday.", 150, "death", "killed", "casualties"),
        ("The rain kept falling, with the death toll at 45.", 45, "death", "killed", "casualties"),
        ("Police put the death toll at 310.", 310, "death", "killed", "casualties"),
        ("The number of dead rose to 300 by Sunday.", 300, "dead", "killed", "casualties"),
        ("The number of people injured has risen to 75.", 75, "injured", "injured", "casualties"),
        ("Casualties climbed to 1,200 after the second blast.", 1200, "casualties", "casualties", "casualties"),
        # left dead, claimed lives, lost homes
        ("The storm left 64 people dead across the coast.", 64, "dead", "killed", "casualties"),
        ("The avalanche claimed the lives of six climbers.", 6, "lives", "killed", "casualties"),
        ("Around 8,000 families lost their homes in the fire.", 8000, "lost homes", "displaced", "displacement"),
        # "of whom", "including", "among"
        ("Of those who died, 27 were children, the hospital said.", 27, "died", "killed", "casualties"),
        ("Some 2,400 people were displaced, including 900 children.", 900, "displaced", "displaced", "displacement"),
        ("The agency said 87 aid workers are among the dead.", 87, "dead", "killed", "casualties"),
        ("At least 40 migrants perished when the boat sank.", 40, "perished", "killed", "casualties"),
        ("The court ordered the eviction of 2,500 families from the settlement.", 2500, "evicted", "evicted",
         "displacement"),
        ("Police evicted about 600 residents from the market area.", 600, "evicted", "evicted", "displacement"),
        # a noun that says what happened
        ("Health officials recorded 44 deaths in the district.", 44, "deaths", "killed", "casualties"),
        ("The clashes resulted in about 300 fatalities.", 300, "fatalities", "killed", "casualties"),
        # movements, needs
        ("More than 20,000 people crossed into Chad last week.", 20000, "crossed", "arrived", "displacement"),
        ("About 5,600 refugees returned home from the camps.", 5600, "returned", "returned", "displacement"),
        ("About 300,000 people have moved to safer areas.", 300000, "moved", "moved", "displacement"),
        ("Some 3.4 million people are in need of food assistance.", 3_400_000, "in need", "in_need", "other"),
    ],
)
def test_each_number_takes_its_own_event(text, value, term, event, category):
    f = one(text, value)
    assert (f.event, f.category) == (event, category), (f.term, f.event, f.category)
    if term is not None:
        assert f.term == term


def test_the_cause_of_an_event_is_not_its_victim():
    f = one("A 7.1-magnitude quake killed 120 people in the north.", 7.1)
    assert f.event is None and f.category != "casualties"
    assert one("A 7.1-magnitude quake killed 120 people in the north.", 120).event == "killed"


def test_a_bare_number_coordinated_with_a_counted_one_counts_the_same():
    f = one("At least 300 people died and 150 are still missing.", 150)
    assert f.counted == "people" and f.event == "missing"


def test_stock_or_flow_follows_the_class():
    assert one("Another 60 fishermen remain missing at sea.", 60).stock_or_flow == "stock"
    assert one("More than 20,000 people crossed into Chad last week.", 20000).stock_or_flow == "flow"


def test_things_that_arrive_are_not_displacement():
    f = one("About 120 trucks crossed into the city on Tuesday.", 120)
    assert f.event == "arrived" and f.category != "displacement"


def test_a_number_that_is_a_nationality_counts_its_people():
    f = one("Of those who were killed, 31 were Kenyan, the embassy said.", 31)
    assert f.counted == "Kenyan" and f.unit == "person" and f.event == "killed"
    assert one("Of the 300 detainees, 120 were Sudanese.", 120).counted == "Sudanese"


def test_a_part_of_a_toll_is_of_the_tolls_event():
    from newsfacts.pipeline import process_batch
    from newsfacts.records import Article, Source

    for text in ("The ministry put the toll at 2,215, including 724 children.",
                 "The death toll rose to 310, including 45 children."):
        (a,) = process_batch([Article(id="t", source=Source(), text=text)])
        assert [f.event for f in a.figures] == ["killed", "killed"], text


@pytest.mark.parametrize(("text", "value"), [
    ("A 47-year-old fisherman was reported missing off the coast on Tuesday.", 47),
    ("The driver, who died at the age of 58, had worked for the firm for years.", 58),
    ("Police arrested a 23-year-old man after the stabbing.", 23),
])
def test_an_age_counts_no_one(text, value):
    f = one(text, value)
    assert f.unit == "year of age"
    assert (f.event, f.term, f.category) == (None, None, "other")


def test_every_age_after_aged_is_an_age():
    found = figures("Police detained two brothers aged 16 and 19 after the fire.")
    assert [f.value for f in found] == [2]


@pytest.mark.parametrize(("text", "values"), [
    ("Teams screened 6,200 children under 5 for malnutrition this week.", [6200]),
    ("Some 3,400 children under five were vaccinated in the camp.", [3400]),
    ("Girls below 18 made up a third of the 9,000 new arrivals.", [9000]),
])
def test_the_age_bound_of_the_young_is_no_figure(text, values):
    """ "children under 5": the number is the age bound of whom is counted, no count of anyone."""
    assert [f.value for f in figures(text)] == values


@pytest.mark.parametrize(("text", "value", "term", "event"), [
    # a result verb puts the counted into the state its complement names
    ("Some 2,500 families were left homeless after the fire swept through the camp.", 2500, "homeless", "homeless"),
    ("About 4 million people have been made homeless by the war.", 4_000_000, "homeless", "homeless"),
    ("Some 350 homes were rendered uninhabitable by the mudslide.", 350, "uninhabitable", "uninhabitable"),
    ("The storm left 800 people homeless in the coastal villages.", 800, "homeless", "homeless"),
    ("Some 2,000 people were left without shelter.", 2000, "left without shelter", "homeless"),  # a state of the verb
    # staying with hosts, and a shelter or camp after "be"
    ("There are reports of 1,000 people staying with host families near the border.", 1000, "staying with host families", "hosted"),
    ("About 700 people are living with relatives in the town.", 700, "living with relatives", "hosted"),
    ("Another 3,000 were in shelters on Monday.", 3000, "in shelters", "sheltered"),
    ("Some 1,200 people were in camps on Monday.", 1200, "in camps", "in_camps"),
])
def test_a_state_named_by_a_complement_or_a_host(text, value, term, event):
    f = one(text, value)
    assert (f.term, f.event, f.category) == (term, event, "displacement")


@pytest.mark.parametrize(("text", "value", "term"), [
    ("More than 300 people left the city on Friday.", 300, "left"),  # "left" with no complement keeps its reading
    ("About 500 children were living with their parents in the capital.", 500, None),  # parents host no one
])
def test_leaving_and_living_with_family_are_no_state(text, value, term):
    f = one(text, value)
    assert f.term == term or (term is None and f.event != "hosted")


@pytest.mark.parametrize(("text", "value", "term", "event"), [
    # a class the parse's rules leave to the learned model, its word a verb whose every object pair names that class
    # ("need", "require"), with whatever object it has here
    ("Nearly 8,000 children still need urgent surgery, the health ministry said on Monday.", 8000,
     "need urgent surgery", "in_need"),
    ("Doctors said that 260 patients needed specialist care after the blast.", 260, "needed specialist care", "in_need"),
    # people served "with" relief: the serving verb and what it brings, as "distributed food"
    ("The charity is assisting 5,000 households in the district with shelter kits.", 5000, "assisting shelter kits", "aid"),
    ("The programme reached 2,100 families with emergency food last week, the charity said.", 2100,
     "reached emergency food", "aid"),
])
def test_a_verb_with_its_object_is_the_term(text, value, term, event):
    f = one(text, value)
    assert (f.term, f.event) == (term, event)


@pytest.mark.parametrize("text, value, event", [
    # a participle that gives the level of a toll or count qualifies the noun that names what is counted
    ("The east was worst hit, with the number of displaced families reaching nearly 40,000.", 40_000, "displaced"),
    ("The coast suffered most, with the number of affected residents reaching about 2.3 million.", 2_300_000,
     "affected"),
    ("Rumoured death tolls exceeding 700 are untrue, the governor said.", 700, "killed"),
])
def test_a_participle_gives_the_level_of_the_count_it_qualifies(text, value, event):
    assert one(text, value).event == event


@pytest.mark.parametrize("text, value", [
    # who the counted were ("displaced by", "who fled") gives way to their going home, which the figure counts
    ("Some 40,000 villagers displaced by the landslides have returned to their farms, the governor said.", 40_000),
    ("About 2,500 refugees who fled the clashes last year were repatriated from Uganda this week.", 2_500),
    ("Over 9,000 herders uprooted by the drought went back to their villages in March.", 9_000),
])
def test_a_return_of_people_once_displaced_is_a_return(text, value):
    assert one(text, value).event in ("returned", "repatriated")


def test_who_the_counted_are_stays_when_their_clause_tells_no_return():
    assert one("Some 40,000 villagers displaced by the landslides are living in tents.", 40_000).event != "returned"
    # a part of them went home: the whole stays the count of the displaced
    assert one("About half of the 82,000 people displaced from the district returned home in May.", 82_000).event \
        == "displaced"


@pytest.mark.parametrize("text, value, event", [
    # "respectively" pairs the coordinated numbers with the nouns a count noun's "of" coordinates, in order
    ("So far this year the number of measles cases and deaths notified to the ministry was 7,310 and 64 "
     "respectively.", 7_310, "infected"),
    ("So far this year the number of measles cases and deaths notified to the ministry was 7,310 and 64 "
     "respectively.", 64, "killed"),
    ("As of 2 June, the number of cholera cases and deaths recorded by the district was 2 950 and 41 deaths, "
     "respectively.", 2_950, "infected"),
])
def test_respectively_pairs_numbers_with_what_a_count_names(text, value, event):
    assert one(text, value).event == event
