"""Places of figures: the sentence's own place, the figure's clause, movement ends, the article's focus, and
country names the gazetteer knows whatever the tagger made of them. Sentences written for these tests."""

from __future__ import annotations

from newsfacts.analyse.focus import focus_country
from newsfacts.records import Article


def figure(article: Article, text: str):
    return next(f for f in article.figures if text in f.text)


def test_clause_of_the_figure_decides_between_two_countries(run):
    a = run("Niger's government said at least 140 people were killed, while officials in neighbouring Benin "
            "reported 12 deaths.")
    assert figure(a, "140").place.country == "NER"
    assert figure(a, "12").place.country == "BEN"
    assert figure(a, "140").place_source == "sentence"


def test_figure_without_a_place_inherits_the_articles_focus(run):
    a = run("Floods swept across Somalia on Monday. Officials in Mogadishu said the river burst its banks.\n\n"
            "More than 4,000 people were displaced, aid workers said.", title="Somalia floods displace thousands")
    f = figure(a, "4,000")
    assert f.place is not None and f.place.country == "SOM"
    assert f.place_source == "article"
    assert f.place.text == "Somalia"  # the country's own mention


def test_an_inherited_place_is_the_country_never_a_town_in_it(run):
    a = run("Shelling hit Aleppo again on Sunday, residents of Aleppo said. Markets in Aleppo stayed shut.\n\n"
            "Some 3,500 families were displaced, aid workers said.", title="Aleppo shelled")
    f = figure(a, "3,500")
    assert f.place_source == "article"
    assert (f.place.country, f.place.precision, f.place.canonical) == ("SYR", "country", "Syria")
    assert a.text[f.place.start:f.place.end] == f.place.text  # the mention it was inferred from


def test_no_focus_where_no_country_clearly_leads(run):
    a = run("Storms hit Peru and Bolivia. Peru closed schools while Bolivia opened shelters.\n\n"
            "About 900 people were evacuated overnight.")
    f = figure(a, "900")
    assert f.place is None and f.place_source is None
    assert focus_country(a) is None


def test_movement_keeps_both_ends_and_counts_at_the_destination(run):
    a = run("About 6,000 people fled Eritrea to Ethiopia last month.")
    f = figure(a, "6,000")
    assert (f.origin.country, f.destination.country) == ("ERI", "ETH")
    assert f.place.country == "ETH"


def test_return_from_a_country_is_not_the_figures_place(run):
    a = run("Some 2,500 Syrians returned from Turkey on Sunday.")
    f = figure(a, "2,500")
    assert f.origin is not None and f.origin.country == "TUR"
    assert f.place is None or f.place.country != "TUR"


def test_the_sentence_saying_where_beats_the_destination(run):
    a = run("Some 3,000 people displaced in Rakhine state crossed into Bangladesh this week.")
    f = figure(a, "3,000")
    assert f.destination is not None and f.destination.country == "BGD"
    assert f.place.country == "MMR"


def test_country_names_the_tagger_missed_or_mistyped(run):
    a = run("Zambia and Malawi were hit. In Malawi, 40 people died.")
    places = {m.text: m.country for m in a.mentions if m.type == "place"}
    assert places.get("Malawi") == "MWI"
    assert figure(a, "40").place.country == "MWI"


def test_congo_is_decided_by_the_articles_other_places(run):
    a = run("Clashes near Goma and in Bukavu forced 8,000 people from their homes in eastern Congo.")
    assert {m.country for m in a.mentions if m.text == "Congo"} == {"COD"}
    b = run("In Brazzaville and Pointe-Noire, officials said 300 families in Congo lost their homes.")
    assert {m.country for m in b.mentions if m.text == "Congo"} == {"COG"}


def test_regions_and_french_names_from_the_gazetteer(run):
    a = run("Fighting in North Kivu and in Darfur displaced families. Aid reached the West Bank and Gaza.")
    places = {m.text: m.country for m in a.mentions if m.type == "place"}
    assert places.get("North Kivu") == "COD"
    assert places.get("Darfur") == "SDN"
    assert places.get("West Bank") == "PSE"
    assert places.get("Gaza") == "PSE"
    b = run("Plus de 2 000 réfugiés sont arrivés au Tchad depuis le Soudan.")
    countries = {m.country for m in b.mentions if m.type == "place"}
    assert {"TCD", "SDN"} <= countries


def test_the_people_a_figure_counts_give_its_country_before_the_articles_focus(run):
    a = run("Shelling hit Kharkiv again on Sunday, the governor said.\n\n"
            "Separately, 38 Moldovans were killed when their bus crashed, and 120 people were injured.",
            title="Ukraine: Kharkiv shelled as fighting spreads")
    f = figure(a, "38")
    assert (f.place.country, f.place_source, f.place.type) == ("MDA", "sentence", "group")
    # no people named, but the figure before it in its paragraph (the same crash) was placed: its place
    assert (figure(a, "120").place.country, figure(a, "120").place_source) == ("MDA", "context")


def test_leaving_a_named_place_is_a_departure(run):
    a = run("Since the start of the year about 640,000 people have left Tripoli, the agency said.")
    f = figure(a, "640,000")
    assert (f.term, f.event, f.category) == ("left", "departed", "displacement")
    b = run("The storm left 310 people dead in the valley.")
    assert figure(b, "310").event == "killed"  # "left ... dead" is a toll, no departure


def test_a_body_that_acts_at_home_places_what_it_did(run):
    a = run("A migrant boat capsized after leaving Sfax with some 60 people on board, many of them from Guinea "
            "and Mali.\n\nThe Maltese coast guard rescued 31 survivors on Sunday. Italian officials said the "
            "search went on.", title="Migrant boat capsizes")
    f = figure(a, "31")
    assert f.place is not None and f.place.country == "MLT", f.place


def test_an_army_abroad_places_nothing(run):
    a = run("Fighting went on in eastern Ukraine on Tuesday, officials in Kyiv said.\n\n"
            "Russian troops killed 9 civilians overnight, the regional governor said.", title="Ukraine war")
    assert figure(a, "9").place.country == "UKR"


def test_a_place_only_another_clause_names_yields_to_the_articles_country(run):
    a = run("Fighting in Cameroon's North-West region continued on Monday, officials in Bamenda said.\n\n"
            "The crisis has displaced 600,000 people since 2017, while 80,000 others have sought refuge in Nigeria.")
    assert figure(a, "600,000").place.country == "CMR"
    assert figure(a, "80,000").place.country == "NGA"


def test_a_clause_of_cause_keeps_its_place(run):
    a = run("Arrivals in Italy rose again this week, officials in Rome and Sicily said.\n\n"
            "At least 45 migrants are missing after their boat capsized off Libya, the agency said.")
    assert figure(a, "45").place.country == "LBY"


def test_entered_from_names_where_people_came_from(run):
    a = run("Israeli strikes hit southern Lebanon and Beirut on Monday, Lebanese officials said.\n\n"
            "Syria's immigration authority said 6,000 people had entered from Lebanon in the past day.")
    assert figure(a, "6,000").place.country == "SYR"


def test_returns_counted_in_the_country_they_went_to(run):
    a = run("More than 50,000 Syrians have returned home from Lebanon since April, the UN refugee agency said in "
            "Beirut.\n\nThe agency counted 1,800 returns on Tuesday at the Masnaa crossing in Lebanon.\n\n"
            "Lebanon still hosts about 1.4 million Syrian refugees.")
    assert figure(a, "1,800").place.country == "SYR"
    assert figure(a, "1.4 million").place.country == "LBN"


def test_venus_de_names_where_people_came_from():
    from newsfacts.pipeline import Pipeline, default_stages
    from newsfacts.records import Source

    text = ("Une attaque a frappé lundi Kolofata, dans l'Extrême-Nord du Cameroun, selon les autorités de Maroua.\n\n"
            "Les assaillants, venus du Nigeria voisin, ont enlevé cinq femmes.")
    (a,) = Pipeline(default_stages()).run([Article(id="t", source=Source(path="t", id="t"), text=text, language="fr")])
    assert figure(a, "cinq").place.country == "CMR"


def test_people_crossing_the_channel_are_counted_where_the_crossing_reaches(run):
    a = run("Some 860 migrants crossed the English Channel in 14 small boats on Friday, the Home Office said, "
            "while French police stopped 40 others on a beach near Calais.")
    assert figure(a, "860").place.country == "GBR"
    assert figure(a, "860").destination.country == "GBR"
    a = run("A total of 29,437 people crossed the Channel in small boats last year, officials said.")
    assert figure(a, "29,437").place.country == "GBR"
    a = run("About 300 people crossed the river into Chad on Monday, aid workers said.")
    assert figure(a, "300").place.country == "TCD"  # no water of the list: the written end


def test_of_two_clauses_holding_the_figure_s_the_nearer_one_places_it(run):
    a = run("In neighbouring Niger, floods have killed 273 people this year, while in Nigeria's Maiduguri at least 30 "
            "people died and 400,000 were displaced after a dam collapsed.")
    assert [figure(a, v).place.country for v in ("273", "30", "400,000")] == ["NER", "NGA", "NGA"]


def test_a_list_of_countries_people_went_to_is_no_one_destination(run):
    a = run("More than 11 million people have been displaced in Sudan since April 2023, the agency said. About 3.8 "
            "million of them have fled abroad, mainly to Egypt, Chad and South Sudan.")
    f = figure(a, "3.8")
    assert f.place.country == "SDN" and f.destination is None
    a = run("The war has displaced 11 million people inside Sudan, while 3.1 million others have fled to neighboring "
            "countries, including Egypt, Chad and South Sudan.")
    assert figure(a, "3.1").place.country == "SDN"
    a = run("About 3,000 refugees fled to Chad last week, the agency said.")
    assert figure(a, "3,000").destination.country == "TCD"  # one country: where they went


def test_a_figure_over_a_list_of_countries_is_no_one_country_s(run):
    # "in" (or a verb's object) a list across several countries: none of them, and not the paragraph before's
    a = run("In Malawi, 1,200 people were affected by the storm.\n\n"
            "Storms have killed more than 300 people in Zambia, Zimbabwe, Angola, Namibia, Botswana and Malawi "
            "since January, the agency said.\n\n"
            "Heavy rains have killed dozens of people in Ghana, Togo and Benin.\n\n"
            "At least 900 people have died in the storms that battered Fiji, Samoa and Tonga.")
    assert figure(a, "1,200").place.country == "MWI"
    for text in ("300", "dozens", "900"):
        f = figure(a, text)
        assert f.place is None or f.place.country is None, text
    # a list after "to" is where people went: the figure stays where they left (test above)
    a = run("In Malawi, 1,200 people were killed in the storm. A further 3,000 fled to Zambia, Mozambique and "
            "Tanzania, the agency said.")
    assert figure(a, "3,000").place.country == "MWI"


def test_a_figure_in_several_countries_named_by_a_plural_noun_is_no_one_country_s(run):
    a = run("In Malawi, 1,200 people were affected by the storm.\n\nAcross the region, the storms have affected "
            "more than 2 million people in 12 countries, the agency said. Over 500,000 people were displaced in these "
            "four countries.")
    assert figure(a, "1,200").place.country == "MWI"
    for text in ("2 million", "500,000"):
        f = figure(a, text)
        assert f.place is None or f.place.country is None, text
