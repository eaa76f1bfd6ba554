"""Who is speaking: the subject of a cue, resolved to a canonical name, a type and a role.

A speaker is resolved through the article's mentions: a person's mention gives the full name
("Andrabi" -> "Tahir Andrabi"); "he"/"she" go to the nearest person mentioned before; an organisation
or a capital that speaks ("Radio Pakistan said", "Islamabad insists") is an organisation, not a place.
Anything else ("officials", "a source") keeps the words as written with no name: unresolved, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import lexicon
from ...records import Mention, Speaker

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


@dataclass(frozen=True)
class Context:
    """What speaker resolution needs from an article: its text, mentions and person roles."""

    text: str
    mentions: Sequence[Mention]
    roles: dict[str, str]


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
        if head is verb:
            return None
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if not _thing(head):
                return head  # "the official who said ...", "a statement saying ..."
            verb = governing_verb(head)  # "he went out of his way to say", "an editor's note saying"
            if head.lemma_.lower() in TEXT_NOUNS and (verb is None or verb.lemma_.lower() not in ISSUING_VERBS):
                return head  # "ads attacking X", "911 calls saying Y"; but "X issued a statement saying Y" is X's
            continue
        if dep == "xcomp" and (obj := next((c for c in head.children if c.dep_ == "dobj"), None)) is not None \
                and not _thing(obj):
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


def _thing(noun) -> bool:
    """A common noun that is no speaker: not a name, a pronoun or an organisation ("his way", "a cover")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in SPEAKER_NOUNS


def governing_verb(noun):
    """The verb a noun phrase hangs on through objects and prepositions, or None."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "npadvmod") or tok.head is tok:
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


def phrase(head) -> tuple[int, int]:
    """Character span of a noun phrase: from its left edge to its head, the names joined to it and an
    apposition, leaving out relative clauses."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nmod") and child.i == end + 1:
            end = child.i
        elif child.dep_ == "appos":  # "the governor, Paul Mendes," names the speaker
            end = child.right_edge.i
            break
        elif child.dep_ != "punct":
            break
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def speaker_from(head, ctx: Context) -> Speaker:
    """The speaker whose subject is the token ``head``."""
    start, end = phrase(head)
    mention = ctx.text[start:end]
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS_PERSON | PRONOUNS_OTHER:
        return _pronoun(head, start, end, ctx)
    head_at = head.idx
    inside = [m for m in ctx.mentions if m.start >= start and m.end <= end]
    for kind in ("person", "organisation", "place", "group"):
        found = [m for m in inside if m.type == kind and m.start <= head_at < m.end]
        found = found or [m for m in inside if m.type == kind and kind == "person"]
        if found:
            m = found[-1]
            role = ctx.roles.get(m.canonical) if kind == "person" else None
            if kind == "person" and not role:
                role = role_in(ctx.text[start:m.start]) or None
            return Speaker(name=m.canonical, mention=mention, role=role,
                           type="organisation" if kind == "place" else m.type, start=start, end=end)  # type: ignore[arg-type]
    if head.pos_ == "PROPN" and (full := _full_name(head.text, ctx)):
        return Speaker(name=full, mention=mention, role=ctx.roles.get(full), type="person", start=start, end=end)
    if any(m.type in ("organisation", "place") for m in inside):  # "the UN refugee agency"
        name = role_in(mention)
        return Speaker(name=name or None, mention=mention, role=None, type="organisation", start=start, end=end)
    return Speaker(name=None, mention=mention, role=None, type=None, start=start, end=end)


def _full_name(word: str, ctx: Context) -> str | None:
    """A surname the tagger missed, resolved to the one person of the article who bears it."""
    names = {m.canonical for m in ctx.mentions if m.type == "person" and m.canonical.split()[-1] == word}
    return names.pop() if len(names) == 1 else None


def _pronoun(head, start: int, end: int, ctx: Context) -> Speaker:
    """A pronoun speaker: "she" is the person mentioned last before it. Its mention is its phrase, and so is
    its span ("No one", "the DEPARTMENT WHich" where a mis-cased word is read as a pronoun), never the pronoun's
    own span under the phrase's words."""
    mention = ctx.text[start:end]
    if head.lower_ in PRONOUNS_PERSON:
        before = [m for m in ctx.mentions if m.type == "person" and m.end <= head.idx]
        if before:
            name = before[-1].canonical
            return Speaker(name=name, mention=mention, role=ctx.roles.get(name), type="person", start=start, end=end)
    return Speaker(name=None, mention=mention, role=None, type=None, start=start, end=end)


def role_in(words: str) -> str:
    """The role words before a name: "Foreign Office spokesperson" from "Foreign Office spokesperson "."""
    tokens = words.replace("’s", "'s").split()
    while tokens and (tokens[0].lower() in DETERMINERS or tokens[0].endswith("'s")):
        tokens = tokens[1:]
    role = " ".join(tokens).strip(" ,")
    return role if any(ch.isalpha() for ch in role) else ""


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
        role = role_in(text[head.left_edge.idx:m.start]) if head.left_edge.idx < m.start else ""
        if not role:
            for child in head.children:
                if child.dep_ == "appos":
                    s, e = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                    role = role_in(text[s:e])
                    break
        if role and len(role.split()) <= 8:
            roles[m.canonical] = role
    return roles
