"""What the resolver's comparisons share: a text's content words and an article's day."""

from __future__ import annotations

import functools
import re
from datetime import date

from .. import lexicon

# function words (and the verbs of denying) that say nothing of what a text is about
STOPWORDS = (lexicon.words("text.function_words") | lexicon.words("claims.content_stopwords")
             | lexicon.words("claims.denial_cues"))


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, crudely stemmed ("killed", "kills" -> "kill"), no function words;
    two-letter words only as acronyms ("UN")."""
    out = set()
    for token in re.findall(r"[A-Za-z0-9]+", text):
        w = token.lower()
        if w in STOPWORDS or len(w) < 2 or (len(w) == 2 and not token.isupper()):
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
