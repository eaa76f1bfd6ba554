"""Places resolved offline to countries, GeoNames entries and points, on texts written for these tests."""

from __future__ import annotations

import time

import pytest

from newsfacts import gazetteer
from newsfacts.analyse.places import candidates_for, demonym_country, french_demonym_country
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Mention, Source
from newsfacts.segment import find_dateline


def places(text: str) -> list[Mention]:
    (a,) = process_batch([Article(id="x", source=Source(), text=text, dateline=find_dateline(text))])
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
    return [m for m in a.mentions if m.type == "place"]


def named(ms: list[Mention], text: str) -> list[Mention]:
    found = [m for m in ms if m.text == text]
    assert found, f"no place mention {text!r} in {[m.text for m in ms]}"
    return found


def test_countries_resolve_to_the_country_never_a_city():
    ms = places("Kenya and the Netherlands pledged aid on Monday, while Mexico and the U.S. sent tents.")
    expected = {"Kenya": "KEN", "Netherlands": "NLD", "Mexico": "MEX", "U.S.": "USA"}
    for name, iso3 in expected.items():
        for m in named(ms, name):
            assert (m.country, m.precision) == (iso3, "country")
            assert m.geonames_id and m.lat is not None and m.lon is not None


def test_a_city_takes_the_country_the_article_is_about():
    about_pakistan = places("Heavy rain flooded Hyderabad on Monday, and officials in Karachi said Pakistan "
                            "would send rescue teams.")
    about_india = places("Heavy rain flooded Hyderabad on Monday, and officials in Mumbai said India would send "
                         "rescue teams.")
    assert {m.country for m in named(about_pakistan, "Hyderabad")} == {"PAK"}
    assert {m.country for m in named(about_india, "Hyderabad")} == {"IND"}
    assert all(m.precision == "city" and m.match == "exact" for m in named(about_india, "Hyderabad"))


def test_us_states_are_admin_regions():
    ms = places("Storms flooded homes across Texas and Oklahoma overnight, officials said.")
    for name in ("Texas", "Oklahoma"):
        for m in named(ms, name):
            assert (m.country, m.precision) == ("USA", "admin")
            assert m.geonames_id is not None and m.lat is not None


def test_state_abbreviations_place_a_town():
    ms = places("The fire started in a mobile home in Alexandria, La., on Friday.")
    (town,) = named(ms, "Alexandria")
    assert (town.country, town.precision) == ("USA", "city")
    assert 30 < town.lat < 32 and -93 < town.lon < -92  # Louisiana, not Egypt


def test_a_capital_that_speaks_is_an_actor_and_keeps_its_country():
    ms = places("Nairobi insists the camps near the border will close. Aid agencies flew supplies to Nairobi on Monday.")
    speaking, visited = named(ms, "Nairobi")
    assert speaking.actor and speaking.country == "KEN"
    assert not visited.actor and visited.country == "KEN" and visited.precision == "city"


def test_the_dateline_place_is_resolved():
    ms = places("NAIROBI: Kenya will reopen two camps, the interior ministry said on Friday.")
    (dateline,) = [m for m in ms if m.start == 0]
    assert (dateline.country, dateline.precision) == ("KEN", "city")


def test_unknown_names_stay_unresolved():
    gaz = gazetteer.gazetteer()
    unknown = Mention(text="Qwzxville", type="place", canonical="Qwzxville", start=0, end=9)
    assert candidates_for(unknown, gaz) == []


def test_names_fold_to_one_key():
    assert gazetteer.fold("the U.S.") == "us"
    assert gazetteer.fold("St. Louis") == "saint louis"
    assert gazetteer.fold("Zürich") == gazetteer.fold("ZURICH") == "zurich"
    assert gazetteer.fold("Winston-Salem") == "winston salem"


def test_the_gazetteer_opens_fast():
    gazetteer.gazetteer()  # builds the derived table on first use (once per package version)
    gazetteer.gazetteer.cache_clear()
    started = time.perf_counter()
    gaz = gazetteer.gazetteer()
    assert gaz.lookup("islamabad")
    assert time.perf_counter() - started < 3.0


def test_the_centre_of_places_spanning_the_antimeridian():
    lat, lon = gazetteer.centre([(-17.0, 178.0), (-18.0, 179.5), (-16.5, -179.8), (-17.5, 177.5)])
    assert -18 < lat < -16 and (lon > 177 or lon < -179)


def test_oceans_and_bare_directions_name_no_country():
    ms = places("Storms battered the Pacific coast while aid reached the Levant and the North.")
    assert all(m.country is None for m in ms if m.text in ("Pacific", "Levant", "North"))


def test_the_words_around_a_name_make_a_small_town_a_place():
    ms = places("About 900 people from the town of Bria in Haute Kotto prefecture fled on Monday.")
    assert {m.country for m in ms} == {"CAF"}


def test_a_lowercase_direction_is_not_part_of_the_name():
    (m,) = named(places("Shelling hit homes in west Aleppo on Sunday."), "west Aleppo")
    assert (m.country, m.precision) == ("SYR", "city")


def test_a_demonym_group_gets_its_country_and_stays_a_group():
    (a,) = process_batch([Article(id="x", source=Source(), text="About 500 Afghans and 20 Central Africans arrived.")])
    groups = {m.text: m.country for m in a.mentions if m.type == "group"}
    assert groups.get("Afghans") == "AFG"
    assert all(m.type != "place" for m in a.mentions if m.text == "Afghans")


def test_a_place_in_a_region_takes_the_reading_they_share():
    ms = places("Floods displaced 900 people in Rivera in Huila department last week.")
    assert named(ms, "Rivera")[0].country == "COL" and named(ms, "Huila")[0].country == "COL"


def test_a_district_the_gazetteer_lacks_takes_its_province_country():
    (lalpur,) = named(places("About 1,500 people fled to Lalpur district in Nangarhar province."), "Lalpur")
    assert lalpur.country == "AFG" and lalpur.geonames_id is None


def test_a_known_place_keeps_its_reading_beside_a_wider_one():
    (hk,) = named(places("Protests filled Hong Kong, China, on Sunday."), "Hong Kong")
    assert hk.country == "HKG"


def test_names_the_tagger_split_are_joined_when_the_gazetteer_knows_them():
    ms = places("Officials evacuated 8,000 people in Azad Jammu and Kashmir in November.")
    assert any(m.country == "PAK" and m.text.endswith("Kashmir") for m in ms)


def test_a_country_glued_to_damaged_characters_is_found():
    (m,) = named(places("Across 21 of AfghanistanŠ—Ès 34 provinces, 38,000 people were displaced."), "Afghanistan")
    assert m.country == "AFG"


def test_a_name_before_a_site_word_is_a_place():
    (bria,) = named(places("About 6,000 people stayed at the base and about 5,000 at Bria airstrip."), "Bria")
    assert bria.country == "CAF"


def test_an_organisation_named_after_a_country_gets_its_country():
    (a,) = process_batch([Article(id="x", source=Source(), text="The Syrian Democratic Forces took the town.")])
    orgs = [m for m in a.mentions if m.type == "organisation"]
    assert orgs and orgs[0].country == "SYR"


def test_an_appositive_after_a_name_asks_for_its_kind():
    ms = places("Over 5,000 people were evacuated in Nippes, the region worst hit by the storm.")
    assert named(ms, "Nippes")[0].country == "HTI"


def test_a_name_before_a_place_word_may_be_a_town_s_other_name():
    ms = places("About 41,000 people were trapped in Al Zahari and Al Mukha areas as roads were closed.")
    assert named(ms, "Al Mukha")[0].country == "YEM"


def test_a_campaign_camp_and_a_party_colour_are_not_places_or_countries():
    (a,) = process_batch([Article(id="x", source=Source(),
                                  text="Trump mocked the Clinton camp, and the Green Party candidate spoke.")])
    assert not any(m.type == "place" and m.text == "Clinton" for m in a.mentions)
    assert not any(m.country == "GRL" for m in a.mentions)


def test_a_city_whose_name_ends_like_a_demonym_is_a_place_where_the_words_say_so():
    found = {m.text: m for m in places("Artillery shelling killed eight people in Omdurman on Tuesday, "
                                       "a local emergency room said. Many Afghan families fled.")}
    assert found["Omdurman"].country == "SDN"  # places() keeps only place mentions
    assert "Afghan" not in found


def test_a_place_name_the_tagger_cut_runs_on_over_the_words_the_gazetteer_knows_with_it():
    from newsfacts.pipeline import process_batch
    from newsfacts.records import Article, Source

    text = ("Landslides hit Lao Cai Province overnight, and rescuers reached Zindah Jan district by noon. "
            "Roads to Bago Region stayed open.")
    (a,) = process_batch([Article(id="x", source=Source(), text=text)])
    places = {m.text: m.country for m in a.mentions if m.type == "place"}
    assert not any(country == "LAO" for country in places.values()), places
    assert any(name.startswith("Lao Cai") and country == "VNM" for name, country in places.items()), places


def test_a_river_names_no_country():
    from newsfacts.pipeline import process_batch
    from newsfacts.records import Article, Source

    text = ("À Ségou, la crue du fleuve Niger a inondé 300 maisons, selon la protection civile malienne. "
            "La rivière Tana a aussi débordé.")
    (a,) = process_batch([Article(id="x", source=Source(), text=text, language="fr")])
    assert not any(m.type == "place" and m.text == "Niger" for m in a.mentions), a.mentions
    (houses,) = [f for f in a.figures if f.value == 300]
    assert houses.place is None or houses.place.country != "NER", houses.place


def test_the_units_below_a_district_make_the_name_before_or_after_them_a_place():
    # the units South and South-East Asian press name after their chief town: "X upazila of Y", "X Township"
    assert named(places("A fire gutted 800 shanties in Ukhiya upazila of Cox's Bazar on Wednesday."),
                 "Cox's Bazar")[0].country == "BGD"
    (township,) = named(places("Jets bombed a monastery in Kyauktaw Township on Tuesday."), "Kyauktaw Township")
    assert (township.country, township.precision) == ("MMR", "city")
    assert named(places("Water entered homes in Mehar tehsil of Dadu."), "Dadu")[0].country == "PAK"


# The world's demonyms that no ending leads back to their country (places.toml irregular_demonyms, the French
# table and French "-ites"), and regular ones that must not move; peoples and regions stay without a country.
ENGLISH_DEMONYMS = {"Lao": "LAO", "Malagasy": "MDG", "Burkinabes": "BFA", "Basotho": "LSO", "Batswana": "BWA",
                    "Kyrgyz": "KGZ", "Tajiks": "TJK", "Sahrawi": "ESH", "Nigeriens": "NER", "Nigerian": "NGA",
                    "Mozambicans": "MOZ", "Comorian": "COM", "Timorese": "TLS", "Guineans": "GIN", "Rohingya": None,
                    "Darfuri": None}
FRENCH_DEMONYMS = {"Burkinabè": "BFA", "Ivoiriens": "CIV", "Guinéennes": "GIN", "Libyens": "LBY", "Érythréens": "ERI",
                   "Yéménites": "YEM", "Malgaches": "MDG", "Bangladais": "BGD", "Sud-Soudanais": "SSD",
                   "Soudanais": "SDN", "Centrafricains": "CAF", "Nigériens": "NER", "Nigérians": "NGA",
                   "Libériens": "LBR", "Coréens": None, "Européens": None, "Parisiens": None}


@pytest.mark.parametrize(("word", "country"), sorted(ENGLISH_DEMONYMS.items()))
def test_english_demonyms_name_their_country(word, country):
    assert demonym_country(word, gazetteer.gazetteer()) == country


@pytest.mark.parametrize(("word", "country"), sorted(FRENCH_DEMONYMS.items()))
def test_french_demonyms_name_their_country(word, country):
    assert french_demonym_country(word, gazetteer.gazetteer()) == country


def test_a_generic_head_before_of_names_the_kind_of_place_after_it():
    ms = places("The City of Cape Town said the fire had left 2,000 people homeless.")
    assert [m.country for m in named(ms, "City of Cape Town")] == ["ZAF"]
