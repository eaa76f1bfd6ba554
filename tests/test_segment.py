"""Segmentation of text dumps into articles. All fixture texts here were written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.ingest.base import RawDocument
from newsfacts.records import Source
from newsfacts.segment import classify, find_dateline, guess_language, is_cut_off, segment

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sample_dump.txt"


def dump(text: str) -> list:
    return segment(RawDocument(text=text, source=Source(path="fixture.txt"), segment=True))


ONE_ARTICLE = """\
MOGADISHU: Heavy rains displaced some 2,400 families in the Shabelle region this week, officials said.
The regional governor said that shelters were running short of blankets and tarpaulins.
"""

HEADER_FIRST = """\
Storm leaves thousands without power in coastal towns
https://example.com/a/storm
- Utility says repairs could take a week
- Schools closed on Thursday
Thousands of households remained without electricity on Wednesday after a storm tore down power lines.
Engineers worked through the night, the utility said in a statement.
Harbour fire destroys warehouses on the east quay
- No injuries reported, fire service says
Firefighters battled a blaze at the harbour for six hours before bringing it under control.
The cause of the fire was not yet known, a spokesperson for the port authority said.
"""

NO_HEADER = """\
The council voted on Tuesday to extend the night curfew for another month.
Residents said the decision would hurt market traders, who rely on evening sales.
"""

BOILERPLATE = """\
Skip to main content
Bridge reopens after six months of repairs
Share
The river bridge reopened to traffic on Friday after six months of repairs, the roads agency said.
Advertisement
Drivers had faced detours of up to 40 minutes while it was closed.
Read more
We use cookies to give you the best experience. By using this site you accept our cookie policy.
Follow us on Twitter
"""

SAME_TOPIC = """\
Camp population doubles as new arrivals reach the border
- Aid agencies appeal for more tents
KAKUMA: The number of people in the border camp has doubled in a month to 30,000, aid agencies said.
Agencies appealed for more tents and water tanks as new families arrived every day.
Border camp residents protest over food rations
- Protest ends peacefully after talks with camp managers
KAKUMA: Hundreds of camp residents protested on Sunday over cuts to monthly food rations, witnesses said.
Camp managers met protest leaders and agreed to review the rations, a camp official said.
"""


def test_sample_shipped_with_the_project_segments_into_two_articles():
    arts = dump(SAMPLE.read_text())
    assert [a.title for a in arts] == [
        "Fighting in Varosh forces 120,000 from their homes, UN agency says",
        "Flood waters recede in Surma valley, but 3,000 homes remain under water",
    ]
    first, second = arts
    assert first.url == "https://example.org/n/varosh-displaced"  # header block after its body
    assert len(first.bullets) == 2 and len(second.bullets) == 2
    assert first.dateline.text == "GENEVA" and second.dateline.text == "SYLHET"
    assert second.dateline.place == "Sylhet"
    assert not first.truncated and second.truncated
    assert "Share" not in first.text and "cookie" not in second.text
    assert first.published is None and second.published is None


def test_one_article_without_header():
    (a,) = dump(ONE_ARTICLE)
    assert a.title is None and a.url is None and a.bullets == ()
    assert a.dateline.text == "MOGADISHU"
    assert a.text.startswith("MOGADISHU:") and not a.truncated


def test_header_first_articles_keep_their_own_headers():
    arts = dump(HEADER_FIRST)
    assert [a.title for a in arts] == [
        "Storm leaves thousands without power in coastal towns",
        "Harbour fire destroys warehouses on the east quay",
    ]
    assert arts[0].url == "https://example.com/a/storm" and arts[1].url is None
    assert arts[0].bullets == ("Utility says repairs could take a week", "Schools closed on Thursday")
    assert "blaze" in arts[1].text and "blaze" not in arts[0].text


def test_body_with_no_header_and_no_dateline():
    (a,) = dump(NO_HEADER)
    assert a.title is None and a.dateline is None
    assert a.text.count("\n\n") == 1


def test_boilerplate_lines_are_dropped():
    (a,) = dump(BOILERPLATE)
    assert a.title == "Bridge reopens after six months of repairs"
    for junk in ("Skip to main content", "Share", "Advertisement", "Read more", "cookie", "Follow us"):
        assert junk not in a.text
    assert "detours of up to 40 minutes" in a.text


SCRAPED_PAGE = """\
Floods force hundreds from riverside homes
Home | News | Africa | Sport | Business | Video
Home » News » Regions
LIVE TV | Politics | World | Watch
By Example Staff
Updated 16:47 GMT
The river burst its banks on Tuesday and 640 people left their homes, the district commissioner said.
Share on Facebook | Share on X | Share on WhatsApp
Rescue teams used boats to reach villages cut off by the water, he said.
1,204 views
Related
Landslide blocks mountain highway
1 day ago
Copyright 2025 Example Broadcasting. All rights reserved. We are not responsible for the content of external sites.
"""

TABLE_UNDER_HEADER = """\
Flood situation report
Province | Deaths | Injured | Houses damaged
Punjab | 12 | 40 | 3,100
Sindh | 9 | 27 | 5,460
"""


def test_a_scraped_pages_furniture_is_dropped():
    # navigation and breadcrumb lines, share bars, counters and a copyright notice are no part of the article, a
    # menu holding "LIVE" does not make the page a liveblog, and a related link dated "1 day ago" over the
    # copyright notice is no article
    (a,) = dump(SCRAPED_PAGE)
    assert a.title == "Floods force hundreds from riverside homes"
    assert a.page_kind == "article"
    for junk in ("Home", "Share", "views", "Copyright", "Landslide"):
        assert junk not in a.text
    assert "640 people left their homes" in a.text


def test_a_tables_header_row_is_not_a_menu():
    (a,) = dump(TABLE_UNDER_HEADER)
    assert "Province | Deaths" in a.text or "Province" in a.text


def test_several_articles_on_one_topic_are_split_at_datelines_and_headers():
    arts = dump(SAME_TOPIC)
    assert len(arts) == 2
    assert arts[0].title.startswith("Camp population doubles")
    assert arts[1].title.startswith("Border camp residents protest")
    assert "protested on Sunday" in arts[1].text and "protested" not in arts[0].text
    assert arts[1].bullets == ("Protest ends peacefully after talks with camp managers",)


def test_articles_in_one_body_run_are_split_at_a_dateline():
    text = ("ACCRA: The first article says that markets reopened on Monday after the holiday.\n"
            "LAGOS: The second article says that ferries were suspended because of high winds.\n")
    arts = dump(text)
    assert [a.dateline.text for a in arts] == ["ACCRA", "LAGOS"]


def test_a_short_subhead_stays_inside_its_article():
    text = ("Ministers meet to discuss the budget shortfall\n"
            "Ministers met on Monday to discuss a shortfall in the health budget, officials said.\n"
            "What comes next\n"
            "The finance ministry is expected to publish revised figures next week.\n")
    (a,) = dump(text)
    assert "What comes next" in a.text and "revised figures" in a.text


def test_ids_are_stable_and_differ_by_text():
    a1 = dump(ONE_ARTICLE)[0]
    a2 = dump(ONE_ARTICLE)[0]
    b = dump(NO_HEADER)[0]
    assert a1.id == a2.id != b.id


def test_date_option_is_used_only_when_input_has_none():
    doc = RawDocument(text=NO_HEADER, source=Source(path="x"), segment=True)
    assert segment(doc, date="2025-12-05")[0].published == "2025-12-05"
    dated = RawDocument(text=NO_HEADER, source=Source(path="x"), published="2024-07-01", segment=False)
    assert segment(dated, date="2025-12-05")[0].published == "2024-07-01"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("https://example.com/x", "url"),
        ("- A bullet point about aid", "bullet"),
        ("• Another bullet", "bullet"),
        ("A headline with no full stop", "heading"),
        ("A sentence that ends with a full stop.", "body"),
        ("“A quoted sentence that ends inside its quotes.”", "body"),
        ("Share", None),
        ("Read more", None),
        ("Advertisement", None),
        ("The ministry said the", "body"),  # cut off after a function word: not a headline
        ("23 comments", None),  # a page's counters
        ("1.8K Views", None),
        ("2,315 views", None),
        ("2 days ago", "stamp"),  # an age, as "7 hrs ago" is
        ("3 weeks ago", "stamp"),
        ("As of 18 December 2024", "stamp"),  # a report's date under its title, never the title
        ("Au 31 août 2025", "stamp"),
        ("As of 8 February, the Government reported that 32,745 households had been affected.", "body"),
        ("Copyright 2025 Example Broadcasting. All rights reserved. We are not responsible for the content of"
         " external sites. Read about our approach to external linking.", None),
    ],
)
def test_line_kinds(line, kind):
    assert classify(line) == kind


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISLAMABAD: Something happened.", "ISLAMABAD"),
        ("KABUL, Afghanistan (Reuters) — Something happened.", "KABUL"),
        ("NEW DELHI, Dec 5 (AFP) - Something happened.", "NEW DELHI"),
        ("ROME, 3 March 2025 - Something happened.", "ROME"),  # a UN agency's release: the day before the month
        ("DHAKA, 12 May 2024 – Something happened.", "DHAKA"),
        ("NEW YORK/GENEVA, 12 May 2024 – Something happened.", "NEW YORK/GENEVA"),  # places a release is issued from
        ("Geneva (AP) — Something happened.", "Geneva"),
        ("UN agencies said on Monday that something happened.", None),
        ("NOTE this is not a dateline", None),
        ("GAZA STRIP - Something happened.", "GAZA STRIP"),  # a well-known region the city list lacks
        ("BENGHAZI-‘At least 2,000 people died,’ officials said.", "BENGHAZI"),  # no space after the dash
        ("Brussels – Something happened.", "Brussels"),  # a known place and a dash, no agency
        ("Opinion – Something happened.", None),
        ("COVID-19 cases rose again.", None),
        ("Islamabad, Nov 1 (EFE).- Something happened.", "Islamabad"),
        ("Islam Qala (Afghanistan) (AFP) - Something happened.", "Islam Qala"),
        ("N'Djamena (AFP) - Quelque chose est arrivé.", "N'Djamena"),
        ("Niamey, 17 October 2025 - Something happened.", "Niamey"),  # a known place and a date, no agency
        ("Cox's Bazar, Sept 11: Something happened.", "Cox's Bazar"),
        ("Monday, March 3 - Something happened.", None),  # a weekday is no place
        ("KHARTOUM, Sudan, Nov. 3, 2023 (Xinhua) -- Something happened.", "KHARTOUM"),  # a wire's double dash
        ("Nairobi, March 3 (Xinhua) -- Something happened.", "Nairobi"),
        ("UN: 1.9 million people displaced in Gaza", None),
        ("Port-au-Prince, Jan 15 (AFP) - Something happened.", "Port-au-Prince"),  # a hyphenated name
        ("Cap-Haïtien (AFP) - Something happened.", "Cap-Haïtien"),  # an acronym, though a village has the name
        ("Quetta/Karachi – May 2: Police said the road was closed.", "Quetta/Karachi"),  # two places, a dash, the day
        ("Herat [Afghanistan], March 3 (ANI): Officials said the road was closed.", "Herat"),  # region in brackets
        ("Herat [Afghanistan]: Officials said the road was closed.", "Herat"),  # and no day
    ],
)
def test_datelines(text, place):
    d = find_dateline(text)
    assert (d.text if d else None) == place
    if d:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town the gazetteer lacks, in capitals, opening the first paragraph before a lead sentence
        ("BARIKOT: Some 400 families were sent across the border over the past two days, officials of the district "
         "said on Sunday.\n\nThey were taken to a camp.", "BARIKOT"),
        ("BARIKOT: Too short a line.\n\nThe rest.", None),  # no lead sentence after it
        # a transcript: more than one paragraph opens with a label in capitals
        ("TAPPER: Thank you for coming on the programme this morning to talk about the floods in the north.\n\n"
         "BLITZER: Thanks for having me.", None),
        ("UNICEF: More than 300 children were separated from their families during the floods in the north "
         "last week.", None),  # a body the lexicon knows speaks
        ("The district said on Sunday that 400 families had left.\n\nBARIKOT: Some 400 families were sent across "
         "the border over the past two days, officials of the district said on Sunday.", None),  # not the first paragraph
    ],
)
def test_an_unknown_place_in_capitals_opening_the_story_is_its_dateline(text, place):
    d = find_dateline(text)
    assert (d.text if d else None) == place


def test_cut_off_paragraphs():
    assert is_cut_off("The report said the device was built by a manufacturer c")
    assert not is_cut_off("The report said the device was built abroad.")
    assert not is_cut_off("He said: “We are ready.”")


def test_language_guess():
    assert guess_language("The ministry said that the people of the town were safe and that aid was on its way.") == "en"
    assert guess_language("Die Regierung hat am Montag neue Hilfen für die Region angekündigt und beschlossen.") is None


def test_a_short_lead_before_a_dateline_is_the_headline_not_an_article():
    text = ("Relief flights resume after storm.\n\n"
            "DHAKA - Relief flights resumed on Thursday after a storm closed the airport for two days, "
            "officials said.\n\nThe aviation authority said all runways had been inspected.\n")
    (a,) = dump(text)
    assert a.title == "Relief flights resume after storm."
    assert a.text.startswith("DHAKA - Relief") and a.dateline.text == "DHAKA"


def test_labels_and_transcript_speakers_are_not_datelines():
    text = ("HOST: Thank you for joining us this morning to talk about the floods.\n"
            "MINISTER: We have sent teams to every district that was affected by the water.\n"
            "CLARIFICATION: An earlier version of this interview misspelled a district name.\n")
    (a,) = dump(text)
    assert a.dateline is None


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    text = ("The ministry said that the camps near the river would\n\nbe moved before the rainy season,\n"
            "and that families would receive building materials.\n")
    (a,) = dump(text)
    assert a.text == ("The ministry said that the camps near the river would be moved before the rainy season, "
                      "and that families would receive building materials.")


def test_a_quotation_standing_alone_is_body_text():
    assert classify("“We will not leave our homes”") == "body"


def test_a_report_s_as_of_line_under_its_title_leaves_the_title_be():
    (a,) = dump("Mozambique: Cyclone Chido Flash Update No. 3\nAs of 18 December 2024\n\n"
                "The death toll rose to 94 on 17 December, the disaster agency said.\n")
    assert a.title == "Mozambique: Cyclone Chido Flash Update No. 3"
