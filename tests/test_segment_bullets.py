"""Summary bullets (under "Key points", "Points saillants", "KEY FIGURES", or right after the title, with "•",
"-", "*", "–" or numbers) and other shapes of scraped news pages: agency wires with bylines and "Updated" lines,
UN-style bulletins, liveblogs with timed entries, listings. Every fixture (tests/page_shapes/*.txt and the
texts below) was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.ingest.base import RawDocument
from newsfacts.records import Source
from newsfacts.segment import segment
from newsfacts.segment.lines import is_byline, is_label, read_lines

PAGES = Path(__file__).resolve().parent / "page_shapes"


def dump(text: str) -> list:
    return segment(RawDocument(text=text, source=Source(path="fixture.txt"), segment=True))


def page(name: str) -> list:
    return dump((PAGES / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------- bullets


def test_bullets_under_a_key_points_label_are_the_articles_and_open_its_text():
    (a,) = page("bullets_key_points.txt")
    assert a.title == "Floods in northern Nigeria displace 200,000 people, emergency agency says"
    assert len(a.bullets) == 3 and a.bullets[0].startswith("At least 85 people")
    assert a.text.startswith("- At least 85 people have died")  # their figures are read with the body's
    assert "Key points" not in a.text and "Adaeze Okafor" not in a.text and "12:40 GMT" not in a.text
    assert a.dateline is not None and a.dateline.place == "Maiduguri"  # the bullets do not hide the dateline
    assert not a.truncated


def test_french_bullets_under_points_saillants_and_a_cut_body():
    (a,) = page("bullets_points_saillants.txt")
    assert a.title.startswith("Tchad : plus de 20 000")
    assert len(a.bullets) == 3 and a.bullets[1] == "62 % des nouveaux arrivants sont des enfants"
    assert "20 400 arrivées" in a.text and "Points saillants" not in a.text
    assert a.dateline is not None and a.dateline.text == "ADRÉ"
    assert a.truncated  # the last paragraph stops on "l'envoi de"


def test_the_graded_french_bulletin_keeps_its_key_figures():
    text = (Path(__file__).resolve().parent / "french" / "graded" / "centrafrique-bulletin.txt").read_text("utf-8")
    (a,) = dump(text)
    assert len(a.bullets) == 3 and "512 000 personnes" in a.text and "Points saillants" not in a.text


def test_numbered_summary_lines_after_the_title_are_bullets():
    (a,) = page("bullets_numbered_summary.txt")
    assert a.title == "Sudan: what we know about the siege of El Fasher"
    assert len(a.bullets) == 3 and a.bullets[1] == "About 500,000 people live in Zamzam camp, south of the city"
    assert "1)" not in a.text and not a.truncated


@pytest.mark.parametrize("mark", ["•", "-", "*", "–", "1.", "1)"])
def test_every_bullet_sign_makes_summary_bullets(mark):
    signs = [mark.replace("1", str(i)) for i in (1, 2)]
    text = ("Cholera spreads in Kassala camps as the rains arrive\n"
            f"{signs[0]} 1,200 cases recorded since June\n{signs[1]} 14 treatment centres opened\n"
            "KASSALA, Sudan (AFP) — Health officials said on Monday that cholera had spread to four camps.\n")
    (a,) = dump(text)
    assert a.bullets == ("1,200 cases recorded since June", "14 treatment centres opened")
    assert "1,200 cases" in a.text and a.dateline is not None and a.dateline.place == "Kassala"


def test_a_list_inside_the_body_stays_in_the_body_and_is_no_summary():
    (a,) = page("bullets_in_body.txt")
    assert a.bullets == () and "- vaccinating 1.2 million children under five" in a.text
    assert a.dateline is not None and a.dateline.place == "Geneva" and not a.truncated


def test_a_numbered_section_heading_alone_is_not_a_bullet():
    (a,) = page("report_numbered_sections.txt")
    assert a.bullets == () and a.page_kind == "article"
    assert "2. Response" in a.text and "60,000 families" in a.text


def test_key_figures_and_highlights_of_a_report_are_its_bullets_under_its_title():
    (a,) = page("key_figures_report.txt")
    assert a.title == "Mozambique: Cabo Delgado humanitarian snapshot, May 2025"
    assert len(a.bullets) == 5 and "580,000 internally displaced persons" in a.text
    assert "KEY FIGURES" not in a.text and "HIGHLIGHTS" not in a.text
    assert "Needs and response" in a.text  # a subhead of the one report


def test_a_flash_update_gathers_the_bullets_under_its_kicker():
    (a,) = page("reliefweb_flash_update.txt")
    assert a.title.startswith("Myanmar: Earthquake Flash Update No. 4")
    assert len(a.bullets) == 2 and "3,085" in a.text and not a.truncated


def test_a_liveblogs_summary_bullets_and_title_come_from_above_its_first_entry_time():
    (a,) = page("liveblog_summary.txt")
    assert a.page_kind == "liveblog"
    assert a.title == "Gaza live: aid trucks enter through Kerem Shalom as strikes continue"
    assert len(a.bullets) == 3 and "120 aid trucks crossed" in a.text
    assert "Strikes on Khan Younis" in a.text and "14:32 GMT" in a.text  # the first entry keeps its heading
    assert a.dateline is None  # an entry's dateline is not the page's


def test_a_french_liveblog_with_ce_quil_faut_retenir():
    (a,) = page("liveblog_fr_direct.txt")
    assert a.page_kind == "liveblog" and a.title.startswith("EN DIRECT - Inondations")
    assert len(a.bullets) == 3 and "339 morts" in a.text
    assert "Le Nigeria ouvre de nouveaux camps à Maiduguri" in a.text and "10h32" in a.text


@pytest.mark.parametrize("line", ["Key points", "Highlights", "KEY FIGURES", "Points saillants :", "L'essentiel",
                                  "Ce qu’il faut retenir", "What we know so far", "Summary"])
def test_list_labels_are_labels(line):
    assert is_label(line)


def test_a_headline_that_opens_with_a_list_word_is_no_label():
    assert not is_label("Highlights of the donor conference in Brussels")
    assert [ln.kind for ln in read_lines("Key points of the deal remain secret\n")] == ["heading"]


# ---------------------------------------------------------------------------------------------- other shapes


def test_an_agency_wire_with_capitalised_bylines_and_an_updated_line():
    (a,) = page("wire_ap_updated.txt")
    assert a.title == "Sudan's army says it has retaken the presidential palace in Khartoum"
    assert a.text.startswith("CAIRO (AP) —") and a.dateline.place == "Cairo"
    assert "Associated Press" not in a.text and "Updated" not in a.text and not a.truncated
    assert a.published is None  # nothing is invented


def test_a_french_wire_relay_with_its_credit_and_reading_time():
    (a,) = page("wire_afp_french.txt")
    assert a.title.startswith("Haïti : plus de 5 600 morts")
    assert a.text.startswith("Plus de 5 600 personnes") and "Temps de lecture" not in a.text
    assert not a.truncated and a.dateline is None


def test_a_un_news_in_brief_page_is_one_article_per_story():
    arts = page("un_news_in_brief.txt")
    assert [a.title.split(":")[0] for a in arts] == ["Sudan", "Afghanistan", "Haiti"]
    assert all(a.page_kind == "bulletin" and not a.truncated for a in arts)
    assert "News in Brief from the United Nations" not in " ".join(a.text for a in arts)


def test_a_french_topic_page_is_a_listing_of_cut_teasers():
    arts = page("listing_fr.txt")
    assert len(arts) == 4 and all(a.page_kind == "listing" and a.teaser and a.truncated for a in arts)
    assert arts[3].title == "Choléra : plus de 400 morts au Soudan depuis janvier"
    assert not any("Publié le" in a.text or "Charger plus" in a.text for a in arts)


def test_a_standfirst_and_photo_caption_under_the_headline_are_no_title():
    (a,) = page("article_standfirst_caption.txt")
    assert a.title == "Cyclone Chido: death toll in Mayotte could reach hundreds, officials warn"
    assert "10.04 GMT" not in a.text and not a.truncated


def test_a_reuters_closing_credit_in_brackets_is_furniture_and_not_a_cut():
    (a,) = page("wire_reuters_signoff.txt")
    assert a.title.startswith("Cholera kills 40") and a.dateline.place == "Kassala"
    assert "Editing by" not in a.text and "3 min read" not in a.text and "Hana Idris" not in a.text
    assert not a.truncated


def test_a_french_relay_closing_with_avec_afp_is_not_cut():
    (a,) = page("wire_avec_afp.txt")
    assert a.title.startswith("Niger : au moins 21 soldats")
    assert "(Avec AFP)" not in a.text and not a.truncated
    assert a.dateline is not None and a.dateline.place == "Niamey"


@pytest.mark.parametrize("line", ["(Reporting by Jane Doe; Editing by John Roe.)", "[Reporting by Jane Doe]",
                                  "(Reporting by Jane Doe in Nairobi; Writing by Ann Lee; Editing by Tom Hay)",
                                  "With AFP", "(Avec AFP)", "Avec l'AFP et Reuters"])
def test_closing_credits_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["(The ministry said 40 people died.)", "With Sudan at war, aid convoys stall",
                                  "(Photo: Jane Doe)", "Avec le soutien de l'Union européenne"])
def test_sentences_in_brackets_and_with_clauses_are_no_bylines(line):
    assert not is_byline(line)
