"""Page shapes (listing, liveblog, bulletin, article with furniture, report with sections), title choice and
truncation. Every fixture here (tests/page_shapes/*.txt and the texts below) was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.ingest.base import RawDocument
from newsfacts.records import Source
from newsfacts.segment import classify, segment
from newsfacts.segment.lines import ends_cut, is_byline, is_caption, is_stamp

PAGES = Path(__file__).resolve().parent / "page_shapes"


def dump(text: str) -> list:
    return segment(RawDocument(text=text, source=Source(path="fixture.txt"), segment=True))


def page(name: str) -> list:
    return dump((PAGES / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------- listings


def test_a_listing_of_dated_headlines_and_cut_teasers_is_one_teaser_article_per_pair():
    arts = page("listing_dated.txt")
    assert [a.title for a in arts] == [
        "Aid convoy reaches El Fasher for the first time in five months",
        "Cholera cases double in Kassala camps as the rains arrive",
        "Families flee Wad Madani after renewed shelling of the central market",
        "Talks on humanitarian corridors resume in Jeddah",
    ]
    assert all(a.page_kind == "listing" and a.teaser and a.truncated for a in arts)
    assert arts[0].text.startswith("A convoy of 28 trucks") and "12 March 2025" not in arts[0].text
    assert "Amina Yusuf" not in arts[3].text  # the byline is furniture
    assert not any("Load more" in a.text or "Latest stories" in a.text for a in arts)


def test_a_listing_of_linked_headlines_keeps_each_teasers_url():
    arts = page("listing_links.txt")
    assert len(arts) == 4 and all(a.page_kind == "listing" and a.teaser for a in arts)
    assert arts[2].title == "Chad records 20,000 new arrivals from Darfur in a month"
    assert arts[2].url == "https://news.example.net/world/2024/07/chad-border-arrivals"
    assert "Darfur into eastern Chad" in arts[2].text and "Sindh" not in arts[2].text


def test_plain_headlines_over_one_sentence_each_are_a_listing():
    text = "\n\n".join(
        f"{headline}\n{teaser}" for headline, teaser in [
            ("Floods in Sindh leave 300,000 people without shelter", "Rains flooded 14 districts of Sindh this week."),
            ("Kenyan police mission in Haiti doubles its patrols", "The mission said it would patrol at night."),
            ("Chad records 20,000 new arrivals from Darfur in June", "Most of them are women and children."),
        ])
    arts = dump(text)
    assert len(arts) == 3 and all(a.teaser for a in arts)


def test_two_headline_and_teaser_pairs_are_not_yet_a_listing():
    text = ("Floods in Sindh leave 300,000 people without shelter\n"
            "Rains flooded 14 districts of Sindh this week, officials said …\n"
            "Kenyan police mission in Haiti doubles its patrols\nThe mission said it would patrol at night …\n")
    assert not any(a.page_kind == "listing" for a in dump(text))


# ---------------------------------------------------------------------------------------------- liveblogs


def test_a_liveblog_with_timed_entries_is_one_article_with_its_summary_bullets():
    (a,) = page("liveblog_timed.txt")
    assert a.page_kind == "liveblog" and not a.teaser
    assert a.title == "Sudan war: RSF shells displacement camp near El Fasher as talks stall"
    assert len(a.bullets) == 3 and a.bullets[1] == "UN warns famine is spreading to 14 more areas"
    # the datelines inside entries do not split it, and its entries keep their headings and times
    assert "PORT SUDAN — The army-backed" in a.text and "NAIROBI — The World Food" in a.text
    assert "Zamzam camp shelled again" in a.text and "09.58 GMT" in a.text
    assert a.dateline is None  # an entry's dateline is not the page's
    assert not a.truncated


def test_a_liveblog_that_says_live_in_its_title_is_one_article():
    (a,) = page("liveblog_titled.txt")
    assert a.page_kind == "liveblog"
    assert a.title.startswith("Haiti crisis live:") and len(a.bullets) == 2
    assert "PETION-VILLE — Separately" in a.text and "Police reinforcements arrive in Solino" in a.text


def test_a_liveblog_of_stamped_entries_without_a_title_marker_is_found_by_its_rhythm():
    entries = [f"{t}\nKHARTOUM — Update number {i} on the fighting, which went on through the night, residents said."
               for i, t in enumerate(["3h ago", "2h ago", "1h ago"])]
    text = "Fighting resumes in Khartoum\n" + "\n".join(entries)
    (a,) = dump(text)
    assert a.page_kind == "liveblog" and a.title == "Fighting resumes in Khartoum"
    assert a.text.count("KHARTOUM —") == 3


def test_entries_that_open_with_a_time_make_a_liveblog_and_decimals_do_not():
    live = ("Floods in Sindh\n" + "\n".join(
        f"{t} GMT: Rescue teams reached village number {i} in the district, officials said." for i, t in
        enumerate(["10.47", "10.12", "09.58"])))
    assert [a.page_kind for a in dump(live)] == ["liveblog"]
    figures = ("Floods in Sindh\n" + "\n".join(
        f"{n} million people were affected in district number {i}, officials said." for i, n in
        enumerate(["1.30", "2.45", "3.15"])))
    assert [a.page_kind for a in dump(figures)] == ["article"]


def test_a_verb_live_in_a_paragraph_does_not_make_a_liveblog():
    text = ("Families return to Khan Younis\n"
            "Families who live: in tents, in schools and in the ruins of their homes said they had nowhere else.\n")
    assert dump(text)[0].page_kind == "article"


# ---------------------------------------------------------------------------------------------- bulletins


def test_a_bulletin_is_one_article_per_story_and_its_header_and_introduction_are_furniture():
    arts = page("bulletin.txt")
    assert [a.title for a in arts] == [
        "Floods displace 12,000 in northern Malawi",
        "Measles outbreak spreads in Kasai, health ministry warns",
        "Ceasefire talks on Tigray border dispute to resume in Addis Ababa",
    ]
    assert all(a.page_kind == "bulletin" and not a.teaser and not a.truncated for a in arts)
    assert "12,000 people" in arts[0].text and "measles" not in arts[0].text
    assert not any("morning briefing from" in a.text for a in arts)


def test_a_digest_whose_stories_share_one_generic_name_is_still_split():
    arts = page("bulletin_digest.txt")
    assert [a.title.split(":")[0] for a in arts] == ["Yemen", "Mozambique", "Ukraine"]
    assert all(a.page_kind == "bulletin" for a in arts)
    assert "Cabo Delgado" in arts[1].text and "Hodeidah" not in arts[1].text


def test_a_report_with_subheads_on_one_story_stays_one_article():
    text = ("Cyclone death toll rises to 200 in Malawi and Mozambique\n"
            "The death toll from the cyclone in Malawi and Mozambique passed 200 on Tuesday, after the storm "
            "triggered floods and landslides in Blantyre and the south of Malawi, officials said. Rescue workers "
            "in Blantyre warned that more victims were likely as they searched destroyed neighbourhoods.\n"
            "Rescuers search for survivors in the mud\n"
            "In Blantyre, the Malawi Red Cross said volunteers had pulled 40 people alive from collapsed homes "
            "since Monday, and that more than 19,000 people were sheltering in schools and churches across the "
            "south of Malawi, where rains were expected to ease on Wednesday.\n")
    (a,) = dump(text)
    assert a.page_kind == "article" and "Rescuers search for survivors in the mud" in a.text


# ---------------------------------------------------------------------------------------------- furniture and titles


def test_furniture_is_never_the_title_and_stays_out_of_the_text():
    (a,) = page("article_furniture.txt")
    assert a.page_kind == "article"
    assert a.title == "Floods displace 40,000 in Kenya's Tana River county"
    assert a.dateline.text == "GARSEN"
    for furniture in ("By Grace Wanjiru", "Updated 01 May 2024", "SEE ALSO", "Rains to continue"):
        assert furniture not in a.text
    assert a.text.startswith("A family wades")  # the caption stays in the text, never as its title
    assert "What comes next" in a.text
    assert not a.truncated  # the sign-off "— Agencies" after the last full stop


def test_a_report_with_a_key_figures_block_is_one_article_with_the_figures_in_its_text():
    (a,) = page("report_sections.txt")
    assert a.title == "Chad Emergency Update (as of 15 May 2024)"
    assert "604,000 Refugees from Sudan in eastern Chad" in a.text and "OVERVIEW" in a.text
    assert "Needs and response" in a.text
    assert a.truncated  # it stops at "a wee"


@pytest.mark.parametrize(
    "header",
    [
        "Over 250,000 Afghans returned from Iran in June\nSays IOM",
        "Afghanistan\nSays IOM\nOver 250,000 Afghans returned from Iran in June",
        "Over 250,000 Afghans returned from Iran in June\nReturne",
        "KEY FIGURES\nOver 250,000 Afghans returned from Iran in June\nBy Farid Ahmadi\nUpdated 01 July 2025",
        "SEE ALSO: Iran sets new deadline for undocumented Afghans to leave\nOver 250,000 Afghans returned from Iran in June",
    ],
)
def test_a_fragment_label_byline_timestamp_or_related_link_is_not_the_title(header):
    body = ("KABUL: More than 250,000 Afghans returned from Iran in June alone, the International Organization "
            "for Migration (IOM) said on Tuesday, as returnees crossed at Islam Qala.\n\n"
            "The IOM said most of the returnees arrived with few belongings.\n")
    (a,) = dump(f"{header}\n\n{body}")
    assert a.title == "Over 250,000 Afghans returned from Iran in June"


def test_a_headline_wrapped_after_a_comma_is_joined():
    (a,) = dump("Over 250,000 Afghans returned from Iran in June,\nSays IOM\n\n"
                "KABUL: More than 250,000 Afghans returned from Iran in June, the IOM said on Tuesday.\n")
    assert a.title == "Over 250,000 Afghans returned from Iran in June, Says IOM"


def test_a_related_link_between_paragraphs_does_not_split_the_article():
    (a,) = dump("Floods displace 40,000 in Kenya\n"
                "Floods have displaced some 40,000 people in Tana River county, the Red Cross said on Wednesday.\n"
                "SEE ALSO\nRains to continue for another week across the coast, weather service warns residents\n"
                "The Red Cross said that 12 health centres had been flooded.\n")
    assert "Rains to continue" not in a.text and "12 health centres" in a.text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Updated 01 November 2023", "stamp"),
        ("Wednesday March 15 2023", "stamp"),
        ("September 30, 2024", "stamp"),
        ("10.47 BST", "stamp"),
        ("Last updated: 16m ago", "stamp"),
        ("12 March 2025 | By Jane Doe", "stamp"),
        ("Publié le 3 mars 2024 à 10h15", "stamp"),
        ("On Monday,", "body"),  # a sentence cut after its first words, not a date line
        ("By The Sampadak Express", "byline"),
        ("By Jane Doe and John Roe in Nairobi", "byline"),
        ("By the end of the week", "heading"),
        ("KEY DISPLACEMENT FIGURES", "label"),
        ("SEE ALSO: Rains to continue for another week, weather service says", None),
        ("Myanmar Emergency Update (as of 1 June 2024)", "heading"),
        ("People move their property in Blantyre on March 14. PHOTO | AMOS BANDA | AFP", "body"),
        ("“We will not leave” ― Amina Yusuf", "body"),
    ],
)
def test_furniture_line_kinds(line, kind):
    assert classify(line) == kind


def test_captions_stamps_and_bylines():
    assert is_caption("A rescue operation in Mandalay on March 31, 2025. - Kyodo News via AP")
    assert is_caption("A woman carries her child in Khan Younis, December 30. REUTERS/Mohammed Salem")
    assert is_caption("Families inspect the damage in Derna on September 11, 2023. (AFP)")
    assert not is_caption("The ministry said 165 people were killed in the past day.")
    assert not is_stamp("News in Brief 9 April 2024")  # a bulletin's header line: a heading
    assert is_byline("Par Jeanne Dupont") and not is_byline("By 2030, the plan says.")


# ---------------------------------------------------------------------------------------------- truncation


@pytest.mark.parametrize(
    ("ending", "truncated"),
    [
        ("The ministry said aid was on its way.", False),
        ("The ministry said aid was on its way. — Agencies", False),
        ("The ministry said aid was on its way. (AFP)", False),
        ("“We have nothing left,” she said.”", False),
        ("The ministry said aid was on its way to the stranded fam", True),
        ("The ministry said aid was on its way to …", True),
        ("The ministry said aid was on its way...", True),
        ("On Monday,", True),
        ("Here is what the minister said:", True),
    ],
)
def test_truncated_when_the_text_stops_mid_sentence_or_mid_word(ending, truncated):
    text = f"Aid reaches flooded towns\n\nFloods displaced 3,000 families in the valley, officials said.\n\n{ending}\n"
    (a,) = dump(text)
    assert a.truncated is truncated
    assert ends_cut(ending) is truncated


def test_a_sentence_cut_at_the_end_that_reads_like_a_heading_stays_in_the_text_and_marks_it_truncated():
    text = ("UN alarmed at growing needs around Kharkiv\n\n"
            "The UN refugee agency said on Tuesday that it was worried by the worsening situation around Kharkiv.\n\n"
            "To support the evacuees, a transit centre was immediately set up in Kharkiv city\n")
    (a,) = dump(text)
    assert a.title == "UN alarmed at growing needs around Kharkiv"
    assert a.text.endswith("set up in Kharkiv city") and a.truncated


def test_a_paragraph_ending_with_a_comma_goes_on_in_the_next_line_and_is_not_cut():
    text = ("Refugees cross into Syria\n\nThe UN said at least 100,000 people had crossed into Syria,\n\n"
            "“The outflow continues,” a spokesperson said.\n")
    (a,) = dump(text)
    assert not a.truncated and "Syria, “The outflow" in a.text


def test_a_block_of_related_links_after_the_article_is_not_its_text():
    text = ("Aid reaches flooded towns\n\nFloods displaced 3,000 families in the valley, officials said.\n\n"
            "Cholera cases double in Kassala camps\nTalks on humanitarian corridors resume in Jeddah\n"
            "Kenyan police mission in Haiti doubles its patrols\n")
    (a,) = dump(text)
    assert a.text == "Floods displaced 3,000 families in the valley, officials said." and not a.truncated


def test_structured_documents_get_a_page_kind():
    live = RawDocument(text="Gunmen attacked two districts overnight, residents said.", source=Source(path="x.html"),
                       title="Haiti crisis live: gangs attack two districts")
    plain = RawDocument(text="Gunmen attacked two districts overnight, residents said.", source=Source(path="y.html"),
                        title="Gangs attack two districts")
    assert segment(live)[0].page_kind == "liveblog" and segment(plain)[0].page_kind == "article"


def test_the_segmentation_eval_counts_one_article_texts_that_split():
    from newsfacts.eval.segmentation import report_line, wrongly_split

    texts = [("report", (PAGES / "report_sections.txt").read_text(encoding="utf-8")),
             ("furniture", (PAGES / "article_furniture.txt").read_text(encoding="utf-8")),
             ("bulletin", (PAGES / "bulletin.txt").read_text(encoding="utf-8"))]
    assert wrongly_split(texts) == [("bulletin", 3)]
    assert report_line("dev", 3, 1).startswith("segmentation: PolNeAR dev: 1 of 3 files")


def test_a_french_paragraph_ending_in_a_spaced_closing_guillemet_is_complete():
    text = ("Des milliers de familles quittent les camps\n\n"
            "GOMA, 3 mars. Les familles quittent les camps du Nord-Kivu depuis lundi, selon des responsables locaux.\n\n"
            "« Nous n'avons plus rien, nous partons maintenant. »\n\n"
            "Les autorités ont promis une aide d'urgence aux déplacés.\u00a0»")
    articles = dump(text)
    assert len(articles) == 1
    assert not articles[0].truncated
    assert not ends_cut("« Nous partons maintenant. »")
    assert not ends_cut("« Nous partons maintenant.\u202f»")
