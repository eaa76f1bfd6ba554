"""Who is speaking: the subject of a cue, resolved to a canonical name, a type and a role.

A speaker is resolved through the article's mentions: a person's mention gives the full name
("Andrabi" -> "Tahir Andrabi"); "he"/"she" go to the nearest person mentioned before; an organisation
or a capital that speaks ("Radio Pakistan said", "Islamabad insists") is an organisation, not a place.
Anything else ("officials", "a source") keeps the words as written with no name: unresolved, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ... import lexicon
from ...lexicon import events
from ...records import Article, Mention, Speaker
from ...segment.datelines import DATELINE_RE
from ..entities import acronyms_defined

PRONOUNS_PERSON = lexicon.words("people.person_pronouns")
PRONOUNS_OTHER = lexicon.words("people.other_pronouns")
CUE_SUBJECT_DEPS = lexicon.words("quotes.cue_subject_deps")
# Verbs of saying that, coordinated, go on the same speaker's report: "X said ... and added ...".
COORDINATED_SAYING = lexicon.words("cues.coordinated_saying")
# Common nouns that name people or bodies who speak ("officials saying", "critics who argue").
SPEAKER_NOUNS = lexicon.words("cues.speaker_nouns")
# Texts that say things themselves ("ads attacking X") unless someone the sentence names issues them.
TEXT_NOUNS = lexicon.words("cues.text_nouns")
ISSUING_VERBS = lexicon.words("cues.issuing_verbs")
DASHES = frozenset({"–", "—", "―", "--", "-"})
DETERMINERS = lexicon.words("cues.role_determiners")
# Entity labels of a name that can speak (a labelled line's label, the maker of a thing, the holder of a view).
SPEAKER_ENTITIES = lexicon.words("quotes.name_entities")
# Prepositions that go on an organisation's name when only capitalised words follow ("the International
# Organization for Migration", "the Department of Disaster Management Affairs").
NAME_PREPS = lexicon.words("quotes.name_prepositions")
ROLES_BEFORE_NAME = lexicon.words("people.roles_before_name")
HONORIFICS = lexicon.words("people.honorifics")
# Lower-case words inside a name ("Office for the Coordination of Humanitarian Affairs").
NAME_CONNECTORS = lexicon.words("quotes.name_connectors")
# Nouns that stand for a count ("a total of 28", "a figure"): never the head of a speaker's name.
COUNT_NOUNS = lexicon.words("events.count_nouns")
# A toll, or a count of casualties ("the death toll reached 1,644", "the death count was expected to climb", "the
# number of injured is expected to rise"), is no speaker: the verb tells of it, it tells nothing. (A count of
# anything else may stand for who made it: "the figures show", "the count found".)
TOLL_NOUNS = lexicon.words("events.toll_nouns")
CASUALTY_WORDS = events.event_terms("words", "casualties") | events.event_terms("terms", "casualties")
# Pronouns that stand for an organisation or a group: resolved to the speaker before them who is no person.
PRONOUNS_BODY = lexicon.words("people.body_pronouns")
# Nouns of bodies named by a definite phrase ("the agency said"): resolved to the body named before them.
BODY_NOUNS = lexicon.words("cues.body_nouns")
GENERIC_BODIES = lexicon.words("cues.generic_bodies")
# Documents named by a definite phrase ("the report said"): resolved to the body that issued them before.
DOCUMENT_NOUNS = lexicon.words("cues.document_nouns")
# Roles named by a definite phrase ("the spokesman said"): resolved to the person given that role before.
PERSON_ROLE_NOUNS = lexicon.words("cues.person_role_nouns")
# Prepositions whose object speaks ("according to X", "quoted by X"), said of a name before "he"/"she".
SPEAKER_PREPOSITIONS = lexicon.words("people.speaker_prepositions")
REPORTING_VERBS = lexicon.words("cues.reporting_verbs")
ROLE_ABBREVIATIONS = lexicon.table("cues.role_abbreviations")
MAX_BODY_MODIFIERS = 3  # "the medical charity", "the UN humanitarian agency": lower-case words before a body noun
PRONOUN_REACH = 1200  # characters back to an antecedent: the paragraph before, at most
NAME_WORD_RE = re.compile(r"[\w’'&.-]+|\(\w+\)")


@dataclass(frozen=True)
class Context:
    """What speaker resolution needs from an article: its text, mentions and person roles; the dateline's
    span (never a speaker) and the long forms of the acronyms the article uses."""

    text: str
    mentions: Sequence[Mention]
    roles: dict[str, str]
    dateline: tuple[int, int] | None = None
    long_forms: dict[str, str] = field(default_factory=dict)


def context_of(article: Article, doc) -> Context:
    """The speaker context of an article, built once per parse (the quotes and figures stages share it)."""
    ctx = doc.user_data.get("newsfacts_speaker_context")
    if ctx is None or ctx.text is not article.text and ctx.text != article.text:
        dateline = (article.dateline.start, article.dateline.end) if article.dateline is not None else None
        ctx = doc.user_data["newsfacts_speaker_context"] = Context(
            article.text, article.mentions, person_roles(doc, article.mentions, article.text), dateline,
            long_forms(article.text, article.mentions))
    return ctx


def long_forms(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Acronym -> full name: the acronyms the article defines ("World Health Organization (WHO)"), and the
    initials of the organisations it names in full ("the UN Office for the Coordination of Humanitarian
    Affairs" ... "OCHA"), with or without their first word."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.type == "organisation":
            full = _strip_the(name_run(text, m.start, len(text), m))
            words = [w for w in full.split() if w[:1].isupper()]
            if len(words) >= 3:
                for skip in (1, 0):
                    out.setdefault("".join(w[0] for w in words[skip:]).upper(), full)
    out.update({k: _strip_the(v) for k, v in acronyms_defined(text).items()})
    return out


def _strip_the(name: str) -> str:
    """A name without the determiner before it, nor words of a sentence before it ("Red Cross. The World
    Health Organization" -> "World Health Organization")."""
    words = name.split(". ")[-1].split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def name_run(text: str, start: int, end: int, m: Mention) -> str:
    """The whole name that holds mention ``m``, within ``start:end``: the mention and the capitalised words
    and connectors after it, up to its last capitalised word ("UN Office" -> "UN Office for the Coordination
    of Humanitarian Affairs"); an acronym in brackets after it is left out."""
    best = pos = m.end
    for w in NAME_WORD_RE.finditer(text, m.end, end):
        gap = text[pos:w.start()]
        if gap.strip() or "\n" in gap or not gap:
            break
        word, pos = w.group(), w.end()
        if word[0] == "(":
            break
        if word[0].isupper():
            best = pos
        elif word.lower() not in NAME_CONNECTORS:
            break
    return text[max(start, m.start):best]


def subject_of(verb):
    """The subject of a cue verb, borrowed from the verb or noun it hangs on when it has none
    ("..., saying", "by insisting", "a statement saying")."""
    for _ in range(5):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in CUE_SUBJECT_DEPS]
        if subjects:
            return _past_dateline(subjects[-1] if len(subjects) > 1 and subjects[-1].i < verb.i else subjects[0])
        dep, head = verb.dep_, verb.head
        if head == verb:
            return None
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if not is_thing(head):
                return head  # "the official who said ...", "a statement saying ..."
            verb = governing_verb(head)  # "he went out of his way to say", "an editor's note saying"
            if head.lemma_.lower() in TEXT_NOUNS and (verb is None or verb.lemma_.lower() not in ISSUING_VERBS):
                return head  # "ads attacking X", "911 calls saying Y"; but "X issued a statement saying Y" is X's
            continue
        if dep == "xcomp" and (obj := next((c for c in head.children if c.dep_ == "dobj"), None)) is not None \
                and not is_thing(obj):
            return obj  # "led Republicans to say": the object says it
        if dep == "conj" and head.dep_ == "ccomp" and verb.lemma_.lower() in COORDINATED_SAYING \
                and head.head.lemma_.lower() in COORDINATED_SAYING:
            verb = head.head  # "Pence said it takes time but added, ...": the parse hung "added" on the reported clause
            continue
        if dep in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "acl", "relcl", "acomp", "advmod"):
            verb = head
            continue
        return None
    return None


def _past_dateline(subj):
    """ "GENEVA (Reuters) – The agency's director warned": the subject is what follows the dateline's dash."""
    dash = next((c for c in subj.rights if c.text in DASHES), None)
    if dash is None or not (subj.is_upper or subj.doc[dash.i - 1].text == ")"):
        return subj  # "Trump — the nominee — said" keeps Trump
    return next((c for c in subj.rights if c.i > dash.i and c.dep_ in ("appos", "conj", "dep")), subj)


def is_thing(noun) -> bool:
    """A common noun that is no speaker: not a name, a pronoun or an organisation ("his way", "a cover")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in SPEAKER_NOUNS



def governing_verb(noun):
    """The verb a noun phrase hangs on through objects and prepositions, or None."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "npadvmod") or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def agent_of(verb):
    """The agent of a passive cue ("was quoted by X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


OPENING_MARKS = frozenset("(“‘\"'[")  # punctuation a speaker's phrase may open with ("(WHO)" is no bullet)


def phrase(head) -> tuple[int, int]:
    """Character span of a noun phrase: from its left edge to its head, the names joined to it, the rest of
    a name ("the International Organization for Migration") and an apposition ("(WHO)" included), leaving
    out relative clauses."""
    doc = head.doc
    start = _past_figure_aside(head, head.left_edge.i)
    while start < head.i and doc[start].is_punct and doc[start].text not in OPENING_MARKS:
        start += 1  # a bullet's dash the parse hangs on the subject ("- Sudan's health ministry says ...")
    end = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nmod") and child.i == end + 1:
            end = child.i
        elif child.dep_ == "prep" and child.i == end + 1 and _name_goes_on(head, child):
            end = child.right_edge.i
        elif (child.dep_ == "prep" and child.i == end + 1 and child.lower_ == "of" and head.pos_ == "NOUN"
              and head.lower_ not in ROLES_BEFORE_NAME):
            # "the head of the city's military administration", "the department of disaster management affairs"
            # (a role such as "an official of the department" stays the role)
            end = child.right_edge.i
        elif child.dep_ == "appos" and _counts(child):
            break  # "according to UN figures, an increase of more than 1,000": an aside on the figure, no name
        elif child.dep_ == "appos":  # "the governor, Paul Mendes," names the speaker
            end = child.right_edge.i
            break
        elif child.dep_ == "prep" and child.i == end + 1 and (named := _role_named_after(head, child)) is not None:
            end = named.right_edge.i  # "a spokesman for the agency, Babar Anwar,", "IOM's spokesperson in Maputo, X,"
            break
        elif child.dep_ != "punct":
            break
    if end + 1 < len(doc) and doc[end + 1].text == ")" and "(" in doc[start:end + 1].text:
        end += 1  # "the World Health Organization (WHO)"
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _counts(appos) -> bool:
    """Whether an apposition is a count, not a name or a role: a common noun with a number in its words ("an
    increase of more than 1,000 over 2023", "1,480 disasters, most of them floods")."""
    doc = appos.doc
    return appos.pos_ == "NOUN" and any(
        t.like_num and t.ent_type_ not in ("DATE", "TIME") and not _an_age(t, doc) for t in appos.subtree)


def _an_age(num, doc) -> bool:
    """ "a 47-year-old resident": the number of an age, which a person's apposition may hold."""
    return num.i + 2 < len(doc) and doc[num.i + 1].text == "-" and doc[num.i + 2].lower_.startswith("year")


def _past_figure_aside(head, start: int) -> int:
    """Where a speaker's phrase starts past "a figure" that opens an aside on the figure before it ("put the toll at
    45,000, a figure aid groups say covers only the camps"): the parse may take "figure" for a compound of the
    speaker ("a figure aid groups"); the speaker is the words after it. ``start`` itself for any other phrase."""
    doc = head.doc
    if start + 2 > head.i or not opens_figure_aside(doc[start]) or doc[start + 1].dep_ != "compound":
        return start
    return start + 2


def opens_figure_aside(token) -> bool:
    """ "45,000, a figure aid groups say ...", "the toll, the number the ministry gives ...": a determiner right after
    a comma, followed by a count noun in lower case, opens an aside on the figure before the comma."""
    doc = token.doc
    if token.i < 1 or token.i + 1 >= len(doc) or doc[token.i - 1].text != "," or token.pos_ != "DET":
        return False
    noun = doc[token.i + 1]
    return noun.lemma_.lower() in COUNT_NOUNS and noun.is_lower


def _role_named_after(head, prep):
    """The name of the person a role names after a phrase on the role: "a spokesman for the agency, Babar Anwar,"
    (the parse may hang the name on "agency"), "IOM's spokesperson in Maputo, Laura Fenwick,"; None for other
    nouns and where no person's name follows."""
    if not _a_role_noun(head):
        return None
    after = [c for c in head.rights if c.dep_ == "appos" and c.i > prep.i]
    after += [c for t in prep.subtree for c in t.children if c.dep_ == "appos" and c.i > prep.i]
    return next((c for c in sorted(after, key=lambda c: c.i) if c.ent_type_ == "PERSON"), None)


def _a_role_noun(tok) -> bool:
    """A noun of a person's role, capitalised as a title may be ("Chairman of the regional administration, X,")."""
    return tok.lower_ in PERSON_ROLE_NOUNS | ROLES_BEFORE_NAME and (
        tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text[1:].islower())


def _name_goes_on(head, prep) -> bool:
    """ "for Migration" after "the International Organization": a name's preposition, followed only by
    capitalised words and name connectors, on a capitalised head."""
    if prep.lower_ not in NAME_PREPS or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return False
    words = [t for t in prep.subtree if t is not prep and not t.is_punct]  # "Doctors Without Borders (MSF)"
    return bool(words) and words[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS for t in words)


def speaker_from(head, ctx: Context) -> Speaker:
    """The speaker whose subject is the token ``head``: a name the phrase holds, whole ("the International
    Organization for Migration", never "The International Organization"), with an acronym read as its long
    form; a dateline is never a speaker."""
    start, end = phrase(head)
    start, end = past_dateline_span(start, end, ctx)
    if start >= end:
        return Speaker(name=None, mention=None, role=None, type=None)
    if is_pronoun(head, ctx):
        return _pronoun(head, start, end, ctx)
    if _a_tally(head, start, end, ctx):
        return Speaker(name=None, mention=None, role=None, type=None)
    # a name the phrase cuts runs to its end: "The International Organization" + "for Migration"
    end = max([end] + [m.end for m in ctx.mentions if m.type == "organisation" and m.start < end < m.end
                       and start <= m.start])
    head_at = head.idx
    # and from its start: "Save the Children said", whose "Save" the parser took for a verb, the phrase "the Children"
    start = min([start] + [m.start for m in ctx.mentions if m.type == "organisation" and m.start < start < m.end
                           and m.start <= head_at < m.end])
    for m in ctx.mentions:  # a name the tokens split ("Abdel-Moneim al-Haiti": the head "Haiti") is whole
        if m.type == "person" and m.start <= head_at < m.end and (
                m.start < start and not ctx.text[start - 1].isspace() or end < m.end and not ctx.text[end].isspace()):
            start, end = min(start, m.start), max(end, m.end)
    mention = ctx.text[start:end]
    inside = [m for m in ctx.mentions if m.start >= start and m.end <= end]
    for kind in ("person", "organisation", "place", "group"):
        found = [m for m in inside if m.type == kind and m.start <= head_at < m.end]
        found = found or [m for m in inside if m.type == kind and kind == "person"]
        found = found or [m for m in inside if m.type == kind == "organisation" and _names_head(m, head, end, ctx)]
        if found:
            m = found[-1]
            if kind == "place" and (named := _named_apposition(head)) is not None:
                return speaker_from(named, ctx)  # "Myanmar, the Information Team of the State Council": the body
            if kind == "place" and (body := _name_before_place(ctx.text, start, m)) is not None:
                return Speaker(name=body, mention=mention, role=None, type="organisation", start=start, end=end)
            role = ctx.roles.get(m.canonical) if kind == "person" else None
            if kind == "person" and not role:
                role = role_in(ctx.text[start:m.start]) or None
            name = organisation_name(m, start, end, ctx) if kind == "organisation" else m.canonical
            return Speaker(name=name, mention=mention, role=role,
                           type="organisation" if kind == "place" else m.type, start=start, end=end)  # type: ignore[arg-type]
    if head.pos_ == "PROPN" and (full := _full_name(head.text, ctx)):
        return Speaker(name=full, mention=mention, role=ctx.roles.get(full), type="person", start=start, end=end)
    if head.text in ctx.long_forms:  # "OCHA said": an acronym the tagger missed, for a name the article gives
        return Speaker(name=ctx.long_forms[head.text], mention=mention, role=None, type="organisation",
                       start=start, end=end)
    if any(m.type in ("organisation", "place") for m in inside):  # "the UN refugee agency"
        name = role_in(mention)
        return Speaker(name=name or None, mention=mention, role=None, type="organisation", start=start, end=end)
    return Speaker(name=None, mention=mention, role=None, type=None, start=start, end=end)


def _a_tally(head, start: int, end: int, ctx: Context) -> bool:
    """The phrase is a toll or a count of casualties, not a body: its head a toll noun, or a count noun whose
    modifier or "of" names casualties, in lower case, with no organisation or person named in it ("the death toll",
    "The death count from the earthquake", "The number of injured")."""
    if head.pos_ != "NOUN" or not head.is_lower or any(
            m.type in ("organisation", "person") and start <= m.start and m.end <= end for m in ctx.mentions):
        return False
    lemma = head.lemma_.lower()
    if lemma in TOLL_NOUNS:
        return True
    if lemma not in COUNT_NOUNS:
        return False
    words = [c for c in head.children if c.dep_ in ("compound", "amod")]
    words += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(w.lower_ in CASUALTY_WORDS or w.lemma_.lower() in CASUALTY_WORDS for w in words)


def _name_before_place(text: str, start: int, place) -> str | None:
    """A body named by capitalised words and the place it serves ("NHS West Midlands", "UNICEF Yemen"): the
    whole name from its first capitalised word to the place's end, a determiner before it aside; None where
    the place starts the phrase or words in lower case come before it ("the Borno state governor")."""
    words = text[start:place.start].split()
    if words and words[0].lower() in DETERMINERS | {"the", "a", "an"}:
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    at = text.index(words[0], start)
    return text[at:place.end]


def _named_apposition(head):
    """A capitalised name in apposition to a place: the body that speaks for it."""
    return next((c for c in head.children if c.dep_ == "appos" and c.text[:1].isupper() and c.pos_ == "PROPN"), None)


def is_pronoun(tok, ctx: Context) -> bool:
    """A pronoun, but not an acronym spelled like one ("WHO said", where the article names the WHO)."""
    return (tok.pos_ == "PRON" or tok.lower_ in PRONOUNS_PERSON | PRONOUNS_OTHER) and not (
        len(tok.text) > 1 and tok.text.isupper() and (tok.ent_type_ == "ORG" or tok.text in ctx.long_forms))


def resolve_pronouns(found: Sequence, ctx: Context) -> None:
    """ "It added", "they said": each such speaker is the speaker before it, within reach, who is no person
    (a body, a group, a statement), else the organisation named last before it. ``found`` holds items with
    a ``speaker``; those resolved get a new speaker in place."""
    before: list[Speaker] = []
    for f in sorted((f for f in found if f.speaker is not None and f.speaker.start is not None),
                    key=lambda f: f.speaker.start):
        f.speaker = resolved(f.speaker, before, ctx)
        before.append(f.speaker)


def resolved(sp: Speaker, before: Sequence[Speaker], ctx: Context) -> Speaker:
    """The speaker a body pronoun ("it", "they") stands for, among the speakers ``before`` it (in text
    order) and the article's organisations; the pronoun itself when none is within reach. A body named by a
    definite phrase ("the agency said", "the ministry added") is resolved the same way (``_body_before``)."""
    if sp.name is None and sp.start is not None and (role := _role_noun(sp.mention)) is not None:
        return _person_before(sp, role, before, ctx)  # first: "the head of the office" is a person, not the office
    if sp.name is None and sp.start is not None and (noun := _body_noun(sp.mention)) is not None:
        return _body_before(sp, noun, before, ctx)
    if sp.name is None and sp.start is not None and _document_noun(sp.mention):
        return _issuer_before(sp, before, ctx)
    if sp.name is not None or sp.start is None or (sp.mention or "").lower() not in PRONOUNS_BODY:
        return sp
    reach = sp.start - PRONOUN_REACH
    for prev in reversed(before):
        if prev.start is None or prev.start >= sp.start:
            continue
        if prev.start < reach:
            break
        if prev.type != "person" and (prev.name or prev.mention or "").lower() not in PRONOUNS_BODY | PRONOUNS_OTHER \
                and (prev.name or role_in(prev.mention or "")):
            return replace(sp, name=prev.name or role_in(prev.mention or ""), type=prev.type, role=prev.role)
    orgs = [m for m in ctx.mentions if m.type == "organisation" and reach <= m.start and m.end <= sp.start]
    if orgs:
        m = orgs[-1]
        return replace(sp, name=organisation_name(m, m.start, len(ctx.text), ctx), type="organisation")
    return sp


def _body_noun(mention: str | None) -> str | None:
    """The body noun of a definite phrase that names nothing else ("the agency", "The Ministry", "the medical
    charity": lower-case words before the noun), or None."""
    words = (mention or "").split()
    if not 2 <= len(words) <= 2 + MAX_BODY_MODIFIERS or words[0].lower() != "the" or words[-1].lower() not in BODY_NOUNS:
        return None
    if not all(w.isalpha() and w.islower() for w in words[1:-1]):
        return None
    return words[-1].lower()


def _document_noun(mention: str | None) -> bool:
    """A definite phrase that names a document and nothing else: "the report", "The latest statement", "the new
    report" (lower-case words between "the" and the noun)."""
    words = (mention or "").split()
    return 2 <= len(words) <= 2 + MAX_BODY_MODIFIERS and words[0].lower() == "the" \
        and words[-1].lower() in DOCUMENT_NOUNS and all(w.isalpha() and w.islower() for w in words[1:-1])


def _issuer_before(sp: Speaker, before: Sequence[Speaker], ctx: Context) -> Speaker:
    """ "The report found ..." after "IOM said in a new report": the body that spoke last before it, within reach
    (a named organisation), else the organisation the article named last; unresolved (the phrase as written)
    otherwise: a person's statement, or a report nobody issued before, stays the document."""
    reach = sp.start - PRONOUN_REACH
    for p in reversed(before):
        if p.start is None or not reach <= p.start < sp.start:
            continue
        if p.type == "organisation" and p.name and p.name[:1].isupper():
            return replace(sp, name=p.name, type="organisation", role=p.role)
        if p.name:
            return sp  # a person spoke last: whose document it is, the sentence does not say
    orgs = [m for m in ctx.mentions if m.type == "organisation" and reach <= m.start and m.end <= sp.start]
    if orgs:
        return replace(sp, name=organisation_name(orgs[-1], orgs[-1].start, len(ctx.text), ctx), type="organisation")
    return sp


def _modifiers(mention: str | None) -> list[str]:
    """The words between "the" and the body noun of a definite phrase ("the health ministry" -> ["health"])."""
    return [w.lower() for w in (mention or "").split()[1:-1]]


def _body_before(sp: Speaker, noun: str, before: Sequence[Speaker], ctx: Context) -> Speaker:
    """ "the agency said" after "the civil defence agency said", "the ministry said" after "Lebanon's Ministry of
    Public Health said": the body before it, within reach, whose name or words hold the noun (a speaker first, then
    an organisation the article names); for a generic noun (agency, organisation, group), else the body that spoke
    last, else the organisation named last. Unresolved (the phrase as written) otherwise."""
    reach = sp.start - PRONOUN_REACH
    speakers = [p for p in before if p.start is not None and reach <= p.start < sp.start and p.type != "person"
                and (p.name or p.mention) and not (_body_noun(p.mention) is not None and len((p.mention or "").split()) == 2
                                                   and p.name is None)
                and (p.mention or "").lower() not in PRONOUNS_BODY | PRONOUNS_OTHER]
    orgs = [m for m in ctx.mentions if m.type == "organisation" and reach <= m.start and m.end <= sp.start]
    words = [noun, *_modifiers(sp.mention)] if noun not in GENERIC_BODIES else [noun]
    for p in reversed(speakers):
        if all(w in f"{p.name or ''} {p.mention or ''}".lower() for w in words):
            # a body named before by its name, or a definite phrase resolved to one ("the agency" of "according to the
            # agency's data"): that name
            name = p.name if p.name and (noun in p.name.lower() or _body_noun(p.mention) is not None) \
                else role_in(p.mention or "") or p.name
            return replace(sp, name=name, type="organisation", role=p.role)
    for m in reversed(orgs):
        if all(w in f"{m.canonical} {m.text} {organisation_name(m, m.start, len(ctx.text), ctx)}".lower() for w in words):
            return replace(sp, name=organisation_name(m, m.start, len(ctx.text), ctx), type="organisation")
    if noun in GENERIC_BODIES:
        # the body that spoke last: a named organisation, or a phrase whose head is a body noun ("the civil defence
        # agency"); never a thing or a nameless group ("data", "estimates", "local officials said")
        bodies = [p for p in speakers if p.name and p.type == "organisation" and p.name[:1].isupper()
                  or _ends_in_body_noun(p.mention)]
        if bodies and (bodies[-1].name or role_in(bodies[-1].mention or "")):
            prev = bodies[-1]
            return replace(sp, name=prev.name or role_in(prev.mention or ""), type="organisation", role=prev.role)
        if orgs and not _modifiers(sp.mention):  # "the state news agency" describes a body, names none before it
            return replace(sp, name=organisation_name(orgs[-1], orgs[-1].start, len(ctx.text), ctx), type="organisation")
    return sp


def _ends_in_body_noun(mention: str | None) -> bool:
    words = (mention or "").lower().split()
    return bool(words) and words[-1] in BODY_NOUNS


def _role_noun(mention: str | None) -> str | None:
    """The role of a definite phrase that names a person by it alone ("the spokesman", "The climate minister", "the
    head of the region": lower-case words before the role, what it is the role of after it), or None."""
    words = (mention or "").split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    for at, word in enumerate(words[1:2 + MAX_BODY_MODIFIERS], start=1):
        if word.lower() in PERSON_ROLE_NOUNS and (at + 1 == len(words) or words[at + 1] == "of"):
            return word.lower()
        if not (word.isalpha() and word.islower()):
            return None
    return None


def _role_words(words: str) -> list[str]:
    """The words of a mention or role, abbreviated titles read as the role they stand for ("Gov." -> "governor")."""
    return [ROLE_ABBREVIATIONS.get(w, w) for w in words.lower().split()]


def _person_before(sp: Speaker, role: str, before: Sequence[Speaker], ctx: Context) -> Speaker:
    """ "The spokesman said" after "the ministry's spokesman, Mohammad Nasim Sadiq, told AFP": the person named
    last before it, within reach, with that role (as a speaker's words or role, or the role the article gives
    the name); unresolved (the phrase as written) where none is."""
    reach = sp.start - PRONOUN_REACH
    for p in reversed(before):
        if p.start is None or not reach <= p.start < sp.start or p.type != "person" or not p.name:
            continue
        if role in _role_words(f"{p.mention or ''} {p.role or ''}"):
            return replace(sp, name=p.name, type="person", role=p.role)
    people = [m for m in ctx.mentions if m.type == "person" and reach <= m.start and m.end <= sp.start
              and role in _role_words(ctx.roles.get(m.canonical) or "")]
    if people:
        name = people[-1].canonical
        return replace(sp, name=name, type="person", role=ctx.roles.get(name))
    return sp


def _names_head(m: Mention, head, end: int, ctx: Context) -> bool:
    """The organisation's whole name reaches the phrase's head: "UN Office" of "the UN Office for the
    Coordination of Humanitarian Affairs" when the tagger cut it in two."""
    return m.start <= head.idx and len(name_run(ctx.text, m.start, end, m)) >= head.idx + len(head.text) - m.start


def organisation_name(m: Mention, start: int, end: int, ctx: Context) -> str:
    """An organisation speaker's name: the whole name in the phrase that holds the mention, an acronym read as
    the long form the article gives ("IOM" -> "International Organization for Migration")."""
    run = _strip_the(name_run(ctx.text, start, end, m))
    canonical = _strip_the(m.canonical)
    name = run if len(run) > len(canonical) or m.canonical == m.text else canonical
    name = _strip_the(name.split(" (")[0])  # "World Health Organization (WHO": the acronym is no part of it
    return ctx.long_forms.get(name, name)


# What may follow a dateline's place before its dash or colon: a region, a date, an agency (", 17 October 2025 - ")
DATELINE_TAIL_RE = re.compile(r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                              r"(?:,\s*(?:\d{1,2}(?:er)? [A-Za-zéû]{3,9}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? \d{4})?)?"
                              r"(?:\s*\([^()\n]{1,40}\))?")


DATELINE_REACH = 160  # characters from a dateline's place to the body after its dash, at most


def past_dateline_span(start: int, end: int, ctx: Context) -> tuple[int, int]:
    """A phrase never starts in the dateline ("DHAKA -- Officials", "Niamey, 17 October 2025 - MSF teams",
    "Islamabad, Sep 5 (EFE).- Pakistani authorities"): it starts after it, its region, date, agency and dash
    (as the segmenter read the dateline), or is empty."""
    if ctx.dateline is None or not (start < ctx.dateline[1] and ctx.dateline[0] < end):
        return start, end
    after = ctx.dateline[1]
    whole = DATELINE_RE.match(ctx.text[ctx.dateline[0]:ctx.dateline[0] + DATELINE_REACH])
    if whole is not None and ctx.dateline[0] + whole.end() > after:
        after = ctx.dateline[0] + whole.end()
    elif (tail := DATELINE_TAIL_RE.match(ctx.text, after)) is not None:
        after = tail.end()
    while after < end and not ctx.text[after].isalnum():
        after += 1
    return (after, end) if after < end else (end, end)


def _full_name(word: str, ctx: Context) -> str | None:
    """A surname the tagger missed, resolved to the one person of the article who bears it."""
    names = {m.canonical for m in ctx.mentions if m.type == "person" and m.canonical.split()[-1] == word}
    return names.pop() if len(names) == 1 else None


RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "who", "that" opening a relative clause


def _pronoun(head, start: int, end: int, ctx: Context) -> Speaker:
    """A pronoun speaker: "she" is the person mentioned last before it. Its mention is its phrase, and so is
    its span ("No one", "the DEPARTMENT WHich" where a mis-cased word is read as a pronoun), never the pronoun's
    own span under the phrase's words."""
    mention = ctx.text[start:end]
    verb = head.head
    if head.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < head.i:
        # "UNHCR, which said ...", "the governor, who said ...": the relative pronoun is its antecedent, named as it is
        said = speaker_from(verb.head, ctx)
        return Speaker(name=said.name or said.mention, mention=mention, role=said.role, type=said.type, start=start, end=end)
    if head.lower_ in PRONOUNS_PERSON:
        before = [m for m in ctx.mentions if m.type == "person" and m.end <= head.idx and not _placed(m, ctx.text)]
        if before:
            name = _antecedent(before, head, ctx).canonical
            return Speaker(name=name, mention=mention, role=ctx.roles.get(name), type="person", start=start, end=end)
    return Speaker(name=None, mention=mention, role=None, type=None, start=start, end=end)


def _antecedent(people: Sequence[Mention], pronoun, ctx: Context) -> Mention:
    """The person "he" or "she" stands for among ``people`` named before it: the last, within reach, who is not
    named aside, as the object of a preposition or a word of a thing's name ("while talking to Dhaka Tribune", "from
    the city of Kherson", "the Batangafo and Bria camps": names the tagger may take for people, and people a sentence
    talks of rather than who goes on speaking), nor inside quotation marks; the last named where every one within
    reach is."""
    reach = pronoun.idx - PRONOUN_REACH
    for m in reversed(people):
        if m.start < reach:
            break
        if not _named_aside(m, pronoun) and not _in_quotation(m, ctx.text):
            return m
    return people[-1]


def _named_aside(m: Mention, pronoun) -> bool:
    """A name the sentence talks of rather than who goes on speaking: the object of a preposition or of a verb other
    than one of saying, a word of a thing's name, or in what someone is said to have said ("while talking to Dhaka
    Tribune", "flanked by X", "from the city of Kherson", "the Batangafo and Bria camps", "X said that Y is ...");
    "according to X" and "as X put it" name who speaks, and so does "said X" where the parse takes X for an object."""
    doc = pronoun.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and (tok.head.lower_ in SPEAKER_PREPOSITIONS or tok.head.i > 0
                               and doc[tok.head.i - 1].lower_ in SPEAKER_PREPOSITIONS):
        return False  # "according to X", "As X commented,"
    if _reported(tok, pronoun.head):
        return True
    if tok.dep_ in ("compound", "nmod"):
        return tok.head.pos_ == "NOUN" and tok.head.is_lower
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() not in REPORTING_VERBS
    # the object of a preposition, unless the preposition holds a title ("High Commissioner for Refugees Filippo Grandi",
    # "Minister for Climate Change X": the parse hangs the name on the title's "for")
    return tok.dep_ == "pobj" and not tok.head.head.text[:1].isupper()


def _reported(tok, verb) -> bool:
    """A word of what a verb of saying reports ("Malik said that Prime Minister X is receiving briefings"): someone
    the speaker talks of; not what the pronoun's own ``verb`` reports, where the parse ran the sentence before it into
    the pronoun's ("X has said at least 100,000 crossed, / "The outflow continues," he says")."""
    while tok.head != tok and tok.head != verb:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
            return True
        tok = tok.head
    return False


def _in_quotation(m: Mention, text: str) -> bool:
    """A name inside quotation marks opened in its paragraph: the words of someone quoted, not who quotes them."""
    opened = False
    for ch in text[text.rfind("\n", 0, m.start) + 1:m.start]:
        if ch in "“«”»\"":
            opened = ch in "“«" or ch == '"' and not opened  # a straight mark opens or closes; a curly one says which
    return opened


# English and French together: no word of one list is a word of the other language
PLACE_PREPOSITIONS = lexicon.words("people.place_prepositions") | lexicon.words(
    lexicon.localized("people.place_prepositions", "fr"))
WORD_BEFORE_RE = re.compile(r"\b(\w+)[ \t]+$")


def _placed(m: Mention, text: str) -> bool:
    """A name right after a preposition of place ("near Mongla", "à Goma"), not a possessor ("at Smith's
    home"): where something happened, whatever the tagger made of it."""
    before = WORD_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
    word = before.group(1).lower() if before else ""
    return word in PLACE_PREPOSITIONS and not text.startswith(("'s", "’s"), m.end)


def role_in(words: str) -> str:
    """The role words before a name: "Foreign Office spokesperson" from "Foreign Office spokesperson "."""
    tokens = words.replace("’s", "'s").split()
    while tokens and (tokens[0].lower() in DETERMINERS or tokens[0].endswith("'s")):
        tokens = tokens[1:]
    role = " ".join(tokens).strip(" ,")
    return role if any(ch.isalpha() for ch in role) else ""


def _without_honorifics(role: str) -> str:
    """A role without the titles of address at its end: "NCDC Director-General Dr" -> "NCDC Director-General",
    "Dr" -> ""."""
    words = role.split()
    while words and words[-1].lower() in HONORIFICS:
        words.pop()
    return " ".join(words)


def _role_before_name(name):
    """The role noun a name stands in apposition to: "the ministry's spokesman, Mohammad Nasim Sadiq", "a
    spokesman for the agency, Babar Anwar" (the parse may hang the name on "agency"); None otherwise."""
    if name.dep_ != "appos":
        return None
    tok = name.head
    for _ in range(3):
        if _a_role_noun(tok):
            return tok
        if tok.dep_ not in ("pobj", "prep") or tok.head == tok:
            return None
        tok = tok.head
    return None


def person_roles(doc, mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """The first role each person is given in the article: words before the name in its noun phrase
    ("Foreign Office spokesperson Tahir Andrabi") or an apposition ("Andrabi, the spokesperson,")."""
    roles: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.canonical in roles:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        role = _without_honorifics(role_in(text[head.left_edge.idx:m.start]) if head.left_edge.idx < m.start else "")
        if not role:
            for child in head.children:
                if child.dep_ == "appos":
                    s, e = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                    role = role_in(text[s:e])
                    break
        if not role and (noun := _role_before_name(head)) is not None:
            role = role_in(text[noun.left_edge.idx:noun.idx + len(noun.text)])
        if role and len(role.split()) <= 8:
            roles[m.canonical] = role
    return roles
