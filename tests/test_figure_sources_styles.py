"""Who states a figure, in the ways humanitarian and wire news attribute figures: OCHA and UNHCR/IOM briefings,
AFP/AP/Reuters wire stories and liveblogs. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def article(text: str):
    (a,) = process_batch([Article(id="t", source=Source(), text=text)])
    return a


def source_of(text: str, figure: str) -> str:
    """The stated_by of the figure written ``figure`` in ``text``, as "name | mention" ('' when none)."""
    a = article(text)
    hits = [f for f in a.figures if f.text.endswith(figure)]
    assert hits, f"no figure {figure!r}: {[f.text for f in a.figures]}"
    s = hits[0].stated_by
    if s is None:
        return ""
    return f"{s.name or ''} | {s.mention or ''}"


# (text, figure, words the source's name or mention holds)
STATED = [
    # a text an outlet carries is its maker's, never the outlet's
    ("The strikes killed 45 people, according to a health ministry statement carried by the state-run National News "
     "Agency.", "45", "health ministry"),
    # "X told <outlet>": X, never the outlet
    ("A local health official told Reuters that 45 people had been killed in the shelling.", "45", "official"),
    ("Provincial governor Amina Yusuf told AFP that about 3,000 families had fled.", "3,000", "Amina Yusuf"),
    ("At least 18 people died in the collapse, a police spokesman told The Associated Press.", "18",
     "police spokesman"),
    # "X said in a statement"
    ("The Ministry of Health said in a statement that 212 people had died of cholera since January.", "212",
     "Ministry of Health"),
    ("More than 600 homes were destroyed, the Red Cross said in a statement on Tuesday.", "600", "Red Cross"),
    # "figures from X show", "X data show"
    ("Figures from the UN refugee agency show that 1.2 million people have crossed into Poland.", "1.2 million",
     "UN refugee agency"),
    ("UNHCR data show 45,000 arrivals on the islands since January.", "45,000", "UNHCR"),
    ("Data from the International Organization for Migration show 8,500 migrants were intercepted at sea.",
     "8,500", "International Organization for Migration"),
    # "X estimates that"
    ("The World Food Programme estimates that 2.5 million people face acute hunger.", "2.5 million",
     "World Food Programme"),
    ("OCHA estimates 700,000 people have been displaced by the fighting.", "700,000", "OCHA"),
    # "X reported"
    ("The national disaster agency reported 34 deaths and 12 missing on Sunday.", "34", "disaster agency"),
    ("Local media reported that 25 people were killed in the attack.", "25", "media"),
    # "according to figures released by X"
    ("At least 4,100 people have been killed, according to figures released by the health ministry.", "4,100",
     "health ministry"),
    ("According to the latest figures from the International Organization for Migration, 62,000 people are "
     "displaced.", "62,000", "International Organization for Migration"),
    ("According to the UN, 300 civilians were killed in May.", "300", "UN"),
    # "X's spokesperson said", "a spokesperson for X said"
    ("The agency's spokesperson said 900 tents had been delivered to the camp.", "900", "spokesperson"),
    ("A spokesperson for the World Health Organization said 14 hospitals were no longer working.", "14",
     "spokesperson"),
    ("UNHCR spokesperson Olga Sarrado said 5,000 people had arrived in the past week.", "5,000", "Olga Sarrado"),
    # "X said on its website"
    ("The civil defence said on its website that 56 bodies had been recovered.", "56", "civil defence"),
    ("The ministry said on its Facebook page that 1,300 people had been evacuated.", "1,300", "ministry"),
    # "X, citing local officials, said"
    ("The UN, citing local officials, said 120 people had been killed in the village.", "120", "UN"),
    ("Human Rights Watch, citing witnesses, said at least 70 civilians died in the raid.", "70",
     "Human Rights Watch"),
    # "X put the number at"
    ("The interior ministry put the number of dead at 87.", "87", "interior ministry"),
    ("Local authorities put the number of displaced at 15,000 on Wednesday.", "15,000", "authorities"),
    # "X recorded"
    ("The IOM recorded 2,300 deaths on the Mediterranean route last year.", "2,300", "IOM"),
    ("Doctors Without Borders recorded 430 cases of measles in the camp.", "430", "Doctors Without Borders"),
    # "the toll, given by X,"
    ("The toll, given by the civil protection agency, rose to 41 on Friday.", "41", "civil protection agency"),
    # "the toll from <a cause>": the cause is no source
    ("The death toll from Storm Daniel in eastern Libya has climbed to 63, the Libyan Red Crescent said.", "63",
     "Red Crescent"),
    ("The toll from the Hurricane Otis landslides rose to 27, according to the state government.", "27",
     "state government"),
    # "X said on X (formerly Twitter)"
    ("The ministry said on X, formerly Twitter, that 19 people had died.", "19", "ministry"),
    ("UNICEF said on X (formerly Twitter) that 3,200 children had been separated from their families.", "3,200",
     "UNICEF"),
    # "said X, the head of Y"
    ("At least 200 people are missing, said Marta Kovacs, the head of the regional Red Cross.", "200",
     "Marta Kovacs"),
    ("\"We have counted 48 bodies,\" said Ahmed Salim, the head of the local hospital.", "48", "Ahmed Salim"),
    # attribution in the next sentence
    ("A total of 11,000 people have fled the district. The figures were released by the IOM on Monday.",
     "11,000", "IOM"),
    ("Some 520 houses were flooded. The numbers were provided by the district administration.", "520",
     "district administration"),
    # liveblog entries
    ("Reuters: 30 killed in strike on market in the north.", "30", "Reuters"),
    ("Health ministry: 75 dead and 130 wounded in overnight shelling.", "75", "Health ministry"),
    # "officials said" (no name)
    ("At least 60 people were killed in the floods, officials said.", "60", "officials"),
    ("Officials said 1,800 people had been moved to shelters.", "1,800", "Officials"),
    ("Rescue workers said 23 people were pulled from the rubble.", "23", "Rescue workers"),
    # pronouns to organisations
    ("The World Food Programme warned of famine in the north. It said 400,000 people were at risk.", "400,000",
     "World Food Programme"),
    ("The Norwegian Refugee Council runs two camps in the area. It estimates that 9,000 people live there.",
     "9,000", "Norwegian Refugee Council"),
    # acronyms and long forms as one speaker
    ("The International Committee of the Red Cross (ICRC) visited the prison. The ICRC said 340 detainees were "
     "held there.", "340", "International Committee of the Red Cross"),
    ("Medecins Sans Frontieres (MSF) treated the wounded. MSF said 95 patients arrived in one night.", "95",
     "Medecins Sans Frontieres"),
    ("The Office for the Coordination of Humanitarian Affairs (OCHA) said 1.1 million people needed aid. OCHA "
     "added that 230,000 of them were children.", "230,000", "Office for the Coordination of Humanitarian Affairs"),
    ("The UN refugee agency (UNHCR) said 7,400 refugees had been registered.", "7,400", "UN"),
    ("The World Health Organization (WHO) said 2,100 suspected cases were reported. WHO said 39 of them died.",
     "39", "World Health Organization"),
    ("The International Organization for Migration (IOM) runs the transit centre. According to IOM, 6,200 "
     "migrants passed through it.", "6,200", "International Organization for Migration"),
]

# a body or role named by its "of" phrase: the whole phrase, and the name in apposition after it
STATED += [
    ("Eleven people were killed, the head of the regional civil defence, Omar Haddad, said on Telegram.", "Eleven",
     "Omar Haddad"),
    ("The department of civil protection said 70 homes had been damaged.", "70", "civil protection"),
    ("The town of Kivoro said that 14 of the deaths were in its district.", "14", "Kivoro"),
]

# (text, figure, words the source must NOT hold)
NOT_SOURCE = [
    # a dateline city
    ("KHARTOUM (Reuters) - At least 50 people were killed in clashes on Sunday.", "50", "KHARTOUM"),
    ("NAIROBI, Kenya - About 2,000 people were displaced by floods, the Kenya Red Cross said.", "2,000",
     "NAIROBI"),
    # the outlet's name in "(AP) —"
    ("BEIRUT (AP) — At least 12 people were wounded in an explosion, the state news agency said.", "12", "AP"),
    ("GAZA CITY (AFP) — 40 people were killed overnight, the civil defence said.", "40", "AFP"),
    # a number
    ("Some 10,000 people are believed to be trapped after 3,000 homes collapsed.", "10,000", "3,000"),
    # the place where it happened
    ("In Darfur, 150 people were killed in the attack.", "150", "Darfur"),
    ("Mozambique recorded heavy rains, and 22 people died in the floods.", "22", "Mozambique"),
    ("Kharkiv was shelled overnight and 9 people were injured.", "9", "Kharkiv"),
]

# a role keeps its own word ("an official of the ministry"): a pronoun after it is that official
NOT_SOURCE += [
    ("An official of the interior ministry said the camps were full. He said 900 people were held there.", "900",
     "ministry"),
]

# a part of the people just counted, set off by a comma ("..., most of them in X"): who they are, not who says so
NOT_SOURCE += [
    ("Jets struck the market on Sunday, killing 31 civilians, most of them women and children, residents and the "
     "local council said.", "31", "most"),
    ("Jets struck the market on Sunday, killing 31 civilians, most of them traders, residents and the local council "
     "said.", "31", "most"),
]
STATED += [
    ("According to the provincial authorities, 9,400 people have been newly displaced by the floods, most of them in "
     "Dadu, adding to 52,000 displaced people across the province.", "52,000", "provincial authorities"),
]
STATED += [
    # a figures noun's owner after "of" is the source: "according to the latest figures of X"
    ("More than 2,300 people have died, according to the latest figures of the national disaster agency.", "2,300",
     "disaster agency"),
    ("Some 640 homes were destroyed, according to the latest data of the Red Crescent.", "640", "Red Crescent"),
]

# (text, figure): figures with no source in their text
UNSTATED = [
    ("The storm hit the coast on Monday and 14 people died.", "14"),
    ("KABUL (AP) — 8 people were killed in a blast.", "8"),
]


@pytest.mark.parametrize("text, figure, words", STATED)
def test_the_source_of_a_figure(text, figure, words):
    assert words.lower() in source_of(text, figure).lower()


@pytest.mark.parametrize("text, figure, words", NOT_SOURCE)
def test_what_is_never_a_source(text, figure, words):
    assert words.lower() not in source_of(text, figure).lower()


@pytest.mark.parametrize("text, figure", UNSTATED)
def test_a_figure_without_a_source(text, figure):
    assert source_of(text, figure) == ""


def test_a_pronoun_with_no_name_before_it_is_the_speaker_described_before_it():
    text = ("A nurse at the district hospital said the wards were full. \"We have no beds left,\" she said. "
            "According to her, 140 people were injured in the shelling.")
    (a,) = process_batch([Article(id="p", source=Source(outlet="Test Wire"), text=text)])
    f = next(f for f in a.figures if f.value == 140)
    assert f.stated_by is not None and "nurse" in (f.stated_by.name or "")


def test_a_briefing_note_is_its_spokesperson_s_where_a_figure_has_no_source_of_its_own():
    text = ("Niger: new arrivals from Mali\n\nThis is a summary of what was said by UNHCR spokesperson Aya Haddad "
            "– to whom quoted text may be attributed – at today's press briefing at the Palais des Nations in Geneva.\n\n"
            "Since March, some 14,000 refugees have arrived in the Tillaberi region of Niger.")
    (a,) = process_batch([Article(id="b", source=Source(outlet="UNHCR"), text=text)])
    f = next(f for f in a.figures if f.value == 14000)
    assert f.stated_by is not None and f.stated_by.name == "Aya Haddad"


FIRST_PERSON_RELEASE = """Niger: the International Rescue Committee scales up its cholera response

NIAMEY, 3 March 2025 - The International Rescue Committee (IRC) said on Monday that the outbreak had spread to \
four regions. In the past week, our teams treated 640 patients with severe dehydration in Tahoua.

"The rains have not even started," said Amadou Sani, the IRC's health coordinator. Since January, our \
nutrition teams have received 85 children in our stabilisation centre. The IRC has worked in Niger since 2007."""


def test_a_body_in_the_first_person_is_the_organisation_whose_text_it_is():
    """ "our teams treated 640", "our nutrition teams have received 85" outside every quote, in an organisation's own release: that
    organisation (the one it names most often); inside a quote the first person stays the quote's speaker's."""
    assert "International Rescue Committee" in source_of(FIRST_PERSON_RELEASE, "640")
    assert "International Rescue Committee" in source_of(FIRST_PERSON_RELEASE, "85")
    quoted = article('"Our teams have rescued 1,120 people since Friday," said Dr Ahmed Idris of the Kenya Red Cross.')
    assert "Ahmed Idris" in (quoted.figures[0].stated_by.name or "")
