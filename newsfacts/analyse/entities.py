"""Mentions of people, organisations, places and groups, with one canonical name each within an article.

spaCy's entities are the candidates. Each is trimmed to the name itself (no leading "the", no
possessive "'s", no title or role before a person's name), retyped where the article itself shows
the type is wrong (a surname of a known person tagged as a place or organisation; a name right after
a role word such as "spokesperson"), and given a canonical form: a person's full name for a
surname or first name ("Andrabi" -> "Tahir Andrabi"), an organisation's full name for the acronym
the article defines ("UNHCR" -> "United Nations High Commissioner for Refugees").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from ..records import Article, Mention
from ..stage import Stage, Work, per_article

VERSION = "1"
EXTRACTOR = f"entities@{VERSION}"

# spaCy entity label -> mention type; entities of other labels are no mention.
MENTION_TYPES: dict[str, str] = lexicon.table("people.mention_types")
# Words that are a title or role when they stand before a person's name, not part of it.
TITLE_WORDS = lexicon.words("people.titles")
# A name right after one of these is a person's ("spokesperson Tahir Andrabi").
ROLE_BEFORE = lexicon.words("people.roles_before_name")
LEADING_ARTICLES = lexicon.words("text.articles")
ACRONYM_RE = re.compile(
    rf"\b((?:[A-Z][\w’'&.-]*)(?:\s+(?:{'|'.join(lexicon.terms('people.name_connectors'))}|[A-Z][\w’'&.-]*))+)"
    r"\s*\(([A-Z][A-Za-z]{1,11})\)"
)
POSSESSIVE = ("’s", "'s", "’", "'")


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    tokens: list[str]


def find_mentions(work: Work) -> dict[str, Any]:
    article, doc = work.article, work.products["doc"]
    text = article.text  # spaCy rebuilds Doc.text on every access: read the article's own copy
    candidates = [c for ent in doc.ents if ent.label_ in MENTION_TYPES and (c := _trim(ent, MENTION_TYPES[ent.label_], text))]
    _retype(candidates, doc)
    mentions = _canonicalise(article, candidates)
    return {"mentions": tuple(sorted(_with_dateline(article, mentions), key=lambda m: m.start))}


def _trim(ent, kind: str, text: str) -> Candidate | None:
    """The name inside an entity span: without a leading article, a trailing possessive, or titles."""
    toks = list(ent)
    while toks and toks[0].lower_ in LEADING_ARTICLES:
        toks = toks[1:]
    while toks and toks[-1].text in POSSESSIVE:
        toks = toks[:-1]
    if kind == "person":
        while len(toks) > 1 and toks[0].lower_ in TITLE_WORDS:
            toks = toks[1:]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for suffix in POSSESSIVE[:2]:
        if text.endswith(suffix, start, end) and end - start > len(suffix) + 1:
            end -= len(suffix)
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    return Candidate(start, end, kind, [t.text for t in toks])


def _retype(candidates: list[Candidate], doc) -> None:
    """Fix types the article itself contradicts: a name after a role word, then a known person's surname."""
    for c in candidates:
        if c.type in {"organisation", "other"} and 2 <= len(c.tokens) <= 3 and _after_role_word(c, doc):
            c.type = "person"
    surnames = {c.tokens[-1] for c in candidates if c.type == "person" and len(c.tokens) >= 2}
    for c in candidates:
        if c.type in {"organisation", "place", "other"} and c.tokens[-1] in surnames:
            c.type = "person"


def _after_role_word(c: Candidate, doc) -> bool:
    if not all(t[:1].isupper() and t.isalpha() for t in c.tokens):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ROLE_BEFORE


def _canonicalise(article: Article, candidates: list[Candidate]) -> list[Mention]:
    acronyms = {abbr: long for long, abbr in ACRONYM_RE.findall(article.text)}
    full_names = Counter(" ".join(c.tokens) for c in candidates if c.type == "person" and len(c.tokens) >= 2)
    out = []
    for c in candidates:
        text = article.text[c.start:c.end]
        if c.type == "person":
            canonical = person_name(c.tokens, full_names)
        elif c.type == "organisation":
            canonical = acronyms.get(text, text)
        else:
            canonical = _uncap(text)
        out.append(Mention(text=text, type=c.type, canonical=canonical, start=c.start, end=c.end, extractor=EXTRACTOR))  # type: ignore[arg-type]
    return out


def person_name(tokens: list[str], full_names: Counter) -> str:
    """The full name a partial name refers to within the article: a surname (or first name) that
    belongs to exactly one full name, or the most mentioned of several; else the name as written."""
    name = " ".join(tokens)
    if len(tokens) >= 2 and any(f != name and f.endswith(" " + name) for f in full_names):
        tokens = [tokens[-1]]  # "Mr Dar" style leftovers are handled by the surname rule below
    if len(tokens) != 1:
        return name
    word = tokens[0]
    by_surname = [f for f in full_names if f.split()[-1] == word]
    by_first = [f for f in full_names if f.split()[0] == word]
    matches = by_surname or by_first
    if not matches:
        return name
    return max(matches, key=lambda f: (full_names[f], -len(f)))


def _uncap(text: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 and "." not in w else w for w in text.split())


def _with_dateline(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The dateline names where the article was filed: a place, whatever the tagger made of "ISLAMABAD"."""
    d = article.dateline
    if d is None or d.place is None:
        return mentions
    kept = [m for m in mentions if not (m.start < d.end and d.start < m.end)]
    return kept + [Mention(text=d.text, type="place", canonical=d.place, start=d.start, end=d.end, extractor=EXTRACTOR)]


STAGE = Stage("entities", VERSION, per_article(find_mentions), requires=("doc",), assigns=("mentions",))
