"""What the resolver's comparisons share: a text's content words and an article's day."""

from __future__ import annotations

import functools
import re
from datetime import date

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
