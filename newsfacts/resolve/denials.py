"""Denials: quotes that reject a claim, linked to the statement they reject.

Denials are quotes whose cue denies or rejects a claim ("denied that", "dismissed the report", "rejects
claims by"), or whose reported words open with one ("The army denies any link ..."). A denial is linked to
the statement it denies when one is found: an earlier statement by someone else in the same article that
shares its words, names its speaker or, just before it, is pointed back at ("the allegations"); or a
statement in another article published within ``DENIAL_DAYS`` that shares several of its words or whose
speaker it names ("the UN report"). A denial kept before the statement it rejects is linked when that
statement arrives (``finder``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .. import lexicon
from ..records import Article, Claim, Conflict, Speaker
from .words import DENIAL_CUES, DENIAL_FORMS, NOT_CONTENT_WORDS, alternation, content_words, day

DENIAL_DAYS = 14  # a denial is linked to statements in articles published this close to it
# what a denial rejects when it rejects a claim ("rejected claims by ...", "denies any link", "the idea that")
CLAIM_NOUNS = lexicon.words("claims.claim_nouns")
CLAIM_NOUNS_BEFORE_OF = lexicon.words("claims.claim_nouns_before_of")  # "the idea of" a plan is no claim
# nouns by which a denial points back at an earlier statement ("dismissed the report", "disputed the toll")
POINTING_NOUNS = lexicon.words("claims.pointing_nouns")
# what "denied" takes when it rejects a claim without naming it: "denied any link", "denies wrongdoing", "denied it"
DENIED_ACTS = lexicon.words("claims.denied_acts")
PASSIVE = lexicon.words("claims.passive")
HEDGES = lexicon.words("claims.hedges")
RELATIVE_PRONOUNS = lexicon.words("claims.relative_pronouns")


@dataclass(frozen=True)
class Statement:
    """Something someone said, as far as denials need it: a quote's words, speaker and place."""

    article: str
    published: str | None
    start: int
    end: int
    text: str
    speaker: Speaker | None
    reported_by: str | None = None
    cue: str | None = None
    lead: str = ""  # the words just before the quote's content ("... did not dispute"), where known

    def claim(self, role: str | None = None) -> Claim:
        return Claim(article=self.article, value=None, low=None, high=None, stated_by=self.speaker,
                     start=self.start, end=self.end, text=self.text, reported_by=self.reported_by, role=role)


def statements(article: Article) -> list[Statement]:
    return [Statement(article.id, article.published, q.start, q.end, q.text, q.speaker, article.source.outlet, q.cue,
                      article.text[max(0, q.start - 60):q.start]) for q in article.quotes]


_BEFORE_VERB = "|".join(re.escape(w) + r"\s+" for w in lexicon.terms("claims.before_denial_verb"))
_OPENING_DENIAL = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)"
    rf"(?:{_BEFORE_VERB})?"
    rf"(?P<verb>{'|'.join(map(re.escape, DENIAL_FORMS))})\b")


def is_denial(s: Statement) -> bool:
    """A statement that rejects a claim: its cue denies and what it denies is a claim ("denied that ...",
    "dismissed the report", "rejected claims by ...", "denies any link"), or its words open with such a
    denial by their subject ("The army denies any link ..."). Rejecting a request or a person ("rejected a
    request", "dismissed Estonia as ...") and "were denied access" are not denials."""
    if _cue_denies(s):
        verb = _cue_verb(s.cue or "")
        return not _hedged(s.lead, verb) and _denies_a_claim(verb, s.text)
    m = _OPENING_DENIAL.match(s.text.strip())
    if not m:
        return False
    words = m.group("who").lower().split()
    if set(words) & (PASSIVE | HEDGES) or words[0].endswith(","):
        return False
    return _denies_a_claim(m.group("verb").lower(), s.text.strip()[m.end():])


_HEDGE = re.compile(rf"\b(?:{alternation('claims.hedges')}|{alternation('claims.hedging_phrases')})"
                    r"(?:\s+\w+ly)?\s+$", re.I)


def _hedged(lead: str, verb: str) -> bool:
    """A denial not made: "did not dispute", "never denied", "must rebut", "declined to deny"."""
    at = lead.lower().rfind(verb[:5]) if verb else -1
    return at > 0 and bool(_HEDGE.search(lead[:at]))


def _cue_verb(cue: str) -> str:
    return next((w for w in re.findall(r"[a-z]+", cue.lower()) if w in DENIAL_CUES), "")


def _denies_a_claim(verb: str, obj: str) -> bool:
    """What follows a denying verb is a claim: a that-clause ("denied that ..."), a claim noun ("the
    report", "claims by", "the idea that", not "the idea of" a plan), or after "deny" a denied act
    ("denied any link", "denies wrongdoing", "denied having ...", "denied it")."""
    text = obj.strip().lower()
    words = re.findall(r"[a-z']+", text)
    if not words:
        return False
    if re.match(r"that\s+[a-z]", text) and (len(words) < 2 or words[1] not in CLAIM_NOUNS):
        return True  # a that-clause, not "that argument" (a claim noun, below) or "that, too" (a pronoun)
    nouns = [i for i, w in enumerate(words[:6]) if w in CLAIM_NOUNS]
    if nouns:
        i = nouns[0]
        return not (words[i] in CLAIM_NOUNS_BEFORE_OF and i + 1 < len(words) and words[i + 1] == "of")
    return verb.startswith("den") and (words[0] in DENIED_ACTS or words[0].endswith("ing"))


def denials(said: Sequence[Statement]) -> list[Statement]:
    """The denials among statements, one per place in an article: where a quote's words open with a
    denial that is also a quote of its own ("The army denied that ..., a spokesman said"), the quote with
    the denying cue is kept."""
    found = sorted((s for s in said if is_denial(s)), key=lambda s: not _cue_denies(s))
    kept: list[Statement] = []
    for s in found:
        if not any(k.article == s.article and k.start < s.end and s.start < k.end for k in kept):
            kept.append(s)
    return [s for s in said if s in kept]


def _cue_denies(s: Statement) -> bool:
    return bool(set(re.findall(r"[a-z]+", (s.cue or "").lower())) & DENIAL_CUES)




LINK_SCORE = 0.5  # the least score of a linked statement
CROSS_ARTICLE_WORDS = 3  # a statement in another article shares this many content words, or is named


NEAR_CHARS = 400  # a statement this close before a denial in its article is the one it answers, all else equal


def link_score(denial: Statement, other: Statement, last: bool = False) -> float:
    """How likely ``other`` is the statement ``denial`` rejects: the share of the denial's content words
    it holds; credit when the denial names its speaker ("the UN report", "claims by Amnesty") and when it
    comes just before the denial in the same article, all the more where the denial points back at it
    ("the report", "the toll", "these claims"). A statement in another article must be published within
    ``DENIAL_DAYS`` of the denial (both dated) and share ``CROSS_ARTICLE_WORDS`` content words or be
    named and pointed at."""
    if other.article == denial.article and other.start >= denial.start:
        return 0.0
    mine, theirs = content_words(denial.text), content_words(other.text)
    shared = len(mine & theirs)
    points_back = _points_back(denial.text)
    if other.article != denial.article and shared < CROSS_ARTICLE_WORDS and not points_back:
        return 0.0  # what the checks below give it, asked first: most statements of other articles end here
    if _same_speaker(denial.speaker, other.speaker) or _cue_denies(other) or _relative(other.speaker):
        return 0.0
    score = shared / len(mine) if mine else 0.0
    named = bool(_names(other.speaker) & claimants(denial.text))
    if named:
        score += 0.4
    if other.article != denial.article:
        da, do = day(denial.published), day(other.published)
        if da is None or do is None or abs((da - do).days) > DENIAL_DAYS:
            return 0.0
        if shared < CROSS_ARTICLE_WORDS and not (named and points_back):
            return 0.0
        return score + (0.25 if named and points_back else 0.0)
    near = denial.start - other.end <= NEAR_CHARS
    if not shared and not named and not (last and near and points_back):
        # nothing but nearness: on real news as often wrong as right, so only the statement just before
        # a denial that points back ("dismissed the allegations") is taken on nearness alone
        return 0.0
    return score + (0.3 if near else 0.1) + (0.25 if points_back else 0.0)


def may_link(denial: Statement, words: frozenset[str] | set[str]) -> bool:
    """Whether a statement of another article whose content words are among ``words`` may score for
    ``denial`` (``link_score``): it shares ``CROSS_ARTICLE_WORDS`` of them or the denial points back. False
    for the words of all of an article's statements: none of them can be linked to it, asked once."""
    return _points_back(denial.text) or len(content_words(denial.text) & words) >= CROSS_ARTICLE_WORDS


@functools.lru_cache(maxsize=4096)
def _points_back(text: str) -> bool:
    """Whether a denial points back at what it denies ("the report", "the toll", "these claims")."""
    return bool(set(re.findall(r"[a-z]+", text.lower())) & POINTING_NOUNS)


def _relative(speaker: Speaker | None) -> bool:
    """An unresolved "who"/"which": often the denier's own words in a clause about them ("Ted Cruz, who
    said he would ...") rather than another party's claim."""
    return speaker is not None and not speaker.name and (speaker.mention or "").lower() in RELATIVE_PRONOUNS


def _names(speaker: Speaker | None) -> frozenset[str]:
    """The capitalised words that name a speaker ("UN", "Amnesty", "Hassan Omar"), not "The" or "A"."""
    if speaker is None:
        return frozenset()
    return _names_in(" ".join(x for x in (speaker.mention, speaker.name) if x))


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_CLAIM = "(?:" + "|".join(sorted(POINTING_NOUNS | CLAIM_NOUNS, key=len, reverse=True)) + ")"
_ARTICLES = "|".join(re.escape(w) + r"\s+" for w in lexicon.terms("text.articles"))
_CLAIMANT = re.compile(
    rf"(?P<a>{_NAME})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?{_CLAIM}\b"  # "Clinton's charges", "the UN report"
    rf"|\b{_CLAIM}\s+(?:{alternation('claims.claimant_prepositions')})\s+(?:{_ARTICLES})?"  # "claims by Amnesty", "from X, Y and Z"
    rf"(?P<b>{_NAME}(?:,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?)")


@functools.lru_cache(maxsize=4096)
def claimants(text: str) -> frozenset[str]:
    """The names a denial gives as the source of what it denies: "Clinton's charges", "the UN report",
    "criticism from Giles", "a report in Politico"; not every name it mentions."""
    out: set[str] = set()
    for m in _CLAIMANT.finditer(text):
        out |= _names_in(m.group("a") or m.group("b") or "")
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def _names_in(text: str) -> frozenset[str]:
    text = re.sub(r"['’]s?\b", "", text)  # "Clinton's" -> "Clinton"
    return frozenset(w for w in re.findall(r"\b[A-Z][\w'’-]*", text)
                     if w.lower() not in NOT_CONTENT_WORDS and w.lower() not in CLAIM_NOUNS and len(w) > 1)


def link_denial(denial: Statement, candidates: Iterable[Statement]) -> Statement | None:
    """The statement a denial rejects, or None when nothing scores ``LINK_SCORE``; ties go to the
    statement in the denial's own article nearest before it. The statement by someone else that ends
    last before the denial may be linked on nearness alone when the denial points back at it."""
    pool = list(candidates)
    before = [o for o in pool if o.article == denial.article and o.end <= denial.start
              and not _same_speaker(o.speaker, denial.speaker) and not _cue_denies(o)]
    last = max(before, key=lambda o: o.end, default=None)
    best, best_key = None, (LINK_SCORE, -math.inf)
    # a statement of another article sharing fewer than CROSS_ARTICLE_WORDS content words scores only when the
    # denial points back and names its speaker (``link_score``): where it names no one, those are passed over
    mine, named_back = content_words(denial.text), _points_back(denial.text) and bool(claimants(denial.text))
    for other in pool:
        if (not named_back and other.article != denial.article
                and len(mine & content_words(other.text)) < CROSS_ARTICLE_WORDS):
            continue
        score = link_score(denial, other, last=other is last)
        near = other.start if other.article == denial.article else -math.inf
        if (score, near) >= best_key and score >= LINK_SCORE:
            best, best_key = other, (score, near)
    return best


def denial_conflict(denial: Statement, denied: Statement | None) -> Conflict:
    claims = (denial.claim("denial"),) + ((denied.claim("denied"),) if denied is not None else ())
    return Conflict(about=denial.text[:120], kind="denial", claims=claims)


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    """One speaker, or one side: the same name, or a proper name in common ("Fiorina's team" and "a
    spokeswoman for Fiorina")."""
    if a is None or b is None:
        return False
    na, nb = (a.name or a.mention or "").lower(), (b.name or b.mention or "").lower()
    return (bool(na) and na == nb) or bool(_names(a) & _names(b))

