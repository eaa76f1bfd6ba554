"""Who states a figure (figures/sources.py) and whole speaker names (quotes/speakers.py), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def article(text: str):
    (a,) = process_batch([Article(id="t", source=Source(), text=text)])
    return a


def source_of(text: str, figure: str):
    """The stated_by of the figure written ``figure`` in ``text``: (name, mention)."""
    a = article(text)
    hits = [f for f in a.figures if f.text.endswith(figure)]
    assert hits, f"no figure {figure!r}: {[f.text for f in a.figures]}"
    s = hits[0].stated_by
    if s is not None and s.start is not None and s.mention is not None:
        assert a.text[s.start:s.end] == s.mention
    return (s.name, s.mention) if s is not None else (None, None)


@pytest.mark.parametrize("text, figure, name", [
    # a name's "for"/"of" tail is part of it
    ("The International Organization for Migration said that more than 12,000 people had fled the town.",
     "12,000", "International Organization for Migration"),
    ("About 1,200 people are injured, the Kenya Department of Disaster Management Affairs said on Monday.",
     "1,200", "Kenya Department of Disaster Management Affairs"),
    ("The UN Office for the Coordination of Humanitarian Affairs said at least 40,000 people had reached the camp.",
     "40,000", "UN Office for the Coordination of Humanitarian Affairs"),
    # a role before a person's name is no speaker: the person is
    ("UN High Commissioner for Refugees Filippo Grandi said 80,000 people have crossed the border.",
     "80,000", "Filippo Grandi"),
    # a body our users read about all the time is one whatever the tagger made of it (people.known_bodies)
    ("Save the Children said 6,100 children had been displaced in the district.", "6,100", "Save the Children"),
    ("Médecins Sans Frontières treated 380 wounded people in the town last week.", "380", "Médecins Sans Frontières"),
    ("Action Against Hunger screened 2,200 children for malnutrition.", "2,200", "Action Against Hunger"),
])
def test_whole_names(text, figure, name):
    assert source_of(text, figure)[0] == name


def test_acronym_is_the_same_speaker_as_its_long_form():
    text = ("The World Health Organization (WHO) put the death toll at 450 on Friday. "
            "WHO said 3,000 people were wounded in the clashes.")
    assert source_of(text, "450")[0] == "World Health Organization"
    assert source_of(text, "3,000") == ("World Health Organization", "WHO")


def test_initials_of_a_name_given_in_full():
    text = ("The UN Office for the Coordination of Humanitarian Affairs visited the camps on Monday. "
            "OCHA said 2,400 families were sleeping in the open.")
    assert source_of(text, "2,400")[0] == "UN Office for the Coordination of Humanitarian Affairs"


@pytest.mark.parametrize("text, figure, name", [
    ("The health ministry said 165 people were killed over the past day. Most of the dead are civilians and "
     "31 nurses are among them, it added.", "31", "health ministry"),
    ("The International Rescue Committee warned of a cholera outbreak in the camps. It said 700 cases had been "
     "recorded since March.", "700", "International Rescue Committee"),
    ("More than 1,000 people were killed, officials said on Sunday. They added that 400 were still missing.",
     "400", "officials"),
])
def test_body_pronouns_resolve_to_the_speaker_before(text, figure, name):
    assert source_of(text, figure)[0] == name


@pytest.mark.parametrize("text, figure, name", [
    # "the agency", "the ministry": the body before whose name holds the noun
    ("The state civil defence agency said 40 people had died. Another 12 people are missing, the agency said.",
     "12", "state civil defence agency"),
    ("Lebanon's Ministry of Public Health said 31 people were killed. The ministry said 12 more were missing.",
     "12", "Ministry of Public Health"),
    # a generic noun ("the agency") is the body that spoke last, whatever its name
    ("According to the IOM's Displacement Tracking Matrix, 112,300 people are displaced. Of those, 27,500 are "
     "staying in shelters, the agency said.", "27,500", "Displacement Tracking Matrix"),
    # a noun that no body before it bears stays unresolved
    ("The World Food Programme said 300 tonnes of food had arrived. The ministry said 20 people were missing.",
     "20", None),
])
def test_a_definite_body_resolves_to_the_body_named_before(text, figure, name):
    assert source_of(text, figure)[0] == name


def test_person_pronoun_resolves_to_the_person_before():
    text = "Mayor Grace Wanjiru visited the flooded district. She said 2,000 homes had been destroyed."
    assert source_of(text, "2,000")[0] == "Grace Wanjiru"


def test_a_rank_before_a_name_is_a_title_of_a_person():
    text = ("At least 23 civilians were killed in the shelling, according to the governor's spokesman, Major Didier "
            "Mbuyi. He said 40 others were wounded.")
    assert source_of(text, "23")[0] == "Didier Mbuyi"
    assert source_of(text, "40")[0] == "Didier Mbuyi"


@pytest.mark.parametrize("text, figure, words", [
    ("More than 9,000 people were displaced, according to the Red Cross.", "9,000", "Red Cross"),
    ("Officials in the province reported 20 deaths on Tuesday.", "20", "Officials"),
    ("About 3,400 people are injured and the toll may rise further, army chief Joseph Kamau said.", "3,400",
     "Joseph Kamau"),
    ("More than 40,000 people were displaced in ten days, the International Organization for Migration (IOM) "
     "announced on Monday.", "40,000", "International Organization for Migration"),
    ("The fighting has reportedly left around 2,000 people dead in the region, as per statements from local "
     "officials.", "2,000", "officials"),
    ("The regional government put the death toll at 312 on Wednesday.", "312", "regional government"),
])
def test_the_sentence_names_the_source(text, figure, words):
    name, mention = source_of(text, figure)
    assert words in f"{name} {mention}"


def test_a_number_is_never_a_speaker():
    text = "At least 2,300 people have died and 10,000 are believed missing after the storm hit the coast."
    for f in article(text).figures:
        assert f.stated_by is None or "10,000" not in (f.stated_by.mention or "") + (f.stated_by.name or "")


def test_a_dateline_is_never_a_speaker():
    text = ("Dhaka\n\nDHAKA: About 6,000 people fled their homes, according to the Bangladesh Red Crescent Society "
            "(BDRCS). The BDRCS said 70 shelters were opened.")
    a = article(text)
    for q in a.quotes:
        assert q.speaker is None or "DHAKA" not in (q.speaker.name or "") + (q.speaker.mention or "")
    assert source_of(text, "6,000")[0] == "Bangladesh Red Crescent Society"
    assert source_of(text, "70")[0] == "Bangladesh Red Crescent Society"


def test_a_figure_the_speakers_are_has_no_source_of_its_own():
    """ "300 residents said ...": the figure counts the speakers, it is not stated by them."""
    name, mention = source_of("About 300 residents said they had not received any aid.", "300")
    assert "300" not in f"{name} {mention}"


def test_a_report_inside_another_keeps_its_own_source():
    """The narrowest report around a figure states it: "the army's claim that N ..." inside what the governor
    says is the army's."""
    text = ("Governor Halima Odhiambo visited the village on Friday. Responding to the army's claim that 40 "
            "fighters were killed in the raid, she said the dead were farmers.")
    name, mention = source_of(text, "40")
    assert "army" in f"{name} {mention}"


@pytest.mark.parametrize("text, figure", [
    # the subject of a verb of saying that is a count, or the cause of the event its verb and object name
    ("Only 140 cases were reported in the district last year, down from 290 the year before.", "290"),
    ("A total of 35 passengers were reported to have been taken to hospital.", "35"),
    ("Heavy drinking in the province claimed the lives of 1,500 people in 2019.", "1,500"),
    ("The typhoon claimed the lives of 64 people on the island.", "64"),
    ("It is estimated that around 90,000 villagers were cut off by the floods.", "90,000"),
])
def test_a_thing_or_a_count_is_no_source(text, figure):
    assert source_of(text, figure) == (None, None)


@pytest.mark.parametrize("text, figure, mention", [
    ("According to the Lakeside Herald website, 31 fishermen were missing after the storm.", "31",
     "the Lakeside Herald website"),
    ("The military junta said 1,250 people were injured in the quake.", "1,250", "The military junta"),
    ("Prosecutors said 14 people were wounded in the two shootings.", "14", "Prosecutors"),
    ("Researchers said 2,300 households had lost their crops.", "2,300", "Researchers"),
])
def test_names_and_people_stay_sources(text, figure, mention):
    assert source_of(text, figure)[1] == mention


@pytest.mark.parametrize("text, figure, name", [
    # a cue verb whose object is a thing or an event does not state the figure in it: the verb that says it does
    ("The Norwegian Refugee Council said its teams had admitted more than 450 wounded patients to the clinic.",
     "450", "Norwegian Refugee Council"),
    ('"Divers found seven more bodies this morning," regional police chief Amina Odhiambo said on Friday.',
     "seven", "Amina Odhiambo"),
    # a pronoun that states a figure inside a reported clause is the one who reports it
    ("A village elder told reporters he had counted at least 90 bodies near the river.", "90", "village elder"),
])
def test_the_sayer_states_what_a_reported_clause_counts(text, figure, name):
    found, mention = source_of(text, figure)
    assert name in f"{found} {mention}", (found, mention)


@pytest.mark.parametrize("text, figure, name", [
    # a body that did the work a figure counts reports it, when the sentence names no other source
    ("Aid partners have distributed food parcels to 3,400 families in the eastern camps.", "3,400", "partners"),
    ("Coastal authorities rescued 61 survivors after the boat capsized off the island.", "61", "authorities"),
    # the body's people, named by the body ("BDRCS volunteers", "UNICEF staff")
    ("UNICEF staff vaccinated 8,300 children against measles in the camp.", "8,300", "UNICEF"),
    ("Red Cross volunteers evacuated 240 families from the flooded district.", "240", "Red Cross"),
])
def test_a_body_reports_its_own_work(text, figure, name):
    found, mention = source_of(text, figure)
    assert name in f"{found} {mention}", (found, mention)


def test_a_person_who_acts_is_no_source_of_it():
    assert source_of("A fisherman rescued 12 people from the river on Sunday.", "12") == (None, None)


def test_a_report_goes_on_through_sentences_that_do_not_repeat_whose_it_is():
    text = ("The regional disaster council reported 14 injured on Monday.\n\n"
            "In all, the floods have affected 23,800 people in 41 villages. Of these, 9,100 are staying in "
            "evacuation centres, the council said.\n\n"
            "Separately, a local hospital said 3 children were treated for snake bites.")
    assert "council" in " ".join(map(str, source_of(text, "23,800")))
    a = article(text)
    (bites,) = [f for f in a.figures if f.value == 3]
    assert bites.stated_by is not None and "hospital" in (bites.stated_by.mention or "")


@pytest.mark.parametrize("text, figure, name", [
    # a later sentence of the paragraph that names no source keeps the one before
    ("At least 40 people were killed in the floods, the National Disaster Management Authority said on Monday. "
     "More than 3,500 homes were destroyed.", "3,500", "National Disaster Management Authority"),
    # a new paragraph, or another speaker's quote between, ends it
    ("At least 40 people were killed in the floods, the National Disaster Management Authority said on Monday.\n\n"
     "More than 3,500 homes were destroyed.", "3,500", None),
    ("At least 40 people were killed, the National Disaster Management Authority said. \"We lost everything,\" "
     "said Amina Bello, a farmer. More than 3,500 homes were destroyed.", "3,500", None),
])
def test_a_paragraph_keeps_its_source(text, figure, name):
    assert source_of(text, figure)[0] == name


@pytest.mark.parametrize("text, figure, name", [
    # a country that confirms in a clause a sayer reports stands for the authorities the sayer names
    ("Malawi has confirmed 214 new cholera cases this week, the health ministry said on Friday.", "214",
     "health ministry"),
    # a passive's agent that cannot speak states nothing: the climb goes on to the one who does
    ("The district office has registered 940 suspected cases, of which 61 were confirmed by laboratory tests, "
     "its director Amos Banda told reporters.", "61", "Banda"),
    # figures made by a body are its own
    ("At least 17 people have drowned since March, according to a count by the Italian coastguard.", "17",
     "coastguard"),
    # an "according to" inside a clause a sayer reports gives way to the sayer
    ("Police spokesman Daniel Otieno said 30 people had been rescued and that 12 were still missing, according to "
     "witness accounts.", "12", "Daniel Otieno"),
    # a sentence that closes on its source after a comma, however the parse hung it
    ("About 1.4 million people in 19 counties face acute hunger after four failed rainy seasons, the National "
     "Hunger Monitoring Authority (NHMA) has said.", "1.4 million", "National Hunger Monitoring Authority"),
    ("Since last year, at least 640 refugees have died in the camps from disease, the IRC estimates.", "640",
     "IRC"),
    # a body that acts, its subject on the auxiliary or the verb it is joined to
    ("The society has distributed blankets to 450 families.", "450", "society"),
])
def test_a_source_the_parse_hides(text, figure, name):
    found, mention = source_of(text, figure)
    assert name in f"{found} {mention}", (found, mention)


def test_an_organisation_s_own_text_states_its_figures():
    text = ("Relief Without Borders: our teams treat hundreds in Kassala\n\n"
            "Relief Without Borders (RWB) teams in Kassala have treated 420 wounded people since January.\n\n"
            "Last week our teams received 88 wounded in a single day. Around 9,000 people have reached the town "
            "since the fighting began. RWB has worked in Sudan since 2004.")
    found, _ = source_of(text, "9,000")
    assert "Relief Without Borders" in (found or "")
    # a news outlet's own "our correspondent" makes no text an organisation's own
    news = ("Our correspondent in Kassala says the town is full.\n\nThe Red Crescent has set up a camp. The Red Crescent "
            "runs a clinic there.\n\nAbout 300 families arrived on Monday.")
    assert "Red Crescent" not in (source_of(news, "300")[0] or "")


@pytest.mark.parametrize("text,value", [
    ("Since April, Sudan has witnessed heavy fighting that displaced 3,400 households.", 3_400),
    ("Northern Ghana is experiencing floods that have forced 12,000 people from their homes.", 12_000),
])
def test_a_place_that_only_sees_or_suffers_something_states_no_figure(text, value):
    """A place as the subject of a verb other than one of saying (witnessed, is experiencing) is where it
    happened, not the figure's source."""
    (a,) = process_batch([Article(id="t", source=Source(), text=text)])
    f = next(f for f in a.figures if f.value == value)
    assert f.stated_by is None or f.stated_by.name not in ("Sudan", "Ghana", "Northern Ghana")


def test_a_place_saying_a_figure_still_states_it():
    (a,) = process_batch([Article(id="t", source=Source(), text="Islamabad insists that 1.4 million refugees may stay.")])
    assert a.figures[0].stated_by is not None and a.figures[0].stated_by.name == "Islamabad"


@pytest.mark.parametrize("text, figure", [
    # an event or a hazard as the subject of a verb that can say caused the figure and states none of it
    ('Since March, tribal clashes "have uprooted 18,000 villagers", added to 9,500 displaced by landslides '
     'the year before, the governor noted.', "9,500"),
    # a share of a place is where it happened
    ("Parts of the northern highlands have seen torrential rain this month, in a season in which dozens of "
     "herders have been killed.", "dozens"),
    ("Large areas of the delta have recorded floods that swept away 700 huts.", "700"),
])
def test_what_happened_or_where_is_no_source(text, figure):
    name, mention = source_of(text, figure)
    assert not any(w in f"{name} {mention}".lower() for w in ("clash", "parts", "areas"))


def test_a_body_after_a_place_share_is_not_that_share():
    text = ("Parts of the western plains have seen the worst rains in years.\n\n"
            "Storms destroyed 1,300 homes in the plains, the agency said.")
    name, mention = source_of(text, "1,300")
    assert mention == "the agency" and (name is None or "Parts" not in name)
