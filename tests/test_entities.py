"""Mentions with types and canonical names, on texts written for these tests."""

from __future__ import annotations

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source
from newsfacts.segment import find_dateline


def mentions(text: str):
    (a,) = process_batch([Article(id="x", source=Source(), text=text, dateline=find_dateline(text))])
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
    return a.mentions


TEXT = (
    "NAIROBI: Interior Minister Grace Wanjiru met officials of the World Food Programme (WFP) on Monday. "
    "Wanjiru said the government would open two new camps near Garissa. "
    "The WFP said it had enough food for three weeks, and Kenya’s health ministry sent doctors."
)


def test_people_get_their_full_name_without_titles():
    people = [m for m in mentions(TEXT) if m.type == "person"]
    assert people, "no person found"
    assert {m.canonical for m in people} == {"Grace Wanjiru"}
    assert all("Minister" not in m.text for m in people)
    assert any(m.text == "Wanjiru" for m in people)


def test_acronyms_resolve_to_the_name_the_article_defines():
    orgs = [m for m in mentions(TEXT) if m.text == "WFP"]
    assert orgs and all(m.canonical == "World Food Programme" for m in orgs)


def test_possessives_and_dateline_places():
    ms = mentions(TEXT)
    assert any(m.text == "Kenya" and m.type == "place" for m in ms)
    assert not any(m.text.endswith("’s") for m in ms)
    dateline = [m for m in ms if m.start == 0]
    assert dateline and dateline[0].type == "place" and dateline[0].canonical == "Nairobi"


def test_a_name_after_a_role_word_is_a_person():
    text = "Ministry spokesperson Tomas Verhoeven said the talks would resume. Verhoeven declined to give a date."
    people = {m.canonical for m in mentions(text) if m.type == "person"}
    assert people == {"Tomas Verhoeven"}


def test_a_named_storm_is_no_person_and_a_place_after_near_is_no_he():
    text = ("DHAKA: Cyclone Tamsin killed at least 12 people in the south, officials said on Monday. "
            "Relief Minister Karim Uddin told reporters that 400,000 people had been moved to shelters before "
            "the storm made landfall near Bhola around midnight.\n\n"
            "\"About 20,000 houses were destroyed,\" he said. Severe Tropical Storm Orla followed two days later.")
    (a,) = process_batch([Article(id="x", source=Source(), text=text, dateline=find_dateline(text))])
    storms = [m for m in a.mentions if m.text in ("Cyclone Tamsin", "Severe Tropical Storm Orla", "Tropical Storm Orla")]
    assert storms and all(m.type == "other" for m in storms)
    said = [q for q in a.quotes if "20,000 houses" in q.text]
    assert said and said[0].speaker.name == "Karim Uddin", said
    (houses,) = [f for f in a.figures if f.value == 20000]
    assert houses.stated_by is not None and houses.stated_by.name == "Karim Uddin"



def test_a_rank_the_tagger_takes_into_a_name_is_a_title():
    text = ("Colonel Marcos Vieira said the boats were out. Major Didier Mbuyi spoke later. "
            "General Security said the crossing was open.")
    found = {m.text: m.type for m in mentions(text)}
    assert found.get("Marcos Vieira") == "person" or found.get("Colonel Marcos Vieira") is None
    people = {m.canonical for m in mentions(text) if m.type == "person"}
    assert {"Marcos Vieira", "Didier Mbuyi"} <= people
    assert "General Security" not in people and "Security" not in people


def test_a_name_before_its_role_in_apposition_is_a_person():
    ms = mentions('"The order is unlawful," said Clémentine de Montjoye, senior Africa researcher at Human Rights '
                  "Watch.\n\nThe camp is full, said Sivanka Dhanapala, the UNHCR representative in the country.")
    kinds = {m.text: m.type for m in ms}
    assert kinds["Clémentine de Montjoye"] == "person" and kinds["Sivanka Dhanapala"] == "person"
    assert kinds["Human Rights Watch"] == "organisation"
    # a body in apposition with what it is stays a body
    ms = mentions("Médecins Sans Frontières, the medical charity, said 40 patients were treated.")
    assert all(m.type != "person" for m in ms)


def test_a_name_one_article_opens_is_one_name_across_and():
    ms = mentions("The Lakeview Drought and Famine Relief Authority said 300 families had left. Officials of the "
                  "Northern Federation of Farmers and Herders Societies met the Health Ministry and Disaster "
                  "Management Authority on Monday, along with the UN and World Health Organization.")
    orgs = {m.text for m in ms if m.type == "organisation"}
    assert "Lakeview Drought and Famine Relief Authority" in orgs
    assert "Northern Federation of Farmers and Herders Societies" in orgs
    # the first part a whole name (a body's head noun, an acronym): two names
    assert not any("Ministry and" in o or "UN and" in o for o in orgs)


def test_known_bodies_are_organisations_whatever_the_tagger_made_of_them():
    ms = mentions("Médecins Sans Frontières and Islamic Relief opened two clinics, and Action Against Hunger "
                  "began screening children.")
    orgs = {m.text for m in ms if m.type == "organisation"}
    assert {"Médecins Sans Frontières", "Islamic Relief", "Action Against Hunger"} <= orgs
    assert not any(m.type == "group" for m in ms)  # not "Islamic" a group


def test_a_name_never_runs_across_a_paragraph_break():
    found = mentions("People wade through a flooded street in the city on Tuesday. REUTERS/Stringer\n\nThe National "
                     "Emergency Management Agency (NEMA) said 2,500 houses had been submerged. NEMA said more rain was due.")
    assert all("\n" not in m.text and "\n" not in m.canonical for m in found)
    assert {m.canonical for m in found if m.text == "NEMA"} == {"National Emergency Management Agency"}


def test_a_name_after_a_residents_of_is_a_place():
    # the small model tags such village names as people or bodies ("Djibasso" PERSON, "Burka" ORG)
    found = mentions('"The attackers surrounded the village," said a resident of Djibasso. A resident of Burka told '
                     "reporters that residents of Dan Kurmi had fled.")
    types = {m.text: m.type for m in found}
    assert types.get("Djibasso") == types.get("Burka") == types.get("Dan Kurmi") == "place"
