"""How humanitarian news states displacement and casualty figures (in the styles of OCHA sitreps, UNHCR and
IOM briefings, wire stories and liveblogs): the event class, term and category of each figure, read from the
parse and the lexicon's events table. Sentences written for these tests, several per construction: passives,
participle phrases, relative clauses, coordinated figures, headlines, "of whom", "including", phrasal verbs
("sent back"), "home to", "others"."""

from __future__ import annotations

import event_cases
import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source

CASES = [
        ('More than 12,000 people have been displaced by the fighting in the district.', 12_000, 'displaced', 'displaced', 'displacement'),
        ('An estimated 35,000 residents were displaced when the river burst its banks.', 35_000, 'displaced', 'displaced', 'displacement'),
        ('Heavy clashes erupted on Monday, displacing some 8,500 people from their villages.', 8500, 'displacing', 'displaced', 'displacement'),
        ('The offensive has displaced at least 70,000 civilians since March.', 70_000, 'displaced', 'displaced', 'displacement'),
        ('Some 4,300 households remain displaced six months after the cyclone.', 4300, 'displaced', 'displaced', 'displacement'),
        ('The region now counts 1.2 million IDPs, according to the cluster.', 1_200_000, 'idps', 'idps', 'displacement'),
        ('There are 650,000 internally displaced persons in the province.', 650_000, 'displaced', 'idps', 'displacement'),
        ('The violence forced 22,000 people to flee their homes.', 22_000, 'forced to flee', 'fled', 'displacement'),
        ('Around 9,000 villagers fled into the hills after the attack.', 9000, 'fled', 'fled', 'displacement'),
        ('Nearly 14,000 people were forced to flee as the flames spread.', 14_000, None, 'fled', 'displacement'),
        ('About 3,000 families were forced from their homes by the floodwaters.', 3000, 'forced', 'displaced', 'displacement'),
        ('Renewed shelling has forced more than 40,000 residents from their homes.', 40_000, 'forced', 'displaced', 'displacement'),
        ("Some 1,800 people sought refuge in the town's mosque.", 1800, 'sought refuge in mosque', 'sheltered', 'displacement'),
        ('At least 6,200 people are sheltering in schools across the city.', 6200, 'sheltering in schools', 'sheltered', 'displacement'),
        ('About 2,100 displaced people are staying in 14 evacuation centres.', 2100, 'staying in evacuation centres', 'sheltered', 'displacement'),
        ('Over 15,000 people took shelter in public buildings.', 15_000, 'took shelter', 'sheltered', 'displacement'),
        ('Uganda is home to 1.5 million refugees, the largest number in Africa.', 1_500_000, 'hosted', 'hosted', 'displacement'),
        ('The camp hosts 48,000 refugees and asylum-seekers.', 48_000, 'hosts', 'hosted', 'displacement'),
        ('The country has received 250,000 refugees and asylum-seekers since 2021.', 250_000, None, 'refugees', 'displacement'),
        ('UNHCR registered 3,400 new refugees in the first week of May.', 3400, 'refugees', 'refugees', 'displacement'),
        ('About 2.3 million people are in need of humanitarian assistance.', 2_300_000, 'in need', 'in_need', 'other'),
        ('The drought has left 4.1 million people in need of food aid.', 4_100_000, 'in need', 'in_need', 'other'),
        ('The storm hit the coast, affecting 120,000 people in five provinces.', 120_000, 'affecting', 'affected', 'other'),
        ('Over 80,000 people have been affected by the floods, OCHA said.', 80_000, 'affected', 'affected', 'other'),
        ('The floods have affected some 56,000 households in the delta.', 56_000, 'affected', 'affected', 'other'),
        ('The earthquake left 30,000 people homeless.', 30_000, 'homeless', 'homeless', 'displacement'),
        ('The fire left more than 900 families homeless in the township.', 900, 'homeless', 'homeless', 'displacement'),
        ('At least 1,400 houses were destroyed and 3,100 damaged.', 1400, 'destroyed', 'destroyed', 'other'),
        ('At least 1,400 houses were destroyed and 3,100 damaged.', 3100, 'damaged', 'damaged', 'other'),
        ('The cyclone destroyed 2,600 homes and damaged another 7,000.', 7000, 'damaged', 'damaged', 'other'),
        ('Some 560 shelters were damaged by strong winds in the camp.', 560, 'damaged', 'damaged', 'other'),
        ('Rescuers recovered 23 bodies from the rubble on Thursday.', 23, 'recovered bodies', 'killed', 'casualties'),
        ('The bodies of 14 migrants were recovered off the coast.', 14, 'recovered bodies', 'killed', 'casualties'),
        ('The death toll climbed to 412 on Wednesday, the ministry said.', 412, 'death', 'killed', 'casualties'),
        ('At least 37 people lost their lives in the landslide.', 37, 'lost lives', 'killed', 'casualties'),
        ('Another 19 people remain unaccounted for after the collapse.', 19, 'unaccounted', 'missing', 'casualties'),
        ('Some 120 people are still missing, police said.', 120, 'missing', 'missing', 'casualties'),
        ('The attack killed 45 civilians, including 12 children.', 12, 'killed', 'killed', 'casualties'),
        ('The strike wounded 60 people, of whom 18 were children.', 18, 'wounded', 'injured', 'casualties'),
        ('More than 300 people were killed, including 40 women.', 40, 'killed', 'killed', 'casualties'),
        ('Gaza: 1,200 dead, 3,000 wounded in a week of strikes', 1200, 'dead', 'killed', 'casualties'),
        ('Gaza: 1,200 dead, 3,000 wounded in a week of strikes', 3000, 'wounded', 'injured', 'casualties'),
        ('Quake death toll rises to 2,100 as rescuers dig', 2100, 'death', 'killed', 'casualties'),
        ('Dozens feared dead as 250 migrants drown off Libya', 250, 'drown', 'killed', 'casualties'),
        ('The shelling killed 11 people and injured 34 others.', 34, 'injured', 'injured', 'casualties'),
        ('A bus crash that killed 17 passengers left 29 injured.', 29, 'injured', 'injured', 'casualties'),
        ('At least 85 people who were injured in the blast were taken to hospital.', 85, 'injured', 'injured', 'casualties'),
        ('Coastguards rescued 212 people from two overcrowded boats.', 212, 'rescued', 'rescued', 'other'),
        ('A total of 340 people were rescued from rooftops.', 340, 'rescued', 'rescued', 'other'),
        ('Authorities evacuated 18,000 residents ahead of the storm.', 18_000, 'evacuated', 'evacuated', 'displacement'),
        ('Some 7,500 people have been evacuated from low-lying areas.', 7500, 'evacuated', 'evacuated', 'displacement'),
        ('More than 26,000 evacuees remain in temporary shelters.', 26_000, None, 'sheltered', 'displacement'),
        ('Over 90,000 people have crossed into Chad since April.', 90_000, 'crossed', 'arrived', 'displacement'),
        ('Some 4,800 refugees arrived in Renk last week.', 4800, 'arrived', 'arrived', 'displacement'),
        ('About 2,000 new arrivals were registered at the border point.', 2000, None, 'arrived', 'displacement'),
        ('Some 1,100 families were relocated to a new site outside the town.', 1100, 'relocated', 'relocated', 'displacement'),
        ('Authorities relocated 640 households away from the riverbank.', 640, 'relocated', 'relocated', 'displacement'),
        ('Nearly 5,000 migrants were deported to Guatemala last month.', 5000, 'deported', 'deported', 'displacement'),
        ('The government deported 2,300 people in June.', 2300, 'deported', 'deported', 'displacement'),
        ('The province received 150,000 returnees from Pakistan this year.', 150_000, 'received returnees', 'returned', 'displacement'),
        ('Over 8,000 Afghans were sent back from Iran in a single week.', 8000, 'sent back', 'deported', 'displacement'),
        ('Iran sent back 6,500 Afghans in May.', 6500, 'sent back', 'deported', 'displacement'),
        ('About 40,000 people returned to their villages in August.', 40_000, 'returned', 'returned', 'displacement'),
        ('More than 700 people have been expelled from the country.', 700, 'expelled', 'expelled', 'displacement'),
        ('An estimated 45,000 people have fled the town.', 45_000, 'fled', 'fled', 'displacement'),
        ('The fighting killed 75 people, injured 210 and displaced 9,000.', 210, 'injured', 'injured', 'casualties'),
        ('The fighting killed 75 people, injured 210 and displaced 9,000.', 9000, 'displaced', 'displaced', 'displacement'),
        ('Floods killed 12 people and displaced 4,000 others in the north.', 4000, 'displaced', 'displaced', 'displacement'),
        ('At least 500 people were evacuated and 60 rescued by boat.', 60, 'rescued', 'rescued', 'other'),
        ('Of the 3,200 people displaced, 1,700 are children.', 1700, 'displaced', 'displaced', 'displacement'),
        ('The camp shelters 28,000 people, 60 percent of them children.', 28_000, None, 'sheltered', 'displacement'),
        ('Aid reached 5,000 families who had been displaced by the floods.', 5000, 'displaced', 'displaced', 'displacement'),
        ('The quake, which killed 310 people, destroyed the old market.', 310, 'killed', 'killed', 'casualties'),
        ('Sudan: 8,000 displaced, 42 killed as fighting spreads', 8000, 'displaced', 'displaced', 'displacement'),
        ('Sudan: 8,000 displaced, 42 killed as fighting spreads', 42, 'killed', 'killed', 'casualties'),
        ('Since January, 13,500 people have been deported and 2,200 returned voluntarily.', 2200, 'returned', 'returned', 'displacement'),
        ('About 600 families went back to their homes after the water receded.', 600, 'went back', 'returned', 'displacement'),
        ('Another 3,900 people were pushed back at the border.', 3900, 'pushed back', 'deported', 'displacement'),
        ('Some 210 people were injured, of whom 30 are in critical condition.', 30, 'injured', 'injured', 'casualties'),
        ('Police said 16 people drowned and 8 others remain missing.', 8, 'missing', 'missing', 'casualties'),
        ('The storm damaged 1,200 houses and destroyed 450 others.', 450, 'destroyed', 'destroyed', 'other'),
        ('Chad is host to more than 600,000 Sudanese refugees.', 600_000, 'hosted', 'hosted', 'displacement'),
        ('The camp is currently home to around 35,000 IDPs.', 35_000, 'hosted', 'hosted', 'displacement'),
        ('More than 90 migrants were rescued and 11 bodies were recovered.', 11, 'recovered bodies', 'killed', 'casualties'),
        ('There were 1,300 new arrivals from South Sudan in June.', 1300, 'arrivals', 'arrived', 'displacement'),
        # a part counted from a whole written after it, or included in it
        ('Hospital staff said 9 of the dead were women.', 9, None, 'killed', 'casualties'),
        ('Those killed included 6 aid workers, the agency said.', 6, None, 'killed', 'casualties'),
        # an earlier level counts what the figure it revises counts
        ('The camp now hosts 52,000 refugees, up from 38,000 in January.', 38_000, None, 'hosted', 'displacement'),
        ('Some 7,400 people crossed into Chad last week, down from 9,100 the week before.', 9100, None, 'arrived', 'displacement'),
]


@pytest.fixture(scope="module")
def analysed():
    return event_cases.analyse(CASES)


@pytest.mark.parametrize(("text", "value", "term", "event", "category"), CASES)
def test_event_term_and_category(analysed, text, value, term, event, category):
    event_cases.check(analysed, text, value, term, event, category)


def test_others_take_the_unit_of_the_earlier_counted_noun_not_of_a_time():
    (a,) = process_batch([Article(id="o", source=Source(outlet="Test Wire"),
                                  text="In the past 24 hours, 40 people were killed and 120 others wounded.")])
    f = next(f for f in a.figures if f.value == 120)
    assert f.unit == "person" and f.event == "injured" and f.category == "casualties"


def test_a_distance_or_a_duration_carries_no_event():
    (a,) = process_batch([Article(id="m", source=Source(outlet="Test Wire"),
                                  text="Some 3,000 families fled to Tawila, about 60 km west of the town, over 48 hours.")])
    assert next(f for f in a.figures if f.value == 3000).event == "fled"
    assert all(f.event is None for f in a.figures if f.value in (60, 48))
