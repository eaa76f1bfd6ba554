"""The country of each figure in the ways humanitarian news places figures: "in town, region", regions and
provinces without their country, capitals, demonyms, borders, movements between countries, articles that
name their country only in the title or dateline, liveblogs, ambiguous names and organisations named after
places. Sentences written for these tests, in the styles of OCHA, UNHCR/IOM briefings and wire stories."""

from __future__ import annotations

import pytest

from newsfacts.pipeline import Pipeline, default_stages
from newsfacts.records import Article, Source
from newsfacts.segment import find_dateline


@pytest.fixture(scope="module")
def run():
    pipeline = Pipeline(default_stages())

    def go(text: str, title: str | None = None) -> Article:
        (article,) = pipeline.run([Article(id="t", source=Source(path="t", id="t"), text=text, title=title,
                                              dateline=find_dateline(text))])
        assert isinstance(article, Article), article
        return article
    return go


def figure(article: Article, text: str):
    """The figure written ``text`` (its number alone), else the first whose text holds it."""
    exact = [f for f in article.figures if f.text.split()[-1] == text.split()[0]]
    return exact[0] if exact else next(f for f in article.figures if text in f.text)


def country(f) -> str | None:
    return f.place.country if f.place is not None else None


# (text, title, the figure, its country); "-" for a figure with no country
PLACED = [
    # "in town, region"
    ("At least 23 people were killed in El Fasher, North Darfur, on Tuesday, a local group said.", None, "23", "SDN"),
    ("Some 1,200 families were displaced from Mocímboa da Praia, Cabo Delgado, after the attack.", None, "1,200", "MOZ"),
    ("Floods destroyed 340 homes in Beledweyne, Hiraan region, officials said.", None, "340", "SOM"),
    ("Twelve civilians died when a shell struck a market in Kramatorsk, Donetsk region.", None, "Twelve", "UKR"),
    ("About 600 households were affected in Maiduguri, Borno State, the agency reported.", None, "600", "NGA"),
    # "[town] in [country]'s [region] province"
    ("At least 15 people were killed in Bunia in Congo's Ituri province, the army said.", None, "15", "COD"),
    ("Gunmen killed 31 villagers in Kaya in Burkina Faso's Centre-Nord region.", None, "31", "BFA"),
    ("Around 2,000 people fled Palma in Mozambique's northern Cabo Delgado province.", None, "2,000", "MOZ"),
    ("A landslide buried 54 people in Yumbo in Colombia's Valle del Cauca department.", None, "54", "COL"),
    # regions and provinces without the country
    ("More than 40,000 people have fled fighting in North Darfur since April.", None, "40,000", "SDN"),
    ("Insurgents have displaced over 800,000 people in Cabo Delgado since 2017.", None, "800,000", "MOZ"),
    ("Nearly 600,000 Rohingya remain in Rakhine State, the UN said.", None, "600,000", "MMR"),
    ("An airstrike on a house in Khan Younis killed 17 people, medics said.", None, "17", "PSE"),
    ("Heavy rains displaced 25,000 people across Sindh province last week.", None, "25,000", "PAK"),
    ("In South Kordofan, 12,000 people were newly displaced in March.", None, "12,000", "SDN"),
    ("Clashes in Tigray left 300 people dead, aid workers said.", None, "300", "ETH"),
    ("The earthquake killed 2,400 people in Herat province.", None, "2,400", "AFG"),
    # capitals and big cities
    ("Police in Nairobi said 14 people drowned when the river burst its banks.", None, "14", "KEN"),
    ("Shelling in Khartoum killed at least 40 civilians on Sunday.", None, "40", "SDN"),
    ("Some 3,500 migrants were intercepted off Tripoli this year.", None, "3,500", "LBY"),
    ("A fire in a camp near Cox's Bazar destroyed 2,000 shelters.", None, "2,000", "BGD"),
    ("Floodwaters inundated 5,000 homes in Karachi.", None, "5,000", "PAK"),
    ("Gang violence in Port-au-Prince has displaced 33,000 people this month.", None, "33,000", "HTI"),
    # demonyms and nationalities: where they are counted
    ("More than 600,000 Sudanese refugees have arrived in Chad since April.", None, "600,000", "TCD"),
    ("Some 1.1 million Syrian refugees live in Lebanon, UNHCR said.", None, "1.1 million", "LBN"),
    ("About 70,000 Afghans were deported from Iran in June.", None, "70,000", "AFG"),
    ("The agency registered 4,000 Congolese asylum seekers in Uganda last month.", None, "4,000", "UGA"),
    ("Around 900,000 Rohingya refugees are sheltering in Bangladesh.", None, "900,000", "BGD"),
    # across the border, the X-Y border
    ("Some 8,000 people crossed the border into Chad from Darfur this week.", None, "8,000", "TCD"),
    ("About 5,000 people have sought safety across the border in Uganda.", None, "5,000", "UGA"),
    ("Thousands gathered at the Rafah crossing as 300 trucks waited on the Egypt-Gaza border.", None, "300", "EGY"),
    ("At least 3,000 migrants are stranded on the Belarus-Poland border.", None, "3,000", "*"),
    # fled X for Y, returned to X from Y
    ("Around 12,000 people fled Sudan for South Sudan in the past week.", None, "12,000", "SSD"),
    ("Some 45,000 refugees returned to Burundi from Tanzania last year.", None, "45,000", "BDI"),
    ("More than 20,000 Venezuelans have fled to Colombia since January.", None, "20,000", "COL"),
    ("Nearly 9,000 people were evacuated from Rafah to Khan Younis.", None, "9,000", "PSE"),
    # ambiguous names
    ("Floods in Georgia's Imereti region damaged 200 houses, Tbilisi said.", None, "200", "GEO"),
    ("A tornado in Georgia destroyed 70 homes near Atlanta.", None, "70", "USA"),
    ("Clashes in Congo's North Kivu province displaced 50,000 people.", None, "50,000", "COD"),
    ("Flooding in Niger killed 55 people, the government in Niamey said.", None, "55", "NER"),
    ("Gunmen in Nigeria's Zamfara state abducted 80 people.", None, "80", "NGA"),
    ("In South Sudan, 7,000 people were displaced by floods in Jonglei.", None, "7,000", "SSD"),
    ("Cholera has killed 36 people in Guinea-Bissau this year.", None, "36", "GNB"),
    ("Floods in Guinea killed 11 people in Conakry.", None, "11", "GIN"),
    ("Fighting in Kordofan displaced 15,000 people in a week.", None, "15,000", "SDN"),
    # organisations named after places
    ("The Gaza health ministry said 42 people were killed overnight.", None, "42", "PSE"),
    ("According to the Sudan Tribune, 18 people were killed in the attack.", None, "18", "SDN"),
    ("The Afghan Red Crescent distributed aid to 1,500 families.", None, "1,500", "AFG"),
]


@pytest.mark.parametrize("text,title,num,expected", PLACED, ids=[f"{i:02d}-{p[2]}" for i, p in enumerate(PLACED)])
def test_the_figures_country(run, text, title, num, expected):
    f = figure(run(text, title), num)
    if expected == "*":
        assert country(f) in ("BLR", "POL")
    else:
        assert country(f) == expected


def test_movements_keep_both_ends(run):
    f = figure(run("Around 12,000 people fled Sudan for South Sudan in the past week."), "12,000")
    assert (f.origin and f.origin.country, f.destination and f.destination.country) == ("SDN", "SSD")
    f = figure(run("Some 45,000 refugees returned to Burundi from Tanzania last year."), "45,000")
    assert (f.origin and f.origin.country, f.destination and f.destination.country) == ("TZA", "BDI")
    f = figure(run("About 70,000 Afghans were deported from Iran in June."), "70,000")
    assert f.origin is not None and f.origin.country == "IRN"


def test_the_country_only_in_the_dateline(run):
    a = run("KHARTOUM (Reuters) - Fighting flared again on Monday and at least 60 people were killed, "
            "medics said.\n\nMore than 4,000 families fled their homes, the agency added.")
    assert country(figure(a, "60")) == "SDN"
    assert country(figure(a, "4,000")) == "SDN"


def test_the_country_only_in_the_title(run):
    """The title's country is inherited as the whole country, with no span in the text (the title is not the text)."""
    a = run("Heavy rains since Thursday have swept away roads and bridges.\n\nAt least 120 people died and "
            "another 8,000 were displaced, the disaster agency said.", title="Floods kill 120 in Nepal")
    assert country(figure(a, "8,000")) == "NPL"
    assert figure(a, "8,000").place_source == "article"
    assert (figure(a, "8,000").place.start, figure(a, "8,000").place.end) == (0, 0)


def test_each_country_of_a_multi_country_article(run):
    a = run("Cyclone Idai tore through southern Africa.\n\nIn Mozambique, 600 people were killed. "
            "Zimbabwe reported 344 deaths, while in Malawi 60 people died.\n\n"
            "Aid agencies said 1.8 million people needed help.")
    assert country(figure(a, "600")) == "MOZ"
    assert country(figure(a, "344")) == "ZWE"
    assert country(figure(a, "60 people")) == "MWI"
    f = figure(a, "1.8 million")
    assert f.place is None or f.place_source == "sentence"  # no one country leads: no focus spreading


def test_liveblog_entries_keep_their_own_country(run):
    a = run("10:02 GMT - Israeli strikes on Gaza City killed 25 people, the territory's civil defence said.\n\n"
            "10:15 GMT - In Lebanon, 8 people were killed in strikes on the south.\n\n"
            "10:40 GMT - Yemen's Houthis said 3 ships were targeted in the Red Sea.",
            title="Live: Israel-Gaza war")
    assert country(figure(a, "25")) == "PSE"
    assert country(figure(a, "8 people")) == "LBN"


def test_a_town_whose_country_the_article_names_nowhere_else_is_a_namesake():
    from newsfacts.pipeline import process_batch

    text = ("Thousands arrive in South Sudan from Sudan\n\nRENK, South Sudan - At the Joda border crossing, about "
            "2,500 people arrive every day, officials in South Sudan said. Most of them are South Sudanese "
            "returning from Sudan.")
    (a,) = process_batch([Article(id="j", source=Source(outlet="Test Wire"), text=text)])
    f = next(f for f in a.figures if f.value == 2500)
    assert f.place is not None and f.place.country == "SSD"
