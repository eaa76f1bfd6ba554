"""A figure's country where the text names places in ways that mislead: a place inside the name of an armed
group, agency or party; a country named as a side of a border; a region named with its kind; and excerpts
whose only country is named outside the figure's sentence. Texts written for these tests."""

from __future__ import annotations

from newsfacts.analyse.focus import border_side, likeliest_country
from newsfacts.records import Article, Mention


def figure(article: Article, text: str):
    return next(f for f in article.figures if text in f.text)


def country(article: Article, text: str) -> str | None:
    f = figure(article, text)
    return f.place.country if f.place is not None and f.place.country else likeliest_country(article)


def places(article: Article) -> list[str]:
    """The places where something may have happened (a place inside an organisation's name is an actor)."""
    return [m.text for m in article.mentions if m.type == "place" and not m.actor]


def test_a_place_inside_a_name_followed_by_its_acronym_is_not_the_figures_place(run):
    a = run("Some 12,000 people fled their homes near Raqqa after clashes between the Islamic State in Iraq and "
            "the Levant (ISIL) and the Syrian Democratic Forces last week.")
    assert "Iraq" not in places(a)
    assert country(a, "12,000") == "SYR"
    iraq = next(m for m in a.mentions if m.text == "Iraq")
    assert (iraq.type, iraq.country, iraq.actor) == ("place", "IRQ", True)  # still a toponym, a weak hint


def test_a_place_before_the_head_of_an_armed_groups_name(run):
    a = run("About 4,500 people were displaced in Hakkari province after fighting between soldiers and the "
            "Kurdistan Workers' Party, officials in Turkey said.")
    assert country(a, "4,500") == "TUR"
    assert "Kurdistan" not in places(a)


def test_a_country_after_of_in_an_organisations_name_is_a_hint_only(run):
    a = run("Clashes in Cauca between the army and the Revolutionary Armed Forces of Colombia displaced 900 "
            "families.")
    assert "Colombia" not in places(a)
    assert country(a, "900") == "COL"  # Cauca, and the hint agrees


def test_a_mission_in_a_country_is_an_organisation(run):
    a = run("The UN Mission in South Sudan said 2,300 civilians had sought refuge at its base in Malakal.")
    assert "South Sudan" not in places(a)


def test_a_country_named_as_a_place_not_an_organisation_stays_a_place(run):
    a = run("Floods in the Democratic Republic of the Congo (DRC) displaced 7,000 people, the Red Cross said.")
    assert country(a, "7,000") == "COD"
    a = run("Aid agencies in Iraq said 3,000 families were displaced from Mosul.")
    assert country(a, "3,000") == "IRQ"


def test_an_armed_group_named_after_a_region_hints_its_country(run):
    a = run("At least 1,800 people fled to a camp after fighting between soldiers and the Kachin Independence "
            "Army on Monday.")
    org = next(m for m in a.mentions if "Independence Army" in m.text)
    assert org.country == "MMR"


def test_the_side_of_a_border_is_not_where_the_figure_happened(run):
    a = run("Around 3,200 villagers crossed towards the Thai border after shelling near their camp. The Karen "
            "National Union said fighting with Myanmar troops went on.")
    assert country(a, "3,200") == "MMR"
    a = run("More than 6,000 people were displaced in a district near the border with Kenya after heavy rains "
            "in Somalia.")
    assert country(a, "6,000") == "SOM"


def test_the_only_country_an_excerpt_names_is_the_figures_even_named_elsewhere(run):
    a = run("Heavy rain fell for a week over central Mozambique.\n\nAbout 2,700 households were displaced and "
            "took shelter in schools.")
    assert country(a, "2,700") == "MOZ"
    a = run("About 800 people were evacuated after the river rose. The national disaster agency of Peru said "
            "more rain was expected.")
    assert country(a, "800") == "PER"


def test_a_border_alone_still_names_the_country_when_nothing_else_does(run):
    a = run("Some 1,000 people are staying with host families close to the border with Ghana.")
    assert country(a, "1,000") == "GHA"


def test_border_sides_by_the_words_around():
    text = "They moved across the Chinese border. Guards at Myanmar border posts fired. It lies near the border with Chad."
    def m(name):
        start = text.index(name)
        return Mention(text=name, type="place", canonical=name, start=start, end=start + len(name))
    assert border_side(text, m("Chinese"))
    assert not border_side(text, m("Myanmar"))  # border posts: Myanmar's own
    assert border_side(text, m("Chad"))


def test_a_region_named_with_its_kind_is_a_place_whatever_the_tagger_says(run):
    a = run("In the southern part of Shan State, 2,400 people were displaced by the earthquake.")
    assert country(a, "2,400") == "MMR"


def test_a_name_that_goes_on_after_its_kind_is_not_a_place(run):
    a = run("The Oregon State Patrol said 40 homes were evacuated near the river.")
    assert "Oregon State" not in places(a)
