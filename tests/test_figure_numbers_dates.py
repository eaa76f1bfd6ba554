"""Numbers as each text writes them, what is not a figure, and the date of a figure: on sentences written
for these tests (issue 15)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.analyse.anchored import finditer_around
from newsfacts.analyse.figures import numbers
from newsfacts.analyse.figures.numbers import as_written_in_english, find_numbers, number_convention
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def figures(text: str, published: str | None = "2024-07-10"):
    (a,) = process_batch([Article(id="x", source=Source(), text=text, published=published)])
    return a.figures


def values(text: str, published: str | None = "2024-07-10") -> list[float]:
    return [f.value for f in figures(text, published)]


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("The storm killed an estimated 4 200 villagers.", 4200, "about"),
        ("More than 12\u00a0000 families were moved.", 12000, "over"),
        ("Some 2\u202f500\u202f000 people live there.", 2_500_000, "about"),
        ("At least 7\u2009300 tents were handed out.", 7300, "at least"),
        ("Near 1,4 million residents lost power.", 1_400_000, "exact"),
        ("Nearly 350.000 people were counted.", 350_000, "almost"),
        ("Officials counted 2.417 refugees at the crossing.", 2417, "exact"),
        # thousands grouped by apostrophes, as Swiss papers write them
        ("Some 21'000 people fled, the agency said.", 21000, "about"),
        ("In all 1’250’000 were affected.", 1_250_000, "exact"),
    ],
)
def test_english_texts_group_thousands_with_spaces_and_read_telling_separators(text, value, approx):
    (a,) = find_numbers(text)
    assert (a.value, a.approx) == (value, approx)


def test_a_dot_before_three_digits_stays_a_decimal_in_an_english_text_without_other_signs():
    assert [a.value for a in find_numbers("The index closed at 1.375 after a 2.5% fall.")] == [1.375, 2.5]


FRENCH = ("Selon les autorités, plus de 25 000 personnes ont fui les combats dans la province, dont près de "
          "140.000 enfants, et le pays compte 4,7 millions de déplacés pour environ 2,3 milliards de dollars "
          "d'aide; au moins 1.207 morts sont recensés.")


def test_a_comma_decimal_text_reads_dots_as_thousands_and_commas_as_decimals():
    assert number_convention(FRENCH) == "comma_decimal"
    got = [(a.value, a.approx) for a in find_numbers(FRENCH)]
    assert got == [(25_000, "over"), (140_000, "almost"), (4_700_000, "exact"), (2_300_000_000, "about"),
                   (1207, "at least")]


def test_an_english_text_whose_numbers_group_thousands_with_dots_is_read_that_way():
    text = "The ministry registered 1.234.567 voters and 3.418 new polling staff."
    assert number_convention(text) == "comma_decimal"
    assert [a.value for a in find_numbers(text)] == [1_234_567, 3418]


def test_rewriting_separators_keeps_every_offset():
    for text in (FRENCH, "killed 11 300 people, 1,4 million more"):
        assert len(as_written_in_english(text)) == len(text)


def test_a_day_after_a_month_is_not_a_thousands_group():
    assert values("On June 21 300 people crossed the river.") == [300]


def test_a_space_grouped_count_is_one_figure():
    (f,) = figures("Flooding killed 11 300 people in the coastal city.")
    assert (f.value, f.text) == (11300, "11 300")


@pytest.mark.parametrize("text", [
    "Rescue teams pulled 14 people from the rubble. 16m ago (16:47 GMT)",
    "Rescue teams pulled 14 people from the rubble. 2h ago",
    "Rescue teams pulled 14 people from the rubble. Posted 1 hr ago.",
    "Rescue teams pulled 14 people from the rubble. 5 mins ago",
    "16.47 BST: Rescue teams pulled 14 people from the rubble.",
    "09:30 EAT Rescue teams pulled 14 people from the rubble.",
])
def test_liveblog_stamps_and_clock_times_are_not_figures(text):
    assert values(text) == [14]


def test_the_date_of_a_figure_is_the_one_of_its_own_clause():
    fs = figures("About 2,000 people fled in March and 500 more were killed on 4 April, officials said on Monday.")
    assert [(f.value, f.when.value) for f in fs] == [(2000, "2024-03"), (500, "2024-04-04")]


@pytest.mark.parametrize(("text", "whens"), [
    ("Since January, the agency has recorded 7,890 migrants crossing the strait, while more than 93,000 people "
     "arrived in Yemen last year.", [(7890, "2024-01/2024-07-10"), (93000, "2023")]),
    ("Since February, 4,100 new arrivals have been registered at the border, while 2,900 arrived in the whole of "
     "last year.", [(4100, "2024-02/2024-07-10"), (2900, "2023")]),
])
def test_a_date_in_another_counts_clause_is_that_counts(text, whens):
    assert [(f.value, f.when.value) for f in figures(text)] == whens


def test_the_one_date_of_another_counts_since_clause_dates_no_other_count():
    fs = figures("Officials said more than 165,000 Afghans had left the country since the expulsion order was announced "
                 "on July 3, while 64 Afghans were arrested in the capital overnight.")
    assert [(f.value, f.when.value if f.when else None) for f in fs] == [(165000, "2024-07-03"), (64, None)]


def test_a_date_that_specifies_another_is_the_figure_date():
    (f,) = figures("Last week on 7 July, a strike on the market killed 23 people.")
    assert f.when.value == "2024-07-07"


def test_a_since_date_is_an_interval_up_to_the_reference_date():
    (f,) = figures("More than 30,000 people have fled since January, the agency said.")
    assert f.when.value == "2024-01/2024-07-10" and f.when.precision == "interval"


@pytest.mark.parametrize(("text", "when"), [
    # a since-phrase starts the count whatever date the sentence says it is as of (issue 15)
    ("Some 127,000 people have left their homes since March, the agency said on Thursday.", "2024-03/2024-07-04"),
    ("GOMA, July 9 (Reuters) - Doctors have treated more than 4,300 children since May, the charity said.",
     "2024-05/2024-07-09"),
    ("The ministry said on Monday that 175,000 Syrians had crossed back since December 8.", "2023-12-08/2024-07-08"),
    # a since-clause dates the event the count runs from: the count is as of the sentence's other date
    ("The ministry said Saturday at least 21,672 people have been killed since war erupted on October 7.",
     "2024-07-06"),
    # a date in the figure's own phrase is its own, not the since-date of the count it is part of
    ("Since 1 June, more than 520,000 Afghans have returned, including 160,000 in the first week of July alone.",
     None),
])
def test_a_since_phrase_starts_the_interval_of_its_count(text, when):
    fs = figures(text)
    if when is None:
        assert [f.when.value[:7] for f in fs] == ["2024-06", "2024-07"]
    else:
        assert fs[0].when.value == when


@pytest.mark.parametrize(("text", "when"), [
    ("The number of people killed in Tuesday night's floods has risen to 66, the ministry said on Thursday.",
     "2024-07-04"),
    ("Seventy-one people are now confirmed dead after Tuesday's landslide, the coordinator said yesterday.",
     "2024-07-09"),
    ("Saturday's earthquake destroyed 1,200 homes, officials said on Monday.", "2024-07-06"),
])
def test_a_toll_as_it_stands_is_as_of_the_day_it_is_reported(text, when):
    assert figures(text)[0].when.value == when


def test_a_since_day_read_ahead_of_its_end_is_the_year_before():
    (f,) = figures("Some 411,000 Syrians have returned since the fall of the regime on Dec. 8, the ministry said on "
                   "Thursday.",
                   published="2025-09-12")
    assert f.when.value.startswith("2024-12-08")


@pytest.mark.parametrize(("text", "when"), [
    ("According to ministry data, 47,300 migrants have arrived since January 1, down 12% from the same period last "
     "year.", "2024-01-01"),
    ("The number of deaths since January has risen to 168, higher than the 17.6 per cent recorded in the same "
     "period of 2023.", "2024-01"),
    ("Just 2,873 people were recorded in the first eight months of the year, compared with more than 302,000 in the "
     "same period of 2023.", "2024"),
    ("Authorities have evacuated about 1,200 residents since the start of the month, officials said.", "2024-07"),
])
def test_the_same_period_of_another_year_is_what_a_figure_is_compared_with(text, when):
    assert figures(text)[0].when.value.startswith(when)


@pytest.mark.parametrize(("text", "when"), [
    ("Since the militants' 7 October attack, more than 900 people have been killed.", "2023-10-07"),
    ("Officials say 340 people were killed in the 7 October attack.", "2023-10-07"),
    ("The summit on 7 October will gather 40 leaders.", "2024-10-07"),
])
def test_a_bare_day_is_the_last_one_unless_the_sentence_looks_ahead(text, when):
    (f,) = figures(text)
    assert f.when.value == when


def test_a_bare_month_on_a_done_participle_is_the_last_one():
    (f,) = figures("The council formed in February has paid 120 teachers.", published="2024-11-20")
    assert f.when.value == "2024-02"


@pytest.mark.parametrize(("text", "when"), [
    ("Between June 21-28, 5,000 people fled the district.", "2024-06-21/2024-06-28"),
    ("From 3 to 9 June 2024, aid reached 800 families.", "2024-06-03/2024-06-09"),
    ("Between May 11 and 20, 1,965 people left their homes.", "2024-05-11/2024-05-20"),
])
def test_ranges_of_days_keep_both_ends(text, when):
    (f,) = figures(text)
    assert f.when.value == when and f.when.precision == "interval"


def test_and_joins_two_days_only_after_between():
    fs = figures("On June 21 and 30 families were moved.")
    assert [f.value for f in fs] == [30] and fs[0].when.value == "2024-06-21"


@pytest.mark.parametrize(("text", "value"), [("4.1 million", 4_100_000), ("0.3bn", 300_000_000), ("1.15 million", 1_150_000),
                                             ("2.3-4.1 million", 2_300_000)])
def test_magnitudes_keep_the_written_digits_exact(text, value):
    (amount,) = find_numbers(f"The agency counted {text} people.")
    assert amount.value == value  # exactly: not 4099999.9999999995


@pytest.mark.parametrize(("text", "figures"), [
    ("The rains began in March. About 20,000 fled.", ["About 20,000"]),  # a month ending a sentence is no date's
    ("They left in May. Some 4,000 returned.", ["Some 4,000"]),
    ("The talks end Sept. 20 in Geneva.", []),  # an abbreviation's dot: still a date
])
def test_a_month_that_ends_a_sentence_does_not_make_the_next_number_a_date(text, figures):
    (a,) = process_batch([Article(id="m", source=Source(), text=text, published="2024-10-01")])
    assert [f.text for f in a.figures] == figures


@pytest.mark.parametrize(("text", "value"), [("half a million", 500_000), ("a quarter of a million", 250_000),
                                             ("three-quarters of a million", 750_000), ("two thirds of a billion", 666_666_667),
                                             ("a million", 1_000_000)])
def test_a_share_of_a_magnitude_in_words_is_that_share(text, value):
    (amount,) = find_numbers(f"The floods displaced {text} people.")
    assert (amount.value, amount.written) == (value, text)


@pytest.mark.parametrize(("text", "value"), [("one and a half million", 1_500_000), ("2 and a half million", 2_500_000),
                                             ("two and a half", 2.5)])
def test_and_a_half_adds_a_half_before_the_magnitude(text, value):
    (amount,) = find_numbers(f"Some {text} people were displaced.")
    assert amount.value == value and amount.written.endswith(text.split()[-1])


NUMBER_WORDS = ("5", "1,200", "3.5", "US $", "Rs.", "€", "one", "hundred", "twenty", "-", "and", "a", "dozen", "half",
                "million", "hundreds", "of", "thousands", "Thousands Of", "someone", "often", "%", "per cent", "fold",
                "2.5-fold", "İ", "ONE HUNDRED", ",", "\n", "x" * 120, "7" * 60)


@given(st.lists(st.sampled_from(NUMBER_WORDS), max_size=40))
@settings(max_examples=80, deadline=None)
def test_numbers_looked_for_around_digits_and_number_words_are_those_of_the_whole_text(words):
    """``find_numbers`` runs its regexes only around their anchors (digits, number words: ``anchored.py``):
    the same matches as each regex over the whole text."""
    text = " ".join(words)
    lower = text.lower()
    for regex, anchor, reach in ((numbers.NUMBER_RE, numbers.NUMBER_ANCHOR_RE, numbers.NUMBER_REACH),
                                 (numbers.VAGUE_RE, numbers.VAGUE_ANCHOR_RE, numbers.VAGUE_REACH)):
        whole = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in finditer_around(regex, text, anchor, reach, lower)] == whole


@pytest.mark.parametrize("text, value, currency", [
    ("The ministry allocated Tk 6.25 crore for the cyclone victims.", 62_500_000, "BDT"),
    ("The Red Cross appealed for KSh 500 million to support flood victims.", 500_000_000, "KES"),
    ("Farmers in the delta lost crops worth Sh200 million.", 200_000_000, "KES"),
    ("The state released Rs 50 crore and gave Rs 4 lakh to each family.", 500_000_000, "INR"),
    # one capital glued to an amount with a magnitude or a thousands group (en22: Nigerian, Philippine and South
    # African papers)
    ("The governor approved N20 million for the families of the victims.", 20_000_000, "NGN"),
    ("Each affected family will receive P10,000 in financial assistance.", 10_000, "PHP"),
    ("The city will provide building materials worth R4.5 million to 550 households.", 4_500_000, "ZAR"),
])
def test_regional_currency_prefixes_make_money_of_lakh_and_crore_too(text, value, currency):
    (f,) = [f for f in figures(text) if f.value == value]
    assert (f.unit, f.category, f.event) == (currency, "money", None)


@pytest.mark.parametrize("text, value, currency", [
    ("The project is valued at 50 billion birr.", 50_000_000_000, "ETB"),
    ("The government pledged 1.9 billion quetzales for the dry corridor.", 1_900_000_000, "GTQ"),
    ("Each family was given 20,000 riels.", 20_000, "KHR"),
])
def test_currency_nouns_name_their_currency(text, value, currency):
    (f,) = [f for f in figures(text) if f.value == value]
    assert f.unit == currency


def test_a_capital_before_a_bare_number_is_no_currency():
    found = figures("Insurgents attacked villages along the N380 road; P3 laboratories and R2 sites were closed.")
    assert all(f.unit not in ("NGN", "PHP", "ZAR") for f in found)


def test_a_word_that_starts_like_a_currency_prefix_is_no_currency():
    assert all(f.unit != "KES" for f in figures("Shelters in Shabelle took 300 people; Sheikh Ali said 40 fled."))


@pytest.mark.parametrize("text, value", [
    # a page's footer: a number after "Phone:", "Tel", "Fax:" is one to call (en25: scraped pages)
    ("Printed from Dhaka. Phone: 09610222222, Fax: 58156306.", 58156306),
    ("Printed from Dhaka. Phone: 09610222222, Fax: 58156306.", 9610222222),
    ("For inquiries call the newsroom, tel 88978808.", 88978808),
])
def test_a_footers_phone_and_fax_numbers_are_no_figures(text, value):
    assert value not in [f.value for f in figures(text)]


def test_without_a_reference_date_a_dateline_s_day_dates_a_recent_span():
    (f, *_) = figures("Goma, 12 February 2025 – MSF teams have treated more than 1,200 patients for cholera in the past "
                      "three weeks in camps around the city.", published=None)
    assert f.when.value == "2025-01-22/2025-02-12"
    assert f.stated_by.name == "MSF teams"  # the dateline the parse took for a second subject is no body


def test_a_date_across_a_comparison_is_the_earlier_levels_alone():
    """ "1,041,000 people are now displaced, up from 315,000 in December 2023": the sentence's one date is the
    earlier level's, not the figure's; "up to 120,000" is the figure's own bound, no comparison."""
    found = {f.value: f for f in figures("According to the IOM, 1,041,000 people are now displaced across the "
                                         "country, up from 315,000 in December 2023.", "2025-01-15")}
    assert found[1041000].when is None
    assert found[315000].when is not None and found[315000].when.value == "2023-12"
    (need,) = [f for f in figures("The World Health Organization warned on Wednesday that up to 120,000 people may "
                                  "need medical help.", "2025-03-14") if f.value == 120000]
    assert need.when is not None and need.when.value == "2025-03-12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("UNICEF has registered 2,000 separated children.", 2000),
        ("Officials said as many as 1,000 may have died.", 1000),
        ("Some 300 marched to the capital on Friday.", 300),
        ("About 40 decided to stay in the camp.", 40),
    ],
)
def test_a_word_that_starts_like_a_month_is_no_month(text, value):
    assert value in values(text)


def test_a_month_after_or_before_a_day_still_dates_it():
    assert values("The camp opened on 12 March. On May 3, 30 people died.") == [30]
