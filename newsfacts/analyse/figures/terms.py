"""What happened to what a figure counts: the term (the verb or state: repatriated, expelled, at risk,
displaced ...), its category (displacement, casualties, aid, money, time, other), stock or flow, and the
direction of a change ("rose 64 points"). The event words are the lexicon's table of event classes
(events.toml); this module derives figures' word sets from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ... import lexicon
from ...lexicon.events import (
    adverb_classes,
    brought_to_classes,
    care_verb_classes,
    category_of_class,
    classes,
    disease_verb_classes,
    event_terms,
    given_classes,
    home_to_classes,
    intransitive_verbs,
    noun_classes,
    object_classes,
    origin_classes,
    people_classes,
    phrasal_classes,
    place_object_classes,
    predicate_classes,
    prep_object_classes,
    result_classes,
    result_on_classes,
    state_classes,
)
from .counted import verb_of_stray_subject
from .numbers import Amount
from .units import HOUSEHOLD_NOUNS, TIME_UNITS

DISPLACEMENT_WORDS = event_terms("words", "displacement")
CASUALTY_WORDS = event_terms("words", "casualties")
AID_WORDS = event_terms("words", "aid")
FLOW_TERMS = event_terms("flow")
STOCK_TERMS = event_terms("stock")
UP_VERBS = lexicon.words("figures.up_verbs")
DOWN_VERBS = lexicon.words("figures.down_verbs")
CHANGE_NOUNS = lexicon.words("figures.change_nouns")


@dataclass(frozen=True)
class Event:
    """What happened to what a figure counts: the text's word (``term``: "dead", "injured", "flee"), its
    class in the lexicon's events table (``event``: killed, injured, fled ...) and the token that names it
    (``verb``: where the figure's place and change are looked for)."""

    term: str | None = None
    event: str | None = None
    verb: Any = None


NO_EVENT = Event()
AGENT = Event()  # the counted did what the verb says ("a 6.2 earthquake displaced ..."): no event of its own
COMPANIONS = Event()  # those who went with the subject ("fled with her seven children"): no event of their own
FOR_WHOM = Event()  # the verb was done for the counted ("built shelters for 300 people"): none of the verb's events


def event_of(span, noun) -> Event:
    """The figure's event (``_event_of``); a class of things only (destroyed, damaged) never befalls a count of
    people: "a family of five buried by a landslide" takes the event of the clause above the verb ("have
    killed 14 people, including a family of five"), where "a flash flood buried 37 homes" stays destroyed."""
    found = _event_of(span, noun)
    if (found.event is None or category_of_class(found.event) in COMPANION_CATEGORIES) and found is not AGENT \
            and found is not FOR_WHOM and _companions(span, noun):
        return COMPANIONS
    if found.event in AFTER_HARM and (harm := _harm_described(noun)) is not None:
        return harm
    if found.event in THING_CLASSES and found.verb is not None and _of_people(noun, found.verb):
        above = _climb(found.verb.head if found.verb.dep_ in ("acl", "relcl") else found.verb)
        if above is not None and above.event is not None and above.event not in THING_CLASSES:
            return above
        # people swept away or still buried, with no event above: their fate unknown
        return Event(found.term, "missing", found.verb) if found.verb.lemma_.lower() in LOST_VERBS else NO_EVENT
    return found


def _harm_described(noun) -> Event | None:
    """A word of harm that describes the counted ("600 wounded patients", "injured people"), its class a
    class of casualties, else None."""
    for c in noun.children if noun is not None else ():
        name = PREDICATES.get(c.lemma_.lower()) or PREDICATES.get(c.lower_)
        if c.dep_ in ("amod", "compound") and c.i < noun.i and category_of_class(name) == "casualties":
            return Event(c.lower_, name, c)
    return None


# The categories whose event the subject's companions do not take as a figure of their own: "Amina reached
# Tawila with her seven children", "crossed the river with her husband and their five children", "returned with
# his seven children": a family's movement told of one person, not a count of arrivals. Who is killed or hurt
# with someone ("killed with her three children") shares the fate and keeps the event.
COMPANION_CATEGORIES = frozenset({"displacement", "aid"})
OWNERS = frozenset({"her", "his", "their", "my", "our", "your"})  # a family's, not a town's ("with its 300 residents")


def _companions(span, noun) -> bool:
    """The number counts those who go with the subject: its noun (or the noun it is coordinated after) is the
    object of "with" and owned by a possessive ("with her seven children", "with his two wives")."""
    if span is None or noun is None or noun not in _ancestors(_number(span), 3):
        return False
    tok = noun
    owned = any(c.dep_ == "poss" and c.lower_ in OWNERS for c in tok.children)
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
        owned = owned or any(c.dep_ == "poss" and c.lower_ in OWNERS for c in tok.children)
    return owned and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX")


def _of_people(noun, verb) -> bool:
    """The figure counts people: its noun, else the noun the event's participle describes ("a family of five
    buried by ...") or the passive subject of its verb, is a noun of persons."""
    nouns = [noun] if noun is not None else [verb.head] if verb.dep_ in ("acl", "relcl") else [
        c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(n.lemma_.lower() in PERSON_NOUNS for n in nouns)


def _event_of(span, noun) -> Event:
    """The number's own predicate, read from the parse: a participle or adjective right after it ("2,053
    dead and 9,249 injured", "37 missing", "41 reported missing"), a modifier of what it counts ("people
    displaced", "people in need"), the nominal it is the "of" of ("the displacement of 3,000", "claimed the
    lives of three"), a death toll it reaches ("the death toll rose to 225"), else the verb of its own clause
    ("displaced 19,676 households, affecting over 88,000 people": 88,000 -> affected), reporting and
    believing looked through ("10,000 are believed missing"); last, a counted noun that says what happened
    ("20 deaths", "5,000 evacuees")."""
    if span is None:
        return NO_EVENT
    if (respective := _respective_count(_number(span))) is not None:
        return respective
    start = _anchor(span, noun)
    if (sheltered := _shelter_term(start)) is not None:
        stay = Event(sheltered[0], sheltered[2], sheltered[1])
        if sheltered[1].head != start:
            return stay
        # where they stay ("people living in shelters", "refugees who had been sheltered in X") describes the
        # counted; what happened to them is the clause's ("are suffering from infections", "returned")
        main = _climb(start)
        return main if main is not None and main.event is not None and main is not AGENT else stay
    sent_end = _sentence_end(span)
    if noun is not None and noun.lower_ in REMAINS and (people := _people_noun(noun)) is not None:
        return _remains(people, _climb(start))  # "counted 200 bodies in the camps": the dead, wherever they lie
    found = _done_to(start, _told_of_subject(start, _own_modifier(start, _number(span)))) or _adjacent(
        span, noun, sent_end) or _part_state(_climb(start), _number(span))
    if (home := _gone_home_since(found, start, _number(span))) is not None:
        return home
    if (found is None or found.event is None) and found is not AGENT:
        found = _relative(start) or _describing(start, _number(span)) or found
    if found is not None and found.event in STAY_CLASSES and (aid := _aid(noun, start)) is not None \
            and (aid.verb is None or aid.term != aid.verb.lower_):
        return aid  # relief given to people is aid, wherever they stay ("trucking water to 12,000 people in the camps");
        # a verb of serving alone ("supporting 38,700 people in 62 camps") leaves them where they stay
    if found is not None and found.event is not None:
        return _stay_verb_of(start, found)
    if found is not AGENT and (whole := _whole_of(_number(span))) is not None:
        return whole  # "14 of the dead were children", "300 of the wounded"
    # relief given to people or received by them ("provided cash assistance to 38,500 returnee households", "3,200
    # refugee households received shelter kits") is aid, whatever the people are called
    if (aid := _aid(noun, start)) is not None:
        return aid
    if (people := _people_noun(noun)) is not None:
        return _remains(people, found, start)  # "resulted in around 2,000 fatalities", "reported 20 deaths"
    near = _term_verb_nearby(start, span, sent_end) if found is not AGENT and found is not FOR_WHOM else None
    if near is not None:
        return near  # "brings to 274,000 the number of people displaced"
    if (found is None or found.event is None) and (toll := _toll_before(span)) is not None:
        return toll
    if found is not None and found.event is None and (cared := _cared_for(found.verb, start)) is not None:
        return cared  # "MSF teams treated 5,600 cholera patients"
    return found or NO_EVENT


def _stay_verb_of(start, found: Event) -> Event:
    """A place written beside the counted ("in camps") whose verb of staying or hosting takes the counted
    ("hosts 1.1 million refugees in 33 camps", "1 million Rohingya live in the camps"): the verb is the text's
    word for it and leads the term ("hosts in camps"); any other event is kept as found."""
    verb = start.head
    if found.event not in STAY_CLASSES or found.term is None or found.term.split()[0] not in STAY_PREPS \
            or start.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ != "VERB" \
            or not (verb.lemma_.lower() in STAY_VERBS or PREDICATES.get(verb.lemma_.lower()) in HOSTING):
        return found
    return Event(f"{verb.lower_} {found.term}", found.event, found.verb)


def word_of_class(span, event: str | None, objects: bool = False) -> str | None:
    """The text's word for an event class that no rule read from the parse (the learned model's, "the death
    toll has climbed to 31": death): the nearest word of the number's sentence that names that class, a verb
    or adjective ("malnourished", "died"), a noun of people ("deaths", "bodies"), a toll ("death toll": death) or
    a state ("in need"), with no other count between it and the number; None where no word names it. With
    ``objects``, also a verb whose every object pair names the class, with the object it has here ("still need
    medical evacuation"): asked only where the rules gave no word, as such a verb ("leave") may have an object of
    no event ("leave the city")."""
    if span is None or event is None:
        return None
    doc, num = span.doc, _number(span)
    owner = num
    while owner.dep_ in ("nummod", "compound", "quantmod") and owner.head != owner:
        owner = owner.head  # what the number counts: a number of its own ("children under the age of five") is no other count
    start = num.i
    while start > 0 and not doc[start].is_sent_start and num.i - start < 2 * TERM_WINDOW:
        start -= 1
    best = None
    for tok in doc[start:min(_sentence_end(span), num.i + TERM_WINDOW)]:
        if span.start <= tok.i < span.end or (best is not None and abs(tok.i - num.i) >= abs(best[0].i - num.i)):
            continue
        if (word := _class_word(tok, event, objects)) is not None and not any(
                _other_count(t) and owner not in t.ancestors for t in doc[min(tok.i, num.i) + 1:max(tok.i, num.i)]
                if not span.start <= t.i < span.end):
            best = (tok, word)
    return best[1] if best is not None else None


def _class_word(tok, event: str, objects: bool = False) -> str | None:
    """``tok``'s words where they name ``event``'s class, else None."""
    lemma, word = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB", "ADJ", "NOUN") and event in (PREDICATES.get(lemma), PREDICATES.get(word), PEOPLE.get(lemma),
                                                         PEOPLE.get(word)):
        return word
    if tok.pos_ == "VERB" and (found := _predicate(tok)) is not None and found.event == event and found.term:
        return found.term  # "forced from their homes", "sent back"
    if objects and tok.pos_ == "VERB" and OBJECT_VERB_CLASSES.get(lemma) == event and (
            obj := next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)) is not None:
        return _verb_and_noun(tok, obj)  # "still need medical evacuation", "need shelter": a verb whose every object
        # pair names the class, with whatever object it has here
    if lemma in TOLL_NOUNS and tok.pos_ == "NOUN" and _toll(tok).event == event:
        return _toll(tok).term
    if tok.tag_ == "IN" and tok.i + 1 < len(tok.doc) and STATE_CLASSES.get(f"{word} {tok.doc[tok.i + 1].lemma_.lower()}") == event:
        return f"{word} {tok.doc[tok.i + 1].lower_}"
    return None


def _cared_for(verb, start) -> Event | None:
    """A verb of care ("treat") whose object or passive subject is the counted, which no other word classes, in an
    article about a disease (an outbreak's patients; "our teams treated 92,000 patients in mobile clinics" in an
    appeal about a war is relief given, the fallback's to read): its class, unless the counted are described by a word of another class ("hundreds of injured people were being
    treated": the fallback's to read) or the care is "for" a thing that is no disease ("treated for smoke
    inhalation")."""
    if verb is None or (name := CARE_VERBS.get(verb.lemma_.lower())) is None or not article_names_disease(verb.doc):
        return None
    if start.head != verb or start.dep_ not in ("dobj", "nsubjpass"):
        return None
    counted = [start, *(t for t in start.subtree if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head == start)]
    if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in PREDICATES or c.lower_ in PREDICATES)
           for t in counted for c in t.children):
        return None  # "300 injured people", "hundreds of injured people"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        if not any(t.lower_ in DISEASES or t.lemma_.lower() in DISEASES for t in prep.subtree):
            return None
    return Event(_term_word(verb), name, verb)


def _part_state(found: Event | None, number) -> Event | None:
    """A state phrase the parse hangs on the verb ("pulled 31 survivors from the debris, 11 of them with serious
    injuries") says how a count written between the number and the phrase is ("11 of them"), not the number's:
    the verb then gives its word and no class. Anything else is kept."""
    if found is None or found.verb is None or found.verb.pos_ not in ("VERB", "AUX") or found.term is None \
            or " " not in found.term:
        return found
    word = found.term.split()[0]
    prep = next((c for c in found.verb.children if c.dep_ == "prep" and c.lower_ == word and c.i > number.i), None)
    if prep is None or not any(_other_count(t) for t in number.doc[number.i + 1:prep.i]):
        return found
    return Event(_term_word(found.verb), None, found.verb)


def _other_count(tok) -> bool:
    """A number that counts something else: a cardinal that is no date or time."""
    return (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in ("DATE", "TIME")


def _done_to(start, own: Event | None) -> Event | None:
    """A clause or participle after the counted noun says what had happened to them, but a verb of a class whose
    object they are says what was done to them now, and that is the figure's event ("evacuated 300 people who
    were trapped", "rescued 1,120 people trapped by floodwaters", "displaced 24,000 people who fled to Kabul");
    so too where they stay ("hosts about 1.1 million Rohingya refugees in 33 camps": hosted)."""
    if own is None or own.verb is None or start.dep_ != "dobj":
        return own
    stays = own.event in STAY_CLASSES and own.verb == start
    if not stays and (own.verb.dep_ not in ("acl", "relcl") or own.verb.head != start):
        return own
    if start.head.lemma_.lower() in RESULT_VERBS and own.verb.dep_ == "acl":
        return own  # "the attack left 12 people wounded": the state the verb left them in, no departure
    main = _climb(start)
    return main if main is not None and main.event is not None and main is not AGENT else own


def _aid(noun, start) -> Event | None:
    """Relief counted ("230,000 family food packs", "60 tons of humanitarian aid") or the people it goes to
    ("distributing food rations to 12,500 families", "assisting 5,000 households with shelter kits", "food for
    30,000 people"): the aid class, its word the relief noun's."""
    # the term is the relief word, with the verb that gives or receives it where one does ("distributed food",
    # "received food parcels"): the text's word for what happened as well as for what was given
    if noun is not None and (word := _aid_word(noun)) is not None:
        if start.dep_ == "dobj" and start.head.pos_ == "VERB" and start.head.lemma_.lower() in GOODS_MADE_VERBS:
            return None  # "harvested 900,000 tonnes of maize", "has set up 3,100 tents": made or put up, not given
        giver = start.head if start.head.pos_ == "VERB" and (start.dep_ == "dobj" or start.dep_ in ("nsubj", "nsubjpass")
                                                             and start.head.lemma_.lower() in AID_GIVING_VERBS) else next(
            (c for t in (noun, word) for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in AID_GIVING_VERBS), None)
        return Event(_words(giver, word) if giver is not None else word.lower_, "aid", None)  # "8,640 mt of food distributed"
    head = start.head
    if start.dep_ == "pobj" and head.lower_ in ("to", "for"):
        gov = head.head
        if gov.pos_ == "NOUN" and (word := _aid_word(gov)) is not None:
            return Event(word.lower_, "aid", gov)
        # its object, or the "attr" the parse makes of it under "is" ("is trucking water to ...", "trucking" a noun)
        if gov.pos_ in ("VERB", "AUX") and (word := next((w for c in gov.children if c.dep_ in ("dobj", "attr")
                                                         and (w := _aid_word(c))), None)):
            giver = next((v for v in (gov, *_ancestors(gov, 3)) if v.lemma_.lower() in AID_GIVING_VERBS), gov)
            return Event(_words(giver, word) if giver.pos_ == "VERB" else word.lower_, "aid", gov)
    if start.dep_ == "nsubj" and head.lemma_.lower() in AID_OBJECT_VERBS and (word := _received(head)) is not None:
        return Event(_words(head, word), "aid", head)  # "12,000 families received food parcels"
    while start.dep_ == "appos" and start.head.i != start.i:  # "assisting 5,000 households (25,000 people)"
        start, head = start.head, start.head.head
    if start.dep_ == "dobj" and head.pos_ == "VERB" and (word := _given_with(head)) is not None:
        return Event(_verb_and_noun(head, word if word.dep_ == "pobj" else word.head), "aid", head)
        # "supporting 1.2 million people with food": the verb that serves them and what it brings ("assisting shelter
        # kits"), as "distributed food" and "received food parcels"
    if start.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in AID_HANDING_VERBS and noun is not None \
            and not {noun.lemma_.lower(), noun.lower_} & (PERSON_NOUNS | HOUSEHOLD_NOUNS | MEASURE_WORDS):
        return Event(noun.lower_, "aid", head)  # "distributed 40,000 mosquito nets": relief, whatever it is
    return _given_to(noun, start)


def _given_to(noun, start) -> Event | None:
    """People a verb of giving gives to ("provided mental health support to 850 survivors") or a verb of serving
    serves ("reached 61,000 children with health services"): a count of persons or households only, so that "the
    toll reached 225" is none. The aid class, its word what is given, else the verb as written."""
    if noun is None or (noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS
                        and noun.lemma_.lower() not in HOUSEHOLD_NOUNS and noun.lower_ not in HOUSEHOLD_NOUNS):
        return None
    head = start.head
    if start.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in AID_GIVING_VERBS and (head.lower_ == "to" or not any(
                c.dep_ == "prep" and c.lower_ == "to" for c in head.head.children)):
        # "delivered water purification tablets for 120,000 people"; "delivered generators for 10,000 patients to
        # hospitals": the hospitals are given, the patients no one's count of aid
        verb = head.head
        given = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if given is not None and (name := GIVEN.get(given.lemma_.lower())) is not None:
            return Event(given.lower_, name, verb)  # "were giving shelter to about 850 people": sheltered
        return Event((given or verb).lower_, "aid", verb)
    if start.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in AID_SERVING_VERBS:
        return _served_with(head) or Event(head.lower_, "aid", head)
    return None


def _served_with(verb) -> Event | None:
    """What a verb of serving brings that names a class of its own, not aid (the lexicon's ``given``): its subject
    ("oral cholera vaccination has reached 1,650,000 people") or a "with" phrase of its clause ("reached 310,000
    people with oral cholera vaccine"): vaccinated. None otherwise."""
    for tok in verb.subtree:
        if tok.dep_ == "nsubj" and tok.head == verb or tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and tok.head.dep_ == "prep" and _verb_above(tok.head) == verb:
            if (name := GIVEN.get(tok.lemma_.lower())) is not None:
                return Event(tok.lower_, name, verb)
    return None


def _received(verb):
    """The relief word of what a verb of receiving takes: its object ("received food parcels") or its "from"
    object ("benefited from food distributions"), else None."""
    for child in verb.children:
        if child.dep_ == "dobj" and (word := _aid_word(child)) is not None:
            return word
        if child.dep_ == "prep" and child.lower_ == "from":
            if (word := next((w for g in child.children if g.dep_ == "pobj" and (w := _aid_word(g))), None)) is not None:
                return word
    return None


def _given_with(verb):
    """The relief word of a "with" phrase of ``verb``'s clause ("reached 2,100 families with emergency food",
    "assisting 5,000 households for three months with shelter kits"): the parse hangs it on the verb, its
    object or another of its phrases, so any "with" below the verb and no other verb is looked at."""
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ == "with" and _verb_above(prep) == verb:
            if (word := next((w for g in prep.children if g.dep_ == "pobj" and (w := _aid_word(g))), None)) is not None:
                return word
    return None


def _verb_above(tok):
    """The nearest verb above ``tok`` in the parse, or None."""
    for head in _ancestors(tok, 6):
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _aid_word(noun):
    """The relief word of a noun: itself, a compound or adjective of it ("food packs", "shelter kits"), what
    it measures ("tons of humanitarian aid"), or a noun coordinated with it ("tarpaulins and blankets"), else None."""
    for tok in (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod")), *noun.conjuncts,
                *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")):
        if tok.lemma_.lower() in AID_WORDS or tok.lower_ in AID_WORDS:
            return tok
    return None


def _toll_before(span) -> Event | None:
    """A level ("to 3,845", "at 45") whose toll the parse loses to a verb of a clause between them ("revised the
    death toll from the floods that devastated Derna to 3,845", "The number of people killed in the floods that
    have swamped the state for two weeks rose to 147"): the toll or count noun before it in its sentence, with
    no other count between (a duration aside)."""
    num = _number(span)
    if num.head.lower_ not in ("to", "at") or num.dep_ != "pobj":
        return None
    doc = span.doc
    for i in range(num.i - 1, max(-1, num.i - 2 * TERM_WINDOW), -1):
        tok = doc[i]
        if (tok.like_num or tok.pos_ == "NUM") and tok.head.lemma_.lower() not in TIME_UNITS:
            return None
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in TOLL_NOUNS or tok.lemma_.lower() in COUNT_NOUNS):
            return _count_noun(tok)
        if tok.is_sent_start:
            return None
    return None


def clause_verb(span, noun):
    """The nearest verb above the counted (through subjects, objects, coordination and adverbial nouns):
    where a figure's change is read ("rose 5 percent")."""
    if span is None:
        return None
    head = _anchor(span, noun)
    for _ in range(4):
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "npadvmod", "nummod"):
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _anchor(span, noun):
    """Where the number stands in the clause: the counted noun when the number modifies it ("190 people"),
    else the number itself ("2,053 dead", "1,700 of them")."""
    root = _number(span)
    if noun is not None and noun in _ancestors(root, 3):
        return noun
    return root


def _number(span):
    """The token that stands for the amount: the span's root, or its last number where the root is a word
    between two ("190 to 225")."""
    if span.root.like_num or span.root.pos_ == "NUM":
        return span.root
    return next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span.root)


def _ancestors(tok, n: int):
    out = []
    for _ in range(n):
        if tok.head == tok:
            break
        tok = tok.head
        out.append(tok)
    return out


def _predicate(tok, subject_of: Any = None) -> Event | None:
    """An event named by one verb or adjective, or None. A verb whose active subject does the harm ("the
    quake killed") names no event of its subject (``subject_of``)."""
    if tok.pos_ not in ("VERB", "ADJ", "AUX") and tok.tag_ not in ("VBN", "VBG", "JJ", "VBD"):
        return None
    lemma, word = tok.lemma_.lower(), tok.lower_
    if (result := _result(tok)) is not None:
        if subject_of is not None and not _passive(tok) and any(c.dep_ == "dobj" for c in tok.children):
            return None  # "two gunmen stabbed 11 people to death": the gunmen did it
        return result
    if lemma in RESULT_VERBS and (result := _result_state(tok)) is not None:
        return result  # "2,500 families were left homeless", "350 homes were rendered uninhabitable"
    if (phrasal := _phrasal(tok)) is not None:
        if subject_of is not None and _agent_subject(tok):
            return None
        return phrasal
    name = PREDICATES.get(lemma) or PREDICATES.get(word)
    if name is not None and lemma in INTRANSITIVE and (_passive(tok) or any(c.dep_ == "dobj" for c in tok.children)):
        name = None  # "recovered 41 bodies", "the bodies of 17 were recovered": not the recovered
    if name is None and lemma in SOUGHT_VERBS and _passive(tok) and any(
            c.dep_ == "prep" and c.lower_ == "for" and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return Event(f"{word} for", "missing", tok)  # "7 people are still being searched for"
    if name is None and (origin := _origin(tok)) is not None:
        return None if subject_of is not None and _acts_on_object(tok) else origin
    if name is None:
        return None
    if subject_of is not None and _agent_subject(tok):
        return None
    if (adverb := next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ADVERBS), None)) is not None:
        return Event(_term_word(tok), ADVERBS[adverb.lower_], tok)  # "internally displaced": IDPs
    return Event(_term_word(tok), name, tok)


def _acts_on_object(verb) -> bool:
    """An active verb with its own object: its subject did to the object what the verb says ("militias chased
    4,000 farmers off their land")."""
    return not _passive(verb) and any(c.dep_ == "dobj" for c in verb.children)


def _result(verb) -> Event | None:
    """A verb whose "to" object says what became of the people it is done to ("stabbed 11 students to death",
    "were beaten to death", "were rushed to hospital"): of that object's class, whatever the verb; the term is
    the verb and its result as written."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in RESULT_PREPS:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and (name := RESULTS.get(pobj.lemma_.lower())) is not None:
                if category_of_class(PREDICATES.get(verb.lemma_.lower())) == "displacement" and name != RESULTS.get("death"):
                    return None  # "airlifted 34 injured people to hospitals", "transferred 47 patients to X
                    # Hospital": a movement, the verb's own class; "were rushed to hospital" has none of its own
                return Event(f"{verb.lower_} {prep.lower_} {pobj.lower_}", name, verb)
            if pobj is not None and (name := _brought_to(pobj, verb)) is not None and _done_to_counted(verb):
                return Event(f"{verb.lower_} {prep.lower_} {pobj.lower_}", name, verb)  # not "fled to safety"
        if prep.dep_ == "prep" and prep.lower_ == "on" and (pobj := next((g for g in prep.children if g.dep_ == "pobj"), None)) \
                is not None and (name := RESULTS_ON.get(pobj.lemma_.lower())) is not None and _done_to_counted(verb):
            return Event(f"{verb.lower_} {prep.lower_} {pobj.lower_}", name, verb)  # "houses were set on fire"
        if prep.dep_ in ("xcomp", "advcl") and (name := RESULTS.get(prep.lemma_.lower())) is not None \
                and any(c.lower_ in RESULT_PREPS for c in prep.children):
            # the parse's "to hospital", "to rubble" as a verb's
            return Event(f"{verb.lower_} to {prep.lower_}", name, verb)
    return None


def _done_to_counted(verb) -> bool:
    """The verb is done to what it counts: passive, or with an object of its own ("moved 5,000 people to safety",
    "houses were set on fire"); not "fled to safety"."""
    return _passive(verb) or any(c.dep_ == "dobj" for c in verb.children)


def _brought_to(pobj, verb) -> str | None:
    """The class a verb's "to" object makes of a verb done to the counted: its lemma ("to safety"), or, for a
    verb of no class of its own, its lemma with an adjective's ("shifted 12,400 people to safer places", "took
    them to higher ground"; "relocated to higher ground" stays relocated)."""
    if (name := BROUGHT_TO.get(pobj.lemma_.lower())) is not None:
        return name
    if verb.lemma_.lower() in PREDICATES:
        return None
    return next((BROUGHT_TO[pair] for c in pobj.children if c.dep_ in ("amod", "compound")
                 and (pair := f"{c.lemma_.lower()} {pobj.lemma_.lower()}") in BROUGHT_TO), None)


def _phrasal(verb) -> Event | None:
    """A verb and its particle that name an event together ("were sent back", "went back home"): the term
    is both as written. The particle is a child of the verb, or the word right after it wherever the parse
    hangs it ("shot dead 11 protesters": an adjective of the object; "forced out of the settlement": a
    preposition)."""
    for child in (*verb.children, *_word_after(verb)):
        if (child.dep_ in PARTICLE_DEPS or child.i == verb.i + 1) and (
                name := PHRASAL.get((verb.lemma_.lower(), child.lower_))) is not None:
            return Event(f"{verb.lower_} {child.lower_}", name, verb)
    return None


def _word_after(verb) -> tuple:
    """The word right after ``verb``, where it is an adjective, adverb, particle or preposition (no noun or number)."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("ADJ", "ADV", "ADP", "PART"):
        return (doc[verb.i + 1],)
    return ()


def _origin(verb) -> Event | None:
    """A verb of no class of its own whose "from", "off" or "out of" object is a place a class's ``origins`` name
    ("driven from their homes", "chased off their land": displaced; "pulled from the rubble": rescued): of that
    class, the term the verb as written."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "off", "out"):
            continue
        holder = next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "of"), prep) if prep.lower_ == "out" else prep
        pobj = next((g for g in holder.children if g.dep_ == "pobj"), None)
        if pobj is not None and (name := ORIGINS.get(pobj.lemma_.lower())) is not None and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in REMAINS for c in verb.children):
            return Event(_term_word(verb), name, verb)  # not "recovered 23 bodies from the rubble": the dead
    return None


def _agent_subject(verb) -> bool:
    """The subject of ``verb`` did the harm rather than suffered it: an active verb of the agentive kind
    with its own object ("a 6.2 earthquake displaced 3,500 people", "the army moved 300 families"); without
    an object the subject is the one it happened to ("one million people have moved")."""
    agentive = verb.lemma_.lower() in AGENTIVE or any(c.dep_ in PARTICLE_DEPS and (verb.lemma_.lower(), c.lower_) in PHRASAL
                                                      for c in verb.children)
    return agentive and not _passive(verb) and any(c.dep_ == "dobj" for c in verb.children)


def _passive(verb) -> bool:
    """A passive verb or a participle standing alone ("were killed", "people displaced"), not a perfect
    with its own object ("has displaced 3,500 people")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ in ("VBN", "JJ") and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)


def _term_word(tok) -> str:
    """The text's word for the term, lower-cased ("killed", "dead", "missing", "fled", "lost")."""
    return tok.lower_


def _state(tok) -> Event | None:
    """A state written as a preposition and its noun beside ``tok`` ("people in need", "were in need of
    aid", "at risk", "among the dead")."""
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = f"{prep.lower_} {pobj.lemma_.lower()}"
        if phrase in STATE_CLASSES:
            return Event(f"{prep.lower_} {pobj.lower_}", STATE_CLASSES[phrase], tok)
        if prep.lower_ == "among" and (found := _predicate(pobj) or _people_noun(pobj)) is not None:
            return found  # "312 health workers are among the dead"
    return None


def _told_of_subject(start, own: Event | None) -> Event | None:
    """A relative clause that tells where or in what state counted people were, when they are the subject of their
    own clause, says who they were; their clause says what the figure reports ("The 77 refugees who had been
    sheltered in X returned to Myanmar": returned). A relative clause of what happened to them keeps its event
    ("27,000 people who were displaced in Myanmar fled into Bangladesh": displaced), and so does one whose
    people's clause names no class."""
    if own is None or own.verb is None or own.verb.dep_ != "relcl" or start.dep_ not in ("nsubj", "nsubjpass") \
            or stock_or_flow(own.term, own.event) != "stock":
        return own
    main = _climb(start)
    return main if main is not None and main is not AGENT and main.event is not None else own


def _own_modifier(start, number) -> Event | None:
    """A participle, adjective, relative clause or state that modifies the counted itself ("people
    displaced", "707 injured", "those who were killed", "people in need"), written after the number."""
    for tok in (start, number) if start is not number else (start,):
        for child in tok.children:
            if child.dep_ in ("acl", "amod", "relcl") and child.i > max(number.i, tok.i) and not _own_subject(child):
                if (found := _predicate(child)) is not None:
                    return found
        if (found := _state(tok)) is not None and not _stands_in(tok, found):
            return found
    return None


def _gone_home_since(own: Event | None, start, number) -> Event | None:
    """What the counted's own participle or relative clause says they were ("Iraqis displaced by the war", "refugees
    who fled the fighting") gives way to their clause's going home ("have returned to their homes", "were
    repatriated"): the figure counts the return, of people once displaced (``HOMEWARD_CLASSES``)."""
    if own is None or own.event is None or own.event in HOMEWARD_CLASSES or own.verb is None \
            or own.verb.dep_ not in ("acl", "relcl") or own.verb.head not in (start, number):
        return None
    if start.dep_ == "pobj" and start.head.lower_ == "of":
        return None  # "half of the 111,000 people displaced from Aleppo returned": a part of them went home; the
        # whole stays the count of the displaced
    main = _climb(start)
    return main if main is not None and main.event in HOMEWARD_CLASSES else None


def _stands_in(noun, state: Event) -> bool:
    """A state of staying ("in the camp") said of a count of buildings: where they stand, not what befell them
    ("demolished 140 homes in the camp")."""
    return noun is not None and state.event in STAY_CLASSES and noun.lemma_.lower() in BUILDING_NOUNS


def _describing(start, number) -> Event | None:
    """An adjective or participle between the number and its noun ("400,000 displaced people"): it says who
    they are, so it counts only where their own clause says nothing ("camps shelter 400,000 displaced
    people": sheltered; "5,000 displaced people arrived": arrived)."""
    for child in start.lefts:
        if child.dep_ in ("amod", "compound", "acl") and child.i > number.i and (found := _predicate(child)) is not None:
            return found
    return None


def _relative(start) -> Event | None:
    """A relative clause about the counted ("those who were killed", "24,000 people who fled"): after the
    counted's own clause, which says more of the figure ("displaced 24,000 people who fled to Kabul")."""
    for child in start.children:
        if child.dep_ == "relcl" and not _own_subject(child) and (found := _clause(child, subject=True)) is not None \
                and found.event:
            return found
    return None


def _own_subject(clause) -> bool:
    """A clause hung on the counted that has a subject of its own, no relative pronoun: it tells of that subject,
    a part ("1 million refugees, most of whom fled": most) or the next count of a coordination ("three deaths
    and 19,000 people affected": the parse hangs "affected" on "deaths")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP", "WP$") and c.lower_ != "that"
               for c in clause.children)


def _sentence_end(span) -> int:
    """The index of the token after the span's sentence (found by walking the parse's sentence starts, which
    is cheaper than spaCy's ``.sent``)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and not doc[i].is_sent_start and i - span.end < SENTENCE_SCAN:
        i += 1
    return i


def _adjacent(span, noun, end: int) -> Event | None:
    """The predicate written right after the number or its counted noun, auxiliaries, adverbs and reporting
    words aside ("2,053 dead and 9,249 injured", "41 reported missing", "10,000 are believed missing",
    "19 confirmed dead", "5,100 people dead"): in coordinated counts the parse often hands one number its
    neighbour's word, the words beside each number do not."""
    doc = span.doc
    i = span.end
    if noun is not None and noun.i >= i and noun.i - i <= 3:
        i = noun.i + 1
    for _ in range(ADJACENT_SKIPS + 1):
        if i >= end:
            return None
        tok = doc[i]
        if i == span.end and tok.lower_ in ("of", "among") and i + 1 < end and doc[i + 1].pos_ == "PRON":
            i += 2  # "11 of them with serious injuries": the part's own state
            continue
        if tok.tag_ == "IN" and i + 1 < len(doc):
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), doc[i + 1])
            for obj in (doc[i + 1], pobj):  # "people in need", "families at risk", "with serious injuries"
                if (state := f"{tok.lower_} {obj.lemma_.lower()}") in STATE_CLASSES and not _stands_in(
                        noun, found := Event(f"{tok.lower_} {obj.lower_}", STATE_CLASSES[state], tok)):
                    return found
            return None
        found = _predicate(tok)
        if found is not None:
            if _agent_subject(tok):
                return None  # "40 soldiers killed 12 civilians": the soldiers did it
            return found
        if not (tok.pos_ in ("AUX", "ADV") or tok.lemma_.lower() in SEE_THROUGH):
            return None
        i += 1
    return None


def _climb(start) -> Event | None:
    """Up the parse from the counted to the clause that says what happened to it: its verb (as subject or
    object), the nominal or toll it is the "of" or the level of, through coordination, apposition and
    "including" to the noun it is part of. Stops at the first verb: a verb of another clause is not its."""
    node = start
    for _ in range(CLIMB_STEPS):
        head, dep = node.head, node.dep_
        if head == node:
            return None
        if dep in ("nsubj", "nsubjpass", "csubj"):
            if (taken := _object_taken_for_subject(node, head)) is not None:
                return taken
            if dep == "nsubjpass" and (pair := (head.lemma_.lower(), node.lemma_.lower())) in OBJECTS:
                return Event(node.lower_, OBJECTS[pair], head)  # "200 lives were lost": the verb and object's event
            return _clause(head, subject=dep == "nsubj")
        if dep in ("dobj", "attr", "oprd", "dative"):
            if dep == "dobj" and (done := _done_with_object(head, node)) is not None:
                return done  # "ripped roofs off 400 houses": the parse makes the houses a second object
            if dep == "dobj" and (pair := (head.lemma_.lower(), node.lemma_.lower())) in OBJECTS:
                # "claimed 10 lives": the object names the event; "lost 18 members of our family": the verb does
                term = _term_word(head) if node.lemma_.lower() in PERSON_NOUNS else node.lower_
                return Event(term, OBJECTS[pair], head)
            if dep in ("dobj", "attr") and node.pos_ == "NUM" and (toll := _subject_toll(head)) is not None:
                return toll  # "the death toll passed 200", "deaths reached 300", "the number of people admitted was 203"
            return _clause(head, subject=False)
        if dep == "pobj":
            if head.lower_ in ("with", "including") and head.head.pos_ in ("VERB", "AUX") \
                    and (own := _people_noun(start)) is not None and own.event:
                # "remains the most affected, with 3,918 cases and 104 deaths": each noun its own event; "has
                # recorded 1,320 cholera cases since May, including 22 deaths": the deaths are no cases
                return own
            return _object_of_preposition(node, head)
        if (verb := verb_of_stray_subject(node)) is not None:
            return _clause(verb, subject=True)  # "6,120 were returnees and 3,410 were refugees": 3,410's "were"
        if dep == "appos" or (dep == "conj" and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")):
            node = head  # "three Chinese nationals and two French citizens", "2,000 people, 300 of them children"
            continue
        if dep in ("nummod", "quantmod", "compound", "nmod", "amod", "advmod", "conj"):
            if (found := _predicate(head)) is not None and head.i > node.i:
                return found  # "2,053 dead": the number hangs on its adjective
            if dep == "conj":
                return None
            node = head
            continue
        if dep in ("acomp", "xcomp", "ccomp", "advcl"):
            return _clause(head, subject=False)
        return None
    return None


def _object_taken_for_subject(noun, verb) -> Event | None:
    """The object a transitive verb of an event class lost to the next clause's subject: in "have killed at
    least 26 people and 11 remain missing" the parse makes "26 people" the subject of "remain"; the noun
    right after a verb above it that has no object of its own is that verb's object. None otherwise."""
    left = noun.left_edge
    if left.i == 0 or verb.i < noun.i:
        return None
    before = noun.doc[left.i - 1]
    if (before.pos_ != "VERB" or before.i >= verb.i or verb not in before.subtree
            or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in before.children)):
        return None
    return _predicate(before)


def _object_of_preposition(node, prep) -> Event | None:
    """The number or its noun is the object of a preposition: "the displacement of 3,000" (a nominal),
    "the lives of three" (a verb and its object), "of whom"; "rose to 225" (a toll's level); "including
    300 children" and "among them" (the event of the whole)."""
    head = prep.head
    word = prep.lower_
    if head.i == prep.i:
        return None  # a preposition the parse made its sentence's root: nothing above it to climb to
    if word in LEVEL_PREPS and head.i < node.i and (head.pos_ == "NUM" or head.pos_ == "ADP" and head.lower_ in LEVEL_PREPS):
        # "has risen from 40 to 95": the parse hangs the later level on the earlier or on its preposition
        return _climb(head) if head.pos_ == "NUM" else _object_of_preposition(node, head)
    if head.lemma_.lower() in TOLL_NOUNS:
        return _toll(head)  # "a toll of 225", "with the death toll at 45"
    if word == "to" and (name := HOME_TO.get(head.lemma_.lower())) is not None:
        return Event(TERMS_OF_CLASS.get(name, name), name, head)  # "(is) home to 1.2 million refugees"
    if word == "of" and head.pos_ in ("NOUN", "PROPN"):
        lemma = head.lemma_.lower()
        if lemma in NOMINAL:
            term, name = NOMINAL[lemma]
            return Event(term, name, head)
        if (name := _nominal_class(lemma, bare=not _indefinite(head))) is not None:
            return Event(head.lower_, name, head)  # "the wounding of eight others", "the abduction of 20", "the rescue of 85"
        if head.dep_ == "dobj" and (pair := (head.head.lemma_.lower(), lemma)) in OBJECTS:
            return Event(head.lower_, OBJECTS[pair], head.head)  # "claimed the lives of three nationals"
        if head.dep_ == "dobj" and (pair := (head.head.lemma_.lower(), lemma)) in PREP_OBJECTS:
            return Event(f"{head.head.lower_} {head.lower_}", PREP_OBJECTS[pair], head.head)  # "tore off the roofs of 120 houses"
        if (found := _people_noun(head)) is not None:
            return _remains(found, _climb(head))  # "the bodies of five captives were recovered"
    if word in ("including", "among", "of", "like") and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return _own_modifier(head, head) or _climb(head) or _relative(head)  # "2,000 killed, including 300 children"
    if head.pos_ in ("VERB", "AUX"):
        if word in RESULT_PREPS and node.lemma_.lower() in RESULTS:
            return None  # "were sent to two hospitals": the number counts the hospitals, to which nothing happened
        if word == "for" and head.lemma_.lower() in SOUGHT_VERBS and _of_people(node, head):
            return Event(f"{head.lower_} for", "missing", head)  # "rescuers were searching for 17 people"
        if word == "for":
            return FOR_WHOM  # "delivered supplies for 10,000 patients to hospitals": the patients went nowhere
        if word in PREP_OBJECT_PREPS and (done := _done_with_object(head)) is not None:
            return done  # "set fire to 35 houses", "tore the roofs off 28,000 homes"
        if (word in LEVEL_PREPS or word in ("including", "among", "by")) and (toll := _subject_toll(head)) is not None:
            return toll  # "the death toll has risen from 190 to 225", "put the toll at 2,215, including 724 children"
        if word in ("including", "among") and (whole := _counted_by_verb(head)) is not None:
            return whole  # "received 143 wounded on 27 January, including 25 children"
        return _clause(head, subject=False, through=False)
    return None


def _done_with_object(verb, counted=None) -> Event | None:
    """A verb and its own object that together say what befell the noun of its preposition ("set fire to 35
    houses", "tore the roofs off 28,000 homes"; the lexicon's prep_objects), the term both as written; else None.
    With ``counted``, an object of the verb that the parse makes a second one, after that object and a particle
    ("ripped roofs off 400 houses")."""
    if counted is not None and not any(c.dep_ == "prt" and c.i < counted.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and (verb.lemma_.lower(), c.lemma_.lower()) in PREP_OBJECTS
                and (counted is None or c.i < counted.i)), None)
    if obj is None:
        return None
    return Event(f"{verb.lower_} {obj.lower_}", PREP_OBJECTS[(verb.lemma_.lower(), obj.lemma_.lower())], verb)


def _nominal_class(lemma: str, *, bare: bool = False) -> str | None:
    """The class of a noun made from one of the classes' verbs, read from its ending so that one verb covers its
    family: -ing ("wounding", "killings", "kidnapping"), -ation and -isation ("evacuation", "hospitalisation",
    "vaccination"), -ion ("abduction", "infection"), -ment ("displacement", "movements"), -al ("arrival"), -ee
    ("evacuee", "detainee"), and with ``bare`` the verb itself used as a noun ("the rescue of 85", "the arrest of
    40"), else None. A stem shorter than its ending allows is no verb's ("mission" is not of "miss")."""
    stems: tuple[str, ...] = (lemma,) if bare else ()
    for suffix, endings, shortest in DERIVED_ENDINGS:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= shortest:
            stem = lemma[: -len(suffix)]
            stems += tuple(stem + e for e in endings)
            if suffix == "ing" and stem[-1] == stem[-2]:
                stems += (stem[:-1],)  # "kidnapping"
            break
    return next((PREDICATES[s] for s in stems if s in TERM_VERBS), None)


def _indefinite(noun) -> bool:
    """A noun after "a" or "an": a group or amount ("a force of 3,000 troops", "a host of 20 nations"), not the
    event its verb names ("the rescue of 85 fishermen")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


# (ending of a noun, what its verb ends in instead, the shortest stem), the longer endings first: "evacuation" is
# "evacu" + "ate", "hospitalisation" "hospitalis" + "e", "deportation" "deport"; "abduction" "abduct"; "killing"
# "kill", but "mission" is no "miss" + "ion".
DERIVED_ENDINGS = (("ation", ("ate", "e", ""), 4), ("ion", ("", "e"), 5), ("ment", ("",), 4), ("ing", ("", "e"), 3),
                   ("al", ("e", ""), 4), ("ee", ("", "e", "ate"), 4))


def _subject_toll(verb) -> Event | None:
    """The toll or count whose level ``verb`` gives: its subject ("the death toll rose to 225", "deaths
    reached 300"), the subject of the verb it completes ("is set to climb from 1,700"), or its object
    ("officials put the death toll at 300"), or the count noun it qualifies ("with the number of affected people
    reaching 1.2 million", "death tolls exceeding 400")."""
    if verb.dep_ == "acl" and (count := _count_qualified(verb.head)) is not None:
        return _count_noun(count)
    for _ in range(3):
        for dep in ("nsubj", "nsubjpass", "dobj"):
            # every one: a dateline the parse makes a second subject ("ANKARA, March 13 (Reuters) - The death
            # toll ... rose to 212") is not the count
            for noun in (c for c in verb.children if c.dep_ == dep):
                if noun.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    noun = verb.head  # "the death toll, which officially stands at 23,000"
                if (found := _count_noun(noun)) is not None:
                    return found
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _respective_count(num) -> Event | None:
    """ "the number of cholera cases and deaths ... was 5,120 and 88 respectively": in a sentence that says
    "respectively", each of the coordinated numbers takes, in order, the event of one of the coordinated nouns
    that a count noun's "of" names (cases: infected; deaths: killed), where there are as many of each."""
    sent = num.sent
    if not any(t.lower_ == RESPECTIVELY for t in sent if t.i > num.i):
        return None
    first = num
    while first.dep_ == "conj" and (first.head.like_num or first.head.pos_ == "NUM"):
        first = first.head
    group = sorted([first, *(c for c in first.conjuncts if c.like_num or c.pos_ == "NUM")], key=lambda t: t.i)
    if len(group) < 2 or num not in group:
        return None
    for count in (t for t in sent if t.i < first.i and t.pos_ == "NOUN" and t.lemma_.lower() in COUNT_NOUNS):
        of = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whole is None:
            continue
        items = sorted([whole, *whole.conjuncts], key=lambda t: t.i)
        if len(items) == len(group):
            item = items[group.index(num)]
            found = _people_noun(item) or _adjective_as_noun(item)
            return found if found is not None and found.event else None
    return None


def _count_qualified(noun):
    """The toll or count noun a participle qualifies: ``noun`` itself, or the count whose "of" it is, where the parse
    hung the participle on what is counted ("the number of affected individuals reaching 1.2 million")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in TOLL_NOUNS | COUNT_NOUNS else None


def _count_noun(noun) -> Event | None:
    """The event a noun that stands for a count names: a toll (deaths), "the number of people displaced",
    "casualties", "deaths"."""
    lemma = noun.lemma_.lower()
    if lemma in TOLL_NOUNS:
        return _toll(noun)
    if lemma in COUNT_NOUNS:
        return _counted_by(noun)
    if noun.pos_ == "ADJ" or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in COUNT_NOUNS for c in noun.children):
        name = PREDICATES.get(noun.lower_) or PREDICATES.get(noun.lemma_.lower())
        if name is not None:  # "bringing the total dead to 18" (the parse's noun or adjective), "the dead number 40"
            return Event(noun.lower_, name, noun)
    if (found := _people_noun(noun)) is not None:
        return found
    if noun.lemma_.lower() in PERSON_NOUNS | HOUSEHOLD_NOUNS:
        # "people affected by the floods were estimated at 20,000", "displaced families now number 4,200": the
        # people's own participle, adjective or state
        return _own_modifier(noun, noun) or next(
            (f for c in noun.lefts if c.dep_ in ("amod", "compound") and (f := _predicate(c))), None)
    return None


def _toll(noun) -> Event:
    """A toll counts the dead; its term is its own word of death where it has one ("death toll")."""
    word = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in PEOPLE), None)
    name = PEOPLE[word.lemma_.lower()] if word is not None else TOLL_CLASS
    return Event(word.lower_ if word is not None else noun.lower_, name, noun)


def _counted_by(noun) -> Event | None:
    """ "the number of people displaced", "the casualty figure": the event of what the count noun counts."""
    for child in noun.children:
        if child.dep_ == "compound" and (found := _people_noun(child)) is not None:
            return found
        if child.dep_ == "amod" and (found := _predicate(child)) is not None:
            return found  # "bringing the total dead to 27" (the parse's "total" as the noun)
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:  # "the number of dead", "the number of internally displaced people"
                return (_own_modifier(pobj, pobj) or _predicate(pobj) or _people_noun(pobj)
                        or next((f for c in pobj.lefts if c.dep_ in ("amod", "compound") and (f := _predicate(c))), None)
                        or _adjective_as_noun(pobj))
    return None


def _adjective_as_noun(noun) -> Event | None:
    """An adjective of a class that the parse took for a noun: "the number of dead" (the dead)."""
    if noun.pos_ == "NOUN" and (name := PREDICATES.get(noun.lower_)) is not None:
        return Event(noun.lower_, name, noun)
    return None


def _clause(verb, subject: bool, through: bool = True) -> Event | None:
    """What the clause of ``verb`` says happened to its subject or object: the verb itself, a state or
    complement of a linking or reporting verb ("are believed missing", "remain missing", "were in need"), a
    verb and object ("lost their homes"), "forced ... to flee"; a verb of no class gives its word and no
    event ("were trapped"), a reporting or linking verb gives nothing."""
    lemma = verb.lemma_.lower()
    if lemma == "force" and (goal := next((c for c in verb.children if c.dep_ == "xcomp"), None)) is not None:
        return Event(f"forced to {goal.lemma_.lower()}", "fled", goal)  # "forced 88,000 people to flee"
    if subject:
        for child in verb.children:
            # the verb and its object name the event together, and both are the term ("lost their homes",
            # "tested positive", "facing acute food insecurity", "ran for their lives")
            if child.dep_ in ("dobj", "oprd", "acomp") and (pair := (lemma, child.lemma_.lower())) in OBJECTS:
                return Event(_object_words(verb, child), OBJECTS[pair], verb)  # "30,000 people lost their homes"
            if child.dep_ == "prep" and (pobj := next((g for g in child.children if g.dep_ == "pobj"
                                                       and (lemma, g.lemma_.lower()) in OBJECTS), None)) is not None:
                return Event(_object_words(verb, pobj, child), OBJECTS[(lemma, pobj.lemma_.lower())], verb)
            if child.dep_ == "dobj" and child.lemma_.lower() in DEGREE_NOUNS and (name := next(
                    (OBJECTS[p] for g in child.subtree if g.pos_ in ("NOUN", "PROPN")
                     and (p := (lemma, g.lemma_.lower())) in OBJECTS), None)) is not None:
                return Event(_object_words(verb, child), name, verb)  # "face crisis or emergency levels of food insecurity"
            if child.dep_ == "dobj" and lemma in PLACE_OBJECTS and _place(child):
                return Event(_term_word(verb), PLACE_OBJECTS[lemma], verb)  # "500,000 have left Iran"
            if child.dep_ == "dobj" and lemma in DISEASE_VERBS and _names_disease(child):
                return Event(_term_word(verb), DISEASE_VERBS[lemma], verb)  # "8 students contracted swine flu"
    found = _predicate(verb, subject_of=verb if subject else None)
    if found is not None and not subject and found.event == "departed" and verb.lemma_.lower() in RESULT_VERBS \
            and not _passive(verb):
        found = None  # "the hurricane left 300,000 people without power": they were left, the subject went nowhere
    if found is not None:
        return found
    if not subject and lemma in INCLUSION_VERBS and (whole := _included(verb)) is not None:
        return whole
    if not subject or _passive(verb):
        for child in verb.children:  # "have been made homeless", "left 5,100 dead": the object's new state
            if child.dep_ == "oprd" and (found := _predicate(child) or _state(child) or _people_noun(child)) is not None:
                return found  # "were taken hostage": the people the complement names
    if subject and _agent_subject(verb):
        return AGENT  # "a magnitude 6.2 earthquake displaced ...": the cause, not the displaced
    if (state := _state(verb)) is not None:
        return state
    if lemma in ("take", "seek", "find") and (refuge := next((c for c in verb.children if c.dep_ == "dobj"
                                                              and c.lemma_ in ("shelter", "refuge")), None)) is not None:
        return Event(_words(verb, refuge), "sheltered", verb)  # "sought refuge", "have taken shelter"
    if lemma in SEE_THROUGH or verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ == "ccomp" and _own_subject(child):
                continue  # "reported 12 deaths and 4,000 families displaced": the families' clause
            if child.dep_ in ("acomp", "oprd", "attr", "xcomp", "ccomp"):
                if (name := HOME_TO.get(child.lemma_.lower())) is not None and any(c.lower_ == "to" for c in child.children):
                    return Event(TERMS_OF_CLASS.get(name, name), name, verb)  # "home to 1.2 million refugees"
                if (found := _predicate(child) or _state(child) or _adjective_as_noun(child)) is not None:
                    return found  # "are food insecure" (the parse's noun)
                if child.pos_ in ("VERB", "AUX") and child.dep_ in ("xcomp", "ccomp") and through:
                    # the subject of an xcomp is the raising verb's, active or passive: "are confirmed to
                    # have lost their lives"
                    as_subject = subject or child.dep_ == "xcomp"
                    if (found := _clause(child, subject=as_subject, through=False)) is not None and found.event:
                        return found  # "had to leave their homes", "is believed to have died"
        if (whole := _partitive(verb)) is not None:
            return whole  # "Of those who were killed, at least 145 were Egyptian"
        if subject and verb.lemma_ == "be" and (named := _predicate_nominal(verb)) is not None:
            return named  # "Of these, 6,120 were South Sudanese returnees": what the number is
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and lemma in SEE_THROUGH:
            return None
        if lemma in ("remain", "stay", "become") and not any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
            return Event(verb.lower_, None, verb)
        return None
    if (whole := _fronted_whole(verb)) is not None:
        return whole  # "Of the fatalities, 51 have been validated": the whole written before the clause
    return Event(_term_word(verb), None, verb)


def _place(tok) -> bool:
    """A place named as a verb's object: a place entity ("left Iran"), a noun of places ("left the country"), or a
    name the tagger gives no type ("reached Lampedusa")."""
    return tok.ent_type_ in PLACE_ENTITIES or tok.lemma_.lower() in AREA_NOUNS or tok.pos_ == "PROPN" and not tok.ent_type_


def _predicate_nominal(verb) -> Event | None:
    """The noun a bare number "is" ("6,120 were returnees", "3,410 were Sudanese refugees"): its event where it
    counts people by what happened to them, else None. A share that is ("70 per cent were returnees") tells what
    the whole is made of, no event."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and not (subject.like_num or subject.pos_ == "NUM"):
        return None
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN" and (found := _people_noun(child)) is not None and found.event:
            return found
    return None


def _result_state(verb) -> Event | None:
    """A verb that puts what it counts into a state its complement names ("were left homeless", "have been
    made homeless", "rendered uninhabitable"): the complement's event, or None."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp") and child.pos_ in ("ADJ", "VERB") and (found := _predicate(child)) is not None:
            return found
    state = _state(verb)  # "were left without shelter", "were left in need": the verb and the state as written
    return Event(f"{verb.lower_} {state.term}", state.event, verb) if state is not None else None


def _partitive(verb) -> Event | None:
    """ "Of those who were killed, 145 were ...", "of whom": the event of the whole the clause counts from."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ in ("WP", "WDT"):
                return _antecedent_event(verb)
            if pobj is not None and (found := _own_modifier(pobj, pobj) or _relative(pobj) or _people_noun(pobj)):
                return found
    return None


def _fronted_whole(verb) -> Event | None:
    """The whole a clause counts from, written before it ("Of the fatalities, 51 have been validated"): an "of"
    or "among" phrase ahead of the verb, which the parse hangs on the verb or on the reporting verb above it
    ("Of the fatalities, 38 have been identified, the police said")."""
    holders = (verb, verb.head) if verb.dep_ == "ccomp" else (verb,)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "among") and prep.i < verb.i and prep.i < holder.i:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.tag_ not in ("WP", "WDT") and (found := _whole(pobj)) is not None:
                    return found
    return None


def _whole_of(number) -> Event | None:
    """The number counts part of a whole written after it ("14 of the dead", "40 among the injured", "300 of
    those displaced"): the whole's event, from its own word or modifier."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among") and prep.i > number.i:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and (found := _whole(pobj)) is not None:
                return found
    return None


def _whole(tok) -> Event | None:
    """The event of a whole that a part is counted from: its adjective used as a noun ("the dead", "the
    wounded", which the parse may tag as a noun), its modifier or relative clause ("those killed", "those who
    fled"), or its noun ("the victims")."""
    found = _predicate(tok) or _own_modifier(tok, tok) or _relative(tok) or _people_noun(tok)
    if found is None and tok.pos_ == "NOUN" and (name := PREDICATES.get(tok.lower_)) is not None:
        found = Event(tok.lower_, name, tok)
    return found if found is not None and found.event else None


def _counted_by_verb(verb) -> Event | None:
    """The event of the count a verb takes as its object or passive subject ("received 143 wounded"), which a
    part hung on the verb ("including 25 children") is part of."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and (child.like_num or any(c.dep_ == "nummod" for c in child.children)):
            if (found := _own_modifier(child, child) or _whole(child)) is not None and found.event:
                return found
    return None


def _included(verb) -> Event | None:
    """ "The dead included seven women", "those killed include 12 children": what a verb of inclusion counts is
    part of its subject, so of the subject's event."""
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            return _whole(subj)
    return None


def _antecedent_event(verb) -> Event | None:
    """ "60 people, of whom 18 were children": the event of the whole "whom" stands for, the noun the relative
    clause hangs on, or the clause the parse hangs it on ("210 were injured, of whom 30 are ...")."""
    head = verb.head
    if verb.dep_ == "relcl":
        return _own_modifier(head, head) or _climb(head) or _people_noun(head)
    if verb.dep_ in ("advcl", "ccomp", "conj") and head.pos_ in ("VERB", "AUX"):
        found = _clause(head, subject=True, through=False)
        return found if found is not None and found.event else None
    return None


def _remains(people: Event, clause: Event | None, noun=None) -> Event:
    """Bodies counted ("recovered 23 bodies"): the event is the noun's class, the term the verb that found
    them and the noun where the clause has one of no class of its own. Any other people noun is its own term,
    with the verb of its own clause where that verb has no class ("received 1,250 migrants", "2,100 migrants
    were flown back"): the text's word for what happened, the noun's for who they are."""
    if clause is None or not clause.term or clause.verb is None:
        return people
    if people.term in REMAINS and (
            clause.event is None or clause.verb.lemma_.lower() in INTRANSITIVE):  # "recover 10 bodies": not the recovered
        return Event(f"{clause.term} {people.term}", people.event, clause.verb)  # "recovered bodies"
    verb = clause.verb
    if noun is not None and clause.event is None and clause.term == verb.lower_ and verb.pos_ == "VERB" \
            and verb.lemma_.lower() not in SEE_THROUGH and verb.lemma_ not in ("be", "have") \
            and (noun.head == verb and noun.dep_ in ("nsubj", "nsubjpass", "dobj") or verb.head == noun and verb.dep_ == "acl"):
        word = next((t for t in (noun, *noun.children) if t.lower_ == people.term), noun)
        return Event(_words(verb, *(c for c in verb.children if c.dep_ == "prt"), word), people.event, verb)
    return people


def _people_noun(noun) -> Event | None:
    """A noun that counts people by what happened to them ("20 deaths", "2,000 fatalities", "IDPs")."""
    if noun is None:
        return None
    for tok in (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)):
        lemma = tok.lemma_.lower()
        name = PEOPLE.get(lemma) or PEOPLE.get(tok.lower_)
        if name is not None:
            return Event(tok.lower_, name, None)
    if noun.tag_ == "NNS" and (nominal := NOMINAL.get(noun.lemma_.lower())) is not None:
        return Event(noun.lower_, nominal[1], None)  # "61,420 new drought-related displacements"
    if noun.tag_ == "NNS" and (name := _nominal_class(noun.lemma_.lower())) is not None:
        return Event(noun.lower_, name, None)  # "35 killings", "2,400 crossings", "140 evacuations"
    if noun.pos_ == "ADJ" or noun.tag_ in ("JJ", "VBN"):
        name = PREDICATES.get(noun.lower_) or PREDICATES.get(noun.lemma_.lower())
        if name is not None and any(c.dep_ == "det" for c in noun.children):
            return Event(noun.lower_, name, None)  # "105 of the dead", "117 of the dead were Rohingya"
    if noun.lemma_.lower() in CASE_NOUNS and _disease_case(noun):
        return Event(noun.lower_, CASE_CLASS, None)  # "186 cases were reported", "cases of cholera"
    return None


def _disease_case(noun) -> bool:
    """A case noun counts cases of a disease: its own modifiers ("H5N1 cases", "cases of measles") name one,
    or, where it has none that name anything ("186 cases were reported", "confirmed cases"), its article
    does. A modifier that is no disease ("court cases", "cases of fraud") makes it some other case."""
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and c.pos_ == "PROPN"]
    named += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if named:
        return any(_names_disease(t) for t in named)
    return article_names_disease(noun.doc)


def _names_disease(tok) -> bool:
    """A disease word, or a noun with one among its compounds ("swine flu", "West Nile virus")."""
    return any(t.lower_ in DISEASES or t.lemma_.lower() in DISEASES
               for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))))


def article_names_disease(doc) -> bool:
    if "names_disease" not in doc.user_data:
        doc.user_data["names_disease"] = any(t.lower_ in DISEASES for t in doc)
    return doc.user_data["names_disease"]


PREDICATES = predicate_classes()
STATE_CLASSES = state_classes()
OBJECTS = object_classes()
# A verb lemma whose every (verb, object) pair names one class ("need", "require", "face": in need) -> that class.
OBJECT_VERB_CLASSES = {verb: names.pop() for verb in {v for v, _ in OBJECTS}
                       if len(names := {n for (v, _), n in OBJECTS.items() if v == verb}) == 1}
PREP_OBJECTS = prep_object_classes()
GIVEN = given_classes()
PLACE_OBJECTS = place_object_classes()
PHRASAL = phrasal_classes()
HOME_TO = home_to_classes()
PARTICLE_DEPS = frozenset({"prt", "advmod"})  # the parse labels "back" in "sent back" either way
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # the tagger's labels of a place object ("left Iran")
PEOPLE = people_classes()
RESULTS = result_classes()
RESULTS_ON = result_on_classes()
BROUGHT_TO = brought_to_classes()
ADVERBS = adverb_classes()
ORIGINS = origin_classes()
RESULT_PREPS = frozenset({"to", "into"})
PREP_OBJECT_PREPS = frozenset({"to", "off", "on", "from"})  # "set fire to", "tore the roofs off"
DISEASE_VERBS = disease_verb_classes()
INTRANSITIVE = intransitive_verbs()
CARE_VERBS = care_verb_classes()
DISEASES = lexicon.words("events.diseases")
CASE_NOUNS = lexicon.words("events.case_nouns")
CASE_CLASS = lexicon.entry("events.case_class")
REMAINS = frozenset(w for name in classes() if "remains" in classes()[name]
                    for lemma in lexicon.terms(f"events.classes.{name}.remains") for w in (lemma, lemma + "s", lemma[:-1] + "ies"))
NOMINAL = noun_classes()
TERMS_OF_CLASS = {name: lexicon.terms(f"events.classes.{name}.stock")[0] for name, fields in classes().items()
                  if "stock" in fields}  # a class's own word for a state ("hosted"), where a text names it by a noun
AGENTIVE = event_terms("agentive")
SEE_THROUGH = lexicon.words("events.see_through")
RESULT_VERBS = lexicon.words("events.result_verbs")
HOST_NOUNS = lexicon.words("events.host_nouns")
TOLL_NOUNS = lexicon.words("events.toll_nouns")
HOMEWARD_CLASSES = lexicon.words("events.homeward")  # people sent or going home
RESPECTIVELY = "respectively"  # pairs numbers and what they count in order (context.py RESPECTIVELY_RE: places)
TOLL_CLASS = lexicon.entry("events.toll_class")
COUNT_NOUNS = lexicon.words("events.count_nouns")
INCLUSION_VERBS = frozenset({"include", "comprise"})  # "the dead included seven women": part of the subject
LEVEL_PREPS = frozenset({"to", "from", "at", "of", "above", "over", "past"})  # the level a toll reaches
ADJACENT_SKIPS = 3
SENTENCE_SCAN = 60  # tokens looked at for the end of a sentence (the adjacent word and a nearby verb need fewer)
CLIMB_STEPS = 5
TERM_VERBS = event_terms("verbs")
TERM_WINDOW = 20
STATES = event_terms("states")
STAY_VERBS = lexicon.words("events.stay_verbs")
SOUGHT_VERBS = lexicon.words("events.classes.missing.sought")
LOST_VERBS = lexicon.words("events.classes.missing.lost")
STAY_CLASSES = frozenset({"in_camps", "sheltered"})
STAY_PREPS = frozenset({"in", "at", "inside", "within"})  # the state of a place: "in camps", "at the centre"
HOSTING = frozenset({"hosted", "sheltered", "in_camps"})  # the classes of the verbs that take people in
AFTER_HARM = lexicon.words("events.after_harm")
DEGREE_NOUNS = lexicon.words("events.degree_nouns")
CAMP_NOUNS = lexicon.words("events.classes.in_camps.places")
SHELTER_NOUNS = lexicon.words("events.classes.sheltered.places")
OPEN_PLACES = lexicon.words("events.classes.homeless.open_places")
OPEN_ADVERBS = lexicon.words("events.classes.homeless.open_adverbs")
WITHOUT_NOUNS = lexicon.words("events.classes.homeless.without")


def _shelter_term(tok):
    """Where people stay says what the figure counts: "staying in the displacement camp", "living in 60
    camps" (in camps); "stayed in emergency shelters", "remained in collective centres" (sheltered); "staying
    with relatives" (hosted); "sleeping in the open", "spent a second night outdoors", "remain without shelter"
    (homeless). The term is the text's words, the verb, its object and the place ("staying in evacuation
    centres", "taken shelter in relief camps"), never the class's name. (term, verb, class) or None."""
    verb = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)  # "people staying in"
    if verb is None:
        head = tok
        while head.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") and head.head != head:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.lemma_.lower() not in STAY_VERBS:
        return None
    if (outside := _in_the_open(verb)) is not None:
        return outside, verb, "homeless"
    for prep in (c for c in verb.subtree if c.dep_ in ("prep", "conj") and c.lower_ in ("in", "at", "into", "near", "with")
                 and c.i - verb.i < 8):  # "staying in or near the camp"
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        # "sleeping in student dormitories, tents and other temporary accommodation": any of the places
        pobj = next((p for p in (pobj, *pobj.conjuncts) if p.lemma_.lower() in CAMP_NOUNS | SHELTER_NOUNS
                     or p.lower_ in CAMP_NOUNS), pobj)
        if prep.lower_ == "with":
            if pobj.lemma_.lower() in HOST_NOUNS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in HOST_NOUNS
                                                        for c in pobj.children):
                return _stay_words(verb, prep, pobj), verb, "hosted"  # "staying with host families"
            continue
        if pobj.lemma_.lower() in CAMP_NOUNS or pobj.lower_ in CAMP_NOUNS:
            return _stay_words(verb, prep, pobj), verb, "in_camps"
        if pobj.lemma_.lower() in SHELTER_NOUNS:
            return _stay_words(verb, prep, pobj), verb, "sheltered"
    return None


def _stay_words(verb, prep, place) -> str:
    """The words of a stay as written, numbers and articles left out: the verb, its object ("taken shelter",
    "sought refuge"), the preposition and the place with its modifiers ("staying in evacuation centres",
    "living with relatives")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN"]
    mods = [c for c in place.children if c.dep_ in ("compound", "amod") and c.i < place.i]
    return _words(verb, *objects, prep, *mods, place)


def _object_words(verb, obj, *more) -> str:
    """A verb and the object that names an event with it, as written, its articles, possessives and numbers left
    out ("lost homes", "facing acute food insecurity", "face crisis levels of hunger", "tested positive")."""
    kept = [t for t in obj.subtree if t.dep_ not in ("det", "poss", "nummod", "punct", "quantmod", "appos", "relcl", "acl",
                                                    "prep", "pobj") or t.i < obj.i or t.head == obj and t.lower_ == "of"
            or t.dep_ == "pobj" and t.head.head == obj and t.head.lower_ == "of"]
    kept = [t for t in kept if not (t.like_num or t.dep_ in ("det", "poss", "punct"))]
    return _words(verb, *more, obj, *kept)


def _verb_and_noun(verb, noun) -> str:
    """A verb and a noun of its clause with the words written before that noun that qualify it ("need medical
    evacuation", "assisting shelter kits"): no article, number or phrase after it."""
    return _words(verb, *(c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i), noun)


def _words(*toks) -> str:
    """Tokens as the text orders them, lower-cased and joined by spaces."""
    return " ".join(t.lower_ for t in sorted(set(toks), key=lambda t: t.i))


def _in_the_open(verb):
    """The words by which a stay verb puts people out of any home, from the verb to the last of them as written
    ("sleeping in the open", "slept on the streets", "spent a second night outdoors", "remain without shelter"),
    or None: an adverb of the open air, "in"/"on" an open place, "without" a shelter, in the verb's own clause."""
    doc = verb.doc
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.i - verb.i > 6 or _verb_above(tok) != verb:
            continue
        lemma = tok.lemma_.lower()
        if tok.dep_ == "advmod" and tok.lower_ in OPEN_ADVERBS:
            return doc[verb.i:tok.i + 1].text
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
                tok.head.lower_ in ("in", "on") and (lemma in OPEN_PLACES or tok.lower_ in OPEN_PLACES)
                or tok.head.lower_ == "without" and lemma in WITHOUT_NOUNS):
            return doc[verb.i:tok.i + 1].text
    return None


def _term_verb_nearby(tok, span, end: int) -> Event | None:
    """When the parse loses the thread, the nearest verb of displacement or harm after the counted noun in
    the same sentence ("600,00 Afghans who hold ACC cards will be expelled"), unless another number
    stands between them (that verb is the other number's)."""
    doc = tok.doc
    for i in range(max(tok.i, span.end) + 1, min(end, tok.i + TERM_WINDOW)):
        cand = doc[i]
        if cand.like_num or cand.pos_ == "NUM":
            return None
        if cand.pos_ == "VERB" and cand.lemma_.lower() in TERM_VERBS and cand.dep_ != "amod":
            # (a participle before another noun says who those are: "the registration of displaced families")
            if any(c.dep_ == "dobj" and c not in tok.subtree for c in cand.children):
                return None  # "deployed 500 soldiers to evacuate residents": the verb's own object is who it befell
            return Event(_term_word(cand), PREDICATES.get(cand.lemma_.lower()), cand)
    return None


HOUSING_NOUNS = lexicon.words("units.housing_nouns")
PERSON_NOUNS = lexicon.words("units.person_nouns")
# The classes that befall things only (houses destroyed, buildings damaged), never people counted.
THING_CLASSES = frozenset(name for name, fields in classes().items() if fields.get("things") and fields["category"] == "other")


MEASURE_WORDS = lexicon.words("units.measure_words")
CURRENCY_UNITS = frozenset(lexicon.table("units.currency_nouns").values())
# Nouns of sites, settlements, areas and vehicles, English and French (a figure's unit is its counted noun's lemma
# in either language): what they count is no one's.
SITE_NOUNS = (lexicon.words("events.site_nouns") | lexicon.words("events.classes.in_camps.places")
              | lexicon.words("events.classes.sheltered.places")) - HOUSING_NOUNS - {"evacuation"} | {"shelter"} \
    | lexicon.words("events.fr.site_nouns")
SETTLEMENT_NOUNS = lexicon.words("events.settlement_nouns") | lexicon.words("events.fr.settlement_nouns")
SETTLEMENT_CLASSES = lexicon.words("events.settlement_classes")
AREA_NOUNS = (lexicon.words("events.area_nouns") | lexicon.words("places.place_nouns") | lexicon.words("places.container_nouns")
              | lexicon.words("events.fr.area_nouns") | lexicon.words("places.fr.place_nouns")) - SITE_NOUNS - SETTLEMENT_NOUNS
VEHICLE_NOUNS = lexicon.words("events.vehicle_nouns") | lexicon.words("units.fr.vehicle_nouns")
VEHICLE_CLASSES = lexicon.words("events.vehicle_classes")
OBJECT_NOUNS = lexicon.words("events.object_nouns")
ANIMAL_NOUNS = lexicon.words("units.animal_nouns") | lexicon.words("units.fr.animal_nouns")


def category_of(a: Amount, unit: str | None, counted: str | None, term: str | None, event: str | None = None) -> str:
    """Where a figure is filed: by its event's class where it has one (killed, missing -> casualties; fled,
    crossed -> displacement) and counts people or things that can suffer it, else by the words of what is
    counted and the term (as before there were classes: "displaced people", "refugees")."""
    by_class = category_of_class(event)
    if by_class not in (None, "other") and (not is_measure(a, unit) or classes()[event].get("measured")) and (
            by_class != "displacement" or _people_or_homes(unit, counted)):
        return by_class
    words = set(re.findall(r"[a-z-]+", f"{counted or ''} {term or ''}".lower()))
    if by_class == "other":
        words = set()  # a class that files as other files its figures so, whatever they count ("1,012 migrants were
        # intercepted": detained; "24 displaced people were abducted"); "59,000 people affected" files nothing
    if not _people_or_homes(unit, counted):
        words = set()  # "a magnitude 6.2 earthquake displaced ...": the earthquake is not the displaced
    if words & CASUALTY_WORDS:
        return "casualties"
    if words & DISPLACEMENT_WORDS or (term == "at risk" and unit == "person"):
        return "displacement"
    if a.currency:
        return "money"
    if (unit or "").split(" per ")[0] in TIME_UNITS:
        return "time"
    if words & AID_WORDS:
        return "aid"
    return "other"


def befalls(a: Amount, unit: str | None, event: str | None) -> bool:
    """Whether what a figure counts can be of its event class: animals of none; a count of sites, vehicles or areas ("in 410 relief camps",
    "14 districts have been affected") only of a class of things (destroyed, damaged, aid), a measure ("in the
    past 24 hours", "240 kilometres of roads", "150 km/h") only of a measured class ("60 tons of aid"); a share
    ("74% of the displaced"), a rate of people ("killing 1.3 million people each year") and anything else of any
    class (a share's class read here is dropped once every figure's event is known: figures'
    ``_shares_without_events``). A span of time is of none, not even aid, the measured class: "vivres pour trois
    mois" is how long the food lasts."""
    if event is None:
        return True
    fields = classes().get(event, {})
    base = (unit or "").split(" per ")[0]
    if base in TIME_UNITS and not a.currency:
        return False  # how long aid lasts ("a food parcel for two weeks", "a bed for three nights"): of no class
    if a.currency or base in TIME_UNITS or base in MEASURE_WORDS or base == "year of age" or base in CURRENCY_UNITS \
            or a.unit and not a.percent:
        return not a.currency and base.replace(" ", "_") in measured_units(event)
    if base in ANIMAL_NOUNS:
        return False  # "2.1 million livestock have died", "1,200 livestock were swept away": no one's event
    if base in SETTLEMENT_NOUNS:
        return event in SETTLEMENT_CLASSES  # "13 villages razed"; "the river flooded 20 villages": no one's event
    if base in AREA_NOUNS or base in OBJECT_NOUNS:
        return False
    if base in VEHICLE_NOUNS and event in VEHICLE_CLASSES:
        return True  # "120 trucks crossed into the city"
    if base in SITE_NOUNS or base in VEHICLE_NOUNS:
        return bool(fields.get("things"))  # "three convoys have been turned back": no one deported
    return True


def measured_units(event: str) -> frozenset[str]:
    """The units a measure of the class can be in (events.toml's ``measured``: "tonne" for aid), spaces as "_"."""
    return frozenset(str(classes().get(event, {}).get("measured") or "").split())


POPULATION_NOUNS = lexicon.words("events.population_nouns")
POPULATION_BEFORE_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:" + "|".join(lexicon.terms("events.population_places")) + r")\s*,?\s+(?:of\s+|de\s+|d['’])|(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon.terms("events.population_before"), key=len, reverse=True))
    + r")\s+)$")


def population(text: str, start: int, noun) -> bool:
    """The figure is what a place holds, not whom anything befell: people counted (``population_nouns``) right after
    a settlement noun and "of"/"de", "home to" or "compte" ("a town of 40,000 inhabitants", "Bukavu, ville de plus
    d'un million d'habitants", "home to about two million people", "notre commune compte à peine 6 000 habitants").
    People a word of their own qualifies are a count of them ("l'Ituri compte 1,1 million de personnes déplacées")."""
    return noun is not None and noun.lemma_.lower() in POPULATION_NOUNS \
        and not any(c.dep_ == "amod" or c.dep_.startswith(("acl", "relcl")) for c in noun.children) \
        and POPULATION_BEFORE_RE.search(text, max(0, start - 40), start) is not None


CAPACITY_MODALS = lexicon.words("events.capacity_modals")


def capacity(verb, event: str | None) -> bool:
    """The figure is what a place can take, not whom it takes: a verb of a class of staying (``stay_classes``) under
    a modal of ability ("the stadium can host 40,000 people", "le stade peut accueillir 40 000 spectateurs")."""
    if verb is None or event not in STAY_CLASSES:
        return False
    modals = [c for c in verb.children if c.dep_.startswith("aux")]
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:
        modals.append(verb.head)  # "peut accueillir": the infinitive governed by "pouvoir"
    return any(m.lemma_.lower() in CAPACITY_MODALS for m in modals)


def of_things(unit: str | None, event: str | None) -> str | None:
    """The class a count of sites takes for a class of people that names another for things ("42 schools and three
    health centres were affected", "42 écoles ont été touchées": damaged, the class's ``of_sites``), else ``event``."""
    if event is None or (unit or "") not in SITE_NOUNS:
        return event
    return classes().get(event, {}).get("of_sites", event)


PEOPLE_VERBS = lexicon.words("events.people_verbs")
BUILDING_VERBS = lexicon.words("events.building_verbs")
BUILDING_NOUNS = lexicon.words("events.building_nouns")
STAY_CLASSES = lexicon.words("events.stay_classes")
AID_OBJECT_VERBS = lexicon.words("events.aid_object_verbs")
AID_GIVING_VERBS = lexicon.words("events.aid_giving_verbs")
AID_SERVING_VERBS = lexicon.words("events.aid_serving_verbs")
AID_HANDING_VERBS = lexicon.words("events.aid_handing_verbs")
GOODS_MADE_VERBS = lexicon.words("events.goods_made_verbs")


def done_to_things(verb, unit: str | None) -> bool:
    """The figure counts things, and its event's verb names the event only for people ("executed 12 prisoners" are
    killed; "executed 3 warrants" and "intercepted 12 calls" are of no one), or it counts anything but buildings,
    and its event's verb names the event only for buildings ("levelled 2,000 buildings"; "levelled 5 charges")."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in BUILDING_VERBS or verb.lower_ in BUILDING_VERBS:
        return unit not in BUILDING_NOUNS
    return lemma in PEOPLE_VERBS and unit is not None and unit not in ("person", "household")


def counts_sites(unit: str | None) -> bool:
    """The figure counts sites or areas (camps, shelters, districts, barangays): no people."""
    return (unit or "") in SITE_NOUNS | AREA_NOUNS | SETTLEMENT_NOUNS


def is_measure(a: Amount, unit: str | None) -> bool:
    """An amount of money, a share, a duration or a measure ("6.2 magnitude", "30-storey"): no event's."""
    base = (unit or "").split(" per ")[0]
    return bool(a.currency or a.percent or a.unit or base in TIME_UNITS or base in MEASURE_WORDS or base == "year of age")


def _people_or_homes(unit: str | None, counted: str | None) -> bool:
    counted_words = set(re.findall(r"[a-z-]+", (counted or "").lower()))
    return unit in (None, "person", "household") or unit in HOUSING_NOUNS or bool(counted_words & DISPLACEMENT_WORDS)


def stock_or_flow(term: str | None, event: str | None = None) -> str | None:
    """A stock (people in a state: "in camps", "missing") or a flow (people to whom something happened:
    "displaced", "killed"): by the term, else by its class's own stock or flow terms."""
    if term is None:
        return None
    if term in STOCK_TERMS:
        return "stock"
    if term in FLOW_TERMS or term.endswith("ed") and term in FLOW_TERMS | {"forced"}:
        return "flow"
    fields = classes().get(event or "", {})
    return "stock" if "stock" in fields and "flow" not in fields else "flow" if "flow" in fields else None


def change_of(verb, span) -> str | None:
    """ "rose 64 points", "increased by 2 percent", "down 1%", "-1.3%": the figure is a change. The level a
    change reaches or starts from ("rose to $7.4bn from $6.8bn") is not, nor a noun ("a 19% drop")."""
    if span is None:
        return None
    doc = span.doc
    root = span.root
    if span.start > 0 and doc[span.start - 1].lower_ in ("to", "from", "at"):
        return None
    if root.head.lower_ in ("to", "from", "at") or (
            root.dep_ in ("nummod", "compound", "quantmod") and root.head.head.lower_ in ("to", "from", "at")):
        return None  # "rose to 3.9 million headsets"
    head = root
    while head.dep_ in ("nummod", "compound", "quantmod", "amod") and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_NOUNS:
            return None  # "a 4.2 percent drop": the size of a change named by a noun
    tokens = [verb] if verb is not None else []
    head = span.root
    for _ in range(3):
        head = head.head
        tokens.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    tokens += [doc[i] for i in range(max(0, span.start - 2), span.start)]
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in UP_VERBS or tok.lower_ == "up" and tok.pos_ in ("ADV", "ADP"):
            return "up"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in DOWN_VERBS or tok.lower_ == "down" and tok.pos_ in ("ADV", "ADP"):
            return "down"
    if span.text.lstrip().startswith("-") and "%" in span.text:
        return "down"
    return None


def size_of_change(span) -> bool:
    """The number is the size of a change a noun names ("a 22 per cent increase", "an increase of 18% on week
    8"), not a count of anyone to whom anything happened."""
    if span is None:
        return False
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in CHANGE_NOUNS:
        return True
    while head.dep_ in ("nummod", "compound", "quantmod", "amod") and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_NOUNS:
            return True
    return False
