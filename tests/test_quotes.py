"""Quotes and speakers on short articles written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.analyse.quotes import quotation_spans
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def quotes(text: str):
    (a,) = process_batch([Article(id="t", source=Source(), text=text)])
    for q in a.quotes:
        assert a.text[q.start:q.end] == q.text
        if q.speaker and q.speaker.start is not None:
            assert a.text[q.speaker.start:q.speaker.end] == q.speaker.mention
    return a.quotes


def find(qs, snippet):
    hits = [q for q in qs if snippet in q.text]
    assert hits, f"no quote holds {snippet!r}: {[q.text for q in qs]}"
    return hits[0]


def cue_frames(text: str, word: str | None = None) -> set[tuple[str, str]]:
    """(frame, content) of every cue candidate in the text, or of the tokens spelled ``word``."""
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes.cues import candidates

    doc = nlp.load()(text)
    return {(c.frame, text[c.start:c.end]) for t in doc if word in (None, t.text) for c in candidates(t, text)}


ARTICLE = (
    "Health Minister Amina Farouk visited the flooded district on Monday.\n\n"
    "“We have sent 40 doctors and we will send more,” she said.\n\n"
    "“Nobody will be left without care.”\n\n"
    "Farouk said that the clinics would stay open through the weekend.\n\n"
    "According to the Red Crescent, more than 2,000 families have left their homes.\n\n"
    "Local leaders rejected the ministry’s claim that every village had been reached."
)


def test_direct_quote_with_pronoun_speaker_resolved_to_the_full_name_and_role():
    q = find(quotes(ARTICLE), "We have sent 40 doctors")
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker.mention == "she" and q.speaker.name == "Amina Farouk"
    assert q.speaker.role == "Health Minister" and q.speaker.type == "person"


def test_a_bare_quote_paragraph_continues_the_last_speaker():
    q = find(quotes(ARTICLE), "Nobody will be left without care")
    assert q.kind == "direct" and q.speaker.name == "Amina Farouk"


def test_indirect_speech_according_to_and_noun_claims():
    qs = quotes(ARTICLE)
    said = find(qs, "the clinics would stay open")
    assert said.kind == "indirect" and said.speaker.name == "Amina Farouk" and said.speaker.mention == "Farouk"
    acc = find(qs, "more than 2,000 families")
    assert acc.cue == "according to" and acc.speaker.name in ("the Red Crescent", "Red Crescent")
    claim = find([q for q in qs if q.cue == "claim"], "every village had been reached")
    assert claim.kind == "indirect" and claim.speaker.mention == "the ministry"


def test_a_quote_split_around_its_cue_is_one_quote():
    text = "“The road is open,” the governor, Paul Mendes, said on Friday, “but the bridge will take weeks.”"
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.text.startswith("“The road is open") and q.text.endswith("take weeks.”")
    assert q.speaker.name == "Paul Mendes"


def test_quote_introduced_by_a_colon_and_attribution_after_the_quote():
    text = ("The mayor, Lucia Brandt, addressed the crowd:\n\n“We will rebuild every house that was lost.”\n\n"
            "“The water came in the night and took everything we had,” Brandt added.")
    qs = quotes(text)
    assert find(qs, "We will rebuild").speaker.name == "Lucia Brandt"
    assert find(qs, "The water came in the night").speaker.name == "Lucia Brandt"


def test_a_quoted_fragment_in_reported_speech_is_mixed():
    text = "The two agencies also “agreed to share all registration data with local authorities” in future."
    q = find(quotes(text), "agreed to share")
    assert q.kind == "mixed" and q.speaker.mention == "The two agencies"


def test_an_organisation_or_capital_speaking_is_an_organisation():
    text = "Nairobi insists the camp closures are voluntary. Radio Kenya said the talks would resume next week."
    qs = quotes(text)
    assert find(qs, "camp closures are voluntary").speaker.type == "organisation"
    assert find(qs, "talks would resume").speaker.name == "Radio Kenya"


def test_an_unresolvable_speaker_has_no_name():
    text = "Officials said the border would reopen on Tuesday."
    q = find(quotes(text), "border would reopen")
    assert q.speaker.mention == "Officials" and q.speaker.name is None


def test_scare_quotes_are_not_quotes():
    assert not [q for q in quotes("The so-called “safe zones” were set up last year.") if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, we will” and left.", ["“yes, we will”"]),
        ('She said "we are ready" twice.', ['"we are ready"']),
        ("''We are ready,'' he said.", ["''We are ready,''"]),
        ("“First paragraph of a long quote\n“Second paragraph.”", ["“First paragraph of a long quote", "“Second paragraph.”"]),
        ("“It is unusual,“ said Noble. “Very unusual.”", ["“It is unusual,“", "“Very unusual.”"]),
    ],
)
def test_quotation_marks(text, expected):
    assert [text[s:e] for s, e in quotation_spans(text)] == expected


def test_transcript_turns_are_their_speakers_words():
    text = ("Host Jake Tapper spoke to Governor Mary Fallin on Sunday.\n\n"
            "TAPPER: Do you think the campaign has gone too far in its attacks this week?\n\n"
            "FALLIN: I think the whole nation needs to work together and calm the tensions right now.")
    qs = quotes(text)
    turn = find(qs, "the whole nation needs to work together")
    assert turn.kind == "direct" and turn.speaker.mention == "FALLIN" and turn.speaker.name == "Mary Fallin"
    assert find(qs, "gone too far").speaker.name == "Jake Tapper"


def test_a_cue_set_off_by_commas_reports_the_sentence_around_it():
    q = find(quotes("The new bridge, the mayor said on Tuesday, will open to traffic in the spring."), "new bridge")
    assert q.kind == "indirect" and q.cue == "said" and q.speaker.mention == "the mayor"
    assert q.text.endswith("in the spring")


def test_the_boundary_model_keeps_the_best_scored_end_and_start():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes import bounds, cues

    text = "Officials said the budget would rise sharply, which angered the opposition."
    doc = nlp.load()(text)
    cand = cues.candidates(next(t for t in doc if t.lemma_ == "say"), text)[0]
    assert text[cand.start:cand.end] == "the budget would rise sharply, which angered the opposition"
    cut = bounds.BoundaryModel({"word=which": 5.0}, {})
    shaped = cut.reshape(cand, doc, text)
    assert text[shaped.start:shaped.end] == "the budget would rise sharply"  # cut before ", which", comma trimmed
    keep = bounds.BoundaryModel({"full": 5.0}, {"subj": 5.0})
    shaped = keep.reshape(cand, doc, text)
    assert text[shaped.start:shaped.end] == "Officials said the budget would rise sharply, which angered the opposition"
    trained = bounds.load_model()
    assert trained is not None and trained.end and trained.start


def test_the_stage_uses_the_models_it_is_given():
    from newsfacts.analyse.quotes import bounds, cues, quote_stage
    from newsfacts.pipeline import Pipeline, default_stages

    text = "Officials said the budget would rise sharply, which angered the opposition."
    names = [s.name for s in default_stages()]
    works = Pipeline(default_stages()[:names.index("quotes")]).works([Article(id="t", source=Source(), text=text)])
    (found,) = quote_stage().fn(works)
    assert [q.kind for q in found["quotes"]] == ["indirect"]
    never = cues.CueModel({}, bias=-10.0, threshold=0.5)  # a cue model that keeps no candidate
    (found,) = quote_stage(never).fn(works)
    assert found["quotes"] == ()
    cut = bounds.BoundaryModel({"word=which": 50.0}, {})  # a boundary model that cuts before ", which"
    (found,) = quote_stage(boundary_model=cut).fn(works)
    assert [q.text for q in found["quotes"]] == ["the budget would rise sharply"]


def test_boundary_options_offer_the_full_span_cuts_and_the_subject():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes import bounds, cues

    text = "The minister has been criticized for closing three rural clinics, which served farmers."
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.lemma_ == "criticize")
    cand = next(c for c in cues.candidates(verb, text) if c.frame == "prep:for")
    ends = [doc[o.at].text for o in bounds.options_end(cand, doc)]
    assert ends[0] == "farmers" and "clinics" in ends  # the full span first, then a cut before ", which"
    starts = [doc[o.at].text for o in bounds.options_start(cand, doc)]
    assert starts == ["closing", "The"]  # its own start, or the passive cue's subject
    model = bounds.load_model()
    assert model is not None
    shaped = model.reshape(cand, doc, text)
    assert text[shaped.start:shaped.end] == text[shaped.start:shaped.end].strip(" ,.")


def test_a_short_quote_attributed_right_after_is_a_quote():
    q = find(quotes("“Not yet,” the coach said after the match."), "Not yet")
    assert q.kind == "direct" and q.speaker.mention == "the coach"


def test_a_paragraph_opened_with_a_closing_mark_is_a_quote():
    text = "The nurse spoke to reporters on Monday.\n\n”We have not slept for three days and the ward is full.”"
    q = find(quotes(text), "We have not slept")
    assert q.kind == "direct" and q.text.startswith("”We")


def test_indirect_content_never_cuts_a_quotation():
    text = 'The senator said that the plan was "a gift to the banks, and a bad one," before the vote on Friday.'
    q = find(quotes(text), "gift to the banks")
    assert q.text.count('"') % 2 == 0


def test_a_parenthetical_cue_after_an_opening_clause_and_an_adjective_cue():
    q = find(quotes("To understand the flood, the engineer said, you have to walk the river."), "walk the river")
    assert q.cue == "said" and q.speaker.mention == "the engineer" and q.text.startswith("To understand")
    q = find(quotes("The mayor was sure that the bridge would open in May."), "bridge would open")
    assert q.cue == "was sure" and q.speaker.mention == "The mayor"


def test_more_frames_of_a_cue_are_candidates():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes import cues

    text = "The new levy was opposed by farmers, who criticised the curfew the council imposed."
    doc = nlp.load()(text)
    frames = {(t.lemma_, c.frame, text[c.start:c.end]) for t in doc for c in cues.candidates(t, text)}
    assert ("oppose", "passive", "The new levy") in frames
    assert ("impose", "modified", "the curfew") in frames


def test_the_speaker_is_never_words_of_the_quote_itself():
    q = find(quotes("“The river is rising. Full alert now,” said Maria Lopez, the head of the rescue team."), "river")
    assert q.speaker.mention.startswith("Maria Lopez")


def test_a_clause_ending_in_a_colon_attributes_the_quote_after_it():
    q = find(quotes("The mayor fired back on Tuesday: “We will not close the shelters before the water drops.”"), "shelters")
    assert q.kind == "direct" and q.speaker.mention == "The mayor"


def test_a_cue_hung_on_a_thing_is_said_by_whoever_governs_it():
    q = find(quotes("The governor went out of her way to say that the shelters would stay open all winter."), "shelters")
    assert q.speaker.mention == "The governor"
    q = find(quotes("The storm led residents to say that the warnings had come far too late."), "warnings")
    assert q.speaker.mention == "residents"
    q = find(quotes("Two officials who spoke on Monday said that the dam was safe."), "dam was safe")
    assert q.speaker.mention == "Two officials"


def test_a_clause_ending_in_a_comma_attributes_the_quote_after_it():
    q = find(quotes("The mayor shot back, “We will not close a single shelter this winter.”"), "single shelter")
    assert q.speaker.mention == "The mayor"


def test_verbs_inside_a_quotation_are_no_cues_of_their_own():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes import cues

    text = "“We know they think we are finished, but we will fight for the title,” he said."
    doc = nlp.load()(text)
    model = cues.load_model()
    inside = [c for t in doc if t.idx < text.index("”") for c in cues.candidates(t, text)]
    assert inside and all("in_quote=True" in cues.features(c, text) for c in inside)
    assert all(model.probability(c, text) < model.threshold for c in inside)
    assert [q.cue for q in quotes(text)] == ["said"]


def test_the_same_words_are_reported_once_by_the_surest_cue():
    qs = quotes("The minister said she believed the clinics would stay open through the winter.")
    held = [q for q in qs if "clinics would stay open" in q.text]
    assert len(held) == 1 and held[0].cue == "said" and held[0].speaker.mention == "The minister"


def test_a_dateline_is_no_speaker():
    text = "GENEVA (Reuters) – The agency’s director on Monday warned that the camps were already full."
    q = find(quotes(text), "camps were already full")
    assert "director" in q.speaker.mention and "GENEVA" not in q.speaker.mention


def test_a_subject_the_parser_hung_elsewhere_is_the_noun_phrase_before_the_cue():
    text = "In Lagos, a young man who had worked in Paris asked the minister whether the jobs would return."
    q = find(quotes(text), "jobs would return")
    assert q.speaker.mention.startswith("a young man")


def test_according_to_at_the_end_of_a_clause_is_left_out_of_the_content():
    q = find(quotes("Prices of bread rose by a third in March, according to the statistics office."), "bread")
    assert q.cue == "according to" and q.text == "Prices of bread rose by a third in March"


def test_a_bare_quote_after_reported_speech_in_its_paragraph_goes_on_that_statement():
    qs = quotes("The nurse said the ward was “close to breaking point” on Friday. “We have no beds left for anyone.”")
    q = find(qs, "no beds left")
    assert q.kind == "mixed" and q.speaker.mention == "The nurse" and q.cue == "said"
    assert q.text.startswith("the ward was") and len([x for x in qs if "beds" in x.text]) == 1


def test_a_bare_quote_paragraph_goes_on_the_quote_before_it_and_a_section_label_is_no_speaker():
    text = ("Health Minister Amina Farouk visited the district on Monday.\n\n“We will rebuild the clinic,” she said.\n\n“It will be open by spring.”\n\n"
            "UPDATE: The council met again on Tuesday evening.\n\nFAROUK: We have the money and the builders now.\n\n"
            "HOST: And the teachers, will they come back?")
    qs = quotes(text)
    q = find(qs, "rebuild the clinic")
    assert "open by spring" in q.text and q.speaker.name == "Amina Farouk"
    assert not any("council met" in x.text for x in qs)
    turn = find(qs, "the money and the builders")
    assert turn.speaker.mention == "FAROUK" and turn.speaker.name == "Amina Farouk"


def test_a_headline_names_its_speaker_before_a_colon():
    text = "Minister Farouk: Every clinic will stay open through the floods\n\nThe minister spoke in Cairo on Monday."
    q = find(quotes(text), "Every clinic will stay open")
    assert q.cue == ":" and q.speaker.mention == "Minister Farouk" and q.kind == "indirect"


def test_a_headline_verb_tagged_as_a_name_is_a_cue():
    text = ("Conservative Icon Morton Blackwell Endorses Ted Cruz For President\n\n"
            "The veteran activist made the announcement on Monday in Virginia.")
    qs = [q for q in quotes(text) if q.cue == "Endorses"]
    assert qs and qs[0].text.startswith("Ted Cruz") and "Blackwell" in qs[0].speaker.mention


def test_a_dateline_before_a_colon_is_no_speaker():
    import newsfacts

    (article,) = newsfacts.extract("NAIROBI: The refugee agency said on Friday that 9,000 people had crossed the "
                                   "border this week.\n").articles
    assert article.dateline is not None and article.dateline.text == "NAIROBI"
    qs = article.quotes
    assert not any(q.cue == ":" for q in qs)
    said = find(qs, "9,000 people had crossed")
    assert said.cue == "said" and said.speaker.mention == "The refugee agency"


@pytest.mark.parametrize("opening", ["BARIKOT: ", "Quetta/Karachi – May 2: ", "Herat [Afghanistan], March 3 (ANI): "])
def test_a_dateline_the_gazetteer_cannot_vouch_for_is_no_speaker(opening):
    import newsfacts

    (article,) = newsfacts.extract(opening + "A total of 1,200 Afghans were sent back across the border on Monday, "
                                   "as the deportation campaign went on.\n", date="2025-05-06").articles
    assert article.dateline is not None
    assert not any(q.cue == ":" for q in article.quotes)
    assert all(f.stated_by is None for f in article.figures)


@pytest.mark.parametrize("text", [
    "Thousands of families crossed the river this week to seek refuge in the neighbouring province.",
    "The farmers, now seeking shelter in a school, lost their herds in the storm.",
    "Most of the 300 villagers sought safety in the hills after the second attack.",
])
def test_seeking_refuge_reports_no_words(text):
    assert not quotes(text)


def test_a_short_quote_a_verb_of_saying_introduces():
    q = find(quotes("Asked whether she would run again, the senator smiled and said, “Not this time.”"), "Not this time")
    assert q.kind == "direct" and q.speaker.mention == "the senator"


def test_quoting_verbs_with_back_and_rarer_verbs_of_saying():
    q = find(quotes("The mayor looked at the crowd. “Let me finish my answer first,” the mayor shot back."), "finish")
    assert q.cue == "shot back" and q.speaker.mention == "the mayor"
    q = find(quotes("“Nobody will read this plan before the vote,” opined the local paper."), "Nobody")
    assert q.speaker.mention == "the local paper"


def test_a_quoted_title_after_the_cue_is_no_speaker():
    text = ("“The harbour will reopen before the winter storms,” Ines Varga, the port director, "
            "said on Tuesday on Radio Coast’s “Morning Tide.”")
    q = find(quotes(text), "harbour will reopen")
    assert "Varga" in q.speaker.mention and "Morning" not in q.speaker.mention


def test_a_long_sentence_that_only_attributes_gives_the_speaker():
    text = ("\"The river has never been this low in my lifetime!\" The farmer's cousin, district councillor "
            "Rosa \"Ro\" Lind (Green Party), shouted to the crowd. \"We need water now.\"")
    q = find(quotes(text), "river has never been")
    assert q.speaker is not None and "Lind" in q.speaker.mention


def test_an_inverted_intro_and_according_to_before_a_quote():
    q = find(quotes("Some experts doubted the plan. Said Okafor: “I do not think the tax will ever be collected.”"),
             "tax will ever")
    assert q.speaker.mention == "Okafor"
    q = find(quotes("The debate went on. According to Mr. Hale, “the committee never read the report at all.”"),
             "never read the report")
    assert q.speaker.mention == "Mr. Hale" and q.cue == "according to"


def test_a_colon_after_a_noun_introduces_the_quote_for_its_verb():
    q = find(quotes("The governor is rolling out a new message for the farmers: \"We will pay for every lost cow.\""),
             "every lost cow")
    assert q.speaker.mention == "The governor"


def test_a_quote_according_to_a_document_someone_made_is_theirs():
    q = find(quotes("The tax would rise in 2025, according to a speech Senator Ruiz delivered in Denver."), "tax would")
    assert q.speaker.mention == "Senator Ruiz"


def test_the_subject_of_a_cue_under_an_adjective():
    q = find(quotes("The minister was able to tout the new dam as a great success for the region."), "new dam")
    assert q.speaker.mention == "The minister"


def test_a_second_piece_with_its_own_cue_is_a_quote_of_its_own():
    text = ("“We cannot pay for the bridge this year,” Mayor Lee said, adding later, "
            "“The money will have to come from the state budget.”")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert len(qs) == 2 and all("Lee" in q.speaker.mention for q in qs)


def test_a_lowercase_quote_after_a_comma_is_a_fragment_not_a_direct_quote():
    text = "The report praised the nurses who, “in spite of everything, kept the ward open every single night.”"
    assert not [q for q in quotes(text) if q.kind == "direct"]


def test_quotation_marks_of_another_style_inside_a_quotation():
    text = "\"The crowd kept chanting “We want water!” until the mayor came out to them,\" she said."
    assert quotation_spans(text) == [(0, len(text) - len(" she said."))]


def test_a_transcript_label_inside_quotation_marks_is_one_turn():
    text = ("\"HOST: Will the minister resign before the end of the month?\n\n"
            "\"GUEST: No, she will stay in office and finish the reform.\"")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert len(qs) == 2 and {q.speaker.mention for q in qs} == {"HOST", "GUEST"}


def test_a_transcript_turn_goes_on_in_its_unlabelled_paragraphs():
    text = ("Partial transcript as follows:\n\n"
            "\"HOST: Will the minister resign before the end of the month?\n\n"
            "\"GUEST: No, she will stay in office and finish the reform.\n\n"
            "\"The reform is what the voters asked for, and the minister knows it.\n\n"
            "\"(CROSSTALK.)\n\n"
            "\"HOST: We have to leave it there, thank you for joining us.\n\n"
            "\"GUEST: Thank you for having me on the programme today.\n\n"
            "\"It was a pleasure to be here again.\n\n"
            "The minister's office did not comment on the interview.")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    guest = find(qs, "finish the reform")
    assert guest.speaker.mention == "GUEST" and guest.text.endswith("the minister knows it.")
    assert "CROSSTALK" not in guest.text
    last = find(qs, "having me")
    assert last.speaker.mention == "GUEST" and last.text.endswith("a pleasure to be here again.")
    assert not any("did not comment" in q.text for q in qs)
    assert len(qs) == 4
    plain = ("TAPPER: Do you think the campaign has gone too far in its attacks this week?\n\n"
             "FALLIN: I think the whole nation needs to work together right now.\n\n"
             "And I think the governors can lead the way on that.\n\n"
             "TAPPER: Thank you for joining us on the programme today.\n\n"
             "The governor flew back to Oklahoma City on Monday evening.")
    qs = [q for q in quotes(plain) if q.kind == "direct"]
    assert find(qs, "whole nation").text.endswith("lead the way on that.")
    assert find(qs, "joining us").text.endswith("programme today.")


def test_an_attribution_the_parser_cut_off_after_a_question():
    text = ("The governor toured the shelter on Friday.\n\n"
            "“How many families are still waiting for a room? Is it ten? Twenty?” Okafor asks as a volunteer walks "
            "past her, carrying blankets to the gym.")
    q = find(quotes(text), "still waiting")
    assert q.kind == "direct" and q.speaker.mention == "Okafor" and q.cue == "asks"


@pytest.mark.parametrize("text, speaker", [
    ("The council met again on Monday.\n\nAs the mayor put it, “The river will not wait for us to finish arguing.”",
     "the mayor"),
    ("The council met again on Monday.\n\n“The river will not wait for us to finish arguing,” Okafor went on.",
     "Okafor"),
    ("The council met again on Monday.\n\n“The river will not wait for us to finish arguing,” Okafor assured the "
     "residents.", "Okafor"),
])
def test_verbs_that_quote_with_a_particle_or_an_object(text, speaker):
    q = find(quotes(text), "river will not wait")
    assert q.kind == "direct" and q.speaker.mention == speaker


def test_an_inverted_intro_in_its_own_paragraph_and_a_subject_with_an_apposition():
    q = find(quotes("The broadcast ended at noon.\n\nStated Marlowe:\n\n“The stakes could not be higher for the party.”"),
             "stakes could not")
    assert q.speaker.mention == "Marlowe"
    text = ("In a statement to the Chronicle, her chief adviser, Tomas Berg, said: “The senator supports the treaty "
            "and will vote for it next week.”")
    q = find(quotes(text), "supports the treaty")
    assert "Berg" in q.speaker.mention


def test_a_bare_quote_after_a_long_attribution_of_reported_speech():
    text = ("The shelters are “nowhere near enough,” says Dana Whitfield, founder and director of the Coastal "
            "Families Housing Network. “We turn away dozens of people every single night.”")
    q = find(quotes(text), "turn away dozens")
    assert q.speaker is not None and "Whitfield" in q.speaker.mention


def test_a_quotation_that_ends_reported_speech_is_part_of_the_mixed_quote():
    for text, words in [
        ("She added that most of the damage in the valley seems worse than last year, which is a problem because, "
         "“In the end, we cannot pay for it. We need help.”", "we cannot pay for it"),
        ("The spokesman said in an email that, “Of course the company will defend itself” against what it sees as "
         "unfair attacks by the union.", "company will defend itself"),
    ]:
        qs = quotes(text)
        assert not [q for q in qs if q.kind == "direct"], [(q.kind, q.text) for q in qs]
        assert find(qs, words).kind == "mixed"


def test_a_run_of_quotes_ignores_a_cue_in_the_next_paragraph():
    text = ("“The river rose faster than anyone expected last night,” said Paula Greene, a county engineer. "
            "“We had almost no time to warn the farms.”\n\n"
            "Greene continued:\n\n"
            "“We will rebuild the levee before the spring rains come.”")
    q = find(quotes(text), "The river rose faster")
    assert "almost no time to warn the farms" in q.text


def test_a_quotation_left_open_runs_on_in_the_next_paragraph():
    text = ("The council chair told reporters:\n\n"
            "“The budget for the bridge has doubled since the spring, and the contractor has not explained why.\n\n"
            "“We will ask the auditors to look at every invoice before we pay another cent.”")
    q = find(quotes(text), "The budget for the bridge")
    assert q.kind == "direct" and "every invoice" in q.text


def test_a_quote_split_around_its_cue_with_but_is_one_quote():
    text = ("“You know, I respect the senator a great deal,” he said, but “when it comes to taxes, he has a long "
            "history of siding with the banks.”")
    q = find(quotes(text), "I respect the senator")
    assert q.kind == "direct" and "siding with the banks" in q.text


def test_a_quoted_value_in_markup_is_no_quote():
    text = ('The post was shared widely on Friday.\n\n<tweet tweet-author="The statement is accurate but needs '
            'clarification, so we rate it true">')
    assert not [q for q in quotes(text) if q.kind == "direct"]


def test_a_short_quote_after_the_attribution_goes_on_the_quote_before():
    text = "“We will open the school again in May,” the principal told parents. “No later than that.”"
    q = find(quotes(text), "open the school again")
    assert "No later than that" in q.text


def test_quoted_words_in_double_apostrophes_make_reported_speech_mixed():
    text = ("Mr. Haller said the new rules would ''cost every farmer in the county a season's income'' "
            "and would not survive a court challenge.")
    q = find(quotes(text), "cost every farmer")
    assert q.kind == "mixed" and "court challenge" in q.text


def test_reported_speech_going_on_in_a_quotation_after_a_dash_is_one_mixed_quote():
    text = ("Ms. Okafor said the shelter on the edge of the old market would stay open through the winter for "
            "everyone the floods drove from the river villages -- ''and longer, if they need it.''")
    qs = quotes(text)
    q = find(qs, "stay open through the winter")
    assert q.kind == "mixed" and "if they need it" in q.text
    assert not [x for x in qs if x.kind == "direct"], [(x.kind, x.text) for x in qs]


def test_a_quotation_closing_the_sentence_its_cue_follows_stays_a_direct_quote():
    text = ("The mayor, who has led the town for a decade, summed up the mood of the meeting: "
            "“Nobody here wants the quarry to close before the new jobs arrive,” she said.")
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["“Nobody here wants the quarry to close before the new jobs arrive,”"]


def test_a_quoted_title_of_a_work_is_no_quote():
    text = ("In her 2019 memoir, “Rivers That Remember the Rain,” the former envoy described the camps. "
            "“We were never ready for the second winter,” she said.")
    direct = [q.text for q in quotes(text) if q.kind == "direct"]
    assert direct == ["“We were never ready for the second winter,”"]


def test_a_view_named_for_an_organisation_is_held_by_it():
    text = ("A Reuters report that the dam had been opened without warning spread quickly through the camps on "
            "Tuesday.")
    q = find(quotes(text), "the dam had been opened")
    assert q.speaker is not None and q.speaker.mention == "Reuters"


def test_reportedly_reports_its_clause_with_no_speaker():
    text = "The ministry has reportedly moved 3,000 families from the river district since Sunday."
    q = find(quotes(text), "moved 3,000 families")
    assert q.speaker is None and q.cue == "reportedly"


def test_a_one_word_object_can_be_the_whole_content():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes.bounds import options_end
    from newsfacts.analyse.quotes.cues import candidates

    text = "The senator attacked Morales in a string of late-night posts."
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.text == "attacked")
    cand = next(c for c in candidates(verb, text) if c.frame == "dobj")
    assert "Morales" in [doc[o.at].text for o in options_end(cand, doc)]


def test_an_adjective_with_a_preposition_is_a_cue_frame():
    text = "The governor has been sharply critical of the relief agency's slow response."
    assert ("acomp:prep", "the relief agency's slow response") in cue_frames(text)


def test_reported_speech_goes_on_into_a_quotation_right_after_it():
    text = ("The director argued that the camps needed more water trucks before the summer, “because the wells "
            "in the north dried up last year and nobody has fixed them.”")
    q = find(quotes(text), "more water trucks")
    assert q.kind == "mixed" and q.text.endswith("nobody has fixed them.”")


def test_a_quotation_another_verb_reports_is_not_swallowed():
    text = "The organisers called the volunteers to the stage, singing “We Shall Overcome” together."
    q = find(quotes(text), "the volunteers")
    assert "Overcome" not in q.text


def test_a_name_called_is_a_cue_frame_even_when_parsed_as_two_predicates():
    text = 'The opposition leader called Minister Adeyemi a "reckless gambler" with public money.'
    frames = cue_frames(text, "called")
    assert any(s.startswith("Minister Adeyemi") and "gambler" in s for _, s in frames), frames


def test_an_as_clause_and_an_if_clause_are_cue_frames():
    for text, verb_word, content in [
        ("As the agency reported, more than 4,000 families crossed the border last week.", "reported",
         "more than 4,000 families crossed the border last week"),
        ("Asked if the camps would close, the minister said no.", "Asked", "if the camps would close"),
    ]:
        spans = {s for _, s in cue_frames(text, verb_word)}
        assert content in spans, (text, spans)


def test_what_a_relative_clause_names_is_a_cue_frame_with_the_clause():
    text = "The senator attacked the bill, which he called “a gift to the landlords of this city.”"
    assert ("relative:named", "which he called “a gift to the landlords of this city") in cue_frames(text, "called")
    q = find(quotes(text), "a gift")
    assert q.kind == "mixed" and q.text == "which he called “a gift to the landlords of this city.”"
    assert q.speaker.mention == "he"
    assert ("relative", "which") in cue_frames("The council passed the plan, which the mayor supports.", "supports")


def test_a_headline_with_its_byline_is_no_quote():
    text = ("CITY READS:\n\n"
            "—\"Flood barriers to be finished before the rainy season,\" by the Courier's Dana Okafor: \"The city "
            "expects the barriers to be finished by May, officials said.\"")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert not any("Flood barriers" in q.text for q in qs)
    assert any(q.text.startswith("\"The city expects") for q in qs)


def test_a_cue_outside_a_quotation_reports_all_of_it():
    from newsfacts.analyse.quotes import Found
    from newsfacts.analyse.quotes.indirect import _whole_quotations

    text = "The senator declared “I think the alliance may be obsolete. Things are different now.” in March."
    marks = quotation_spans(text)
    inner = text.index("I think")
    f = Found(inner, text.index(" obsolete") + len(" obsolete"), "indirect", "declared", None, cue_at=text.index("declared"))
    assert text[slice(*_span(_whole_quotations(f, marks)))] == "“I think the alliance may be obsolete. Things are different now.”"
    # a cue inside the quotation reports only its own words: “I told them that it may be obsolete,” she said
    text = "“I told them that the alliance may be obsolete. Things are different now,” she said."
    f = Found(text.index("the alliance"), text.index(" obsolete") + len(" obsolete"), "indirect", "told", None,
              cue_at=text.index("told"))
    assert text[slice(*_span(_whole_quotations(f, quotation_spans(text))))] == "the alliance may be obsolete"


def _span(f) -> tuple[int, int]:
    return f.start, f.end


def test_a_digest_item_quotes_the_name_after_its_dash():
    text = ("POLLS WERE NOT WRONG, JUST TOO EARLY - Maria Okafor: “Although the polls missed the result on Tuesday "
            "night, they were not wrong. They simply ended too early.” [Quartz.]\n\n"
            "More on the turnout - More from Okafor: “Turnout was higher than in any caucus since 2008.”")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    first = find(qs, "polls missed").speaker
    assert first.mention == "Maria Okafor" and first.name == "Maria Okafor"
    assert find(qs, "Turnout was higher").speaker.mention == "Okafor"


def test_a_verb_of_saying_coordinated_inside_the_report_keeps_the_speaker():
    text = ("The minister said it was too early to congratulate the winners but added, “I think you all have an "
            "idea of the results.”")
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert find(direct, "idea of the results").speaker.mention == "The minister"
    text = "Okafor said the decision was made by the commissioner and said, “Who are you going to trust on safety?”"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert find(direct, "Who are you").speaker.mention == "Okafor"


def test_a_text_that_says_something_speaks_unless_someone_issues_it():
    text = "Most of the money was spent on radio ads attacking the governor's record on flood defences."
    q = find(quotes(text), "record on flood")
    assert q.speaker.mention.endswith("radio ads")
    text = "The ministry issued a statement saying that the camps would stay open through the winter."
    q = find(quotes(text), "camps would stay open")
    assert q.speaker.mention == "The ministry"


def test_a_relative_pronoun_speaks_for_its_antecedent():
    qs = quotes("UNHCR, which said 4,000 people arrived last week, appealed for funds. The governor, who said 300 "
                "families had fled, asked for help.")
    unhcr, governor = find(qs, "4,000 people arrived").speaker, find(qs, "300 families had fled").speaker
    assert (unhcr.name, unhcr.mention) == ("UNHCR", "which")  # the pronoun as written, the antecedent as the name
    assert (governor.name, governor.mention) == ("The governor", "who")


def test_a_count_reported_in_the_passive_is_what_was_reported_not_who_reported_it():
    qs = quotes("Between 22 July and 30 September, a total of 15,577 suspected cholera cases, including 473 deaths, were "
                "reported from 61 localities.")
    assert all(q.speaker is None or "15,577" not in (q.speaker.mention or "") for q in qs)


@pytest.mark.parametrize(("text", "opening"), [
    ("Islamabad, Sep 5 (EFE).- Pakistani authorities have deported more than 20,000 Afghans in the past week, "
     "officials said Friday.", "Pakistani authorities have deported"),
    ("Live updates: strikes in Gaza\n\nBy The Associated Press\n\nDEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes "
     "killed at least 41 people on Wednesday, according to local hospitals.", "Israeli strikes killed"),
    ("KINSHASA, June 18 (Reuters) - Floods have destroyed more than 300 homes in the capital, the city's governor "
     "said on Wednesday.", "Floods have destroyed"),
    ("La Restinga (El Hierro), Sept 11 (EFE).- Seven people were found dead aboard a boat on Thursday, rescue "
     "services said.", "Seven people were found dead"),
])
def test_reported_words_never_open_with_the_dateline(text, opening):
    import newsfacts

    (article,) = newsfacts.extract(text).articles
    assert article.dateline is not None
    q = find(article.quotes, opening)
    assert q.text.startswith(opening) and article.text[q.start:q.end] == q.text


def test_a_bullets_dash_is_no_part_of_its_speaker():
    text = ("Sudan war live: shelling hits Omdurman market\n\nKey points\n"
            "- Sudan's health ministry says 23 civilians were killed in shelling of Omdurman on Tuesday\n"
            "- Kenya's Red Cross says 40 people died in the floods\n\n"
            "09:14 GMT\nToll rises\nThe toll from the shelling rose to 23, the ministry said in a statement.")
    import newsfacts

    (article,) = newsfacts.extract(text, date="2025-09-10").articles
    q = find(article.quotes, "23 civilians were killed")
    assert (q.speaker.mention, q.speaker.name) == ("Sudan's health ministry", "health ministry")
    assert find(article.quotes, "40 people died").speaker.mention == "Kenya's Red Cross"
    assert find(article.quotes, "rose to 23").speaker.name == "health ministry"


def test_a_generic_body_is_the_body_named_before_it_never_a_nameless_group_or_a_thing():
    """ "The agency said" after "local officials said" is the agency named before them; "according to the agency's
    data" is the agency's word, not the data's (and the next "the agency said" is that agency too)."""
    qs = quotes("The UN refugee agency UNHCR said 2,000 people crossed into Chad on Monday. Local officials said 300 "
                "families were stranded at the border. The agency said it had sent two trucks of tents.")
    assert "UNHCR" in find(qs, "two trucks of tents").speaker.name
    qs = quotes("The International Organization for Migration said 5,000 people fled Tawila this week. About 1,200 of "
                "them reached Adre on Sunday, according to the organization's latest estimates. Satellite imagery "
                "showed new shelters, the organization said.")
    assert find(qs, "About 1,200 of them").speaker.name == "International Organization for Migration"
    assert find(qs, "Satellite imagery").speaker.name == "International Organization for Migration"


def test_a_document_named_by_a_definite_phrase_is_the_word_of_the_body_that_issued_it():
    """ "The report found ..." after "the World Food Programme said in a report": the body that spoke last; "the
    statement" after a person's statement stays the document, whose issuer the sentence does not say."""
    qs = quotes("The World Food Programme said on Monday that 40,000 families in the valley needed food. The report "
                "found that half of the children were underweight. According to the latest report, 12 markets closed.")
    assert find(qs, "half of the children").speaker.name == "World Food Programme"
    assert find(qs, "12 markets closed").speaker.name == "World Food Programme"
    qs = quotes("The governor, Ali Musa, said the road would reopen on Friday. The statement added that 30 trucks "
                "were waiting at the bridge.")
    assert find(qs, "30 trucks").speaker.name is None


@pytest.mark.parametrize("text", [
    "The death toll from the landslide reached 212 on Sunday as rescuers dug through the mud.",
    "The death count from the storm was expected to climb past 90 as roads reopened.",
    "The number of injured is expected to rise as more villages are reached.",
])
def test_a_count_or_a_toll_is_no_speaker(text):
    assert all(q.speaker is None or (q.speaker.name, q.speaker.mention) == (None, None) for q in quotes(text))


def test_a_count_in_apposition_is_no_part_of_the_speaker_and_records_are_their_holders_word():
    """ "according to UN figures, an increase of more than 1,000 over 2023": the speaker is the UN, the aside a count;
    "BNPB data, 1,480 disasters, most of them floods" likewise. A person's age in apposition stays theirs."""
    q = find(quotes("At least 5,601 people were killed in gang violence last year, according to UN figures, an "
                    "increase of more than 1,000 over 2023."), "5,601 people were killed")
    assert (q.speaker.name, q.speaker.mention) == ("UN", "UN")
    q = find(quotes("Floods struck 40 districts this year, according to BNPB data, 1,480 disasters, most of them "
                    "floods."), "Floods struck 40 districts")
    assert q.speaker.mention == "BNPB data"
    q = find(quotes("“We lost everything,” said Amina Adam, 34, a mother of five."), "We lost everything")
    assert q.speaker.name == "Amina Adam"


@pytest.mark.parametrize("text,speaker", [
    ("The flood toll rose to 64, according to a new report released by the Provincial Disaster Authority.",
     "Provincial Disaster Authority"),
    ("According to figures issued by the Norwegian Refugee Council, some 4,200 families were registered in May.",
     "Norwegian Refugee Council"),
])
def test_according_to_a_document_a_body_released_is_the_bodys_word(text, speaker):
    """ "according to a report released by X", "figures issued by X": the participle's agent made the document,
    and is who the sentence is according to."""
    q = next(q for q in quotes(text) if q.cue == "according to")
    assert q.speaker is not None and speaker in q.speaker.name


@pytest.mark.parametrize(("text", "snippet", "speaker"), [
    # a name the tagger may take for a person, as the object of a preposition: not who goes on speaking
    ("Relief worker Marta Oyelaran said the convoy had reached the camp.\n\n"
     "She said families there had come from the village of Tumbaka.\n\n"
     "“We will need more water trucks by the weekend,” she said.", "water trucks", "Marta Oyelaran"),
    # a name in a place's compound ("the Gollo and Marwi sites") is no antecedent either
    ("Camp manager Idris Katende said new arrivals were registered daily at the Gollo and Marwi sites.\n\n"
     "“The latrines are overflowing,” he told a briefing.", "latrines", "Idris Katende"),
    # nor a name inside the words quoted
    ("District commissioner Ruth Nalwanga visited the shelters on Monday.\n\n"
     "“Kasimbo needs boats, not speeches,” she said.", "boats", "Ruth Nalwanga"),
    # nor a name in what the speaker reports
    ("Water minister Tomas Ekberg said that President Alva Moreno would visit the camps on Friday.\n\n"
     "“The pumps are running day and night,” he said.", "pumps", "Tomas Ekberg"),
    # a name after a title's preposition is the titled person ("Minister for Water Affairs X")
    ("Minister for Water Affairs Rana Qasemi has said that 12 villages were cut off.\n\n"
     "“The pumps are running day and night,” she says.", "pumps", "Rana Qasemi"),
    # "As X commented," names who speaks
    ("As Nadia Ferhat, the head of the district council, commented, the situation remains tense.\n\n"
     "She added that the schools would stay shut.", "schools", "Nadia Ferhat"),
    # "according to X" names who speaks
    ("The bridge was closed at dawn, according to engineer Paolo Brandt.\n\n"
     "“It may not reopen for a month,” he said.", "reopen", "Paolo Brandt"),
])
def test_a_pronoun_stands_for_the_person_speaking_not_a_name_aside(text, snippet, speaker):
    assert find(quotes(text), snippet).speaker.name == speaker


@pytest.mark.parametrize(("text", "snippet", "speaker"), [
    ("Gov. Lena Marsh said on Monday that the shelters were full.\n\n"
     "The governor said that buses would take families north.", "buses", "Lena Marsh"),
    ("Local council chairman Okello Ambrose said some families had moved in with relatives.\n\n"
     "“We have opened two schools as shelters,” the chairman added.", "two schools", "Okello Ambrose"),
    ("Dario Velez, the head of the provincial emergency office, said the river was still rising.\n\n"
     "“We expect the water to peak tonight,” said the head of the office.", "peak tonight", "Dario Velez"),
    ("Director of the regional civil protection agency, Anneke Vos, said that evacuations would go on.",
     "evacuations", "Anneke Vos"),
])
def test_a_role_phrase_resolves_to_the_person_given_that_role(text, snippet, speaker):
    assert find(quotes(text), snippet).speaker.name == speaker


def test_a_role_phrase_with_words_before_the_role_resolves_to_the_person():
    text = ("Interior Minister Selma Okoro said on Tuesday that 3,000 families had been moved to higher ground.\n\n"
            "The interior minister added that more buses would leave in the morning.")
    assert find(quotes(text), "more buses").speaker.name == "Selma Okoro"
