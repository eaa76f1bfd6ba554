"""What the resolver's comparisons share: a text's content words and an article's day."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from .. import lexicon

# the verbs of denying by lemma -> their written forms; each verb's forms then its lemma, in the table's order
DENIAL_VERBS: dict[str, str] = lexicon.table("claims.denial_verbs")
DENIAL_FORMS = tuple(form for lemma, forms in DENIAL_VERBS.items() for form in (*forms.split(), lemma))
# words of a cue that make it a denial
DENIAL_CUES = frozenset(DENIAL_FORMS) | lexicon.words("claims.denial_noun")
# function words (and the words of denying) that say nothing of what a text is about
NOT_CONTENT_WORDS = lexicon.words("text.function_words") | lexicon.words("claims.content_stopwords") | DENIAL_CUES


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, crudely stemmed ("killed", "kills" -> "kill"), no function words;
    two-letter words only as acronyms ("UN")."""
    out = set()
    for token in re.findall(r"[A-Za-z0-9]+", text):
        w = token.lower()
        if w in NOT_CONTENT_WORDS or len(w) < 2 or (len(w) == 2 and not token.isupper()):
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return frozenset(out)


def day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def alternation(address: str) -> str:
    """A lexicon entry as a regex alternation, in its order; a space in a term is any white space."""
    return "|".join(r"\s+".join(map(re.escape, t.split())) for t in lexicon.terms(address))


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # months; winter runs into the next year


def period(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO value of ``analyse/dates.py`` covers ("2025-12-04", "2025-W49",
    "2025-W48-WE", "2025-11", "2025-SU", "2025-Q3", "2024", "199", "2024-11-11/2024-11-20", "2024/.."),
    None when it cannot be read. An open interval runs to the end of its last year."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = period(first), period(last) if last != ".." else None
        if a is None:
            return None
        return a[0], b[1] if b else date(a[0].year, 12, 31)
    try:
        return _one_period(value)
    except ValueError:
        return None


def _one_period(value: str) -> tuple[date, date] | None:
    parts = value.split("-")
    if len(parts[0]) == 3 and parts[0].isdigit() and len(parts) == 1:  # a decade: "199"
        return date(int(parts[0]) * 10, 1, 1), date(int(parts[0]) * 10 + 9, 12, 31)
    if not (len(parts[0]) == 4 and parts[0].isdigit()):
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    second = parts[1]
    if second.startswith("W") and second[1:].isdigit():
        monday = date.fromisocalendar(year, int(second[1:]), 1)
        if parts[2:] == ["WE"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if second.startswith("Q") and second[1:].isdigit():
        q = int(second[1:])
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if second in _SEASONS:
        first, last = _SEASONS[second]
        return date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
    if len(parts) == 2 and second.isdigit():
        return date(year, int(second), 1), _month_end(year, int(second))
    if len(parts) == 3:
        d = date.fromisoformat(value[:10])
        return d, d
    return None


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
