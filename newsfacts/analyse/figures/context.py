"""Where: the place of a figure (its own sentence's, else the article's focus) and the ends of a movement
("fled Myanmar to Bangladesh"). When is ``when.py``, according to whom ``sources.py``."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ... import lexicon
from ...gazetteer import fold
from ...lexicon.events import event_terms, people_classes
from ...records import Article, Mention
from ..focus import (
    DOMINANCE,
    border_side,
    country_entry,
    country_weights,
    filed_country,
    focus_country,
    focus_mention,
    people_origin,
)
from ..namesakes import namesake
from ..nlp import doc_text
from ..spans import ByStart

WHERE_PREPS = lexicon.words("figures.where_preps")
SPREAD_PREPS = lexicon.words("figures.spread_preps")
COUNTRIES_NOUNS = lexicon.words("figures.countries_nouns")
LIST_CLIMB = 10  # words from a place up to its preposition: the sixth country of a list is five conjuncts down
# "from X" beside these is where people left, not where the figure belongs ("returnees from Iran").
RETURN_WORDS = event_terms("left_from")
# "fled from X into Y", "fled X": the flight happened in X
FLIGHT_VERBS = event_terms("fled_from")
# Nouns of people counted by a movement ("refugees from Syria"): "from X" beside them is where they left.
MOVED_PEOPLE = frozenset(people_classes()) | event_terms("words", "displacement")
# Movements between places: "from X" (or the object of a verb of leaving) is the origin, "to X" the destination.
MOVEMENT_WORDS = lexicon.words("places.movement_words")
LEAVING_VERBS = lexicon.words("places.leaving_verbs")
ORIGIN_PREPS = lexicon.words("places.origin_prepositions")
DESTINATION_PREPS = lexicon.words("places.destination_prepositions")
# Oceans, seas and regions across borders ("East Africa", "the Mediterranean Sea"): places in no one country.
WORLD_REGIONS = lexicon.words("places.world_regions")
CAUSE_MARKERS = lexicon.words("places.cause_markers") | lexicon.words(lexicon.localized("places.cause_markers", "fr"))
HOME_BODIES = lexicon.words("figures.home_bodies")
ATTACK_WORDS = lexicon.words("places.attack_nouns") | lexicon.words("places.weapon_nouns")
HOMEWARD = lexicon.words("events.homeward")
ABROAD = lexicon.words("events.abroad")
# Dependencies that start a clause of their own ("said [that] 190 were killed", "while officials in X reported").
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})


def place_of(article: Article, mentions: ByStart[Mention], span, verb, counted: str | None = None,
             event: str | None = None) -> dict[str, Any]:
    """A figure's place and how it was found, with the ends of a movement, as Figure fields. The place is
    the sentence's (``sentence_place``); for a movement into a place, where they arrived (the displaced
    are counted there) unless the sentence says where it happened ("in X"); where the sentence names no
    place with a country, the people the figure counts ("1,400 Israelis were killed": their mention, whose
    country is Israel's), else the article's focus country when one clearly leads (``place_source``
    "article"); refugees (``ABROAD`` classes) are not where their demonym says. "Returned from Iran", "deported to France": origin and destination. People sent or going
    home (``HOMEWARD`` classes) with no destination written are counted in their own country (``home_place``)."""
    if span is None:
        return {"place": None}
    sent = span.sent
    places = [m for m in mentions.starting_in(sent.start_char, sent.end_char) if m.type == "place" and not m.actor]
    places = [m for m in places if not _stray(m, article) and not namesake(m, article)]
    if article.dateline is not None:
        places = [m for m in places if m.start >= article.dateline.end]  # "ROME (AFP) - ... off Libya": where it is written from
    if places and (told := people_origin(article.text, places, sent.start_char)):
        places = [m for m in places if m.start not in told]  # "70 people, mostly from Sudan": where they come from
    # "fled abroad, mainly to Egypt, Chad and South Sudan", "to neighbouring countries, including Egypt, Chad and
    # South Sudan": no one country of a list is where the figure happened
    spread = _spread_lists(places, span.doc)
    # a list of countries themselves (not of towns, one of which the gazetteer may place abroad), or "in 14 countries"
    countries_listed = _spread_lists([m for m in places if m.precision == "country"], span.doc)
    spread_over = any(span.doc[i].lower_ in SPREAD_PREPS or span.doc[i].pos_ == "VERB" for i in countries_listed) \
        or any(_countries(t) and t.dep_ == "pobj" and t.head.lower_ in SPREAD_PREPS for t in span.sent)
    places = [m for m in places if (prep := _list_holder(m, span.doc)) is None or prep.i not in spread]
    origin, destination = movement_ends(places, span.doc, verb)
    if destination is None:
        destination = crossed_water(span.doc, verb)  # "crossed the English Channel": the United Kingdom
    place = bracket_holder(places, span) or sentence_place(places, span, verb)
    if place is not None and _elsewhere(place, article, span):
        place = None  # "... displaced 638,000, while 87,000 others sought refuge in Nigeria": the article's country
    before: frozenset[int] = frozenset()  # where people sent home were before: no weight for the article's focus
    if destination is not None:
        said = [m for m in places if m not in (origin, destination) and _preposition_word(m, span.doc) in WHERE_PREPS
                and _in_clause_of(m, verb, span.doc) and _on_verb(m, verb, span.doc)]
        place = sentence_place(said, span, verb) or destination
    elif event in HOMEWARD:
        place = home_place(places, span, verb, counted_people(mentions, sent, counted))
        before = frozenset(m.start for m in places if _clause_rank(m, span.doc, _clause_head(span.root)) == 2)
    if place is not None and place.country:
        return {"place": place, "place_source": "sentence", "origin": origin, "destination": destination}
    if event not in ABROAD and (people := counted_people(mentions, sent, counted)) is not None:
        return {"place": people, "place_source": "sentence", "origin": origin, "destination": destination}
    if (body := home_body(mentions, span, verb)) is not None:
        return {"place": body, "place_source": "sentence", "origin": origin, "destination": destination}
    if place is not None and borderless(place) and not _country_named(mentions, sent, article) and (region := next(
            (m for m in places if borderless(m) and not _in_aside(m, span.doc) and not _named_subdivision(m, article.text)),
            None)) is not None:
        # "34,297 mpox cases in Africa", "2,000 lost their lives crossing the Mediterranean Sea": no country's
        # figure, whatever country the article (or its dateline) leads with; "capsized in the Mediterranean off
        # the Italian island of Lampedusa" names a country beside the sea
        return {"place": region, "place_source": "sentence", "origin": origin, "destination": destination}
    if spread_over and (place is None or not place.country):
        # "killed in Niger, Mali and Burkina Faso", "the floods that hit Indonesia, Sri Lanka and Thailand", "in 14
        # countries": the figure of several countries is none's, not the article's nor the paragraph's before it
        return {"place": place, "place_source": "sentence", "origin": origin, "destination": destination}
    skip = origins(article, span.doc) | before
    country = focus_country(article, (sent.start_char, sent.end_char), counted, skip)
    inherited = focus_mention(article, country, skip) if country else None
    if inherited is not None:
        return {"place": inherited, "place_source": "article", "origin": origin, "destination": destination}
    return {"place": place, "place_source": "sentence" if place else None, "origin": origin, "destination": destination}


# The clauses beside the figure's that may tell of something else: "..., while 87,000 others sought refuge in Nigeria"
# (advcl), "... et 611 ont été reconduites vers les Comores" (conj); a relative clause describes the figure's own words.
SIDE_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis"})


def _elsewhere(place: Mention, article: Article, span) -> bool:
    """A place only another clause of the sentence names ("while 87,000 others sought refuge in Nigeria", "most of
    whom fled a crackdown in Myanmar", "et 611 ont été reconduites vers les Comores") in a country other than the one the article clearly
    leads with (``focus.focus_country``): it says where something else happened, and the article's country is the
    figure's. A clause opened by a word of cause or time (``CAUSE_MARKERS``: "after their boat capsized off
    Libya") tells where the figure's event began: its place stays."""
    if not place.country or _clause_rank(place, span.doc, _clause_head(span.root)) < 2:
        return False
    own = _clause_head(span.doc.char_span(place.start, place.end, alignment_mode="expand").root)
    if own.dep_ not in SIDE_CLAUSE_DEPS:
        return False  # "5,000 refugees who had arrived in Chad": a clause on the figure's own words
    if any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKERS for c in own.children):
        return False  # "missing after their boat capsized off the coast of Libya": where it happened
    country = focus_country(article, (span.sent.start_char, span.sent.end_char))
    return country is not None and country != place.country


def home_place(places: list[Mention], span, verb, people: Mention | None) -> Mention | None:
    """Where people sent or going home are counted: a place of the figure's own clause (or one holding it) in
    their country, else the people themselves ("Iran deported 36,400 Afghans": Afghanistan), else such a place
    in any country; a place in another clause says where they were before ("most of them deported after being
    arrested in Tehran"), never where they are counted."""
    clause = _clause_head(span.root)
    own = [m for m in places if _clause_rank(m, span.doc, clause) < 2]
    place = sentence_place(own, span, verb)
    if people is not None and (place is None or place.country != people.country):
        return people
    return place


def _on_verb(m: Mention, verb, doc) -> bool:
    """The place's preposition hangs on the movement's verb ("crossed into Syria in Hermel"), or there is no
    verb to tell; "since the conflict in Sudan", "after clashes near Myawaddy" say where something else was."""
    prep = _preposition(m, doc)
    return verb is None or prep is None or prep.head == verb


def _in_clause_of(m: Mention, verb, doc) -> bool:
    """Whether the place ``m`` is in the clause of the movement's verb (its subtree), or there is no verb to
    tell: "displaced inside Lebanon ..., and that 25,000 had crossed into Syria" says where the others were."""
    if verb is None:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is None or verb.is_ancestor(span.root) or verb == span.root


def _stray(m: Mention, article: Article) -> bool:
    """A town or site whose country nothing else in the article names, in an article that names another more
    than once: a
    namesake the gazetteer knows elsewhere ("the Joda border crossing" in a South Sudan story is no Indian
    town, "Milak" on the Afghan border no Indian one), not where the figure is."""
    if not m.country or m.precision not in ("city", "site"):
        return False
    countries = [o.country for o in article.mentions if o.country and o.type in ("place", "group")]
    return countries.count(m.country) == 1 and any(countries.count(c) > 1 for c in set(countries) - {m.country})


def origins(article: Article, doc) -> frozenset[int]:
    """The mentions that name where one person or thing is from, not a country the article is about, by
    their starts, for the article's focus to leave out: a place that is "from X" on a noun ("a woman visiting
    from Canada", ``_origin_of_someone``), and a people ("Canadian", "Irish") that modifies a singular common
    noun with an indefinite article or none ("a Canadian tourist", "Irish heritage"); "the Jordanian security
    forces", "the Afghan government" and "Sudanese refugees" still point to their country; an attacker's demonym
    ("Russian shelling", ``_attacker``) does not."""
    if "origins" not in doc.user_data:
        found = set()
        for m in article.mentions:
            if m.type == "place" and m.country:
                prep = _preposition(m, doc)
                if prep is not None and prep.lower_ == "from" and _origin_of_someone(prep, None):
                    found.add(m.start)
            if m.type != "group" or not m.country:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ not in ("amod", "compound") or span.root.head.i <= span.root.i:
                continue
            noun = span.root.head
            det = next((c for c in noun.children if c.dep_ == "det"), None)
            if noun.tag_ == "NN" and (det is None or det.lower_ in ("a", "an")) or _attacker(noun):
                found.add(m.start)
        doc.user_data["origins"] = frozenset(found)
    return doc.user_data["origins"]


def _attacker(noun) -> bool:
    """A demonym on an attack or a weapon names the attacker ("Russian shelling", "a Russian drone attack", "Israeli
    air strikes"), not where people were hit."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "drone" of "drone attack"
        noun = noun.head
    return noun.lower_ in ATTACK_WORDS or any(c.dep_ == "compound" and c.lower_ in ATTACK_WORDS for c in noun.children)


def counted_people(mentions: ByStart[Mention], sent, counted: str | None) -> Mention | None:
    """The people a figure counts, named by a demonym or nationality in its sentence ("8.5 million Sudanese",
    "Afghan migrants"), as a mention with a country; None when the counted phrase names none."""
    if not counted:
        return None
    for m in mentions.starting_in(sent.start_char, sent.end_char):
        if m.type == "group" and m.country and m.text in counted:
            return m
    return None


def home_body(mentions: ByStart[Mention], span, verb) -> Mention | None:
    """ "The Libyan coast guard rescued 22 survivors": the people (a demonym with a country) of a body that acts
    at home (``HOME_BODIES``), the subject of the figure's own verb, as a mention with a country; None else."""
    if verb is None or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in HOME_BODIES or subj.idx > span.start_char:
        return None
    for mod in subj.children:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.i < subj.i:
            for m in mentions.starting_in(mod.idx, mod.idx + len(mod.text)):
                if m.type in ("group", "place") and m.country:
                    return m
    return None


def bracket_holder(places: list[Mention], span) -> Mention | None:
    """The place whose brackets hold the figure: "Taroudant (271 morts) et Chichaoua (91 morts)", "Maradi (centre-sud,
    42 décès), Zinder (centre-est, 27 décès)", "Kassala state (5,293)": a list of places, each with its own count in
    the brackets right after its name, where the sentence's one verb places none of them. Not a country: "des
    ressortissants d'autres pays comme le Tchad (3 424)" counts people of that country where they arrived."""
    text = doc_text(span.doc)
    start = span.start_char
    opened = text.rfind("(", span.sent.start_char, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    closed = text.find(")", span.end_char, span.sent.end_char)
    if closed < 0 or "(" in text[span.end_char:closed]:
        return None
    held = [m for m in places if m.end <= opened and not text[m.end:opened].strip() and m.country
            and m.precision not in ("country", "continent")]
    return held[-1] if held else None


def sentence_place(places: list[Mention], span, verb) -> Mention | None:
    """Where the figure happened: among the sentence's places (actors aside) that the gazetteer knows,
    one in the figure's own clause rather than another's ("Malawi's government said 190 were killed,
    while authorities in Mozambique reported 20 deaths"), the one the term verb places ("were displaced
    in Nord", "fled from Rakhine"), else any placed by "in", "within", "across"..., else the first.
    "From X" after a verb or noun of return or removal names where people left, never the figure's
    place."""
    clause = _clause_head(span.root)
    ranked = [(_place_rank(m, span.doc, verb, clause), m) for m in places]
    ranked = [r for r in ranked if r[0] is not None]
    return min(ranked, key=lambda r: r[0])[1] if ranked else None


def movement_ends(places: list[Mention], doc, verb) -> tuple[Mention | None, Mention | None]:
    """Where people moved from and to: "from X" and "to X", "into X" beside a word of movement (fled,
    returned, deported, crossed, refugees ...), and the place a verb of leaving takes as its object
    ("fled Myanmar")."""
    origin = destination = None
    for m in places:
        prep = _preposition(m, doc)
        if prep is None:
            head = _object_of(m, doc)
            if origin is None and head is not None and _lemma(head) in LEAVING_VERBS:
                origin = m
            continue
        if not (_lemma(prep.head) in MOVEMENT_WORDS or _lemma(prep.head.head) in MOVEMENT_WORDS
                or (verb is not None and _lemma(verb) in MOVEMENT_WORDS and verb in (prep.head, prep.head.head))):
            continue
        if prep.lower_ in ORIGIN_PREPS and origin is None:
            origin = m
        elif prep.lower_ in DESTINATION_PREPS and destination is None:
            destination = m
    return origin, destination


CROSSING_VERBS = lexicon.words("places.demonym_crossing_verbs")
CROSSED_WATERS: dict[str, str] = lexicon.table("places.crossed_waters")


def crossed_water(doc, verb) -> Mention | None:
    """The country reached by crossing the water the figure's verb takes as its object ("More than 1,190 people
    crossed the English Channel in small boats": the United Kingdom; ``CROSSED_WATERS``), as a place mention over
    the water's name with that country's entry; None for any other verb or object."""
    if verb is None or _lemma(verb) not in CROSSING_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        words = [t for t in obj.subtree if t.dep_ not in ("det", "punct") and t.i <= obj.i]
        country = CROSSED_WATERS.get(" ".join(t.text for t in words))
        entry = country_entry(country) if country else None
        if entry is not None:
            start, end = words[0].idx, obj.idx + len(obj.text)
            return Mention(text=doc_text(doc)[start:end], type="place", canonical=entry.name, start=start, end=end,
                           country=country, geonames_id=entry.geonames_id, lat=entry.lat, lon=entry.lon,
                           precision="country", extractor="figures@crossing")
    return None


def _preposition_word(mention: Mention, doc) -> str | None:
    prep = _preposition(mention, doc)
    return prep.lower_ if prep is not None else None


def _clause_head(tok):
    """The head of the clause a token is in: the first verb up the tree that starts a clause."""
    for _ in range(40):
        if tok.dep_ in CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")) or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _clause_rank(mention: Mention, doc, clause) -> int:
    """0 for a place in the figure's clause, 1 in a clause that holds it ("Malawi's government said ..."),
    2 in another clause."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return 2
    own = _clause_head(span.root)
    if own.i == clause.i:
        return 0
    return 1 if any(t.i == own.i for t in clause.ancestors) else 2


def _place_rank(mention: Mention, doc, verb, clause) -> tuple | None:
    prep = _preposition(mention, doc)
    word = prep.lower_ if prep is not None else None
    if word == "from" and (_lemma(prep.head) in RETURN_WORDS or _lemma(verb) in RETURN_WORDS):
        return None
    if word == "from" and _origin_of_someone(prep, verb):
        return None
    if border_side(doc_text(doc), mention):
        return None  # "near the border with China": the other side, not where it happened
    attached = prep is not None and verb is not None and verb in (prep.head, prep.head.head)
    placed = word in WHERE_PREPS or (word == "from" and _lemma(verb) in FLIGHT_VERBS)
    if prep is None and verb is not None and _lemma(verb) in FLIGHT_VERBS and _object_of(mention, doc) == verb:
        attached = placed = True  # "2,000 people fled Gwoza"
    # a place that only describes who speaks ("the Borno state governor said") says little of where
    rank = _clause_rank(mention, doc, clause)
    # of the clauses that hold the figure's, the nearest: "In Niger, floods killed 273, while in Nigeria's Maiduguri
    # 30 died and 400,000 were displaced": the place of the clause the figure's is coordinated with
    return (mention.country is None, rank, _holding_depth(mention, doc, clause) if rank == 1 else 0,
            not (attached and placed), not placed, _titles_speaker(mention, doc), mention.start)


def _holding_depth(mention: Mention, doc, clause) -> int:
    """How many heads up from the figure's clause the clause that holds the place is (1: the clause right above)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    own = _clause_head(span.root).i if span is not None else -1
    return next((k for k, t in enumerate(clause.ancestors, 1) if t.i == own), 0)


def _origin_of_someone(prep, verb) -> bool:
    """ "from X" says where a person or thing comes from, not where the figure happened: it hangs on a noun
    ("a tourist from Canada") or on a participle that modifies one ("a woman visiting from Canada"), not on
    the figure's verb, and no word of movement or of people moved ("refugees from Syria") governs it. On the
    figure's own noun it names a cause ("the death toll from Russia's attack on Kyiv"), not a place."""
    head = prep.head
    if (verb is not None and head == verb and head.pos_ in ("VERB", "AUX") or _lemma(head) in MOVEMENT_WORDS
            or _lemma(head) in MOVED_PEOPLE):
        return False
    return head.pos_ in ("NOUN", "PROPN", "PRON") or (head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"))


def _object_of(mention: Mention, doc):
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.head if span is not None and span.root.dep_ == "dobj" else None


def _titles_speaker(mention: Mention, doc) -> bool:
    """The place modifies the subject of the sentence's verb ("The Borno state governor said ...")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok != span.root
        if tok.dep_ not in ("compound", "amod", "nmod", "poss") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok is not None else ""


def _spread_lists(places: list[Mention], doc) -> set[int]:
    """The prepositions (token indices) under which places coordinated with each other ("to Egypt, Chad and South
    Sudan") lie in more than one country."""
    countries: dict[int, set[str]] = {}
    for m in places:
        if m.country and (prep := _list_holder(m, doc)) is not None and _coordinated(m, doc):
            countries.setdefault(prep.i, set()).add(m.country)
    return {i for i, found in countries.items() if len(found) > 1}


def _countries(tok) -> bool:
    """A noun of several countries: "14 countries", "these three countries", "eleven nations"."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in COUNTRIES_NOUNS


def _list_holder(mention: Mention, doc):
    """The word a place of a list hangs on: its preposition ("in Niger, Mali and Burkina Faso"), else the verb whose
    object the list is ("the floods that hit Indonesia, Sri Lanka and Thailand")."""
    if (prep := _preposition(mention, doc)) is not None:
        return prep
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(LIST_CLIMB):
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            return tok.head
        if tok.dep_ not in ("compound", "conj", "appos", "amod") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _coordinated(mention: Mention, doc) -> bool:
    """The place is one of a coordination ("Egypt, Chad and South Sudan"), not a side of a compound ("the Egypt-Gaza
    border")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children))


def _preposition(mention: Mention, doc):
    """The preposition whose object a place mention is ("in Mitwaba territory", "from Pakistan and Iran")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(LIST_CLIMB):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ not in ("compound", "conj", "appos", "amod", "nmod", "poss") or tok.head == tok:
            return None
        tok = tok.head
    return None



# Classes of people counted where a movement brought them (refugees, people hosted, sheltered, in camps): the
# country their sentence places them in is where the article's movements end.
TAKEN_IN_CLASSES = lexicon.words("events.stay_classes") | ABROAD
# Classes of people held before they are sent away: in a story of removals, where the removals start.
HELD_CLASSES = frozenset({"detained"})


def with_movement_places(figures: list, article: Article) -> list:
    """In a story of people moving between two countries that weigh alike for the article's focus (no country
    clearly leads: ``focus.focus_country``), a figure that nothing places in a country ("The transit site is now
    sheltering over 11,000", "13 people have died at the transit centre") is where the movements end: the one of
    the two that the figures' movements go to (their ``destination``; the place of people taken in: "Burundi now
    hosts 150,000 refugees"; the place of people counted away from where they left: "8,000 Afghans were sent back
    from Pakistan") and none leaves. People held before a removal ("12 holding centres where
    the Afghans are kept before their repatriation", ``HELD_CLASSES``) are in the country the removals leave.
    Figures placed otherwise are kept as they are, but for ``_crossed_home``'s."""
    went = {f.destination.country for f in figures if f.destination is not None and f.destination.country}
    left = {f.origin.country for f in figures if f.origin is not None and f.origin.country}
    went |= {f.place.country for f in figures if f.origin is not None and f.origin.country and f.place_source == "sentence"
             and f.place is not None and f.place.country not in (None, f.origin.country)}  # "8,000 sent back from Pakistan"
    figures = _crossed_home(figures, article, left)
    went |= {f.place.country for f in figures if f.event in TAKEN_IN_CLASSES and f.place_source == "sentence"
             and f.place is not None and f.place.type == "place" and f.place.country}
    if not any(_unplaced(f) for f in figures):
        return figures
    weights = country_weights(article).most_common(2)
    if len(weights) < 2 or weights[0][1] >= DOMINANCE * weights[1][1]:
        return figures
    two = {weights[0][0], weights[1][0]}
    ends = [c for c in two if c in went and c not in left]
    starts = [c for c in two if c in left and c not in went]
    if len(ends) != 1:
        return figures
    removals = any(f.event in HOMEWARD for f in figures)
    out = []
    for f in figures:
        if _unplaced(f):
            held = f.event in HELD_CLASSES and removals and len(starts) == 1
            country = starts[0] if held else ends[0]
            found = focus_mention(article, country)
            if found is not None:
                f = dataclasses.replace(f, place=found, place_source="article")
        out.append(f)
    return out


# Classes of people who cross from the country they leave to the one they go to: counted where they went.
CROSSING_CLASSES = HOMEWARD | {"departed", "arrived"}


def _crossed_home(figures: list, article: Article, left: set) -> list:
    """In a story of returns or removals from one country to one other (every return or removal the figures name
    goes to X, every movement they name leaves Y), a figure of people crossing, going or sent home (``CROSSING_CLASSES``) that
    names no end of its own, whose sentence tells of a border or crossing (``_at_border``), and is placed in Y ("1,800 returns at the Masnaa crossing" in an article about
    Lebanon, "Another 1,205 left voluntarily through the Chaman border in Balochistan", "Lebanon's General
    Security put the number of returns at 61,000") is counted in X, where they went."""
    went = {f.destination.country for f in figures if f.event in HOMEWARD and f.destination is not None
            and f.destination.country}
    went |= {f.place.country for f in figures if f.event in HOMEWARD and f.origin is not None and f.origin.country
             and f.place_source == "sentence" and f.place is not None and f.place.country not in (None, f.origin.country)}
    ends, starts = went - left, left - went
    if len(ends) != 1 or len(starts) != 1:
        return figures
    (home,), (host,) = ends, starts
    out = []
    for f in figures:
        if (f.event in CROSSING_CLASSES and _at_border(f, article.text) and f.origin is None and f.destination is None
                and f.place is not None
                and f.place.country == host and (found := focus_mention(article, home)) is not None):
            f = dataclasses.replace(f, place=found, place_source="article")
        out.append(f)
    return out


CROSSING_RE = re.compile(r"(?i)\b(?:cross\w*|" + "|".join(lexicon.terms("places.border_nouns")) + r")\b")


def _at_border(f, text: str) -> bool:
    """The figure's sentence tells of a border or a crossing ("at the Masnaa crossing", "through the Chaman border"):
    people going across it, not returns inside the country they left ("the return of 8,200 people to villages in
    the south")."""
    start, end = _sentence_bounds(text, f.start)
    return CROSSING_RE.search(text, start, end) is not None


def with_filed_places(figures: list, article: Article) -> list:
    """Last, where no country clearly leads and no movement between two placed them (``with_movement_places``), a
    figure that nothing places in a country is in the country the title files the article under, if it leads
    (``focus.filed_country``): "UNHCR Chad: Sudan Emergency Operational Update" over arrivals from Darfur, "Bangladesh
    Shelter Cluster - Sylhet Floods" over rain in Meghalaya and Assam."""
    if not any(_unplaced(f) for f in figures) or (country := filed_country(article)) is None:
        return figures
    if (found := focus_mention(article, country)) is None:
        return figures
    return [dataclasses.replace(f, place=found, place_source="article") if _unplaced(f) else f for f in figures]


def with_paragraph_before_places(figures: list, article: Article) -> list:
    """Last, where nothing placed a figure in a country (no place in its sentence or paragraph, or one the gazetteer
    lacks, and no country leading the article):
    a figure in the paragraph of a placed figure, or in the one right after it, is where the last of them is (in the
    next paragraph only where the figures of that one are all in one country). "The toll in
    Myanmar rose to 2,056. ...\n\nA spokesperson said 270 more were missing": a story of several countries goes
    on, paragraph by paragraph, about the one it last named."""
    out: list = []
    for f in figures:
        if f.place is None and f.place_source is None or f.place is not None and _unplaced(f):
            # no place, or one in no country the gazetteer knows ("à Gansé", "in Renk"); not a figure placed on
            # purpose in none ("killed in Niger, Mali and Burkina Faso": place None, from its sentence)
            prev = next((g for g in reversed(out) if g.place_source in ("sentence", "context") and g.place is not None
                         and g.place.country), None)
            if prev is not None and _within_next_paragraph(article.text, prev.end, f.start) and (
                    not PARAGRAPH_BREAKS_RE.search(article.text, prev.end, f.start)
                    or len(_paragraph_countries(out, article.text, prev)) == 1):
                f = dataclasses.replace(f, place=prev.place, place_source="context")
        out.append(f)
    return out


def _paragraph_countries(figures: list, text: str, prev) -> set[str]:
    """The countries of the placed figures in the paragraph of ``prev``: a paragraph that goes over several ("In
    Mozambique, 600 were killed. Zimbabwe reported 344 deaths") leads the next one to none of them."""
    start = max(text.rfind("\n", 0, prev.start) + 1, 0)
    end = text.find("\n", prev.end)
    end = len(text) if end < 0 else end
    return {g.place.country for g in figures if start <= g.start < end and g.place_source in ("sentence", "context")
            and g.place is not None and g.place.country}


def _within_next_paragraph(text: str, end: int, start: int) -> bool:
    """The text from ``end`` to ``start`` crosses one paragraph break at most."""
    return len(PARAGRAPH_BREAKS_RE.findall(text, end, start)) <= 1


PARAGRAPH_BREAKS_RE = re.compile(r"\n\s*\n|\n(?!\s*\n)")


def _unplaced(f) -> bool:
    return f.place_source in (None, "sentence") and (f.place is None or not f.place.country and not borderless(f.place))


def _country_named(mentions: ByStart[Mention], sent, article: Article) -> bool:
    """The sentence names something of a country (a place, a people, a body), after the dateline."""
    after = article.dateline.end if article.dateline is not None else 0
    return any(m.country and m.start >= after for m in mentions.starting_in(sent.start_char, sent.end_char))


# A region's name with a word of a country's subdivision beside it ("the Sahel region", "la région du Sahel"):
# Burkina Faso's Sahel region, not the Sahel.
SUBDIVISION_WORDS = lexicon.words("places.container_nouns") | lexicon.words(lexicon.localized("places.place_nouns", "fr"))
SUBDIVISION_BEFORE_RE = re.compile(r"\b(\w+)\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l'|des\s+)?$", re.I)
SUBDIVISION_AFTER_RE = re.compile(r"\s+(\w+)")


def _named_subdivision(m: Mention, text: str) -> bool:
    before = SUBDIVISION_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
    after = SUBDIVISION_AFTER_RE.match(text, m.end)
    return any(g is not None and g.group(1).lower() in SUBDIVISION_WORDS for g in (before, after))


def _in_aside(m: Mention, doc) -> bool:
    """The place is no object of the figure's clause ("this poor Caribbean country": a word describing the
    country) or is in an aside on the clause ("displaced across the country, the highest number in Africa": an
    appositive or adverbial noun phrase that compares the figure with another place's)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    if tok is None or tok.dep_ not in ("pobj", "dobj"):
        return True
    while tok.head != tok:
        if tok.dep_ in ("appos", "npadvmod"):
            return True
        tok = tok.head
    return False


def borderless(m: Mention) -> bool:
    """A continent, an ocean or sea, a region across borders ("Africa", "the Mediterranean Sea", "East Africa"):
    a place, but in no one country."""
    return not m.country and (m.precision == "continent" or fold(re.sub(r"^the\s+", "", m.canonical or m.text, flags=re.I))
                              in WORLD_REGIONS)


RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
SERIES_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)  # "A and B", "A, B and C", "A, B, and C"
SENTENCE_BOUNDARY_RE = re.compile(r"[.!?]\s|\n")


def with_respective_places(figures: list, article: Article) -> list:
    """ "2,400 and 5,100 new arrivals in Rwanda and Uganda respectively": in a sentence that says "respectively",
    a series of figures and a series of places of the same length pair in order, each figure the place in its
    rank (``place_source`` "sentence"). Figures with no such series are kept as they are."""
    text = article.text
    out = list(figures)
    for found in RESPECTIVELY_RE.finditer(text):
        start, end = _sentence_bounds(text, found.start())
        places = [m for m in article.mentions if m.type == "place" and m.country and not m.actor and start <= m.start < end]
        numbered = [(i, f) for i, f in enumerate(out) if start <= f.start < end]
        for run in _series(numbered, text):
            match = next((p for p in _series([(i, m) for i, m in enumerate(places)], text) if len(p) == len(run)), None)
            if match is not None and len(run) > 1:
                for (i, f), (_, place) in zip(run, match, strict=True):
                    out[i] = dataclasses.replace(f, place=place, place_source="sentence")
    return out


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence around ``at``, by its punctuation and line breaks."""
    starts = [m.end() for m in SENTENCE_BOUNDARY_RE.finditer(text, 0, at)]
    after = SENTENCE_BOUNDARY_RE.search(text, at)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _series(items: list, text: str) -> list[list]:
    """The runs of items (index, thing with start and end) that the text joins by commas and "and" alone."""
    runs: list[list] = []
    for item in items:
        if runs and SERIES_GAP_RE.fullmatch(text, runs[-1][-1][1].end, item[1].start):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
