"""Who states a figure (``stated_by``): the speaker of the quote that holds it, else the source its own
sentence gives it.

A figure outside every quote still has a source when its sentence says whose it is: "according to X",
"X said N people were killed", "N were killed, X said", "X put the toll at N", "X recorded N deaths". The
parse gives it: among the figure's head and the words it hangs on, the first that is a verb of saying or of
stating a figure (its subject is the source, unless the figure is in that subject: "10,000 are believed
missing" has no source), or that has an "according to" beside it. Speakers resolve as the quotes stage
resolves them (``quotes.speakers``): whole names, acronyms read as their long form, "it"/"they" to the
body named before, datelines and numbers never.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ... import lexicon
from ...gazetteer import code_key, fold, gazetteer
from ...lexicon.events import object_classes
from ...records import Article, Speaker
from ..quotes.attribution import CUE_VERBS, attribution, is_cue, word_before
from ..quotes.indirect import author_of
from ..quotes.speakers import (
    BODY_NOUNS,
    PRONOUN_REACH,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    ROLES_BEFORE_NAME,
    SPEAKER_ENTITIES,
    SPEAKER_NOUNS,
    TEXT_NOUNS,
    Context,
    agent_of,
    context_of,
    long_forms,
    opens_figure_aside,
    organisation_name,
    resolved,
    role_in,
    speaker_from,
    subject_of,
)
from .keylines import lead_in
from .numbers import Amount

# Verbs by which a source gives a figure without saying it: "X put the toll at N", "X recorded N deaths".
STATING_VERBS = lexicon.words("quotes.figure_stating_verbs")
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_OTHER
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# Two-word prepositions that name a source: "according to X", "as per X" (first word -> second word).
SOURCE_PREPOSITIONS: dict[str, str] = lexicon.table("quotes.source_prepositions")
# Dependencies by which a verb reports a clause or an object of its own (then it attributes nothing else).
OWN_CLAUSE_DEPS = lexicon.words("quotes.own_clause_deps")
TOLD_VERBS = lexicon.words("quotes.told_verbs")
RELAY_VERBS = lexicon.words("quotes.relay_verbs")
# Nouns of figures and texts whose maker is their source: "figures from X show", "the toll, given by X, rose".
SOURCE_TEXTS = lexicon.words("quotes.figure_source_nouns") | TEXT_NOUNS
# Dependencies by which a clause hangs on a verb of stating that does not state it: "X recorded heavy rains, and
# N people died" (the figure's clause is a conjunct of the verb, not its object).
UNSTATED_DEPS = lexicon.words("quotes.figure_unstated_deps")
# Cue verbs whose object is a thing or an event ("rescuers found 12 bodies"): they state only a clause they govern.
UNSTATING_CUES = lexicon.words("quotes.figure_unstating_cues")
# Bodies whose own work a figure counts: their report of it is the source ("partners have distributed food to N").
ACTOR_BODIES = lexicon.words("quotes.figure_actor_bodies")
CAUSE_NOUNS = lexicon.words("quotes.figure_cause_nouns")
PLACE_PART_NOUNS = lexicon.words("quotes.place_part_nouns")
# Dependencies by which the people a figure counts are what a verb was done to: its object, or "to"/"for" them.
DONE_TO_DEPS = frozenset({"dobj", "dative"})
# Dependencies by which a clause hangs on a verb that reports it ("X found that ...", "X expects to ..."): not a
# clause of consequence or time ("found five bodies, so the toll is now 31").
REPORTED_DEPS = frozenset({"ccomp", "xcomp"})
# Determiners by which a sentence's figure noun points back at the figures before it: "The figures were
# released by X."
BACK_DETERMINERS = lexicon.words("quotes.figure_back_determiners")
# Nouns that stand for a count ("a total of 28", "the number of cases"): never a source.
COUNT_NOUNS = lexicon.words("events.count_nouns")
# (verb, object) lemma pairs that name an event ("claim life"): their subject is its cause, no source.
EVENT_OBJECTS = frozenset(object_classes())
SAYING_LEMMAS = lexicon.words("cues.speech_cues")  # the lemmas of saying
NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
MAX_CLIMB = 8  # words from the figure up to the verb that states it
# First-person words a body in an organisation's own text is named by ("our teams", "we").
FIRST_PERSON = lexicon.words("people.first_person_bodies")
OWN_VOICE_BODIES = lexicon.words("people.own_voice_bodies")
BACK_SENTENCES = 3  # "N died. N more are missing. This was stated by X.": sentences an attribution reaches back


def stated_by(article: Article, a: Amount, doc) -> Speaker | None:
    """Who states the figure at ``a``: the source its sentence gives it when that is nearer the figure than
    the narrowest quote holding it (inside the quote: "X said Y reported N" is Y's), else that quote's speaker,
    else the sentence's source; None when neither names one."""
    holding = [q for q in article.quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None
               and not _place_not_saying(q.speaker, doc, article)]
    quote = min(holding, key=lambda q: q.end - q.start) if holding else None
    ctx = context_of(article, doc)
    quoted = _made_by(quote.speaker, doc, ctx) if quote is not None else None
    if quoted is not None and quoted.start is not None and quoted.end is not None and quoted.start <= a.start < quoted.end:
        quoted = None  # "10,000 are believed missing": the figure is the subject, no source of itself
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    found, at = sentence_source(span.root, ctx) if span is not None else (None, -1)
    if found is None and quoted is None and span is not None:
        found, at = next_sentence_source(span.root, ctx)
    before = [q.speaker for q in sorted(article.quotes, key=lambda q: q.start) if q.speaker is not None
              and not _happening(q.speaker, doc)]
    if found is not None and not found.name and found.mention:
        found = _described(resolved(found, before, ctx), before)
        if not holding:
            found = _first_person(found, ctx)
    if quoted is not None and not quoted.name and quoted.mention:
        if quoted != quote.speaker:  # the maker of the quote's text or figures ("figures analysed by the agency")
            quoted = resolved(quoted, [sp for sp in before if sp != quote.speaker], ctx)
        quoted = _described(quoted, before)
    found = _role_described(found, before, ctx) if found is not None else None
    quoted = _role_described(quoted, before, ctx) if quoted is not None else None
    found = found if _can_speak(found, doc) and not _place_not_saying(found, doc, article) else None
    quoted = quoted if _can_speak(quoted, doc) else None
    if _usable(found) and (not _usable(quoted) or quote.start <= at < quote.end):  # type: ignore[union-attr]
        return found
    if quoted is not None and (quoted.name or quoted.mention):
        return quoted
    return found if _usable(found) else None


def _role_described(sp: Speaker, before: list[Speaker], ctx: Context) -> Speaker:
    """ "The state's Commissioner for Housing, Jane Okafor, said ... She said 310 families ...", "The district
    commissioner said ... He said 240 families ...": "he" or "she" right after a speaker whose words give a person's
    role stands for that speaker, where the tagger took the name for a body's or missed it (so no person named before
    the pronoun resolves it, or one named before that speaker does): the speaker, as a person."""
    if sp.start is None or (sp.mention or "").lower() not in PRONOUNS_PERSON:
        return sp
    prev = max((p for p in before if p.start is not None and p.start < sp.start), key=lambda p: p.start, default=None)
    if prev is None or prev.start is None or prev.start < sp.start - PRONOUN_REACH or prev.type == "person" \
            or not any(w.strip(",.").lower() in ROLES_BEFORE_NAME for w in (prev.mention or "").split()) \
            or (prev.mention or "").lower().split()[0] in PRONOUNS:
        return sp
    if sp.name and any(m.type == "person" and m.canonical == sp.name and prev.start <= m.start < sp.start
                       for m in ctx.mentions):
        return sp  # "The governor, X, said ... Dr Y of the hospital ... He said": the person named since
    name = prev.name or role_in(prev.mention or "")
    return dataclasses.replace(sp, name=name, type="person", role=prev.role) if name else sp


def _first_person(sp: Speaker, ctx: Context) -> Speaker:
    """A body in the first person outside every quote ("our teams treated 312 wounded patients", "we have received
    147 wounded", "Our ambulance team"): the text is the organisation's own (a release, an update, a field blog),
    so it is the organisation the article names most often, the first named of those on a par; unresolved where
    it names none."""
    words = (sp.mention or "").lower().split()
    if sp.name or not words or words[0] not in FIRST_PERSON:
        return sp
    name = _own_organisation(ctx)
    return dataclasses.replace(sp, name=name, type="organisation") if name else sp


def _own_organisation(ctx: Context, least: int = 1) -> str | None:
    """The organisation a text in its own voice is by: the one it names most often (at least ``least`` times), the
    first named of those on a par; None where it names none."""
    names = [organisation_name(m, m.start, len(ctx.text), ctx)
             for m in sorted(ctx.mentions, key=lambda m: m.start) if m.type == "organisation"]
    if not names:
        return None
    counts = Counter(ctx.long_forms.get(n, n) for n in names)
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= least else None


def own_voice_sources(figures: list, article: Article, doc) -> list:
    """An organisation's own text (a release, an update, a field blog: outside its quotes it says "our teams" or
    "our clinics" of those who act, "our teams received 143 wounded") states every figure
    it gives no other source: "MSF is calling for aid in Tawila, where an estimated 380,000 people have arrived",
    "In May, our clinics ... admitted 120 survivors". Such a figure, and one whose source is only first-person words
    ("our clinics"), is the organisation's (``_own_organisation``)."""
    if not any(f.stated_by is None or _first_person_only(f.stated_by) for f in figures):
        return figures
    quoted = [(q.start, q.end) for q in article.quotes]
    if not any(_acting_first_person(t) and not any(s <= t.idx < e for s, e in quoted) for t in doc):
        return figures
    ctx = context_of(article, doc)
    name = _own_organisation(ctx, least=2)  # an appeal that names only "the Ministry of Health" once is not its text
    if name is None:
        return figures
    first = next(m for m in sorted(ctx.mentions, key=lambda m: m.start) if m.type == "organisation"
                 and ctx.long_forms.get(n := organisation_name(m, m.start, len(ctx.text), ctx), n) == name)
    own = Speaker(name=name, mention=first.text, type="organisation", start=first.start, end=first.end)
    out = []
    for f in figures:
        if f.stated_by is None and not any(s <= f.start < e for s, e in quoted):
            f = dataclasses.replace(f, stated_by=own)
        elif f.stated_by is not None and _first_person_only(f.stated_by):
            f = dataclasses.replace(f, stated_by=dataclasses.replace(f.stated_by, name=name, type="organisation"))
        out.append(f)
    return out


def _first_person_only(sp: Speaker) -> bool:
    words = (sp.mention or "").lower().split()
    return not sp.name and bool(words) and words[0] in FIRST_PERSON


def _acting_first_person(tok) -> bool:
    """ "our" of a subject that is the organisation's people or place of work ("our teams received 143 wounded",
    "our clinics admitted 120"): the text speaks for those who act."""
    return tok.lower_ == "our" and tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_.lower() in OWN_VOICE_BODIES


def _described(sp: Speaker, before: list[Speaker]) -> Speaker:
    """A person pronoun ("he", "him") that no name before it stands for is the speaker described before it
    without a name ("A survivor said ... According to him, ...", "a volunteer, who asked not to be named ... He
    said ...", "A senior official of the department said ... He said ..."): named by that description."""
    if sp.name or sp.start is None or (sp.mention or "").lower() not in PRONOUNS_PERSON:
        return sp
    for prev in reversed(before):
        if prev.start is None or prev.start >= sp.start or prev.type not in (None, "person"):
            continue
        if prev.start < sp.start - PRONOUN_REACH:
            break
        if prev.name:
            return sp  # a named speaker comes first: the pronoun's resolution is the quotes stage's
        if (prev.mention or "").lower() not in PRONOUNS and (role := role_in(prev.mention or "")):
            return dataclasses.replace(sp, name=role, type="person")
    return sp


def _place_not_saying(speaker: Speaker | None, doc, article: Article) -> bool:
    """The speaker is a place the places stage did not find acting as its government, the subject of a verb
    other than one of saying ("Sabratha has witnessed clashes leading to the displacement of 3,100 households",
    "Nigeria is experiencing its worst floods"): where something happened, no one stating the figure."""
    if speaker is None or speaker.start is None or speaker.end is None:
        return False
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root  # the place is the speaker's head, not a word before it ("Turkey's disaster agency AFAD")
    if not any(m.type == "place" and not m.actor and m.start <= root.idx < m.end for m in article.mentions):
        return False
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_.lower() not in SAYING_LEMMAS


def _usable(speaker: Speaker | None) -> bool:
    """A speaker that says who: a name, or words other than a pronoun left unresolved."""
    return speaker is not None and bool(speaker.name or (speaker.mention and speaker.mention.lower() not in PRONOUNS))


def _can_speak(speaker: Speaker | None, doc) -> bool:
    """A speaker whose words can state a figure. Not a count ("Only 186 cases were reported, down from 336",
    "a total of 28", "more than $2,500 were reported stolen"), not the "it" that stands for a clause ("it is
    estimated that N ..."), and not the cause of an event that its verb and object name together ("the war
    claimed the lives of 70,000": the verb of saying is no saying there)."""
    if speaker is None or speaker.start is None or speaker.end is None:
        return speaker is not None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.like_num or root.ent_type_ in NOT_SPEAKER_ENTITIES:
        return False
    if any(c.dep_ == "nummod" for c in root.children) and not (root.lemma_.lower() in SPEAKER_NOUNS and root.dep_ == "nsubj"):
        return False  # "Only 186 cases were reported", "212 people were confirmed dead"; "Three residents said" speak
    if root.lemma_.lower() in COUNT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False
    if root.lower_ == "it" and root.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in root.head.children):
        return False
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and not _speaks(root):
        return False  # "IOM and UNHCR are saddened by the shipwreck, in which 27 are confirmed dead": no one's words
    if _share_of_those_counted(span[0]):
        return False  # "killing 28 civilians, most of them women and children, residents said": "most" is of the dead
    if _what_happens(root):
        return False  # "armed clashes 'have forced 30,000 to flee', added to 12,000 ...": the cause says nothing
    verb = root.head
    return not (root.dep_ == "nsubj" and any((verb.lemma_.lower(), c.lemma_.lower()) in EVENT_OBJECTS
                                             for c in verb.children if c.dep_ == "dobj"))


def _happening(speaker: Speaker, doc) -> bool:
    """A quote's speaker that names what happened or where (``_what_happens``): no one a later "the agency" is."""
    if speaker.start is None or speaker.end is None:
        return False
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return span is not None and _what_happens(span.root)


def _what_happens(root) -> bool:
    """A speaker's head that names an event or a hazard ("armed clashes", "the floods") or a share of a place
    ("Parts of East Africa", "large areas of the country"): what happened, or where, never who states it. A
    name ("Cyclone Freddy") is tagged as one and is left to the other checks."""
    lemma = root.lemma_.lower()
    if lemma in PLACE_PART_NOUNS or root.lower_.removesuffix("s") in PLACE_PART_NOUNS:  # "Parts" tagged a name
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    return root.pos_ != "PROPN" and lemma in CAUSE_NOUNS


def _share_of_those_counted(first) -> bool:
    """A phrase set off by a comma that opens with a part of the people just counted, "of" a pronoun that stands for
    them ("..., most of them in Kassala", "..., most of them women and children, residents said"): it says who they
    are, and speaks for no one; "One of them said" at a clause's start may speak. ``first``: the phrase's first word."""
    return first.i > 0 and first.doc[first.i - 1].text == "," and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)
        for c in first.children)


def sentence_source(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """The source a sentence gives the figure whose head is ``tok``, and where the word that gives it is:
    the nearest word above it that states it, or an "according to" beside such a word; else a closing
    attribution ("..., X said.")."""
    prev = tok
    for head in [tok, *list(tok.ancestors)[:MAX_CLIMB]]:
        if head != tok and _states(head) and not _unstated(head, prev) and not _object_of_event(head, prev) \
                and (source := _subject_source(head, tok, ctx)) is not None:
            return _sayer_of(head, source, ctx) or source, head.idx
        according = _according_to(head, ctx)
        if according is not None and not any(t.dep_ in ("advcl", "relcl") for t in [tok, *tok.ancestors] if t.i != head.i
                                             and head.is_ancestor(t)) \
                and (sayer := _sayer_around(head, tok, ctx)) is not None:  # not "..., while Mexico has received N"
            return sayer, head.idx
        source = according or _subject_made_by(head, tok, ctx)
        if source is not None:
            return source, source.start if source.start is not None else head.idx
        prev = head
    found, at = _colon_lead(tok, ctx)
    if found is not None:
        return found, at
    found, at = _closing_attribution(tok, ctx)
    if found is not None:
        return found, at
    return _acting_body(tok, ctx)


def _acting_body(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """ "Humanitarian partners have distributed food to 2,100 families", "Greek authorities rescued 54 survivors":
    a body (an organisation's name, or a noun such as "authorities", "partners") that did what the verb says to
    the people the figure counts reports it, when the sentence names no other source."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("to", "for") and verb.dep_ in ("prep", "dative"):
        noun, verb = verb, verb.head
    elif noun.dep_ not in DONE_TO_DEPS:
        return None, -1
    if verb.pos_ != "VERB" or noun == verb:
        return None, -1
    subj = _acting_subject(verb)
    if subj is None or subj.lemma_.lower() in PRONOUNS or not _body(subj, ctx):
        return None, -1
    return speaker_from(subj, ctx), verb.idx


def _acting_subject(verb):
    """The subject of the verb of what a body did: its own, else that of the verb it is joined to ("our clinics
    provided 4,300 consultations and admitted 120 survivors"), else one the parse hung on its auxiliary ("Humanitarian
    partners have pre-positioned 3,000 kits", where "have" took "partners")."""
    for holder in (verb, *(c for c in verb.children if c.dep_ == "aux")):
        # the nearest before the verb: a dateline the parse took for another subject ("GOMA, Feb 12 (Reuters) - MSF
        # teams have treated ...") stands further off
        subj = max((c for c in holder.children if c.dep_ == "nsubj"), key=lambda c: (c.i < holder.i, c.i if c.i < holder.i else -c.i),
                   default=None)
        if subj is not None:
            return subj
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _body(subj, ctx: Context) -> bool:
    """A body that acts: a noun of ``ACTOR_BODIES`` (its lemma, or the plural a capital at a sentence's start
    kept from the lemmatizer: "Partners in Tawila have distributed ..."), an organisation's name, or an acronym
    that names no place ("IOM has moved 1,150 returnees", which the entity tagger may miss); or people named by such a
    body before them ("BDRCS volunteers have distributed cash to 5,400 households")."""
    if subj.lemma_.lower() in ACTOR_BODIES or lexicon.holds_noun(subj.text, ACTOR_BODIES) or subj.ent_type_ == "ORG":
        return True
    named = [m for m in ctx.mentions if m.start <= subj.idx < m.end]
    if any(m.type == "organisation" for m in named):
        return True
    if any(c.dep_ == "compound" and c.i < subj.i and _body(c, ctx) for c in subj.children):
        return True  # a body's people: "BDRCS volunteers", "MSF doctors", "UNICEF staff", "Police officers"
    return ACRONYM_RE.fullmatch(subj.text) is not None and not any(m.type == "place" for m in named)


def _unstated(verb, below) -> bool:
    """A verb that states figures without saying ("recorded", "put") states only its own objects: not a
    clause joined to it ("X recorded heavy rains, and N people died")."""
    return not is_cue(verb) and below.dep_ in UNSTATED_DEPS and not _seen_doing(verb, below)


def _seen_doing(verb, below) -> bool:
    """ "UNHCR teams counted 5,640 people crossing in seven days", "DTM recorded 7,890 migrants travelling": the parse
    hangs the people counted, as the subject of what they were seen doing (a gerund right after the verb), on a
    clause of their own; they are still the verb's object, and its subject states them."""
    return below.tag_ == "VBG" and below.dep_ == "advcl" and below.left_edge.i == verb.i + 1 \
        and any(c.dep_ == "nsubj" and c.i < below.i and any(g.dep_ == "nummod" or g.like_num for g in c.subtree)
                for c in below.children)


def _object_of_event(verb, below) -> bool:
    """A cue verb whose object is a thing or an event ("found five more bodies", "admitted 600 patients"), met
    from a figure in that object, not in a clause it governs: it does not state the figure."""
    return verb.lemma_.lower() in UNSTATING_CUES and below.dep_ not in REPORTED_DEPS


def _sayer_of(verb, source: Speaker, ctx: Context) -> Speaker | None:
    """ "A community leader told reporters he had counted 200 bodies", "The ICRC said its teams had admitted 600",
    "She said the agency had counted 1,800 returns", "Somalia has recorded 4,870 cases, the WHO said": inside a
    clause reported by a verb of saying, the one who does the stating is the sayer's own (a pronoun, "its teams",
    "the agency") or a verb that records figures rather than says them ("record", "count", "give") does it; the
    sayer (that verb's subject, named or a pronoun resolved to a name) is the figure's source. None otherwise."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:  # "said its volunteers had set up ... and were giving"
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or not is_cue(clause.head):
        return None
    if not (_pronoun_led(source) or _refers_back(source) or _country_subject(verb, ctx) or not is_cue(verb)):
        return None
    if _figure_aside(clause.head, verb):
        return None
    sayer = _subject_source(clause.head, clause, ctx)
    if sayer is None or _pronoun_led(sayer) and not sayer.name:
        return None
    return sayer


def _figure_aside(sayer, verb) -> bool:
    """ "Local authorities put the number of displaced at 45,000, a figure aid groups say covers only the camps": a
    verb of saying after the clause, whose subject opens with "a figure", "the number" right after a comma, says
    something of the figure in an aside (the parse may make it the sentence's main verb); it does not state the
    figure, whose own clause's subject does."""
    subj = subject_of(sayer)
    if subj is None or sayer.i < verb.i:
        return False
    words = [t for t in subj.subtree if not t.is_punct]
    return len(words) > 2 and opens_figure_aside(words[0]) and words[1].i == words[0].i + 1


def _country_subject(verb, ctx: Context) -> bool:
    """ "Uganda has confirmed 312 new cases, the health ministry said": a country (a place's name) that confirms or
    reports in a clause a sayer reports stands for its authorities, whom the sayer names."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or any(c.dep_ in ("compound", "poss") for c in subj.children):
        return False
    return subj.ent_type_ == "GPE" or any(m.type == "place" and m.start <= subj.idx < m.end for m in ctx.mentions)


def _sayer_around(clause, tok, ctx: Context) -> Speaker | None:
    """ "Coast guard spokesman Nikos Alexiou said 54 people had been rescued and that at least 35 were still missing,
    according to survivor testimony", "In Honduras, authorities said 2,950 deportees arrived ..., while Mexico has
    received 58,000 ..., according to Mexico's foreign ministry": an "according to" in a clause that a verb of saying
    before it reports is the sayer's ground or another clause's source; the sayer states the figure. None where the
    clause is no such clause or the sayer is only a pronoun."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb == clause or not is_cue(verb) or verb.i > clause.left_edge.i:
        return None
    sayer = _subject_source(verb, tok, ctx)
    return sayer if sayer is not None and not _pronoun_led(sayer) else None


def _refers_back(sp: Speaker) -> bool:
    """A definite body phrase that names no one ("the agency", "the ministry"): the sayer's own body."""
    words = (sp.mention or "").lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS


def _pronoun_led(sp: Speaker) -> bool:
    """A speaker whose words are a pronoun ("he", "they") or open with a possessive one ("its teams")."""
    words = (sp.mention or "").lower().split()
    return bool(words) and (words[0] in PRONOUNS or words[0] in POSSESSIVE_PRONOUNS)


def _colon_lead(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """ "AFAD has updated the toll on Thursday morning: 212 people are now confirmed dead": the clause before
    a colon whose verb states figures gives the figure after it, however the parse hangs the two clauses."""
    colon = next((t for t in reversed(tok.sent) if t.text == ":" and t.i < tok.i), None)
    if colon is None:
        return None, -1
    verbs = [t for t in tok.sent if t.i < colon.i and _states(t) and not is_cue(t)
             and any(c.dep_ == "nsubj" for c in t.children)]
    source = _subject_source(verbs[-1], tok, ctx) if verbs else None
    return (source, verbs[-1].idx) if source is not None else (None, -1)


def _subject_made_by(head, tok, ctx: Context) -> Speaker | None:
    """ "The toll, given by the civil protection agency, rose to 41": the subject of the figure's verb is
    figures whose maker a participle names ("given by", "released by"); the maker states the figure. "From"
    names no maker here: "the toll from the cyclone has risen to 225" is the cyclone's toll."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in SOURCE_TEXTS or subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    maker = next((g for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                  for g in a.children if g.dep_ == "pobj"), None)  # never "from": "the toll from cyclone Freddy"
    return speaker_from(maker, ctx) if maker is not None and _speaks(maker) else None


def next_sentence_source(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """A figure its own sentence gives no source, attributed by the next one: "N people have fled. The figures
    were released by the IOM on Monday.", "This was stated by the emergency authority." That sentence's subject
    is figures pointed back at ("the", "these") or a demonstrative with a verb of saying or stating, and its
    verb names who made them (a passive's agent, or "from X")."""
    sent = tok.sent
    for _ in range(BACK_SENTENCES):
        if sent.end >= len(tok.doc):
            return None, -1
        sent = tok.doc[sent.end].sent
        found, at = _attributing(sent.root, ctx)
        if found is not None or any(_states(t) for t in sent):
            return found, at  # the first sentence that attributes anything: to the figures before it, or not
    return None, -1


def _attributing(root, ctx: Context) -> tuple[Speaker | None, int]:
    """The maker a sentence names for the figures before it ("The figures were released by X", "This was
    stated by X"), else None."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if subj is not None and subj.dep_ == "nsubj" and obj is not None and _pointed_back(obj) and _speaks(subj):
        source = speaker_from(subj, ctx)  # "X gave the numbers during a briefing": the active voice
        return source, source.start if source.start is not None else root.idx
    pointed = subj is not None and (
        _pointed_back(subj) or subj.pos_ in ("PRON", "DET") and subj.lower_ in BACK_DETERMINERS and _states(root))
    if not pointed:  # "The figures were released by X", "This was stated by X"
        return None, -1
    maker = next((g for c in root.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from")
                  for g in c.children if g.dep_ == "pobj"), None)
    if maker is None or not _speaks(maker):
        return None, -1
    source = speaker_from(maker, ctx)
    return source, source.start if source.start is not None else root.idx


def _pointed_back(noun) -> bool:
    """Figures pointed back at: "the figures", "these numbers"."""
    return noun.lemma_.lower() in SOURCE_TEXTS and any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children)


def _closing_attribution(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """ "N were displaced, the IOM announced on Monday", "..., junta chief Min Aung Hlaing said": a verb of
    saying after the figure that reports no clause of its own, its subject between a comma and it. The parser
    often hangs such a verb under the figure's clause (as a conjunct, an adverbial or a relative clause), so
    it is no ancestor of the figure."""
    sent = tok.sent
    for verb in reversed(sent):
        if verb.i <= tok.i:
            break
        if not _states(verb) or any(c.dep_ in OWN_CLAUSE_DEPS and c.i > verb.i and not _told(verb, c) for c in verb.children):
            continue
        subj = subject_of(verb)
        if subj is None or not tok.i < subj.left_edge.i and subj.i < verb.i or _share_of_those_counted(subj.left_edge) \
                or any(c.dep_ == "nummod" for c in subj.children) and subj.lemma_.lower() not in SPEAKER_NOUNS:
            subj = word_before(verb)  # the parse borrowed the figure's own subject: "N were displaced, X announced"
            # or took "most of them" or a count for it: "killing 28, most of them women, residents and the AA said",
            # "... after four failed seasons, the Authority has said"
        if subj is None or not tok.i < subj.i < verb.i or subj.like_num:
            continue
        if "," not in {t.text for t in sent.doc[tok.i:verb.i]}:
            continue
        return speaker_from(subj, ctx), verb.idx
    return _closing_words(tok, ctx)


def _closing_words(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """ "..., the National Drought Management Authority (NDMA) has said.", "..., the IRC estimates.", "..., local
    residents and the Arakan Army (AA) said.": a sentence that closes on a phrase and a verb of saying after a comma
    (a day at most after it), where the parse hung that phrase elsewhere, took the verb for a noun or left a perfect's
    participle no subject: the words before the verb are its subject."""
    words = [t for t in tok.sent if not t.is_space]
    end = len(words) - 1
    while end > 0 and words[end].is_punct:
        end -= 1
    if end > 1 and words[end - 1].lower_ == "on" and words[end].ent_type_ == "DATE":
        end -= 2
    verb = words[end]
    if verb.i <= tok.i or verb.lemma_.lower() not in CUE_VERBS or verb.pos_ not in ("VERB", "AUX", "NOUN"):
        return None, -1
    j = end - 1
    if j > 0 and words[j].lower_ in ("has", "have", "had"):
        j -= 1
    if j > 0 and words[j].text == ")":
        j = next((k for k in range(j - 1, max(0, j - 8), -1) if words[k].text == "("), 0) - 1
    if j <= 0 or words[j].pos_ not in ("NOUN", "PROPN") or words[j].i <= tok.i:
        return None, -1
    head = words[j]
    if not (_speaks(head) or _body(head, ctx)):
        return None, -1  # "thin enough that their ribs show"
    between = tok.doc[tok.i:head.i]
    comma = max((t.i for t in between if t.text == ","), default=None)
    if comma is None or any(_states(t) for t in tok.doc[comma + 1:head.i]):
        return None, -1
    first = next((t for t in tok.doc[comma + 1:head.i + 1] if t.pos_ in ("NOUN", "PROPN")), head)
    if head.ent_type_ == "PERSON" or first.dep_ == "compound":
        first = head  # "..., Revenue and Disaster Management Minister Suresh Pujari said": the name
    found = speaker_from(first, ctx)
    after = tok.doc[comma + 1].idx
    if found.start is not None and found.end is not None and found.start < after < found.end:  # not the words before
        found = dataclasses.replace(found, start=after, mention=ctx.text[after:found.end],
                                    role=found.role.rsplit(",", 1)[-1].strip() if found.role else None)
    return found, verb.idx


def _told(verb, obj) -> bool:
    """The object of a verb of telling is who was told ("told AFP by phone", "told reporters"), no clause."""
    return obj.dep_ == "dobj" and verb.lemma_.lower() in TOLD_VERBS


def _maker(noun):
    """Who made the text or the figures a figure is according to: "statements from Congolese officials" -> the
    officials, "figures released by the health ministry" -> the ministry; the noun itself when none is named."""
    maker = author_of(noun)
    if maker is noun and noun.lemma_.lower() in SOURCE_TEXTS:
        maker = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for g in c.children if g.dep_ == "pobj"), noun)
    if maker is noun and noun.lemma_.lower() in SOURCE_TEXTS:
        maker = next((g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() not in RELAY_VERBS
                      for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), noun)
        # not the outlet that carries it ("a health ministry statement carried by the National News Agency")
    if maker is noun and noun.lemma_.lower() in SOURCE_TEXTS:  # "the latest figures of the ministry", "the
        # ministry's figures": a body or a name that owns them
        owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        maker = next((g for g in owners if _speaks(g)), noun)
    if maker is noun and noun.lemma_.lower() in SOURCE_TEXTS:  # "Data from UNHCR show": the parse left "from" bare
        maker = next((noun.doc[c.i + 1] for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      and not any(g.dep_ == "pobj" for g in c.children) and c.i + 1 < len(noun.doc)
                      and noun.doc[c.i + 1].pos_ == "PROPN"), noun)
    return maker


def _speaks(tok) -> bool:
    """A word that can be a source: a name, or a noun of people or bodies ("the UN refugee agency", "the UN
    humanitarian office")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKER_ENTITIES or tok.lemma_.lower() in SPEAKER_NOUNS \
        or tok.lower_ in BODY_NOUNS


def _made_by(speaker: Speaker | None, doc, ctx: Context) -> Speaker | None:
    """A text or figures as a speaker stand for whoever the sentence says made them: "Figures from the UN
    refugee agency show N" is the agency's, "Data from X show" X's; the speaker as it is otherwise."""
    if speaker is None or speaker.start is None or speaker.end is None or speaker.name:
        return speaker
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in SOURCE_TEXTS:
        return speaker
    maker = _maker(span.root)
    return speaker_from(maker, ctx) if maker != span.root and (_speaks(maker) or _body(maker, ctx)) else speaker


def _states(verb) -> bool:
    return is_cue(verb) or (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in STATING_VERBS)


def _subject_source(verb, tok, ctx: Context) -> Speaker | None:
    """The speaker of a verb that states the figure, unless the figure is its subject ("10,000 are believed
    missing", "300 residents said")."""
    if _reported_thing(verb):
        return None
    agent = agent_of(verb)
    if agent is not None and not _speaks(agent) and not _body(agent, ctx):
        return None  # "87 were confirmed by laboratory tests": a thing that did it, no one who states it
    speaker = attribution(verb, ctx)
    subj = subject_of(verb)
    if subj is not None and _share_of_those_counted(subj.left_edge) and (before := word_before(verb)) is not None:
        speaker = speaker_from(before, ctx)  # "killing 28, most of them women, local residents and the AA said"
    speaker = _made_by(speaker, verb.doc, ctx)
    if speaker is None or speaker.start is None or speaker.end is None:
        return None
    if speaker.start <= tok.idx < speaker.end:
        return None
    return speaker


def _reported_thing(verb) -> bool:
    """ "No deaths were reported": the subject of a passive verb of saying with no agent and no clause of its own
    is what was reported, not who reports it ("he was quoted as saying" and "X is reported to have said" keep
    their subject)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.dep_ == "nsubjpass" and agent_of(verb) is None and not any(
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as" and not _as_of(c)
        for c in verb.children if c.i > verb.i)


def _as_of(prep) -> bool:
    """ "as of August 12": a date a count stands at, not "quoted as saying"."""
    return any(c.lower_ == "of" for c in prep.children)


def _according_to(head, ctx: Context) -> Speaker | None:
    """ "according to X", "as per statements from X" hung on ``head``: X (the maker of a thing it names); a text
    whose maker goes unnamed ("according to a bulletin") is the text of the verb's subject where that verb states
    figures and its subject can speak."""
    for child in head.children:
        second = SOURCE_PREPOSITIONS.get(child.lower_)
        if second is not None and child.dep_ in ("prep", "advmod"):
            to = next((c for c in child.children if c.lower_ == second), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                maker = _maker(pobj)
                if maker is pobj and pobj.lemma_.lower() in SOURCE_TEXTS and _states(head) \
                        and (subj := subject_of(head)) is not None and subj.i < head.i and _speaks(subj):
                    maker = subj  # "INGD put the toll at 23, with 140 injured, according to a bulletin": INGD's
                return speaker_from(maker, ctx)
    return None


def continued_sources(figures: list, text: str, anaphoric: frozenset[str]) -> list:
    """A figure of "others" with no source of its own ("At least 12 people were killed, OCHA said. Sixteen others
    were injured.", "Seize autres ont été blessées") continues the figure before it, in its sentence or the one
    before in the same paragraph, and is stated by whoever stated that one."""
    after = re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, anaphoric), key=len, reverse=True)) + r")\b", re.I)
    out: list = []
    for f in figures:
        prev = out[-1] if out else None
        if f.stated_by is None and prev is not None and prev.stated_by is not None and after.match(text, f.end) \
                and "\n" not in text[prev.end:f.start] and len(re.findall(r"[.!?](?:\s|$)", text[prev.end:f.start])) <= 1:
            f = dataclasses.replace(f, stated_by=prev.stated_by)
        out.append(f)
    return out


ENCLOSED_SENTENCES = 2  # sentence ends (a paragraph's end counts as one) from a figure to each sourced figure around it
SENTENCE_END_RE = re.compile(r"[.!?](?:[\"'”’)]*)(?:\s|$)|\n\s*\n")


def enclosed_sources(figures: list, text: str) -> list:
    """A figure with no source of its own between two figures that one source states, each at most
    ``ENCLOSED_SENTENCES`` sentences away ("The council also reported 22 injured. In all, the storm has affected
    7,521,013 persons. Of these, 341,057 are in evacuation centres, it said."), is that source's too: a report goes
    on through the sentences that do not repeat whose it is. A figure with another source between ends it."""
    out = list(figures)
    sourced = [i for i, f in enumerate(out) if _source_key(f.stated_by)]
    for k in range(len(sourced) - 1):
        a, b = sourced[k], sourced[k + 1]
        if b - a < 2 or not _same_source(_source_key(out[a].stated_by), _source_key(out[b].stated_by)):
            continue
        for i in range(a + 1, b):
            f = out[i]
            if f.stated_by is None and _sentences(text, out[a].end, f.start) <= ENCLOSED_SENTENCES \
                    and _sentences(text, f.end, out[b].start) <= ENCLOSED_SENTENCES:
                out[i] = dataclasses.replace(f, stated_by=out[a].stated_by)
    return out


def _sentences(text: str, start: int, end: int) -> int:
    return len(SENTENCE_END_RE.findall(text, start, end)) if start <= end else 0


def _same_source(one: str, other: str) -> bool:
    """Two keys of one source: equal, or the shorter the end of the longer ("the council" after "the regional
    disaster council"; not "the interior ministry" after "the health ministry")."""
    short, long = sorted((one.split(), other.split()), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def _source_key(sp: Speaker | None) -> str:
    """Who a source is, as two mentions of it compare: its name, else its role words ("the council" -> council)."""
    if sp is None:
        return ""
    return (sp.name or role_in(sp.mention or "")).lower().strip()


def paragraph_sources(figures: list, text: str, quotes: tuple = ()) -> list:
    """A figure whose sentence names no source, in a paragraph (a liveblog's entry, a communiqué's) whose earlier
    figure has one, keeps that source: "Selon un bilan publié par le ministère, 341 personnes sont mortes. Plus de
    164 000 habitations ont été détruites." A quote of another speaker between the two, or a paragraph break, ends
    it: the text has moved on to someone else's words."""
    out: list = []
    for f in figures:
        prev = next((g for g in reversed(out) if g.stated_by is not None), None)
        if f.stated_by is None and prev is not None and prev.end <= f.start and "\n\n" not in text[prev.end:f.start] \
                and not _other_speaker_between(quotes, prev, f):
            f = dataclasses.replace(f, stated_by=prev.stated_by)
        out.append(f)
    return out


def _other_speaker_between(quotes: tuple, prev, f) -> bool:
    """A quote between two figures (or holding the second) whose speaker is not the first figure's source."""
    said = prev.stated_by
    return any(q.speaker is not None and prev.end <= q.end and q.start < f.end
               and not (q.start <= prev.start < q.end) and (q.speaker.name or q.speaker.mention) != (said.name or said.mention)
               for q in quotes)



LABEL_WORDS = {lang: lexicon.words(lexicon.localized("quotes.source_labels", lang)) for lang in ("en", "fr")}
LIST_MARK_RE = re.compile(r"[ \t]*(?:[-•*–▪●]|\d{1,2}[.)])\s")
LINE_SOURCE_RE = re.compile(r"\(\s*([A-Z][^()\d\n]{1,60}?)\s*\)\s*\.?\s*$")  # "- 99,000 displaced (IOM)"
MAX_LABEL_ITEM_WORDS = 8


def labelled_sources(figures: list, article: Article, language: str = "en") -> list:
    """Figures a label names the source of, where their own sentence names none: a list line that ends with its
    source in brackets ("- 99,000 people still displaced in southern Lebanon (IOM)"), and the lines of the block a
    "Source: OCHA, 12 May 2025" line closes (a key-figures list or a table, right above it or above one blank
    line). The first source a label names is the source; an acronym is read as the long form the article gives."""
    text, forms = article.text, long_forms(article.text, article.mentions)
    labels = _label_blocks(text, LABEL_WORDS.get(language, LABEL_WORDS["en"]))
    out = []
    for f in figures:
        if f.stated_by is None:
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.end) if "\n" in text[f.end:] else len(text)
            found = _line_source(text, line_start, line_end, article) if LIST_MARK_RE.match(text, line_start) else None
            found = found or next(((s, e) for start, end, s, e in labels if start <= f.start < end), None)
            if found is not None:
                f = dataclasses.replace(f, stated_by=_label_speaker(text, *found, forms))
        out.append(f)
    return out


def _line_source(text: str, start: int, end: int, article: Article) -> tuple[int, int] | None:
    """The span of a source in brackets at a list line's end, unless it names a place ("(Afghanistan)")."""
    m = LINE_SOURCE_RE.search(text, start, end)
    if m is None or len(m.group(1).split()) > MAX_LABEL_ITEM_WORDS:
        return None
    s, e = m.span(1)
    if any(mn.type == "place" and mn.start <= s and e <= mn.end for mn in article.mentions):
        return None
    return s, e


def _label_blocks(text: str, labels: frozenset[str]) -> list[tuple[int, int, int, int]]:
    """(block start, block end, label start, label end) for each "Source: X" line: the block is the run of list
    lines or table rows right above it (blank lines between them aside); the label is its first item (up to a
    comma, a semicolon or "and")."""
    out = []
    for m in re.finditer(r"^[ \t]*(\w+)[ \t]*:[ \t]*(\S[^\n]*)$", text, re.M):
        if m.group(1).lower() not in labels:
            continue
        item = re.match(r"[^,;\n]*?(?=\s+and\s|[,;]|\s*$)", m.group(2))
        if item is None or not item.group().strip() or not item.group()[:1].isupper() \
                or len(item.group().split()) > MAX_LABEL_ITEM_WORDS:
            continue
        start = _block_start(text, m.start())
        if start < m.start():
            s = m.start(2)
            out.append((start, m.start(), s, s + len(item.group().rstrip())))
    return out


def _block_start(text: str, end: int) -> int:
    """Where the run of list lines and table rows that ends at ``end`` starts (``end`` where there is none)."""
    start = end
    for line in reversed(list(re.finditer(r"[^\n]*\n?", text[:end]))):
        body = line.group().strip()
        if not body:
            continue
        if not (LIST_MARK_RE.match(line.group()) or "\t" in body or _row_like(body)):
            break
        start = line.start()
    return start


def _row_like(line: str) -> bool:
    """A short line that is no sentence and no heading to what follows: a table's row ("Baidoa 61,300 24,800")."""
    return len(line.split()) <= 12 and not line.endswith((".", ":", "!", "?")) and any(ch.isdigit() for ch in line)


def _label_speaker(text: str, start: int, end: int, forms: dict[str, str]) -> Speaker:
    words = text[start:end].strip()
    return Speaker(name=forms.get(words, words), mention=words, role=None, type="organisation", start=start, end=end)


def lead_in_sources(figures: list, article: Article, doc) -> list:
    """A list item's figure with no source of its own is stated by whoever states its lead-in line ("The Red Cross
    reports that since Friday, the floods have:" / "- killed 38 people"): the speaker of a quote that runs up to the
    lead-in's colon, else the lead-in's subject where it is a body that reports its own work ("Since January, the
    ICRC and the Myanmar Red Cross have:" / "- provided food to 145,000 people")."""
    text, out = article.text, []
    for f in figures:
        lead = lead_in(text, f.start) if f.stated_by is None else None
        if lead is not None:
            said = next((q.speaker for q in article.quotes if q.speaker is not None and (q.speaker.name or q.speaker.mention)
                         and lead[0] <= q.start < lead[1] and not text[q.end:lead[1]].strip(" :\"”")), None)
            said = said or _lead_in_subject(article, doc, lead)
            f = dataclasses.replace(f, stated_by=said) if said is not None else f
        out.append(f)
    return out


def _lead_in_subject(article: Article, doc, lead: tuple[int, int]) -> Speaker | None:
    """The subject of the verb that ends a lead-in line ("the ICRC and the Myanmar Red Cross have:"), where it
    is an organisation the article names; None otherwise ("our teams have:", "the floods have:")."""
    span = doc.char_span(lead[0], lead[1], alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in reversed(span) if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return None
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    body = next((m for m in article.mentions if m.type == "organisation" and first <= m.start and m.end <= last), None)
    if body is None:
        return None
    return Speaker(name=body.canonical or body.text, mention=body.text, role=None, type="organisation",
                   start=body.start, end=body.end)


# Verbs by which a title has a body speak ("..., IOM says", "IRC warns of ...", "UNHCR estimates ..."): lemmas, read in
# a title's words by their crude stem (-s, -es, -ed, -d) or an irregular form ("said", "says").
TITLE_SAYING = lexicon.words("cues.reporting_verbs")
IRREGULAR_FORMS: dict[str, str] = lexicon.table("cues.irregular_forms")
TITLE_WORD_RE = re.compile(r"[\w'’.&-]+")
# A press release's credit at a title's end: "... as outbreak spreads – Save the Children", "... - MDRRMO".
TITLE_CREDIT_RE = re.compile(r"\s[–—-]\s+(?P<credit>[^–—\-:]{2,60}?)\s*$")
# A body, then a colon, opening a title: "WHO: 1,200 dead in ...", "UNHCR: record numbers flee Sudan".
TITLE_COLON_RE = re.compile(r"^(?P<credit>[^:–—]{2,60}?)\s?:\s")


def title_sources(figures: list, article: Article) -> list:
    """A figure with no source of its own in an article whose title has a body speak ("Lebanon: nearly 96,000 newly
    displaced as hostilities resume, IOM says", "Chad: IRC warns of cholera risk ...") or credits it at its end
    ("... as outbreak spreads – Save the Children") is that body's: the page gives its statement. As in French
    (figures/french.py _title_speaker): an organisation, never a person, a place or a noun such as "medics"."""
    speaker = _title_speaker(article)
    if speaker is None:
        return figures
    return [dataclasses.replace(f, stated_by=speaker) if f.stated_by is None else f for f in figures]


def _title_speaker(article: Article) -> Speaker | None:
    """The body a title has speak: its credit at the end, else the subject of its verb of saying, right before the
    verb (up to two words of a body: "UN agency says") or right after it ("warns NRC", "says UN")."""
    title = (article.title or "").strip()
    if not title:
        return None
    for credit in (TITLE_CREDIT_RE.search(title), TITLE_COLON_RE.match(title)):
        if credit is not None and (found := _title_body(credit.group("credit"), article, whole=True)) is not None:
            return found
    for verb in TITLE_WORD_RE.finditer(title):
        if not _saying_form(verb.group()):
            continue
        before = re.search(r"([\w'’.&()-]+(?:\s+[\w'’.&()-]+){0,5}?)((?:\s+[a-z]+){0,2})\s*$", title[:verb.start()])
        if before is not None and not set(before.group(2).split()) <= BODY_NOUNS:
            before = None  # "Taliban official says": a person speaks, not the body
        after = re.match(r"\s*(?:the\s+)?([\w'’.&()-]+(?:\s+[\w'’.&()-]+){0,5})", title[verb.end():])
        for near in (before, after):
            if near is not None and (found := _title_body(near.group(1), article)) is not None:
                return found
    return None


def _saying_form(word: str) -> bool:
    """A word of a title that is a form of a verb of saying ("says", "warns", "estimated"); not a capitalised name's."""
    lower = word.lower()
    if not word[:1].islower() and word != word.lower():
        return False
    if lower in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[lower] in TITLE_SAYING
    return any(lower.endswith(end) and lower[: len(lower) - len(end)] + add in TITLE_SAYING
               for end, add in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ies", "y")))


def _title_body(words: str, article: Article, whole: bool = False) -> Speaker | None:
    """The organisation that ends ``words`` (the words before a title's verb of saying, or after it, or its credit
    where ``whole``): one the article names (its name as the article gives it, an acronym read as its long form),
    else an acronym that names no place the article names."""
    forms = long_forms(article.text, article.mentions)
    words = words.strip()
    for m in sorted(article.mentions, key=lambda m: -len(m.text)):
        if m.type == "organisation" and len(m.text) > 1 and re.search(rf"(?<!\w){re.escape(m.text)}$", words) \
                and (not whole or re.fullmatch(rf"(?:the\s+)?{re.escape(m.text)}", words, re.I)):
            name = _strip_article(m.canonical or m.text)
            return Speaker(name=forms.get(name, name), mention=m.text, role=None, type="organisation",
                           start=m.start, end=m.end)
    last = words.split()[-1] if words.split() else ""
    if not ACRONYM_RE.fullmatch(last) or whole and words != last \
            or any(m.type == "place" and m.text == last for m in article.mentions) or _names_place(last):
        return None
    return Speaker(name=forms.get(last, last), mention=last, role=None, type="organisation")


def _names_place(acronym: str) -> bool:
    """An acronym of a country or place ("DRC: ...", "RDC :", "UAE"), never a body."""
    places = gazetteer()
    return bool(places.lookup(fold(acronym)) or places.lookup(code_key(acronym)))


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)
