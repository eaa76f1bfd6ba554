"""What a figure counts: the noun a number counts (its head, the object of "of", the antecedent of "of
whom", a unit of measure) and the counted phrase with its modifiers ("undocumented Afghan refugees")."""

from __future__ import annotations

import dataclasses
import re

from ... import lexicon

# Nouns whose "of" names a whole, not what is counted ("the age of 5", "a total of 40").
PER_NOUNS = lexicon.words("figures.per_nouns")
# Words of measure that are the unit when they follow the number, whatever noun comes after.
MEASURE_WORDS = lexicon.words("units.measure_words")
MEASURE_BEFORE = lexicon.words("units.measure_words_before")
WHOLE_NOUNS = lexicon.words("figures.whole_nouns")
# Nouns that stand for a count of what their "of" names ("the number of victims could reach 20,000").
COUNT_NOUNS = lexicon.words("events.count_nouns")
PEOPLE_NOUNS = lexicon.words("units.person_nouns") | lexicon.words("units.household_nouns")
LEVEL_PREPS = frozenset({"to", "at", "past", "above", "over"})  # the level a count reaches ("rose to 5,000")


def counted_noun(span, doc):
    """The noun a number counts: its head when it modifies one, the object of "of" ("thousands of
    students"), or the antecedent of "of whom"."""
    last = span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    measure = doc[nxt.i + 1] if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(doc) else nxt
    if measure is not None and (measure.lemma_.lower() in MEASURE_WORDS or measure.lower_ in MEASURE_WORDS):
        return measure  # "a 5.2 litre V10 engine", "6.5 times earnings": the unit before the thing
    before = doc[span[0].i - 1] if span[0].i > 0 else None
    if before is not None and before.lower_ in MEASURE_BEFORE:
        return before  # "a magnitude 6.8 earthquake": the scale the number is read on
    if (counted := _number_of(nxt)) is not None:
        return counted  # "brings to 274,000 the number of people displaced"
    if nxt is not None and nxt.lower_ == "of":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lower_ in ("whom", "which", "them", "those"):
            return _antecedent(pobj)
        if pobj is not None:
            return pobj
    if last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    if last.head.dep_ == "nummod" and last.head.head.i > last.i:
        return last.head.head
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.tag_ in ("NNS", "NNPS", "NN"):
        return _phrase_head(nxt)
    first = span[0]
    if first.i > 1 and doc[first.i - 1].lower_ == "or" and doc[first.i - 2].pos_ == "NOUN":
        return doc[first.i - 2]  # "another pick or two", "a day or two"
    return _elided_noun(span.root) or _count_subject(span.root) or _whole_of(span.root)


def subset_named(span, doc):
    """The noun a part of a group is said to be: "19 of the dead were children" (children, not the dead),
    "9.8 million of them children"; the number followed by "of" and the whole, then "be" and a bare plural noun
    (or, after "of them", the plural noun itself). None otherwise: "two of the injured were in critical condition"."""
    last = span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "of" or nxt.head.i != last.i and nxt.head.i != span.root.i:
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    after = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
    if pobj.lower_ in ("them", "whom", "those") and after is not None and after.tag_ in ("NNS", "NNPS"):
        return after  # "18.2 million people need help, 9.8 million of them children"
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS") and c.i > pobj.i
                 and not any(g.dep_ in ("det", "nummod", "poss") for g in c.children)), None)


def whole_of_part(span, noun) -> bool:
    """The number counts the whole a part of it is taken from: its noun is the object of an "of" that hangs on
    another number ("1.9 million of Gaza's 2.3 million people", "131 of the 233 camps") or opens a clause whose
    subject is a number ("Of the 420 children screened, 146 were ..."). The number is the noun's own (not the
    part's, "131", whose counted is the same noun)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    number = span[-1]
    while number.dep_ in ("compound", "quantmod") and number.head.i > number.i and number.head.i < noun.i:
        number = number.head
    if number.dep_ != "nummod" or number.head != noun:
        return False
    prep = noun.head
    holder = prep.head
    if holder.like_num or holder.pos_ == "NUM":
        return holder.i < prep.i
    return prep.i < number.i and holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or c.pos_ == "NUM") and c.i > noun.i for c in holder.children)


def _count_subject(number):
    """What a count that reaches the number counts: "the number of internally displaced people has passed
    one million", "the number of victims could reach 20,000", "the total of returnees rose to 5,000", "brings
    the number of internally displaced people to over 1.1 million" (the count the verb's object). A dateline
    the parse took for another subject ("CUCUTA, Colombia - The number of ... has risen to 56,200") is passed
    over."""
    verb = number.head
    deps = ("nsubj", "nsubjpass")
    if number.dep_ == "pobj" and verb.lower_ in LEVEL_PREPS:
        deps = (*deps, "dobj") if verb.lower_ in ("to", "at") else deps  # "put the number of evacuees at 4,000"
        verb = verb.head
        of = verb.head.head if verb.dep_ == "acl" else None
        if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in COUNT_NOUNS and of.head.dep_ in deps:
            return verb.head  # "put the number of people killed since Friday at 52": the parse hangs "at" on "killed"
    elif number.dep_ not in ("dobj", "attr"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in COUNT_NOUNS), None)
    if subject is None:
        # "people affected by the floods were estimated at 20,000", "displaced families now number 4,200": people
        # themselves, as the subject of the verb that gives their level
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                     and c.lemma_.lower() in PEOPLE_NOUNS and not any(g.dep_ == "nummod" for g in c.children)), None)
    of = next((c for c in subject.rights if c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _whole_of(number):
    """ "a population of 1.5 million", "a crowd of 5,000": the group noun whose "of" the number is (not "a net
    worth of 1.3 billion")."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.i > number.i:
        return None
    return prep.head if prep.head.lemma_.lower() in WHOLE_NOUNS else None


def _elided_noun(number):
    """A bare number that is the subject of a clause coordinated with one whose subject a number counts
    counts the same noun: "2,300 people have died and 10,000 are believed missing" (10,000 people); one
    that "is" a nationality counts its people ("145 were Egyptian"), one that "is" a plural noun that noun ("6,120
    were returnees")."""
    if (lost := verb_of_stray_subject(number)) is not None:
        verb = lost
    elif number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    else:
        verb = number.head
    if verb.lemma_ == "be" and (group := next((c for c in verb.children if c.dep_ in ("acomp", "attr")
                                                and c.ent_type_ == "NORP"), None)) is not None:
        return group  # "of those killed, 145 were Egyptian": 145 Egyptians
    if verb.lemma_ == "be" and (number.like_num or number.pos_ == "NUM") and (noun := next((c for c in verb.children if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")
                                               and not any(g.dep_ in ("det", "nummod", "poss") for g in c.children)),
                                              None)) is not None:
        return noun  # "of these, 6,120 were South Sudanese returnees": 6,120 returnees
    for other in (verb.head if verb.dep_ == "conj" else None, *(c for c in verb.children if c.dep_ == "conj")):
        if other is None or other is verb or other.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "NOUN" and any(
                c.dep_ == "nummod" and (c.like_num or c.pos_ == "NUM") for c in subject.children):
            return subject
    return None


def verb_of_stray_subject(number):
    """The verb whose subject the parse gave to the clause before: in "6,120 were returnees and 3,410 were
    refugees" it makes 3,410 a conjunct of "returnees" and leaves the second "were" without a subject. A number
    so hung, with a verb right after it that has no subject of its own, is that verb's subject; None otherwise."""
    doc = number.doc
    if number.dep_ != "conj" or number.i + 1 >= len(doc) or not (number.like_num or number.pos_ == "NUM"):
        return None
    verb = doc[number.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _number_of(tok):
    """The people in "N the (total) number of people ..." written right after a number."""
    doc = tok.doc if tok is not None else None
    i = tok.i if tok is not None else 0
    while doc is not None and i < len(doc) and i - tok.i < 3 and doc[i].pos_ in ("DET", "ADJ"):
        i += 1
    if doc is None or i >= len(doc) or i == tok.i or doc[i].lemma_.lower() not in ("number", "total"):
        return None
    of = next((c for c in doc[i].rights if c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _phrase_head(tok):
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _antecedent(pronoun):
    """ "migrants, about 1.7 million of whom were undocumented" -> migrants."""
    tok = pronoun
    for _ in range(6):
        if tok.dep_ == "relcl" or tok.head == tok:
            break
        tok = tok.head
    return tok.head if tok.dep_ == "relcl" else None


def counted_phrase(noun, span, text: str) -> str:
    """The counted noun with its modifiers and coordinated nouns: "undocumented Afghan refugees",
    "Afghan migrants and refugees"."""
    left = noun
    after_number = span is not None and noun.i > span[-1].i
    counted_apart = any(c.dep_ == "nummod" for c in noun.children)  # "the bank's 100,000 bankers": not the bank
    for child in noun.lefts:
        if child.dep_ == "poss" and counted_apart:
            continue
        if child.dep_ in ("amod", "compound", "nmod", "poss") and (not after_number or child.i > span[-1].i):
            edge = child.left_edge  # "first-team players", "Hillary Clinton's contributors": with its own words
            while edge.pos_ == "DET" and edge.i < child.i:
                edge = edge.doc[edge.i + 1]
            left = edge if not after_number or edge.i > span[-1].i else child
            break
    right = _phrase_end(noun)
    start, end = left.idx, right.idx + len(right.text)
    phrase = text[start:end]
    phrase = re.sub(r"[“”\"']", "", phrase)
    return re.sub(r"^(?:so-)?called\s+", "", phrase.replace("so-called ", "")).strip()


def _phrase_end(noun):
    """The last word of the counted phrase: the noun, the noun a counted modifier belongs to ("11 member
    trade agreement"), a bare noun after "of" ("barrels of oil"), a coordinated noun ("migrants and refugees")."""
    right = noun
    head = noun
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head
    if head != noun and head.i - noun.i <= 3:
        right = head
    for child in right.rights:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and right is noun and child.i - noun.i <= 4 \
                and not _counted_apart(child):
            right = child  # "migrants and refugees", not a second noun phrase further on
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == right.i + 1 and right.lemma_.lower() not in PER_NOUNS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and not any(g.dep_ in ("det", "poss") for g in pobj.children):
                right = pobj  # "barrels of oil", "snaps of man coverage"
            break
    return right


def _counted_apart(noun) -> bool:
    """A coordinated noun with a number of its own is another figure's: "4,104 children and 2,641 women", "60
    schools and three bridges" count children and schools, not both."""
    return any(c.dep_ == "nummod" or c.like_num and c.i < noun.i and c.dep_ in ("amod", "compound", "quantmod")
               for c in noun.children)


def _partitive_res(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The pronoun of a part right after its number ("5.6 million of them", "5,6 millions d'entre elles") and opening
    its clause before it ("Of those, 36,000", "Parmi eux, 300")."""
    preps = "|".join(re.escape(p).replace("\\ ", r"\s+")
                     for p in lexicon.words(lexicon.localized("figures.partitive_prepositions", language)))
    pronouns = "|".join(lexicon.words(lexicon.localized("figures.partitive_pronouns", language)))
    after = re.compile(rf"\s+(?:{preps})\s*(?:{pronouns})\b", re.I)
    before = re.compile(rf"(?:^|[.!?:;]\s+|\n\s*)(?:{preps})\s*(?:{pronouns})\s*,?\s*(?:\w+\s+){{0,2}}$", re.I)
    return after, before


PARTITIVE_RES = {language: _partitive_res(language) for language in ("en", "fr")}
PEOPLE_UNITS = ("person", "household")
PARTITIVE_REACH = 300  # characters back to the whole a pronoun stands for, within the paragraph


def with_partitive_units(figures: list, text: str, language: str = "en", events: bool = False) -> list:
    """A figure with no unit that counts part of people named just before by a pronoun ("Some 5.6 million of them
    live in the east", "Environ 5,6 millions d'entre elles vivent à l'Est", "Of those, 36,000 were Syrian") is in
    the unit of the last figure of people before it in the paragraph, and counts what it counts where it names
    nothing itself: a part of people is people. With ``events`` (French; English reads them in the figures stage's
    ``_with_partitive_events``), such a part that names no event of its own is of its whole's: part of the
    displaced, living somewhere, are displaced people. A part whose own sentence names no place is where its whole is."""
    after, before = PARTITIVE_RES[language]
    out: list = []
    for f in figures:
        if after.match(text, f.end) or before.search(text, max(0, f.start - 40), f.start):
            whole = next((g for g in reversed(out) if g.unit in PEOPLE_UNITS and g.end <= f.start), None)
            if whole is not None and f.start - whole.end <= PARTITIVE_REACH and "\n\n" not in text[whole.end:f.start]:
                if f.unit is not None and f.place_source != "sentence" and whole.place_source == "sentence":
                    # "À Madagascar, 129 720 personnes ... À noter que 20 000 d'entre elles ont commencé à rentrer": a
                    # part whose sentence names no place is where its whole is, not the article's country
                    f = dataclasses.replace(f, place=whole.place, place_source="context")
                elif f.unit is None:
                    f = dataclasses.replace(f, unit=whole.unit, counted=f.counted or whole.counted)
                    if events and f.event is None and whole.event is not None:
                        f = dataclasses.replace(f, event=whole.event, term=whole.term, category=whole.category,
                                                stock_or_flow=whole.stock_or_flow)
        out.append(f)
    return out
