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
