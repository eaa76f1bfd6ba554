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

from ... import lexicon
from ...records import Article, Speaker
from ..quotes.attribution import attribution, is_cue, word_before
from ..quotes.indirect import author_of
from ..quotes.speakers import (
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    TEXT_NOUNS,
    Context,
    context_of,
    resolved,
    speaker_from,
    subject_of,
)
from .numbers import Amount

# Verbs by which a source gives a figure without saying it: "X put the toll at N", "X recorded N deaths".
STATING_VERBS = lexicon.words("quotes.figure_stating_verbs")
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_OTHER
# Two-word prepositions that name a source: "according to X", "as per X" (first word -> second word).
SOURCE_PREPOSITIONS: dict[str, str] = lexicon.table("quotes.source_prepositions")
# Dependencies by which a verb reports a clause or an object of its own (then it attributes nothing else).
OWN_CLAUSE_DEPS = lexicon.words("quotes.own_clause_deps")
MAX_CLIMB = 8  # words from the figure up to the verb that states it


def stated_by(article: Article, a: Amount, doc) -> Speaker | None:
    """Who states the figure at ``a``: the source its sentence gives it when that is nearer the figure than
    the narrowest quote holding it (inside the quote: "X said Y reported N" is Y's), else that quote's speaker,
    else the sentence's source; None when neither names one."""
    holding = [q for q in article.quotes if q.start <= a.start and a.end <= q.end and q.speaker is not None]
    quote = min(holding, key=lambda q: q.end - q.start) if holding else None
    quoted = quote.speaker if quote is not None else None
    if quoted is not None and quoted.start is not None and quoted.end is not None and quoted.start <= a.start < quoted.end:
        quoted = None  # "10,000 are believed missing": the figure is the subject, no source of itself
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    found, at = sentence_source(span.root, context_of(article, doc)) if span is not None else (None, -1)
    if found is not None and not found.name and found.mention:
        before = [q.speaker for q in sorted(article.quotes, key=lambda q: q.start) if q.speaker is not None]
        found = resolved(found, before, context_of(article, doc))
    if _usable(found) and (not _usable(quoted) or quote.start <= at < quote.end):  # type: ignore[union-attr]
        return found
    if quoted is not None and (quoted.name or quoted.mention):
        return quoted
    return found if _usable(found) else None


def _usable(speaker: Speaker | None) -> bool:
    """A speaker that says who: a name, or words other than a pronoun left unresolved."""
    return speaker is not None and bool(speaker.name or (speaker.mention and speaker.mention.lower() not in PRONOUNS))


def sentence_source(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """The source a sentence gives the figure whose head is ``tok``, and where the word that gives it is:
    the nearest word above it that states it, or an "according to" beside such a word; else a closing
    attribution ("..., X said.")."""
    for head in [tok, *list(tok.ancestors)[:MAX_CLIMB]]:
        if head is not tok and _states(head) and (source := _subject_source(head, tok, ctx)) is not None:
            return source, head.idx
        source = _according_to(head, ctx)
        if source is not None:
            return source, source.start if source.start is not None else head.idx
    return _closing_attribution(tok, ctx)


def _closing_attribution(tok, ctx: Context) -> tuple[Speaker | None, int]:
    """ "N were displaced, the IOM announced on Monday", "..., junta chief Min Aung Hlaing said": a verb of
    saying after the figure that reports no clause of its own, its subject between a comma and it. The parser
    often hangs such a verb under the figure's clause (as a conjunct, an adverbial or a relative clause), so
    it is no ancestor of the figure."""
    sent = tok.sent
    for verb in reversed(sent):
        if verb.i <= tok.i:
            return None, -1
        if not _states(verb) or any(c.dep_ in OWN_CLAUSE_DEPS and c.i > verb.i for c in verb.children):
            continue
        subj = subject_of(verb)
        if subj is None or not tok.i < subj.left_edge.i and subj.i < verb.i:
            subj = word_before(verb)  # the parse borrowed the figure's own subject: "N were displaced, X announced"
        if subj is None or not tok.i < subj.i < verb.i or subj.like_num:
            continue
        if "," not in {t.text for t in sent.doc[tok.i:verb.i]}:
            continue
        return speaker_from(subj, ctx), verb.idx
    return None, -1


def _maker(noun):
    """Who made the text a figure is according to: "statements from Congolese officials" -> the officials."""
    maker = author_of(noun)
    if maker is noun and noun.lemma_.lower() in TEXT_NOUNS:
        maker = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for g in c.children if g.dep_ == "pobj"), noun)
    return maker


def _states(verb) -> bool:
    return is_cue(verb) or (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in STATING_VERBS)


def _subject_source(verb, tok, ctx: Context) -> Speaker | None:
    """The speaker of a verb that states the figure, unless the figure is its subject ("10,000 are believed
    missing", "300 residents said")."""
    speaker = attribution(verb, ctx)
    if speaker is None or speaker.start is None or speaker.end is None:
        return None
    if speaker.start <= tok.idx < speaker.end:
        return None
    return speaker


def _according_to(head, ctx: Context) -> Speaker | None:
    """ "according to X", "as per statements from X" hung on ``head``: X (the maker of a thing it names)."""
    for child in head.children:
        second = SOURCE_PREPOSITIONS.get(child.lower_)
        if second is not None and child.dep_ in ("prep", "advmod"):
            to = next((c for c in child.children if c.lower_ == second), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return speaker_from(_maker(pobj), ctx)
    return None
